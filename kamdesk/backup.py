"""Consistent copies of the database through SQLite's online backup API.

Backups live in ``<data dir>/backups``:

* ``daily-YYYY-MM-DD.sqlite3``: one a day at start-up, the newest 7 kept;
* ``premigrate-<from>-<to>-<time>.sqlite3``: before every schema upgrade, all kept;
* ``manual-<time>.sqlite3``: ``kamdesk backup`` and File > Back up now;
* ``before-restore-<time>.sqlite3``: the database a restore replaced.

Every copy is written to a temporary name, checked with ``integrity_check``
and only then renamed into place, so a backup file is always whole.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kamdesk.errors import InvalidInput
from kamdesk.i18n import translate
from kamdesk.paths import DataPaths

DAILY_KEEP = 7
SQLITE_HEADER = b"SQLite format 3\x00"
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    #: daily | premigrate | manual | before-restore
    kind: str
    created: datetime
    size: int


def has_sqlite_header(path: Path) -> bool:
    """True when ``path`` starts like an SQLite database (reads 16 bytes, writes nothing)."""
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that can never create, change or truncate ``path``."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def integrity_errors(connection: sqlite3.Connection, quick: bool = False) -> list[str]:
    """The problems ``integrity_check`` finds; empty when the database is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def copy_database(source: Path, destination: Path) -> Path:
    """Copies ``source`` to ``destination`` consistently, even while it is in use.

    Raises:
        sqlite3.DatabaseError: the source cannot be read or the copy is not sound.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    partial.unlink(missing_ok=True)
    src = connect_readonly(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # The copy is a plain rollback-journal file: one self-contained file.
            dst.execute("PRAGMA journal_mode=DELETE")
            problems = integrity_errors(dst)
            if problems:
                raise sqlite3.DatabaseError("; ".join(problems[:3]))
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, destination)
    return destination


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S-%f")


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """The backups of this data directory, newest first."""
    if not paths.backups.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in paths.backups.glob(f"*{SUFFIX}"):
        if path.name.startswith("."):
            continue
        kind = next(
            (
                k
                for k in ("daily", "premigrate", "manual", "before-restore")
                if path.name.startswith(k)
            ),
            "manual",
        )
        stat = path.stat()
        found.append(
            BackupInfo(path, kind, datetime.fromtimestamp(stat.st_mtime).astimezone(), stat.st_size)
        )
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def daily_backup(paths: DataPaths, today: date) -> Path | None:
    """Makes today's backup if there is none yet and keeps the newest :data:`DAILY_KEEP`.

    Returns the new backup, or ``None`` when today's already exists.
    """
    target = paths.backups / f"daily-{today.isoformat()}{SUFFIX}"
    made = None
    if not target.exists():
        made = copy_database(paths.database, target)
    dailies = sorted(paths.backups.glob(f"daily-*{SUFFIX}"), reverse=True)
    for old in dailies[DAILY_KEEP:]:
        old.unlink()
    return made


def premigration_backup(paths: DataPaths, from_revision: str, to_revision: str) -> Path:
    name = f"premigrate-{from_revision}-{to_revision}-{_stamp(datetime.now())}{SUFFIX}"
    return copy_database(paths.database, paths.backups / name)


def manual_backup(paths: DataPaths, destination: Path | None = None) -> Path:
    """``kamdesk backup [FILE]``: to ``destination``, or a new file in the backups folder."""
    if destination is None:
        destination = paths.backups / f"manual-{_stamp(datetime.now())}{SUFFIX}"
    elif destination.is_dir():
        destination = destination / f"kamdesk-{_stamp(datetime.now())}{SUFFIX}"
    if destination.exists():
        raise InvalidInput(
            str(destination), translate("backup", "already exists; choose a new file name")
        )
    return copy_database(paths.database, destination)


def database_revision(connection: sqlite3.Connection) -> str | None:
    """The Alembic revision of a kamdesk database; ``None`` when it has none."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def table_names(connection: sqlite3.Connection) -> list[str]:
    return [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]


def latest_restorable(paths: DataPaths, known_revisions: Iterable[str]) -> Path | None:
    """The newest backup that is an SQLite file of a revision this kamdesk knows."""
    known = set(known_revisions)
    for info in list_backups(paths):
        try:
            if not has_sqlite_header(info.path):
                continue
            connection = connect_readonly(info.path)
            try:
                if database_revision(connection) in known:
                    return info.path
            finally:
                connection.close()
        except (OSError, sqlite3.DatabaseError):
            continue
    return None

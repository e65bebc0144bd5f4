"""The local store: checks, migrates, backs up and opens the SQLite database.

:func:`open_store` is the one way in. Before SQLAlchemy touches the file it
classifies it with read-only means (the 16-byte header, a read-only
``quick_check``, the Alembic revision), so a database that is damaged, not a
database, unreadable, in use or from a newer kamdesk is reported as a
:class:`~kamdesk.errors.StoreProblem` and never written to.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kamdesk import backup
from kamdesk.cancel import CancelToken, Progress, no_progress
from kamdesk.errors import InvalidInput, StoreProblem, StoreProblemKind
from kamdesk.i18n import translate
from kamdesk.locking import InstanceLock
from kamdesk.models import capture, search_index
from kamdesk.paths import DataPaths

BUSY_TIMEOUT_MS = 5000
_WRITE = "kamdesk_write"


class KamdeskSession(Session):
    """The session class that carries change capture."""


capture.install(KamdeskSession)
search_index.install(KamdeskSession)


def _migrations_config() -> Any:
    from alembic.config import Config

    # Alembic's default stream is sys.stdout as it was when alembic was first imported
    # (a closed capture in tests); the stream of the moment is the right one.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return config


def script_directory() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_migrations_config())


def known_revisions() -> list[str]:
    return [rev.revision for rev in script_directory().walk_revisions()]


@functools.cache
def head_revision() -> str:
    """The newest migration's revision: read from the scripts once (they do not change
    while kamdesk runs; the sync engine sends it with every request, ~20 ms a read)."""
    head = script_directory().get_current_head()
    assert head is not None
    return str(head)


def create_sqlite_engine(database: Path) -> Engine:
    """An engine with WAL, foreign keys, ``synchronous=NORMAL`` and a busy timeout.

    pysqlite's own transaction handling is switched off so that SQLAlchemy's
    ``BEGIN`` is the one that counts; sessions that write begin with
    ``BEGIN IMMEDIATE`` so two writers queue on the busy timeout instead of
    failing halfway through.
    """
    engine = create_engine(
        f"sqlite:///{database}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # UTF-8 and no spaces: Chinese text stored as itself, not as \uXXXX escapes.
        json_serializer=json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(_WRITE):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


@dataclass
class Store:
    """An open data directory: the engine, the session factory and the instance lock."""

    paths: DataPaths
    engine: Engine
    lock: InstanceLock | None
    #: backups made while opening (pre-migration, daily)
    backups_made: list[Path]

    def __post_init__(self) -> None:
        self._writer = sessionmaker(
            bind=self.engine.execution_options(**{_WRITE: True}),
            class_=KamdeskSession,
            expire_on_commit=False,
        )
        self._reader = sessionmaker(bind=self.engine, class_=KamdeskSession, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action: commits on success, rolls everything back on any error."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; closing it ends its transaction without a commit.

        Objects read stay usable (detached, not expired) after the block.
        """
        with self._reader() as session:
            yield session

    def close(self) -> None:
        """Disposes the engine (checkpointing the WAL) and releases the lock."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _problem(kind: StoreProblemKind, paths: DataPaths, detail: str) -> StoreProblem:
    restorable = None
    if kind is not StoreProblemKind.LOCKED:
        restorable = backup.latest_restorable(paths, known_revisions())
    return StoreProblem(kind, paths.database, detail, restorable)


def inspect_database(paths: DataPaths, quick: bool = True) -> str | None:
    """Checks the database file without writing to it.

    Returns:
        Its Alembic revision, or ``None`` when there is no database yet.

    Raises:
        StoreProblem: the file cannot be used as it is.
    """
    database = paths.database
    if not database.exists():
        return None
    k = StoreProblemKind
    if not os.access(database, os.R_OK | os.W_OK) or not database.is_file():
        raise _problem(k.UNREADABLE, paths, translate("errors", "permission denied"))
    try:
        size = database.stat().st_size
        if size == 0:
            if backup.list_backups(paths):
                raise _problem(k.EMPTY_FILE, paths, translate("errors", "0 bytes"))
            return None
        if not backup.has_sqlite_header(database):
            raise _problem(k.NOT_A_DATABASE, paths, translate("errors", "no SQLite header"))
    except OSError as exc:
        raise _problem(k.UNREADABLE, paths, exc.strerror or str(exc)) from None
    try:
        connection = backup.connect_readonly(database)
    except sqlite3.Error as exc:
        raise _problem(k.UNREADABLE, paths, str(exc)) from None
    try:
        try:
            problems = backup.integrity_errors(connection, quick=quick)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise _problem(k.LOCKED, paths, str(exc)) from None
            raise _problem(k.CORRUPT, paths, str(exc)) from None
        except sqlite3.DatabaseError as exc:
            raise _problem(k.CORRUPT, paths, str(exc)) from None
        if problems:
            raise _problem(k.CORRUPT, paths, "; ".join(problems[:3]))
        revision = backup.database_revision(connection)
        if revision is None:
            if backup.table_names(connection):
                raise _problem(
                    k.NOT_A_DATABASE,
                    paths,
                    translate("errors", "an SQLite file of another program"),
                )
            return None
    finally:
        connection.close()
    if revision not in known_revisions():
        raise _problem(k.TOO_NEW, paths, translate("errors", "schema %1").replace("%1", revision))
    return revision


def _upgrade(engine: Engine) -> None:
    from alembic import command

    config = _migrations_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_store(
    paths: DataPaths,
    *,
    lock: bool = True,
    maintenance: bool = True,
    today: date | None = None,
) -> Store:
    """Opens a data directory for use.

    Args:
        paths: the data directory.
        lock: take the instance lock (the window and every command that writes).
        maintenance: upgrade the schema (after a backup) and make the daily
            backup. Without it a database that needs an upgrade is refused.
        today: the day for the daily backup (tests pass a fixed one).

    Raises:
        StoreProblem: the database cannot be used; nothing was written to it.
    """
    paths.ensure()
    instance_lock = InstanceLock(paths.lock, paths.database).acquire() if lock else None
    try:
        revision = inspect_database(paths)
        head = head_revision()
        made: list[Path] = []
        if revision != head and not maintenance:
            if revision is None and not paths.database.exists():
                raise InvalidInput(str(paths.root), translate("errors", "no kamdesk data here yet"))
            raise InvalidInput(
                str(paths.database),
                translate("errors", "needs an upgrade; open kamdesk once to upgrade it"),
            )
        if revision is not None and revision != head:
            made.append(backup.premigration_backup(paths, revision, head))
        engine = create_sqlite_engine(paths.database)
        try:
            if revision != head:
                _upgrade(engine)
                with engine.begin() as connection:
                    if search_index.is_pending(connection):
                        # A migration that rebuilt a table renumbered its rowids: a
                        # build of the index that had begun starts again.
                        search_index.restart_pending(connection)
            if maintenance:
                daily = backup.daily_backup(paths, today or datetime.now().date())
                if daily is not None:
                    made.append(daily)
        except BaseException:
            engine.dispose()
            raise
        return Store(paths, engine, instance_lock, made)
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise


def restore_database(paths: DataPaths, source: Path, now: datetime | None = None) -> Path | None:
    """Replaces the database with ``source`` (a backup). The caller holds the instance lock.

    The source is checked first (SQLite header, full ``integrity_check``, a
    revision this kamdesk knows) and copied through the backup API. The
    current database is kept: a sound one is backed up as
    ``before-restore-*``; a damaged one (and its ``-wal``/``-shm``) is moved
    aside as ``kamdesk.sqlite3.damaged-<time>``. Nothing is ever deleted.

    Returns:
        Where the previous database was kept, or ``None`` if there was none.

    Raises:
        InvalidInput: the source is not a usable kamdesk backup.
    """
    source = Path(source)
    where = str(source)
    if not source.is_file():
        raise InvalidInput(where, translate("backup", "no such file"))
    try:
        if not backup.has_sqlite_header(source):
            raise InvalidInput(where, translate("backup", "not a kamdesk database"))
        connection = backup.connect_readonly(source)
        try:
            problems = backup.integrity_errors(connection)
            revision = backup.database_revision(connection)
        finally:
            connection.close()
    except OSError as exc:
        raise InvalidInput(where, exc.strerror or str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise InvalidInput(
            where, translate("backup", "damaged (%1)").replace("%1", str(exc))
        ) from None
    if problems:
        raise InvalidInput(where, translate("backup", "damaged (%1)").replace("%1", problems[0]))
    if revision is None:
        raise InvalidInput(where, translate("backup", "not a kamdesk database"))
    if revision not in known_revisions():
        raise InvalidInput(
            where,
            translate("backup", "written by a newer version of kamdesk (schema %1)").replace(
                "%1", revision
            ),
        )

    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    staged = paths.root / f".restore-{stamp}.sqlite3"
    backup.copy_database(source, staged)
    kept: Path | None = None
    database = paths.database
    if database.exists():
        try:
            inspect_database(paths, quick=False)
            sound = True
        except StoreProblem:
            sound = False
        if sound:
            kept = backup.copy_database(
                database, paths.backups / f"before-restore-{stamp}{backup.SUFFIX}"
            )
            _checkpoint(database)
            for suffix in ("-wal", "-shm"):
                Path(f"{database}{suffix}").unlink(missing_ok=True)
        else:
            kept = database.with_name(f"{database.name}.damaged-{stamp}")
            os.replace(database, kept)
            for suffix in ("-wal", "-shm"):
                side = Path(f"{database}{suffix}")
                if side.exists():
                    os.replace(side, Path(f"{kept}{suffix}"))
    os.replace(staged, database)
    return kept


def _checkpoint(database: Path) -> None:
    """Folds the WAL into the main file so that it can be removed safely."""
    connection = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


#: The page cache while the index is built: it walks the tables once, and the
#: pinyin caches it fills are in memory too (100,000 accounts, in one pass:
#: 52.7 s and a peak of 174 MB at 16 MiB; 49.6 s and 294 MB at 128).
BUILD_CACHE_MIB = 16


def prepare_search(
    store: Store,
    *,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
    batch: int | None = None,
) -> search_index.BuildProgress | None:
    """Builds the search index a first download left pending, to its end.

    A transaction per step of ``batch`` rows (by default
    :data:`~kamdesk.models.search_index.BUILD_BATCH`), so the rep's own writes wait a
    moment at most; a build cut short (``cancel``, a crash) carries on from
    where it stopped the next time. ``progress`` is told ``(done, total,
    message)`` after every step.

    Returns:
        The last step's progress, or None when nothing was pending.

    Raises:
        Cancelled: ``cancel`` was set; the steps done are kept.
    """
    report = progress or no_progress
    last: search_index.BuildProgress | None = None
    while True:
        if cancel is not None:
            cancel.raise_if_cancelled()
        with store.unit_of_work() as session, capture.bulk_writing(session, BUILD_CACHE_MIB):
            step = search_index.build_step(session.connection(), batch or search_index.BUILD_BATCH)
        if step is None:
            return last
        last = step
        report(step.done, step.total, translate("search", "Preparing the search…"))
        if step.finished:
            return step

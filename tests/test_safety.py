"""A database that cannot be used is reported clearly and never written to; backups and restore."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk import backup
from kamdesk.errors import InvalidInput, StoreProblem, StoreProblemKind
from kamdesk.locking import InstanceLock
from kamdesk.models import Account
from kamdesk.store import open_store, restore_database


def fingerprint(path: Path) -> tuple[str, int, int]:
    data = path.read_bytes()
    stat = path.stat()
    return hashlib.sha256(data).hexdigest(), stat.st_size, stat.st_mtime_ns


def make_store_with(data_paths, *names: str, today: date = date(2026, 11, 20)):
    store = open_store(data_paths, today=today)
    with store.unit_of_work() as session:
        for name in names:
            session.add(Account(name=name))
    store.close()


def damage(path: Path) -> None:
    """Overwrites the middle of the file (past the header) with garbage."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(min(4096, size // 2))
        handle.write(os.urandom(8192))


def open_problem(data_paths) -> StoreProblem:
    with pytest.raises(StoreProblem) as caught:
        open_store(data_paths)
    return caught.value


def test_damaged_database_is_reported_offering_the_latest_backup_and_left_untouched(data_paths):
    make_store_with(data_paths, *(f"客户{i}" for i in range(300)))
    damage(data_paths.database)
    before = fingerprint(data_paths.database)
    problem = open_problem(data_paths)
    assert problem.kind is StoreProblemKind.CORRUPT
    assert problem.latest_backup is not None and problem.latest_backup.name.startswith("daily-")
    assert "kamdesk restore" in problem.message()
    assert fingerprint(data_paths.database) == before


def test_a_file_that_is_not_a_database_is_reported_and_left_untouched(data_paths):
    data_paths.database.write_text("name,phone\n华为,123\n", encoding="utf-8")
    before = fingerprint(data_paths.database)
    problem = open_problem(data_paths)
    assert problem.kind is StoreProblemKind.NOT_A_DATABASE
    assert problem.latest_backup is None
    assert "no backup" in problem.message()
    assert fingerprint(data_paths.database) == before


def test_an_sqlite_file_of_another_program_is_not_taken_over(data_paths):
    other = sqlite3.connect(data_paths.database)
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    other.commit()
    other.close()
    before = fingerprint(data_paths.database)
    assert open_problem(data_paths).kind is StoreProblemKind.NOT_A_DATABASE
    assert fingerprint(data_paths.database) == before


def test_an_unreadable_database_is_reported(data_paths):
    data_paths.database.mkdir()  # a directory where the file should be: unreadable even for root
    assert open_problem(data_paths).kind is StoreProblemKind.UNREADABLE


def test_a_database_from_a_newer_kamdesk_is_refused_and_left_untouched(data_paths):
    make_store_with(data_paths, "A")
    connection = sqlite3.connect(data_paths.database)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = fingerprint(data_paths.database)
    problem = open_problem(data_paths)
    assert problem.kind is StoreProblemKind.TOO_NEW
    assert "9999_from_the_future" in problem.message()
    assert problem.latest_backup is not None  # the daily backup of the version this kamdesk knows
    assert fingerprint(data_paths.database) == before


def test_an_empty_database_file_with_backups_is_reported_not_reinitialised(data_paths):
    make_store_with(data_paths, "A")
    data_paths.database.write_bytes(b"")
    for side in ("-wal", "-shm"):
        Path(f"{data_paths.database}{side}").unlink(missing_ok=True)
    problem = open_problem(data_paths)
    assert problem.kind is StoreProblemKind.EMPTY_FILE
    assert data_paths.database.stat().st_size == 0


def test_a_second_kamdesk_on_the_same_data_directory_is_refused(data_paths):
    first = open_store(data_paths)
    try:
        problem = open_problem(data_paths)
        assert problem.kind is StoreProblemKind.LOCKED
        assert str(os.getpid()) in problem.message()
        assert "Close the other kamdesk" in problem.message()
    finally:
        first.close()
    open_store(data_paths).close()  # free again once the first one has closed


def test_a_database_locked_by_another_program_is_reported_as_locked(data_paths):
    make_store_with(data_paths, "A")
    holder = sqlite3.connect(data_paths.database, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        from kamdesk import store as store_module

        original = store_module.backup.connect_readonly
        store_module.backup.connect_readonly = lambda p: sqlite3.connect(
            f"{Path(p).resolve().as_uri()}?mode=ro", uri=True, timeout=0.1
        )
        try:
            assert open_problem(data_paths).kind is StoreProblemKind.LOCKED
        finally:
            store_module.backup.connect_readonly = original
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_daily_backup_is_made_once_a_day_and_the_newest_seven_are_kept(data_paths):
    start = date(2026, 11, 1)
    make_store_with(data_paths, "A", today=start)
    for offset in range(10):
        for _ in range(2):  # a second start on the same day makes no second backup
            open_store(data_paths, today=start + timedelta(days=offset)).close()
    dailies = sorted(p.name for p in data_paths.backups.glob("daily-*.sqlite3"))
    assert dailies == [
        f"daily-{(start + timedelta(days=d)).isoformat()}.sqlite3" for d in range(3, 10)
    ]


def test_a_backup_is_made_before_every_migration(data_paths):
    from alembic import command
    from alembic.script import ScriptDirectory

    from kamdesk.store import _migrations_config, create_sqlite_engine, head_revision

    script = ScriptDirectory.from_config(_migrations_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert len(revisions) >= 2, "needs an older revision to migrate from"
    engine = create_sqlite_engine(data_paths.database)
    config = _migrations_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revisions[0])
    engine.dispose()
    store = open_store(data_paths)
    store.close()
    (made,) = data_paths.backups.glob("premigrate-*.sqlite3")
    assert made.name.startswith(f"premigrate-{revisions[0]}-{head_revision()}-")
    connection = backup.connect_readonly(made)
    assert backup.database_revision(connection) == revisions[0]
    connection.close()


def test_a_backup_taken_during_a_write_is_consistent(store, tmp_path):
    with store.unit_of_work() as session:
        session.add(Account(name="before"))
    with store.unit_of_work() as session:
        session.add(Account(name="uncommitted while copying"))
        session.flush()
        copy = backup.manual_backup(store.paths, tmp_path / "copy.sqlite3")
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT name FROM accounts").fetchall() == [("before",)]
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_manual_backup_never_overwrites_an_existing_file(store, tmp_path):
    target = tmp_path / "mine.sqlite3"
    target.write_text("precious")
    with pytest.raises(InvalidInput):
        backup.manual_backup(store.paths, target)
    assert target.read_text() == "precious"


def test_restore_brings_the_data_back_and_keeps_the_replaced_database(data_paths, tmp_path):
    make_store_with(data_paths, "kept in the backup")
    store = open_store(data_paths)
    copy = backup.manual_backup(data_paths, tmp_path / "good.sqlite3")
    with store.unit_of_work() as session:
        session.add(Account(name="made after the backup"))
    store.close()
    with InstanceLock(data_paths.lock, data_paths.database):
        kept = restore_database(data_paths, copy)
    assert kept is not None and kept.name.startswith("before-restore-")
    with open_store(data_paths) as reopened, reopened.reading() as session:
        assert list(session.scalars(select(Account.name))) == ["kept in the backup"]
    connection = sqlite3.connect(kept)
    assert {r[0] for r in connection.execute("SELECT name FROM accounts")} == {
        "kept in the backup",
        "made after the backup",
    }
    connection.close()


def test_restore_over_a_damaged_database_moves_it_aside_byte_for_byte(data_paths):
    make_store_with(data_paths, *(f"客户{i}" for i in range(300)))
    open_store(data_paths, today=date(2026, 11, 21)).close()  # the next day's backup has them
    damage(data_paths.database)
    before = fingerprint(data_paths.database)[0]
    problem = open_problem(data_paths)
    with InstanceLock(data_paths.lock, data_paths.database):
        kept = restore_database(data_paths, problem.latest_backup)
    assert kept is not None and kept.name.startswith("kamdesk.sqlite3.damaged-")
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == before
    with open_store(data_paths) as reopened, reopened.reading() as session:
        assert len(session.scalars(select(Account)).all()) == 300


@pytest.mark.parametrize("kind", ["damaged", "not-sqlite", "newer", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(data_paths, tmp_path, kind):
    make_store_with(data_paths, "current")
    source = tmp_path / "candidate.sqlite3"
    if kind == "damaged":
        backup.copy_database(data_paths.database, source)
        damage(source)
    elif kind == "not-sqlite":
        source.write_bytes(b"\x00\x01binary junk" * 100)
    elif kind == "newer":
        backup.copy_database(data_paths.database, source)
        connection = sqlite3.connect(source)
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
        connection.commit()
        connection.close()
    before = fingerprint(data_paths.database)
    with InstanceLock(data_paths.lock, data_paths.database), pytest.raises(InvalidInput) as caught:
        restore_database(data_paths, source)
    assert str(source) in caught.value.message()
    assert fingerprint(data_paths.database) == before

"""The hub store's engine, migrations and the two kinds of transaction.

* :func:`writing`: every transaction that changes synced state. On
  PostgreSQL it first locks the one ``sync_meta`` row (``SELECT … FOR
  UPDATE``) and keeps the lock until it commits; on SQLite it begins with
  ``BEGIN IMMEDIATE``, which takes the database's single write lock. Either
  way the next writer reads the counter only after this one has committed,
  so sequence numbers are handed out in commit order and a pull asking for
  "everything after N" can never skip a row committed late (DESIGN.md, sync
  invariant 1).
* :func:`reading`: a pull page, in one snapshot (``REPEATABLE READ`` on
  PostgreSQL; one deferred transaction in WAL mode on SQLite).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Engine,
    Table,
    create_engine,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from kamdesk.hub.schema import sync_meta

BUSY_TIMEOUT_MS = 10_000
#: the hub's own Alembic version table (never mixed up with a desktop book's)
VERSION_TABLE = "hub_alembic_version"
_IMMEDIATE = "kamdesk_hub_immediate"


class DatabaseUrlError(ValueError):
    """A ``--database`` value the hub cannot use."""


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3; a bare path means an SQLite file."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    if scheme in ("postgresql+psycopg", "sqlite"):
        return url
    raise DatabaseUrlError(
        f"unsupported database URL scheme {scheme!r}: use sqlite:///PATH or postgresql://…"
    )


def _json_serializer(value: Any) -> str:
    # UTF-8 as itself, not \uXXXX escapes
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def create_hub_engine(url: str) -> Engine:
    """An engine for ``url`` (see :func:`normalise_url`)."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            json_serializer=_json_serializer,
            hide_parameters=True,
            poolclass=NullPool if database in (None, "", ":memory:") else None,
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
            dbapi_connection.isolation_level = None  # SQLAlchemy's BEGIN is the one that counts
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Connection) -> None:
            if connection.get_execution_options().get(_IMMEDIATE):
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                connection.exec_driver_sql("BEGIN")

        return engine
    return create_engine(
        url,
        json_serializer=_json_serializer,
        # errors and logs never show values (password hashes, token digests, personal data)
        hide_parameters=True,
        pool_size=10,
        max_overflow=20,
        pool_pre_ping=True,
    )


def is_postgres(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


def bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Inserts ``rows`` (dicts with the same keys) into ``table`` in the current transaction.

    On PostgreSQL with ``COPY … FROM STDIN``: a push inserts hundreds of rows,
    its ledger entries and access rows at once, and an ``executemany`` of
    single-row INSERTs cost about half of a push of 500 new rows. JSON values
    are written as the engine's serializer writes them. Elsewhere, an
    ``executemany`` INSERT.
    """
    if not rows:
        return
    if not is_postgres(connection):
        connection.execute(insert(table), rows)
        return
    names = list(rows[0])
    json_columns = {name for name in names if isinstance(table.c[name].type, JSON)}
    columns = ", ".join(f'"{name}"' for name in names)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(
                    [
                        _json_serializer(row.get(name))
                        if name in json_columns and row.get(name) is not None
                        else row.get(name)
                        for name in names
                    ]
                )
    finally:
        cursor.close()


def _migrations_config(connection: Connection) -> Any:
    from alembic.config import Config

    # Alembic's default stream is sys.stdout as it was when alembic was first imported
    # (a closed capture in tests); the stream of the moment is the right one.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Brings the hub store to the newest schema and makes sure ``sync_meta`` has its row."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_migrations_config(connection), "head")
    with engine.begin() as connection:
        if connection.execute(select(sync_meta.c.id)).first() is None:
            connection.execute(
                insert(sync_meta).values(
                    id=1, hub_id=str(uuid.uuid4()), seq=0, created_at=datetime.now(UTC)
                )
            )


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    # Alembic's default stream is sys.stdout as it was when alembic was first imported
    # (a closed capture in tests); the stream of the moment is the right one.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return str(head)


class SeqCounter:
    """Hands out sequence numbers inside one writing transaction (Option A).

    :meth:`lock` reads the counter under the lock taken at the start of the
    transaction; :meth:`next` gives the following number; :meth:`store`
    writes the last one back before the commit.
    """

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.last = 0
        self.start = 0

    def lock(self) -> None:
        row = self.connection.execute(
            select(sync_meta.c.seq).where(sync_meta.c.id == 1).with_for_update()
        ).one()
        self.start = self.last = int(row.seq)

    def next(self) -> int:
        self.last += 1
        return self.last

    def store(self) -> None:
        if self.last != self.start:
            self.connection.execute(
                update(sync_meta).where(sync_meta.c.id == 1).values(seq=self.last)
            )


@contextmanager
def writing(engine: Engine, counter_class: type[SeqCounter] = SeqCounter) -> Iterator[SeqCounter]:
    """A writing transaction holding the sequence lock from its start until its commit."""
    with engine.connect() as connection:
        if not is_postgres(connection):
            connection.execution_options(**{_IMMEDIATE: True})
        with connection.begin():
            counter = counter_class(connection)
            counter.lock()
            yield counter
            counter.store()


@contextmanager
def small_write(engine: Engine) -> Iterator[Connection]:
    """A short writing transaction outside the sync feed (users, devices, hello).

    On SQLite it begins with ``BEGIN IMMEDIATE`` too, so it waits for the write
    lock at once instead of failing when it would upgrade a read.
    """
    with engine.connect() as connection:
        if not is_postgres(connection):
            connection.execution_options(**{_IMMEDIATE: True})
        with connection.begin():
            yield connection


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction seeing one snapshot."""
    with engine.connect() as connection:
        if is_postgres(connection):
            connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            yield connection

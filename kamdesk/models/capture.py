"""Change capture: every write of a synced field lands in the outbox in the same transaction.

It lives here, in the store layer, as SQLAlchemy session events, so no
service and no UI code can forget it (DESIGN.md, sync invariant 6):

* ``after_flush`` reads each flushed object's attribute history and inserts
  outbox entries through the session's own connection, inside the same
  transaction as the write itself. A pending upsert of the same row is
  merged (latest values, earliest base), so editing a field ten times before
  the next sync sends one change.
* Writes that would bypass the history (physical ``DELETE`` of a synced row,
  ORM bulk ``INSERT``/``UPDATE``/``DELETE`` statements) are refused.
* Applying rows pulled from the hub records nothing: the sync engine opens
  its session with :func:`applying_remote`.
* Many new rows at once (demo data) may skip the ORM objects through
  :func:`insert_new_rows`, which writes the rows and their outbox entries
  from plain values and tells the other store listeners (the search index)
  what it wrote.
"""

from __future__ import annotations

import gc
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Table,
    Time,
    event,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.attributes import instance_dict

from kamdesk.models.base import SyncedMixin, new_id, utcnow
from kamdesk.models.entities import SYNCED_MODELS
from kamdesk.models.sync import (
    OP_DELETE,
    OP_RESTORE,
    OP_UPSERT,
    STATE_PENDING,
    UNIFORM_SEQS,
    OutboxEntry,
    ShadowRow,
    field_seqs,
)

_APPLYING_REMOTE = "kamdesk.applying_remote"
_LOCAL_TXN = "kamdesk.local_txn"


class CaptureBypassError(RuntimeError):
    """A write to a synced table that change capture cannot see."""


def synced_columns(model: type[SyncedMixin]) -> list[str]:
    """The column attributes of ``model`` that travel to the hub, in table order."""
    mapper = inspect(model)
    local = model.__local_columns__
    return [attr.key for attr in mapper.column_attrs if attr.key not in local and attr.key != "id"]


def to_json_value(value: Any) -> Any:
    """A column value as plain JSON (aware datetimes as ISO 8601 in UTC)."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


@cache
def _synced_column_names(model: type[SyncedMixin]) -> tuple[str, ...]:
    """:func:`synced_columns`, computed once per model (it is read for every captured row)."""
    return tuple(synced_columns(model))


#: Values that :func:`to_json_value` returns unchanged; checking the exact type
#: first spares the call for almost every value of a large flush.
_JSON_NATIVE: frozenset[type] = frozenset({str, int, float, bool, type(None), list, dict})


def _all_fields(obj: SyncedMixin) -> dict[str, Any]:
    """Every synced field of a newly inserted row, as JSON values."""
    loaded = instance_dict(obj)
    fields: dict[str, Any] = {}
    for name in _synced_column_names(type(obj)):
        # Just flushed, so every column is in the instance dict; getattr covers
        # anything that is not (it would load it).
        value = loaded[name] if name in loaded else getattr(obj, name)
        fields[name] = value if type(value) in _JSON_NATIVE else to_json_value(value)
    return fields


@contextmanager
def applying_remote(session: Session) -> Iterator[Session]:
    """Within this block, writes on ``session`` are the hub's and are not captured.

    The block flushes before it ends, so writes made inside it are never
    captured by a later flush.
    """
    session.info[_APPLYING_REMOTE] = True
    try:
        yield session
        session.flush()
    finally:
        session.info.pop(_APPLYING_REMOTE, None)


def _pending_entry(session: Session, entity: str, row_id: str) -> Any:
    table = OutboxEntry.__table__
    return (
        session.connection()
        .execute(
            select(table.c.mutation_id, table.c.op, table.c.fields, table.c.base)
            .where(
                table.c.entity == entity,
                table.c.row_id == row_id,
                table.c.state == STATE_PENDING,
                # A change once sent is never changed: the hub may have applied
                # it, and its replay must carry the same payload (its ledger
                # tells a replay from a forked device by the payload's hash).
                table.c.attempts == 0,
            )
            .order_by(table.c.mutation_id.desc())
            .limit(1)
        )
        .first()
    )


def _shadow_seqs(session: Session, entity: str, row_id: str) -> tuple[int, dict[str, Any]]:
    """The hub-confirmed ``row_seq`` and per-field seqs of a row (0 and {} if none)."""
    found = (
        session.connection()
        .exec_driver_sql(
            "SELECT row_seq, field_seq, CASE WHEN field_seq = ? THEN data END "
            "FROM sync_shadow WHERE entity = ? AND row_id = ?",
            (UNIFORM_SEQS, entity, row_id),
        )
        .first()
    )
    if found is None:
        return 0, {}
    row_seq, stored, data = found
    seq = int(row_seq or 0)
    return seq, field_seqs(json.loads(data) if data else {}, seq, stored)


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    if session.info.get(_APPLYING_REMOTE):
        return
    txn = session.info.setdefault(_LOCAL_TXN, new_id())
    now = utcnow()
    inserts: list[dict[str, Any]] = []

    for obj in session.new:
        if not isinstance(obj, SyncedMixin):
            continue
        inserts.append(
            {
                "local_txn": txn,
                "entity": type(obj).entity,
                "row_id": obj.id,
                "op": OP_UPSERT,
                "fields": _all_fields(obj),
                "base": {},
                "client_ts": now,
                "state": STATE_PENDING,
            }
        )

    for obj in session.dirty:
        if not isinstance(obj, SyncedMixin):
            continue
        state = inspect(obj)
        changed: dict[str, Any] = {}
        for name in _synced_column_names(type(obj)):
            history = state.attrs[name].history
            if history.has_changes():
                changed[name] = to_json_value(getattr(obj, name))
        if not changed:
            continue
        entity = type(obj).entity
        op = OP_UPSERT
        if "deleted" in changed:
            op = OP_DELETE if changed["deleted"] else OP_RESTORE
        row_seq, shadow_seq = _shadow_seqs(session, entity, obj.id)
        base = {name: shadow_seq[name] for name in changed if name in shadow_seq}
        if op == OP_DELETE:
            # The version of the row the deleter saw: the hub logs only edits made
            # after it (delete beats edit, and an edit the deleter never saw is kept).
            base["_row"] = row_seq
        pending = _pending_entry(session, entity, obj.id)
        if pending is not None and pending.op == OP_UPSERT and op == OP_UPSERT:
            merged_base = {**base, **dict(pending.base or {})}
            merged_fields = {**dict(pending.fields or {}), **changed}
            session.connection().execute(
                update(OutboxEntry.__table__)
                .where(OutboxEntry.__table__.c.mutation_id == pending.mutation_id)
                .values(fields=merged_fields, base=merged_base, client_ts=now)
            )
            continue
        inserts.append(
            {
                "local_txn": txn,
                "entity": entity,
                "row_id": obj.id,
                "op": op,
                "fields": changed,
                "base": base,
                "client_ts": now,
                "state": STATE_PENDING,
            }
        )

    if inserts:
        session.connection().execute(insert(OutboxEntry.__table__), inserts)


# --- new rows from plain values ------------------------------------------------------

#: ``listener(session, model, rows)``, told about the rows :func:`insert_new_rows`
#: wrote (every column, as Python values) before it returns.
RowsInserted = Callable[[Session, type[SyncedMixin], Sequence[Mapping[str, Any]]], None]

_ROWS_INSERTED: dict[type[Session], list[RowsInserted]] = {}

#: Not a value: what a column's last value is before the first row.
_NOTHING = object()


def listen_rows_inserted(session_class: type[Session], listener: RowsInserted) -> None:
    """Tells ``listener`` about the rows :func:`insert_new_rows` writes on ``session_class``.

    The store layer's own listeners (the search index) register here, as they
    register for ``after_flush``: those rows are never in a flush.
    """
    listeners = _ROWS_INSERTED.setdefault(session_class, [])
    if listener not in listeners:
        listeners.append(listener)


class _RowWriter:
    """Completes plain rows of one table with the column defaults and inserts them.

    What a flush of new objects writes, without the objects: a column a row
    leaves out takes its Python default, evaluated per row as a flush does (a
    fresh ``id``, a fresh list), or NULL if it has none; values go through the
    bind processors of the column types (JSON, booleans, UTC datetimes), so
    the stored values are the ones a flush would store. An autoincrement
    integer key is left to SQLite. ``shared`` gives left-out columns a value
    all the rows share instead of their default (one creation time).
    """

    def __init__(
        self, table: Table, connection: Connection, shared: Mapping[str, Any] | None = None
    ) -> None:
        dialect = connection.dialect
        columns = [c for c in table.columns if not (c.primary_key and c.autoincrement is True)]
        self.connection = connection
        self.table_name = table.name
        self.names = frozenset(column.key for column in columns)
        #: every column without a callable default, with its value when left out
        self.fixed: dict[str, Any] = {}
        self.made: list[tuple[str, Callable[[Any], Any]]] = []
        #: (column, processor, whether a left-out value is processed too)
        self.processors: list[tuple[str, Callable[[Any], Any], bool]] = []
        for column in columns:
            default = column.default
            if shared is not None and column.key in shared:
                self.fixed[column.key] = shared[column.key]
            elif default is None:
                if column.server_default is not None:
                    # A flush would leave it to the server; a row written here cannot.
                    raise NotImplementedError(f"{table.name}.{column.key}: server default only")
                self.fixed[column.key] = None
            elif getattr(default, "is_scalar", False):
                self.fixed[column.key] = default.arg  # type: ignore[attr-defined]
            elif getattr(default, "is_callable", False):
                self.made.append((column.key, default.arg))  # type: ignore[attr-defined]
            else:
                raise NotImplementedError(f"{table.name}.{column.key}: {default!r}")
            process = column.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                # NULL stays NULL: a flush leaves a column without a default out.
                always = default is not None or column.key in (shared or {})
                self.processors.append((column.key, process, always))
        self.order = operator.itemgetter(*(column.key for column in columns))
        quote = dialect.identifier_preparer.quote
        self.sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )

    def insert(self, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Inserts ``rows`` with one ``executemany``; returns them with every column filled in.

        Raises:
            TypeError: a row names a column the table does not have.
        """
        written: list[dict[str, Any]] = []
        parameters: list[tuple[Any, ...]] = []
        # Rows share many values (False, one timestamp, the same title): each
        # processor converts a value once while the same object repeats.
        seen = [_NOTHING] * len(self.processors)
        converted: list[Any] = [None] * len(self.processors)
        for row in rows:
            if not self.names.issuperset(row):
                unknown = sorted(set(row) - self.names)
                raise TypeError(f"{unknown}: no such column in {self.table_name}")
            full = self.fixed.copy()
            for name, make in self.made:
                if name not in row:
                    full[name] = make(None)
            full.update(row)
            written.append(full)
            bound = full.copy()
            for at, (name, process, always) in enumerate(self.processors):
                if always or name in row:
                    value = full[name]
                    if value is not seen[at]:
                        seen[at] = value
                        converted[at] = process(value)
                    bound[name] = converted[at]
            parameters.append(self.order(bound))
        if parameters:
            self.connection.exec_driver_sql(self.sql, parameters)
        return written


#: The page cache of a connection while it writes many rows (SQLite's default is 2 MiB).
BULK_CACHE_MIB = 128


@contextmanager
def bulk_writing(session: Session, cache_mib: int = BULK_CACHE_MIB) -> Iterator[Session]:
    """Within this block, ``session`` is set up for writing many rows (demo data).

    A big write is mostly B-tree inserts at random places (names, sort keys,
    search keys): with SQLite's 2 MiB page cache most of them read a page
    back and spill another to the WAL, so time grows faster than the row
    count. The connection gets a page cache of ``cache_mib`` MiB until
    the block ends; the pages it holds are let go at the commit. Python's
    cyclic garbage collector is paused too (for the whole process, until the
    block ends): a long write makes millions of short-lived containers, none
    in a cycle, and every batch of them that outlives a few collections sets
    off a full one, which traverses every object of the process again.
    """
    connection = session.connection()
    cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-cache_mib * 1024}")
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield session
    finally:
        if collecting:
            gc.enable()
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")


@cache
def _temporal_columns(model: type[SyncedMixin]) -> tuple[str, ...]:
    """The synced columns of ``model`` whose values :func:`to_json_value` turns into text.

    Decided by the column type, where :func:`_all_fields` looks at each value:
    the values of other columns are written as they are, and a time in a
    column of another type fails to serialise instead of passing unconverted.
    """
    table: Table = model.__table__  # type: ignore[attr-defined]
    temporal: list[str] = []
    for name in _synced_column_names(model):
        column_type = table.c[name].type
        if isinstance(getattr(column_type, "impl_instance", column_type), DateTime | Date | Time):
            temporal.append(name)
    return tuple(temporal)


def insert_new_rows(
    session: Session, model: type[SyncedMixin], rows: Iterable[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Inserts new rows of ``model`` from plain values, captured like a flush of new objects.

    The fast path for writing many new rows at once (demo data): no ORM
    objects and no unit of work, the same result. Each row is completed with
    the column defaults (a fresh ``id`` unless it has one), inserted with one
    ``executemany`` on the session's connection, given an outbox entry with
    all its synced fields in the session's local transaction, and handed to
    the listeners of :func:`listen_rows_inserted` (the search index). Pending
    ORM changes are flushed first, so the outbox keeps the order of the
    writes. The rows are not in the session's identity map; ``session.get``
    reads them from the database. A long run of calls goes inside
    :func:`bulk_writing`.

    Args:
        session: the unit of work's session; never committed here.
        model: the synced model whose table the rows go to.
        rows: column values by attribute name; left-out columns take their
            defaults as in ``model(**row)``.

    Returns:
        The rows as written, every column filled in (their ``id`` among them).

    Raises:
        CaptureBypassError: the session is applying the hub's rows, which must
            not be captured; they go through ORM objects.
        TypeError: a row names a column ``model`` does not have.
    """
    if session.info.get(_APPLYING_REMOTE):
        raise CaptureBypassError(
            f"{model.__name__}: rows from the hub are applied as ORM objects, never captured"
        )
    session.flush()
    connection = session.connection()
    now = utcnow()
    # One time for the rows of one call, as for the rows of one transaction:
    # converted once, not once a row.
    written = _RowWriter(
        model.__table__,  # type: ignore[attr-defined]
        connection,
        {"created_at": now, "updated_at": now},
    ).insert(rows)
    if not written:
        return written
    txn = session.info.setdefault(_LOCAL_TXN, new_id())
    names = _synced_column_names(model)
    synced = operator.itemgetter(*names)
    temporal = _temporal_columns(model)
    entries: list[dict[str, Any]] = []
    #: column → (the last time converted, its text): all rows share created_at
    last: dict[str, tuple[Any, Any]] = {}
    for row in written:
        fields = dict(zip(names, synced(row), strict=True))
        for name in temporal:
            value = fields[name]
            if value is not None:
                converted, text = last.get(name, (_NOTHING, None))
                if converted is not value:
                    text = to_json_value(value)
                    last[name] = (value, text)
                fields[name] = text
        entries.append({"row_id": row["id"], "fields": fields})
    entry = {
        "local_txn": txn,
        "entity": model.entity,  # type: ignore[attr-defined]
        "op": OP_UPSERT,
        "base": {},
        "client_ts": now,
        "state": STATE_PENDING,
    }
    _RowWriter(OutboxEntry.__table__, connection, entry).insert(entries)  # type: ignore[arg-type]
    for cls in type(session).__mro__:
        for listener in _ROWS_INSERTED.get(cls, ()):
            listener(session, model, written)
    return written


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    if session.info.get(_APPLYING_REMOTE):
        return
    for obj in session.deleted:
        if isinstance(obj, SyncedMixin):
            raise CaptureBypassError(
                f"{type(obj).__name__} {obj.id}: synced rows are tombstoned (deleted=True), "
                "never removed, so the deletion can reach the hub"
            )


_SYNCED_TABLES = frozenset(model.__tablename__ for model in SYNCED_MODELS.values())  # type: ignore[attr-defined]


def _do_orm_execute(state: ORMExecuteState) -> None:
    if state.session.info.get(_APPLYING_REMOTE):
        return
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if table is not None and table.name in _SYNCED_TABLES:
        raise CaptureBypassError(
            f"bulk write to {table.name} bypasses change capture: change the ORM objects instead"
        )


def _clear_txn(session: Session, *args: Any) -> None:
    session.info.pop(_LOCAL_TXN, None)


def install(session_class: type[Session]) -> None:
    """Attaches change capture to every session of ``session_class``."""
    if event.contains(session_class, "after_flush", _after_flush):
        return
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "do_orm_execute", _do_orm_execute)
    event.listen(session_class, "after_commit", _clear_txn)
    event.listen(session_class, "after_soft_rollback", _clear_txn)


def replay_outbox(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    """The visible state that shadow plus outbox describe, row by row.

    Used to prove that no write bypasses capture: for every synced row the
    result must equal the row itself (see tests/models/test_capture.py).
    """
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for shadow in session.scalars(select(ShadowRow)):
        state[(shadow.entity, shadow.row_id)] = {**shadow.data, "deleted": shadow.deleted}
    # Entries the hub acknowledged (kept a while by the sync engine) are in the shadow already.
    entries = select(OutboxEntry).where(OutboxEntry.state != "acked")
    for entry in session.scalars(entries.order_by(OutboxEntry.mutation_id)):
        row = state.setdefault((entry.entity, entry.row_id), {})
        row.update(entry.fields)
    return state


def visible_state(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced row as its synced fields, in the same shape as :func:`replay_outbox`."""
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for entity, model in SYNCED_MODELS.items():
        columns = synced_columns(model)
        for obj in session.scalars(select(model)):
            state[(entity, obj.id)] = {name: to_json_value(getattr(obj, name)) for name in columns}
    return state


def dumps(value: Any) -> str:
    """JSON text of a captured value, stable for comparison."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)

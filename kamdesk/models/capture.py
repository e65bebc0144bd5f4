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
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import event, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.attributes import instance_dict

from kamdesk.models.base import SyncedMixin, new_id, utcnow
from kamdesk.models.entities import SYNCED_MODELS
from kamdesk.models.sync import (
    OP_DELETE,
    OP_RESTORE,
    OP_UPSERT,
    STATE_PENDING,
    OutboxEntry,
    ShadowRow,
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
                table.c.entity == entity, table.c.row_id == row_id, table.c.state == STATE_PENDING
            )
            .order_by(table.c.mutation_id.desc())
            .limit(1)
        )
        .first()
    )


def _shadow_field_seq(session: Session, entity: str, row_id: str) -> dict[str, Any]:
    table = ShadowRow.__table__
    found = (
        session.connection()
        .execute(
            select(table.c.field_seq).where(table.c.entity == entity, table.c.row_id == row_id)
        )
        .scalar()
    )
    return dict(found or {})


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
        shadow_seq = _shadow_field_seq(session, entity, obj.id)
        base = {name: shadow_seq[name] for name in changed if name in shadow_seq}
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
    for entry in session.scalars(select(OutboxEntry).order_by(OutboxEntry.mutation_id)):
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

"""The local half of sync: state, outbox, shadow merge and publish, in SQLite.

Everything here works on one SQLAlchemy ``Connection`` inside the caller's
transaction and goes through Core (``executemany``), never ORM objects, so a
page of 10,000 rows costs a few statements. Nothing here is captured: it
writes the visible tables with Core statements, which change capture never
sees (``applying_remote`` marks the session too), and it keeps the search
index in step itself.

The rules (DESIGN.md, sync invariant 5; shared/research/sync-protocol.md 7.2):

* the shadow holds what the hub confirmed, with a hub seq per field; an
  incoming field replaces the shadow's only when its seq is greater, so a
  page applied twice changes nothing;
* the visible row is the shadow with the pending outbox changes on top, in
  mutation order (:func:`publish`);
* personality fields of a contact kept on this laptop (``keep_local``) never
  come from the hub: the local value stays.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any

import orjson
from sqlalchemy import Connection, DateTime, Table, insert, select

from kamdesk.models import search_index
from kamdesk.models.base import new_id, utcnow
from kamdesk.models.capture import BULK_CACHE_MIB, synced_columns, to_json_value
from kamdesk.models.entities import SYNCED_MODELS
from kamdesk.models.sync import (
    OP_DELETE,
    OP_RESTORE,
    OP_UPSERT,
    STATE_INFLIGHT,
    STATE_PENDING,
    UNIFORM_SEQS,
    OutboxEntry,
    SyncConflict,
    SyncState,
    field_seqs,
)

OP_RESOLVE = "resolve"
#: An entry the hub applied, kept a while (:data:`ACKED_KEEP_DAYS`) so that a hub
#: restored from an older backup can be given this laptop's changes again.
STATE_ACKED = "acked"
ACKED_KEEP_DAYS = 30
ACKED_KEEP_MAX = 20_000

#: Contact fields that stay on the laptop while the contact's ``keep_local`` is set.
PERSONAL_FIELDS: tuple[str, ...] = ("personality", "personality_assessment")

#: SyncState keys.
K_HUB_URL = "hub_url"
K_USER = "user"
K_ROLE = "role"
K_DEVICE = "device_id"
K_HUB_ID = "hub_id"
K_CURSOR = "cursor"
K_LAST_OK = "last_ok_at"
K_LAST_ERROR = "last_error"
K_LAST_ERROR_AT = "last_error_at"
K_LAST_ERROR_KIND = "last_error_kind"
K_UPGRADE = "upgrade_required"
K_RECOVERING = "recovering"
K_CLOCK_OFFSET = "clock_offset_ms"
K_SEEN = "seen_before_reset"

_CHUNK = 500


def _DUMPS(value: Any) -> str:
    """Compact JSON, non-ASCII kept as it is (orjson: a first download encodes
    two documents per row)."""
    return orjson.dumps(value).decode()


# --- key-value state ------------------------------------------------------------------


def get_state(connection: Connection, key: str) -> str | None:
    table = SyncState.__table__
    return connection.execute(select(table.c.value).where(table.c.key == key)).scalar()


def set_state(connection: Connection, key: str, value: str | None) -> None:
    """Sets ``key`` (``None`` removes it)."""
    connection.exec_driver_sql("DELETE FROM sync_state WHERE key = ?", (key,))
    if value is not None:
        connection.exec_driver_sql(
            "INSERT INTO sync_state (key, value) VALUES (?, ?)", (key, str(value))
        )


def all_state(connection: Connection) -> dict[str, str]:
    return dict(connection.exec_driver_sql("SELECT key, value FROM sync_state").all())


# --- outbox ---------------------------------------------------------------------------


@dataclass
class Entry:
    """One outbox entry as the engine reads it."""

    mid: int
    txn: str
    entity: str
    row_id: str
    op: str
    fields: dict[str, Any]
    base: dict[str, Any]
    client_ts: datetime
    state: str
    #: how often it was sent; a sent entry is never changed again
    attempts: int = 0


_ENTRY_COLUMNS = (
    "mutation_id, local_txn, entity, row_id, op, fields, base, client_ts, state, attempts"
)


def _entry(row: Sequence[Any]) -> Entry:
    ts = row[7]
    if isinstance(ts, str):
        ts = datetime.fromisoformat(ts)
    if ts.tzinfo is None:  # stored as naive UTC
        ts = ts.replace(tzinfo=UTC)
    return Entry(
        mid=row[0],
        txn=row[1],
        entity=row[2],
        row_id=row[3],
        op=row[4],
        fields=json.loads(row[5]) if isinstance(row[5], str) else dict(row[5] or {}),
        base=json.loads(row[6]) if isinstance(row[6], str) else dict(row[6] or {}),
        client_ts=ts,
        state=row[8],
        attempts=int(row[9] or 0),
    )


def revert_inflight(connection: Connection) -> int:
    """Inflight entries back to pending (after a crash or a failed request); returns how many."""
    result = connection.exec_driver_sql(
        "UPDATE sync_outbox SET state = ? WHERE state = ?", (STATE_PENDING, STATE_INFLIGHT)
    )
    return int(result.rowcount or 0)


def next_pending(connection: Connection, limit: int, after: int = 0) -> list[Entry]:
    """The oldest pending entries (mutation order), at most ``limit``, whole local txns only.

    A local transaction's entries travel in one request (the hub applies them
    together), so a batch never ends in the middle of one unless a single
    transaction is larger than ``limit``.
    """
    rows = connection.exec_driver_sql(
        f"SELECT {_ENTRY_COLUMNS} FROM sync_outbox WHERE state = ? AND mutation_id > ? "
        "ORDER BY mutation_id LIMIT ?",
        (STATE_PENDING, after, limit + 1),
    ).all()
    entries = [_entry(row) for row in rows]
    if len(entries) <= limit:
        return entries
    entries = entries[:limit]
    last_txn = entries[-1].txn
    whole = [e for e in entries if e.txn != last_txn]
    return whole or entries


def mark_inflight(connection: Connection, entries: Sequence[Entry]) -> None:
    """Marks ``entries`` as sent, storing the payload as sent (it never changes again)."""
    if not entries:
        return
    connection.exec_driver_sql(
        "UPDATE sync_outbox SET state = ?, attempts = attempts + 1, fields = ?, base = ? "
        "WHERE mutation_id = ?",
        [(STATE_INFLIGHT, _DUMPS(e.fields), _DUMPS(e.base), e.mid) for e in entries],
    )


def set_error(connection: Connection, mids: Sequence[int], error: str) -> None:
    if not mids:
        return
    connection.exec_driver_sql(
        "UPDATE sync_outbox SET last_error = ? WHERE mutation_id = ?",
        [(error, mid) for mid in mids],
    )


def mark_acked(connection: Connection, mids: Iterable[int]) -> None:
    """The hub applied these: kept as acknowledged, then forgotten after a while."""
    acked = [(STATE_ACKED, mid) for mid in mids]
    if acked:
        connection.exec_driver_sql(
            "UPDATE sync_outbox SET state = ?, last_error = NULL WHERE mutation_id = ?", acked
        )
    cutoff = utcnow() - timedelta(days=ACKED_KEEP_DAYS)
    connection.execute(
        OutboxEntry.__table__.delete().where(
            OutboxEntry.__table__.c.state == STATE_ACKED,
            OutboxEntry.__table__.c.client_ts < cutoff,
        )
    )
    # A big first upload (an import, demo data) is not kept a month: the newest
    # ACKED_KEEP_MAX only. Rows a restored hub lacks entirely come back anyway
    # (recover_unknown_rows).
    connection.exec_driver_sql(
        "DELETE FROM sync_outbox WHERE state = ? AND mutation_id <= ("
        "SELECT mutation_id FROM sync_outbox WHERE state = ? "
        "ORDER BY mutation_id DESC LIMIT 1 OFFSET ?)",
        (STATE_ACKED, STATE_ACKED, ACKED_KEEP_MAX),
    )


def requeue_acked(connection: Connection) -> int:
    """Before a fresh shadow for a new hub epoch: this laptop's acknowledged changes again.

    A hub restored from a backup lacks what it acknowledged after the
    backup. Each field this laptop changed in the last :data:`ACKED_KEEP_DAYS`
    days whose value is still the confirmed one (nobody changed it since, as
    far as this laptop saw) and that no pending change covers is queued again
    with base 0 and its original edit time: the hub takes it where it has
    nothing newer, and logs a conflict where it does. Rows the hub never
    had come back whole. The old entries are forgotten.

    Returns:
        How many entries were queued.
    """
    rows = connection.exec_driver_sql(
        f"SELECT {_ENTRY_COLUMNS} FROM sync_outbox WHERE state = ? ORDER BY mutation_id",
        (STATE_ACKED,),
    ).all()
    latest: dict[tuple[str, str], dict[str, tuple[Any, datetime]]] = {}
    restored: set[tuple[str, str]] = set()
    for row in rows:
        entry = _entry(row)
        if entry.op == OP_RESOLVE:
            continue
        key = (entry.entity, entry.row_id)
        values = latest.setdefault(key, {})
        for name, value in entry.fields.items():
            values[name] = (value, entry.client_ts)
        if entry.op == OP_RESTORE:
            restored.add(key)
        elif entry.op == OP_DELETE:
            restored.discard(key)
    covered: dict[tuple[str, str], set[str]] = {}
    for entity, row_id, fields in connection.exec_driver_sql(
        "SELECT entity, row_id, fields FROM sync_outbox WHERE state IN (?, ?)",
        (STATE_PENDING, STATE_INFLIGHT),
    ).all():
        names = json.loads(fields) if isinstance(fields, str) else dict(fields or {})
        covered.setdefault((entity, row_id), set()).update(names)
    by_entity: dict[str, list[str]] = {}
    for entity, row_id in latest:
        by_entity.setdefault(entity, []).append(row_id)
    queued: list[dict[str, Any]] = []
    for entity, ids in by_entity.items():
        shadows = load_shadows(connection, entity, ids)
        for row_id in ids:
            shadow = shadows.get(row_id)
            if shadow is None:
                continue
            mine = covered.get((entity, row_id), set())
            kept: dict[str, Any] = {}
            stamp: datetime | None = None
            for name, (value, ts) in latest[(entity, row_id)].items():
                if name in mine:
                    continue
                confirmed = shadow.deleted if name == "deleted" else shadow.data.get(name, _GONE)
                if confirmed is _GONE or not _json_equal(confirmed, value):
                    continue
                kept[name] = value
                stamp = ts if stamp is None or ts > stamp else stamp
            if not kept or stamp is None:
                continue
            deleted = kept.pop("deleted", None)
            if deleted is False and (entity, row_id) not in restored:
                deleted = None  # a new row says deleted=False: not a restore
            txn = new_id()
            if deleted is True:
                queued.append(_queued(txn, entity, row_id, OP_DELETE, {"deleted": True}, stamp))
            elif deleted is False:
                kept["deleted"] = False
                queued.append(_queued(txn, entity, row_id, OP_RESTORE, kept, stamp))
                kept = {}
            if kept:
                queued.append(_queued(txn, entity, row_id, OP_UPSERT, kept, stamp))
    connection.exec_driver_sql("DELETE FROM sync_outbox WHERE state = ?", (STATE_ACKED,))
    add_entries(connection, queued)
    return len(queued)


_GONE = object()


def _queued(
    txn: str, entity: str, row_id: str, op: str, fields: dict[str, Any], stamp: datetime
) -> dict[str, Any]:
    base = {"_row": 0} if op == OP_DELETE else {name: 0 for name in fields}
    return {
        "local_txn": txn,
        "entity": entity,
        "row_id": row_id,
        "op": op,
        "fields": fields,
        "base": base,
        "client_ts": stamp,
    }


def remove_entries(connection: Connection, mids: Iterable[int]) -> None:
    gone = [(mid,) for mid in mids]
    if gone:
        connection.exec_driver_sql("DELETE FROM sync_outbox WHERE mutation_id = ?", gone)


def pending_count(connection: Connection) -> int:
    return int(
        connection.exec_driver_sql(
            "SELECT count(*) FROM sync_outbox WHERE state IN (?, ?)",
            (STATE_PENDING, STATE_INFLIGHT),
        ).scalar_one()
    )


def demo_account_count(connection: Connection) -> int:
    """How many accounts demo data added here (see :class:`kamdesk.models.sync.DemoAccount`)."""
    return int(connection.exec_driver_sql("SELECT count(*) FROM demo_accounts").scalar_one())


def forget_unsent_rows(connection: Connection, rows: Mapping[str, Sequence[str]]) -> bool:
    """Drops the pending changes of rows that never left this laptop, if none ever did.

    For rows about to be deleted without a trace (demo data): their outbox
    entries go, and the changes queued after the first of them are
    renumbered to follow on without a gap, as the hub's ledger expects them
    (their mids were never sent, so no ledger holds them yet).

    Args:
        rows: ids by entity.

    Returns:
        True when done; False, with nothing changed, when the hub may know of
        any of the rows (a shadow, an entry sent or acknowledged) or an entry
        after them was sent: then they must be deleted the usual way.
    """
    connection.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS forgotten_rows "
        "(entity TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (entity, row_id))"
    )
    connection.exec_driver_sql("DELETE FROM forgotten_rows")
    try:
        connection.exec_driver_sql(
            "INSERT INTO forgotten_rows (entity, row_id) VALUES (?, ?)",
            [(entity, row_id) for entity, ids in rows.items() for row_id in ids],
        )
        known = connection.exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM sync_shadow s JOIN forgotten_rows f "
            "ON s.entity = f.entity AND s.row_id = f.row_id)"
        ).scalar_one()
        mids = list(
            connection.exec_driver_sql(
                "SELECT o.mutation_id FROM sync_outbox o JOIN forgotten_rows f "
                "ON o.entity = f.entity AND o.row_id = f.row_id ORDER BY o.mutation_id"
            ).scalars()
        )
        if known:
            return False
        if not mids:
            return True
        sent = connection.exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE mutation_id >= ? "
            "AND (state != ? OR attempts > 0))",
            (mids[0], STATE_PENDING),
        ).scalar_one()
        if sent:
            return False
        connection.exec_driver_sql(
            "DELETE FROM sync_outbox WHERE mutation_id IN "
            "(SELECT o.mutation_id FROM sync_outbox o JOIN forgotten_rows f "
            "ON o.entity = f.entity AND o.row_id = f.row_id)"
        )
        later = connection.exec_driver_sql(
            "SELECT mutation_id FROM sync_outbox WHERE mutation_id > ? ORDER BY mutation_id",
            (mids[0],),
        ).scalars()
        # Ascending, each to a smaller free number: no two ever collide.
        moves = [(mids[0] + index, old) for index, old in enumerate(later)]
        if moves:
            connection.exec_driver_sql(
                "UPDATE sync_outbox SET mutation_id = ? WHERE mutation_id = ?", moves
            )
        last = moves[-1][0] if moves else mids[0] - 1
        connection.exec_driver_sql(
            "UPDATE sqlite_sequence SET seq = ? WHERE name = 'sync_outbox'", (last,)
        )
        return True
    finally:
        connection.exec_driver_sql("DELETE FROM forgotten_rows")


def first_unsent_mid(connection: Connection) -> int:
    """The mid a new device's ledger must start at: the oldest entry still to send."""
    oldest = connection.exec_driver_sql(
        "SELECT min(mutation_id) FROM sync_outbox WHERE state IN (?, ?)",
        (STATE_PENDING, STATE_INFLIGHT),
    ).scalar()
    if oldest is not None:
        return int(oldest)
    last = connection.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"
    ).scalar()
    return int(last or 0) + 1


def entries_for(
    connection: Connection, entity: str, row_ids: Sequence[str]
) -> dict[str, list[Entry]]:
    """Pending and inflight entries of these rows, by row, in mutation order."""
    found: dict[str, list[Entry]] = {}
    for chunk in _chunks(row_ids):
        rows = connection.exec_driver_sql(
            f"SELECT {_ENTRY_COLUMNS} FROM sync_outbox WHERE entity = ? AND state IN (?, ?) "
            f"AND row_id IN ({_marks(len(chunk))}) ORDER BY mutation_id",
            (entity, STATE_PENDING, STATE_INFLIGHT, *chunk),
        ).all()
        for row in rows:
            entry = _entry(row)
            found.setdefault(entry.row_id, []).append(entry)
    return found


def add_entries(connection: Connection, entries: Iterable[Mapping[str, Any]]) -> None:
    """New pending entries (``entity``, ``row_id``, ``op``, ``fields``, ``base``, ``local_txn``)."""
    now = utcnow()
    rows = [{"client_ts": now, "state": STATE_PENDING, "attempts": 0, **entry} for entry in entries]
    if rows:
        connection.execute(insert(OutboxEntry.__table__), rows)


def zero_bases(connection: Connection) -> None:
    """Every pending base becomes 0: seqs of an old hub epoch mean nothing to the new one.

    Against the new epoch each pending change is then concurrent with
    whatever the hub holds, so a differing value is logged as a conflict and
    never silently lost or silently overwritten.
    """
    rows = connection.exec_driver_sql(
        "SELECT mutation_id, base FROM sync_outbox WHERE state IN (?, ?)",
        (STATE_PENDING, STATE_INFLIGHT),
    ).all()
    updates = []
    for mid, base in rows:
        values = json.loads(base) if isinstance(base, str) else dict(base or {})
        updates.append((_DUMPS({name: 0 for name in values}), mid))
    if updates:
        connection.exec_driver_sql("UPDATE sync_outbox SET base = ? WHERE mutation_id = ?", updates)


def remember_seen(connection: Connection) -> None:
    """Before a fresh shadow: what each pending change's editor saw, for :func:`rebase_pending`.

    The old shadow's value of every field a pending change sets (and whether
    a deleted row was live), kept in the sync state until the new epoch's
    download is done.
    """
    seen: dict[str, dict[str, Any]] = {}
    rows = connection.exec_driver_sql(
        "SELECT mutation_id, entity, row_id, fields, base FROM sync_outbox WHERE state IN (?, ?)",
        (STATE_PENDING, STATE_INFLIGHT),
    ).all()
    by_entity: dict[str, list[str]] = {}
    for _mid, entity, row_id, _fields, _base in rows:
        by_entity.setdefault(entity, []).append(row_id)
    shadows = {
        (entity, row_id): shadow
        for entity, ids in by_entity.items()
        for row_id, shadow in load_shadows(connection, entity, sorted(set(ids))).items()
    }
    for mid, entity, row_id, _fields, base in rows:
        shadow = shadows.get((entity, row_id))
        names = json.loads(base) if isinstance(base, str) else dict(base or {})
        if shadow is None or not names:
            continue
        values: dict[str, Any] = {}
        for name in names:
            if name == "_row":
                values[name] = {"live": not shadow.deleted}
            elif name in shadow.data:
                values[name] = shadow.data[name]
        if values:
            seen[str(mid)] = values
    set_state(connection, K_SEEN, _DUMPS(seen) if seen else None)


def rebase_pending(connection: Connection) -> int:
    """After a new epoch's download: pending changes based on what the hub holds now.

    A field whose value on the hub is still what the editor saw gets the
    hub's seq as its base (an ordinary edit, no conflict); one the hub holds
    differently keeps base 0 (a conflict, both values kept).

    Returns:
        How many bases were set.
    """
    text = get_state(connection, K_SEEN)
    set_state(connection, K_SEEN, None)
    if not text:
        return 0
    seen: dict[str, dict[str, Any]] = json.loads(text)
    rows = connection.exec_driver_sql(
        f"SELECT {_ENTRY_COLUMNS} FROM sync_outbox WHERE state IN (?, ?)",
        (STATE_PENDING, STATE_INFLIGHT),
    ).all()
    entries = [e for e in map(_entry, rows) if str(e.mid) in seen]
    by_entity: dict[str, list[str]] = {}
    for entry in entries:
        by_entity.setdefault(entry.entity, []).append(entry.row_id)
    shadows = {
        (entity, row_id): shadow
        for entity, ids in by_entity.items()
        for row_id, shadow in load_shadows(connection, entity, sorted(set(ids))).items()
    }
    rebased = 0
    updates = []
    for entry in entries:
        shadow = shadows.get((entry.entity, entry.row_id))
        if shadow is None:
            continue
        saw = seen[str(entry.mid)]
        base = dict(entry.base)
        for name, value in saw.items():
            if name == "_row":
                if value.get("live") and not shadow.deleted:
                    base[name] = shadow.row_seq
                    rebased += 1
            elif name in shadow.data and _json_equal(shadow.data[name], value):
                base[name] = shadow.field_seq.get(name, 0)
                rebased += 1
        if base != entry.base:
            updates.append((_DUMPS(base), entry.mid))
    if updates:
        connection.exec_driver_sql("UPDATE sync_outbox SET base = ? WHERE mutation_id = ?", updates)
    return rebased


# --- shadow ---------------------------------------------------------------------------


@dataclass
class Shadow:
    """The hub-confirmed state of one row."""

    data: dict[str, Any] = field(default_factory=dict)
    field_seq: dict[str, int] = field(default_factory=dict)
    row_seq: int = 0
    deleted: bool = False


def load_shadows(connection: Connection, entity: str, row_ids: Sequence[str]) -> dict[str, Shadow]:
    found: dict[str, Shadow] = {}
    for chunk in _chunks(row_ids):
        rows = connection.exec_driver_sql(
            "SELECT row_id, data, field_seq, row_seq, deleted FROM sync_shadow "
            f"WHERE entity = ? AND row_id IN ({_marks(len(chunk))})",
            (entity, *chunk),
        ).all()
        for row_id, data, field_seq, row_seq, deleted in rows:
            values = orjson.loads(data) if data else {}
            seq = int(row_seq or 0)
            found[row_id] = Shadow(values, field_seqs(values, seq, field_seq), seq, bool(deleted))
    return found


def _seqs_text(shadow: Shadow) -> str:
    seqs, seq = shadow.field_seq, shadow.row_seq
    if len(seqs) == len(shadow.data) and seqs.keys() == shadow.data.keys():
        for value in seqs.values():
            if value != seq:
                break
        else:
            return UNIFORM_SEQS
    return _DUMPS(seqs)


def save_shadows(connection: Connection, entity: str, shadows: Mapping[str, Shadow]) -> None:
    if not shadows:
        return
    connection.exec_driver_sql(
        "INSERT INTO sync_shadow (entity, row_id, data, row_seq, field_seq, deleted) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, row_id) DO UPDATE SET "
        "data = excluded.data, row_seq = excluded.row_seq, field_seq = excluded.field_seq, "
        "deleted = excluded.deleted",
        [
            (entity, row_id, _DUMPS(s.data), s.row_seq, _seqs_text(s), int(s.deleted))
            for row_id, s in shadows.items()
        ],
    )


def drop_shadows(connection: Connection, entity: str, row_ids: Sequence[str]) -> None:
    if not row_ids:
        return
    connection.exec_driver_sql(
        "DELETE FROM sync_shadow WHERE entity = ? AND row_id = ?",
        [(entity, row_id) for row_id in row_ids],
    )


def clear_shadow(connection: Connection) -> None:
    connection.exec_driver_sql("DELETE FROM sync_shadow")


def row_seq_of(row: Mapping[str, Any]) -> int:
    """The seq of an incoming row (pull rows say ``seq``, push post-states ``row_seq``)."""
    return int(row.get("seq", row.get("row_seq", 0)) or 0)


def holds(shadow: Shadow, row: Mapping[str, Any]) -> bool:
    """Whether ``shadow`` has every field of ``row`` (its seq aside)."""
    data = row.get("data") or {}
    return all(name in shadow.data for name in data if name != "id" and name != "deleted")


def merge(shadow: Shadow | None, row: Mapping[str, Any], keep_local: bool = False) -> Shadow:
    """The shadow after an incoming hub row: per field, the greater seq wins.

    Idempotent (the same row twice changes nothing) and order-proof (an older
    post-state arriving after a newer pull row cannot undo it).
    """
    seq = row_seq_of(row)
    data = dict(row.get("data") or {})
    field_seq = dict(row.get("field_seq") or {})
    data.pop("id", None)
    deleted = data.pop("deleted", row.get("deleted", False))
    if row.get("deleted") is not None:
        deleted = row.get("deleted")
    if shadow is None and not keep_local:
        # A row seen for the first time (every row of a first download): each field
        # at its own seq, the row's where the hub gave none (dict operations: a
        # first download has hundreds of thousands of rows).
        seqs = dict.fromkeys(data, seq)
        seqs.update(field_seq)
        if len(seqs) != len(data) or set(map(type, seqs.values())) != {int}:
            seqs = {k: int(seqs.get(k, seq) or 0) for k in data}
        return Shadow(data, seqs, seq, bool(deleted))
    merged = Shadow() if shadow is None else shadow
    for name, value in data.items():
        if keep_local and name in PERSONAL_FIELDS:
            continue
        incoming = int(field_seq.get(name, seq) or 0)
        if incoming > merged.field_seq.get(name, 0) or name not in merged.data:
            merged.data[name] = value
            merged.field_seq[name] = max(incoming, merged.field_seq.get(name, 0))
    if keep_local:
        # Their hub copy (from before keep_local, or erased) must not cover the local value.
        for name in PERSONAL_FIELDS:
            merged.data.pop(name, None)
    if seq >= merged.row_seq:
        merged.deleted = bool(deleted)
        merged.row_seq = seq
    return merged


# --- visible rows ---------------------------------------------------------------------


@dataclass
class _Codec:
    """How the synced values of one model go from JSON to SQLite parameters."""

    entity: str
    table: Table
    synced: tuple[str, ...]
    columns: frozenset[str]
    temporal: frozenset[str]
    processors: dict[str, Any]
    defaults: dict[str, Any]
    made: dict[str, Any]


@cache
def codec(entity: str, dialect: Any) -> _Codec:
    model = SYNCED_MODELS[entity]
    table: Table = model.__table__  # type: ignore[attr-defined]
    synced = tuple(synced_columns(model))
    temporal = set()
    processors: dict[str, Any] = {}
    defaults: dict[str, Any] = {}
    made: dict[str, Any] = {}
    for column in table.columns:
        column_type = column.type
        impl = getattr(column_type, "impl_instance", column_type)
        if isinstance(impl, DateTime):
            temporal.add(column.key)
        process = column_type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors[column.key] = process
        default = column.default
        if default is None:
            defaults[column.key] = None
        elif getattr(default, "is_scalar", False):
            defaults[column.key] = default.arg  # type: ignore[attr-defined]
        elif getattr(default, "is_callable", False):
            made[column.key] = default.arg  # type: ignore[attr-defined]
    return _Codec(
        entity,
        table,
        synced,
        frozenset(c.key for c in table.columns),
        frozenset(temporal),
        processors,
        defaults,
        made,
    )


def from_json(entity: str, dialect: Any, name: str, value: Any) -> Any:
    """A synced JSON value as the Python value its column takes."""
    if value is not None and name in codec(entity, dialect).temporal and isinstance(value, str):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def _json_equal(a: Any, b: Any) -> bool:
    return _normal(a) == _normal(b)


def _normal(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        value = to_json_value(value)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        return parsed.isoformat() if parsed.tzinfo else value
    return value


def target_of(shadow: Shadow | None, entries: Sequence[Entry]) -> dict[str, Any] | None:
    """What the row shows: the shadow with the pending changes on top (``None``: no shadow)."""
    if shadow is None:
        return None
    target = dict(shadow.data)
    target["deleted"] = shadow.deleted
    for entry in entries:
        if entry.op in (OP_UPSERT, OP_DELETE, OP_RESTORE):
            target.update(entry.fields)
    return target


def publish(
    connection: Connection,
    entity: str,
    row_ids: Sequence[str],
    shadows: Mapping[str, Shadow],
    entries: Mapping[str, Sequence[Entry]],
    *,
    index: bool = True,
) -> int:
    """Writes the visible rows of ``row_ids`` as shadow plus pending changes.

    A row with neither a shadow nor pending changes (it left the rep's
    sight, or its creation was rejected) is removed locally, without a
    tombstone. A row with pending changes but no shadow is local work not yet
    confirmed and stays as it is.

    ``index``: bring the search index up to date with them (a first download
    leaves it to a build in steps once its rows are in, see
    ``search_index.PENDING_KEY``).

    Returns:
        How many rows were written.
    """
    dialect = connection.dialect
    c = codec(entity, dialect)
    now = utcnow()
    targets: dict[str, dict[str, Any]] = {}
    gone: list[str] = []
    for row_id in row_ids:
        target = target_of(shadows.get(row_id), entries.get(row_id, ()))
        if target is None:
            if not entries.get(row_id):
                gone.append(row_id)
            continue
        target.pop("id", None)  # target_of made it: ours to change
        if not target.keys() <= c.columns:
            target = {k: v for k, v in target.items() if k in c.columns}
        targets[row_id] = target
    if gone:
        for chunk in _chunks(gone):
            connection.exec_driver_sql(
                f"DELETE FROM {c.table.name} WHERE id IN ({_marks(len(chunk))})", tuple(chunk)
            )
    groups: dict[tuple[str, ...], list[tuple[str, dict[str, Any]]]] = {}
    for row_id, target in targets.items():
        groups.setdefault(tuple(sorted(target)), []).append((row_id, target))
    for keys, rows in groups.items():
        _upsert_rows(connection, c, keys, rows, now)
    kind = _INDEXED.get(entity)
    if index and kind is not None and (targets or gone):
        # Rows whose indexed fields are all in hand are indexed from those values
        # (reading them back and decoding their JSON cost as much again).
        fields = search_index.INDEXED_FIELDS[kind]
        known = {
            row_id: target
            for row_id, target in targets.items()
            if all(name in target for name in fields)
        }
        search_index.reindex(connection, kind, [*targets, *gone], known)
    return len(targets)


_INDEXED = {"account": search_index.KIND_ACCOUNT, "contact": search_index.KIND_CONTACT}


def _upsert_rows(
    connection: Connection,
    c: _Codec,
    keys: tuple[str, ...],
    rows: Sequence[tuple[str, dict[str, Any]]],
    now: datetime,
) -> None:
    """Inserts or updates whole rows with one ``executemany``; only ``keys`` are updated.

    Columns a row leaves out take their defaults on insert (as a flush would)
    and keep their value on update (a keep_local contact's personality).
    """
    dialect = connection.dialect
    columns = [col.key for col in c.table.columns]
    quote = dialect.identifier_preparer.quote
    updated = [k for k in keys if k != "id"]
    if "updated_at" in c.columns and "updated_at" not in updated:
        updated.append("updated_at")
    assignments = ", ".join(f"{quote(k)} = excluded.{quote(k)}" for k in updated)
    sql = (
        f"INSERT INTO {quote(c.table.name)} ({', '.join(quote(k) for k in columns)}) "
        f"VALUES ({_marks(len(columns))}) ON CONFLICT (id) DO UPDATE SET {assignments}"
    )
    bind = _binder(c, tuple(columns), keys, now)
    parameters = [bind(row_id, target) for row_id, target in rows]
    connection.exec_driver_sql(sql, parameters)


def _binder(
    c: _Codec, columns: tuple[str, ...], keys: tuple[str, ...], now: datetime
) -> Callable[[str, Mapping[str, Any]], tuple[Any, ...]]:
    """A function making the parameters of one row for :func:`_upsert_rows`.

    Generated for its columns, so that a value needing no conversion (most
    text) is read straight from the row: a first download binds millions of
    values, and a loop over a plan per value was a fifth of its time.
    """
    names: dict[str, Any] = {}
    parts: list[str] = []
    for n, name in enumerate(columns):
        process = c.processors.get(name)
        if name == "id":
            parts.append("row_id")
        elif name == "updated_at":
            names[f"_c{n}"] = process(now) if process else now
            parts.append(f"_c{n}")
        elif name in keys:
            if process is None and name not in c.temporal:
                parts.append(f"t[{name!r}]")
            else:
                names[f"_v{n}"] = _value_binder(c, name, process)
                parts.append(f"_v{n}(t[{name!r}])")
        elif name in c.made:
            made = c.made[name]
            names[f"_m{n}"] = (lambda m, p: lambda: p(m(None)) if p else m(None))(made, process)
            parts.append(f"_m{n}()")
        else:
            fixed = c.defaults.get(name)
            names[f"_c{n}"] = process(fixed) if process and fixed is not None else fixed
            parts.append(f"_c{n}")
    source = f"def bind(row_id, t):\n    return ({', '.join(parts)},)\n"
    exec(compile(source, f"<kamdesk binder {c.entity}>", "exec"), names)
    return names["bind"]  # type: ignore[no-any-return]


def _value_binder(c: _Codec, name: str, process: Any) -> Callable[[Any], Any]:
    """How one synced value of column ``name`` is bound (see :func:`_binder`)."""
    temporal = name in c.temporal
    made = name in c.made
    #: (last text, its bound value): many rows share a creation time
    last: list[Any] = [None, None]
    #: empty lists (no one shared with, no habitual times) are most of the JSON
    #: values: encoded once per type
    empties: dict[type, Any] = {}

    def bind(value: Any) -> Any:
        if value is None:
            return process(None) if made and process else None
        if temporal and isinstance(value, str):
            if last[0] != value:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
                last[0], last[1] = value, (process(parsed) if process else parsed)
            return last[1]
        if process is None:
            return value
        if not value and isinstance(value, list | dict):
            kind = type(value)
            if kind not in empties:
                empties[kind] = process(value)
            return empties[kind]
        return process(value)

    return bind


def recover_unknown_rows(connection: Connection) -> int:
    """After a fresh shadow: live local rows the hub does not have are sent again as new.

    Returns:
        How many rows were queued.
    """
    queued = 0
    for entity in SYNCED_MODELS:
        c = codec(entity, connection.dialect)
        ids = (
            connection.exec_driver_sql(
                f"SELECT id FROM {c.table.name} WHERE deleted = 0 "
                "AND id NOT IN (SELECT row_id FROM sync_shadow WHERE entity = ?) "
                "AND id NOT IN (SELECT row_id FROM sync_outbox WHERE entity = ? AND state IN (?, ?))",
                (entity, entity, STATE_PENDING, STATE_INFLIGHT),
            )
            .scalars()
            .all()
        )
        for chunk in _chunks(list(ids)):
            rows = connection.execute(
                select(*(c.table.c[name] for name in c.synced), c.table.c.id).where(
                    c.table.c.id.in_(chunk)
                )
            ).all()
            add_entries(
                connection,
                (
                    {
                        "local_txn": new_id(),
                        "entity": entity,
                        "row_id": row.id,
                        "op": OP_UPSERT,
                        "fields": {name: to_json_value(row._mapping[name]) for name in c.synced},
                        "base": {},
                    }
                    for row in rows
                ),
            )
            queued += len(rows)
    return queued


def keep_local_ids(connection: Connection, row_ids: Sequence[str]) -> set[str]:
    """The contacts among ``row_ids`` whose personality stays on this laptop."""
    found: set[str] = set()
    for chunk in _chunks(row_ids):
        found.update(
            connection.exec_driver_sql(
                f"SELECT id FROM contacts WHERE keep_local AND id IN ({_marks(len(chunk))})",
                tuple(chunk),
            ).scalars()
        )
    return found


def drop_rows(connection: Connection, entity: str, row_ids: Sequence[str]) -> None:
    """Removes rows that left the rep's sight (no tombstone: nothing to tell the hub)."""
    c = codec(entity, connection.dialect)
    for chunk in _chunks(row_ids):
        connection.exec_driver_sql(
            f"DELETE FROM {c.table.name} WHERE id IN ({_marks(len(chunk))})", tuple(chunk)
        )
    kind = _INDEXED.get(entity)
    if kind is not None and row_ids:
        search_index.reindex(connection, kind, row_ids)


# --- conflicts ------------------------------------------------------------------------


def store_conflicts(
    connection: Connection,
    conflicts: Iterable[Mapping[str, Any]],
    me: str,
    *,
    entity: str | None = None,
    row_id: str | None = None,
) -> int:
    """Keeps hub conflicts in SyncConflict (new ones added, resolved ones closed).

    Values are stored relative to ``me``: ``mine`` is the value the signed-in
    rep wrote (the losing one when they lost), ``theirs`` the other one.

    Returns:
        How many were new.
    """
    table = SyncConflict.__table__
    added = 0
    now = utcnow()
    for raw in conflicts:
        record = conflict_record(raw, me, entity=entity, row_id=row_id)
        if record is None:
            continue
        existing = connection.execute(
            select(table.c.conflict_id, table.c.resolved_at).where(
                table.c.conflict_id == record["conflict_id"]
            )
        ).first()
        resolved = record.pop("resolution_from_hub")
        if existing is None:
            if resolved:
                record["resolved_at"] = now
                record["resolution"] = resolved
            connection.execute(insert(table), [record])
            added += 0 if resolved else 1
        elif resolved and existing.resolved_at is None:
            connection.execute(
                table.update()
                .where(table.c.conflict_id == record["conflict_id"])
                .values(resolved_at=now, resolution=resolved)
            )
    return added


def conflict_record(
    raw: Mapping[str, Any], me: str, *, entity: str | None = None, row_id: str | None = None
) -> dict[str, Any] | None:
    """A SyncConflict row from a hub conflict object (tolerant of the shape's variants)."""
    conflict_id = raw.get("conflict_id")
    if conflict_id is None and "row_id" in raw:
        conflict_id = raw.get("id")
    if conflict_id is None:
        return None
    the_row = raw.get("row_id") or (raw.get("id") if "conflict_id" in raw else None) or row_id
    the_entity = raw.get("entity") or entity
    if the_row is None or the_entity is None:
        return None
    if "winner_value" in raw or "loser_value" in raw:
        winner_user = raw.get("winner_user")
        loser_user = raw.get("loser_user")
        if loser_user == me and winner_user != me:
            mine, theirs, winner, other = (
                raw.get("loser_value"),
                raw.get("winner_value"),
                "theirs",
                winner_user,
            )
        else:
            mine, theirs, winner, other = (
                raw.get("winner_value"),
                raw.get("loser_value"),
                "mine",
                loser_user,
            )
    else:
        mine, theirs = raw.get("mine"), raw.get("theirs")
        winner = raw.get("winner") if raw.get("winner") in ("mine", "theirs") else None
        other = raw.get("theirs_user")
    resolution = raw.get("resolution") or ("resolved" if raw.get("resolved") else None)
    if raw.get("resolved_at") and not resolution:
        resolution = "resolved"
    seq = raw.get("winner_seq", raw.get("seq", raw.get("theirs_seq")))
    return {
        "conflict_id": str(conflict_id),
        "entity": str(the_entity),
        "row_id": str(the_row),
        "field": str(raw.get("field") or "*"),
        "kind": str(raw.get("kind") or "overwrite"),
        "mine": _DUMPS(mine),
        "theirs": _DUMPS(theirs),
        "theirs_user": None if other is None else str(other),
        "winner": winner,
        "hub_seq": int(seq) if isinstance(seq, int) else None,
        "detected_at": utcnow(),
        "resolved_at": None,
        "resolution": None,
        "resolution_from_hub": resolution,
    }


def add_rejection(connection: Connection, entry: Entry, reason: str, current: Any) -> None:
    """A change the hub refused, kept as a local conflict so the rep sees (and keeps) it."""
    connection.execute(
        insert(SyncConflict.__table__),
        [
            {
                "conflict_id": f"local-{new_id()}",
                "entity": entry.entity,
                "row_id": entry.row_id,
                "field": "*",
                "kind": "rejected",
                "mine": _DUMPS({"op": entry.op, "fields": entry.fields, "reason": reason}),
                "theirs": _DUMPS(current),
                "theirs_user": None,
                "winner": "theirs",
                "hub_seq": None,
                "detected_at": utcnow(),
            }
        ],
    )


# --- helpers --------------------------------------------------------------------------


@contextmanager
def bulk(connection: Connection, rows: int, cache_mib: int = BULK_CACHE_MIB) -> Iterator[None]:
    """A large page: the connection's page cache raised and the cyclic GC paused meanwhile.

    The same reasons as :func:`kamdesk.models.capture.bulk_writing` (a page of
    thousands of rows makes millions of short-lived containers, none in a
    cycle); small pages (an everyday sync) are left alone.
    """
    if rows < BULK_ROWS:
        yield
        return
    cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-cache_mib * 1024}")
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")


BULK_ROWS = 500


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def dumps(value: Any) -> str:
    return _DUMPS(value)

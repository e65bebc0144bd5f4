"""Local sync bookkeeping (never synced itself).

See shared/research/sync-protocol.md section 7.2. The shadow holds the last
state the hub confirmed, with a hub sequence number per field; the outbox
holds pending local changes in the order they were made. What the UI shows
is the shadow with the pending changes applied on top.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, utcnow

OP_UPSERT = "upsert"
OP_DELETE = "delete"
OP_RESTORE = "restore"

STATE_PENDING = "pending"
STATE_INFLIGHT = "inflight"
STATE_REJECTED = "rejected"


class OutboxEntry(Base):
    """One pending local change to one row.

    ``mutation_id`` is never reused (``AUTOINCREMENT``), so the hub's ledger of
    (device, mutation) pairs stays valid across deletions of acknowledged entries.
    """

    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index("ix_sync_outbox_row", "entity", "row_id", "mutation_id"),
        {"sqlite_autoincrement": True},
    )

    mutation_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: changes made in one local transaction carry the same id; the hub applies them together
    local_txn: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(24))
    row_id: Mapped[str] = mapped_column(String(36))
    #: upsert | delete | restore
    op: Mapped[str] = mapped_column(String(8))
    #: changed fields and their new values (all fields when the row is new)
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: the hub sequence of each changed field as the editor saw it (absent: never synced)
    base: Mapped[dict[str, Any]] = mapped_column(default=dict)
    client_ts: Mapped[datetime] = mapped_column(default=utcnow)
    state: Mapped[str] = mapped_column(String(10), default=STATE_PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class ShadowRow(Base):
    """The hub-confirmed state of one synced row. Written only by the sync engine."""

    __tablename__ = "sync_shadow"

    entity: Mapped[str] = mapped_column(String(24), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    row_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: per field, the seq it was last changed at; None (JSON null) when every field
    #: is at ``row_seq`` (see :data:`UNIFORM_SEQS` and :func:`field_seqs`)
    field_seq: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=False, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


#: ``sync_shadow.field_seq`` of a row whose every field is at its row's seq (most
#: rows: every row a first download brings that was never edited since). The
#: per-field seqs are not written out: a first download's shadow is a third
#: smaller, and it is most of what a first download writes. JSON ``null``, so
#: the column still holds JSON.
UNIFORM_SEQS = "null"


def field_seqs(data: Mapping[str, Any], row_seq: int, stored: str | None) -> dict[str, int]:
    """The per-field seqs of a shadow row, from its stored ``field_seq`` text."""
    if stored == UNIFORM_SEQS:
        return dict.fromkeys(data, row_seq)
    return orjson.loads(stored) if stored else {}


class SyncConflict(Base):
    """A value that lost a concurrent edit, kept so that nobody's work is lost."""

    __tablename__ = "sync_conflicts"

    conflict_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(24))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    #: overwrite | edit_on_deleted | rejected
    kind: Mapped[str] = mapped_column(String(24))
    #: JSON-encoded values
    mine: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str | None] = mapped_column(Text)
    theirs_user: Mapped[str | None] = mapped_column(Text)
    winner: Mapped[str | None] = mapped_column(String(8))
    hub_seq: Mapped[int | None] = mapped_column(Integer)
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolution: Mapped[str | None] = mapped_column(String(16))


class SyncState(Base):
    """Key-value sync state: device id, hub id, cursor, last success, last error."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DemoAccount(Base):
    """An account that demo data added (:func:`kamdesk.services.demo.generate_demo`).

    While any is listed the data directory does not sync: demo companies must
    never reach the office hub. :func:`kamdesk.services.demo.remove_demo`
    takes them out, with every row of theirs, and empties the list.
    """

    __tablename__ = "demo_accounts"

    account_id: Mapped[str] = mapped_column(String(36), primary_key=True)

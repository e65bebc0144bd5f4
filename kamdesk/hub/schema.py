"""The hub store's tables (SQLAlchemy Core; the hub needs no ORM objects).

Domain rows of every synced entity live in one generic table, ``hub_rows``:
the hub never interprets a field beyond ``account_id``, ``owner_id`` and
``shared_with``, so the client's schema can grow without a hub migration.

* ``sync_meta``: one row. ``seq`` is the last sequence number handed out;
  every writing transaction locks this row first (Option A of the research
  note, section 7.4), so sequence order is commit order. ``hub_id`` is the
  epoch: cursors of another ``hub_id`` are refused.
* ``hub_rows``: the state of each synced row, with the sequence of its last
  change (``row_seq``), a sequence per field (``field_seq``) and who changed
  each field when (``field_meta``). Tombstones stay (``deleted``); the
  ``deleted_seq`` of an account's delete is copied into ``deleted_with`` of
  the children it took along, so restoring the account restores exactly those.
* ``hub_access``: who may see an account besides managers (owner and shares),
  kept with the account row; pulls join it.
* ``hub_exits``: rows a user lost sight of, at the sequence of that change.
* ``hub_ledger``: one entry per (device, mutation id) with the SHA-256 of the
  mutation and its result; no payload is kept.
* ``hub_conflicts``: the losing values, for both users to see and resolve.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

#: JSON on SQLite, JSONB on PostgreSQL.
Json = JSON().with_variant(JSONB(), "postgresql")

sync_meta = Table(
    "sync_meta",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("hub_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

hub_users = Table(
    "hub_users",
    metadata,
    Column("name", String(64), primary_key=True),
    #: rep | manager
    Column("role", String(16), nullable=False),
    #: argon2id hash (PHC string)
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)

hub_devices = Table(
    "hub_devices",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("user_name", String(64), nullable=False, index=True),
    Column("label", Text, nullable=False, default=""),
    Column("app_version", String(64), nullable=False, default=""),
    #: SHA-256 of the bearer token, hex; the token itself is never stored
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("last_mutation_id", BigInteger, nullable=False, default=0),
    #: server clock minus client clock, measured at hello and push
    Column("clock_offset_ms", BigInteger),
    Column("schema_version", Integer),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
    #: the device that replaced this one (POST /v1/devices/rotate)
    Column("replaced_by", String(36)),
)

hub_rows = Table(
    "hub_rows",
    metadata,
    Column("entity", String(24), primary_key=True),
    Column("id", String(36), primary_key=True),
    Column("account_id", String(36), nullable=False, index=True),
    Column("data", Json, nullable=False),
    Column("field_seq", Json, nullable=False),
    Column("field_meta", Json, nullable=False),
    Column("row_seq", BigInteger, nullable=False, unique=True),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("deleted_seq", BigInteger),
    Column("deleted_with", BigInteger),
)

hub_access = Table(
    "hub_access",
    metadata,
    Column("account_id", String(36), primary_key=True),
    Column("user_name", String(64), primary_key=True),
    Index("ix_hub_access_user", "user_name", "account_id"),
)

hub_exits = Table(
    "hub_exits",
    metadata,
    Column("user_name", String(64), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("entity", String(24), primary_key=True),
    Column("id", String(36), primary_key=True),
)

hub_ledger = Table(
    "hub_ledger",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("mid", BigInteger, primary_key=True),
    Column("payload_sha256", String(64), nullable=False),
    Column("status", String(24), nullable=False),
    #: {status, reason?, message?, conflicts: [...]}: what the push answered
    Column("result", Json, nullable=False),
    Column("seq", BigInteger),
    Column("received_at", DateTime(timezone=True), nullable=False),
)

hub_conflicts = Table(
    "hub_conflicts",
    metadata,
    Column("conflict_id", String(36), primary_key=True),
    Column("entity", String(24), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("account_id", String(36), nullable=False, index=True),
    Column("field", String(64), nullable=False),
    #: overwrite | text_fork | edit_on_deleted
    Column("kind", String(24), nullable=False),
    Column("winner_value", Json),
    Column("loser_value", Json),
    Column("winner_user", String(64)),
    Column("winner_device", String(36)),
    Column("loser_user", String(64)),
    Column("loser_device", String(36)),
    Column("loser_mid", BigInteger),
    Column("base_seq", BigInteger),
    Column("winner_seq", BigInteger),
    #: bumped when the conflict is made and when it is resolved, so pulls deliver both
    Column("seq", BigInteger, nullable=False, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("resolved_at", DateTime(timezone=True)),
    Column("resolved_by", String(64)),
    #: keep | use_other | restore
    Column("resolution", String(16)),
    #: a row's conflicts: settled when it is restored, looked up when it is deleted
    Index("ix_hub_conflicts_row", "row_id", "entity"),
)

hub_content = Table(
    "hub_content",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("document", Json, nullable=False),
    Column("published_by", String(64), nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
)

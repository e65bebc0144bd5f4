"""hub store: meta, users, devices, rows, access, exits, ledger, conflicts, content

Revision ID: 0001
Revises:
Create Date: 2026-11-26 23:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")
Stamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sync_meta",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hub_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_meta"),
    )
    op.create_table(
        "hub_users",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("revoked_at", Stamp),
        sa.PrimaryKeyConstraint("name", name="pk_hub_users"),
    )
    op.create_table(
        "hub_devices",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("app_version", sa.String(64), nullable=False),
        sa.Column("token_sha256", sa.String(64), nullable=False),
        sa.Column("last_mutation_id", sa.BigInteger(), nullable=False),
        sa.Column("clock_offset_ms", sa.BigInteger()),
        sa.Column("schema_version", sa.Integer()),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("last_seen_at", Stamp),
        sa.Column("revoked_at", Stamp),
        sa.Column("replaced_by", sa.String(36)),
        sa.PrimaryKeyConstraint("device_id", name="pk_hub_devices"),
        sa.UniqueConstraint("token_sha256", name="uq_hub_devices_token_sha256"),
    )
    op.create_index("ix_hub_devices_user_name", "hub_devices", ["user_name"])
    op.create_table(
        "hub_rows",
        sa.Column("entity", sa.String(24), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("field_seq", Json, nullable=False),
        sa.Column("field_meta", Json, nullable=False),
        sa.Column("row_seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_seq", sa.BigInteger()),
        sa.Column("deleted_with", sa.BigInteger()),
        sa.PrimaryKeyConstraint("entity", "id", name="pk_hub_rows"),
        sa.UniqueConstraint("row_seq", name="uq_hub_rows_row_seq"),
    )
    op.create_index("ix_hub_rows_account_id", "hub_rows", ["account_id"])
    op.create_table(
        "hub_access",
        sa.Column("account_id", sa.String(36), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("account_id", "user_name", name="pk_hub_access"),
    )
    op.create_index("ix_hub_access_user", "hub_access", ["user_name", "account_id"])
    op.create_table(
        "hub_exits",
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(24), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("user_name", "seq", "entity", "id", name="pk_hub_exits"),
    )
    op.create_table(
        "hub_ledger",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("mid", sa.BigInteger(), nullable=False),
        sa.Column("payload_sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("result", Json, nullable=False),
        sa.Column("seq", sa.BigInteger()),
        sa.Column("received_at", Stamp, nullable=False),
        sa.PrimaryKeyConstraint("device_id", "mid", name="pk_hub_ledger"),
    )
    op.create_table(
        "hub_conflicts",
        sa.Column("conflict_id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(24), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("winner_value", Json),
        sa.Column("loser_value", Json),
        sa.Column("winner_user", sa.String(64)),
        sa.Column("winner_device", sa.String(36)),
        sa.Column("loser_user", sa.String(64)),
        sa.Column("loser_device", sa.String(36)),
        sa.Column("loser_mid", sa.BigInteger()),
        sa.Column("base_seq", sa.BigInteger()),
        sa.Column("winner_seq", sa.BigInteger()),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("resolved_at", Stamp),
        sa.Column("resolved_by", sa.String(64)),
        sa.Column("resolution", sa.String(16)),
        sa.PrimaryKeyConstraint("conflict_id", name="pk_hub_conflicts"),
    )
    op.create_index("ix_hub_conflicts_account_id", "hub_conflicts", ["account_id"])
    op.create_index("ix_hub_conflicts_seq", "hub_conflicts", ["seq"])
    op.create_table(
        "hub_content",
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document", Json, nullable=False),
        sa.Column("published_by", sa.String(64), nullable=False),
        sa.Column("published_at", Stamp, nullable=False),
        sa.PrimaryKeyConstraint("kind", "version", name="pk_hub_content"),
    )


def downgrade() -> None:
    for table in (
        "hub_content",
        "hub_conflicts",
        "hub_ledger",
        "hub_exits",
        "hub_access",
        "hub_rows",
        "hub_devices",
        "hub_users",
        "sync_meta",
    ):
        op.drop_table(table)

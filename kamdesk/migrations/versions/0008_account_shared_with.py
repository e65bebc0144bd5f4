"""account shared_with

The user names of the reps an account is shared with (besides its owner), a
synced field: the hub decides from it who may see the account and its rows.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild); existing accounts are shared with nobody.
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("shared_with", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("shared_with")

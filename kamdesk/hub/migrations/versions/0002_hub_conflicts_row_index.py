"""index of a row's conflicts (settled on restore, looked up on delete)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 02:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_hub_conflicts_row", "hub_conflicts", ["row_id", "entity"])


def downgrade() -> None:
    op.drop_index("ix_hub_conflicts_row", table_name="hub_conflicts")

"""demo accounts

The accounts demo data added. While any is listed the data directory does not
sync (demo companies must never reach the office hub); removing the demo data
takes them out with all their rows. A data directory that already holds demo
data from an older kamdesk cannot tell it apart and lists nothing.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "demo_accounts",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_demo_accounts")),
    )


def downgrade() -> None:
    op.drop_table("demo_accounts")

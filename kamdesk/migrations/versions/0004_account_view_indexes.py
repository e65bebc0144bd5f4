"""account view indexes

The accounts view lists, filters and sorts 100,000 accounts: which are live
and pass a filter comes from ``ix_accounts_listing`` alone (a covering index,
so the wide rows are not read), and each account's last visit done, next
visit planned and earliest open task are index lookups.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 19:30:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_LISTING = [
    "deleted",
    "id",
    "name",
    "short_name",
    "industry",
    "region",
    "category",
    "lifecycle_class",
    "tier",
    "milestone",
    "owner_id",
]


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index("ix_accounts_listing", _LISTING, unique=False)
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visits_status_account_start",
            ["status", "deleted", "account_id", "start"],
            unique=False,
        )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tasks_open_account_due", ["done", "deleted", "account_id", "due"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_tasks_open_account_due")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_status_account_start")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index("ix_accounts_listing")

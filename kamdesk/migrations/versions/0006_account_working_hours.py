"""account working hours

The working day (and lunch break) of an account's people, which the call
timing rules use for contacts without hours of their own.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_COLUMNS = ("work_start", "work_end", "lunch_start", "lunch_end")


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        for name in _COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=5), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        for name in reversed(_COLUMNS):
            batch_op.drop_column(name)

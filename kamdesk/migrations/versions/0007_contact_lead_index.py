"""contact lead index

Each account's live contacts in the order the call list picks whom to call
(a decision maker, an influencer, someone the rep knows, then by name), so
that an account's lead contact is one step into an index instead of a sort of
its contacts: the call list reads it for every account with a follow-up due.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 23:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_contacts_lead",
        "contacts",
        [
            "account_id",
            sa.text(
                "(CASE decision_role WHEN 'decision_maker' THEN 0"
                " WHEN 'influencer' THEN 1 ELSE 2 END)"
            ),
            sa.text("known_to_rep DESC"),
            "name",
            "id",
        ],
        sqlite_where=sa.text("deleted = 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_lead", table_name="contacts")

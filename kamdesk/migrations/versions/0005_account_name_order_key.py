"""account name order key

The accounts view lists every account in pinyin order of its name, and
spelling 100,000 names in Python took half a second or more before the
view's first rows could paint. Each account's search index entry now keeps
its name's key (``search_docs.name_key``, see
``kamdesk.models.search_index.name_order_key``), indexed with its kind and
entity id, so the order is a walk of ``ix_search_docs_kind_name_key`` alone.

The index is derived, local data: no synced table changes. Databases made
by 0002 since this revision already have the column (0002's rebuild writes
it); older ones get it here, filled for the accounts already indexed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 21:30:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from kamdesk.models.search_index import name_order_key

    bind = op.get_bind()
    columns = {row[1] for row in bind.exec_driver_sql("PRAGMA table_info(search_docs)")}
    if "name_key" not in columns:
        # A column added to a local table with no constraint: SQLite's own
        # ALTER TABLE does it in place (batch mode is for the synced tables).
        op.execute("ALTER TABLE search_docs ADD COLUMN name_key TEXT")
    rows = bind.exec_driver_sql(
        "SELECT d.doc_id, a.name FROM search_docs d JOIN accounts a ON a.id = d.entity_id "
        "WHERE d.kind = 'account' AND d.name_key IS NULL"
    ).all()
    if rows:
        bind.exec_driver_sql(
            "UPDATE search_docs SET name_key = ? WHERE doc_id = ?",
            [(name_order_key(name or ""), doc_id) for doc_id, name in rows],
        )
    # Covering: the order is read from the index alone, not from the wide rows.
    op.execute(
        "CREATE INDEX ix_search_docs_kind_name_key ON search_docs (kind, name_key, entity_id)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_search_docs_kind_name_key")
    # The column stays: 0002 (as it is now) makes it, and nothing reads it below here.

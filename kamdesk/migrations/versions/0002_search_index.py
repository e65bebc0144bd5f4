"""search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 18:00:00

The local search index of kamdesk/models/search_index.py (derived, never
synced): ``search_docs``, one row per live account and contact; the FTS5
trigram tables ``search_accounts_fts`` and ``search_contacts_fts`` and
their fts5vocab tables; ``search_keys``, the pinyin keys. Rows that exist already are indexed here, so an
upgraded database finds them at once.

None of these tables is in the ORM metadata; env.py keeps autogenerate away
from them (``search_index.is_index_table``).
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: (FTS5 table, fts5vocab table, columns) as in search_index.FTS_TABLES at 0002
_FTS = (
    (
        "search_accounts_fts",
        "search_accounts_vocab",
        ("name", "short_name", "notes", "phones", "chars"),
    ),
    (
        "search_contacts_fts",
        "search_contacts_vocab",
        ("name", "title", "notes", "phones", "chars"),
    ),
)


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE search_docs (
            doc_id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            keys TEXT NOT NULL DEFAULT '',
            name_key TEXT
        )
        """
    )
    op.execute("CREATE UNIQUE INDEX ux_search_docs_entity_id ON search_docs (entity_id)")
    op.execute("CREATE INDEX ix_search_docs_kind_sort_key ON search_docs (kind, sort_key)")
    op.execute(
        """
        CREATE TABLE search_keys (
            key TEXT NOT NULL,
            doc_id INTEGER NOT NULL,
            pos INTEGER NOT NULL,
            PRIMARY KEY (key, doc_id)
        ) WITHOUT ROWID
        """
    )
    for fts, vocab, columns in _FTS:
        # columnsize=0: nothing here ranks by BM25, so no per-row sizes to write.
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5("
            f"{', '.join(columns)}, tokenize='trigram', columnsize=0)"
        )
        op.execute(f"CREATE VIRTUAL TABLE {vocab} USING fts5vocab({fts}, 'row')")

    # name_key: added here because the rebuild below (today's code) writes it;
    # 0005 adds it, and its index, to databases made before.
    # Index what is there. rebuild() reads only columns that exist since 0001.
    from kamdesk.models import search_index

    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    for fts, vocab, _columns in _FTS:
        op.execute(f"DROP TABLE IF EXISTS {vocab}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
    op.execute("DROP TABLE IF EXISTS search_keys")
    op.execute("DROP TABLE IF EXISTS search_docs")

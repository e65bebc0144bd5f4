"""The hub store: its migrations build exactly the tables kamdesk/hub/schema.py describes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select

from kamdesk.hub.db import VERSION_TABLE, create_hub_engine, head_revision, normalise_url, upgrade
from kamdesk.hub.schema import metadata, sync_meta


def test_migrations_match_the_schema_and_upgrading_twice_changes_nothing(
    database_url: str,
) -> None:
    engine = create_hub_engine(database_url)
    try:
        upgrade(engine)
        upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"version_table": VERSION_TABLE, "compare_type": True}
            )
            assert compare_metadata(context, metadata) == []
            assert context.get_current_revision() == head_revision()
            metas = connection.execute(select(sync_meta)).all()
        assert [(m.id, m.seq) for m in metas] == [(1, 0)]
        assert VERSION_TABLE in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_database_urls() -> None:
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("/tmp/hub.sqlite3") == "sqlite:////tmp/hub.sqlite3"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"

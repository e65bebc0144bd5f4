"""Alembic environment: runs on the connection kamdesk hands it, in batch mode."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kamdesk.models import Base
from kamdesk.models.search_index import is_index_table

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # `alembic` run by hand during development: -x url=sqlite:///file
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///kamdesk-dev.sqlite3")
        with create_engine(url).begin() as own:
            _configure_and_run(own)
        return
    _configure_and_run(connection)


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate ignores the search index: FTS5 tables are not in the metadata."""
    return not (type_ == "table" and name is not None and is_index_table(name))


def _configure_and_run(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()

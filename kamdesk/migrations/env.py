"""Alembic environment: runs on the connection kamdesk hands it, in batch mode."""

from __future__ import annotations

import warnings

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.exc import SAWarning

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


#: Indexes on expressions, which SQLAlchemy does not reflect from SQLite: autogenerate
#: would always see them missing. tests/test_store.py checks them in sqlite_master.
EXPRESSION_INDEXES = frozenset({"ix_contacts_lead"})


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate ignores the search index (FTS5 tables are not in the metadata) and
    the indexes on expressions."""
    if type_ == "index" and name in EXPRESSION_INDEXES:
        return False
    return not (type_ == "table" and name is not None and is_index_table(name))


def _include_object(
    item: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (type_ == "index" and name in EXPRESSION_INDEXES)


def _configure_and_run(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=_include_name,
        include_object=_include_object,
    )
    with context.begin_transaction(), warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", "Skipped unsupported reflection of expression-based index", SAWarning
        )
        warnings.filterwarnings(
            "ignore", "autogenerate skipping metadata-specified expression-based index"
        )
        context.run_migrations()


run_migrations()

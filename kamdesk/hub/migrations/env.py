"""Alembic environment of the hub store: runs on the connection the hub hands it."""

from __future__ import annotations

from alembic import context

from kamdesk.hub.db import VERSION_TABLE
from kamdesk.hub.schema import metadata

config = context.config


def run_migrations() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()

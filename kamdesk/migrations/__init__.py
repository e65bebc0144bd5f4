"""Alembic migrations of the local database (batch mode: SQLite cannot alter tables)."""

"""Alembic migrations of the hub store (separate from the desktop book's)."""

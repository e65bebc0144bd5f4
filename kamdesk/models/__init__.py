"""SQLAlchemy models of the local store (no Qt, no services)."""

from kamdesk.models.base import Base, SyncedMixin, new_id, utcnow
from kamdesk.models.entities import (
    SYNCED_MODELS,
    Account,
    Call,
    Contact,
    Score,
    SpecialDate,
    Task,
    Visit,
)
from kamdesk.models.sync import DemoAccount, OutboxEntry, ShadowRow, SyncConflict, SyncState

__all__ = [
    "SYNCED_MODELS",
    "Account",
    "Base",
    "Call",
    "Contact",
    "DemoAccount",
    "OutboxEntry",
    "Score",
    "ShadowRow",
    "SpecialDate",
    "SyncConflict",
    "SyncState",
    "SyncedMixin",
    "Task",
    "Visit",
    "new_id",
    "utcnow",
]

"""The sync client: push the rep's changes to the office hub, pull the team's.

No Qt here; the window runs these in a worker thread. The public API:

* :func:`login` (token to the OS keyring only), :func:`logout`;
* :func:`run_sync` (one sync, with :class:`~kamdesk.cancel.CancelToken` and a
  progress callback) → :class:`SyncResult`;
* :func:`sync_status` → :class:`SyncStatus` (pending changes, open conflicts,
  last successful sync, last error, hub, user);
* :func:`list_conflicts` → :class:`ConflictView` list, :func:`resolve_conflict`;
* the errors of :mod:`kamdesk.sync.errors`, each with a message for the rep.

The engine is in :mod:`kamdesk.sync.engine`, the SQLite side (shadow,
outbox, publish) in :mod:`kamdesk.sync.local`, HTTP in
:mod:`kamdesk.sync.transport`.
"""

from __future__ import annotations

from typing import Any

from kamdesk.sync.errors import (
    DemoDataPresent,
    HubFailed,
    HubUnreachable,
    LocalStoreBusy,
    NoKeyring,
    NotSignedIn,
    SignInRequired,
    SyncBusy,
    SyncCancelled,
    SyncError,
    TooManySignInAttempts,
    UpgradeRequired,
    UserRevoked,
    WrongPassword,
)
from kamdesk.sync.status import (
    RESOLUTIONS,
    ConflictView,
    SyncStatus,
    list_conflicts,
    resolve_conflict,
    sync_status,
)

__all__ = [
    "RESOLUTIONS",
    "ConflictView",
    "DemoDataPresent",
    "HubFailed",
    "HubUnreachable",
    "LocalStoreBusy",
    "LoginResult",
    "NoKeyring",
    "NotSignedIn",
    "SignInRequired",
    "SyncBusy",
    "SyncCancelled",
    "SyncError",
    "SyncResult",
    "SyncStatus",
    "TooManySignInAttempts",
    "UpgradeRequired",
    "UserRevoked",
    "WrongPassword",
    "list_conflicts",
    "login",
    "logout",
    "resolve_conflict",
    "run_sync",
    "sync_status",
]

#: What comes from the engine, imported when first asked for: the engine brings httpx
#: and keyring (some 30 MB), which a window that only shows the sync status never needs.
_FROM_ENGINE = frozenset({"LoginResult", "SyncResult", "login", "logout", "run_sync"})


def __getattr__(name: str) -> Any:
    if name in _FROM_ENGINE:
        from kamdesk.sync import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

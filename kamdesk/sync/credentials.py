"""The device token lives in the OS keyring, and only there.

Never in a file, a setting, the database or a log (DESIGN.md, sync invariant
10). The keyring entry is service ``kamdesk``, user ``NAME@HUB-URL``, so one
laptop can be signed in to two hubs or as two users. When no usable keyring
backend exists (``keyring.backends.fail``, the null backend, or a chainer with
nothing in it) :class:`~kamdesk.sync.errors.NoKeyring` is raised and nothing
is stored anywhere.
"""

from __future__ import annotations

import contextlib
from typing import Any

import keyring
import keyring.errors

from kamdesk.sync.errors import NoKeyring

SERVICE = "kamdesk"


def entry_name(hub_url: str, user: str) -> str:
    """The keyring user name of the token for ``user`` on ``hub_url``."""
    return f"{user}@{normalise_url(hub_url)}"


def normalise_url(hub_url: str) -> str:
    """The hub URL without trailing slashes, as stored and as the key of its token."""
    return hub_url.strip().rstrip("/")


def usable_backend() -> Any | None:
    """The keyring backend in use, or ``None`` when it cannot keep a secret."""
    from keyring.backends import chainer, fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    try:
        from keyring.backends import null

        if isinstance(backend, null.Keyring):
            return None
    except ImportError:  # pragma: no cover - every keyring release we support has it
        pass
    if getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def require_keyring() -> None:
    """Raises :class:`NoKeyring` unless a usable keyring backend is in place."""
    if usable_backend() is None:
        raise NoKeyring("no keyring backend")


def store_token(hub_url: str, user: str, token: str) -> None:
    """Keeps ``token`` in the keyring.

    Raises:
        NoKeyring: no usable keyring, or it refused the secret; nothing was stored.
    """
    require_keyring()
    try:
        keyring.set_password(SERVICE, entry_name(hub_url, user), token)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(type(exc).__name__) from None


def load_token(hub_url: str, user: str) -> str | None:
    """The token kept for ``user`` on ``hub_url``; ``None`` if there is none (or no keyring)."""
    if usable_backend() is None:
        return None
    try:
        return keyring.get_password(SERVICE, entry_name(hub_url, user))
    except keyring.errors.KeyringError:
        return None


def forget_token(hub_url: str, user: str) -> None:
    """Removes the token (signing out); no error when there is none."""
    if usable_backend() is None:
        return
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, entry_name(hub_url, user))

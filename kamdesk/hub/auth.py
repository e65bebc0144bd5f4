"""Passwords (argon2id), device tokens (only their SHA-256 is stored) and login throttling."""

from __future__ import annotations

import base64
import hashlib
import math
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters

#: Verified against when the user does not exist, so an unknown name costs as
#: much time as a wrong password and names cannot be probed by timing.
_DUMMY_HASH = _hasher.hash("kamdesk: no such user")

MIN_PASSWORD_LENGTH = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; ``None`` (no such user) never does, in the same time."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    """32 random bytes, URL-safe base64 without padding."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode("ascii")


def token_digest(token: str) -> str:
    """The SHA-256 of a token, hex: what the hub stores and looks tokens up by."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class LoginThrottle:
    """Counts failed logins per user name and per client address in a sliding window.

    A key with ``limit`` failures within ``window`` seconds is refused until
    the oldest of them leaves the window; :meth:`retry_after` says how long.
    A successful login clears the user name's failures (not the address's).
    """

    def __init__(
        self,
        per_user: int = 5,
        per_address: int = 20,
        window: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limits = {"user": per_user, "address": per_address}
        self.window = window
        self.clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _prune(self, key: tuple[str, str], now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        if not failures:
            del self._failures[key]
            return deque()
        return failures

    def retry_after(self, user: str, address: str) -> int:
        """Seconds to wait before another attempt may be made (0: go ahead)."""
        now = self.clock()
        wait = 0.0
        with self._lock:
            for kind, value in (("user", user.casefold()), ("address", address)):
                failures = self._prune((kind, value), now)
                if len(failures) >= self.limits[kind]:
                    oldest = failures[len(failures) - self.limits[kind]]
                    wait = max(wait, oldest + self.window - now)
        return math.ceil(wait) if wait > 0 else 0

    def failed(self, user: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            for key in (("user", user.casefold()), ("address", address)):
                self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, user: str) -> None:
        with self._lock:
            self._failures.pop(("user", user.casefold()), None)

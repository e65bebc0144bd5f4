"""Progress and cancellation for long work, with no Qt dependency.

Services that run long (import, demo data, batch PDF, sync) take a
:class:`CancelToken` and a :data:`Progress` callback; the UI's task runner
passes its own and turns the callbacks into signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

#: ``progress(done, total, message)``; ``total`` is 0 when unknown.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str = "") -> None:
    """A progress callback that ignores what it is told."""


class Cancelled(Exception):
    """Raised inside long work when its token was cancelled."""


class CancelToken:
    """A thread-safe flag that long work checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raises :class:`Cancelled` if :meth:`cancel` was called."""
        if self._event.is_set():
            raise Cancelled()

"""One kamdesk at a time per data directory.

The lock is an OS file lock (``flock`` on POSIX, ``msvcrt.locking`` on
Windows) on ``kamdesk.lock`` in the data directory. The operating system
releases it when the process ends, however it ends, so a crash never leaves
a stale lock behind. The file holds the owner's process id for the message.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from kamdesk.errors import StoreProblem, StoreProblemKind
from kamdesk.i18n import translate


class InstanceLock:
    """An exclusive, non-blocking lock on a data directory."""

    def __init__(self, path: Path, database: Path) -> None:
        self.path = path
        self.database = database
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> InstanceLock:
        """Takes the lock or raises :class:`StoreProblem` (``LOCKED``) naming the holder."""
        if self._handle is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the lock's life
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            handle.close()
            raise StoreProblem(
                StoreProblemKind.LOCKED,
                self.database,
                translate("errors", "process %1").replace("%1", holder),
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

"""The data directory as the window sees it: the store, the task runner, change notices.

Pages never open sessions themselves: they hand a function of a session to
:meth:`DataContext.read` (or :meth:`DataContext.write`), which runs it on the
task runner's database worker and brings the result back to the GUI thread.
After work that changes data the context emits :attr:`DataContext.data_changed`
and each page refreshes what it shows (Anki's "operation did execute").

The store itself may be opened on the worker too (:meth:`DataContext.open_on_worker`),
so that the window shows before SQLAlchemy is even imported; until then
:attr:`DataContext.is_open` is False and pages wait for ``data_changed``.
This module therefore imports nothing of the store layer at load time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QThread, Signal

from kamdesk.locking import InstanceLock
from kamdesk.paths import DataPaths
from kamdesk.ui.tasks import TaskContext, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.store import Store

T = TypeVar("T")


class DataContext(QObject):
    """The store of one data directory and the runner that works on it.

    ``store`` is set (and replaced, after a restore) by the database worker;
    tasks read it when they run, on that worker, so they always use the
    current one.

    Signals:
        data_changed: the store was opened, or data was changed by something
            other than a page's own edit (demo data, a restore); every page reloads.
        read_failed(str): a background read failed; the message is for the user.
    """

    data_changed = Signal()
    read_failed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        paths: DataPaths,
        store: Store | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.paths = paths
        self.store = store
        self._closing = False

    @property
    def is_open(self) -> bool:
        """True once the store is open (reads submitted now will find it)."""
        return self.store is not None

    @property
    def closing(self) -> bool:
        """True once :meth:`shutdown` began: no new work is started."""
        return self._closing

    def shutdown(self, timeout_ms: int) -> bool:
        """Starts no new work, then shuts the runner down (see ``TaskRunner.shutdown``).

        Results that arrive during the wait may still make pages ask for more
        (a finished demo fill asks every page to reload); those requests are
        dropped instead of failing on a runner that no longer runs anything.
        """
        self._closing = True
        return self.runner.shutdown(timeout_ms)

    def _current(self) -> Store:
        if self.store is None:
            raise RuntimeError("the data directory is not open")
        return self.store

    def read(
        self,
        fn: Callable[[Session], T],
        *,
        label: str,
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], object] | None = None,
    ) -> TaskHandle | None:
        """Runs ``fn(session)`` in a read-only session on the database worker.

        A failure without ``on_error`` is reported through :attr:`read_failed`.
        Returns None (and runs nothing) once the window is closing.
        """

        def work(ctx: TaskContext) -> T:
            with self._current().reading() as session:
                return fn(session)

        return self._submit(
            work, label=label, on_done=on_done, on_error=on_error or self._on_read_error
        )

    def write(
        self,
        fn: Callable[[Session, TaskContext], T],
        *,
        label: str,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_progress: Callable[[int, int, str], object] | None = None,
    ) -> TaskHandle | None:
        """Runs ``fn(session, ctx)`` as one unit of work on the database worker.

        Everything ``fn`` writes is committed together, or nothing is (an
        error or a cancel rolls it all back).
        """

        def work(ctx: TaskContext) -> T:
            with self._current().unit_of_work() as session:
                return fn(session, ctx)

        return self._submit(
            work, label=label, on_done=on_done, on_error=on_error, on_progress=on_progress
        )

    def run(
        self,
        fn: Callable[[TaskContext], T],
        *,
        label: str,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
    ) -> TaskHandle | None:
        """Runs ``fn(ctx)`` on the database worker, for work on the files (backup, restore)."""
        return self._submit(fn, label=label, on_done=on_done, on_error=on_error)

    def _submit(
        self,
        fn: Callable[[TaskContext], T],
        *,
        label: str,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_progress: Callable[[int, int, str], object] | None = None,
    ) -> TaskHandle | None:
        if QThread.currentThread() != self.thread():
            raise RuntimeError("DataContext is used from the GUI thread only")
        if self._closing:
            return None
        try:
            return self.runner.run_db(
                fn, label=label, on_done=on_done, on_error=on_error, on_progress=on_progress
            )
        except RuntimeError:
            # Right thread, so the runner has shut down: it does so by itself when
            # the application is about to quit, and results it delivers then may
            # still ask for more work. Nothing more runs now.
            self._closing = True
            return None

    # -- on the database worker ---------------------------------------------------------

    def open_on_worker(self, lock: InstanceLock) -> Store:
        """Opens (checks, migrates, backs up) the store under ``lock``, which the caller holds.

        Raises:
            StoreProblem: the database cannot be opened; nothing was written to it.
        """
        from kamdesk.store import open_store

        store = open_store(self.paths, lock=False)
        store.lock = lock
        self.store = store
        return store

    def restore_on_worker(self, source: Path) -> Path | None:
        """Replaces the database with the backup ``source`` and reopens it.

        The instance lock stays held throughout: the engine is disposed, the
        file restored (:func:`kamdesk.store.restore_database` keeps the
        current database as a backup), and a new store, migrated if the
        backup is older, takes over the lock.

        Returns:
            Where the previous database was kept, or None.
        """
        from kamdesk.store import open_store, restore_database

        current = self._current()
        current.engine.dispose()
        kept = restore_database(self.paths, source)
        fresh = open_store(self.paths, lock=False)
        fresh.lock, current.lock = current.lock, None
        self.store = fresh
        return kept

    def close(self) -> None:
        """Disposes the store and releases its lock. Call after the runner is shut down."""
        if self.store is not None:
            self.store.close()
            self.store = None

    def _on_read_error(self, error: BaseException) -> None:
        from kamdesk.ui.messages import describe_error

        self.read_failed.emit(describe_error(error))

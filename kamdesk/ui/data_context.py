"""The open data directory as the window sees it: the store, the task runner, change notices.

Pages never open sessions themselves: they hand a function of a session to
:meth:`DataContext.read` (or :meth:`DataContext.write`), which runs it on the
task runner's database worker and brings the result back to the GUI thread.
After work that changes data the context emits :attr:`DataContext.data_changed`
and each page refreshes what it shows (Anki's "operation did execute").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from kamdesk.paths import DataPaths
from kamdesk.store import Store, open_store, restore_database
from kamdesk.ui.tasks import TaskContext, TaskHandle, TaskRunner

T = TypeVar("T")


class DataContext(QObject):
    """The store of one data directory and the runner that works on it.

    ``store`` may be replaced (after a restore) by the database worker; tasks
    read it when they run, on that worker, so they always use the current one.

    Signals:
        data_changed: data was changed by something other than a page's own
            edit (demo data, a restore); every page reloads.
        read_failed(str): a background read failed; the message is for the user.
    """

    data_changed = Signal()
    read_failed = Signal(str)

    def __init__(self, store: Store, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner

    @property
    def paths(self) -> DataPaths:
        return self.store.paths

    def read(
        self,
        fn: Callable[[Session], T],
        *,
        label: str,
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], object] | None = None,
    ) -> TaskHandle:
        """Runs ``fn(session)`` in a read-only session on the database worker.

        A failure without ``on_error`` is reported through :attr:`read_failed`.
        """

        def work(ctx: TaskContext) -> T:
            with self.store.reading() as session:
                return fn(session)

        return self.runner.run_db(
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
    ) -> TaskHandle:
        """Runs ``fn(session, ctx)`` as one unit of work on the database worker.

        Everything ``fn`` writes is committed together, or nothing is (an
        error or a cancel rolls it all back).
        """

        def work(ctx: TaskContext) -> T:
            with self.store.unit_of_work() as session:
                return fn(session, ctx)

        return self.runner.run_db(
            work, label=label, on_done=on_done, on_error=on_error, on_progress=on_progress
        )

    def run(
        self,
        fn: Callable[[TaskContext], T],
        *,
        label: str,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
    ) -> TaskHandle:
        """Runs ``fn(ctx)`` on the database worker, for work on the files (backup, restore)."""
        return self.runner.run_db(fn, label=label, on_done=on_done, on_error=on_error)

    def restore_on_worker(self, source: Path) -> Path | None:
        """Replaces the database with the backup ``source`` and reopens it. Runs on the worker.

        The instance lock stays held throughout: the engine is disposed, the
        file restored (:func:`kamdesk.store.restore_database` keeps the
        current database as a backup), and a new store, migrated if the
        backup is older, takes over the lock.

        Returns:
            Where the previous database was kept, or None.
        """
        current = self.store
        current.engine.dispose()
        kept = restore_database(current.paths, source)
        fresh = open_store(current.paths, lock=False)
        fresh.lock, current.lock = current.lock, None
        self.store = fresh
        return kept

    def _on_read_error(self, error: BaseException) -> None:
        from kamdesk.ui.messages import describe_error

        self.read_failed.emit(describe_error(error))

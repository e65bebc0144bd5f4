"""The window's task runner: work off the GUI thread, results back by queued signal.

Database work runs on one dedicated worker thread, strictly one task at a time
in submission order, so writes are serialized and a SQLite connection is only
ever used by that one thread. Other long work (PDF, network, import parsing)
runs on a small pool. Each task gets a :class:`TaskContext` with a
:class:`~kamdesk.cancel.CancelToken` and a progress callback, which is exactly
what services take; it should be given ids and plain data, never widgets or
ORM objects from another thread.

Every task ends with exactly one of ``finished``, ``failed`` or ``cancelled``
on its :class:`TaskHandle`, then :attr:`TaskRunner.task_ended`. Those signals,
and ``progress``, are emitted in the GUI thread: the worker only records what
happened and posts a queued call to the runner, which emits. A failure is never
silent: it is logged with its traceback under ``kamdesk.tasks`` and carried by
``failed``.

On quit, :meth:`TaskRunner.shutdown` drops what has not started, cancels what
is running and waits for it, so the database engine can be disposed after it.

Example::

    handle = runner.run_db(
        lambda ctx: search_accounts(session_factory, query, ctx.cancel),
        label=self.tr("Searching"),
        on_done=self._on_search_done,
    )
"""

from __future__ import annotations

import enum
import functools
import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal

from kamdesk.cancel import Cancelled, CancelToken

__all__ = ["TaskContext", "TaskHandle", "TaskRunner"]

_log = logging.getLogger("kamdesk.tasks")

T = TypeVar("T")

#: Worker threads are named with this prefix (visible to debuggers, ``top -H``
#: and the test fixture that checks no test leaves a worker running).
THREAD_NAME_PREFIX = "kamdesk-"


class _State(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    ENDED = "ended"


class _Outcome(enum.Enum):
    FINISHED = "finished"
    FAILED = "failed"
    CANCELLED = "cancelled"


class _Job:
    """What the worker and the GUI thread share about one task.

    Plain Python, no Qt: the worker holds only this (and the runner's relay),
    so the last reference to a QObject is never dropped in a worker thread.
    Every field below ``lock`` is read and written under it.
    """

    def __init__(self, fn: Callable[[TaskContext], Any], label: str, kind: str) -> None:
        self.label = label
        self.kind = kind
        self.token = CancelToken()
        self.lock = threading.Lock()
        self.fn: Callable[[TaskContext], Any] | None = fn
        self.state = _State.PENDING
        self.ran = False
        self.outcome: tuple[_Outcome, Any] | None = None
        self.progress: tuple[int, int, str] | None = None
        self.progress_posted = False
        # GUI thread only.
        self.start_announced = False

    def drop_if_pending(self) -> bool:
        """Ends the job as cancelled if no worker has picked it up yet."""
        with self.lock:
            if self.state is not _State.PENDING:
                return False
            self.state = _State.ENDED
            self.outcome = (_Outcome.CANCELLED, None)
            self.fn = None
            return True


class _Relay(QObject):
    """Carries "this job has news" from workers to the GUI thread.

    A child of the runner, so it lives in the GUI thread and its connection to
    the runner is queued: the worker's ``emit`` only posts an event.
    """

    job_changed = Signal(object)


def _post(relay: _Relay, job: _Job) -> None:
    try:
        relay.job_changed.emit(job)
    except RuntimeError:
        # The runner (and its relay) was destroyed: nobody is left to tell.
        _log.debug("Task %r has news but its runner is gone", job.label)


class TaskContext:
    """What a task's function gets: its cancel token and a progress callback.

    Attributes:
        cancel: set when the task is cancelled (by its handle or at shutdown);
            long work checks it between steps and raises
            :class:`~kamdesk.cancel.Cancelled`.
    """

    __slots__ = ("_job", "_relay", "cancel")

    def __init__(self, job: _Job, relay: _Relay) -> None:
        self._job = job
        self._relay = relay
        self.cancel: CancelToken = job.token

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Reports progress; ``total`` is 0 when unknown. Callable from any thread.

        Throttled by coalescing: at most one progress event per task is waiting
        in the GUI thread's queue, and it carries the latest values, so a tight
        loop cannot flood the event queue. Values arrive in the order reported;
        intermediate ones may be skipped, the last one before the task ends is not.
        """
        done, total = _fit_in_int32(int(done), int(total))
        job = self._job
        with job.lock:
            if job.state is not _State.RUNNING:
                return
            job.progress = (done, total, str(message))
            if job.progress_posted:
                return
            job.progress_posted = True
        _post(self._relay, job)


_INT32_MAX = 2**31 - 1


def _fit_in_int32(done: int, total: int) -> tuple[int, int]:
    """Scales counts that would overflow the signal's C++ ints (bytes of a big file)."""
    largest = max(done, total)
    if largest <= _INT32_MAX:
        return done, total
    return done * _INT32_MAX // largest, total * _INT32_MAX // largest


def _execute(job: _Job, relay: _Relay) -> None:
    """Runs one job in a worker thread. Never raises."""
    with job.lock:
        if job.state is not _State.PENDING:
            return  # Cancelled before it started; the GUI side has reported it.
        job.state = _State.RUNNING
        job.ran = True
        fn = job.fn
        job.fn = None
    _post(relay, job)  # so the GUI can announce task_started
    outcome: tuple[_Outcome, Any]
    try:
        assert fn is not None
        outcome = (_Outcome.FINISHED, fn(TaskContext(job, relay)))
    except Cancelled:
        _log.debug("Task %r cancelled", job.label)
        outcome = (_Outcome.CANCELLED, None)
    except BaseException as exc:
        # BaseException too: nothing may escape into Qt's thread pool, and a
        # SystemExit in a worker must not pass unnoticed either.
        _log.error("Task %r failed", job.label, exc_info=(type(exc), exc, exc.__traceback__))
        outcome = (_Outcome.FAILED, exc)
    del fn
    with job.lock:
        job.state = _State.ENDED
        job.outcome = outcome
    del outcome
    _post(relay, job)


class TaskHandle(QObject):
    """One submitted task, as seen from the GUI thread.

    Exactly one of ``finished``, ``failed`` or ``cancelled`` is emitted, once,
    in the GUI thread, after any ``progress``. The runner keeps the handle
    alive until then, so callers need not hold it.

    Attributes:
        label: a short description for status bars and logs.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int, str)

    def __init__(self, job: _Job, relay: _Relay) -> None:
        super().__init__()
        self.label = job.label
        self._job = job
        self._relay = relay
        self._done = False

    @property
    def done(self) -> bool:
        """True once the task's final signal has been emitted."""
        return self._done

    def cancel(self) -> None:
        """Asks the task to stop. Thread-safe, and harmless once the task has ended.

        A task that has not started never starts, and ``cancelled`` follows
        from the event loop (never from inside this call). A running task's
        token is set; it is ``cancelled`` if the function raises
        :class:`~kamdesk.cancel.Cancelled`, and ``finished`` if it returns anyway.
        """
        job = self._job
        job.token.cancel()
        if job.drop_if_pending():
            _post(self._relay, job)

    def __repr__(self) -> str:
        return f"<TaskHandle {self._job.kind} {self.label!r} {self._job.state.value}>"


# Runners that have run tasks and have not been shut down, kept alive here so
# that one is never garbage-collected with work in flight or idle workers:
# destroying a QThreadPool waits for its threads while holding the GIL those
# threads may need. Removed by a successful shutdown or when Qt destroys the
# runner.
_LIVE_RUNNERS: set[TaskRunner] = set()


def _live_runners() -> list[TaskRunner]:
    """Runners not yet shut down; for the test fixture that cleans up after a leak."""
    return list(_LIVE_RUNNERS)


def _on_runner_destroyed(
    runner_ref: weakref.ReferenceType[TaskRunner],
    active: dict[_Job, TaskHandle],
    pools: tuple[QThreadPool, ...],
) -> None:
    """Last resort when a runner's parent deletes it without shutdown().

    ``destroyed`` comes before the child pools are deleted: cancel everything
    and wait for the workers here, through ``waitForDone`` (which releases the
    GIL), rather than in the pools' destructors (which would not).
    """
    runner = runner_ref()
    if runner is not None:
        _LIVE_RUNNERS.discard(runner)
    if active:
        _log.warning("Task runner destroyed without shutdown(); cancelling %d task(s)", len(active))
    for job in list(active):
        job.token.cancel()
        job.drop_if_pending()
    active.clear()
    for pool in pools:
        pool.waitForDone(-1)


def _remaining_ms(deadline: float | None) -> int:
    """Milliseconds left until a ``time.monotonic()`` deadline; -1 for none."""
    if deadline is None:
        return -1
    return max(0, round((deadline - time.monotonic()) * 1000))


class TaskRunner(QObject):
    """Runs the window's long work off the GUI thread.

    ``run_db`` for anything that opens a session: one dedicated worker, one
    task at a time, in submission order. ``run_pool`` for everything else
    that takes long: PDF rendering, network, parsing files.

    ``run_db``, ``run_pool`` and ``shutdown`` must be called from the thread
    the runner lives in (the GUI thread); handles' ``cancel`` from anywhere.

    Signals:
        task_started: a task's function has begun running in its worker
            (not emitted for a task cancelled before it started).
        task_ended: a task has emitted its final signal; emitted for every task.
    """

    task_started = Signal(object)
    task_ended = Signal(object)

    def __init__(self, parent: QObject | None = None, pool_threads: int | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        self._active: dict[_Job, TaskHandle] = {}  # insertion order = submission order
        # Connected by the first _submit(): the window makes its runner before
        # it shows, and naming Qt.ConnectionType makes PySide build the enums of
        # the whole Qt namespace (some 50 ms).
        self._relay = _Relay(self)
        self._relay_connected = False

        self._db_pool = QThreadPool(self)
        self._db_pool.setObjectName(THREAD_NAME_PREFIX + "db")  # names the OS thread
        self._db_pool.setMaxThreadCount(1)
        # One thread for the runner's lifetime, so the database is only ever
        # touched from that one thread.
        self._db_pool.setExpiryTimeout(-1)

        self._pool = QThreadPool(self)
        self._pool.setObjectName(THREAD_NAME_PREFIX + "pool")
        # At least two, so one slow download cannot hold up a PDF on a one-core laptop.
        self._pool.setMaxThreadCount(
            pool_threads if pool_threads is not None else max(2, QThread.idealThreadCount())
        )

        self.destroyed.connect(
            functools.partial(
                _on_runner_destroyed, weakref.ref(self), self._active, (self._db_pool, self._pool)
            )
        )
        app = QCoreApplication.instance()
        if app is not None:
            # A safety net only: the window should shut down before it disposes
            # of the database engine, which may well be before aboutToQuit.
            app.aboutToQuit.connect(self._on_app_about_to_quit)

    # -- submitting -----------------------------------------------------------

    def run_db(
        self,
        fn: Callable[[TaskContext], T],
        *,
        label: str = "",
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_progress: Callable[[int, int, str], object] | None = None,
    ) -> TaskHandle:
        """Queues database work on the one database worker.

        Tasks run strictly one at a time, in the order they were submitted.

        Raises:
            RuntimeError: after :meth:`shutdown`, or when called from another thread.
        """
        return self._submit(self._db_pool, "db", fn, label, on_done, on_error, on_progress)

    def run_pool(
        self,
        fn: Callable[[TaskContext], T],
        *,
        label: str = "",
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_progress: Callable[[int, int, str], object] | None = None,
    ) -> TaskHandle:
        """Queues other long work (PDF, network, parsing) on the pool.

        Raises:
            RuntimeError: after :meth:`shutdown`, or when called from another thread.
        """
        return self._submit(self._pool, "pool", fn, label, on_done, on_error, on_progress)

    def active(self) -> list[TaskHandle]:
        """Tasks submitted and not yet ended, in submission order."""
        return list(self._active.values())

    def _submit(
        self,
        pool: QThreadPool,
        kind: str,
        fn: Callable[[TaskContext], Any],
        label: str,
        on_done: Callable[[Any], object] | None,
        on_error: Callable[[BaseException], object] | None,
        on_progress: Callable[[int, int, str], object] | None,
    ) -> TaskHandle:
        self._require_own_thread()
        if self._closed:
            raise RuntimeError(f"task runner is shut down; cannot run {label!r}")
        if not self._relay_connected:
            from PySide6.QtCore import Qt

            self._relay.job_changed.connect(
                self._on_relay_job_changed, Qt.ConnectionType.QueuedConnection
            )
            self._relay_connected = True
        job = _Job(fn, label, kind)
        handle = TaskHandle(job, self._relay)
        if on_done is not None:
            handle.finished.connect(on_done)
        if on_error is not None:
            handle.failed.connect(on_error)
        if on_progress is not None:
            handle.progress.connect(on_progress)
        self._active[job] = handle
        _LIVE_RUNNERS.add(self)
        pool.start(functools.partial(_execute, job, self._relay))
        return handle

    def _require_own_thread(self) -> None:
        if QThread.currentThread() != self.thread():
            raise RuntimeError("TaskRunner is used from the GUI thread only")

    # -- results --------------------------------------------------------------

    def _on_relay_job_changed(self, job: _Job) -> None:
        handle = self._active.get(job)
        if handle is not None:
            self._deliver(job, handle)

    def _deliver(self, job: _Job, handle: TaskHandle) -> None:
        """Emits, in the GUI thread, whatever the job has to tell since last time.

        The caller has checked that ``job`` is still in ``self._active``.
        """
        with job.lock:
            # The outcome is taken together with the last progress, so no
            # progress reported before the end can be left behind.
            ran = job.ran
            progress = job.progress
            job.progress = None
            job.progress_posted = False
            outcome = job.outcome
            job.outcome = None  # the handle's signal is the one place it goes
        if outcome is not None:
            # Before any slot runs: one that re-enters the event loop must not
            # see the task as still active, nor end it a second time.
            del self._active[job]
        if ran and not job.start_announced:
            job.start_announced = True
            self.task_started.emit(handle)
        if progress is not None:
            handle.progress.emit(*progress)
        if outcome is None:
            return
        handle._done = True
        kind, value = outcome
        if kind is _Outcome.FINISHED:
            handle.finished.emit(value)
        elif kind is _Outcome.FAILED:
            handle.failed.emit(value)
        else:
            handle.cancelled.emit()
        self.task_ended.emit(handle)

    def _deliver_ended(self) -> None:
        for job, handle in list(self._active.items()):
            if job in self._active and job.state is _State.ENDED:
                self._deliver(job, handle)

    # -- quitting -------------------------------------------------------------

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Drops tasks not started, cancels running ones and waits for them.

        Meant for quit, before the database engine is disposed. The final
        signals of tasks that end within the wait (and of those dropped) are
        emitted from inside this call, since the event loop may not run again.
        Afterwards ``run_db`` and ``run_pool`` raise. Calling it again waits
        again, for whatever was still running.

        Args:
            timeout_ms: how long to wait for running tasks; negative waits forever.

        Returns:
            True when every task has ended and the worker threads are gone;
            False when some task still runs after ``timeout_ms`` (it keeps
            running, and still reports when it ends if the event loop runs).
        """
        self._require_own_thread()
        self._closed = True
        deadline = None if timeout_ms < 0 else time.monotonic() + timeout_ms / 1000
        for job in list(self._active):
            job.token.cancel()
            job.drop_if_pending()
        self._deliver_ended()

        all_done = True
        for pool in (self._db_pool, self._pool):
            msecs = _remaining_ms(deadline)
            # Releases the GIL while it waits; when it returns True the pool's
            # threads have been joined.
            all_done = pool.waitForDone(msecs) and all_done
        self._deliver_ended()

        if all_done and not self._active:
            _LIVE_RUNNERS.discard(self)
            return True
        _log.warning(
            "Tasks still running after %d ms at shutdown: %s",
            timeout_ms,
            ", ".join(repr(handle.label) for handle in self._active.values()) or "(none)",
        )
        return False

    def _on_app_about_to_quit(self) -> None:
        if self in _LIVE_RUNNERS:
            self.shutdown()

"""The window's task runner: threads, ordering, results, progress, cancel, shutdown.

Workers are held with threading.Event, never timed: a test waits for a signal
(``qtbot.waitSignal``) or for an event the worker sets, and every wait has a
timeout so a bug fails the test instead of hanging it.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread
from pytestqt.qtbot import QtBot

from kamdesk.cancel import Cancelled
from kamdesk.ui.tasks import TaskContext, TaskHandle, TaskRunner

WAIT_S = 5.0  # generous bound for a worker to reach a point; never reached when all is well


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() == app.thread()


def _wait(event: threading.Event) -> None:
    assert event.wait(WAIT_S), "the worker did not get there in time"


def _holding_task(
    started: threading.Event, release: threading.Event
) -> Callable[[TaskContext], str]:
    """A task that says it has started, then waits until released; ignores cancel."""

    def task(ctx: TaskContext) -> str:
        started.set()
        _wait(release)
        return "released"

    return task


def test_result_of_a_db_task_arrives_on_the_gui_thread(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    seen: dict[str, object] = {}

    def on_done(value: object) -> None:
        seen["value"] = value
        seen["slot_on_gui_thread"] = _on_gui_thread()

    def task(ctx: TaskContext) -> int:
        seen["task_on_gui_thread"] = _on_gui_thread()
        return 42

    with qtbot.waitSignal(task_runner.task_ended, timeout=5000):
        task_runner.run_db(task, label="answer", on_done=on_done)

    assert seen == {"task_on_gui_thread": False, "value": 42, "slot_on_gui_thread": True}


def test_result_of_a_pool_task_arrives_on_the_gui_thread(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    threads: list[bool] = []
    handle = task_runner.run_pool(lambda ctx: _on_gui_thread(), label="where")
    handle.finished.connect(lambda value: threads.extend([value, _on_gui_thread()]))

    with qtbot.waitSignal(handle.finished, timeout=5000) as blocker:
        pass

    assert blocker.args == [False]
    assert threads == [False, True]
    assert handle.done


def test_started_and_ended_are_announced_around_the_result(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    events: list[tuple[str, object]] = []
    task_runner.task_started.connect(lambda handle: events.append(("started", handle)))
    task_runner.task_ended.connect(lambda handle: events.append(("ended", handle)))

    with qtbot.waitSignal(task_runner.task_ended, timeout=5000):
        handle = task_runner.run_db(lambda ctx: "ok", label="load today")
        handle.finished.connect(lambda value: events.append(("finished", value)))
        assert task_runner.active() == [handle]
        assert not handle.done

    assert events == [("started", handle), ("finished", "ok"), ("ended", handle)]
    assert handle.label == "load today"
    assert task_runner.active() == []


def test_db_tasks_run_one_at_a_time_in_submission_order(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    lock = threading.Lock()
    running = 0
    most_at_once = 0
    order: list[int] = []
    threads: set[int] = set()

    def write(number: int) -> Callable[[TaskContext], int]:
        def task(ctx: TaskContext) -> int:
            nonlocal running, most_at_once
            with lock:
                running += 1
                most_at_once = max(most_at_once, running)
            threads.add(threading.get_ident())
            order.append(number)
            # Give another worker, if there were one, the chance to overlap.
            time.sleep(0.0005)
            with lock:
                running -= 1
            return number

        return task

    # Several "places" in the window submit quickly, interleaved with pool work.
    def save_contact(n: int) -> None:
        task_runner.run_db(write(n), label=f"save contact {n}")

    def log_call(n: int) -> None:
        task_runner.run_db(write(n), label=f"log call {n}")

    def plan_visit(n: int) -> None:
        task_runner.run_pool(lambda ctx: None, label="render pdf")
        task_runner.run_db(write(n), label=f"plan visit {n}")

    places = [save_contact, log_call, plan_visit]
    count = 150
    with qtbot.waitSignal(
        task_runner.task_ended,
        timeout=10_000,
        check_params_cb=lambda handle: handle.label.endswith(f" {count - 1}"),
    ):
        for n in range(count):
            places[n % len(places)](n)

    assert order == list(range(count))
    assert most_at_once == 1
    assert len(threads) == 1, "database work must stay on its one worker thread"


def test_pool_tasks_run_side_by_side(qtbot: QtBot, task_runner: TaskRunner) -> None:
    # Each task waits at the barrier until all three are there: only possible
    # if they run at the same time. A BrokenBarrierError would arrive as failed.
    barrier = threading.Barrier(3, timeout=WAIT_S)
    handles = [
        task_runner.run_pool(lambda ctx: barrier.wait(), label=f"fetch {n}") for n in range(3)
    ]

    with qtbot.waitSignals([h.finished for h in handles], timeout=10_000):
        pass

    assert all(h.done for h in handles)


def test_pool_work_does_not_wait_for_db_work(qtbot: QtBot, task_runner: TaskRunner) -> None:
    barrier = threading.Barrier(2, timeout=WAIT_S)
    db = task_runner.run_db(lambda ctx: barrier.wait(), label="long write")
    pdf = task_runner.run_pool(lambda ctx: barrier.wait(), label="render pdf")

    with qtbot.waitSignals([db.finished, pdf.finished], timeout=10_000):
        pass


def test_exception_in_a_task_becomes_failed_with_that_exception(
    qtbot: QtBot, task_runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    error = ValueError("row 7: bad phone number")
    finished: list[object] = []

    def task(ctx: TaskContext) -> None:
        raise error

    with (
        caplog.at_level(logging.ERROR, logger="kamdesk.tasks"),
        qtbot.waitSignal(task_runner.task_ended, timeout=5000),
    ):
        handle = task_runner.run_db(task, label="import contacts", on_done=finished.append)
        with qtbot.waitSignal(handle.failed, timeout=5000) as failed:
            pass

    assert failed.args == [error]
    assert finished == []
    assert handle.done
    [record] = [r for r in caplog.records if r.name == "kamdesk.tasks"]
    assert "import contacts" in record.getMessage()
    assert record.exc_info is not None and record.exc_info[1] is error
    assert "raise error" in caplog.text, "the traceback is logged"


def test_on_error_gets_the_exception_of_a_pool_task(qtbot: QtBot, task_runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def task(ctx: TaskContext) -> None:
        raise OSError("network unreachable")

    with qtbot.waitSignal(task_runner.task_ended, timeout=5000):
        task_runner.run_pool(task, label="sync", on_error=errors.append)

    [error] = errors
    assert isinstance(error, OSError)
    assert str(error) == "network unreachable"


def test_every_progress_step_reaches_the_gui_in_order(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    # The worker waits for the GUI to see each step, so none can be coalesced.
    seen: list[tuple[int, int, str, bool]] = []
    seen_one = threading.Event()

    def on_progress(done: int, total: int, message: str) -> None:
        seen.append((done, total, message, _on_gui_thread()))
        seen_one.set()

    def task(ctx: TaskContext) -> str:
        for step in range(1, 6):
            seen_one.clear()
            ctx.progress(step, 5, f"row {step}")
            _wait(seen_one)
        return "imported"

    handle = task_runner.run_pool(task, label="import", on_progress=on_progress)
    order: list[str] = []
    handle.progress.connect(lambda *args: order.append("progress"))
    handle.finished.connect(lambda value: order.append("finished"))
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass

    assert seen == [(n, 5, f"row {n}", True) for n in range(1, 6)]
    assert order == ["progress"] * 5 + ["finished"]


def test_a_flood_of_progress_arrives_in_order_and_ends_with_the_last_step(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    seen: list[int] = []
    total = 20_000

    def task(ctx: TaskContext) -> None:
        for step in range(1, total + 1):
            ctx.progress(step, total)

    handle = task_runner.run_db(task, on_progress=lambda done, _total, _msg: seen.append(done))
    with qtbot.waitSignal(handle.finished, timeout=10_000):
        pass

    assert seen, "some progress is shown"
    assert seen == sorted(set(seen)), "in order, no step twice"
    assert seen[-1] == total


def test_progress_counts_beyond_32_bits_are_scaled_not_lost(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    size = 6 * 2**30  # bytes of a big download

    def task(ctx: TaskContext) -> None:
        ctx.progress(size // 2, size, "downloading")

    handle = task_runner.run_pool(task)
    with (
        qtbot.waitSignal(handle.progress, timeout=5000) as progress,
        qtbot.waitSignal(handle.finished, timeout=5000),
    ):
        pass

    done, total, message = progress.args
    assert total == 2**31 - 1
    assert abs(done / total - 0.5) < 1e-6
    assert message == "downloading"


def test_cancel_before_start_means_the_task_never_runs(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    started, release = threading.Event(), threading.Event()
    blocker = task_runner.run_db(_holding_task(started, release), label="long write")
    _wait(started)
    ran: list[str] = []
    queued = task_runner.run_db(lambda ctx: ran.append("queued"), label="queued write")
    events: list[str] = []
    queued.finished.connect(lambda value: events.append("finished"))
    queued.failed.connect(lambda error: events.append("failed"))
    task_runner.task_started.connect(lambda handle: events.append(f"started {handle.label}"))

    with qtbot.waitSignal(queued.cancelled, timeout=5000):
        queued.cancel()
        assert not queued.done, "cancelled is emitted from the event loop, not inside cancel()"

    assert queued.done
    assert queued not in task_runner.active()
    release.set()
    # The db worker passes the dropped task and runs the next one.
    with qtbot.waitSignal(task_runner.run_db(lambda ctx: "after").finished, timeout=5000):
        pass
    assert blocker.done
    assert ran == []
    assert "started queued write" not in events
    assert "finished" not in events and "failed" not in events


def test_cancel_during_run_is_seen_by_the_task_and_ends_as_cancelled(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    started, proceed = threading.Event(), threading.Event()
    outcomes: list[str] = []

    def task(ctx: TaskContext) -> str:
        started.set()
        _wait(proceed)
        ctx.cancel.raise_if_cancelled()
        return "not cancelled"

    handle = task_runner.run_pool(task, label="batch pdf")
    handle.finished.connect(lambda value: outcomes.append("finished"))
    handle.failed.connect(lambda error: outcomes.append("failed"))
    _wait(started)

    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        handle.cancel()
        proceed.set()

    assert outcomes == []
    assert handle.done
    handle.cancel()  # harmless once ended


def test_a_task_that_finishes_despite_cancel_reports_finished(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    started, proceed = threading.Event(), threading.Event()

    def task(ctx: TaskContext) -> bool:
        started.set()
        _wait(proceed)
        return ctx.cancel.cancelled

    handle = task_runner.run_db(task)
    _wait(started)
    handle.cancel()
    proceed.set()
    with qtbot.waitSignal(handle.finished, timeout=5000) as finished:
        pass

    assert finished.args == [True]


def test_handles_nobody_holds_still_deliver(qtbot: QtBot, task_runner: TaskRunner) -> None:
    started, release = threading.Event(), threading.Event()
    results: list[object] = []
    task_runner.run_pool(_holding_task(started, release), on_done=results.append)
    task_runner.run_db(lambda ctx: "saved", on_done=results.append)
    _wait(started)
    gc.collect()

    release.set()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)

    assert sorted(map(str, results)) == ["released", "saved"]


def test_tasks_are_submitted_from_the_gui_thread_only(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    raised: list[BaseException] = []

    def submit_from_a_worker(ctx: TaskContext) -> None:
        try:
            task_runner.run_db(lambda inner: None)
        except RuntimeError as error:
            raised.append(error)

    with qtbot.waitSignal(task_runner.task_ended, timeout=5000):
        task_runner.run_pool(submit_from_a_worker)

    assert len(raised) == 1


def test_shutdown_drops_pending_cancels_running_and_refuses_new_work(qtbot: QtBot) -> None:
    runner = TaskRunner(pool_threads=2)
    started = threading.Event()

    def long_write(ctx: TaskContext) -> None:
        started.set()
        while True:  # long work that checks its token between steps
            ctx.cancel.raise_if_cancelled()
            time.sleep(0.001)

    running = runner.run_db(long_write, label="long write")
    pending = runner.run_db(lambda ctx: pytest.fail("a dropped task ran"), label="pending")
    _wait(started)
    outcomes: list[str] = []
    for handle in (running, pending):
        handle.cancelled.connect(lambda h=handle: outcomes.append(f"cancelled {h.label}"))
        handle.finished.connect(lambda value, h=handle: outcomes.append(f"finished {h.label}"))
    ended: list[TaskHandle] = []
    runner.task_ended.connect(ended.append)

    assert runner.shutdown(5000) is True

    # Delivered inside shutdown(): the event loop may never run again.
    assert sorted(outcomes) == ["cancelled long write", "cancelled pending"]
    assert set(ended) == {running, pending}
    assert runner.active() == []
    with pytest.raises(RuntimeError):
        runner.run_db(lambda ctx: None)
    with pytest.raises(RuntimeError):
        runner.run_pool(lambda ctx: None)
    assert runner.shutdown(100) is True, "shutting down twice is harmless"


def test_shutdown_waits_for_a_running_task_to_finish(qtbot: QtBot) -> None:
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    handle = runner.run_pool(_holding_task(started, release), label="save pdf")
    _wait(started)
    results: list[object] = []
    handle.finished.connect(results.append)
    # Released a moment after shutdown() has started waiting.
    releaser = threading.Timer(0.05, release.set)
    releaser.start()

    assert runner.shutdown(5000) is True
    assert results == ["released"]
    releaser.join()


def test_shutdown_gives_up_after_the_timeout_on_a_task_that_ignores_cancel(
    qtbot: QtBot,
) -> None:
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    handle = runner.run_pool(_holding_task(started, release), label="stuck download")
    _wait(started)

    began = time.monotonic()
    try:
        assert runner.shutdown(200) is False
        assert time.monotonic() - began < 2.0
        assert runner.active() == [handle]
        assert not handle.done
    finally:
        release.set()
    # Once released it still reports, and a second shutdown joins the thread.
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert runner.shutdown(5000) is True


def test_a_runner_deleted_with_its_parent_cancels_and_joins_its_workers(qtbot: QtBot) -> None:
    parent = QObject()
    runner = TaskRunner(parent)
    started = threading.Event()
    saw_cancel = threading.Event()

    def long_write(ctx: TaskContext) -> None:
        started.set()
        while not ctx.cancel.cancelled:
            time.sleep(0.001)
        saw_cancel.set()
        raise Cancelled

    runner.run_db(long_write)
    _wait(started)
    del runner
    shiboken6.delete(parent)  # what closing the main window does to its children

    assert saw_cancel.is_set()


def test_signals_do_not_wear_down_the_reference_count_of_true(
    qtbot: QtBot, task_runner: TaskRunner
) -> None:
    """PySide6 6.12.0's emit() returns True without a reference (it is excluded in pyproject.toml).

    On Python 3.11 each unguarded emit takes one reference from True and the
    process aborts after a few hundred; a few thousand here would do it.
    """
    before = sys.getrefcount(True)
    count = 600
    with qtbot.waitSignal(
        task_runner.task_ended,
        timeout=10_000,
        check_params_cb=lambda handle: handle.label == f"step {count - 1}",
    ):
        for n in range(count):
            task_runner.run_db(lambda ctx: ctx.progress(1, 1), label=f"step {n}")

    assert sys.getrefcount(True) >= before - 50  # slack for Trues held elsewhere

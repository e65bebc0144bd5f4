"""Fixtures for the UI tests.

This file is shared by the UI engineers: each block below is self-contained
(its own imports and helpers) and says who it serves, so blocks can be added
or removed without touching the others.
"""

from __future__ import annotations

# --- Task runner (kamdesk/ui/tasks.py): worker-thread hygiene -------------------
# Self-contained block: the `task_runner` fixture and the autouse check that no
# test leaves a kamdesk worker thread running (napari-style).
import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kamdesk.ui import tasks as _tasks
from kamdesk.ui.tasks import TaskRunner


def _kamdesk_worker_threads() -> list[str] | None:
    """Names of the process's live OS threads named ``kamdesk-*``.

    The task runner names its thread pools, and Qt gives pooled threads the
    pool's name, so this sees worker threads whoever created them. ``None``
    where the platform does not list threads (anything but Linux).
    """
    tasks_dir = Path("/proc/self/task")
    if not tasks_dir.is_dir():
        return None
    names = []
    for entry in tasks_dir.iterdir():
        try:
            name = (entry / "comm").read_text().strip()
        except OSError:
            continue  # the thread exited while we looked
        if name.startswith("kamdesk-"):
            names.append(name)
    return sorted(names)


def _busy_runners() -> list[str]:
    """Tasks of runners not shut down that have not ended yet."""
    return [repr(handle) for runner in _tasks._live_runners() for handle in runner.active()]


@pytest.fixture(autouse=True)
def _no_kamdesk_worker_thread_left() -> Iterator[None]:
    """Fails (at teardown) a test that leaves a kamdesk worker thread running.

    Runs after pytest-qt has closed the test's widgets, so a window that shuts
    its runner down in ``closeEvent`` passes. Two checks: tasks that have not
    ended (a thread just started may not show its name yet), and live
    ``kamdesk-*`` threads (idle workers of a runner never shut down). A thread
    that Qt has joined can linger in /proc for a moment, hence the short grace.
    """
    yield
    leftover = _busy_runners()
    deadline = time.monotonic() + 2.0
    while not leftover:
        threads = _kamdesk_worker_threads()
        if not threads or time.monotonic() > deadline:
            leftover = threads or []
            break
        time.sleep(0.01)
    if not leftover:
        return
    # Clean up so that one leak does not fail the tests after it.
    for runner in _tasks._live_runners():
        with contextlib.suppress(RuntimeError):  # its C++ object may be gone
            runner.shutdown(5_000)
    pytest.fail(
        f"the test left kamdesk worker threads running: {leftover}; "
        "shut its TaskRunner down (TaskRunner.shutdown) before the test ends",
        pytrace=False,
    )


@pytest.fixture
def task_runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    """A TaskRunner with a four-thread pool, shut down after the test."""
    runner = TaskRunner(pool_threads=4)
    yield runner
    assert runner.shutdown(5_000), "task runner did not shut down in time"

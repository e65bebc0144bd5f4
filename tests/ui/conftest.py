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


# --- Main window, dialogs and start-up (kamdesk/ui/main_window.py and friends) ---
# Self-contained block: no modal loop ever runs in a test (every modal entry point
# is patched to record its call and give a scripted answer), translators are
# removed after each test, and fixtures give a window on a real store.

import dataclasses as _dataclasses  # noqa: E402 - each block keeps its imports
from typing import Any as _Any  # noqa: E402

from PySide6.QtCore import QLocale as _QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication as _QApplication  # noqa: E402


@_dataclasses.dataclass
class Modals:
    """What the patched modal entry points were asked, and what they answer."""

    #: (kind, title, text) of every message box shown
    messages: list[tuple[str, str, str]] = _dataclasses.field(default_factory=list)
    confirm_answer: bool = True
    #: StartupProblemDialog.ask: the problems asked about, and the answers to give in turn
    startup_problems: list[_Any] = _dataclasses.field(default_factory=list)
    startup_answers: list[_Any] = _dataclasses.field(default_factory=list)
    #: RestoreDialog.choose: the backup lists offered, and the path to answer
    restore_offers: list[list[_Any]] = _dataclasses.field(default_factory=list)
    restore_answer: Path | None = None
    settings_dialogs: int = 0
    about_dialogs: int = 0
    opened_folders: list[Path] = _dataclasses.field(default_factory=list)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.messages if kind is None or k == kind]


@pytest.fixture(autouse=True)
def modals(monkeypatch: pytest.MonkeyPatch) -> Modals:
    """Replaces every modal entry point of the window with a recorder (STYLE.md, Tests)."""
    from kamdesk.ui import desktop
    from kamdesk.ui.about_dialog import AboutDialog
    from kamdesk.ui.messages import MessageBoxes
    from kamdesk.ui.restore_dialog import RestoreDialog
    from kamdesk.ui.settings_dialog import SettingsDialog
    from kamdesk.ui.startup_dialog import StartupProblemDialog

    record = Modals()

    def information(parent: object, title: str, text: str) -> None:
        record.messages.append(("information", title, text))

    def warning(parent: object, title: str, text: str) -> None:
        record.messages.append(("warning", title, text))

    def confirm(parent: object, title: str, text: str, accept_label: str) -> bool:
        record.messages.append(("confirm", title, text))
        return record.confirm_answer

    def ask(problem: object, parent: object = None) -> object:
        record.startup_problems.append(problem)
        assert record.startup_answers, f"unexpected start-up dialog: {problem}"
        return record.startup_answers.pop(0)

    def choose(backups: list[object], folder: Path, parent: object = None) -> Path | None:
        record.restore_offers.append(list(backups))
        return record.restore_answer

    def edit(settings: object, save: object, parent: object = None) -> bool:
        record.settings_dialogs += 1
        return False

    def show_about(data_folder: Path, parent: object = None) -> None:
        record.about_dialogs += 1

    def open_folder(path: Path) -> bool:
        record.opened_folders.append(path)
        return True

    monkeypatch.setattr(MessageBoxes, "information", staticmethod(information))
    monkeypatch.setattr(MessageBoxes, "warning", staticmethod(warning))
    monkeypatch.setattr(MessageBoxes, "confirm", staticmethod(confirm))
    monkeypatch.setattr(StartupProblemDialog, "ask", staticmethod(ask))
    monkeypatch.setattr(RestoreDialog, "choose", staticmethod(choose))
    monkeypatch.setattr(SettingsDialog, "edit", staticmethod(edit))
    monkeypatch.setattr(AboutDialog, "show_about", staticmethod(show_about))
    monkeypatch.setattr(desktop, "open_folder", open_folder)
    return record


@pytest.fixture(autouse=True)
def _remove_translators() -> Iterator[None]:
    """Each UI test ends with Qt's translators removed and the locale back to the system's."""
    yield
    from kamdesk.ui.translations import uninstall_translations

    app = _QApplication.instance()
    if app is not None:
        uninstall_translations(app)
    _QLocale.setDefault(_QLocale.system())


@pytest.fixture
def data_context(store, task_runner):  # type: ignore[no-untyped-def]
    """A DataContext on the test's store; closes a store that a restore put in its place."""
    from kamdesk.ui.data_context import DataContext

    data = DataContext(task_runner, store.paths, store)
    yield data
    data.shutdown(5_000)
    if data.store is not store:
        data.store.close()


@pytest.fixture
def wait_idle(qtbot: QtBot, task_runner: TaskRunner):  # type: ignore[no-untyped-def]
    """Waits until the test's task runner has no task left (all results delivered)."""

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: not task_runner.active(), timeout=timeout)

    return wait


@pytest.fixture
def main_window(qtbot: QtBot, data_context, task_runner, wait_idle):  # type: ignore[no-untyped-def]
    """A shown main window on an empty store, its first loads finished."""
    from kamdesk.settings import Settings
    from kamdesk.ui.main_window import MainWindow

    window = MainWindow(data_context, Settings())
    qtbot.addWidget(window)
    window.resize(780, 560)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(
        lambda: window.today_page.summary is not None and window.accounts_page.model.loaded
    )
    wait_idle()
    yield window
    window.close()
    data_context.shutdown(5_000)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignores the warnings of Qt's offscreen platform about what it does not implement.

    The offscreen plugin has no window manager: it says so whenever a
    top-level window's minimum size is set (any window with a layout), a
    window is raised or a popup (a completer's list) grabs the keyboard. On a
    real platform these messages do not exist. Every other Qt warning still
    fails the test.
    """
    marker = pytest.mark.qt_log_ignore(
        r"^This plugin does not support "
        r"(propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"
    )
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/") or item.nodeid.startswith("ui/"):
            item.add_marker(marker)


# --- Garbage collection (kamdesk/ui/collector.py) -------------------------------
# As in the app: Python's collector runs from the GUI thread's event loop only,
# never in a worker nor in the middle of a Qt callback.


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_between_events(qapp):  # type: ignore[no-untyped-def]
    from kamdesk.ui.collector import install_collector

    collector = install_collector(qapp)
    yield collector
    collector.stop()

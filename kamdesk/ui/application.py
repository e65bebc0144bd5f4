"""Start-up of the window: translations, opening the data, the main window, shutting down.

:func:`run_gui` is what ``kamdesk`` (``kamdesk gui``, ``kamdesk --demo``)
calls. The pieces are separate functions so that tests can drive each one:
:func:`open_data` turns a :class:`~kamdesk.errors.StoreProblem` into the
start-up dialog (or, for a data directory in use, into bringing the other
window forward), and :func:`run_gui` wires the rest around the event loop.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from kamdesk import __version__
from kamdesk.errors import InvalidInput, KamdeskError, StoreProblem, StoreProblemKind
from kamdesk.locking import InstanceLock
from kamdesk.paths import DataPaths
from kamdesk.settings import Settings, load_settings
from kamdesk.store import Store, open_store, restore_database
from kamdesk.ui.data_context import DataContext
from kamdesk.ui.icons import app_icon
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.messages import MessageBoxes, describe_error
from kamdesk.ui.single_instance import SingleInstance
from kamdesk.ui.startup_dialog import StartupChoice, StartupProblemDialog
from kamdesk.ui.style import apply_application_style
from kamdesk.ui.tasks import TaskRunner
from kamdesk.ui.translations import install_translations, language_for

_log = logging.getLogger("kamdesk.ui")

#: Exit status when the rep quits because the data cannot be opened.
EXIT_NOT_OPENED = 1
#: How long quitting waits for a running task (a demo fill, a backup) to stop.
SHUTDOWN_TIMEOUT_MS = 10_000


def ensure_application() -> QApplication:
    """The QApplication, made and set up once."""
    existing = QCoreApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("a QCoreApplication without widgets is already running")
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(sys.argv[:1] or ["kamdesk"])
    )
    app.setApplicationName("kamdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("kamdesk")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(True)
    apply_application_style(app)
    return app


@dataclass
class Opened:
    """The data directory could be opened."""

    store: Store
    #: something the rep should be told once the window shows (a restore at start-up)
    notice: str | None = None


def restore_at_startup(paths: DataPaths, backup: Path) -> Path | None:
    """Restores ``backup`` over a database that cannot be opened, under the instance lock.

    Returns:
        Where the previous (damaged) file was kept.
    """
    with InstanceLock(paths.lock, paths.database):
        return restore_database(paths, backup)


def open_data(paths: DataPaths) -> Opened | int:
    """Opens the data directory, asking the rep what to do when it cannot be opened.

    Returns:
        The opened store, or the exit status when kamdesk should stop (0 when
        another window on this data directory was brought to the front).
    """
    notice = None
    while True:
        try:
            return Opened(open_store(paths, lock=True), notice)
        except StoreProblem as problem:
            if problem.kind is StoreProblemKind.LOCKED and SingleInstance.activate_running(paths):
                print(
                    "kamdesk: "
                    + QCoreApplication.translate(
                        "application",
                        "kamdesk is already open on %1; its window was brought to the front.",
                    ).replace("%1", str(paths.root)),
                    file=sys.stderr,
                )
                return 0
            choice = StartupProblemDialog.ask(problem)
            if choice is StartupChoice.RESTORE_LATEST_BACKUP and problem.latest_backup is not None:
                try:
                    kept = restore_at_startup(paths, problem.latest_backup)
                except (KamdeskError, OSError, sqlite3.Error) as exc:
                    MessageBoxes.warning(
                        None,
                        QCoreApplication.translate("application", "Restore failed"),
                        QCoreApplication.translate(
                            "application", "The backup could not be restored: %1"
                        ).replace("%1", describe_error(exc)),
                    )
                    continue
                notice = QCoreApplication.translate(
                    "application", "The latest backup (%1) was restored."
                ).replace("%1", problem.latest_backup.name)
                if kept is not None:
                    notice += "\n\n" + QCoreApplication.translate(
                        "application", "The file that could not be opened was kept as\n%1"
                    ).replace("%1", str(kept))
                continue
            if choice is StartupChoice.TRY_AGAIN:
                continue
            return EXIT_NOT_OPENED


def read_settings(paths: DataPaths) -> tuple[Settings, InvalidInput | None]:
    """The settings, or the defaults and the reason the file could not be read."""
    try:
        return load_settings(paths.settings), None
    except InvalidInput as exc:
        return Settings(), exc


def run_gui(
    paths: DataPaths,
    language: str | None,
    *,
    demo_accounts: int | None = None,
    after_show: Callable[[QMainWindow], None] | None = None,
) -> int:
    """Runs the window on ``paths`` until it is closed; returns the exit status.

    Args:
        paths: the data directory.
        language: ``--lang``; None follows the setting, then the system locale.
        demo_accounts: fill the (fresh) data directory with this many demo
            accounts once the window shows (``kamdesk --demo``).
        after_show: called once the window is shown, from the event loop.
    """
    app = ensure_application()
    paths.ensure()
    settings, settings_problem = read_settings(paths)
    install_translations(app, language_for(language or settings.language))

    opened = open_data(paths)
    if isinstance(opened, int):
        return opened

    runner = TaskRunner()
    data = DataContext(opened.store, runner)
    instance = SingleInstance(paths)
    if not instance.listen():
        _log.warning("Cannot listen on %s: a second start will not find this window", instance.name)
    window = MainWindow(data, settings, settings_writable=settings_problem is None)
    instance.activation_requested.connect(window.bring_to_front)
    window.show()

    def after_shown() -> None:
        if settings_problem is not None:
            MessageBoxes.warning(
                window,
                QCoreApplication.translate("application", "Settings not read"),
                QCoreApplication.translate(
                    "application",
                    "Your settings could not be read, so kamdesk uses the defaults for now and "
                    "leaves the file as it is: %1",
                ).replace("%1", settings_problem.message()),
            )
        if opened.notice is not None:
            MessageBoxes.information(
                window, QCoreApplication.translate("application", "Backup restored"), opened.notice
            )
        if demo_accounts:
            window.load_demo_data(demo_accounts, confirm=False)
        if after_show is not None:
            after_show(window)

    QTimer.singleShot(0, after_shown)
    try:
        status = app.exec()
    finally:
        # Quitting closes the window, and closing the last window asks to quit
        # once more; that second request waits in the queue after exec()
        # returns. Drop it, or it would end the next event loop of a process
        # that lives on (an embedding program, the tests) the moment it starts.
        if window.isVisible():
            window.close()
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        if not runner.shutdown(SHUTDOWN_TIMEOUT_MS):
            _log.warning("Quitting with tasks still running")
        instance.close()
        data.store.close()
        window.deleteLater()
        instance.deleteLater()
        runner.deleteLater()
    return status

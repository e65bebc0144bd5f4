"""Start-up of the window: translations, the data folder, the main window, shutting down.

:func:`run_gui` is what ``kamdesk`` (``kamdesk gui``, ``kamdesk --demo``) calls.
The window shows first and fast; the database is opened right after, on the
task runner's database worker:

1. :func:`claim_data_folder` takes the data folder's instance lock (cheap, no
   database yet). If another kamdesk holds it, that one is asked to bring
   its window forward (:class:`~kamdesk.ui.single_instance.SingleInstance`)
   and this start ends; if nothing answers, the start-up dialog explains the
   lock.
2. The window shows, empty; once it has painted, :class:`StoreOpener` opens
   the store on the worker (checks, migrations, the daily backup; SQLAlchemy
   is imported there too). A :class:`~kamdesk.errors.StoreProblem` brings up the start-up
   dialog: restore the latest backup (the damaged file is kept), try again,
   or quit.
3. Once open, every page loads its data (``DataContext.data_changed``).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from kamdesk import __version__
from kamdesk.errors import InvalidInput, StoreProblem
from kamdesk.locking import InstanceLock
from kamdesk.paths import DataPaths
from kamdesk.settings import Settings, load_settings
from kamdesk.ui.data_context import DataContext
from kamdesk.ui.icons import app_icon
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.messages import MessageBoxes, describe_error
from kamdesk.ui.style import application_arguments, apply_application_style
from kamdesk.ui.tasks import TaskRunner
from kamdesk.ui.translations import install_translations, language_for

if TYPE_CHECKING:
    from kamdesk.ui.single_instance import SingleInstance

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
    if isinstance(existing, QApplication):
        app = existing
        apply_application_style(app)
    else:
        app = QApplication(application_arguments((sys.argv[:1] or ["kamdesk"])[0]))
    app.setApplicationName("kamdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("kamdesk")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(True)
    from kamdesk.ui.collector import install_collector

    install_collector(app)
    return app


def read_settings(paths: DataPaths) -> tuple[Settings, InvalidInput | None]:
    """The settings, or the defaults and the reason the file could not be read."""
    try:
        return load_settings(paths.settings), None
    except InvalidInput as exc:
        return Settings(), exc


def claim_data_folder(paths: DataPaths) -> InstanceLock | int:
    """Takes the data folder's instance lock, or explains who holds it.

    Returns:
        The held lock, or the exit status when this start should end: 0 when
        the kamdesk that holds the folder brought its window forward.
    """
    while True:
        try:
            return InstanceLock(paths.lock, paths.database).acquire()
        except StoreProblem as problem:
            from kamdesk.ui.single_instance import SingleInstance
            from kamdesk.ui.startup_dialog import StartupChoice, StartupProblemDialog

            if SingleInstance.activate_running(paths):
                message = QCoreApplication.translate(
                    "application",
                    "already open on %1; its window was brought to the front.",
                ).replace("%1", str(paths.root))
                print(f"kamdesk: {message}", file=sys.stderr)
                return 0
            if StartupProblemDialog.ask(problem) is not StartupChoice.TRY_AGAIN:
                return EXIT_NOT_OPENED


class StoreOpener(QObject):
    """Opens the store on the database worker; asks the rep what to do when it cannot.

    Signals:
        opened(str): the store is open; the argument is a notice for the rep
            ("" when there is nothing to tell, else what a restore did).
        given_up(int): the rep chose to quit; the exit status.
    """

    opened = Signal(str)
    given_up = Signal(int)

    def __init__(
        self, data: DataContext, lock: InstanceLock, window: QWidget, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._lock = lock
        self._window = window
        self._notice = ""

    def start(self) -> None:
        self._data.run(
            lambda ctx: self._data.open_on_worker(self._lock),
            label=QCoreApplication.translate("application", "Opening your data"),
            on_done=lambda _store: self.opened.emit(self._notice),
            on_error=self._on_open_failed,
        )

    def _on_open_failed(self, error: BaseException) -> None:
        from kamdesk.ui.startup_dialog import StartupChoice, StartupProblemDialog

        if not isinstance(error, StoreProblem):
            # Not a problem the start-up dialog knows how to explain: say so and stop.
            MessageBoxes.warning(
                self._window,
                QCoreApplication.translate("application", "kamdesk cannot open your data"),
                QCoreApplication.translate(
                    "application", "Your data could not be opened: %1"
                ).replace("%1", describe_error(error)),
            )
            self.given_up.emit(EXIT_NOT_OPENED)
            return
        choice = StartupProblemDialog.ask(error, self._window)
        if choice is StartupChoice.RESTORE_LATEST_BACKUP and error.latest_backup is not None:
            self._restore(error.latest_backup)
        elif choice is StartupChoice.TRY_AGAIN:
            self.start()
        else:
            self.given_up.emit(EXIT_NOT_OPENED)

    def _restore(self, backup: Path) -> None:
        paths = self._data.paths

        def work(ctx: object) -> Path | None:
            from kamdesk.store import restore_database

            return restore_database(paths, backup)  # under the lock this start holds

        def on_done(kept: Path | None) -> None:
            notice = QCoreApplication.translate(
                "application", "The latest backup (%1) was restored."
            ).replace("%1", backup.name)
            if kept is not None:
                notice += "\n\n" + QCoreApplication.translate(
                    "application", "The file that could not be opened was kept as\n%1"
                ).replace("%1", str(kept))
            self._notice = notice
            self.start()

        def on_error(error: BaseException) -> None:
            MessageBoxes.warning(
                self._window,
                QCoreApplication.translate("application", "Restore failed"),
                QCoreApplication.translate(
                    "application", "The backup could not be restored: %1"
                ).replace("%1", describe_error(error)),
            )
            self.start()  # shows the problem (and its choices) again

        self._data.run(
            work,
            label=QCoreApplication.translate("application", "Restoring a backup"),
            on_done=on_done,
            on_error=on_error,
        )


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
            accounts once it is open (``kamdesk --demo``).
        after_show: called once the window is shown, from the event loop
            (the data may still be opening).
    """
    app = ensure_application()
    paths.ensure()
    settings, settings_problem = read_settings(paths)
    install_translations(app, language_for(language or settings.language))

    lock = claim_data_folder(paths)
    if isinstance(lock, int):
        return lock

    runner = TaskRunner()
    data = DataContext(runner, paths)
    window = MainWindow(data, settings, settings_writable=settings_problem is None)
    opener = StoreOpener(data, lock, window)
    exit_status: list[int] = []

    def on_opened(notice: str) -> None:
        data.data_changed.emit()
        if notice:
            MessageBoxes.information(
                window, QCoreApplication.translate("application", "Backup restored"), notice
            )
        if demo_accounts:
            window.load_demo_data(demo_accounts, confirm=False)
        # Report text a killed kamdesk left in the draft journal: saved, or kept and said.
        from kamdesk.ui.draft_recovery import recover_drafts_at_start

        recover_drafts_at_start(window, data, window.settings.timezone, window.open_visit)

    def on_given_up(status: int) -> None:
        exit_status.append(status)
        window.close()
        app.exit(status)

    opener.opened.connect(on_opened)
    opener.given_up.connect(on_given_up)
    window.show()

    listening: list[SingleInstance] = []

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
        if after_show is not None:
            after_show(window)

    def after_painted() -> None:
        # Let a second start find this window (QtNetwork loads only now).
        from kamdesk.ui.single_instance import SingleInstance

        instance = SingleInstance(paths)
        if not instance.listen():
            _log.warning("Cannot listen on %s: a second start will not find it", instance.name)
        instance.activation_requested.connect(window.bring_to_front)
        listening.append(instance)
        opener.start()

    QTimer.singleShot(0, after_shown)
    # The rest waits until the window has painted: opening the store imports
    # SQLAlchemy on the worker, and the task runner, QtNetwork and the pages
    # not shown yet (built then, see MainWindow) would all hold up that paint.
    window.first_painted.connect(after_painted)
    try:
        status = app.exec()
    finally:
        if window.isVisible():
            window.close()
        # Quitting closes the window, and closing the last window asks to quit
        # once more; that second request waits in the queue after exec()
        # returns. Drop it, or it would end the next event loop of a process
        # that lives on (an embedding program, the tests) the moment it starts.
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        if not data.shutdown(SHUTDOWN_TIMEOUT_MS):
            _log.warning("Quitting with tasks still running")
        for instance in listening:
            instance.close()
            instance.deleteLater()
        data.close()
        lock.release()  # a no-op when the store released it
        for qobject in (window, opener, data, runner):
            qobject.deleteLater()
    return exit_status[0] if exit_status else status

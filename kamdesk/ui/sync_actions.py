"""Sync in the window: Sync now (F5), the status-bar indicator, sign-in and conflicts.

The sync runs on the task runner's pool, not on the database worker: the
engine opens its own short transactions on the store (one per page and per
push), so pages keep reading and the visit editor keeps autosaving on the
database worker while a sync waits on the network. One sync at a time is
guaranteed by the engine's own lock (:func:`kamdesk.sync.engine.sync_lock`).

The indicator (a flat button in the status bar) reads :func:`sync_status`
on the database worker: after every other task the runner finishes (writes
change the pending count), and once a minute (so "3 h ago" stays true).
Clicking it opens a menu with Sync now, Conflicts…, Sign in/out and details.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QProgressBar, QToolButton, QWidget

from kamdesk.i18n import join_sentences, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from kamdesk.sync import SyncResult, SyncStatus
    from kamdesk.ui.conflicts_dialog import ConflictsDialog
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.sign_in_dialog import SignInDialog
    from kamdesk.ui.tasks import TaskContext, TaskHandle

#: how often the indicator is refreshed when nothing happens (ms)
REFRESH_MS = 60_000
#: how long after a finished task the indicator is refreshed (several writes, one read)
AFTER_WRITE_MS = 400
_STATUS_MS = 12_000


def ago_text(moment: datetime, now: datetime | None = None) -> str:
    """``moment`` as "just now", "5 min ago", "3 h ago" or "2 d ago"."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    seconds = max(0, int((current - moment).total_seconds()))
    if seconds < 60:
        return QCoreApplication.translate("SyncActions", "just now")
    minutes = seconds // 60
    if minutes < 60:
        return translate("SyncActions", "%n min ago", "", minutes)
    hours = minutes // 60
    if hours < 48:
        return translate("SyncActions", "%n h ago", "", hours)
    days = hours // 24
    return translate("SyncActions", "%n d ago", "", days)


def status_progress_bar(parent: QWidget, name: str) -> QProgressBar:
    """A thin progress bar for the status bar, hidden until work starts."""
    bar = QProgressBar(parent)
    bar.setObjectName(name)
    bar.setMaximumWidth(120)
    bar.setMaximumHeight(14)
    bar.setTextVisible(False)
    bar.setVisible(False)
    return bar


def short_failure(error: BaseException | str | None) -> str:
    """A few words for the indicator saying why the last sync failed.

    ``error``: the exception, or the kind of error the data directory kept
    (:attr:`SyncStatus.last_error_kind`, a class name) after a restart.
    """
    if error is None:
        return ""
    kinds = {error} if isinstance(error, str) else {c.__name__ for c in type(error).__mro__}
    if "HubUnreachable" in kinds:
        return QCoreApplication.translate("SyncActions", "hub unreachable")
    if kinds & {"SignInRequired", "NotSignedIn", "UserRevoked"}:
        return QCoreApplication.translate("SyncActions", "sign in again")
    if "HubOutdated" in kinds or getattr(error, "hub_outdated", False):
        return QCoreApplication.translate("SyncActions", "the hub needs an update")
    if "UpgradeRequired" in kinds:
        return QCoreApplication.translate("SyncActions", "update kamdesk")
    if "NoKeyring" in kinds:
        return QCoreApplication.translate("SyncActions", "no keyring")
    if "SyncBusy" in kinds:
        return QCoreApplication.translate("SyncActions", "another sync is running")
    if "HubFailed" in kinds:
        return QCoreApplication.translate("SyncActions", "hub error")
    if "DemoDataPresent" in kinds:
        return QCoreApplication.translate("SyncActions", "remove the demo data first")
    return ""


def indicator_text(
    status: SyncStatus | None,
    *,
    has_token: bool,
    failure: BaseException | None = None,
    now: datetime | None = None,
) -> str:
    """The indicator's words for a status (not while a sync runs)."""
    if status is None:
        return ""
    # lupdate reads a plural's count only as a plain name
    pending, conflicts = status.pending_changes, status.open_conflicts
    if status.demo_accounts:
        # Demo data never syncs: its changes are not pending for the hub.
        return QCoreApplication.translate("SyncActions", "demo data: not synced")
    if not status.signed_in or not has_token:
        text = QCoreApplication.translate("SyncActions", "not signed in")
        if status.pending_changes:
            text += " · " + translate("SyncActions", "%n pending", "", pending)
        return text
    if status.upgrade_required:
        if status.last_error_kind == "HubOutdated":  # engine.HUB_OUTDATED (no httpx here)
            return QCoreApplication.translate("SyncActions", "the hub needs an update")
        return QCoreApplication.translate("SyncActions", "update kamdesk to sync")
    parts: list[str] = []
    failed_last = status.last_error and (
        status.last_sync is None
        or status.last_error_at is None
        or status.last_error_at >= status.last_sync
    )
    if failed_last:
        reason = short_failure(failure if failure is not None else status.last_error_kind)
        parts.append(
            QCoreApplication.translate("SyncActions", "last sync failed: %1").replace("%1", reason)
            if reason
            else QCoreApplication.translate("SyncActions", "last sync failed")
        )
    elif status.last_sync is not None:
        parts.append(
            QCoreApplication.translate("SyncActions", "last sync %1").replace(
                "%1", ago_text(status.last_sync, now)
            )
        )
    else:
        parts.append(QCoreApplication.translate("SyncActions", "never synced"))
    parts.append(translate("SyncActions", "%n pending", "", pending))
    if status.open_conflicts:
        parts.append(translate("SyncActions", "%n conflict(s)", "", conflicts))
    return " · ".join(parts)


class SyncActions(QObject):
    """Sync now (F5), Sign in…, Conflicts… and the status-bar indicator of the window.

    Args:
        window: the main window; its ``file_menu`` gets the actions, its status
            bar the indicator and the progress.
        data: the window's data directory; a finished sync makes it emit
            ``data_changed``.

    Attributes:
        client: the HTTP client the engine uses (None: its own; tests give the
            hub's TestClient).
        handle: the running sync, if any.
        status: the last :class:`SyncStatus` read (None before the first read).
    """

    def __init__(self, window: QMainWindow, data: DataContext) -> None:
        super().__init__(window)
        self._data = data
        self.client: Any | None = None
        self.handle: TaskHandle | None = None
        self.status: SyncStatus | None = None
        self.has_token = False
        self.last_failure: BaseException | None = None
        self.last_result: SyncResult | None = None
        self._progress_text = ""
        self._status_handle: TaskHandle | None = None
        self._token_epoch = 0  # counts sign-ins and sign-outs; older keyring reads are stale
        self._reading = False
        self._again = False
        self._token_checked = False
        self.sign_in_dialog: SignInDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None

        self.sync_action = QAction(window)
        self.sync_action.setShortcuts([QKeySequence("F5")])
        self.sync_action.triggered.connect(lambda: self.sync_now())
        self.sign_in_action = QAction(window)
        self.sign_in_action.triggered.connect(lambda: self.sign_in())
        self.conflicts_action = QAction(window)
        self.conflicts_action.triggered.connect(lambda: self.show_conflicts())
        menu: QMenu = window.file_menu  # type: ignore[attr-defined]
        before = menu.actions()[-1]  # Quit
        menu.insertActions(before, [self.sync_action, self.conflicts_action, self.sign_in_action])
        menu.insertSeparator(before)

        self.indicator = QToolButton(window)
        self.indicator.setObjectName("syncIndicator")
        self.indicator.setAutoRaise(True)
        self.indicator.clicked.connect(self.show_menu)
        self.progress_bar = status_progress_bar(window, "syncProgress")
        self.cancel_button = QToolButton(window)
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_sync)
        bar = window.statusBar()
        bar.insertPermanentWidget(0, self.indicator)
        bar.insertPermanentWidget(1, self.progress_bar)
        bar.insertPermanentWidget(2, self.cancel_button)
        self.popup = QMenu(window)
        self.popup.setObjectName("syncMenu")

        self._minute = QTimer(self)
        self._minute.setInterval(REFRESH_MS)
        self._minute.timeout.connect(self.refresh)
        self._minute.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_WRITE_MS)
        self._soon.timeout.connect(self.refresh)
        data.runner.task_ended.connect(self._on_task_ended)
        data.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self._on_data_changed()

    def _window(self) -> QMainWindow:
        return cast("QMainWindow", self.parent())

    # -- the indicator ------------------------------------------------------------------

    def retranslate(self) -> None:
        self.sync_action.setText(self.tr("S&ync now"))
        self.sync_action.setStatusTip(
            self.tr("Send your changes to the office hub and get the team's")
        )
        self.conflicts_action.setText(self.tr("Sync &conflicts…"))
        self.conflicts_action.setStatusTip(
            self.tr("Changes made on two computers at once, and changes the hub refused")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the sync; what was already synced is kept"))
        self._show()

    def _signed_in(self) -> bool:
        return bool(self.status is not None and self.status.signed_in and self.has_token)

    def _show(self) -> None:
        signed_in = self._signed_in()
        self.sign_in_action.setText(
            self.tr("Sign &out of the office hub")
            if signed_in
            else self.tr("&Sign in to the office hub…")
        )
        if self.handle is not None:
            text = self._progress_text or self.tr("syncing…")
        else:
            text = indicator_text(self.status, has_token=self.has_token, failure=self.last_failure)
        self.indicator.setText(text)
        self.indicator.setVisible(bool(text))
        self.indicator.setToolTip(self._details_text())
        is_open = self._data.is_open
        self.sync_action.setEnabled(is_open and self.handle is None)
        self.conflicts_action.setEnabled(is_open)
        self.sign_in_action.setEnabled(is_open)

    def _details_text(self) -> str:
        status = self.status
        if status is None:
            return ""
        lines = []
        if status.signed_in:
            lines.append(self.tr("Hub: %1").replace("%1", status.hub_url or ""))
            lines.append(self.tr("User: %1").replace("%1", status.user or ""))
        if status.last_error:
            lines.append(self.tr("Last error: %1").replace("%1", status.last_error))
        if status.upgrade_required:
            lines.append(status.upgrade_required)
        return "\n".join(lines)

    def show_menu(self) -> QMenu:
        """The indicator's menu: Sync now, Conflicts…, Sign in/out and the details."""
        menu = self.popup
        menu.clear()
        menu.addAction(self.sync_action)
        menu.addAction(self.conflicts_action)
        menu.addAction(self.sign_in_action)
        details = self._details_text()
        if details:
            menu.addSeparator()
            for line in details.splitlines():
                item = menu.addAction(line)
                item.setEnabled(False)
        if self.indicator.isVisible():
            menu.popup(self.indicator.mapToGlobal(self.indicator.rect().topLeft()))
        return menu

    def refresh(self) -> TaskHandle | None:
        """Reads the sync status (on the pool, see ``read``); the indicator follows."""
        if not self._data.is_open or self._data.closing:
            return None
        if self._reading:
            self._again = True  # what is being read may be older than what was asked
            return None

        store = self._data.store

        def read(_ctx: TaskContext) -> SyncStatus:
            from kamdesk.sync import sync_status

            # On the pool, in a reading session of its own (SQLite readers work side by
            # side): counting the changes not yet sent reads the whole outbox, which on
            # a big book never synced takes a quarter of a second, and the database
            # worker must not wait for it (the accounts' first rows, the visit editor).
            with store.reading() as session:
                return sync_status(session)

        try:
            handle = self._data.runner.run_pool(
                read,
                label=self.tr("Reading the sync status"),
                on_done=self._on_status,
                on_error=self._on_status_failed,
            )
        except RuntimeError:  # the runner has shut down: the window is closing
            return None
        if handle is not None:
            self._reading = True
            self._status_handle = handle
        return handle

    def _on_status(self, status: SyncStatus) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self._soon.start()
        changed_user = self.status is None or (
            (self.status.hub_url, self.status.user) != (status.hub_url, status.user)
        )
        self.status = status
        if status.signed_in and (changed_user or not self._token_checked):
            self.check_token()
        self._show()

    def _on_status_failed(self, _error: BaseException) -> None:
        self._reading = False
        self._again = False

    def check_token(self) -> TaskHandle | None:
        """Looks in the keyring (on the pool: a keyring may take its time) for the token."""
        status = self.status
        if status is None or not status.signed_in:
            return None
        url, user = status.hub_url or "", status.user or ""
        epoch = self._token_epoch

        def work(_ctx: TaskContext) -> bool:
            from kamdesk.sync import credentials

            return bool(credentials.load_token(url, user))

        def checked(found: bool) -> None:
            # A sign-in or sign-out since the check began knows better: the keyring
            # was read before it changed.
            if epoch == self._token_epoch:
                self.has_token = found
                self._show()

        self._token_checked = True
        return self._data.runner.run_pool(
            work, label=self.tr("Looking for the sign-in"), on_done=checked
        )

    def _on_task_ended(self, handle: TaskHandle) -> None:
        if handle is self._status_handle or self._data.closing:
            return
        self._soon.start()

    def _on_data_changed(self) -> None:
        self._show()
        self.refresh()

    # -- syncing ------------------------------------------------------------------------

    def sync_now(self) -> TaskHandle | None:
        """Starts a sync off the GUI thread; None when one runs or nobody is signed in."""
        if self.handle is not None or not self._data.is_open or self._data.closing:
            return None
        if self.status is not None and not self._signed_in():
            self._window().statusBar().showMessage(
                self.tr("Sign in to the office hub first."), _STATUS_MS
            )
            self.sign_in()
            return None
        store = self._data.store
        client = self.client

        def work(ctx: TaskContext) -> SyncResult:
            from kamdesk.sync import run_sync

            assert store is not None
            # The search index a first download leaves is built afterwards, in the
            # background (ui/search_preparer.py): the sync is done once the rows are in.
            return run_sync(
                store,
                client=client,
                cancel=ctx.cancel,
                progress=ctx.progress,
                build_search=False,
            )

        self._progress_text = self.tr("syncing…")
        self.handle = self._data.runner.run_pool(
            work,
            label=self.tr("Syncing with the office hub"),
            on_done=self._on_sync_done,
            on_error=self._on_sync_failed,
            on_progress=self._on_sync_progress,
        )
        self.handle.cancelled.connect(self._on_sync_cancelled)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._show()
        return self.handle

    def cancel_sync(self) -> None:
        """Asks the running sync to stop after the page it is on."""
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self._progress_text = self.tr("stopping the sync…")
            self._show()

    def _on_sync_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
            percent = min(100, done * 100 // total)
            self._progress_text = self.tr("syncing… %1%").replace("%1", str(percent))
        else:
            self.progress_bar.setRange(0, 0)
            self._progress_text = self.tr("syncing…")
        self.progress_bar.setToolTip(message)
        if self.cancel_button.isEnabled():
            self._show()

    def _end_sync(self) -> None:
        self.handle = None
        self._progress_text = ""
        self.progress_bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self._data.data_changed.emit()  # pages reload, and so does the indicator

    def _on_sync_done(self, result: SyncResult) -> None:
        self.last_result = result
        self.last_failure = None
        message = (
            self.tr("Synced: %1 sent, %2 received.")
            .replace("%1", str(result.pushed))
            .replace("%2", str(result.pulled))
        )
        if result.new_conflicts:
            message = join_sentences(
                message, self.tr("%n new conflict(s) to resolve.", "", result.new_conflicts)
            )
        if result.reset:
            message = join_sentences(
                message, self.tr("The hub had been restored; everything was downloaded again.")
            )
        self._window().statusBar().showMessage(message, _STATUS_MS)
        self._end_sync()

    def _on_sync_cancelled(self) -> None:
        self._window().statusBar().showMessage(
            self.tr("Sync cancelled. What was already synced is kept; your changes are kept."),
            _STATUS_MS,
        )
        self._end_sync()

    def _on_sync_failed(self, error: BaseException) -> None:
        from kamdesk.sync import NotSignedIn, SignInRequired, SyncCancelled, SyncError
        from kamdesk.ui.messages import MessageBoxes, describe_error

        if isinstance(error, SyncCancelled):
            self._on_sync_cancelled()
            return
        self.last_failure = error
        if isinstance(error, (SignInRequired, NotSignedIn)):
            self.has_token = False
        text = describe_error(error)
        if not isinstance(error, SyncError):
            text = join_sentences(
                text, self.tr("Your changes are kept and will be sent with the next sync.")
            )
        self._window().statusBar().showMessage(self.tr("Sync failed."), _STATUS_MS)
        self._end_sync()
        MessageBoxes.warning(self._window(), self.tr("Sync"), text)
        if isinstance(error, (SignInRequired, NotSignedIn)):
            self.sign_in()

    # -- dialogs ------------------------------------------------------------------------

    def sign_in(self) -> SignInDialog | None:
        """Opens the sign-in dialog (one at a time), filled with the known hub and user."""
        if not self._data.is_open:
            return None
        from kamdesk.ui.sign_in_dialog import SignInDialog

        if self.sign_in_dialog is None:
            dialog = SignInDialog(self._data, self._window())
            dialog.signed_in.connect(self._on_signed_in)
            dialog.signed_out.connect(self._on_signed_out)
            self.sign_in_dialog = dialog
        dialog = self.sign_in_dialog
        dialog.client = self.client
        dialog.set_status(self.status, signed_in=self._signed_in())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_signed_in(self, result: object) -> None:
        self._token_epoch += 1
        self.has_token = True
        self.last_failure = None
        user = getattr(result, "user", "")
        self._window().statusBar().showMessage(
            self.tr("Signed in as %1. Press F5 to sync.").replace("%1", str(user)), _STATUS_MS
        )
        self.status = None  # the next read decides; the user may have changed
        self.refresh()

    def _on_signed_out(self) -> None:
        self._token_epoch += 1
        self.has_token = False
        self._window().statusBar().showMessage(
            self.tr("Signed out. Your data and unsynced changes stay on this computer."),
            _STATUS_MS,
        )
        self._show()

    def show_conflicts(self) -> ConflictsDialog | None:
        """Opens the Conflicts dialog (one at a time)."""
        if not self._data.is_open:
            return None
        from kamdesk.ui.conflicts_dialog import ConflictsDialog

        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self._data, self._window())
        dialog = self.conflicts_dialog
        dialog.reload()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

"""Sign in to the office hub (and sign out): hub address, user name, password.

The sign-in runs on the task runner's pool, never on the GUI thread: it is a
network request, and :func:`kamdesk.sync.login` puts the device token in the
OS keyring (only there) and records the hub and the user in the data folder.
Every failure is said in the dialog in the rep's words: wrong password, hub
unreachable, no keyring (nothing was stored), a newer kamdesk needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from kamdesk.sync import LoginResult, SyncStatus
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskContext, TaskHandle


class SignInDialog(QDialog):
    """The sign-in dialog; not modal, so the window stays usable while it waits.

    Signals:
        signed_in(object): the hub accepted; the :class:`LoginResult`.
        signed_out: the token was removed from the keyring.

    Attributes:
        client: the HTTP client for the hub (None: the engine's own).
        handle: the sign-in running, if any.
    """

    signed_in = Signal(object)
    signed_out = Signal()

    def __init__(self, data: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._data = data
        self.client: Any | None = None
        self.handle: TaskHandle | None = None
        self._signed_in = False

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.hub_edit = QLineEdit(self)
        self.hub_edit.setObjectName("hubAddress")
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("userName")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.hub_label = QLabel(self)
        self.user_label = QLabel(self)
        self.password_label = QLabel(self)
        self.hub_label.setBuddy(self.hub_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
        self.form.addRow(self.hub_label, self.hub_edit)
        self.form.addRow(self.user_label, self.user_edit)
        self.form.addRow(self.password_label, self.password_edit)
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setDefault(True)
        self.sign_out_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(lambda: self.submit())
        self.sign_out_button.clicked.connect(lambda: self.sign_out())
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()
        self.set_status(None, signed_in=False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to the office hub"))
        self.intro.setText(
            self.tr(
                "Sign in once on this computer to sync with the office hub. Your password is "
                "not kept; the sign-in is kept in the system keyring."
            )
        )
        self.hub_label.setText(self.tr("&Hub address:"))
        self.hub_edit.setPlaceholderText(self.tr("for example https://hub.office.lan:8443"))
        self.user_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_out_button.setText(self.tr("Sign &out"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_status(self, status: SyncStatus | None, *, signed_in: bool) -> None:
        """Fills in the hub and user known for this data folder; Sign out when signed in."""
        self._signed_in = signed_in
        if status is not None and status.hub_url and not self.hub_edit.text():
            self.hub_edit.setText(status.hub_url)
        if status is not None and status.user and not self.user_edit.text():
            self.user_edit.setText(status.user)
        self.sign_out_button.setVisible(signed_in)
        if signed_in and status is not None:
            self._say(
                self.tr("Signed in as %1 on %2.")
                .replace("%1", status.user or "")
                .replace("%2", status.hub_url or ""),
                error=False,
            )
        else:
            self.message.setVisible(False)
        target = self.hub_edit
        if self.hub_edit.text():
            target = self.password_edit if self.user_edit.text() else self.user_edit
        target.setFocus()

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setVisible(True)

    def _check(self) -> tuple[str, str, str] | None:
        hub = self.hub_edit.text().strip()
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        problem: tuple[QLineEdit, str] | None = None
        if not hub:
            problem = (self.hub_edit, self.tr("Hub address: enter the address of the office hub."))
        elif not hub.lower().startswith(("http://", "https://")) or len(hub.split("://", 1)[1]) < 1:
            problem = (
                self.hub_edit,
                self.tr("Hub address: it must start with http:// or https://."),
            )
        elif not user:
            problem = (self.user_edit, self.tr("User name: enter your user name on the hub."))
        elif not password:
            problem = (self.password_edit, self.tr("Password: enter your password."))
        if problem is not None:
            widget, text = problem
            self._say(text, error=True)
            widget.setFocus()
            return None
        return hub, user, password

    def submit(self) -> TaskHandle | None:
        """Signs in with what is typed, on the pool; None when the input is incomplete."""
        if self.handle is not None:
            return None
        values = self._check()
        if values is None or self._data.store is None:
            return None
        hub, user, password = values
        store = self._data.store
        client = self.client

        def work(_ctx: TaskContext) -> LoginResult:
            from kamdesk.sync import login

            return login(store, hub, user, password, client=client)

        self._busy(True)
        self._say(self.tr("Signing in…"), error=False)
        self.handle = self._data.runner.run_pool(
            work,
            label=self.tr("Signing in to the office hub"),
            on_done=self._on_signed_in,
            on_error=self._on_failed,
        )
        return self.handle

    def _busy(self, busy: bool) -> None:
        for widget in (
            self.hub_edit,
            self.user_edit,
            self.password_edit,
            self.sign_in_button,
            self.sign_out_button,
        ):
            widget.setEnabled(not busy)

    def _on_signed_in(self, result: LoginResult) -> None:
        self.handle = None
        self._busy(False)
        self.password_edit.clear()
        self._signed_in = True
        self.sign_out_button.setVisible(True)
        self._say(
            self.tr("Signed in as %1 on %2.")
            .replace("%1", result.user)
            .replace("%2", result.hub_url),
            error=False,
        )
        self.signed_in.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        from kamdesk.sync import HubUnreachable, SyncError, WrongPassword
        from kamdesk.ui.messages import describe_error

        self.handle = None
        self._busy(False)
        if isinstance(error, WrongPassword):
            text = self.tr("Wrong user name or password. Check them and try again.")
            self.password_edit.selectAll()
            self.password_edit.setFocus()
        elif isinstance(error, HubUnreachable):
            text = self.tr(
                "The hub at %1 cannot be reached. Check the address and that you are on the "
                "office network."
            ).replace("%1", self.hub_edit.text().strip())
            self.hub_edit.setFocus()
        elif isinstance(error, SyncError):  # NoKeyring among them: nothing was stored
            text = describe_error(error)
        else:
            text = self.tr("Signing in failed: %1").replace("%1", describe_error(error))
        self._say(text, error=True)

    def sign_out(self) -> TaskHandle | None:
        """Removes the sign-in from the keyring; the data and unsynced changes stay."""
        if self.handle is not None or self._data.store is None:
            return None
        store = self._data.store

        def work(_ctx: TaskContext) -> None:
            from kamdesk.sync import logout

            logout(store)

        self._busy(True)
        self.handle = self._data.runner.run_pool(
            work,
            label=self.tr("Signing out"),
            on_done=self._on_signed_out,
            on_error=self._on_failed,
        )
        return self.handle

    def _on_signed_out(self, _result: object) -> None:
        self.handle = None
        self._busy(False)
        self._signed_in = False
        self.sign_out_button.setVisible(False)
        self._say(
            self.tr("Signed out. Your data and unsynced changes stay on this computer."),
            error=False,
        )
        self.signed_out.emit()

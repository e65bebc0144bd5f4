"""The Share dialog: who else (by hub user name) may see and edit an account.

The rep adds names (each checked as :func:`kamdesk.services.accounts.share_account`
checks it) and removes them; Save writes the difference in one unit of work on
the database worker. Whether the users exist, and whether this rep may change
the sharing at all (only the owner or a manager may), the hub checks when it
syncs: a refusal comes back as a rejected change in the Conflicts dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.messages import describe_error

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

    from kamdesk.services.accounts import Changed
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskContext


class ShareDialog(QDialog):
    """Edits the list of user names an account is shared with.

    Signals:
        saved(object): the sharing was written (the service's ``Changed``);
            not emitted when nothing changed.
    """

    saved = Signal(object)

    def __init__(
        self,
        data: DataContext,
        account_id: str,
        account_name: str,
        shared_with: Sequence[str],
        owner: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self._data = data
        self._account_id = account_id
        self._account_name = account_name
        self._owner = owner
        self._original = list(shared_with)
        self._saving = False

        self.owner_label = QLabel(self)
        self.owner_label.setObjectName("shareOwnerLabel")
        self.names = QListWidget(self)
        self.names.setObjectName("sharedWithList")
        self.names.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.names.addItems(self._original)
        self.names.itemSelectionChanged.connect(self._update_buttons)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("shareNameEdit")
        self.name_edit.textChanged.connect(self._on_name_edited)
        self.name_edit.returnPressed.connect(self.add_name)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("shareAddButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_name)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("shareRemoveButton")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("shareError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#c62828")
        self.error_label.setVisible(False)
        self.note = QLabel(self)
        self.note.setObjectName("shareNote")
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        adding = QHBoxLayout()
        adding.addWidget(self.name_edit, 1)
        adding.addWidget(self.add_button)
        removing = QHBoxLayout()
        removing.addStretch(1)
        removing.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.owner_label)
        layout.addWidget(self.names, 1)
        layout.addLayout(removing)
        layout.addLayout(adding)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(380, 360)
        self.retranslate()
        self._update_buttons()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the list -----------------------------------------------------------------------

    def shared_with(self) -> list[str]:
        """The names in the list now, in order."""
        return [self.names.item(row).text() for row in range(self.names.count())]

    def add_name(self) -> None:
        """Adds the typed name, or says why it is no user name."""
        from kamdesk.services.accounts import user_name_problem

        name = self.name_edit.text().strip()
        if not name:
            return
        problem = user_name_problem(name)
        if problem is not None:
            self._show_error(problem[:1].upper() + problem[1:])
            return
        if name not in self.shared_with():
            self.names.addItem(name)
        self.name_edit.clear()
        self._show_error("")
        self._update_buttons()

    def remove_selected(self) -> None:
        for item in self.names.selectedItems():
            self.names.takeItem(self.names.row(item))
        self._update_buttons()

    def _on_name_edited(self, _text: str) -> None:
        self._show_error("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self._saving and bool(self.name_edit.text().strip()))
        self.remove_button.setEnabled(not self._saving and bool(self.names.selectedItems()))
        self.buttons.setEnabled(not self._saving)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- saving -------------------------------------------------------------------------

    def accept(self) -> None:
        """Writes what was added and removed with one ``share_account`` on the worker."""
        if self._saving:
            return
        if self.name_edit.text().strip():
            self.add_name()  # a name typed but not added yet is meant to be added
            if self.error_label.isVisible():
                return
        now = self.shared_with()
        add = [name for name in now if name not in self._original]
        remove = [name for name in self._original if name not in now]
        if not add and not remove:
            super().accept()
            return
        account_id = self._account_id

        def work(session: Session, _ctx: TaskContext) -> Changed:
            from kamdesk.services.accounts import share_account

            return share_account(session, account_id, add=add, remove=remove)

        handle = self._data.write(
            work,
            label=self.tr("Saving who the account is shared with"),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
        )
        if handle is not None:
            self._saving = True
            self._update_buttons()

    def _on_saved(self, changed: Changed) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.saved.emit(changed)
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        from kamdesk.services.accounts import ValidationFailed

        self._saving = False
        self._update_buttons()
        if isinstance(error, ValidationFailed):
            reason = error.errors[0].reason
            self._show_error(reason[:1].upper() + reason[1:])
            return
        self._show_error(
            self.tr("Could not save who the account is shared with: %1").replace(
                "%1", describe_error(error)
            )
        )

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Share %1").replace("%1", self._account_name))
        self.owner_label.setText(
            self.tr("Owner: %1").replace("%1", self._owner) if self._owner else self.tr("Owner: me")
        )
        self.name_edit.setPlaceholderText(self.tr("A colleague's user name on the hub"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.note.setText(
            self.tr(
                "The hub checks the names when you sync. Only the account's owner "
                "or a manager may change who it is shared with."
            )
        )

"""Creating, editing and deleting accounts, contacts and visits from the window, with Undo.

:class:`AccountEditing` opens the account and contact dialogs (window-modal,
without a nested event loop), asks before a deletion how much goes with it
(:func:`~kamdesk.services.accounts.deletion_impact`), deletes (a tombstone)
and keeps the receipts of the deletions so that Edit ▸ Undo (Ctrl+Z) can
bring exactly those rows back (:func:`~kamdesk.services.accounts.undo_deletion`).
A visit is deleted the same way (:func:`~kamdesk.services.visits.delete_visit`),
and the same Undo brings it back with its promises (``restore_visit``).
A contact's personality is assessed in the
:class:`~kamdesk.ui.personality_dialog.PersonalityDialog`; clearing it
(:func:`~kamdesk.services.personality.clear_assessment`) is taken back by
the same Undo (``restore_assessment``).
Every write runs on the database worker through :class:`DataContext`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from kamdesk.i18n import join_sentences
from kamdesk.ui.data_context import DataContext
from kamdesk.ui.messages import MessageBoxes, describe_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.accounts import AccountDetail, Changed, DeletionReceipt, Impact
    from kamdesk.services.personality import ClearedAssessment
    from kamdesk.settings import Settings

#: How many deletions Undo can take back, most recent first.
UNDO_LIMIT = 50


def _detail(session: Session, account_id: str) -> AccountDetail:
    from kamdesk.services.accounts import account_detail

    return account_detail(session, account_id)


def _impact(session: Session, account_id: str) -> tuple[str, Impact]:
    from kamdesk.services.accounts import account_detail, deletion_impact

    return account_detail(session, account_id).name, deletion_impact(session, account_id)


def _delete_account(session: Session, account_id: str) -> DeletionReceipt:
    from kamdesk.services.accounts import delete_account

    return delete_account(session, account_id)


def _delete_contact(session: Session, contact_id: str) -> DeletionReceipt:
    from kamdesk.services.contacts import delete_contact

    return delete_contact(session, contact_id)


@dataclass(frozen=True)
class VisitDeletion:
    """A deleted visit, as Undo needs it: what ``delete_visit`` tombstoned, and its name."""

    id: str
    account_id: str
    #: the visit in words ("周四 11-26 10:00–11:00 比亚迪"), for the messages
    name: str
    changed: Changed
    entity: str = "visit"


def _delete_visit(session: Session, visit_id: str) -> Changed:
    from kamdesk.services.visits import delete_visit

    return delete_visit(session, visit_id)


@dataclass(frozen=True)
class StyleClearing:
    """A contact's cleared personality, as Undo needs it."""

    cleared: ClearedAssessment
    #: the contact's name, for the messages
    name: str
    account_id: str
    changed: Changed
    entity: str = "personality"


def _clear_style(session: Session, contact_id: str) -> ClearedAssessment:
    from kamdesk.services.personality import clear_assessment

    return clear_assessment(session, contact_id)


def _undo(session: Session, receipt: DeletionReceipt | VisitDeletion | StyleClearing) -> object:
    if isinstance(receipt, StyleClearing):
        from kamdesk.services.personality import restore_assessment

        return restore_assessment(session, receipt.cleared)
    if isinstance(receipt, VisitDeletion):
        from kamdesk.services.visits import restore_visit

        return restore_visit(session, receipt.id, receipt.changed)
    from kamdesk.services.accounts import undo_deletion

    return undo_deletion(session, receipt)


def undo_shortcut_text() -> str:
    """The platform's Undo shortcut as the rep reads it (Ctrl+Z, ⌘Z)."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )


class AccountEditing(QObject):
    """The window's editing of accounts and contacts, and its Undo of deletions.

    Args:
        data: the data directory.
        window: the parent of the dialogs and questions.

    Signals:
        changed(object): data was written (a ``Changed``); the pages reload.
        account_shown(str): the account to select after the change (created, restored).
        undo_changed: what Undo would take back changed (see :meth:`undo_text`).
        status(str): a message for the status bar.
    """

    changed = Signal(object)
    account_shown = Signal(str)
    undo_changed = Signal()
    status = Signal(str)

    def __init__(self, data: DataContext, window: QWidget) -> None:
        super().__init__(window)
        self._data = data
        self._window = window
        self._receipts: list[DeletionReceipt | VisitDeletion | StyleClearing] = []
        #: the dialog open now (one at a time), for tests and to raise it again
        self.dialog: QDialog | None = None

    # -- dialogs ------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._on_dialog_finished(d))
        dialog.open()

    def _on_dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def new_account(self) -> None:
        """Opens the dialog for a new account."""
        from kamdesk.ui.account_dialog import AccountDialog

        dialog = AccountDialog(self._data, parent=self._window)
        dialog.saved.connect(lambda changed, d=dialog: self._on_account_saved(d, changed))
        self._open(dialog)

    def edit_account(self, account_id: str) -> None:
        """Reads the account, then opens the dialog on it."""
        self._data.read(
            lambda session: _detail(session, account_id),
            label=self.tr("Loading the account"),
            on_done=self._on_account_read,
            on_error=self._on_failed,
        )

    def _on_account_read(self, detail: AccountDetail) -> None:
        from kamdesk.services.accounts import account_input_of
        from kamdesk.ui.account_dialog import AccountDialog

        dialog = AccountDialog(self._data, detail.id, account_input_of(detail), parent=self._window)
        dialog.saved.connect(lambda changed, d=dialog: self._on_account_saved(d, changed))
        self._open(dialog)

    def _on_account_saved(self, dialog: QDialog, changed: object) -> None:
        account_id = getattr(dialog, "account_id", None)
        name = dialog.input().name.strip()
        if getattr(changed, "op", "") == "created":
            self.status.emit(self.tr("Account %1 created.").replace("%1", name))
        elif getattr(changed, "is_empty", False):
            self.status.emit(self.tr("Nothing was changed."))
        else:
            self.status.emit(self.tr("Account %1 saved.").replace("%1", name))
        self.changed.emit(changed)
        if account_id:
            self.account_shown.emit(account_id)

    def new_contact(self, account_id: str) -> None:
        """Reads the account (for its name), then opens the dialog for a new contact of it."""
        self._data.read(
            lambda session: _detail(session, account_id),
            label=self.tr("Loading the account"),
            on_done=lambda detail: self._open_contact(detail, None),
            on_error=self._on_failed,
        )

    def edit_contact(self, account_id: str, contact_id: str) -> None:
        """Reads the contact with its account, then opens the dialog on it."""
        self._data.read(
            lambda session: _detail(session, account_id),
            label=self.tr("Loading the contact"),
            on_done=lambda detail: self._open_contact(detail, contact_id),
            on_error=self._on_failed,
        )

    def _open_contact(self, detail: AccountDetail, contact_id: str | None) -> None:
        from kamdesk.services.contacts import contact_input_of
        from kamdesk.ui.contact_dialog import ContactDialog

        initial = None
        keep_local = None  # a new contact: the rep's default
        if contact_id is not None:
            view = next((c for c in detail.contacts if c.id == contact_id), None)
            if view is None:
                self.status.emit(self.tr("This contact no longer exists."))
                return
            initial = contact_input_of(view)
            keep_local = view.keep_local
        dialog = ContactDialog(
            self._data,
            detail.id,
            contact_id,
            initial,
            account_name=detail.name,
            keep_local=keep_local,
            parent=self._window,
        )
        dialog.saved.connect(lambda changed, d=dialog: self._on_contact_saved(d, changed))
        self._open(dialog)

    def _on_contact_saved(self, dialog: QDialog, changed: object) -> None:
        name = dialog.input().name.strip()
        if getattr(changed, "op", "") == "created":
            self.status.emit(self.tr("Contact %1 added.").replace("%1", name))
        elif getattr(changed, "is_empty", False):
            self.status.emit(self.tr("Nothing was changed."))
        else:
            self.status.emit(self.tr("Contact %1 saved.").replace("%1", name))
        self.changed.emit(changed)

    # -- deleting -----------------------------------------------------------------------

    def impact_text(self, impact: Impact) -> str:
        """What goes with an account, in words: "3 contacts and 2 visits" (``""`` for nothing)."""
        counted = [
            (impact.contacts, self.tr("%n contact(s)", "", impact.contacts)),
            (impact.visits, self.tr("%n visit(s)", "", impact.visits)),
            (impact.calls, self.tr("%n call(s)", "", impact.calls)),
            (impact.tasks, self.tr("%n follow-up(s)", "", impact.tasks)),
            (impact.special_dates, self.tr("%n special date(s)", "", impact.special_dates)),
        ]
        listed = [words for count, words in counted if count]
        if len(listed) <= 1:
            return "".join(listed)
        # The list's separators are the language's: "a, b and c", "a、b和c".
        return self.tr(", ").join(listed[:-1]) + self.tr(" and ") + listed[-1]

    def delete_account(self, account_id: str) -> None:
        """Says how much goes with the account, asks, then deletes it (Undo brings it back)."""
        self._data.read(
            lambda session: _impact(session, account_id),
            label=self.tr("Counting what goes with the account"),
            on_done=lambda answer: self._confirm_account_deletion(account_id, *answer),
            on_error=self._on_failed,
        )

    def _confirm_account_deletion(self, account_id: str, name: str, impact: Impact) -> None:
        text = self.tr("Delete %1?").replace("%1", name)
        taken = self.impact_text(impact)
        if taken:
            text = join_sentences(text, self.tr("Its %1 go with it.").replace("%1", taken))
        text += "\n\n" + self.tr("You can undo this with %1.").replace("%1", undo_shortcut_text())
        if not MessageBoxes.confirm(
            self._window, self.tr("Delete account"), text, self.tr("Delete")
        ):
            return
        self._data.write(
            lambda session, _ctx: _delete_account(session, account_id),
            label=self.tr("Deleting the account"),
            on_done=self._on_deleted,
            on_error=self._on_failed,
        )

    def delete_contact(self, contact_id: str, name: str = "") -> None:
        """Asks, then deletes the contact (Undo brings it back)."""
        text = self.tr("Delete the contact %1?").replace("%1", name) if name else ""
        if not text:
            text = self.tr("Delete this contact?")
        text += "\n\n" + self.tr("You can undo this with %1.").replace("%1", undo_shortcut_text())
        if not MessageBoxes.confirm(
            self._window, self.tr("Delete contact"), text, self.tr("Delete")
        ):
            return
        self._data.write(
            lambda session, _ctx: _delete_contact(session, contact_id),
            label=self.tr("Deleting the contact"),
            on_done=self._on_deleted,
            on_error=self._on_failed,
        )

    def delete_visit(self, visit_id: str, description: str = "") -> None:
        """Asks, then deletes the visit with its promises (Undo brings them back)."""
        if description:
            text = self.tr("Delete the visit %1?").replace("%1", description)
        else:
            text = self.tr("Delete this visit?")
        text += " " + self.tr("The promises made at it go with it.")
        text += "\n\n" + self.tr("You can undo this with %1.").replace("%1", undo_shortcut_text())
        if not MessageBoxes.confirm(self._window, self.tr("Delete visit"), text, self.tr("Delete")):
            return
        self._data.write(
            lambda session, _ctx: _delete_visit(session, visit_id),
            label=self.tr("Deleting the visit"),
            on_done=lambda changed: self._on_deleted(
                VisitDeletion(
                    visit_id,
                    changed.account_ids[0] if changed.account_ids else "",
                    description or self.tr("the visit"),
                    changed,
                )
            ),
            on_error=self._on_failed,
        )

    # -- personality --------------------------------------------------------------------

    def assess_contact(self, contact_id: str, settings: Settings) -> None:
        """Opens the guided assessment of the contact's personality."""
        from kamdesk.ui.personality_dialog import PersonalityDialog

        dialog = PersonalityDialog(self._data, settings, contact_id, self._window)
        dialog.saved.connect(lambda changes, d=dialog: self._on_assessed(d, changes))
        self._open(dialog)

    def _on_assessed(self, dialog: QDialog, changes: object) -> None:
        subject = getattr(dialog, "subject", None)
        name = subject.name if subject is not None else ""
        self.status.emit(self.tr("The personality of %1 is saved.").replace("%1", name))
        written = [c for c in changes or () if not getattr(c, "is_empty", False)]  # type: ignore[attr-defined]
        if written:
            self.changed.emit(written[-1])

    def clear_style(self, contact_id: str, name: str = "") -> None:
        """Clears the contact's personality: style, observations and choice (Undo brings it back)."""
        self._data.write(
            lambda session, _ctx: _clear_style(session, contact_id),
            label=self.tr("Clearing the personality"),
            on_done=lambda cleared: self._on_style_cleared(cleared, name),
            on_error=self._on_failed,
        )

    def _on_style_cleared(self, cleared: ClearedAssessment, name: str) -> None:
        if getattr(cleared.changed, "is_empty", False) or not cleared.changed.ids:
            self.status.emit(self.tr("Nothing was changed."))
            return
        self._receipts.append(
            StyleClearing(
                cleared, name or self.tr("the contact"), cleared.account_id, cleared.changed
            )
        )
        del self._receipts[:-UNDO_LIMIT]
        self.undo_changed.emit()
        self.status.emit(
            self.tr("Cleared the personality of %1 — Undo (%2)")
            .replace("%1", name)
            .replace("%2", undo_shortcut_text())
        )
        self.changed.emit(cleared.changed)

    def _on_deleted(self, receipt: DeletionReceipt | VisitDeletion) -> None:
        self._receipts.append(receipt)
        del self._receipts[:-UNDO_LIMIT]
        self.undo_changed.emit()
        self.status.emit(
            self.tr("Deleted %1 — Undo (%2)")
            .replace("%1", receipt.name)
            .replace("%2", undo_shortcut_text())
        )
        self.changed.emit(receipt.changed)

    # -- undo ---------------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self._receipts)

    def undo_text(self) -> str:
        """The Undo action's title: what it would take back."""
        if not self._receipts:
            return self.tr("&Undo")
        receipt = self._receipts[-1]
        if receipt.entity == "account":
            return self.tr("&Undo deleting account %1").replace("%1", receipt.name)
        if receipt.entity == "visit":
            return self.tr("&Undo deleting visit %1").replace("%1", receipt.name)
        if receipt.entity == "personality":
            return self.tr("&Undo clearing the personality of %1").replace("%1", receipt.name)
        return self.tr("&Undo deleting contact %1").replace("%1", receipt.name)

    def undo(self) -> None:
        """Brings back the rows of the latest deletion."""
        if not self._receipts:
            return
        receipt = self._receipts.pop()
        self.undo_changed.emit()
        self._data.write(
            lambda session, _ctx: _undo(session, receipt),
            label=self.tr("Undoing the clearing")
            if isinstance(receipt, StyleClearing)
            else self.tr("Undoing the deletion"),
            on_done=lambda changed: self._on_undone(receipt, changed),
            on_error=self._on_failed,
        )

    def _on_undone(
        self, receipt: DeletionReceipt | VisitDeletion | StyleClearing, changed: object
    ) -> None:
        if isinstance(receipt, StyleClearing):
            self.status.emit(self.tr("The personality of %1 is back.").replace("%1", receipt.name))
            self.changed.emit(changed)
            return
        self.status.emit(self.tr("%1 is back.").replace("%1", receipt.name))
        self.changed.emit(changed)
        if not isinstance(receipt, VisitDeletion):  # a visit comes back where it was shown
            self.account_shown.emit(receipt.account_id)

    def _on_failed(self, error: BaseException) -> None:
        self.status.emit(self.tr("That did not work: %1").replace("%1", describe_error(error)))

"""The account dialog: create or edit one account, each field checked as it is typed.

The fields are read into an :class:`~kamdesk.services.accounts.AccountInput`
and checked by :func:`~kamdesk.services.accounts.validate_account`; a wrong
field shows the service's message under it. OK saves through
:meth:`DataContext.write` in one unit of work with
:func:`~kamdesk.services.accounts.create_account` or ``update_account``; if
the service still refuses (it checks again), its errors go to their fields
and nothing is written. A name that another account already has is pointed
out (:func:`~kamdesk.services.accounts.similar_accounts`), not refused: two
companies may share a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.data_context import DataContext
from kamdesk.ui.form_parts import (
    FORM_STYLE,
    WARNING_COLOUR,
    FieldErrors,
    PhonesEdit,
    TimeRangeEdit,
    code_of,
    fill_codes,
    message_label,
    select_code,
)
from kamdesk.ui.labels import (
    category_label,
    lifecycle_class_label,
    milestone_label,
    source_label,
)
from kamdesk.ui.messages import describe_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.errors import InvalidInput
    from kamdesk.services.accounts import AccountInput, Changed, ValidationFailed

#: The one-line text fields, by the service's field names.
_LINE_FIELDS = ("name", "short_name", "industry", "region", "address", "phones", "website")
#: The enumerated fields (combo boxes).
_CODE_FIELDS = ("category", "lifecycle_class", "tier", "milestone", "source")
#: The several-line fields, on the second tab.
_NOTE_FIELDS = ("background", "organisation_notes", "biggest_project", "competitors", "notes")


def _save(
    session: Session, account_id: str | None, data: AccountInput
) -> Changed | ValidationFailed:
    """Creates or updates the account; a refusal is returned, not raised (nothing was written)."""
    from kamdesk.services.accounts import ValidationFailed, create_account, update_account

    try:
        if account_id is None:
            return create_account(session, data)
        return update_account(session, account_id, data)
    except ValidationFailed as refused:
        return refused


def _similar(session: Session, name: str, exclude_id: str | None) -> list[tuple[str, str]]:
    from kamdesk.services.accounts import similar_accounts

    return similar_accounts(session, name, exclude_id=exclude_id)


def _tier_label(code: str) -> str:
    return code


class AccountDialog(QDialog):
    """Create (``account_id`` None) or edit one account.

    Signals:
        saved(object): the account was written; the service's ``Changed``.
    """

    saved = Signal(object)

    def __init__(
        self,
        data: DataContext,
        account_id: str | None = None,
        initial: AccountInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setStyleSheet(FORM_STYLE)
        self._data = data
        self._account_id = account_id
        self._saving = False
        self._similar_generation = 0
        self.errors = FieldErrors(self._check, self)

        self.edits: dict[str, QLineEdit] = {}
        for name in _LINE_FIELDS:
            edit = PhonesEdit(self) if name == "phones" else QLineEdit(self)
            edit.setObjectName(f"{name}Edit")
            self.edits[name] = edit
        self.combos: dict[str, QComboBox] = {}
        for name in _CODE_FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"{name}Combo")
            self.combos[name] = combo
        self.interval_edit = QLineEdit(self)
        self.interval_edit.setObjectName("contactIntervalEdit")
        self.interval_edit.setMaximumWidth(120)
        # The working day of the account's people: contacts without hours of their own take it.
        self.work_hours_edit = TimeRangeEdit(self)
        self.work_hours_edit.setObjectName("accountWorkHoursEdit")
        self.lunch_edit = TimeRangeEdit(self)
        self.lunch_edit.setObjectName("accountLunchEdit")
        self.notes: dict[str, QPlainTextEdit] = {}
        for name in _NOTE_FIELDS:
            note = QPlainTextEdit(self)
            note.setObjectName(f"{name}Edit")
            note.setTabChangesFocus(True)
            note.setMinimumHeight(56)
            self.notes[name] = note

        self.similar_label = message_label(self, WARNING_COLOUR)
        self.similar_label.setObjectName("similarAccounts")
        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(400)
        self._similar_timer.timeout.connect(self._look_for_similar)
        self.edits["name"].textEdited.connect(lambda _text: self._similar_timer.start())

        self.labels: dict[str, QLabel] = {}
        general = QWidget(self)
        form = QFormLayout(general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_field = self.errors.add("name", self.edits["name"])
        name_field.layout().addWidget(self.similar_label)
        self._add_row(form, "name", name_field, self.edits["name"])
        for name in _LINE_FIELDS[1:]:
            self._add_row(form, name, self.errors.add(name, self.edits[name]), self.edits[name])
        for name in _CODE_FIELDS:
            self._add_row(form, name, self.errors.add(name, self.combos[name]), self.combos[name])
        self._add_row(
            form,
            "contact_interval_days",
            self.errors.add("contact_interval_days", self.interval_edit),
            self.interval_edit,
        )
        for name, edit in (("work_hours", self.work_hours_edit), ("lunch", self.lunch_edit)):
            self._add_row(form, name, self.errors.add(name, edit), edit)
        background = QWidget(self)
        notes_form = QFormLayout(background)
        notes_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in _NOTE_FIELDS:
            self._add_row(
                notes_form, name, self.errors.add(name, self.notes[name]), self.notes[name]
            )

        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, "")
        self.tabs.addTab(background, "")
        self._tab_of = {name: 0 for name in (*_LINE_FIELDS, *_CODE_FIELDS)}
        self._tab_of.update(contact_interval_days=0, work_hours=0, lunch=0)
        self._tab_of.update({name: 1 for name in _NOTE_FIELDS})

        self.save_error = message_label(self)
        self.save_error.setObjectName("saveError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)

        self.retranslate()
        if initial is not None:
            self.set_input(initial)
        self.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(460)
        # Sized for the first tab: the notes tab would ask for far more height than it needs.
        self.resize(max(560, self.sizeHint().width()), self.minimumSizeHint().height() + 40)

    def _add_row(self, form: QFormLayout, name: str, field: QWidget, buddy: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(buddy)
        self.labels[name] = label
        form.addRow(label, field)

    @property
    def account_id(self) -> str | None:
        """The account edited; for a new one, its id once saved."""
        return self._account_id

    # -- the input ----------------------------------------------------------------------

    def set_input(self, data: AccountInput) -> None:
        """Fills the fields (editing an account: ``account_input_of(detail)``)."""
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
            edit.setCursorPosition(0)
        for name, combo in self.combos.items():
            select_code(combo, getattr(data, name))
        interval = data.contact_interval_days
        self.interval_edit.setText("" if interval is None else str(interval))
        self.work_hours_edit.setText(data.work_hours)
        self.lunch_edit.setText(data.lunch)
        for name, note in self.notes.items():
            note.setPlainText(getattr(data, name))

    def input(self) -> AccountInput:
        """The account as the fields give it, for the service to check."""
        from kamdesk.services.accounts import AccountInput

        return AccountInput(
            **{name: edit.text() for name, edit in self.edits.items()},
            **{name: code_of(combo) for name, combo in self.combos.items()},
            contact_interval_days=self.interval_edit.text(),
            work_hours=self.work_hours_edit.text(),
            lunch=self.lunch_edit.text(),
            **{name: note.toPlainText() for name, note in self.notes.items()},
        )

    def _check(self) -> list[InvalidInput]:
        from kamdesk.services.accounts import validate_account

        return validate_account(self.input())

    def _look_for_similar(self) -> None:
        name = self.edits["name"].text()
        self._similar_generation += 1
        generation = self._similar_generation
        if not name.strip() or not self._data.is_open:
            self._show_similar(generation, [])
            return
        exclude = self._account_id
        self._data.read(
            lambda session: _similar(session, name, exclude),
            label=self.tr("Looking for accounts with this name"),
            on_done=lambda found: self._show_similar(generation, found),
            on_error=lambda _error: None,
        )

    def _show_similar(self, generation: int, found: list[tuple[str, str]]) -> None:
        if not shiboken6.isValid(self) or generation != self._similar_generation:
            return
        if found:
            text = self.tr(
                "%n other account(s) already have this name. Save anyway if this is another "
                "company.",
                "",
                len(found),
            )
        else:
            text = ""
        self.similar_label.setText(text)
        self.similar_label.setVisible(bool(text))

    # -- saving -------------------------------------------------------------------------

    def accept(self) -> None:
        """OK: saves if every field is right; otherwise shows what is wrong, where."""
        if self._saving:
            return
        first = self.errors.show_all()
        if first is not None:
            self._show_field(first)
            return
        data = self.input()
        account_id = self._account_id
        handle = self._data.write(
            lambda session, _ctx: _save(session, account_id, data),
            label=self.tr("Saving the account"),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
        )
        if handle is None:
            return
        self._set_saving(True)

    def reject(self) -> None:
        """Cancel (Esc); not while saving: the account may be written already."""
        if not self._saving:
            super().reject()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ok_button.setEnabled(not saving)

    def _show_field(self, name: str) -> None:
        self.tabs.setCurrentIndex(self._tab_of.get(name, 0))
        self.errors.field(name).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_saved(self, result: object) -> None:
        if not shiboken6.isValid(self):
            return
        from kamdesk.services.accounts import ValidationFailed

        self._set_saving(False)
        if isinstance(result, ValidationFailed):
            first = self.errors.show_all(result.errors)
            if first is not None:
                self._show_field(first)
            return
        changed = result
        if self._account_id is None and getattr(changed, "ids", ()):
            self._account_id = changed.ids[0]  # type: ignore[attr-defined]
        self.saved.emit(changed)
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.save_error.setText(
            self.tr("The account could not be saved: %1").replace("%1", describe_error(error))
        )
        self.save_error.setVisible(True)

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        from kamdesk.services.accounts import CODES

        self.setWindowTitle(
            self.tr("New account") if self._account_id is None else self.tr("Edit account")
        )
        self.tabs.setTabText(0, self.tr("&General"))
        self.tabs.setTabText(1, self.tr("&Background"))
        titles = {
            "name": self.tr("&Name:"),
            "short_name": self.tr("&Short name:"),
            "industry": self.tr("&Industry:"),
            "region": self.tr("&Region:"),
            "address": self.tr("A&ddress:"),
            "phones": self.tr("&Phones:"),
            "website": self.tr("&Website:"),
            "category": self.tr("&Category:"),
            "lifecycle_class": self.tr("C&lass:"),
            "tier": self.tr("&Tier:"),
            "milestone": self.tr("&Milestone:"),
            "source": self.tr("S&ource:"),
            "contact_interval_days": self.tr("Contact &every (days):"),
            "work_hours": self.tr("Wor&king hours:"),
            "lunch": self.tr("L&unch break:"),
            "background": self.tr("Bac&kground:"),
            "organisation_notes": self.tr("&Organisation:"),
            "biggest_project": self.tr("Biggest &project:"),
            "competitors": self.tr("&Competitors:"),
            "notes": self.tr("&Notes:"),
        }
        for name, title in titles.items():
            self.labels[name].setText(title)
        self.edits["name"].setPlaceholderText(self.tr("Required, e.g. 华为技术有限公司"))
        self.edits["phones"].setPlaceholderText(
            self.tr("e.g. 010 6552 8888; 138 0013 8000 ext. 12")
        )
        self.edits["website"].setPlaceholderText("https://")
        self.interval_edit.setPlaceholderText(self.tr("e.g. 30"))
        self.work_hours_edit.setPlaceholderText(
            self.tr("e.g. 09:00-18:00, for contacts without their own")
        )
        self.lunch_edit.setPlaceholderText(self.tr("e.g. 12:00-13:30"))
        fill_codes(self.combos["category"], CODES["category"], category_label)
        fill_codes(self.combos["lifecycle_class"], CODES["lifecycle_class"], lifecycle_class_label)
        fill_codes(self.combos["tier"], CODES["tier"], _tier_label)
        fill_codes(self.combos["milestone"], CODES["milestone"], milestone_label)
        fill_codes(self.combos["source"], CODES["source"], source_label)
        self.ok_button.setText(self.tr("Save"))

"""The contact dialog: add or edit a person at an account, each field checked as it is typed.

The fields are read into a :class:`~kamdesk.services.contacts.ContactInput`
and checked by :func:`~kamdesk.services.contacts.validate_contact`: phones
(region CN, extensions kept), e-mail, working hours and lunch break as time
ranges, habitual contact times (several ranges), an IANA time zone (empty:
the rep's own), a solar or lunar birthday, and whether the personality
notes on the person stay on this laptop (for a new contact the rep's
default, ``Settings.keep_personality_local_default``). OK saves in one unit
of work with ``create_contact``, or ``update_contact`` and ``set_keep_local``;
a refusal shows at the fields and writes nothing.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.data_context import DataContext
from kamdesk.ui.form_parts import (
    FORM_STYLE,
    FieldErrors,
    PhonesEdit,
    TimeRangeEdit,
    code_of,
    fill_codes,
    message_label,
    select_code,
)
from kamdesk.ui.labels import decision_role_label, personality_label
from kamdesk.ui.messages import describe_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.errors import InvalidInput
    from kamdesk.paths import DataPaths
    from kamdesk.services.accounts import Changed, ValidationFailed
    from kamdesk.services.contacts import ContactInput

_LINE_FIELDS = ("name", "title", "department", "email")
_LUNAR_PREFIXES = ("农历", "阴历", "lunar:", "lunar")
_ISO_MONTH_DAY = re.compile(r"^(\d{4}[-/.])?(\d{1,2}[-/.]\d{1,2})$")
_CN_MONTH_DAY = re.compile(r"^(\d{4}\s*年)?\s*(\d{1,2}\s*月.*)$")


@cache
def time_zone_names() -> tuple[str, ...]:
    """Every IANA time-zone name this system knows, sorted."""
    from zoneinfo import available_timezones

    return tuple(sorted(available_timezones()))


def birthday_text(lunar: bool, leap_month: bool, date_text: str) -> str:
    """The birthday input for the service, from the calendar choice and the typed date.

    ``1985-04-08`` on the lunar calendar in a leap month gives
    ``农历1985-L04-08`` (as :func:`~kamdesk.services.contacts.birthday_input_text`
    writes it); ``4月8日`` gives ``农历闰4月8日``. A date typed with its own
    ``农历`` prefix keeps it.
    """
    text = date_text.strip()
    if not text:
        return ""
    if not lunar:
        return text
    if leap_month:
        iso = _ISO_MONTH_DAY.match(text)
        chinese = _CN_MONTH_DAY.match(text)
        if iso:
            text = f"{iso.group(1) or ''}L{iso.group(2)}"
        elif chinese:
            text = f"{chinese.group(1) or ''}闰{chinese.group(2)}"
    if text.lower().startswith(_LUNAR_PREFIXES):
        return text
    return "农历" + text


def split_birthday(text: str) -> tuple[bool, bool, str]:
    """``(lunar, leap_month, date)`` of a birthday input, the reverse of :func:`birthday_text`."""
    lunar = False
    for prefix in _LUNAR_PREFIXES:
        if text.lower().startswith(prefix):
            lunar = True
            text = text[len(prefix) :].strip()
            break
    leap = False
    if lunar:
        if re.search(r"(^|[-/.])L\d", text):
            leap = True
            text = re.sub(r"L(?=\d)", "", text, count=1)
        elif "闰" in text:
            leap = True
            text = text.replace("闰", "", 1)
    return lunar, leap, text


def keep_local_default(paths: DataPaths) -> bool:
    """The rep's default for new contacts: keep personality notes on this laptop.

    Read from the settings file; one that cannot be read gives the shipped
    default (the private one).
    """
    from kamdesk.errors import KamdeskError
    from kamdesk.settings import Settings, load_settings

    try:
        return load_settings(paths.settings).keep_personality_local_default
    except (KamdeskError, OSError):
        return Settings().keep_personality_local_default


def _save(
    session: Session,
    account_id: str,
    contact_id: str | None,
    data: ContactInput,
    keep_local: bool,
) -> Changed | ValidationFailed:
    """Creates or updates the contact; a refusal is returned, not raised (nothing was written)."""
    from kamdesk.services.accounts import ValidationFailed
    from kamdesk.services.contacts import create_contact, update_contact
    from kamdesk.services.personality import set_keep_local

    try:
        if contact_id is None:
            return create_contact(session, account_id, data, keep_local=keep_local)
        changed = update_contact(session, contact_id, data)
    except ValidationFailed as refused:
        return refused
    switched = set_keep_local(session, contact_id, keep_local)
    return switched if changed.is_empty else changed


class ContactDialog(QDialog):
    """Add (``contact_id`` None) or edit a contact of the account ``account_id``.

    Signals:
        saved(object): the contact was written; the service's ``Changed``.
    """

    saved = Signal(object)

    def __init__(
        self,
        data: DataContext,
        account_id: str,
        contact_id: str | None = None,
        initial: ContactInput | None = None,
        *,
        account_name: str = "",
        keep_local: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setStyleSheet(FORM_STYLE)
        self._data = data
        self._account_id = account_id
        self._contact_id = contact_id
        self._account_name = account_name
        self._saving = False
        self.errors = FieldErrors(self._check, self)
        self.labels: dict[str, QLabel] = {}

        self.edits: dict[str, QLineEdit] = {}
        for name in _LINE_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"{name}Edit")
            self.edits[name] = edit
        self.phones_edit = PhonesEdit(self)
        self.phones_edit.setObjectName("phonesEdit")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("decisionRoleCombo")
        self.work_hours_edit = TimeRangeEdit(self)
        self.work_hours_edit.setObjectName("workHoursEdit")
        self.lunch_edit = TimeRangeEdit(self)
        self.lunch_edit.setObjectName("lunchEdit")
        self.habitual_edit = TimeRangeEdit(self, several=True)
        self.habitual_edit.setObjectName("habitualTimesEdit")
        self.timezone_combo = QComboBox(self)
        self.timezone_combo.setObjectName("timezoneCombo")
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItem("")
        self.timezone_combo.addItems(list(time_zone_names()))
        self.timezone_combo.setMaxVisibleItems(16)
        completer = QCompleter(list(time_zone_names()), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone_combo.setCompleter(completer)
        self.known_check = QCheckBox(self)
        self.known_check.setObjectName("knownToRepCheck")
        self.personality_combo = QComboBox(self)
        self.personality_combo.setObjectName("personalityCombo")
        self.keep_local_check = QCheckBox(self)
        self.keep_local_check.setObjectName("keepLocalCheck")
        if keep_local is None:
            keep_local = keep_local_default(data.paths)
        self.keep_local_check.setChecked(keep_local)
        self.keep_local_note = QLabel(self)
        self.keep_local_note.setObjectName("keepLocalNote")
        self.keep_local_note.setWordWrap(True)
        self.keep_local_note.setEnabled(False)  # drawn as a quiet note
        keep_local_row = QWidget(self)
        keep_column = QVBoxLayout(keep_local_row)
        keep_column.setContentsMargins(0, 0, 0, 0)
        keep_column.setSpacing(0)
        keep_column.addWidget(self.keep_local_check)
        keep_column.addWidget(self.keep_local_note)
        self.calendar_combo = QComboBox(self)
        self.calendar_combo.setObjectName("birthdayCalendarCombo")
        self.calendar_combo.addItems(["", ""])
        self.birthday_edit = QLineEdit(self)
        self.birthday_edit.setObjectName("birthdayEdit")
        self.leap_check = QCheckBox(self)
        self.leap_check.setObjectName("leapMonthCheck")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(64)

        birthday_row = QWidget(self)
        row = QHBoxLayout(birthday_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.calendar_combo)
        row.addWidget(self.birthday_edit, 1)
        row.addWidget(self.leap_check)
        self.calendar_combo.currentIndexChanged.connect(self._on_calendar_changed)
        self.leap_check.toggled.connect(lambda _on: self.errors.touch("birthday"))
        self._on_calendar_changed()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget, QWidget | None]] = [
            ("name", self.edits["name"], None),
            ("title", self.edits["title"], None),
            ("department", self.edits["department"], None),
            ("decision_role", self.role_combo, None),
            ("phones", self.phones_edit, None),
            ("email", self.edits["email"], None),
            ("work_hours", self.work_hours_edit, None),
            ("lunch", self.lunch_edit, None),
            ("habitual_times", self.habitual_edit, None),
            ("timezone", self.timezone_combo, None),
            ("known_to_rep", self.known_check, None),
            ("personality", self.personality_combo, None),
            ("keep_local", self.keep_local_check, keep_local_row),
            ("birthday", self.birthday_edit, birthday_row),
            ("notes", self.notes_edit, None),
        ]
        for name, field, shown in rows:
            label = QLabel(self)
            label.setBuddy(field if name != "birthday" else self.calendar_combo)
            self.labels[name] = label
            form.addRow(label, self.errors.add(name, field, shown))

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
        layout.addLayout(form, 1)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)

        # Tab goes down the form as it reads (the widgets were made in another order).
        chain = [
            self.edits["name"],
            self.edits["title"],
            self.edits["department"],
            self.role_combo,
            self.phones_edit,
            self.edits["email"],
            self.work_hours_edit,
            self.lunch_edit,
            self.habitual_edit,
            self.timezone_combo,
            self.known_check,
            self.personality_combo,
            self.keep_local_check,
            self.calendar_combo,
            self.birthday_edit,
            self.leap_check,
            self.notes_edit,
            self.ok_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        line = self.timezone_combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._complete_time_zone)

        self.retranslate()
        if initial is not None:
            self.set_input(initial)
        self.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(460)
        self.resize(max(self.sizeHint().width(), 540), self.sizeHint().height())

    @property
    def contact_id(self) -> str | None:
        """The contact edited; for a new one, its id once saved."""
        return self._contact_id

    @property
    def account_id(self) -> str:
        return self._account_id

    def _complete_time_zone(self) -> None:
        """A zone typed in part ("shanghai", "asia/shanghai") becomes its name, if only one fits."""
        typed = self.timezone_combo.currentText().strip()
        if not typed or typed in time_zone_names():
            return
        wanted = typed.casefold().replace(" ", "_")
        fits = [
            name
            for name in time_zone_names()
            if name.casefold() == wanted or name.casefold().endswith("/" + wanted)
        ]
        if len(fits) == 1:
            self.timezone_combo.setCurrentText(fits[0])

    def _on_calendar_changed(self, _index: int = 0) -> None:
        lunar = self.calendar_combo.currentIndex() == 1
        self.leap_check.setEnabled(lunar)
        if not lunar:
            self.leap_check.setChecked(False)
        self.errors.touch("birthday")

    # -- the input ----------------------------------------------------------------------

    def set_input(self, data: ContactInput) -> None:
        """Fills the fields (editing a contact: ``contact_input_of(view)``)."""
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
            edit.setCursorPosition(0)
        self.phones_edit.setText(data.phones)
        select_code(self.role_combo, data.decision_role)
        self.work_hours_edit.setText(data.work_hours)
        self.lunch_edit.setText(data.lunch)
        self.habitual_edit.setText(data.habitual_times)
        self.timezone_combo.setCurrentText(data.timezone)
        self.known_check.setChecked(data.known_to_rep is True)
        select_code(self.personality_combo, data.personality)
        lunar, leap, date_text = split_birthday(data.birthday)
        self.calendar_combo.setCurrentIndex(1 if lunar else 0)
        self.leap_check.setChecked(leap)
        self.birthday_edit.setText(date_text)
        self.notes_edit.setPlainText(data.notes)

    def input(self) -> ContactInput:
        """The contact as the fields give it, for the service to check."""
        from kamdesk.services.contacts import ContactInput

        return ContactInput(
            name=self.edits["name"].text(),
            title=self.edits["title"].text(),
            department=self.edits["department"].text(),
            decision_role=code_of(self.role_combo),
            phones=self.phones_edit.text(),
            email=self.edits["email"].text(),
            work_hours=self.work_hours_edit.text(),
            lunch=self.lunch_edit.text(),
            timezone=self.timezone_combo.currentText().strip(),
            habitual_times=self.habitual_edit.text(),
            known_to_rep=self.known_check.isChecked(),
            personality=code_of(self.personality_combo),
            birthday=birthday_text(
                self.calendar_combo.currentIndex() == 1,
                self.leap_check.isChecked(),
                self.birthday_edit.text(),
            ),
            notes=self.notes_edit.toPlainText(),
        )

    def _check(self) -> list[InvalidInput]:
        from kamdesk.services.contacts import validate_contact

        return self._in_own_words(validate_contact(self.input()))

    def _in_own_words(self, errors: list[InvalidInput]) -> list[InvalidInput]:
        """The errors, a birthday's quoted as the rep typed it (without the calendar prefix)."""
        from kamdesk.errors import InvalidInput

        sent = self.input().birthday
        typed = self.birthday_edit.text().strip()
        return [
            InvalidInput(e.where, e.reason.replace(sent, typed))
            if e.where == "birthday" and sent and sent != typed
            else e
            for e in errors
        ]

    # -- saving -------------------------------------------------------------------------

    def accept(self) -> None:
        """OK: saves if every field is right; otherwise shows what is wrong, where."""
        if self._saving:
            return
        if self.errors.show_all() is not None:
            return
        data = self.input()
        account_id, contact_id = self._account_id, self._contact_id
        keep_local = self.keep_local_check.isChecked()
        handle = self._data.write(
            lambda session, _ctx: _save(session, account_id, contact_id, data, keep_local),
            label=self.tr("Saving the contact"),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
        )
        if handle is not None:
            self._set_saving(True)

    def reject(self) -> None:
        """Cancel (Esc); not while saving: the contact may be written already."""
        if not self._saving:
            super().reject()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ok_button.setEnabled(not saving)

    def _on_saved(self, result: object) -> None:
        if not shiboken6.isValid(self):
            return
        from kamdesk.services.accounts import ValidationFailed

        self._set_saving(False)
        if isinstance(result, ValidationFailed):
            self.errors.show_all(self._in_own_words(list(result.errors)))
            return
        if self._contact_id is None and getattr(result, "ids", ()):
            self._contact_id = result.ids[0]  # type: ignore[attr-defined]
        self.saved.emit(result)
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.save_error.setText(
            self.tr("The contact could not be saved: %1").replace("%1", describe_error(error))
        )
        self.save_error.setVisible(True)

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        from kamdesk.services.accounts import CODES

        title = self.tr("New contact") if self._contact_id is None else self.tr("Edit contact")
        if self._account_name:
            title = self.tr("%1 — %2").replace("%1", title).replace("%2", self._account_name)
        self.setWindowTitle(title)
        titles = {
            "name": self.tr("&Name:"),
            "title": self.tr("&Title:"),
            "department": self.tr("&Department:"),
            "decision_role": self.tr("&Role in decisions:"),
            "phones": self.tr("&Phones:"),
            "email": self.tr("&E-mail:"),
            "work_hours": self.tr("&Working hours:"),
            "lunch": self.tr("&Lunch break:"),
            "habitual_times": self.tr("&Usual call times:"),
            "timezone": self.tr("Time &zone:"),
            "known_to_rep": self.tr("&Knows you:"),
            "personality": self.tr("Personalit&y:"),
            "keep_local": self.tr("Privacy:"),
            "birthday": self.tr("&Birthday:"),
            "notes": self.tr("N&otes:"),
        }
        for name, text in titles.items():
            self.labels[name].setText(text)
        self.edits["name"].setPlaceholderText(self.tr("Required"))
        self.phones_edit.setPlaceholderText(self.tr("e.g. 138 0013 8000; 010 6552 8888 ext. 12"))
        self.edits["email"].setPlaceholderText(self.tr("e.g. wang@example.com"))
        self.work_hours_edit.setPlaceholderText(self.tr("e.g. 09:00-18:00"))
        self.lunch_edit.setPlaceholderText(self.tr("e.g. 12:00-13:30"))
        self.habitual_edit.setPlaceholderText(
            self.tr("e.g. 08:00-08:30; 19:00-20:00 (separate ranges with ;)")
        )
        line = self.timezone_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Empty: your own time zone"))
        self.known_check.setText(self.tr("You have met or spoken with this person"))
        self.keep_local_check.setText(self.tr("Keep personality notes on this laptop"))
        self.keep_local_note.setText(
            self.tr(
                "Ticked: your observations and this person's style stay here and are never synced."
            )
        )
        self.calendar_combo.setItemText(0, self.tr("Solar"))
        self.calendar_combo.setItemText(1, self.tr("Lunar (农历)"))
        self.birthday_edit.setPlaceholderText(self.tr("e.g. 1985-08-12 or 08-12"))
        self.leap_check.setText(self.tr("Leap &month"))
        fill_codes(self.role_combo, CODES["decision_role"], decision_role_label)
        fill_codes(self.personality_combo, CODES["personality"], personality_label)
        self.ok_button.setText(self.tr("Save"))

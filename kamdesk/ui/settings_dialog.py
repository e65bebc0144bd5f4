"""Edit ▸ Settings: who the rep is, their working day, their language.

Every value is checked by :meth:`kamdesk.settings.Settings.validate` (the
same rules as ``kamdesk settings``), as the rep edits it; a problem is shown
under the field it concerns, and nothing is saved until all of them are
right. Saving goes through the ``save`` callback the window passes in, which
persists the whole settings object at once (never field by field).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.errors import InvalidInput
from kamdesk.settings import Settings, parse_hhmm
from kamdesk.ui.messages import describe_error

#: Names that only exist for compatibility, hidden from the list (still accepted when typed).
_LEGACY_ZONE_PREFIXES = ("Etc/", "SystemV/", "US/", "posix", "right")


@cache
def time_zone_names() -> tuple[str, ...]:
    """The IANA zone names to offer, sorted (``Region/City`` and ``UTC``)."""
    names = {
        name
        for name in available_timezones()
        if "/" in name and not name.startswith(_LEGACY_ZONE_PREFIXES)
    }
    names.add("UTC")
    return tuple(sorted(names))


def _time(text: str) -> QTime:
    hours, minutes = parse_hhmm(text)
    return QTime(hours, minutes)


class SettingsDialog(QDialog):
    """The settings form.

    Args:
        settings: the settings in force (``ui_state`` is carried over untouched).
        save: persists and applies the new settings; may raise
            :class:`~kamdesk.errors.InvalidInput` or ``OSError``, which is shown
            and keeps the dialog open.
    """

    def __init__(
        self,
        settings: Settings,
        save: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = settings
        self._save = save
        self._timezone_done = True
        self.setMinimumWidth(520)

        self.rep_name_edit = QLineEdit(settings.rep_name, self)
        self.company_edit = QLineEdit(settings.company, self)
        self.offer_edit = QLineEdit(settings.offer, self)
        self.work_start_edit = self._time_edit(settings.work_start)
        self.work_end_edit = self._time_edit(settings.work_end)
        self.lunch_start_edit = self._time_edit(settings.lunch_start)
        self.lunch_end_edit = self._time_edit(settings.lunch_end)
        self.timezone_combo = QComboBox(self)
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.setMaxVisibleItems(16)
        self.timezone_combo.setSizePolicy(
            QSizePolicy.Policy.Expanding, self.timezone_combo.sizePolicy().verticalPolicy()
        )
        self.timezone_combo.addItems(list(time_zone_names()))
        completer = QCompleter(list(time_zone_names()), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone_combo.setCompleter(completer)
        self.timezone_combo.setCurrentText(settings.timezone)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("", "system")
        # Each language is named in itself, so a rep can find theirs whatever is showing now.
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))

        self.you_label = self._section_label()
        self.day_label = self._section_label()
        self.display_label = self._section_label()
        self.hours_separator = QLabel("–", self)
        self.lunch_separator = QLabel("–", self)
        hours = self._pair(self.work_start_edit, self.hours_separator, self.work_end_edit)
        lunch = self._pair(self.lunch_start_edit, self.lunch_separator, self.lunch_end_edit)

        #: the error label under each field, by the field names Settings.validate reports
        self.error_labels: dict[str, QLabel] = {}
        self.errors_for: dict[str, str] = {
            "rep_name": "rep_name",
            "company": "company",
            "offer": "offer",
            "work_start": "work_hours",
            "work_end": "work_hours",
            "lunch_start": "lunch",
            "lunch_end": "lunch",
            "timezone": "timezone",
            "language": "language",
        }
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.field_labels: dict[str, QLabel] = {}
        self.form.addRow(self.you_label)
        self._add_row("rep_name", self.rep_name_edit)
        self._add_row("company", self.company_edit)
        self._add_row("offer", self.offer_edit)
        self.form.addRow(self._spacer())
        self.form.addRow(self.day_label)
        self._add_row("work_hours", hours)
        self._add_row("lunch", lunch)
        self._add_row("timezone", self.timezone_combo)
        self.form.addRow(self._spacer())
        self.form.addRow(self.display_label)
        self._add_row("language", self.language_combo)

        self.save_error_label = QLabel(self)
        self.save_error_label.setObjectName("saveError")
        self.save_error_label.setWordWrap(True)
        self.save_error_label.setVisible(False)
        self._style_error(self.save_error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(self.form)
        layout.addWidget(self.save_error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for edit in (
            self.work_start_edit,
            self.work_end_edit,
            self.lunch_start_edit,
            self.lunch_end_edit,
        ):
            edit.timeChanged.connect(self._on_value_changed)
        for line in (self.rep_name_edit, self.company_edit, self.offer_edit):
            line.textChanged.connect(self._on_value_changed)
        self.language_combo.currentIndexChanged.connect(self._on_value_changed)
        self.timezone_combo.currentIndexChanged.connect(self._on_timezone_done)
        line_edit = self.timezone_combo.lineEdit()
        assert line_edit is not None
        line_edit.textEdited.connect(self._on_timezone_edited)
        line_edit.editingFinished.connect(self._on_timezone_done)
        self.retranslate()

    # -- modal entry point ------------------------------------------------------------

    @classmethod
    def edit(
        cls, settings: Settings, save: Callable[[Settings], None], parent: QWidget | None = None
    ) -> bool:
        """Runs the dialog modally; True when the rep saved. Tests patch this."""
        dialog = cls(settings, save, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    # -- building -----------------------------------------------------------------------

    def _time_edit(self, value: str) -> QTimeEdit:
        edit = QTimeEdit(_time(value), self)
        edit.setDisplayFormat("HH:mm")
        edit.setMinimumWidth(88)
        return edit

    def _pair(self, first: QWidget, separator: QLabel, second: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(first)
        row.addWidget(separator)
        row.addWidget(second)
        row.addStretch(1)
        return box

    def _section_label(self) -> QLabel:
        label = QLabel(self)
        font = label.font()
        font.setWeight(font.Weight.DemiBold)
        label.setFont(font)
        return label

    def _spacer(self) -> QWidget:
        spacer = QWidget(self)
        spacer.setFixedHeight(6)
        return spacer

    def _add_row(self, name: str, field: QWidget) -> None:
        column = QWidget(self)
        stacked = QVBoxLayout(column)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.setSpacing(3)
        stacked.addWidget(field)
        error = QLabel(column)
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setVisible(False)
        self._style_error(error)
        stacked.addWidget(error)
        label = QLabel(self)
        label.setBuddy(field)
        self.field_labels[name] = label
        self.error_labels[name] = error
        self.form.addRow(label, column)

    @staticmethod
    def _style_error(label: QLabel) -> None:
        label.setStyleSheet("color: #c62828;")

    # -- values -------------------------------------------------------------------------

    def candidate(self) -> Settings:
        """The settings as the form shows them now (not validated)."""
        return dataclasses.replace(
            self._original,
            rep_name=self.rep_name_edit.text().strip(),
            company=self.company_edit.text().strip(),
            offer=self.offer_edit.text().strip(),
            work_start=self.work_start_edit.time().toString("HH:mm"),
            work_end=self.work_end_edit.time().toString("HH:mm"),
            lunch_start=self.lunch_start_edit.time().toString("HH:mm"),
            lunch_end=self.lunch_end_edit.time().toString("HH:mm"),
            timezone=self.timezone_combo.currentText().strip(),
            language=str(self.language_combo.currentData()),
        )

    def problem(self) -> InvalidInput | None:
        """The first thing wrong with the form, or None."""
        try:
            self.candidate().validate()
        except InvalidInput as exc:
            return exc
        return None

    def _show_problem(self, problem: InvalidInput | None) -> None:
        """Shows ``problem`` under its field and clears every other field's error."""
        target = None
        # A half-typed zone name is not an error yet: it is checked when the rep leaves it.
        if problem is not None and (problem.where != "timezone" or self._timezone_done):
            target = self.errors_for.get(problem.where)
        for name, label in self.error_labels.items():
            shown = problem is not None and name == target
            reason = problem.reason if shown and problem is not None else ""
            label.setText(reason[:1].upper() + reason[1:])
            label.setVisible(shown)

    def _on_value_changed(self) -> None:
        self.save_error_label.setVisible(False)
        self._show_problem(self.problem())

    def _on_timezone_edited(self) -> None:
        self._timezone_done = False
        self._on_value_changed()

    def _on_timezone_done(self) -> None:
        self._timezone_done = True
        self._on_value_changed()

    def _on_buttons_accepted(self) -> None:
        self._timezone_done = True
        problem = self.problem()
        self._show_problem(problem)
        if problem is not None:
            self._focus_field(problem.where)
            return
        try:
            self._save(self.candidate())
        except (InvalidInput, OSError) as exc:
            self.save_error_label.setText(
                self.tr("The settings could not be saved: %1").replace("%1", describe_error(exc))
            )
            self.save_error_label.setVisible(True)
            return
        self.accept()

    def _focus_field(self, where: str) -> None:
        fields: dict[str, QWidget] = {
            "work_start": self.work_start_edit,
            "work_end": self.work_end_edit,
            "lunch_start": self.lunch_start_edit,
            "lunch_end": self.lunch_end_edit,
            "timezone": self.timezone_combo,
            "language": self.language_combo,
        }
        field = fields.get(where)
        if field is not None:
            field.setFocus()

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.you_label.setText(self.tr("You"))
        self.day_label.setText(self.tr("Your working day"))
        self.display_label.setText(self.tr("Display"))
        texts = {
            "rep_name": self.tr("Your name:"),
            "company": self.tr("Company:"),
            "offer": self.tr("What you offer:"),
            "work_hours": self.tr("Working hours:"),
            "lunch": self.tr("Lunch break:"),
            "timezone": self.tr("Time zone:"),
            "language": self.tr("Language:"),
        }
        for name, text in texts.items():
            self.field_labels[name].setText(text)
        self.rep_name_edit.setPlaceholderText(self.tr("As you introduce yourself on the phone"))
        self.company_edit.setPlaceholderText(self.tr("The company you represent"))
        self.offer_edit.setPlaceholderText(self.tr("One sentence, as it goes into the call script"))
        self.language_combo.setItemText(0, self.tr("Follow the system"))
        self.work_start_edit.setToolTip(self.tr("Default start of a contact's working day"))
        self.work_end_edit.setToolTip(self.tr("Default end of a contact's working day"))
        self.timezone_combo.setToolTip(
            self.tr("Type part of a city's name, such as Shanghai or Berlin")
        )
        # Errors come from the rules in the language in force: show them again.
        self._show_problem(self.problem())

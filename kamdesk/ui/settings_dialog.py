"""Edit ▸ Settings: who the rep is, their company's logo, their working day, their language.

Every value is checked by :meth:`kamdesk.settings.Settings.validate` (the
same rules as ``kamdesk settings``), as the rep edits it; a problem is shown
under the field it concerns, and nothing is saved until all of them are
right. Saving goes through the ``save`` callback the window passes in, which
persists the whole settings object at once (never field by field).

The company logo (printed on the visit reports' letterhead) is picked with
Choose…, checked at once by :func:`kamdesk.settings.check_logo` (a readable
PNG or JPEG, kept as an absolute path) and shown as a thumbnail; Clear
removes it.

Clients and briefings: the rep's own personality style, assessed in the
same guided checklist as a contact's
(:class:`~kamdesk.ui.personality_dialog.PersonalityDialog` in its "own
style" mode; kept in the form and saved with the other settings), whether
new contacts keep their personality notes on this laptop, and how many
minutes before a planned visit its briefing shows (0: never by itself).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTime, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.errors import InvalidInput
from kamdesk.settings import MAX_BRIEFING_LEAD_MINUTES, Settings, check_logo, parse_hhmm
from kamdesk.ui.messages import describe_error

#: The logo's thumbnail: at most this high and this wide (pixels).
LOGO_THUMBNAIL = (48, 180)

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

    Signals:
        rep_style_opened(object): the assessment of the rep's own style was
            opened (the ``PersonalityDialog``).
    """

    rep_style_opened = Signal(object)

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
        self._logo_path = settings.logo_path
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFixedSize(LOGO_THUMBNAIL[1] + 12, LOGO_THUMBNAIL[0] + 12)
        self.logo_preview.setStyleSheet(
            "QLabel#logoPreview { border: 1px dashed palette(mid); border-radius: 4px; }"
        )
        self.logo_choose_button = QPushButton(self)
        self.logo_choose_button.setObjectName("chooseLogo")
        self.logo_clear_button = QPushButton(self)
        self.logo_clear_button.setObjectName("clearLogo")
        self.logo_name_label = QLabel(self)
        self.logo_name_label.setObjectName("logoName")
        self.logo_name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_name_label.setEnabled(False)
        logo_box = QWidget(self)
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.setSpacing(8)
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.setSpacing(4)
        logo_buttons.addWidget(self.logo_choose_button)
        logo_buttons.addWidget(self.logo_clear_button)
        logo_row.addLayout(logo_buttons)
        logo_row.addWidget(self.logo_name_label, 1)

        # -- clients and briefings
        self._rep_personality = dict(settings.rep_personality)
        self.rep_style_label = QLabel(self)
        self.rep_style_label.setObjectName("repStyle")
        self.rep_style_label.setWordWrap(True)
        self.rep_style_button = QPushButton(self)
        self.rep_style_button.setObjectName("assessOwnStyle")
        self.rep_style_button.clicked.connect(self.assess_own_style)
        rep_style_box = QWidget(self)
        rep_style_row = QHBoxLayout(rep_style_box)
        rep_style_row.setContentsMargins(0, 0, 0, 0)
        rep_style_row.addWidget(self.rep_style_label, 1)
        rep_style_row.addWidget(self.rep_style_button)
        self.keep_local_check = QCheckBox(self)
        self.keep_local_check.setObjectName("keepLocalDefault")
        self.keep_local_check.setChecked(settings.keep_personality_local_default)
        self.keep_local_check.toggled.connect(self._on_value_changed)
        self.briefing_lead_spin = QSpinBox(self)
        self.briefing_lead_spin.setObjectName("briefingLead")
        self.briefing_lead_spin.setRange(0, MAX_BRIEFING_LEAD_MINUTES)
        self.briefing_lead_spin.setSingleStep(5)
        self.briefing_lead_spin.setValue(
            min(max(settings.briefing_lead_minutes, 0), MAX_BRIEFING_LEAD_MINUTES)
        )
        self.briefing_lead_spin.valueChanged.connect(self._on_value_changed)
        self.briefing_lead_note = QLabel(self)
        lead_box = QWidget(self)
        lead_row = QHBoxLayout(lead_box)
        lead_row.setContentsMargins(0, 0, 0, 0)
        lead_row.addWidget(self.briefing_lead_spin)
        lead_row.addWidget(self.briefing_lead_note, 1)

        self.you_label = self._section_label()
        self.day_label = self._section_label()
        self.display_label = self._section_label()
        self.clients_label = self._section_label()
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
            "logo_path": "logo_path",
            "rep_personality": "rep_personality",
            "keep_personality_local_default": "keep_local",
            "briefing_lead_minutes": "briefing_lead_minutes",
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
        self._add_row("logo_path", logo_box)
        self._add_row("offer", self.offer_edit)
        self.form.addRow(self._spacer())
        self.form.addRow(self.day_label)
        self._add_row("work_hours", hours)
        self._add_row("lunch", lunch)
        self._add_row("timezone", self.timezone_combo)
        self.form.addRow(self._spacer())
        self.form.addRow(self.display_label)
        self._add_row("language", self.language_combo)
        self.form.addRow(self._spacer())
        self.form.addRow(self.clients_label)
        self._add_row("rep_personality", rep_style_box)
        self._add_row("keep_local", self.keep_local_check)
        self._add_row("briefing_lead_minutes", lead_box)

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
        self.logo_choose_button.clicked.connect(self.choose_logo)
        self.logo_clear_button.clicked.connect(self.clear_logo)
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
            logo_path=self._logo_path,
            rep_personality=dict(self._rep_personality),
            keep_personality_local_default=self.keep_local_check.isChecked(),
            briefing_lead_minutes=self.briefing_lead_spin.value(),
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
            if name == "logo_path":
                continue  # checked when a file is chosen (see choose_logo)
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

    # -- the rep's own style -------------------------------------------------------------

    def assess_own_style(self) -> None:
        """Opens the guided checklist for the rep's own style; its result is saved with the form."""
        from kamdesk.ui.personality_dialog import PersonalityDialog

        base = dataclasses.replace(
            self._original,
            rep_name=self.rep_name_edit.text().strip(),
            rep_personality=dict(self._rep_personality),
        )
        dialog = PersonalityDialog(None, base, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.saved.connect(self._on_own_style_saved)
        dialog.show()
        self.rep_style_opened.emit(dialog)

    def _on_own_style_saved(self, settings: Settings) -> None:
        self._rep_personality = dict(settings.rep_personality)
        self._show_rep_style()
        self._on_value_changed()

    def _show_rep_style(self) -> None:
        from kamdesk.services.personality import rep_style
        from kamdesk.ui.style_text import style_line

        try:
            view = rep_style(
                dataclasses.replace(self._original, rep_personality=self._rep_personality)
            )
        except InvalidInput:
            self.rep_style_label.setText(self.tr("Your saved assessment cannot be read."))
            return
        self.rep_style_label.setText(style_line(view))
        self.rep_style_button.setText(
            self.tr("Assess…") if view.status == "not_assessed" else self.tr("Assess again…")
        )

    # -- the logo -----------------------------------------------------------------------

    @classmethod
    def ask_logo_file(cls, parent: QWidget | None, start: str) -> str | None:
        """The image file the rep picks for the logo; None if cancelled. Tests patch this."""
        from PySide6.QtCore import QCoreApplication

        chosen, _selected = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SettingsDialog", "Choose the company logo"),
            start,
            QCoreApplication.translate("SettingsDialog", "Images (*.png *.jpg *.jpeg)"),
        )
        return chosen or None

    def choose_logo(self) -> None:
        """Choose…: picks an image, checks that it is a readable PNG or JPEG, shows it."""
        if self._logo_path:
            from pathlib import Path

            start = str(Path(self._logo_path).parent)
        else:
            start = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.PicturesLocation
            )
        chosen = self.ask_logo_file(self, start)
        if chosen is None:
            return
        error = self.error_labels["logo_path"]
        try:
            self._logo_path = check_logo(chosen)
        except InvalidInput as exc:
            error.setText(exc.reason[:1].upper() + exc.reason[1:])
            error.setVisible(True)
            return
        error.setVisible(False)
        self._show_logo()
        self._on_value_changed()

    def clear_logo(self) -> None:
        """Clear: the reports go without a logo."""
        self._logo_path = ""
        self.error_labels["logo_path"].setVisible(False)
        self._show_logo()
        self._on_value_changed()

    def _show_logo(self) -> None:
        from pathlib import Path

        self.logo_clear_button.setEnabled(bool(self._logo_path))
        if not self._logo_path:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_name_label.setText("")
            return
        name = Path(self._logo_path).name
        self.logo_name_label.setText(name)
        self.logo_name_label.setToolTip(self._logo_path)
        pixmap = QPixmap(self._logo_path)
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("File missing"))
            return
        height, width = LOGO_THUMBNAIL
        ratio = self.devicePixelRatioF()
        scaled = pixmap.scaled(
            round(width * ratio),
            round(height * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.logo_preview.setPixmap(scaled)

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
        self.clients_label.setText(self.tr("Clients and briefings"))
        texts = {
            "rep_name": self.tr("Your name:"),
            "company": self.tr("Company:"),
            "offer": self.tr("What you offer:"),
            "work_hours": self.tr("Working hours:"),
            "lunch": self.tr("Lunch break:"),
            "timezone": self.tr("Time zone:"),
            "language": self.tr("Language:"),
            "logo_path": self.tr("Company logo:"),
            "rep_personality": self.tr("Your own style:"),
            "keep_local": self.tr("Privacy:"),
            "briefing_lead_minutes": self.tr("Show the briefing:"),
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
        self.logo_choose_button.setText(self.tr("Choose…"))
        self.logo_clear_button.setText(self.tr("Clear"))
        self.logo_choose_button.setToolTip(
            self.tr("A PNG or JPEG image, printed at the top of your visit reports")
        )
        self.rep_style_button.setToolTip(
            self.tr(
                "Answer the same checklist as for a client: each briefing then says how your "
                "style meets theirs"
            )
        )
        self.keep_local_check.setText(
            self.tr("Keep personality notes of new contacts on this laptop")
        )
        self.keep_local_check.setToolTip(
            self.tr(
                "Observations and styles are about other people: they are not synced unless "
                "you switch this off for a contact."
            )
        )
        self.briefing_lead_spin.setSuffix(self.tr(" min"))
        self.briefing_lead_spin.setSpecialValueText(self.tr("Off"))
        self.briefing_lead_note.setText(self.tr("before a planned visit"))
        self.briefing_lead_spin.setToolTip(
            self.tr(
                "The briefing opens by itself this many minutes before each planned visit "
                "(0: only when you open it)"
            )
        )
        self._show_rep_style()
        self._show_logo()
        # Errors come from the rules in the language in force: show them again.
        self._show_problem(self.problem())

"""The guided phone invitation (电话邀约): the manual's three steps, a timer, the outcome logged.

:class:`CallDialog` walks the rep through a call to one contact:

1. introduce yourself, 2. state the benefit (with a reference customer of the
same industry, picked automatically; the rep can pick another), 3. close with
an appointment. Each step shows the script in the chosen language, filled
from the rep's profile and the contact
(:func:`~kamdesk.services.phone_script.render`), the manual's advice and a
notes box; the header shows the contact, the phones, whether now is a good
time to call, the contact's personality style with its confidence (its
handling tips as a tooltip; "Assess…" when there is none) and a running timer. On the last step the rep records how the
call ended; saving writes the call and what it brings (a planned visit, a
call-back, a retry) in one unit of work
(:func:`~kamdesk.services.calls.record_call`), through
:meth:`DataContext.write`. A wrong field shows its message under it.

:class:`TemplateEditor` edits the rep's copy of the script per language and
step; a text with an unknown or missing placeholder is refused at its field.

The lead wires the window's "Call…" action to :func:`open_call_dialog`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import (
    QDate,
    QDateTime,
    QElapsedTimer,
    QEvent,
    QLocale,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.settings import Settings
from kamdesk.ui.data_context import DataContext
from kamdesk.ui.desktop import resize_to_fit
from kamdesk.ui.form_parts import FORM_STYLE, WARNING_COLOUR, FieldErrors, message_label
from kamdesk.ui.messages import describe_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.errors import InvalidInput
    from kamdesk.paths import DataPaths
    from kamdesk.services.accounts import ValidationFailed
    from kamdesk.services.call_timing import TimingRules
    from kamdesk.services.calls import CallContext, CallLogged, CallRecord
    from kamdesk.services.phone_script import ScriptTemplates

#: The three steps, in call order (as :data:`kamdesk.services.phone_script.STEPS`).
STEPS = ("introduce", "benefit", "appointment")
#: The manual's advice shown beside each step (topics of the timing rules' advice).
STEP_ADVICE = {
    "introduce": ("time", "person"),
    "benefit": ("words",),
    "appointment": ("questions",),
}
#: The outcomes, in the order of their buttons.
OUTCOMES = ("appointment", "call_back", "refused", "no_answer")
#: The lengths an appointment may be given, in minutes.
VISIT_LENGTHS = (30, 60, 90, 120)
_DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


def _load(
    session: Session, contact_id: str, settings: Settings, paths: DataPaths
) -> tuple[CallContext, ScriptTemplates, TimingRules]:
    from kamdesk.services.call_timing import load_rules
    from kamdesk.services.calls import call_context
    from kamdesk.services.phone_script import load_templates

    rules = load_rules(paths.root)
    return (
        call_context(session, contact_id, settings, rules),
        load_templates(paths),
        rules,
    )


def _save(
    session: Session, record: CallRecord, settings: Settings, paths: DataPaths
) -> CallLogged | ValidationFailed:
    """Logs the call; a refusal is returned, not raised (nothing was written)."""
    from kamdesk.services.accounts import ValidationFailed
    from kamdesk.services.call_timing import load_rules
    from kamdesk.services.calls import record_call

    try:
        return record_call(session, record, settings, load_rules(paths.root))
    except ValidationFailed as refused:
        return refused


def _qdatetime(moment: datetime, zone: str) -> QDateTime:
    local = moment.astimezone(ZoneInfo(zone))
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _moment_of(edit: QDateTimeEdit, zone: str) -> datetime:
    day, clock = edit.date(), edit.time()
    return datetime(
        day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=ZoneInfo(zone)
    )


def moment_text(moment: datetime | None, zone: str) -> str:
    """A moment on the rep's clock with its weekday, in the user's language: "周四 11-26 13:30"."""
    if moment is None:
        return ""
    return QLocale().toString(_qdatetime(moment, zone), "ddd MM-dd HH:mm")


def script_language(settings: Settings) -> str:
    """The language the script is shown in: the window's."""
    from kamdesk.ui.translations import current_language, language_for

    return current_language() or language_for(settings.language)


class CallDialog(QDialog):
    """A guided phone invitation to one contact.

    Signals:
        loaded: the contact, the script and the reference customers are shown.
        call_logged(object): the call was saved; the service's ``CallLogged``.
    """

    loaded = Signal()
    call_logged = Signal(object)

    def __init__(
        self,
        contact_id: str,
        data: DataContext,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callDialog")
        self.setStyleSheet(FORM_STYLE)
        self._contact_id = contact_id
        self._data = data
        self._settings = settings
        self._zone = settings.timezone
        self._context: CallContext | None = None
        self._templates: ScriptTemplates | None = None
        self._rules: TimingRules | None = None
        self._language = script_language(settings)
        self._step = 0
        self._saving = False
        self._called_at = datetime.now(ZoneInfo("UTC"))
        self.script_version = ""
        self.template_editor: TemplateEditor | None = None
        self.errors = FieldErrors(self._check, self)

        # -- header
        self.contact_label = QLabel(self)
        self.contact_label.setObjectName("callContact")
        font = self.contact_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.contact_label.setFont(font)
        self.account_label = QLabel(self)
        self.phones_label = QLabel(self)
        self.phones_label.setObjectName("callPhones")
        self.phones_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("callStatus")
        self.style_label = QLabel(self)
        self.style_label.setObjectName("callStyle")
        self.style_label.setTextFormat(Qt.TextFormat.RichText)
        self.style_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.style_label.linkActivated.connect(lambda _link: self.assess_contact())
        self.style_view: Any = None
        self.timer_label = QLabel("00:00", self)
        self.timer_label.setObjectName("callTimer")
        timer_font = QFont(self.timer_label.font())
        timer_font.setStyleHint(QFont.StyleHint.Monospace)
        timer_font.setFamily("monospace")
        timer_font.setPointSizeF(timer_font.pointSizeF() * 1.8)
        timer_font.setBold(True)
        self.timer_label.setFont(timer_font)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("scriptLanguage")
        self.language_combo.addItem("中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self._language)))
        self.language_label.setBuddy(self.language_combo)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.edit_script_button = QPushButton(self)
        self.edit_script_button.setObjectName("editScript")
        self.edit_script_button.clicked.connect(self.edit_templates)
        self.profile_warning = message_label(self, WARNING_COLOUR)
        self.profile_warning.setObjectName("profileWarning")

        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.contact_label)
        who.addWidget(self.account_label)
        who.addWidget(self.phones_label)
        who.addWidget(self.status_label)
        who.addWidget(self.style_label)
        self.restart_timer_button = QToolButton(self)
        self.restart_timer_button.setObjectName("restartTimer")
        self.restart_timer_button.setText("⟲")
        self.restart_timer_button.setAutoRaise(True)
        self.restart_timer_button.clicked.connect(self.start_timer)
        clock = QVBoxLayout()
        timer_row = QHBoxLayout()
        timer_row.addStretch(1)
        timer_row.addWidget(self.restart_timer_button)
        timer_row.addWidget(self.timer_label)
        clock.addLayout(timer_row)
        script_row = QHBoxLayout()
        script_row.addWidget(self.language_label)
        script_row.addWidget(self.language_combo)
        clock.addLayout(script_row)
        clock.addWidget(self.edit_script_button)
        header = QHBoxLayout()
        header.addLayout(who, 1)
        header.addLayout(clock)

        # -- step indicator
        self.step_buttons: list[QPushButton] = []
        indicator = QHBoxLayout()
        indicator.setSpacing(4)
        for index in range(len(STEPS)):
            button = QPushButton(self)
            button.setObjectName(f"stepButton{index + 1}")
            button.setCheckable(True)
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, i=index: self.go_to_step(i))
            self.step_buttons.append(button)
            if index:
                arrow = QLabel("→", self)
                arrow.setEnabled(False)
                indicator.addWidget(arrow)
            indicator.addWidget(button, 1)

        # -- the steps
        self.stack = QStackedWidget(self)
        self.step_titles: list[QLabel] = []
        self.script_labels: list[QLabel] = []
        self.advice_labels: list[QLabel] = []
        self.advice_titles: list[QLabel] = []
        self.notes_labels: list[QLabel] = []
        self.notes_edits: dict[str, QPlainTextEdit] = {}
        self.reference_label = QLabel(self)
        self.reference_combo = QComboBox(self)
        self.reference_combo.setObjectName("referenceCombo")
        self.reference_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reference_combo.setMinimumContentsLength(24)
        self.reference_label.setBuddy(self.reference_combo)
        self.reference_combo.currentIndexChanged.connect(lambda _i: self._render_script())
        for index, step in enumerate(STEPS):
            self.stack.addWidget(self._build_step(index, step))

        # -- footer
        self.save_error = message_label(self)
        self.save_error.setObjectName("saveError")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.previous_step)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next_step)
        self.no_answer_button = QPushButton(self)
        self.no_answer_button.setObjectName("noAnswerShortcut")
        self.no_answer_button.clicked.connect(self._on_no_answer_button_clicked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveCall")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.no_answer_button)
        footer.addStretch(1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)
        footer.addSpacing(12)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.profile_warning)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(indicator)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.save_error)
        layout.addLayout(footer)

        for keys, slot in (
            ("Alt+Right", self.next_step),
            ("Ctrl+PgDown", self.next_step),
            ("Alt+Left", self.previous_step),
            ("Ctrl+PgUp", self.previous_step),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

        # -- the call timer
        self._elapsed = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_elapsed)
        self.start_timer()

        self.retranslate()
        self._set_step(0)
        self._set_ready(False)
        resize_to_fit(self, 760, 620)
        self._load()

    # -- building ----------------------------------------------------------------------

    def _build_step(self, index: int, step: str) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        title = QLabel(page)
        title_font = title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        title.setFont(title_font)
        self.step_titles.append(title)
        layout.addWidget(title)
        script = QLabel(page)
        script.setObjectName(f"script{index + 1}")
        script.setWordWrap(True)
        script.setTextFormat(Qt.TextFormat.PlainText)
        script.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        script_font = script.font()
        script_font.setPointSizeF(script_font.pointSizeF() * 1.35)
        script.setFont(script_font)
        script.setMargin(10)
        script.setStyleSheet(
            "QLabel { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        self.script_labels.append(script)
        layout.addWidget(script)
        if step == "benefit":
            row = QHBoxLayout()
            row.addWidget(self.reference_label)
            row.addWidget(self.reference_combo, 1)
            layout.addLayout(row)
        advice_title = QLabel(page)
        advice_title_font = advice_title.font()
        advice_title_font.setBold(True)
        advice_title.setFont(advice_title_font)
        self.advice_titles.append(advice_title)
        advice = QLabel(page)
        advice.setObjectName(f"advice{index + 1}")
        advice.setWordWrap(True)
        advice.setTextFormat(Qt.TextFormat.PlainText)
        advice.setStyleSheet(
            "QLabel { border-left: 3px solid palette(highlight); padding-left: 8px; }"
        )
        self.advice_labels.append(advice)
        layout.addWidget(advice_title)
        layout.addWidget(advice)
        notes_label = QLabel(page)
        notes = QPlainTextEdit(page)
        notes.setObjectName(f"notes{index + 1}")
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(54)
        notes_label.setBuddy(notes)
        self.notes_labels.append(notes_label)
        self.notes_edits[step] = notes
        layout.addWidget(notes_label)
        if step == "appointment":
            notes.setMaximumHeight(64)
            layout.addWidget(notes)
            layout.addWidget(self._build_outcomes(page))
            layout.addStretch(1)
        else:
            notes.setMaximumHeight(160)
            layout.addWidget(notes)
            layout.addStretch(1)
        return page

    def _build_outcomes(self, parent: QWidget) -> QWidget:
        self.outcome_box = QGroupBox(parent)
        self.outcome_box.setObjectName("outcomeBox")
        box = QVBoxLayout(self.outcome_box)
        row_widget = QWidget(self.outcome_box)
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row_widget.setStyleSheet(
            "QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); font-weight: bold; }"
        )
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.setExclusive(True)
        self.outcome_buttons: dict[str, QPushButton] = {}
        for outcome in OUTCOMES:
            button = QPushButton(row_widget)
            button.setObjectName(f"outcome_{outcome}")
            button.setCheckable(True)
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            row.addWidget(button)
            button.toggled.connect(
                lambda checked, o=outcome: checked and self._on_outcome_chosen(o)
            )
        box.addWidget(self.errors.add("outcome", row_widget))

        self.outcome_stack = QStackedWidget(self.outcome_box)
        self.outcome_hint = QLabel(self.outcome_stack)
        self.outcome_hint.setWordWrap(True)
        self.outcome_stack.addWidget(self.outcome_hint)

        # appointment
        appointment = QWidget(self.outcome_stack)
        form = QFormLayout(appointment)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.visit_start_edit = QDateTimeEdit(appointment)
        self.visit_start_edit.setObjectName("visitStart")
        self.visit_start_edit.setDisplayFormat(_DATE_TIME_FORMAT)
        self.visit_start_edit.setCalendarPopup(True)
        self.visit_length_combo = QComboBox(appointment)
        self.visit_length_combo.setObjectName("visitLength")
        when_row = QWidget(appointment)
        when_layout = QHBoxLayout(when_row)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.visit_start_edit)
        when_layout.addWidget(self.visit_length_combo)
        when_layout.addStretch(1)
        self.place_edit = QLineEdit(appointment)
        self.place_edit.setObjectName("visitPlace")
        self.person_combo = QComboBox(appointment)
        self.person_combo.setObjectName("visitPerson")
        self.scenario_combo = QComboBox(appointment)
        self.scenario_combo.setObjectName("visitScenario")
        self.appointment_labels = [QLabel(appointment) for _ in range(4)]
        for label, name, field, row_widget_ in (
            (self.appointment_labels[0], "visit_start", self.visit_start_edit, when_row),
            (self.appointment_labels[1], "place", self.place_edit, None),
            (self.appointment_labels[2], "visit_contact", self.person_combo, None),
            (self.appointment_labels[3], "scenario", self.scenario_combo, None),
        ):
            label.setBuddy(field)
            form.addRow(label, self.errors.add(name, field, row_widget_))
        self.outcome_stack.addWidget(appointment)

        # call back
        call_back = QWidget(self.outcome_stack)
        call_back_layout = QVBoxLayout(call_back)
        call_back_layout.setContentsMargins(0, 0, 0, 0)
        self.call_back_next = QRadioButton(call_back)
        self.call_back_next.setObjectName("callBackNextWindow")
        self.call_back_next.setChecked(True)
        self.call_back_at = QRadioButton(call_back)
        self.call_back_at.setObjectName("callBackAt")
        self.call_back_edit = QDateTimeEdit(call_back)
        self.call_back_edit.setObjectName("callBackTime")
        self.call_back_edit.setDisplayFormat(_DATE_TIME_FORMAT)
        self.call_back_edit.setCalendarPopup(True)
        self.call_back_edit.dateTimeChanged.connect(lambda _v: self.call_back_at.setChecked(True))
        at_row = QWidget(call_back)
        at_layout = QHBoxLayout(at_row)
        at_layout.setContentsMargins(0, 0, 0, 0)
        at_layout.addWidget(self.call_back_at)
        at_layout.addWidget(self.call_back_edit)
        at_layout.addStretch(1)
        self.call_back_note_label = QLabel(call_back)
        self.call_back_note = QLineEdit(call_back)
        self.call_back_note.setObjectName("callBackNote")
        self.call_back_note_label.setBuddy(self.call_back_note)
        call_back_layout.addWidget(self.call_back_next)
        call_back_layout.addWidget(self.errors.add("call_back_at", self.call_back_edit, at_row))
        note_row = QHBoxLayout()
        note_row.addWidget(self.call_back_note_label)
        note_row.addWidget(self.call_back_note, 1)
        call_back_layout.addLayout(note_row)
        call_back_layout.addStretch(1)
        self.outcome_stack.addWidget(call_back)

        # not interested
        refused = QWidget(self.outcome_stack)
        refused_layout = QFormLayout(refused)
        refused_layout.setContentsMargins(0, 0, 0, 0)
        refused_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason_label = QLabel(refused)
        self.reason_edit = QLineEdit(refused)
        self.reason_edit.setObjectName("refusedReason")
        self.reason_label.setBuddy(self.reason_edit)
        refused_layout.addRow(self.reason_label, self.errors.add("reason", self.reason_edit))
        self.outcome_stack.addWidget(refused)

        # no answer
        self.no_answer_label = QLabel(self.outcome_stack)
        self.no_answer_label.setObjectName("retryAt")
        self.no_answer_label.setWordWrap(True)
        self.no_answer_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.outcome_stack.addWidget(self.no_answer_label)

        box.addWidget(self.outcome_stack)
        return self.outcome_box

    # -- loading -----------------------------------------------------------------------

    def _load(self) -> None:
        contact_id, settings, paths = self._contact_id, self._settings, self._data.paths
        self._data.read(
            lambda session: _load(session, contact_id, settings, paths),
            label=self.tr("Preparing the call"),
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
        )
        self._load_style()

    def _load_style(self) -> None:
        from kamdesk.services.personality import contact_style

        contact_id = self._contact_id
        self._data.read(
            lambda session: contact_style(session, contact_id),
            label=self.tr("Reading the contact's style"),
            on_done=self._on_style_loaded,
            on_error=lambda _error: None,  # the call goes on without it
        )

    def _on_style_loaded(self, view: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self.style_view = view
        self._show_style()

    def _show_style(self) -> None:
        import html

        from kamdesk.services.personality import rep_style
        from kamdesk.ui.style_text import style_line, style_tips_html

        view = self.style_view
        if view is None:
            return
        text = html.escape(self.tr("Personality: %1").replace("%1", style_line(view)))
        if view.offer_assessment:
            assess = self.tr("Assess…")  # lupdate misses tr() inside f-strings
            text += f" · <a href='assess'>{html.escape(assess)}</a>"
        self.style_label.setText(text)
        from kamdesk.errors import InvalidInput

        try:
            rep = rep_style(self._settings)
        except InvalidInput:  # an unreadable own style only loses the pair hint
            rep = None
        self.style_label.setToolTip(style_tips_html(view, rep))

    def assess_contact(self) -> None:
        """Opens the guided assessment of the contact called; the header follows it."""
        from kamdesk.ui.personality_dialog import open_personality_dialog

        dialog = open_personality_dialog(self, self._data, self._settings, self._contact_id)
        dialog.saved.connect(lambda _changes: self._load_style())

    def _on_loaded(self, result: tuple[CallContext, ScriptTemplates, TimingRules]) -> None:
        if not shiboken6.isValid(self):
            return
        context, templates, rules = result
        self._context, self._templates, self._rules = context, templates, rules
        self.reference_combo.blockSignals(True)
        self.reference_combo.clear()
        for reference in context.references:
            self.reference_combo.addItem(self._reference_text(reference), reference.account_id)
        self.reference_combo.addItem(self.tr("(none: speak of our customers in general)"), "")
        self.reference_combo.setCurrentIndex(0)
        self.reference_combo.blockSignals(False)
        self.person_combo.clear()
        for person in context.people:
            text = f"{person.name} · {person.title}" if person.title else person.name
            self.person_combo.addItem(text, person.contact_id)
        self.place_edit.setText(context.account_address)
        self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(context.scenario)))
        start = self._default_visit_start()
        self.visit_start_edit.setDateTime(_qdatetime(start, self._zone))
        self.call_back_edit.blockSignals(True)
        self.call_back_edit.setDateTime(_qdatetime(context.next_window or start, self._zone))
        self.call_back_edit.blockSignals(False)
        self._show_context()
        self._set_ready(True)
        self.loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.save_error.setText(
            self.tr("The call cannot be prepared: %1").replace("%1", describe_error(error))
        )
        self.save_error.setVisible(True)

    def _default_visit_start(self) -> datetime:
        """The next working day at 10:00 on the rep's clock."""
        zone = ZoneInfo(self._zone)
        day = datetime.now(zone).date() + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return datetime(day.year, day.month, day.day, 10, 0, tzinfo=zone)

    def _reference_text(self, reference: Any) -> str:
        parts = [reference.name]
        if reference.tier:
            parts.append(self.tr("tier %1").replace("%1", reference.tier))
        if reference.good_visit_at is not None:
            parts.append(
                self.tr("good visit %1 (%2/5)")
                .replace(
                    "%1",
                    reference.good_visit_at.astimezone(ZoneInfo(self._zone)).strftime("%Y-%m-%d"),
                )
                .replace("%2", str(reference.satisfaction))
            )
        return " · ".join(parts)

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.next_button, self.back_button, self.save_button, self.no_answer_button):
            widget.setEnabled(ready)
        if ready:
            self._set_step(self._step)

    # -- showing -----------------------------------------------------------------------

    def _show_context(self) -> None:
        context = self._context
        if context is None:
            return
        from kamdesk.services.call_timing import describe_status

        name = context.contact_name
        self.contact_label.setText(
            f"{name} · {context.contact_title}" if context.contact_title else name
        )
        account = context.account_name
        if context.industry:
            account = f"{account} · {context.industry}"
        self.account_label.setText(account)
        from kamdesk.services.accounts import phone_input_text

        phones = context.contact_phones
        self.phones_label.setText(
            self.tr("Phone: %1").replace("%1", "; ".join(phone_input_text(p) for p in phones))
            if phones
            else self.tr("No phone number")
        )
        self.status_label.setText(describe_status(context.status, context.now, self._zone))
        self.status_label.setStyleSheet(
            "color: #2e7d32; font-weight: bold;"
            if context.status.now
            else f"color: {WARNING_COLOUR}; font-weight: bold;"
        )
        retry = moment_text(context.next_window, self._zone)
        self.call_back_next.setText(
            self.tr("At the contact's next good time: %1").replace("%1", retry)
            if retry
            else self.tr("At the contact's next good time (none in three weeks: tomorrow)")
        )
        self.no_answer_label.setText(
            self.tr(
                "No one picked up. A retry is planned at the contact's next good time: %1."
            ).replace("%1", retry or self.tr("tomorrow"))
        )
        self._render_script()

    def _render_script(self) -> None:
        context, templates = self._context, self._templates
        if context is None or templates is None:
            return
        from kamdesk.services.phone_script import ScriptFacts, profile_field_label, render

        reference = next(
            (r for r in context.references if r.account_id == self.reference_combo.currentData()),
            None,
        )
        facts = ScriptFacts(
            rep_name=self._settings.rep_name,
            company=self._settings.company,
            offer=self._settings.offer,
            contact_name=context.contact_name,
            contact_title=context.contact_title,
            account_name=context.account_name,
            industry=context.industry,
            reference_customer=reference.name if reference else "",
            reference_result=reference.result if reference else "",
        )
        rendered = render(templates, self._language, facts)
        self.script_version = rendered.script_version
        for label, text in zip(self.script_labels, rendered.steps, strict=True):
            label.setText(text)
        warnings = []
        if rendered.missing_profile:
            fields = self.tr(", ").join(profile_field_label(n) for n in rendered.missing_profile)
            warnings.append(
                self.tr("Fill in %1 in Settings: the script says them.").replace("%1", fields)
            )
        if templates.problem:
            warnings.append(
                self.tr(
                    "Your edited script cannot be used, so the standard one is shown: %1"
                ).replace("%1", templates.problem)
            )
        self.profile_warning.setText("\n".join(warnings))
        self.profile_warning.setVisible(bool(warnings))
        advice = (self._rules.advice_in(self._language) if self._rules else {}) or {}
        for index, step in enumerate(STEPS):
            self.advice_labels[index].setText(
                "\n".join(advice.get(topic, "") for topic in STEP_ADVICE[step] if advice.get(topic))
            )

    def _on_language_combo_changed(self, _index: int) -> None:
        self._language = self.language_combo.currentData()
        self._render_script()

    # -- the timer ---------------------------------------------------------------------

    def start_timer(self) -> None:
        """(Re)starts the call timer at 00:00."""
        self._called_at = datetime.now(ZoneInfo("UTC"))
        self._elapsed.start()
        self._tick.start()
        self._show_elapsed()

    @property
    def elapsed_seconds(self) -> int:
        return int(self._elapsed.elapsed() // 1000) if self._elapsed.isValid() else 0

    def _show_elapsed(self) -> None:
        minutes, seconds = divmod(self.elapsed_seconds, 60)
        self.timer_label.setText(f"{minutes:02d}:{seconds:02d}")

    # -- steps -------------------------------------------------------------------------

    @property
    def step(self) -> int:
        """The step shown, 0 to 2."""
        return self._step

    def go_to_step(self, index: int) -> None:
        if self._context is None:
            self.step_buttons[index].setChecked(index == self._step)
            return
        self._set_step(max(0, min(len(STEPS) - 1, index)))

    def next_step(self) -> None:
        self.go_to_step(self._step + 1)

    def previous_step(self) -> None:
        self.go_to_step(self._step - 1)

    def _set_step(self, index: int) -> None:
        self._step = index
        self.stack.setCurrentIndex(index)
        for i, button in enumerate(self.step_buttons):
            button.setChecked(i == index)
            button.setStyleSheet(
                "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
                " font-weight: bold; border-radius: 4px; padding: 4px 8px; }"
                if i == index
                else "QPushButton { padding: 4px 8px; }"
            )
        last = index == len(STEPS) - 1
        ready = self._context is not None
        self.back_button.setEnabled(ready and index > 0)
        self.next_button.setEnabled(ready and not last)
        self.save_button.setEnabled(ready and last and not self._saving)
        self.save_button.setDefault(last)
        self.no_answer_button.setVisible(not last)
        self.next_button.setDefault(not last)
        if ready:
            self.notes_edits[STEPS[index]].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the outcome -------------------------------------------------------------------

    @property
    def outcome(self) -> str | None:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), None)

    def choose_outcome(self, outcome: str) -> None:
        """Selects an outcome (as its button does)."""
        self.outcome_buttons[outcome].setChecked(True)

    def _on_outcome_chosen(self, outcome: str) -> None:
        self.outcome_stack.setCurrentIndex(OUTCOMES.index(outcome) + 1)
        self.errors.touch("outcome")
        focus = {
            "appointment": self.visit_start_edit,
            "call_back": self.call_back_note,
            "refused": self.reason_edit,
        }.get(outcome)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_no_answer_button_clicked(self) -> None:
        self.go_to_step(len(STEPS) - 1)
        self.choose_outcome("no_answer")

    def record(self) -> CallRecord:
        """The call as the dialog gives it, for the service to check and write."""
        from kamdesk.services.calls import CallRecord

        outcome = self.outcome or ""
        templates = self._templates
        record = CallRecord(
            contact_id=self._contact_id,
            called_at=self._called_at,
            outcome=outcome,
            duration_seconds=self.elapsed_seconds,
            script_id=templates.id if templates else "",
            script_version=self.script_version,
            step_notes={step: edit.toPlainText() for step, edit in self.notes_edits.items()},
        )
        if outcome == "appointment":
            start = _moment_of(self.visit_start_edit, self._zone)
            length = self.visit_length_combo.currentData() or 60
            return _replace(
                record,
                visit_start=start,
                visit_end=start + timedelta(minutes=length),
                place=self.place_edit.text(),
                visit_contact_id=self.person_combo.currentData() or None,
                scenario=self.scenario_combo.currentData() or None,
            )
        if outcome == "call_back":
            picked = (
                _moment_of(self.call_back_edit, self._zone)
                if self.call_back_at.isChecked()
                else None
            )
            return _replace(record, call_back_at=picked, reason=self.call_back_note.text())
        if outcome == "refused":
            return _replace(record, reason=self.reason_edit.text())
        return record

    def _check(self) -> list[InvalidInput]:
        from kamdesk.services.calls import validate_call

        return validate_call(self.record(), datetime.now(ZoneInfo("UTC")))

    # -- saving ------------------------------------------------------------------------

    def accept(self) -> None:
        """Save: logs the call if the outcome is complete; otherwise shows what is missing, where."""
        if self._saving or self._context is None:
            return
        if self._step != len(STEPS) - 1:
            self.next_step()
            return
        first = self.errors.show_all()
        if first is not None:
            return
        record = self.record()
        settings, paths = self._settings, self._data.paths
        handle = self._data.write(
            lambda session, _ctx: _save(session, record, settings, paths),
            label=self.tr("Logging the call"),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
        )
        if handle is None:
            return
        self._set_saving(True)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def _on_saved(self, result: object) -> None:
        if not shiboken6.isValid(self):
            return
        from kamdesk.services.accounts import ValidationFailed

        self._set_saving(False)
        if isinstance(result, ValidationFailed):
            self.errors.show_all(result.errors)
            return
        self._tick.stop()
        self.call_logged.emit(result)
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.save_error.setText(
            self.tr("The call could not be logged: %1").replace("%1", describe_error(error))
        )
        self.save_error.setVisible(True)

    def done(self, result: int) -> None:
        self._tick.stop()
        super().done(result)

    # -- the script editor -------------------------------------------------------------

    def edit_templates(self) -> TemplateEditor | None:
        """Opens the script editor on the texts in force; a saved edit is used at once."""
        if self._templates is None:
            return None
        editor = TemplateEditor(self._data, self._templates, self)
        editor.templates_saved.connect(self._on_templates_saved)
        self.template_editor = editor
        editor.open()
        return editor

    def _on_templates_saved(self, templates: ScriptTemplates) -> None:
        self._templates = templates
        self._render_script()

    # -- language ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        from kamdesk.services.calls import scenario_label

        self.setWindowTitle(self.tr("Phone invitation"))
        titles = (
            self.tr("1 · Introduce yourself"),
            self.tr("2 · State the benefit"),
            self.tr("3 · Close with an appointment"),
        )
        headings = (
            self.tr("Who you are, whom you work for, what you offer"),
            self.tr("What we did for a company like theirs, and that we can do it for them"),
            self.tr("A natural invitation, no pressure: confirm time, place and person"),
        )
        for index, button in enumerate(self.step_buttons):
            button.setText(titles[index])
            self.step_titles[index].setText(headings[index])
            self.advice_titles[index].setText(self.tr("The manual's advice"))
            self.notes_labels[index].setText(self.tr("&Notes on this step:"))
        self.notes_edits["introduce"].setPlaceholderText(
            self.tr("Who answered, whether they had a minute…")
        )
        self.notes_edits["benefit"].setPlaceholderText(
            self.tr("What caught their interest, their questions…")
        )
        self.notes_edits["appointment"].setPlaceholderText(self.tr("What they said about meeting…"))
        self.language_label.setText(self.tr("&Script:"))
        self.edit_script_button.setText(self.tr("&Edit script…"))
        self.reference_label.setText(self.tr("&Reference customer:"))
        self.outcome_box.setTitle(self.tr("How did the call end?"))
        outcome_texts = {
            "appointment": self.tr("&Appointment"),
            "call_back": self.tr("&Call back"),
            "refused": self.tr("Not &interested"),
            "no_answer": self.tr("No answe&r"),
        }
        for outcome, button in self.outcome_buttons.items():
            button.setText(outcome_texts[outcome])
        self.outcome_hint.setText(
            self.tr("Choose how the call ended; an appointment becomes a planned visit.")
        )
        for label, text in zip(
            self.appointment_labels,
            (
                self.tr("&When:"),
                self.tr("&Place:"),
                self.tr("Wh&o will attend:"),
                self.tr("&Kind of visit:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.place_edit.setPlaceholderText(self.tr("Where you will meet, e.g. their office"))
        current = self.visit_length_combo.currentData()
        self.visit_length_combo.clear()
        for minutes in VISIT_LENGTHS:
            self.visit_length_combo.addItem(self.tr("%n min", "", minutes), minutes)
        self.visit_length_combo.setCurrentIndex(
            max(0, self.visit_length_combo.findData(current or 60))
        )
        current = self.scenario_combo.currentData()
        self.scenario_combo.clear()
        for code in ("cold_visit", "referral", "existing_client", "client_visits_us"):
            self.scenario_combo.addItem(scenario_label(code), code)
        self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(current)))
        self.call_back_at.setText(self.tr("A&t:"))
        self.call_back_note_label.setText(self.tr("N&ote:"))
        self.call_back_note.setPlaceholderText(self.tr("e.g. in a meeting, call after 3 pm"))
        self.reason_label.setText(self.tr("&Why not:"))
        self.reason_edit.setPlaceholderText(self.tr("Required, e.g. they already have a supplier"))
        self.back_button.setText(self.tr("← &Back"))
        self.next_button.setText(self.tr("&Next →"))
        self.no_answer_button.setText(self.tr("No answer"))
        self.save_button.setText(self.tr("&Log call"))
        self.restart_timer_button.setToolTip(
            self.tr("Start the timer again from 00:00 (when the call is picked up)")
        )
        self.timer_label.setToolTip(self.tr("How long the call has lasted"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        self._show_context()
        self._show_style()


def _replace(record: CallRecord, **changes: Any) -> CallRecord:
    import dataclasses

    return dataclasses.replace(record, **changes)


class TemplateEditor(QDialog):
    """Edits the rep's copy of the phone-invitation script, per language and step.

    Each text is checked as it is typed (:func:`~kamdesk.services.phone_script.check_text`);
    a wrong one shows why under it and Save refuses it. Save writes the copy
    through :func:`~kamdesk.services.phone_script.save_templates` on the
    database worker (file work stays off the GUI thread).

    Signals:
        templates_saved(object): the texts in force after saving (``ScriptTemplates``).
    """

    templates_saved = Signal(object)

    def __init__(
        self, data: DataContext, templates: ScriptTemplates, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setStyleSheet(FORM_STYLE)
        self._data = data
        self._saving = False
        self.errors = FieldErrors(self._check, self)
        self.edits: dict[tuple[str, str], QPlainTextEdit] = {}
        self.step_labels: dict[tuple[str, str], QLabel] = {}
        self.tabs = QTabWidget(self)
        for language in ("zh_CN", "en"):
            page = QWidget(self.tabs)
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for step in STEPS:
                edit = QPlainTextEdit(page)
                edit.setObjectName(f"template_{language}_{step}")
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(80)
                edit.setPlainText(templates.text(language, step))
                label = QLabel(page)
                label.setBuddy(edit)
                label.setWordWrap(True)
                self.edits[(language, step)] = edit
                self.step_labels[(language, step)] = label
                form.addRow(label, self.errors.add(f"{language}.{step}", edit))
            self.tabs.addTab(page, "")
        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version_label = QLabel(self)
        self.version_label.setObjectName("templateVersion")
        self._version = templates.version
        self.save_error = message_label(self)
        self.save_error.setObjectName("templateSaveError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.version_label)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, 560)

    def texts(self) -> dict[str, dict[str, str]]:
        """The texts as typed, by language and step."""
        texts: dict[str, dict[str, str]] = {}
        for (language, step), edit in self.edits.items():
            texts.setdefault(language, {})[step] = edit.toPlainText()
        return texts

    def _check(self) -> list[InvalidInput]:
        from kamdesk.errors import InvalidInput
        from kamdesk.services.phone_script import TemplateRefused, check_text

        errors: list[InvalidInput] = []
        for (language, step), edit in self.edits.items():
            try:
                check_text(language, step, edit.toPlainText())
            except TemplateRefused as refused:
                errors.append(InvalidInput(f"{language}.{step}", refused.reason))
        return errors

    def _show_field(self, name: str) -> None:
        language = name.split(".")[0]
        self.tabs.setCurrentIndex(0 if language == "zh_CN" else 1)
        self.errors.field(name).setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if self._saving:
            return
        first = self.errors.show_all()
        if first is not None:
            self._show_field(first)
            return
        texts, paths = self.texts(), self._data.paths

        def save(_ctx: Any) -> Any:
            from kamdesk.services.phone_script import save_templates

            return save_templates(paths, texts)

        if (
            self._data.run(
                save,
                label=self.tr("Saving the script"),
                on_done=self._on_saved,
                on_error=self._on_save_failed,
            )
            is None
        ):
            return
        self._saving = True
        self.save_button.setEnabled(False)

    def _on_saved(self, templates: ScriptTemplates) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.templates_saved.emit(templates)
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        from kamdesk.errors import InvalidInput
        from kamdesk.services.phone_script import TemplateRefused

        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, TemplateRefused):
            name = f"{error.language}.{error.step}"
            self.errors.show_all([InvalidInput(name, error.reason)])
            self._show_field(name)
            return
        self.save_error.setText(
            self.tr("The script could not be saved: %1").replace("%1", describe_error(error))
        )
        self.save_error.setVisible(True)

    def _on_restore_clicked(self) -> None:
        def shipped(_ctx: Any) -> Any:
            from kamdesk.services.phone_script import shipped_templates

            return shipped_templates()

        self._data.run(shipped, label=self.tr("Reading the standard script"), on_done=self._fill)

    def _fill(self, templates: ScriptTemplates) -> None:
        if not shiboken6.isValid(self):
            return
        for (language, step), edit in self.edits.items():
            edit.setPlainText(templates.text(language, step))
        self.errors.check_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        from kamdesk.services.phone_script import PLACEHOLDERS, REQUIRED

        self.setWindowTitle(self.tr("Edit the phone script"))
        self.tabs.setTabText(0, self.tr("Chinese"))
        self.tabs.setTabText(1, self.tr("English"))
        names = {
            "introduce": self.tr("1 · Introduce yourself"),
            "benefit": self.tr("2 · State the benefit"),
            "appointment": self.tr("3 · Close with an appointment"),
        }
        for (_language, step), label in self.step_labels.items():
            required = " ".join("{" + n + "}" for n in REQUIRED[step])
            text = names[step]
            if required:
                text += "\n" + self.tr("must say %1").replace("%1", required)
            label.setText(text)
        self.help_label.setText(
            self.tr("Placeholders are filled in when you call: %1").replace(
                "%1", " ".join("{" + n + "}" for n in PLACEHOLDERS)
            )
        )
        self.version_label.setText(self.tr("Version in use: %1").replace("%1", self._version))
        self.restore_button.setText(self.tr("&Restore the standard script"))


def open_call_dialog(
    parent: QWidget | None, data: DataContext, settings: Settings, contact_id: str
) -> CallDialog:
    """Opens the guided call to ``contact_id`` (window-modal, returns at once).

    Connect ``call_logged`` to refresh what shows calls, visits and tasks.
    """
    dialog = CallDialog(contact_id, data, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

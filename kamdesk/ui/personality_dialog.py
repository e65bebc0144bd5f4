"""The personality assessment: a guided checklist of what the rep observed (issue 6).

:class:`PersonalityDialog` lists the observable behaviours of
:func:`~kamdesk.services.personality.assessment_checklist`; the rep answers
each seen, not seen or don't know (keys 1, 2 and 0 answer the focused row and
go to the next; the arrow keys move), optionally at one of the contact's
recent visits or calls. Beside the list the result is worked out as the rep
answers (:func:`~kamdesk.services.personality.assess` over the earlier
observations and the new answers): the style with its confidence in plain
words ("2 observations: low confidence"), each axis, "undecided" when an axis
is balanced, and the evidence kept (which behaviours, when, where). The rep
may choose the style instead (an override with a reason). A re-check advised
by :func:`~kamdesk.services.personality.needs_recheck` is said at the top.

For a contact, Save records the answers and the choice in one unit of work
on the database worker (``record_observations`` and ``override_style``);
a refusal shows at its field and writes nothing. For the rep's own style
(``contact_id`` None) the dialog works on the settings it was given and
emits the new :class:`~kamdesk.settings.Settings` for the caller to save.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.settings import Settings
from kamdesk.ui.desktop import resize_to_fit
from kamdesk.ui.form_parts import (
    ERROR_COLOUR,
    FORM_STYLE,
    WARNING_COLOUR,
    code_of,
    fill_codes,
    message_label,
    select_code,
)
from kamdesk.ui.labels import personality_label
from kamdesk.ui.messages import describe_error
from kamdesk.ui.style_text import date_text, level_text, observations_text, recheck_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.errors import InvalidInput
    from kamdesk.services.personality import (
        Assessment,
        ChecklistItem,
        Observation,
        Override,
        StyleView,
    )
    from kamdesk.ui.data_context import DataContext

#: The answers of a row: seen, not seen, don't know.
SEEN, NOT_SEEN, UNKNOWN = True, False, None
#: How many of the contact's latest visits and calls the "Seen at" list offers.
RECENT_SOURCES = 20

_ROW_STYLE = """
QFrame#behaviourRow { border: 1px solid transparent; border-radius: 4px; }
QFrame#behaviourRow:focus { border: 1px solid #64b5f6; background: #e3f2fd; }
QToolButton { padding: 2px 8px; }
QToolButton#seenAnswer:checked { background: #1976d2; color: white; border-radius: 3px; }
QToolButton#notSeenAnswer:checked { background: #546e7a; color: white; border-radius: 3px; }
QToolButton#unknownAnswer:checked { background: #e8eaed; color: #5f6368; border-radius: 3px; }
"""


@dataclass(frozen=True)
class SourceChoice:
    """A visit or call of the contact that observations can be tied to."""

    kind: str
    id: str
    at: datetime
    summary: str


@dataclass(frozen=True)
class Subject:
    """The person assessed, as the dialog needs it (read on the worker)."""

    contact_id: str | None
    name: str
    account_name: str
    view: StyleView
    #: the earlier observations (behaviours this version knows)
    observations: tuple[Observation, ...]
    #: the override in force (a choice, or a style set by hand)
    override: Override | None
    sources: tuple[SourceChoice, ...] = ()


def load_contact_subject(session: Session, contact_id: str) -> Subject:
    """The contact, its style, its earlier observations and its recent visits and calls."""
    from kamdesk.errors import InvalidInput
    from kamdesk.models import Account, Contact
    from kamdesk.services.accounts import get_live
    from kamdesk.services.calls import timeline
    from kamdesk.services.personality import (
        assessment_from_json,
        contact_style,
        shipped_content,
    )

    content = shipped_content()
    contact = get_live(session, Contact, contact_id, "contact")
    account = session.get(Account, contact.account_id)
    view = contact_style(session, contact_id)
    observations: tuple[Observation, ...] = ()
    if contact.personality_assessment:
        try:
            stored = assessment_from_json(contact.personality_assessment, content=content)
        except InvalidInput:
            stored = None
        if stored is not None:
            observations = tuple(
                o for o in stored.observations if content.behaviour(o.behaviour) is not None
            )
    now = datetime.now(UTC)
    sources = tuple(
        SourceChoice(entry.kind, entry.id, entry.at, entry.place or entry.summary)
        for entry in timeline(session, contact_id=contact_id, limit=RECENT_SOURCES * 2)
        if entry.at <= now and (entry.kind == "call" or entry.outcome != "cancelled")
    )[:RECENT_SOURCES]
    return Subject(
        contact_id=contact_id,
        name=contact.name,
        account_name=account.name if account is not None else "",
        view=view,
        observations=observations,
        override=view.override,
        sources=sources,
    )


def rep_subject(settings: Settings) -> Subject:
    """The rep as the dialog's subject (their own style, from the settings)."""
    from kamdesk.errors import InvalidInput
    from kamdesk.services.personality import rep_assessment, rep_style, shipped_content

    content = shipped_content()
    try:
        stored = rep_assessment(settings, content)
    except InvalidInput:  # checked when the settings were loaded; a broken one starts afresh
        stored = None
    observations = tuple(
        o
        for o in (stored.observations if stored else ())
        if content.behaviour(o.behaviour) is not None
    )
    return Subject(
        contact_id=None,
        name=settings.rep_name,
        account_name="",
        view=rep_style(
            settings.replace(rep_personality={}) if stored is None else settings, content
        ),
        observations=observations,
        override=stored.override if stored else None,
    )


class _Unchanged:
    """The override is left as it is."""


UNCHANGED: Any = _Unchanged()


def save_contact_assessment(
    session: Session,
    contact_id: str,
    observations: list[Observation],
    override: tuple[str | None, str] | _Unchanged,
    by: str,
) -> list[Any]:
    """Records the answers, then the choice, in the caller's unit of work.

    Raises:
        ValidationFailed: an answer or the choice is wrong; the unit of work
            rolls back, so nothing of either is written.
    """
    from kamdesk.services.personality import override_style, record_observations

    changes: list[Any] = []
    if observations:
        changes.append(
            record_observations(session, contact_id, observations, by=by, checklist=True)
        )
    if not isinstance(override, _Unchanged):
        style, reason = override
        changes.append(override_style(session, contact_id, style, reason, by=by))
    return changes


class BehaviourRow(QFrame):
    """One behaviour of the checklist with its three answers; 1, 2 and 0 answer it.

    Signals:
        answered(object): the answer changed (``True``, ``False`` or ``None``).
        step(int): the rep asks for the next (1) or the previous (-1) row.
    """

    answered = Signal(object)
    step = Signal(int)

    def __init__(
        self, item: ChecklistItem, parent: QWidget | None = None, *, about_self: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("behaviourRow")
        self.item = item
        #: the rep answers about themselves: "yes" and "no" rather than "seen"
        self.about_self = about_self
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text_label = QLabel(item.text, self)
        self.text_label.setWordWrap(True)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.buttons: dict[bool | None, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(self.text_label, 1)
        for answer in (SEEN, NOT_SEEN, UNKNOWN):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setObjectName(
                {SEEN: "seenAnswer", NOT_SEEN: "notSeenAnswer", UNKNOWN: "unknownAnswer"}[answer]
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _on=False, a=answer: self._on_clicked(a))
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
        self.buttons[UNKNOWN].setChecked(True)
        self._answer: bool | None = None
        self.retranslate()

    @property
    def answer(self) -> bool | None:
        """``True`` seen, ``False`` looked for and not seen, ``None`` don't know."""
        return self._answer

    def set_answer(self, answer: bool | None) -> None:
        self.buttons[answer].setChecked(True)
        if answer != self._answer:
            self._answer = answer
            self.answered.emit(answer)

    def _on_clicked(self, answer: bool | None) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_answer(answer)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        answers = {Qt.Key.Key_1: SEEN, Qt.Key.Key_2: NOT_SEEN, Qt.Key.Key_0: UNKNOWN}
        if key in answers:
            self.set_answer(answers[Qt.Key(key)])
            self.step.emit(1)
            return
        if key == Qt.Key.Key_Down:
            self.step.emit(1)
            return
        if key == Qt.Key.Key_Up:
            self.step.emit(-1)
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        if self.about_self:
            self.buttons[SEEN].setText(self.tr("1 Yes"))
            self.buttons[NOT_SEEN].setText(self.tr("2 No"))
            self.buttons[SEEN].setToolTip(self.tr("This is like you (key 1)"))
            self.buttons[NOT_SEEN].setToolTip(self.tr("This is not like you (key 2)"))
        else:
            self.buttons[SEEN].setText(self.tr("1 Seen"))
            self.buttons[NOT_SEEN].setText(self.tr("2 Not seen"))
            self.buttons[SEEN].setToolTip(self.tr("You saw this (key 1)"))
            self.buttons[NOT_SEEN].setToolTip(
                self.tr("You looked for it and it was not there (key 2)")
            )
        self.buttons[UNKNOWN].setText(self.tr("0 Don't know"))
        self.buttons[UNKNOWN].setToolTip(self.tr("You cannot say (key 0)"))


class PersonalityDialog(QDialog):
    """The guided assessment of a contact's style, or of the rep's own.

    Args:
        data: the data directory (a contact's assessment is read and saved there).
        settings: the rep's settings (their name, their own style).
        contact_id: the contact; ``None`` assesses the rep's own style.

    Signals:
        loaded: the subject is shown (the checklist can be answered).
        saved(object): the assessment was saved: for a contact the list of
            the service's ``Changed``; for the rep the new ``Settings``.
    """

    loaded = Signal()
    saved = Signal(object)

    def __init__(
        self,
        data: DataContext | None,
        settings: Settings,
        contact_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personalityDialog")
        self.setStyleSheet(FORM_STYLE + _ROW_STYLE)
        self._data = data
        self._settings = settings
        self._contact_id = contact_id
        self._subject: Subject | None = None
        self._saving = False
        from kamdesk.services.personality import assessment_checklist

        self.title_label = QLabel(self)
        self.title_label.setObjectName("assessmentTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.current_label = QLabel(self)
        self.current_label.setObjectName("currentStyle")
        self.current_label.setWordWrap(True)
        self.recheck_label = message_label(self, WARNING_COLOUR)
        self.recheck_label.setObjectName("recheckPrompt")

        self.source_label = QLabel(self)
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("sourceCombo")
        self.source_label.setBuddy(self.source_combo)
        self.source_error = message_label(self)
        self.source_error.setObjectName("sourceError")
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_label)
        source_row.addWidget(self.source_combo, 1)
        self.source_box = QWidget(self)
        source_column = QVBoxLayout(self.source_box)
        source_column.setContentsMargins(0, 0, 0, 0)
        source_column.addLayout(source_row)
        source_column.addWidget(self.source_error)
        self.source_box.setVisible(contact_id is not None)

        self.rows: list[BehaviourRow] = []
        self.axis_headers: dict[str, QLabel] = {}
        list_widget = QWidget(self)
        rows_layout = QVBoxLayout(list_widget)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(1)
        axis = ""
        for item in assessment_checklist():
            if item.axis != axis:
                axis = item.axis
                header = QLabel(list_widget)
                header.setContentsMargins(6, 8, 0, 2)
                header.setStyleSheet("color: gray; font-weight: bold;")
                self.axis_headers[axis] = header
                rows_layout.addWidget(header)
            row = BehaviourRow(item, list_widget, about_self=contact_id is None)
            row.answered.connect(self._on_answered)
            row.step.connect(lambda delta, r=row: self._step_from(r, delta))
            self.rows.append(row)
            rows_layout.addWidget(row)
        rows_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(list_widget)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)

        # -- the result, live
        self.result_box = QGroupBox(self)
        self.result_style = QLabel(self.result_box)
        self.result_style.setObjectName("resultStyle")
        big = self.result_style.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.result_style.setFont(big)
        self.result_confidence = QLabel(self.result_box)
        self.result_confidence.setObjectName("resultConfidence")
        self.result_confidence.setWordWrap(True)
        self.result_axes = QLabel(self.result_box)
        self.result_axes.setObjectName("resultAxes")
        self.result_axes.setWordWrap(True)
        self.result_axes.setTextFormat(Qt.TextFormat.RichText)
        self.evidence_title = QLabel(self.result_box)
        self.evidence_label = QLabel(self.result_box)
        self.evidence_label.setObjectName("evidence")
        self.evidence_label.setWordWrap(True)
        self.evidence_label.setTextFormat(Qt.TextFormat.RichText)
        self.evidence_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        evidence_scroll = QScrollArea(self.result_box)
        evidence_scroll.setWidgetResizable(True)
        evidence_scroll.setFrameShape(QFrame.Shape.NoFrame)
        evidence_scroll.setWidget(self.evidence_label)
        result = QVBoxLayout(self.result_box)
        result.addWidget(self.result_style)
        result.addWidget(self.result_confidence)
        result.addWidget(self.result_axes)
        result.addWidget(self.evidence_title)
        result.addWidget(evidence_scroll, 1)

        # -- the rep's own choice
        self.override_check = QCheckBox(self)
        self.override_check.setObjectName("overrideCheck")
        self.override_combo = QComboBox(self)
        self.override_combo.setObjectName("overrideStyle")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("overrideReason")
        self.override_error = message_label(self)
        self.override_error.setObjectName("overrideError")
        self.override_check.toggled.connect(self._on_override_toggled)
        self.override_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_check)
        override_row.addWidget(self.override_combo)
        override_row.addWidget(self.reason_edit, 1)

        self.save_error = message_label(self, ERROR_COLOUR)
        self.save_error.setObjectName("saveError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)  # Enter saves once the rows are answered

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.source_box)
        left.addWidget(self.scroll, 1)
        body.addLayout(left, 3)
        body.addWidget(self.result_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.current_label)
        layout.addWidget(self.recheck_label)
        layout.addLayout(body, 1)
        layout.addLayout(override_row)
        layout.addWidget(self.override_error)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)

        self.retranslate()
        self._on_override_toggled(False)
        resize_to_fit(self, 980, 680)
        if contact_id is None:
            self._show_subject(rep_subject(settings))
        else:
            self._set_ready(False)
            self._load()

    # -- loading ------------------------------------------------------------------------

    @property
    def contact_id(self) -> str | None:
        return self._contact_id

    @property
    def subject(self) -> Subject | None:
        return self._subject

    def _load(self) -> None:
        assert self._data is not None and self._contact_id is not None
        contact_id = self._contact_id
        self._data.read(
            lambda session: load_contact_subject(session, contact_id),
            label=self.tr("Loading the contact"),
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
        )

    def _on_loaded(self, subject: Subject) -> None:
        if not shiboken6.isValid(self):
            return
        self._show_subject(subject)

    def _on_load_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.save_error.setText(
            self.tr("The contact cannot be assessed: %1").replace("%1", describe_error(error))
        )
        self.save_error.setVisible(True)

    def _show_subject(self, subject: Subject) -> None:
        self._subject = subject
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("No particular visit or call"), None)
        for source in subject.sources:
            self.source_combo.addItem(self._source_text(source), (source.kind, source.id))
        override = subject.override
        chosen = override is not None and override.kind == "chosen"
        if override is not None:
            select_code(self.override_combo, override.style)
            self.reason_edit.setText(override.reason)
        self.override_check.setChecked(chosen)
        self._on_override_toggled(chosen)
        self._set_ready(True)
        self.retranslate()
        if self.rows:
            self.rows[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit()

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready and not self._saving)
        self.scroll.setEnabled(ready)

    def _source_text(self, source: SourceChoice) -> str:
        kind = self.tr("Visit") if source.kind == "visit" else self.tr("Call")
        text = f"{kind} {date_text(source.at)}"
        return f"{text} · {source.summary}" if source.summary else text

    # -- answering ----------------------------------------------------------------------

    def _step_from(self, row: BehaviourRow, delta: int) -> None:
        index = self.rows.index(row) + delta
        if 0 <= index < len(self.rows):
            target = self.rows[index]
            target.setFocus(Qt.FocusReason.TabFocusReason)
            self.scroll.ensureWidgetVisible(target)
        elif delta > 0:
            self.override_check.setFocus(Qt.FocusReason.TabFocusReason)

    def answers(self) -> dict[str, bool]:
        """The behaviours answered seen (``True``) or not seen (``False``), by id."""
        return {row.item.id: row.answer for row in self.rows if row.answer is not None}

    def answer(self, behaviour_id: str, answer: bool | None) -> None:
        """Answers one behaviour as a click would."""
        next(row for row in self.rows if row.item.id == behaviour_id).set_answer(answer)

    def _source(self) -> tuple[Any, datetime]:
        """The source chosen (an ``ObservationSource`` or None) and the time of the answers."""
        from kamdesk.services.personality import ObservationSource

        now = datetime.now(UTC)
        chosen = self.source_combo.currentData()
        if not chosen or self._subject is None:
            return None, now
        kind, source_id = chosen
        at = next(
            (s.at for s in self._subject.sources if s.kind == kind and s.id == source_id), now
        )
        return ObservationSource(kind, source_id), min(at, now)

    def new_observations(self) -> list[Observation]:
        """The answers as observations, at the visit or call chosen (else now)."""
        from kamdesk.services.personality import Observation

        source, at = self._source()
        by = self._settings.rep_name
        return [
            Observation(behaviour=behaviour, seen=seen, at=at, source=source, by=by)
            for behaviour, seen in self.answers().items()
        ]

    def _on_answered(self, _answer: object) -> None:
        self.save_error.setVisible(False)
        self._refresh()

    def _on_override_toggled(self, on: bool) -> None:
        subject = self._subject
        if on and subject is not None and subject.override is None:
            # Start from what the answers say, so the choice is a change from it.
            computed = self.live_assessment().computed_style
            select_code(self.override_combo, computed)
            if not code_of(self.override_combo):
                self.override_combo.setCurrentIndex(0)
        self.override_combo.setEnabled(on)
        self.reason_edit.setEnabled(on)
        self._refresh()

    def chosen_override(self) -> tuple[str | None, str]:
        """The style the rep chose (None: the observations decide) and the reason."""
        if not self.override_check.isChecked():
            return None, ""
        return code_of(self.override_combo) or None, self.reason_edit.text()

    def live_assessment(self) -> Assessment:
        """The style from the earlier observations and the answers given now."""
        from kamdesk.services.personality import assess

        earlier = self._subject.observations if self._subject else ()
        return assess([*earlier, *self.new_observations()])

    # -- the result ---------------------------------------------------------------------

    def _refresh(self) -> None:
        from kamdesk.services.personality import (
            UNDECIDED,
            content_language,
            shipped_content,
            style_name,
        )

        if self._subject is None:
            return
        content = shipped_content()
        language = content_language()
        live = self.live_assessment()
        count = len(live.observations)
        chosen, _reason = self.chosen_override()
        if count == 0:
            self.result_style.setText(self.tr("Not assessed yet"))
            self.result_confidence.setText(
                self.tr("No observations yet: answer what you saw, row by row.")
            )
        elif live.computed_style == UNDECIDED:
            names = [content.axis_names[a].text(language) for a in live.undecided_axes]
            self.result_style.setText(self.tr("Undecided"))
            self.result_confidence.setText(
                self.tr("%1: %2 not clear yet; the observations point both ways or are missing.")
                .replace("%1", observations_text(count))
                .replace("%2", self.tr(" and ").join(names))
            )
        else:
            self.result_style.setText(style_name(live.computed_style))
            advice = {
                "low": self.tr("Note more at your next visit or call to be surer."),
                "medium": self.tr("Fairly sure; a few more observations will settle it."),
                "high": self.tr("The observations agree: you can rely on it."),
            }[live.level]
            self.result_confidence.setText(
                self.tr("%1: %2. %3")
                .replace("%1", observations_text(count))
                .replace("%2", level_text(live.level))
                .replace("%3", advice)
            )
        if chosen is not None and chosen != live.computed_style:
            self.result_style.setText(
                self.tr("%1 (chosen by you)").replace("%1", style_name(chosen))
            )
        lines = []
        for score in live.axes:
            axis_name = content.axis_names[score.axis].text(language)
            if score.behaviours == 0:
                state = self.tr("nothing observed yet")
            elif score.pole is None:
                state = self.tr("balanced (undecided)")
            else:
                state = content.pole_names[score.pole].text(language)
            lines.append(f"<b>{_e(axis_name)}</b>: {_e(state)}")
        self.result_axes.setText("<br>".join(lines))
        self.evidence_label.setText(self._evidence_html(live))

    def _where(self, observation: Observation) -> str:
        source = observation.source
        if source is None:
            return ""
        known = next(
            (
                s
                for s in (self._subject.sources if self._subject else ())
                if s.kind == source.kind and s.id == source.id
            ),
            None,
        )
        if known is not None:
            return self._source_text(known)
        return self.tr("an earlier visit") if source.kind == "visit" else self.tr("an earlier call")

    def _evidence_html(self, live: Assessment) -> str:
        from kamdesk.services.personality import shipped_content

        content = shipped_content()
        texts = {row.item.id: row.item.text for row in self.rows}
        new = set(self.answers())
        grouped: dict[str, list[Observation]] = {}
        for observation in live.observations:
            if content.behaviour(observation.behaviour) is not None:
                grouped.setdefault(observation.behaviour, []).append(observation)
        if not grouped:
            nothing = self.tr("Nothing observed yet.")  # lupdate misses tr() inside f-strings
            return f"<span style='color:gray'>{_e(nothing)}</span>"
        items = []
        order = sorted(grouped.items(), key=lambda kv: -sum(o.seen for o in kv[1]))
        for behaviour, observations in order:
            seen = sum(o.seen for o in observations)
            missed = len(observations) - seen
            last = observations[-1]
            counts = []
            if seen:
                counts.append(self.tr("seen %1×").replace("%1", str(seen)))
            if missed:
                counts.append(self.tr("not seen %1×").replace("%1", str(missed)))
            # the visit or call says its date; without one, the date alone
            where = self._where(last) or date_text(last.at)
            detail = " · ".join(part for part in (", ".join(counts), where) if part)
            mark = "✓" if seen >= missed else "✗"
            fresh = self.tr("new")
            tag = f" <i>({_e(fresh)})</i>" if behaviour in new else ""
            items.append(
                f"{mark} {_e(texts.get(behaviour, behaviour))}{tag}<br>"
                f"<span style='color:gray'>&nbsp;&nbsp;&nbsp;{_e(detail)}</span>"
            )
        return "<br>".join(items)

    # -- saving -------------------------------------------------------------------------

    def _override_change(self) -> tuple[str | None, str] | _Unchanged:
        """What to do with the override: set it, remove it (None), or leave it."""
        subject = self._subject
        current = subject.override if subject else None
        style, reason = self.chosen_override()
        if style is not None:
            if (
                current is not None
                and current.kind == "chosen"
                and current.style == style
                and current.reason == reason.strip()
            ):
                return UNCHANGED
            return style, reason
        if current is None:
            return UNCHANGED
        if current.kind == "label" and not self.answers():
            return UNCHANGED  # a style set by hand stays until observations replace it
        return None, ""

    def accept(self) -> None:
        """Save: records the answers and the choice (one unit of work), or says what is wrong."""
        if self._saving or self._subject is None:
            return
        for label in (self.source_error, self.override_error, self.save_error):
            label.setVisible(False)
        observations = self.new_observations()
        override = self._override_change()
        if not observations and isinstance(override, _Unchanged):
            self._show_save_error(
                self.tr("Answer at least one behaviour (1 or 2), or choose the style yourself.")
            )
            return
        if self._contact_id is None:
            self._save_rep(observations, override)
            return
        assert self._data is not None
        contact_id, by = self._contact_id, self._settings.rep_name
        handle = self._data.write(
            lambda session, _ctx: save_contact_assessment(
                session, contact_id, observations, override, by
            ),
            label=self.tr("Saving the assessment"),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
        )
        if handle is not None:
            self._saving = True
            self._set_ready(True)

    def _save_rep(
        self, observations: list[Observation], override: tuple[str | None, str] | _Unchanged
    ) -> None:
        from kamdesk.services.accounts import ValidationFailed
        from kamdesk.services.personality import override_rep_style, record_rep_observations

        settings = self._settings
        try:
            if observations:
                settings = record_rep_observations(settings, observations, checklist=True)
            if not isinstance(override, _Unchanged):
                settings = override_rep_style(settings, override[0], override[1])
        except ValidationFailed as refused:
            self._show_errors(list(refused.errors))
            return
        self._settings = settings
        self.saved.emit(settings)
        super().accept()

    def _on_saved(self, changes: object) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.saved.emit(changes)
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        from kamdesk.services.accounts import ValidationFailed

        self._saving = False
        self._set_ready(True)
        if isinstance(error, ValidationFailed):
            self._show_errors(list(error.errors))
            return
        self._show_save_error(
            self.tr("The assessment could not be saved: %1").replace("%1", describe_error(error))
        )

    def _show_errors(self, errors: list[InvalidInput]) -> None:
        """Each refusal at its field: the visit or call, the choice, or the whole save."""
        rest = []
        for error in errors:
            text = error.reason[:1].upper() + error.reason[1:]
            if error.where.endswith(".source"):
                self.source_error.setText(text)
                self.source_error.setVisible(True)
                self.source_combo.setFocus()
            elif error.where in ("style", "reason"):
                self.override_error.setText(text)
                self.override_error.setVisible(True)
                self.reason_edit.setFocus()
            else:
                rest.append(f"{error.where}: {text}")
        if rest:
            self._show_save_error("\n".join(dict.fromkeys(rest)))

    def _show_save_error(self, text: str) -> None:
        self.save_error.setText(text)
        self.save_error.setVisible(True)

    def reject(self) -> None:
        if not self._saving:
            super().reject()

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        from kamdesk.services.personality import (
            STYLES,
            content_language,
            describe_style,
            shipped_content,
        )

        subject = self._subject
        if self._contact_id is None:
            self.setWindowTitle(self.tr("Your own style"))
            self.title_label.setText(self.tr("How do you work with people?"))
            self.intro_label.setText(
                self.tr(
                    "Answer for yourself, honestly: 1 yes, 2 no, 0 don't know; "
                    "the arrow keys move. Knowing your own style gives you a hint for each client."
                )
            )
        else:
            name = subject.name if subject else ""
            title = self.tr("Personality of %1").replace("%1", name)
            if subject and subject.account_name:
                title = self.tr("%1 — %2").replace("%1", title).replace("%2", subject.account_name)
            self.setWindowTitle(title)
            self.title_label.setText(self.tr("What did you observe of %1?").replace("%1", name))
            self.intro_label.setText(
                self.tr(
                    "Answer each row with what you saw: 1 seen, 2 looked for and not seen, "
                    "0 don't know; the arrow keys move. The style follows from your answers."
                )
            )
        if subject is not None:
            view = subject.view
            self.current_label.setText(self.tr("So far: %1").replace("%1", describe_style(view)))
            prompt = recheck_text(view)
            if prompt:
                prompt += " " + self.tr("Go through the list with what you saw lately.")
            self.recheck_label.setText(prompt)
            self.recheck_label.setVisible(bool(prompt))
        else:
            self.current_label.setText(self.tr("Loading…"))
        self.source_label.setText(self.tr("&Seen at:"))
        if self.source_combo.count():
            self.source_combo.setItemText(0, self.tr("No particular visit or call"))
        content = shipped_content()
        language = content_language()
        for axis, header in self.axis_headers.items():
            first, second = (content.pole_names[p].text(language) for p in _poles(axis))
            header.setText(
                self.tr("%1: %2 or %3")
                .replace("%1", content.axis_names[axis].text(language))
                .replace("%2", first)
                .replace("%3", second)
            )
        for row in self.rows:
            row.retranslate()
        self.result_box.setTitle(self.tr("Result"))
        self.evidence_title.setText(self.tr("<b>Evidence kept</b>"))
        self.override_check.setText(self.tr("&Choose the style yourself:"))
        current = code_of(self.override_combo)
        fill_codes(self.override_combo, STYLES, personality_label)
        if self.override_combo.count() and not self.override_combo.itemData(0):
            self.override_combo.removeItem(0)  # a choice is always a style
        if current:
            select_code(self.override_combo, current)
        self.reason_edit.setPlaceholderText(self.tr("Why: what you saw that the list misses"))
        self.save_button.setText(self.tr("Save"))
        self._refresh()


def _poles(axis: str) -> tuple[str, str]:
    from kamdesk.services.personality import AXES

    return AXES[axis]


def _e(text: str) -> str:
    import html

    return html.escape(text)


def open_personality_dialog(
    parent: QWidget, data: DataContext | None, settings: Settings, contact_id: str | None
) -> PersonalityDialog:
    """Opens the assessment window-modal (no nested event loop) and returns it."""
    dialog = PersonalityDialog(data, settings, contact_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog

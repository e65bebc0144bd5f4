"""The pre-visit briefing: one window a rep reads in the 30 seconds before walking in.

:func:`open_briefing` opens it for a visit (or raises the one already open).
It reads :func:`kamdesk.services.briefing.briefing` on the database worker and
lays the result out as cards, most urgent first: the people (each attendee's
style with its confidence, the tips for the opening, presenting, closing and
what to avoid, the hint for the rep's own style, when to call them today),
then the account (category, class, tier and the class's strategy), the last
visit and the promises still open, the preparation checklist (tickable, it
writes through :func:`kamdesk.services.visits.tick`) and the objection cards
that fit. Two columns at normal width, one when the window is narrow.

Esc closes it; Ctrl+P (or the button) saves the one-page PDF
(:func:`kamdesk.reports.briefing.render_briefing`) where the rep chooses,
asking before replacing a file. Every text a rep typed is shown as plain
text, never as markup.
"""

from __future__ import annotations

import contextlib
import html
import io
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kamdesk.i18n import translate
from kamdesk.ui.desktop import resize_to_fit
from kamdesk.ui.messages import MessageBoxes, describe_error

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent
    from sqlalchemy.orm import Session

    from kamdesk.settings import Settings
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskHandle

#: Below this width the cards stand in one column.
TWO_COLUMNS_FROM = 860
#: The tips shown per attendee, in this order (the others are in the style card itself).
TIP_PHASES = ("opening", "presenting", "closing", "avoid")
#: How many tips of one phase are shown.
TIPS_PER_PHASE = 2

BRIEFING_STYLE = """
QWidget#briefingWindow { background: palette(base); }
QFrame[briefingCard="true"] {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 10px;
}
QFrame[briefingCard="person"] {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-left: 4px solid palette(highlight);
    border-radius: 10px;
}
QLabel[role="cardTitle"] { font-weight: 600; }
QLabel[role="kicker"] { color: palette(dark); font-weight: 600; }
QLabel[role="muted"] { color: palette(dark); }
QLabel[role="hint"] {
    background: palette(alternate-base);
    border-radius: 6px;
    padding: 6px 8px;
}
QLabel#countdown { color: palette(highlight); font-weight: 600; }
QLabel#notAssessed { color: palette(dark); }
QPushButton[role="link"] {
    border: none; color: palette(link); text-decoration: underline;
    padding: 0px; text-align: left;
}
QLabel#briefingError { color: #b3261e; }
"""

# The windows open now, by visit id: a second open raises the first.
_open_windows: dict[str, BriefingWindow] = {}


def _esc(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def _language() -> str | None:
    from kamdesk.ui.translations import current_language

    return current_language()


def minutes_text(minutes: int | None, ended: bool) -> str:
    """How far the visit is: "in 25 min", "in 2 h 10 min", "started 5 min ago"; "" when past."""
    if minutes is None or ended:
        return ""
    if minutes < 0:
        ago = -minutes  # lupdate reads a plural's count only as a plain name
        return translate("BriefingWindow", "started %n min ago", "", ago)
    if minutes == 0:
        return QCoreApplication.translate("BriefingWindow", "starting now")
    if minutes < 60:
        return translate("BriefingWindow", "in %n min", "", minutes)
    if minutes < 24 * 60:
        return (
            QCoreApplication.translate("BriefingWindow", "in %1 h %2 min")
            .replace("%1", str(minutes // 60))
            .replace("%2", str(minutes % 60))
        )
    days = minutes // (24 * 60)
    return translate("BriefingWindow", "in %n day(s)", "", days)


def phase_label(phase: str) -> str:
    """A phase of handling a person, in words."""
    return {
        "opening": QCoreApplication.translate("BriefingWindow", "Opening"),
        "presenting": QCoreApplication.translate("BriefingWindow", "Presenting"),
        "objections": QCoreApplication.translate("BriefingWindow", "Objections"),
        "closing": QCoreApplication.translate("BriefingWindow", "Closing"),
        "follow_up": QCoreApplication.translate("BriefingWindow", "Follow-up"),
        "avoid": QCoreApplication.translate("BriefingWindow", "Avoid"),
    }.get(phase, phase)


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _day(moment: datetime) -> str:
    return QLocale().toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat
    )


def _short_day(moment: datetime) -> str:
    return QLocale().toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )


def _load(
    session: Session, visit_id: str, settings: Settings, now: datetime, language: str | None
) -> Any:
    from kamdesk.services.briefing import briefing

    return briefing(session, visit_id, settings, now=now, language=language)


def _render_pdf(briefing: Any, target: Path) -> Path:
    """Lays the one-pager out in memory, then writes it whole (on the pool)."""
    from kamdesk.reports.briefing import render_briefing
    from kamdesk.ui.report_export import write_whole

    buffer = io.BytesIO()
    render_briefing(briefing, buffer)
    return write_whole(target, buffer.getvalue())


# -- pieces --------------------------------------------------------------------------------


def _label(parent: QWidget, text: str = "", role: str = "", rich: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if role:
        label.setProperty("role", role)
    label.setText(text)
    return label


class BriefingCard(QFrame):
    """One card: a title and what goes under it."""

    def __init__(self, title: str, parent: QWidget | None = None, *, person: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("briefingCard", "person" if person else "true")
        self.title_label = _label(self, title, "cardTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * (1.25 if person else 1.12))
        self.title_label.setFont(font)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 14)
        self.body.setSpacing(6)
        self.body.addWidget(self.title_label)

    def add_text(self, text: str, role: str = "", rich: bool = False) -> QLabel:
        if rich:
            # A little air between wrapped lines: Chinese reads better with it.
            text = f"<div style='line-height:125%'>{text}</div>"
        label = _label(self, text, role, rich)
        self.body.addWidget(label)
        return label

    def add_bullets(self, items: Sequence[str], heading: str = "") -> QLabel:
        """``items`` as a bulleted paragraph (plain texts, escaped here)."""
        lines = [f"• {_esc(item)}" for item in items]
        if heading:
            lines.insert(0, f"<span style='font-weight:600'>{_esc(heading)}</span>")
        return self.add_text("<br>".join(lines), rich=True)

    def add_widget(self, widget: QWidget) -> None:
        self.body.addWidget(widget)


class ChecklistStep(QWidget):
    """A check box whose text wraps (a QCheckBox's own text never does); a click on it ticks."""

    def __init__(self, text: str, ticked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setChecked(ticked)
        self.box.setAccessibleName(text)
        self.label = _label(self, text)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.installEventFilter(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 1, 0, 1)
        row.setSpacing(8)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and self.label.rect().contains(cast("QMouseEvent", event).position().toPoint())
        ):
            self.box.toggle()
            return True
        return super().eventFilter(watched, event)


class CardColumns(QWidget):
    """Cards in two columns, or one when narrower than :data:`TWO_COLUMNS_FROM`.

    Cards keep their order: with two columns each goes to the shorter column,
    so the first cards stand at the top.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[QWidget] = []
        self._columns = 0
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(14)
        self._stacks: list[QVBoxLayout] = []

    @property
    def column_count(self) -> int:
        return self._columns

    def column_of(self, card: QWidget) -> int:
        """The column ``card`` stands in (0 or 1)."""
        for index, stack in enumerate(self._stacks):
            if stack.indexOf(card) >= 0:
                return index
        raise ValueError("not a card of this view")

    def set_cards(self, cards: Sequence[QWidget]) -> None:
        for card in self._cards:
            card.setParent(None)
            card.deleteLater()
        self._cards = list(cards)
        for card in self._cards:
            card.setParent(self)
        self._arrange(self._wanted_columns(), force=True)

    def _wanted_columns(self) -> int:
        return 2 if self.width() >= TWO_COLUMNS_FROM else 1

    def _arrange(self, columns: int, force: bool = False) -> None:
        if columns == self._columns and not force:
            return
        self._columns = columns
        for stack in self._stacks:
            while stack.count():
                stack.takeAt(0)
            self._row.removeItem(stack)
        self._stacks = []
        for _ in range(columns):
            stack = QVBoxLayout()
            stack.setSpacing(14)
            self._row.addLayout(stack, 1)
            self._stacks.append(stack)
        width = max(200, (self.width() - 14 * (columns - 1)) // columns)
        heights = [0] * columns
        for card in self._cards:
            column = heights.index(min(heights))
            self._stacks[column].addWidget(card)
            hint = card.heightForWidth(width) if card.hasHeightForWidth() else -1
            heights[column] += (hint if hint > 0 else card.sizeHint().height()) + 14
        for stack in self._stacks:
            stack.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        # Narrower than two columns need: the cards go to one column (the scroll
        # area never makes its widget narrower than this hint).
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = self._wanted_columns()
        if wanted != self._columns:
            # Later, not inside the resize: moving widgets between layouts resizes again.
            QTimer.singleShot(0, self, lambda: self._arrange(self._wanted_columns()))


# -- the window ----------------------------------------------------------------------------


class BriefingWindow(QWidget):
    """The briefing of one visit; open it with :func:`open_briefing`.

    Signals:
        loaded: the briefing is shown (after each read).
        load_failed(str): it could not be read; the message is for the rep.
        visit_changed(str): a checklist tick was written (the visit's id).
        assess_requested(str): the rep asked to assess this contact's style.
        exported(str): the PDF was saved at this path.
    """

    loaded = Signal()
    load_failed = Signal(str)
    visit_changed = Signal(str)
    assess_requested = Signal(str)
    exported = Signal(str)

    def __init__(
        self,
        data: DataContext,
        settings_getter: Callable[[], Settings],
        visit_id: str,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("briefingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(BRIEFING_STYLE)
        self._data = data
        self._settings = settings_getter
        self._now = now or (lambda: datetime.now(UTC))
        self.visit_id = visit_id
        self.briefing: Any = None
        self.checkboxes: dict[str, QCheckBox] = {}
        self.assess_buttons: dict[str, QPushButton] = {}
        self._generation = 0
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.setFont(font)

        self.account_label = QLabel(self)
        self.account_label.setObjectName("briefingAccount")
        self.account_label.setTextFormat(Qt.TextFormat.PlainText)
        self.account_label.setWordWrap(True)
        big = self.account_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setWeight(big.Weight.DemiBold)
        self.account_label.setFont(big)
        self.when_label = _label(self)
        self.when_label.setObjectName("briefingWhen")
        self.objectives_label = _label(self, role="muted")
        self.objectives_label.setObjectName("briefingObjectives")
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("countdown")
        count_font = self.countdown_label.font()
        count_font.setPointSizeF(count_font.pointSizeF() * 1.5)
        self.countdown_label.setFont(count_font)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("briefingPdf")
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        self.error_label = _label(self)
        self.error_label.setObjectName("briefingError")
        self.error_label.setVisible(False)
        self.status_label = _label(self, role="muted")
        self.status_label.setObjectName("briefingStatus")

        who = QVBoxLayout()
        who.setSpacing(4)
        who.addWidget(self.account_label)
        who.addWidget(self.when_label)
        who.addWidget(self.objectives_label)
        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(self.countdown_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.close_button)
        side.addLayout(buttons)
        side.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(20)
        header.addLayout(who, 1)
        header.addLayout(side)

        self.cards = CardColumns(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.cards)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 14)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status_label)

        for keys, slot in (
            ("Esc", self.close),
            ("Ctrl+P", self.export_pdf),
            ("Ctrl+W", self.close),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._update_countdown)
        self._clock.start()

        data.data_changed.connect(self.reload)
        self.retranslate()
        resize_to_fit(self, 1100, 820)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> TaskHandle | None:
        """Reads the briefing again (in the language shown now)."""
        if not self._data.is_open:
            return None
        self._generation += 1
        generation = self._generation
        visit_id, settings, now, language = (
            self.visit_id,
            self._settings(),
            self._now(),
            _language(),
        )
        return self._data.read(
            lambda session: _load(session, visit_id, settings, now, language),
            label=self.tr("Preparing the briefing"),
            on_done=lambda result: self._on_loaded(generation, result),
            on_error=lambda error: self._on_load_failed(generation, error),
        )

    def _on_loaded(self, generation: int, briefing: Any) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.briefing = briefing
        self.error_label.setVisible(False)
        self.pdf_button.setEnabled(True)
        self._show(briefing)
        self.loaded.emit()

    def _on_load_failed(self, generation: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        message = describe_error(error)
        self.error_label.setText(
            self.tr("The briefing could not be prepared: %1").replace("%1", message)
        )
        self.error_label.setVisible(True)
        self.load_failed.emit(message)

    # -- showing ---------------------------------------------------------------------------

    def _show(self, b: Any) -> None:
        self.setWindowTitle(self.tr("Briefing: %1").replace("%1", b.account.name) + " — kamdesk")
        self.account_label.setText(b.account.name)
        when = f"{_day(b.start)}  {_clock(b.start)}–{_clock(b.end)}"
        parts = [when, b.place.strip(), b.scenario_label]
        if b.status != "planned":
            parts.append(b.status_label)
        self.when_label.setText("  ·  ".join(p for p in parts if p))
        objectives = b.objectives.strip()
        self.objectives_label.setText(
            self.tr("Objectives: %1").replace("%1", objectives) if objectives else ""
        )
        self.objectives_label.setVisible(bool(objectives))
        self._update_countdown()

        cards: list[QWidget] = [self._attendee_card(a, b) for a in b.attendees]
        if not b.attendees:
            empty = BriefingCard(self.tr("Attendees"), self)
            empty.add_text(self.tr("Nobody is named for this visit."), "muted")
            cards.append(empty)
        cards.append(self._account_card(b))
        cards.append(self._history_card(b))
        cards.append(self._checklist_card(b))
        cards.extend(self._objection_card(card) for card in b.objection_cards)
        self.cards.set_cards(cards)

    def _update_countdown(self) -> None:
        b = self.briefing
        if b is None:
            self.countdown_label.setText("")
            return
        now = self._now()
        minutes = int((b.start - now).total_seconds() // 60)
        ended = now >= b.end or b.status != "planned"
        self.countdown_label.setText(minutes_text(minutes, ended))

    def _attendee_card(self, a: Any, b: Any) -> BriefingCard:
        title = a.name + (f"  ·  {a.title}" if a.title.strip() else "")
        card = BriefingCard(title, self, person=True)
        card.setObjectName(f"attendee_{a.contact_id}")
        view = a.style
        if view.status == "not_assessed":
            row = QHBoxLayout()
            row.setSpacing(6)
            note = QLabel(self.tr("Style not assessed yet —"), card)
            note.setObjectName("notAssessed")
            row.addWidget(note)
            button = self._assess_button(card, a.contact_id, self.tr("Assess…"))
            row.addWidget(button)
            row.addStretch(1)
            card.body.addLayout(row)
            card.add_text(
                self.tr("Watch how they speak, decide and keep their office, then note it."),
                "muted",
            )
        else:
            style_line = card.add_text(a.style_line)
            style_line.setObjectName("styleLine")
            font = style_line.font()
            font.setWeight(font.Weight.DemiBold)
            style_line.setFont(font)
            if view.offer_assessment:
                row = QHBoxLayout()
                row.addWidget(self._assess_button(card, a.contact_id, self.tr("Assess again…")))
                row.addStretch(1)
                card.body.addLayout(row)
        if a.card is not None:
            card.add_text(a.card.summary, "muted")
            handle = dict(a.card.handle)
            for phase in TIP_PHASES:
                tips = handle.get(phase, ())[:TIPS_PER_PHASE]
                if tips:
                    card.add_bullets(tips, phase_label(phase))
            card.add_text(a.card.decides, "muted")
        if a.pair_hint is not None:
            from kamdesk.services.personality import style_name

            hint = card.add_text(
                self.tr("You (%1) with them: %2")
                .replace("%1", style_name(a.pair_hint.rep_style, b.language))
                .replace("%2", a.pair_hint.text),
                "hint",
            )
            hint.setObjectName("pairHint")
        elif a.card is not None and b.rep_style.style is None:
            card.add_text(
                self.tr("Assess your own style in Settings to get a hint for this pair."),
                "muted",
            )
        card.add_text(self._windows_text(a), "").setObjectName("callWindows")
        if a.phones:
            from kamdesk.services.validation import format_phone

            # As every other screen shows a number: 150 7961 2294, not +8615079612294.
            card.add_text("  ".join(format_phone(phone) for phone in a.phones), "muted")
        return card

    def _windows_text(self, a: Any) -> str:
        spans = QLocale().createSeparatedList(
            [f"{_clock(w.start)}–{_clock(w.end)}" for w in a.windows_today]
        )
        text = (
            self.tr("Call today: %1").replace("%1", spans)
            if spans
            else self.tr("No good time to call today.")
        )
        return f"{text}  ({a.call_now})" if a.call_now else text

    def _assess_button(self, parent: QWidget, contact_id: str, text: str) -> QPushButton:
        button = QPushButton(text, parent)
        button.setProperty("role", "link")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self.assess_requested.emit(contact_id))
        self.assess_buttons[contact_id] = button
        return button

    def _account_card(self, b: Any) -> BriefingCard:
        account = b.account
        card = BriefingCard(self.tr("The account"), self)
        card.setObjectName("accountCard")
        unset = self.tr("not set")
        facts = "  ·  ".join(
            (
                self.tr("Category: %1").replace("%1", account.category_label or unset),
                self.tr("Class: %1").replace("%1", account.class_label or unset),
                self.tr("Tier: %1").replace("%1", account.tier or unset),
            )
        )
        card.add_text(facts)
        strategy = account.strategy
        if strategy is None:
            card.add_text(
                self.tr("Give the account a class to see the strategy that fits it."), "muted"
            )
        else:
            heading = self.tr("Strategy:")  # lupdate misses tr() inside f-strings
            label = card.add_text(f"<b>{_esc(heading)}</b> {_esc(strategy.strategy)}", rich=True)
            label.setObjectName("strategy")
            card.add_bullets(strategy.actions)
        return card

    def _history_card(self, b: Any) -> BriefingCard:
        card = BriefingCard(self.tr("Last visit and open promises"), self)
        card.setObjectName("historyCard")
        last = b.last_visit
        if last is None:
            card.add_text(self.tr("First visit to this account: no earlier visit."), "muted")
        else:
            days = max(0, (b.start.date() - last.start.date()).days)
            card.add_text(
                self.tr("%1 (%n day(s) before)", "", days).replace("%1", _short_day(last.start)),
                "kicker",
            )
            rows = []
            if last.outcome.strip():
                rows.append((self.tr("Outcome"), last.outcome))
            if last.next_steps.strip():
                rows.append((self.tr("Next steps"), last.next_steps))
            if last.satisfaction:
                rows.append(
                    (
                        self.tr("Satisfaction"),
                        "★" * last.satisfaction + "☆" * (5 - last.satisfaction),
                    )
                )
            if last.notes_excerpt.strip():
                rows.append((self.tr("Notes"), last.notes_excerpt))
            if rows:
                card.add_text(
                    "<br>".join(f"<b>{_esc(k)}:</b> {_esc(v.strip())}" for k, v in rows),
                    rich=True,
                ).setObjectName("lastVisit")
            else:
                card.add_text(self.tr("Nothing was written about it."), "muted")
        if b.open_promises:
            today = self._now().astimezone(b.start.tzinfo).date()
            lines = []
            overdue = self.tr("(overdue)")
            for promise in b.open_promises:
                due = promise.due.astimezone(b.start.tzinfo)
                text = f"• {_esc(promise.title)} — {_esc(_short_day(due))}"
                if due.date() < today:
                    text += f" <span style='color:#b3261e'>{_esc(overdue)}</span>"
                lines.append(text)
            heading = self.tr("Promises still open")
            label = card.add_text(f"<b>{_esc(heading)}</b><br>" + "<br>".join(lines), rich=True)
            label.setObjectName("openPromises")
        else:
            card.add_text(self.tr("No promises open."), "muted")
        return card

    def _checklist_card(self, b: Any) -> BriefingCard:
        done = sum(1 for item in b.checklist if item.ticked)
        card = BriefingCard(
            self.tr("Preparation: %1 of %2 ready")
            .replace("%1", str(done))
            .replace("%2", str(len(b.checklist))),
            self,
        )
        card.setObjectName("checklistCard")
        self.checkboxes = {}
        for item in b.checklist:
            step = ChecklistStep(item.text, item.ticked, card)
            step.box.toggled.connect(lambda ticked, i=item.id: self.tick(i, ticked))
            card.add_widget(step)
            self.checkboxes[item.id] = step.box
        if not b.checklist:
            card.add_text(self.tr("This kind of visit has no checklist."), "muted")
        return card

    def _objection_card(self, objection: Any) -> BriefingCard:
        card = BriefingCard(self.tr("Objection: %1").replace("%1", objection.title), self)
        card.setProperty("objectionId", objection.id)
        card.add_text(objection.client_says, "muted")
        steps = "<br>".join(
            f"{number}. {_esc(step)}" for number, step in enumerate(objection.steps, 1)
        )
        card.add_text(steps, rich=True)
        if objection.style_note:
            card.add_text(objection.style_note, "hint")
        return card

    # -- acting ----------------------------------------------------------------------------

    def tick(self, item_id: str, ticked: bool) -> TaskHandle | None:
        """Ticks a preparation step (one write); on failure the box goes back and says why."""
        from kamdesk.services.visits import tick

        visit_id = self.visit_id

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            box = self.checkboxes.get(item_id)
            if box is not None:
                box.blockSignals(True)
                box.setChecked(not ticked)
                box.blockSignals(False)
            self.status_label.setText(
                self.tr("The tick was not saved: %1").replace("%1", describe_error(error))
            )

        def done(_result: object) -> None:
            if not shiboken6.isValid(self):
                return
            self.status_label.setText("")
            self._update_checklist_title()
            self.visit_changed.emit(visit_id)

        return self._data.write(
            lambda session, ctx: tick(session, visit_id, item_id, ticked),
            label=self.tr("Ticking a preparation step"),
            on_done=done,
            on_error=failed,
        )

    def _update_checklist_title(self) -> None:
        card = self.findChild(BriefingCard, "checklistCard")
        if card is None:
            return
        done = sum(1 for box in self.checkboxes.values() if box.isChecked())
        card.title_label.setText(
            self.tr("Preparation: %1 of %2 ready")
            .replace("%1", str(done))
            .replace("%2", str(len(self.checkboxes)))
        )

    @classmethod
    def ask_target(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The file to save the PDF as, from a save dialog; None if cancelled. Tests patch this."""
        chosen, _selected = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("BriefingWindow", "Save briefing"),
            str(suggested),
            QCoreApplication.translate("BriefingWindow", "PDF documents (*.pdf)"),
            "",
            QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return None
        target = Path(chosen)
        return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")

    def suggested_name(self) -> str:
        b = self.briefing
        stem = (
            self.tr("Briefing %1 %2")
            .replace("%1", b.start.strftime("%Y-%m-%d %H%M"))
            .replace("%2", b.account.name)
        )
        return "".join("_" if c in '/\\:*?"<>|' else c for c in stem) + ".pdf"

    def export_pdf(self) -> TaskHandle | None:
        """Ctrl+P: asks where, asks before replacing a file, writes the one-pager on the pool."""
        if self.briefing is None:
            return None
        from kamdesk.ui.report_export import documents_folder

        target = self.ask_target(self, documents_folder() / self.suggested_name())
        if target is None:
            return None
        if target.exists() and not MessageBoxes.confirm(
            self,
            self.tr("Replace file"),
            self.tr("%1 already exists.\n\nReplace it with this briefing?").replace(
                "%1", str(target)
            ),
            self.tr("Replace"),
        ):
            return None
        briefing = self.briefing
        if self._data.closing:
            return None
        try:
            handle = self._data.runner.run_pool(
                lambda ctx: _render_pdf(briefing, target),
                label=self.tr("Saving the briefing"),
                on_done=self._on_exported,
                on_error=self._on_export_failed,
            )
        except RuntimeError:  # the runner has shut down: kamdesk is quitting
            return None
        self.pdf_button.setEnabled(False)
        return handle

    def _on_exported(self, target: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self.pdf_button.setEnabled(True)
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(target)))
        self.exported.emit(str(target))

    def _on_export_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.pdf_button.setEnabled(True)
        MessageBoxes.warning(
            self,
            self.tr("Briefing not saved"),
            self.tr("The briefing could not be saved: %1").replace("%1", describe_error(error)),
        )

    # -- window ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if _open_windows.get(self.visit_id) is self:
            del _open_windows[self.visit_id]
        self._clock.stop()
        self._generation += 1  # a read still on its way is dropped
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self._data.data_changed.disconnect(self.reload)
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.briefing is not None:
                self.reload()  # the content comes in the new language
        super().changeEvent(event)

    def retranslate(self) -> None:
        keys = QKeySequence("Ctrl+P").toString(QKeySequence.SequenceFormat.NativeText)
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.pdf_button.setToolTip(
            self.tr("The briefing on one page, to read on the phone (%1)").replace("%1", keys)
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Esc"))
        if self.briefing is None:
            self.setWindowTitle(self.tr("Briefing") + " — kamdesk")


def open_briefing(
    parent: QWidget | None,
    data_context: DataContext,
    settings_getter: Callable[[], Settings],
    visit_id: str,
    now: Callable[[], datetime] | None = None,
) -> BriefingWindow:
    """Opens the briefing of ``visit_id``, or brings forward the one already open.

    The window is non-modal; "Assess…" on a contact opens the personality
    assessment of that contact.
    """
    window = _open_windows.get(visit_id)
    if window is not None and shiboken6.isValid(window):
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        return window
    window = BriefingWindow(data_context, settings_getter, visit_id, parent, now)
    window.assess_requested.connect(
        lambda contact_id: _assess(window, data_context, settings_getter, contact_id)
    )
    _open_windows[visit_id] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_windows() -> list[BriefingWindow]:
    """The briefing windows open now."""
    return [w for w in _open_windows.values() if shiboken6.isValid(w)]


def _assess(
    window: BriefingWindow,
    data_context: DataContext,
    settings_getter: Callable[[], Settings],
    contact_id: str,
) -> None:
    """Opens the personality assessment of ``contact_id``; the briefing reloads once it is saved."""
    from kamdesk.ui import personality_dialog

    dialog = personality_dialog.open_personality_dialog(
        window, data_context, settings_getter(), contact_id
    )
    dialog.saved.connect(lambda _changed: window.reload() if shiboken6.isValid(window) else None)

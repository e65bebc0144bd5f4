"""One visit's report, typed right after the meeting: keyboard-first, saved as the rep types.

:func:`open_visit_editor` opens a :class:`VisitEditor` window for a visit (or
raises the one already open). The window shows the visit's plan at the top,
the open promises made at earlier visits to the same account, the scenario's
preparation checklist, the report's fields, and the promises made at this
visit, each of which becomes a follow-up with a due date.

Nothing is saved with a button. Every change to the report goes through
:func:`~kamdesk.services.visits.save_report` on the database worker: shortly
after the rep stops typing (:data:`AUTOSAVE_DELAY_MS`), at once when the
focus leaves a field, and before the window (or the main window it belongs
to) closes; closing waits for the save. A save that fails leaves the text in
the editor, says why, and offers to try again. Ticks and promises are
written as they are made, one unit of work each.

Closing the main window (quitting) closes no editor, so each editor watches
its parent's window and saves before that window closes, while the task
runner still runs; if a save fails then, the rep is asked whether to quit
anyway.

Between a keystroke and its save, what the store does not have yet is in the
draft journal (:mod:`kamdesk.services.drafts`): written on every change, on
the GUI thread, before the keystroke's event returns, and removed once the
worker confirms that exactly those values are stored. A process killed in the
typing pause loses nothing: the next editor of that visit (or the start-up,
:mod:`kamdesk.ui.draft_recovery`) finds the journal, takes it if the stored
report has not changed since, says so and saves it; if it has changed, the
journal's text stays in the fields, unsaved, until the rep chooses.

Keys: Tab moves between fields; Ctrl+1…Ctrl+9 jump to a section and
Ctrl+Tab / Ctrl+Shift+Tab go to the next or previous one; 1–5 rate the
meeting while the stars have the focus (0 clears); Space ticks a checklist
item or an earlier promise; Enter adds a promise, F2 edits one, Delete
removes it; Ctrl+D marks the visit done; Ctrl+S saves at once; Ctrl+P
previews the report; Ctrl+W closes.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QEventLoop,
    QItemSelectionModel,
    QLocale,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.desktop import resize_to_fit
from kamdesk.ui.form_parts import ERROR_COLOUR, message_label
from kamdesk.ui.messages import MessageBoxes, describe_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.drafts import DraftJournal, VisitDraft
    from kamdesk.services.visits import Promise, VisitDetail
    from kamdesk.settings import Settings
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskContext

#: How long typing must pause before the report is saved.
AUTOSAVE_DELAY_MS = 400
#: How long closing (or quitting) waits for the last save before it gives up.
CLOSE_WAIT_MS = 10_000
#: The report's text fields, in the order they are typed (the service's names).
TEXT_FIELDS = ("notes", "needs_found", "objections", "outcome", "next_steps")
#: A visit's statuses, in the order of their buttons.
STATUSES = ("planned", "done", "cancelled")
#: How many days after the visit a new promise falls due unless the rep says otherwise.
DEFAULT_PROMISE_DAYS = 7

#: The status buttons: the chosen one stands out; list items get room to breathe.
EDITOR_STYLE = """
QPushButton[statusButton="true"] { padding: 4px 14px; }
QPushButton[statusButton="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(highlight); border-radius: 3px;
}
QListWidget#checklist::item, QListWidget#earlierPromises::item { padding: 3px 2px; }
QLabel#keyHint { color: palette(mid); }
"""

_log = logging.getLogger(__name__)

_TASK_ID_ROLE = Qt.ItemDataRole.UserRole
_ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# The editors open now, by visit id: a second open raises the first.
_open_editors: dict[str, VisitEditor] = {}


@dataclass(frozen=True)
class _Loaded:
    """What the editor reads on the worker: the visit, the rep's settings, a journal left over.

    Attributes:
        draft: the visit's draft journal, read when the editor first opens.
        broken_draft: where an unreadable journal of the visit was moved.
    """

    detail: VisitDetail
    settings: Settings
    draft: VisitDraft | None = None
    broken_draft: Path | None = None


def _load(
    session: Session,
    visit_id: str,
    data: DataContext,
    language: str | None,
    journal: DraftJournal | None = None,
) -> _Loaded:
    from kamdesk.services.drafts import BrokenDraft
    from kamdesk.services.visits import visit_detail
    from kamdesk.ui.report_export import rep_settings

    detail = visit_detail(session, visit_id, language)
    draft = broken = None
    if journal is not None:
        try:
            draft = journal.read(visit_id)
        except BrokenDraft as problem:
            _log.warning("Draft journal set aside: %s", problem)
            try:
                broken = journal.set_aside(problem.path)
            except OSError:
                _log.exception("Cannot move %s aside", problem.path)
                broken = problem.path
    return _Loaded(detail, rep_settings(data.paths), draft, broken)


def _language() -> str | None:
    """The window's language (the checklist is shown in it); None before any is installed."""
    from kamdesk.ui.translations import current_language

    return current_language()


def _local(moment: datetime, zone: str) -> QDateTime:
    local = moment.astimezone(ZoneInfo(zone))
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _qdate(moment: datetime, zone: str) -> QDate:
    return _local(moment, zone).date()


def _due_of(day: QDate, settings: Settings) -> datetime:
    """A promise due on ``day``: at the start of the rep's working day, on the rep's clock."""
    hours, minutes = (int(part) for part in settings.work_start.split(":"))
    return datetime(
        day.year(), day.month(), day.day(), hours, minutes, tzinfo=ZoneInfo(settings.timezone)
    )


def status_label(status: str) -> str:
    """A visit's status as a button says it."""
    words = {
        "planned": QCoreApplication.translate("VisitEditor", "Planned"),
        "done": QCoreApplication.translate("VisitEditor", "Done"),
        "cancelled": QCoreApplication.translate("VisitEditor", "Cancelled"),
    }
    return words.get(status, status)


# -- satisfaction -----------------------------------------------------------------------


class StarRating(QWidget):
    """Satisfaction from 1 to 5 as stars: keys 1–5 (0 or Backspace clears), arrows, or a click.

    Signals:
        rating_changed(object): the new rating, an ``int`` or ``None``, when the rep changed it.
    """

    rating_changed = Signal(object)

    STARS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rating: int | None = None
        self._hover: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("VisitEditor", "Satisfaction"))

    def rating(self) -> int | None:
        return self._rating

    def set_rating(self, rating: int | None) -> None:
        """Shows ``rating`` without telling anyone (the stored value)."""
        self._rating = rating
        self.update()

    def _choose(self, rating: int | None) -> None:
        if rating == self._rating:
            return
        self._rating = rating
        self.update()
        self.rating_changed.emit(rating)

    def _star_size(self) -> int:
        return round(self.fontMetrics().height() * 1.6)

    def sizeHint(self) -> QSize:
        size = self._star_size()
        return QSize(size * self.STARS + 8, size + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _star_at(self, x: float) -> int | None:
        index = int((x - 4) // self._star_size()) + 1
        return index if 1 <= index <= self.STARS else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._choose(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._choose(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self._choose(min(self.STARS, (self._rating or 0) + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            lower = (self._rating or 1) - 1
            self._choose(lower or None)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        star = self._star_at(event.position().x())
        if star is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            # A click on the rating shown clears it.
            self._choose(None if star == self._rating else star)
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self._star_at(event.position().x())
        if hover != self._hover:
            self._hover = hover
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        size = self._star_size()
        shown = self._hover if self._hover is not None else (self._rating or 0)
        lit = QColor("#f2a900")
        dim = palette.color(QPalette.ColorRole.Mid)
        font = QFont(self.font())
        font.setPixelSize(round(size * 0.9))
        painter.setFont(font)
        for index in range(self.STARS):
            rect = QRectF(4 + index * size, 4, size, size)
            painter.setPen(lit if index < shown else dim)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "★" if index < shown else "☆")
        if self.hasFocus():
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(1)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()


# -- the window -------------------------------------------------------------------------


class _ReportText(QPlainTextEdit):
    """A report field: Tab leaves it, and it is no taller than it needs to start with."""

    def __init__(self, parent: QWidget, lines: int) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 14)


class _Section(QWidget):
    """A titled part of the editor, with the key that jumps to it shown beside the title."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        #: the key that jumps here is Ctrl+number (see set_number)
        self.number = 0
        self.title = QLabel(self)
        font = self.title.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.key_hint = QLabel(self)
        self.key_hint.setObjectName("keyHint")
        hint_font = self.key_hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.85)
        self.key_hint.setFont(hint_font)
        self.key_hint.setEnabled(False)
        self.extra = QHBoxLayout()
        self.extra.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.setSpacing(8)
        heading.addWidget(self.title)
        heading.addWidget(self.key_hint)
        heading.addStretch(1)
        heading.addLayout(self.extra)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(4)
        self.body.addLayout(heading)
        self.focus_target: QWidget | None = None

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_number(self, number: int) -> None:
        self.number = number
        self.key_hint.setText(
            QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
        )


class VisitEditor(QWidget):
    """The report of one visit, saved as it is typed.

    Open it with :func:`open_visit_editor`. It is a window of its own (non-modal)
    that belongs to ``parent``'s window; closing that window saves here first.

    Signals:
        loaded: the visit is shown (after the first read, and after a reload).
        saved: the report as typed is in the store (nothing is waiting to be saved).
        save_failed(str): a write failed; the message is for the rep, and the
            text stays in the editor.
        visit_saved(str): something of the visit was written (the report, a tick,
            a promise, its status), with the visit's id: pages showing visits refresh.
        save_state_changed(str): ``idle``, ``pending``, ``saving``, ``saved`` or ``failed``.
    """

    loaded = Signal()
    saved = Signal()
    save_failed = Signal(str)
    visit_saved = Signal(str)
    save_state_changed = Signal(str)
    _writes_settled = Signal()

    def __init__(self, data: DataContext, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("visitEditor")
        self.setStyleSheet(EDITOR_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._data = data
        self.visit_id = visit_id
        self.detail: VisitDetail | None = None
        self.settings: Settings | None = None
        self._loading = False
        #: the report's values as the store has them (what a save compares with)
        self._stored: dict[str, Any] = {}
        #: the values of the save on its way to the store, or None
        self._in_flight: dict[str, Any] | None = None
        #: ticks and promises being written
        self._other_writes = 0
        self._state = "idle"
        self._error = ""
        self._saved_at: QTime | None = None
        self._closing = False
        self._plan_dialog: QWidget | None = None
        from kamdesk.services.drafts import DraftJournal

        #: what is typed but not confirmed stored, on disk (see the module's docstring)
        self._journal = DraftJournal.of(data.paths)
        #: True while the visit's journal file is (or may be) there
        self._journaled = False
        self._journal_failed = False
        #: a recovered journal whose fields changed in the store since: the rep decides
        self._held: VisitDraft | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

        self._build()
        self._connect()
        self.retranslate()
        resize_to_fit(self, 1040, 760)
        self._set_ready(False)

        window = parent.window() if parent is not None else None
        self._watched_window = window
        if window is not None:
            # Closing the main window (quitting) saves what is typed here first.
            window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)
        data.data_changed.connect(self._on_data_changed)
        self.reload()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        # Header: who, when, where, why; the status and the actions on the right.
        self.account_label = QLabel(self)
        self.account_label.setObjectName("visitAccount")
        self.account_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.account_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.account_label.setFont(font)
        self.when_label = self._plain_label("visitWhen")
        self.attendees_label = self._plain_label("visitAttendees")
        self.objectives_label = self._plain_label("visitObjectives")
        self.objectives_label.setWordWrap(True)
        for label in (self.when_label, self.attendees_label, self.objectives_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_buttons: dict[str, QPushButton] = {}
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        status_row = QHBoxLayout()
        status_row.setSpacing(0)
        for index, status in enumerate(STATUSES):
            button = QPushButton(self)
            button.setObjectName(f"status_{status}")
            button.setCheckable(True)
            button.setProperty("statusButton", True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.status_group.addButton(button, index)
            self.status_buttons[status] = button
            status_row.addWidget(button)
        self.edit_plan_button = QPushButton(self)
        self.edit_plan_button.setObjectName("editPlan")
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("previewReport")
        self.briefing_button = QPushButton(self)
        self.briefing_button.setObjectName("briefing")

        self.save_state_label = QLabel(self)
        self.save_state_label.setObjectName("saveState")
        self.save_state_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.save_state_label.setMinimumWidth(120)

        who = QVBoxLayout()
        who.setSpacing(3)
        who.addWidget(self.account_label)
        who.addWidget(self.when_label)
        who.addWidget(self.attendees_label)
        who.addWidget(self.objectives_label)
        actions = QVBoxLayout()
        actions.setSpacing(6)
        actions.addLayout(status_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.briefing_button)
        buttons.addWidget(self.edit_plan_button)
        buttons.addWidget(self.preview_button)
        actions.addLayout(buttons)
        actions.addWidget(self.save_state_label)
        actions.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addLayout(who, 1)
        header.addLayout(actions)

        # A failed save: what went wrong, the text kept, and a retry.
        self.error_banner = QFrame(self)
        self.error_banner.setObjectName("saveErrorBanner")
        self.error_banner.setStyleSheet(
            f"QFrame#saveErrorBanner {{ border: 1px solid {ERROR_COLOUR}; border-radius: 4px; }}"
        )
        self.error_label = message_label(self.error_banner)
        self.error_label.setObjectName("saveError")
        self.error_label.setVisible(True)
        self.retry_button = QPushButton(self.error_banner)
        self.retry_button.setObjectName("retrySave")
        banner = QHBoxLayout(self.error_banner)
        banner.setContentsMargins(10, 6, 6, 6)
        banner.addWidget(self.error_label, 1)
        banner.addWidget(self.retry_button)
        self.error_banner.setVisible(False)

        # Text recovered from the draft journal after kamdesk closed unexpectedly.
        self.recovery_banner = QFrame(self)
        self.recovery_banner.setObjectName("recoveryBanner")
        self.recovery_banner.setStyleSheet(
            "QFrame#recoveryBanner { border: 1px solid palette(highlight); border-radius: 4px; }"
        )
        self.recovery_label = QLabel(self.recovery_banner)
        self.recovery_label.setObjectName("recoveryNotice")
        self.recovery_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_label.setWordWrap(True)
        self.keep_draft_button = QPushButton(self.recovery_banner)
        self.keep_draft_button.setObjectName("keepDraft")
        self.use_stored_button = QPushButton(self.recovery_banner)
        self.use_stored_button.setObjectName("useStored")
        self.dismiss_recovery_button = QPushButton(self.recovery_banner)
        self.dismiss_recovery_button.setObjectName("dismissRecovery")
        recovery = QHBoxLayout(self.recovery_banner)
        recovery.setContentsMargins(10, 6, 6, 6)
        recovery.addWidget(self.recovery_label, 1)
        recovery.addWidget(self.keep_draft_button)
        recovery.addWidget(self.use_stored_button)
        recovery.addWidget(self.dismiss_recovery_button)
        self.recovery_banner.setVisible(False)

        self.load_error = message_label(self)
        self.load_error.setObjectName("loadError")

        # The sections, numbered for Ctrl+1…9.
        self.sections: list[_Section] = []
        self.text_edits: dict[str, QPlainTextEdit] = {}
        self.text_sections: dict[str, _Section] = {}
        report = QWidget(self)
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 0, 8, 0)
        report_layout.setSpacing(12)
        # The least each field shows; the notes take most of the room the window has.
        heights = {"notes": 5, "needs_found": 2, "objections": 2, "outcome": 2, "next_steps": 2}
        for name in TEXT_FIELDS:
            section = self._section(report)
            edit = _ReportText(section, heights[name])
            edit.setObjectName(f"{name}Edit")
            section.body.addWidget(edit, heights[name])
            section.focus_target = edit
            section.title.setBuddy(edit)
            self.text_edits[name] = edit
            self.text_sections[name] = section
            report_layout.addWidget(section, heights[name])

        self.satisfaction_section = self._section(report)
        self.stars = StarRating(self.satisfaction_section)
        self.stars.setObjectName("satisfaction")
        self.satisfaction_hint = QLabel(self.satisfaction_section)
        self.satisfaction_hint.setEnabled(False)
        stars_row = QHBoxLayout()
        stars_row.addWidget(self.stars)
        stars_row.addWidget(self.satisfaction_hint)
        stars_row.addStretch(1)
        self.satisfaction_section.body.addLayout(stars_row)
        self.satisfaction_section.focus_target = self.stars
        report_layout.addWidget(self.satisfaction_section)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.setSpacing(12)

        # Promises made at this visit, each a follow-up.
        self.promises_section = self._section(side)
        self.promise_tree = QTreeWidget(self.promises_section)
        self.promise_tree.setObjectName("promises")
        self.promise_tree.setColumnCount(2)
        self.promise_tree.setRootIsDecorated(False)
        self.promise_tree.setUniformRowHeights(True)
        self.promise_tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header_view = self.promise_tree.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        # Room for any date in the locale's short form, and the editor's arrow.
        header_view.resizeSection(
            1, self.promise_tree.fontMetrics().horizontalAdvance("2026/12/30 ") + 36
        )
        self.promise_tree.setMinimumHeight(96)
        self.promise_title_edit = QLineEdit(self.promises_section)
        self.promise_title_edit.setObjectName("promiseTitle")
        self.promise_due_edit = QDateEdit(self.promises_section)
        self.promise_due_edit.setObjectName("promiseDue")
        self.promise_due_edit.setCalendarPopup(True)
        self.promise_due_edit.setDisplayFormat("yyyy-MM-dd")
        self.add_promise_button = QPushButton(self.promises_section)
        self.add_promise_button.setObjectName("addPromise")
        self.remove_promise_button = QToolButton(self.promises_section)
        self.remove_promise_button.setObjectName("removePromise")
        self.remove_promise_button.setEnabled(False)
        self.promise_error = message_label(self.promises_section)
        self.promise_error.setObjectName("promiseError")
        add_row = QHBoxLayout()
        add_row.setSpacing(6)
        add_row.addWidget(self.promise_title_edit, 1)
        add_row.addWidget(self.promise_due_edit)
        add_row.addWidget(self.add_promise_button)
        self.promises_section.extra.addWidget(self.remove_promise_button)
        self.promises_section.body.addWidget(self.promise_tree, 1)
        self.promises_section.body.addLayout(add_row)
        self.promises_section.body.addWidget(self.promise_error)
        self.promises_section.focus_target = self.promise_title_edit
        side_layout.addWidget(self.promises_section, 1)

        # The preparation checklist of the visit's scenario.
        self.checklist_section = self._section(side)
        self.checklist = QListWidget(self.checklist_section)
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklist.setMinimumHeight(120)
        self.checklist_section.body.addWidget(self.checklist, 1)
        self.checklist_section.focus_target = self.checklist
        side_layout.addWidget(self.checklist_section, 2)

        # Promises from earlier visits to the same account, still open.
        self.earlier_section = self._section(side)
        self.earlier_list = QListWidget(self.earlier_section)
        self.earlier_list.setObjectName("earlierPromises")
        self.earlier_list.setWordWrap(True)
        self.earlier_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.earlier_list.setMinimumHeight(48)
        self.earlier_section.body.addWidget(self.earlier_list, 1)
        self.earlier_section.focus_target = self.earlier_list
        side_layout.addStretch(0)

        layout_top = QVBoxLayout(self)
        layout_top.setContentsMargins(18, 14, 18, 14)
        layout_top.setSpacing(10)
        layout_top.addLayout(header)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout_top.addWidget(line)
        layout_top.addWidget(self.error_banner)
        layout_top.addWidget(self.recovery_banner)
        layout_top.addWidget(self.load_error)

        scroll = QScrollArea(self)
        scroll.setObjectName("visitReportScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(scroll)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        # Earlier promises are what to settle first: they go above the report.
        grid.addWidget(self.earlier_section, 0, 0, 1, 2)
        grid.addWidget(report, 1, 0)
        grid.addWidget(side, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll.setWidget(body)
        layout_top.addWidget(scroll, 1)
        self.body = body

        # Section order for Ctrl+1…9 and Ctrl+Tab: the way a report is written.
        self.sections = [
            *(self.text_sections[name] for name in TEXT_FIELDS),
            self.satisfaction_section,
            self.promises_section,
            self.checklist_section,
            self.earlier_section,
        ]
        for number, section in enumerate(self.sections, start=1):
            section.set_number(number)
        # Tab goes down the report, then to the side: what a rep types in order.
        chain: list[QWidget] = [
            *(self.text_edits[name] for name in TEXT_FIELDS),
            self.stars,
            self.promise_title_edit,
            self.promise_due_edit,
            self.add_promise_button,
            self.promise_tree,
            self.checklist,
            self.earlier_list,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _plain_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _section(self, parent: QWidget) -> _Section:
        # Numbered once all of them exist: the order of Ctrl+1…9 is set in _build.
        return _Section(parent)

    def _connect(self) -> None:
        for edit in self.text_edits.values():
            edit.textChanged.connect(self._on_report_edited)
            edit.installEventFilter(self)
        self.stars.rating_changed.connect(self._on_rating_changed)
        self.status_group.idClicked.connect(self._on_status_clicked)
        self.retry_button.clicked.connect(self.save_now)
        self.keep_draft_button.clicked.connect(self.keep_recovered_text)
        self.use_stored_button.clicked.connect(self.use_stored_report)
        self.dismiss_recovery_button.clicked.connect(lambda: self.recovery_banner.setVisible(False))
        self.preview_button.clicked.connect(self.preview_report)
        self.briefing_button.clicked.connect(self.open_briefing)
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.checklist.itemChanged.connect(self._on_checklist_item_changed)
        self.earlier_list.itemChanged.connect(self._on_earlier_item_changed)
        self.promise_tree.itemChanged.connect(self._on_promise_item_changed)
        self.promise_tree.currentItemChanged.connect(
            lambda *_args: self.remove_promise_button.setEnabled(
                self.promise_tree.currentItem() is not None
            )
        )
        self.promise_title_edit.returnPressed.connect(self.add_promise)
        self.add_promise_button.clicked.connect(self.add_promise)
        self.remove_promise_button.clicked.connect(self.remove_promise)
        self.promise_tree.installEventFilter(self)

        for keys, slot in (
            ("Ctrl+B", self.open_briefing),
            ("Ctrl+D", self.mark_done),
            ("Ctrl+P", self.preview_report),
            ("Ctrl+S", self.save_now),
            ("Ctrl+Tab", lambda: self.jump_by(1)),
            ("Ctrl+Shift+Tab", lambda: self.jump_by(-1)),
            ("Ctrl+W", self.close),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        for number in range(1, len(self.sections) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.jump_to(n))

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the visit again; fields with changes not yet saved keep what the rep typed."""
        visit_id, data, language = self.visit_id, self._data, _language()
        # The journal is looked at once, when the editor opens: later it is this editor's own.
        journal = self._journal if self.detail is None else None
        self._data.read(
            lambda session: _load(session, visit_id, data, language, journal),
            label=self.tr("Opening the visit"),
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
        )

    def _on_loaded(self, loaded: _Loaded) -> None:
        if not shiboken6.isValid(self):
            return
        detail = loaded.detail
        first = self.detail is None
        self.detail = detail
        self.settings = loaded.settings
        self.load_error.setVisible(False)
        unsaved = self._unsaved_changes() if not first else {}
        stored = self._report_of(detail)
        self._loading = True
        try:
            for name in TEXT_FIELDS:
                edit = self.text_edits[name]
                if name not in unsaved and edit.toPlainText() != stored[name]:
                    edit.setPlainText(stored[name])
                    # What is typed after a meeting goes after what is there.
                    edit.moveCursor(QTextCursor.MoveOperation.End)
            if "satisfaction" not in unsaved:
                self.stars.set_rating(stored["satisfaction"])
            if "status" not in unsaved:
                self._show_status(stored["status"])
            self._stored = stored
            self._show_header(detail)
            self._show_checklist(detail)
            self._show_earlier(detail)
            self._show_promises(detail.promises)
        finally:
            self._loading = False
        self._set_ready(True)
        if first:
            start = _qdate(detail.start, self._zone())
            self.promise_due_edit.setDate(start.addDays(DEFAULT_PROMISE_DAYS))
            self.text_edits["notes"].setFocus(Qt.FocusReason.OtherFocusReason)
            self._recover(loaded)
        elif unsaved:
            self._journal_sync()  # what it started from is what the store holds now
        if not self._unsaved_changes() and self._in_flight is None and self._state == "idle":
            self._set_state("idle")
        self.loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        text = self.tr("The visit could not be opened: %1").replace("%1", describe_error(error))
        from kamdesk.errors import NotFound
        from kamdesk.services.drafts import BrokenDraft

        if isinstance(error, NotFound):
            # A deleted visit's journal is kept where it is: the rep may still want the text.
            try:
                draft = self._journal.read(self.visit_id)
            except BrokenDraft:
                draft = None
            if draft is not None:
                text += "\n" + self.tr(
                    "What you typed before kamdesk closed unexpectedly at %1 is kept in %2."
                ).replace("%1", self._moment_text(draft.written_at)).replace(
                    "%2", str(self._journal.path_for(self.visit_id))
                )
        self.load_error.setText(text)
        self.load_error.setVisible(True)

    def _on_data_changed(self) -> None:
        # Demo data or a restore changed the store under us: show what it holds now.
        if self.detail is not None and not self._closing:
            self.reload()

    # -- the draft journal ------------------------------------------------------------

    def _journal_sync(self) -> None:
        """Writes what the store does not have (or is being sent) to the journal; at every change.

        Synchronous and small: the page cache keeps it through a killed
        process. With nothing outstanding the journal is removed: after a
        confirmed save only if it holds exactly what was saved.
        """
        if self.detail is None:
            return
        from kamdesk.services.drafts import VisitDraft

        in_flight = self._in_flight or {}
        pending = {
            name: value
            for name, value in self.values().items()
            if self._stored.get(name) != value or in_flight.get(name, value) != value
        }
        try:
            if not pending:
                if self._journaled:
                    self._journaled = not self._journal.clear_saved(self.visit_id, self._stored)
                    if self._journaled:  # typed back to what is stored: nothing to keep
                        self._journal.discard(self.visit_id)
                        self._journaled = False
                return
            # Held text keeps the base it was typed on: the rep has not chosen yet.
            held_base = self._held.base if self._held is not None else {}
            base = {name: held_base.get(name, self._stored.get(name)) for name in pending}
            self._journal.write(
                VisitDraft(
                    visit_id=self.visit_id,
                    fields=pending,
                    base=base,
                    base_updated_at=self.detail.updated_at,
                    account_name=self.detail.account_name,
                )
            )
            self._journaled = True
            self._journal_failed = False
        except OSError:
            # The autosave still runs; the journal only narrows its pause. Said once.
            if not self._journal_failed:
                _log.exception("Cannot write the draft journal of visit %s", self.visit_id)
            self._journal_failed = True

    def _moment_text(self, moment: datetime) -> str:
        """A time as the recovery notices say it: 14:32, with the date unless it is today."""
        local = _local(moment, self._zone())
        if local.date() == _local(datetime.now().astimezone(), self._zone()).date():
            return local.time().toString("HH:mm")
        return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat) + (
            " " + local.time().toString("HH:mm")
        )

    def _field_title(self, name: str) -> str:
        if name in self.text_sections:
            return self.text_sections[name].title.text()
        if name == "satisfaction":
            return self.satisfaction_section.title.text()
        return self.tr("Status")

    def _recover(self, loaded: _Loaded) -> None:
        """Takes a journal left by a kamdesk that closed unexpectedly (the first load only)."""
        from kamdesk.services.drafts import Outcome, assess

        notices = []
        if loaded.broken_draft is not None:
            notices.append(
                self.tr(
                    "A copy of this report kept while you typed could not be read; "
                    "it was moved to %1."
                ).replace("%1", str(loaded.broken_draft))
            )
        draft = loaded.draft
        outcome = Outcome.STALE
        if draft is not None:
            assessment = assess(draft, self._stored)
            outcome = assessment.outcome
            if outcome is Outcome.STALE:
                self._journal.discard(self.visit_id)  # saved; only its removal was cut short
            else:
                self._show_values(draft.fields)
                when = self._moment_text(draft.written_at)
                if outcome is Outcome.CONFLICT:
                    self._held = draft
                    # What choosing the saved version gives, to read before choosing.
                    self.use_stored_button.setToolTip(
                        "\n\n".join(
                            f"{self._field_title(name)}: {self._stored.get(name) or '—'}"[:600]
                            for name in assessment.conflicts
                        )
                    )
                    notices.append(
                        self.tr(
                            "Recovered what you typed before kamdesk closed unexpectedly at %1. "
                            "Since then this report was changed elsewhere (%2), so what you "
                            "typed is shown here but not saved: keep it, or use the saved "
                            "version."
                        )
                        .replace("%1", when)
                        .replace(
                            "%2", "、".join(self._field_title(n) for n in assessment.conflicts)
                        )
                    )
                else:
                    notices.append(
                        self.tr(
                            "Recovered what you typed before kamdesk closed unexpectedly at %1."
                        ).replace("%1", when)
                    )
                self._journaled = True
        if not notices:
            return
        self.recovery_label.setText("\n".join(notices))
        held = self._held is not None
        self.keep_draft_button.setVisible(held)
        self.use_stored_button.setVisible(held)
        self.dismiss_recovery_button.setVisible(not held)
        self.recovery_banner.setVisible(True)
        if outcome is Outcome.APPLY:
            self._journal_sync()
            self.save_now()
        elif held:
            self._set_state("pending")

    def _show_values(self, values: Mapping[str, Any]) -> None:
        """Puts report values in the fields as if loaded (no autosave is started by it)."""
        self._loading = True
        try:
            for name, value in values.items():
                if name in self.text_edits:
                    edit = self.text_edits[name]
                    if edit.toPlainText() != value:
                        edit.setPlainText(value)
                        edit.moveCursor(QTextCursor.MoveOperation.End)
                elif name == "satisfaction":
                    self.stars.set_rating(value)
                elif name == "status":
                    self._show_status(value)
        finally:
            self._loading = False

    @property
    def holding_recovered_text(self) -> bool:
        """True while recovered text waits for the rep to keep it or use the saved version."""
        return self._held is not None

    def keep_recovered_text(self) -> None:
        """Keeps what was recovered over the report changed since, and saves it."""
        if self._held is None:
            return
        self._held = None
        self.recovery_banner.setVisible(False)
        self._journal_sync()  # now typed on what is stored: the rep chose
        self.save_now()

    def use_stored_report(self) -> None:
        """Drops the recovered text for the report as stored."""
        if self._held is None:
            return
        self._held = None
        self.recovery_banner.setVisible(False)
        self._show_values(self._stored)
        self._journal_sync()  # nothing outstanding: the journal goes
        self._set_state("saved" if self._saved_at is not None else "idle")
        self._maybe_settled()

    @staticmethod
    def _report_of(detail: VisitDetail) -> dict[str, Any]:
        return {
            "notes": detail.notes,
            "needs_found": detail.needs_found,
            "objections": detail.objections,
            "outcome": detail.outcome,
            "next_steps": detail.next_steps,
            "satisfaction": detail.satisfaction,
            "status": detail.status,
        }

    def _set_ready(self, ready: bool) -> None:
        for widget in (
            *self.text_edits.values(),
            self.stars,
            *self.status_buttons.values(),
            self.promise_tree,
            self.promise_title_edit,
            self.promise_due_edit,
            self.add_promise_button,
            self.checklist,
            self.earlier_list,
            self.preview_button,
            self.edit_plan_button,
        ):
            widget.setEnabled(ready)

    def _zone(self) -> str:
        return self.settings.timezone if self.settings is not None else "UTC"

    def _show_header(self, detail: VisitDetail) -> None:
        from kamdesk.services.calls import scenario_label

        self.setWindowTitle(self.tr("Visit: %1").replace("%1", detail.account_name) + " — kamdesk")
        self.account_label.setText(detail.account_name)
        zone = self._zone()
        locale = QLocale()
        start = _local(detail.start, zone)
        when = locale.toString(start.date(), QLocale.FormatType.LongFormat)
        when += " " + start.time().toString("HH:mm")
        if detail.end is not None:
            end = _local(detail.end, zone)
            if end.date() == start.date():
                when += "–" + end.time().toString("HH:mm")
            else:
                when += " – " + locale.toString(end, "yyyy-MM-dd HH:mm")
        parts = [when]
        if detail.place:
            parts.append(detail.place)
        parts.append(scenario_label(detail.scenario))
        self.when_label.setText("  ·  ".join(parts))
        names = []
        for attendee in detail.attendees:
            name = f"{attendee.name}（{attendee.title}）" if attendee.title else attendee.name
            if attendee.deleted:
                name = self.tr("%1 (deleted)").replace("%1", name)
            names.append(name)
        self.attendees_label.setText(
            self.tr("With: %1").replace("%1", "、".join(names))
            if names
            else self.tr("No attendees chosen")
        )
        objectives = detail.objectives.strip()
        self.objectives_label.setText(
            self.tr("Objectives: %1").replace("%1", objectives) if objectives else ""
        )
        self.objectives_label.setVisible(bool(objectives))

    def _show_checklist(self, detail: VisitDetail) -> None:
        self.checklist.blockSignals(True)
        current = self.checklist.currentRow()
        self.checklist.clear()
        for entry in detail.checklist:
            item = QListWidgetItem(entry.text, self.checklist)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if entry.ticked else Qt.CheckState.Unchecked)
            item.setData(_ITEM_ID_ROLE, entry.id)
        if self.checklist.count():
            # Current (Space ticks it) but not painted as selected until the rep goes there.
            self.checklist.setCurrentRow(
                max(0, min(current, self.checklist.count() - 1)),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )
        self.checklist.blockSignals(False)
        self._update_counts()

    def _show_earlier(self, detail: VisitDetail) -> None:
        self.earlier_list.blockSignals(True)
        self.earlier_list.clear()
        for promise in detail.earlier_promises:
            item = QListWidgetItem(self._promise_line(promise), self.earlier_list)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if promise.done else Qt.CheckState.Unchecked)
            item.setData(_TASK_ID_ROLE, promise.task_id)
        if self.earlier_list.count():
            rows = min(self.earlier_list.count(), 3)
            self.earlier_list.setFixedHeight(
                rows * max(self.earlier_list.sizeHintForRow(0), 1)
                + 2 * self.earlier_list.frameWidth()
                + 4
            )
        self.earlier_list.blockSignals(False)
        self.earlier_section.setVisible(bool(detail.earlier_promises))
        self._update_counts()

    def _promise_line(self, promise: Promise) -> str:
        due = QLocale().toString(_qdate(promise.due, self._zone()), QLocale.FormatType.ShortFormat)
        return self.tr("%1 — due %2").replace("%1", promise.title).replace("%2", due)

    def _show_promises(self, promises: tuple[Promise, ...]) -> None:
        tree = self.promise_tree
        tree.blockSignals(True)
        current = tree.currentItem()
        current_id = current.data(0, _TASK_ID_ROLE) if current is not None else None
        tree.clear()
        zone = self._zone()
        for promise in promises:
            item = QTreeWidgetItem(tree)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setText(0, promise.title)
            item.setCheckState(
                0, Qt.CheckState.Checked if promise.done else Qt.CheckState.Unchecked
            )
            # A QDate as the value: the view edits it with a date editor.
            item.setData(1, Qt.ItemDataRole.EditRole, _qdate(promise.due, zone))
            item.setData(0, _TASK_ID_ROLE, promise.task_id)
            if promise.task_id == current_id:
                tree.setCurrentItem(item)
        tree.blockSignals(False)
        self.remove_promise_button.setEnabled(tree.currentItem() is not None)
        self._update_counts()

    def _update_counts(self) -> None:
        if self.detail is None:
            return
        self.checklist_section.set_title(
            self.tr("Preparation checklist (%1/%2)")
            .replace("%1", str(self._checked_count(self.checklist)))
            .replace("%2", str(self.checklist.count()))
        )
        self.earlier_section.set_title(
            self.tr("Open promises from earlier visits (%1)").replace(
                "%1", str(self.earlier_list.count())
            )
        )

    @staticmethod
    def _checked_count(widget: QListWidget) -> int:
        return sum(
            1
            for row in range(widget.count())
            if (item := widget.item(row)) is not None and item.checkState() == Qt.CheckState.Checked
        )

    # -- the report and its autosave ---------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The report as the editor shows it now, by the service's field names."""
        values: dict[str, Any] = {name: self.text_edits[name].toPlainText() for name in TEXT_FIELDS}
        values["satisfaction"] = self.stars.rating()
        values["status"] = self.status()
        return values

    def status(self) -> str:
        checked = self.status_group.checkedId()
        return STATUSES[checked] if checked >= 0 else self._stored.get("status", "planned")

    def _show_status(self, status: str) -> None:
        button = self.status_buttons.get(status)
        if button is not None:
            button.setChecked(True)

    def _unsaved_changes(self) -> dict[str, Any]:
        """What the editor shows that the store does not have (nor is being sent)."""
        if self.detail is None:
            return {}
        base = dict(self._stored)
        if self._in_flight is not None:
            base.update(self._in_flight)
        return {name: value for name, value in self.values().items() if base.get(name) != value}

    @property
    def save_state(self) -> str:
        """``idle``, ``pending`` (typed, not sent), ``saving``, ``saved`` or ``failed``."""
        return self._state

    @property
    def has_unsaved_changes(self) -> bool:
        """True while something typed is not yet in the store (or a write is on its way)."""
        # Recovered text held for the rep's choice is in the journal, not waited for.
        return (
            (bool(self._unsaved_changes()) and self._held is None)
            or self._in_flight is not None
            or bool(self._other_writes)
        )

    def _on_report_edited(self) -> None:
        if self._loading or self.detail is None:
            return
        self._journal_sync()
        self._set_state("pending")
        self._timer.start()

    def _on_rating_changed(self, _rating: object) -> None:
        if not self._loading:
            self._journal_sync()
            self.save_now()

    def _on_status_clicked(self, _index: int) -> None:
        if not self._loading:
            self._journal_sync()
            self.save_now()

    def mark_done(self) -> None:
        """Ctrl+D: the visit took place."""
        if self.detail is None:
            return
        self.status_buttons["done"].setChecked(True)
        self._journal_sync()
        self.save_now()

    def save_now(self) -> None:
        """Sends what changed to the store now (one save at a time; the next follows it)."""
        self._timer.stop()
        if self.detail is None or self._in_flight is not None:
            return  # the save on its way sends what changed meanwhile when it returns
        if self._held is not None:
            self._set_state("pending")  # recovered text: the banner asks the rep first
            return
        changes = self._unsaved_changes()
        if not changes:
            if self._state in ("pending", "failed"):
                self._set_state("saved" if self._saved_at is not None else "idle")
            self._maybe_settled()
            return
        self._in_flight = changes
        self._set_state("saving")
        visit_id = self.visit_id

        def save(session: Session, ctx: TaskContext) -> None:
            from kamdesk.services.visits import save_report

            save_report(session, visit_id, changes)

        handle = self._data.write(
            save,
            label=self.tr("Saving the visit report"),
            on_done=self._on_report_saved,
            on_error=self._on_report_save_failed,
        )
        if handle is None:
            self._in_flight = None
            self._fail(self.tr("kamdesk is closing; the report could not be saved."))

    def _on_report_saved(self, _result: object) -> None:
        if not shiboken6.isValid(self):
            return
        assert self._in_flight is not None
        self._stored.update(self._in_flight)
        self._in_flight = None
        self._error = ""
        self.error_banner.setVisible(False)
        # the time in the rep's zone, as every time the editor shows
        self._saved_at = _local(datetime.now().astimezone(), self._zone()).time()
        self._journal_sync()  # removed if it holds exactly what was saved
        self.visit_saved.emit(self.visit_id)
        if self._unsaved_changes():
            # Typed while it was saving: send that too (at once when closing).
            if self._closing or not self._timer.isActive():
                self.save_now()
            else:
                self._set_state("pending")
            return
        self._set_state("saved")
        self.saved.emit()
        self._maybe_settled()

    def _on_report_save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._in_flight = None
        self._fail(describe_error(error))

    def _fail(self, message: str) -> None:
        self._error = message
        self.error_label.setText(
            self.tr(
                "Not saved: %1\nWhat you typed is still here; it is saved when you try again."
            ).replace("%1", message)
        )
        self.error_banner.setVisible(True)
        self._set_state("failed")
        self.save_failed.emit(message)
        self._writes_settled.emit()

    def _set_state(self, state: str) -> None:
        self._state = state
        if state == "pending":
            text = self.tr("Not saved yet")
        elif state == "saving":
            text = self.tr("Saving…")
        elif state == "saved" and self._saved_at is not None:
            text = self.tr("Saved %1").replace("%1", self._saved_at.toString("HH:mm"))
        elif state == "failed":
            text = self.tr("Not saved")
        else:
            text = self.tr("Saved as you type")
        self.save_state_label.setText(text)
        self.save_state_label.setStyleSheet(f"color: {ERROR_COLOUR};" if state == "failed" else "")
        self.save_state_label.setEnabled(state == "failed")
        self.save_state_changed.emit(state)

    def _maybe_settled(self) -> None:
        if not self.has_unsaved_changes:
            self._writes_settled.emit()

    def flush(self, timeout_ms: int = CLOSE_WAIT_MS) -> bool:
        """Saves what is typed and waits for every write (at most ``timeout_ms``).

        Runs the event loop meanwhile (without user input), so the results
        can arrive. Returns True when everything the editor shows is stored.
        """
        self.save_now()
        if not self.has_unsaved_changes:
            return True
        if self._state == "failed" and self._in_flight is None and not self._other_writes:
            return False
        loop = QEventLoop(self)
        self._writes_settled.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop, loop.quit)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self._writes_settled.disconnect(loop.quit)
        return not self.has_unsaved_changes

    # -- ticks and promises -----------------------------------------------------------

    def _write(
        self,
        fn: Callable[[Session], object],
        *,
        label: str,
        on_done: Callable[[VisitDetail], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Runs ``fn`` as its own unit of work, then reads the visit again in it."""
        visit_id = self.visit_id

        language = _language()

        def work(session: Session, ctx: TaskContext) -> VisitDetail:
            from kamdesk.services.visits import visit_detail

            fn(session)
            return visit_detail(session, visit_id, language)

        def done(detail: VisitDetail) -> None:
            self._other_writes -= 1
            if not shiboken6.isValid(self):
                return
            self.detail = detail
            self.visit_saved.emit(self.visit_id)
            if on_done is not None:
                on_done(detail)
            self._maybe_settled()

        def failed(error: BaseException) -> None:
            self._other_writes -= 1
            if not shiboken6.isValid(self):
                return
            message = describe_error(error)
            if on_error is not None:
                on_error(message)
            self.save_failed.emit(message)
            self._writes_settled.emit()

        self._other_writes += 1
        if self._data.write(work, label=label, on_done=done, on_error=failed) is None:
            self._other_writes -= 1

    def _on_checklist_item_changed(self, item: QListWidgetItem) -> None:
        item_id = str(item.data(_ITEM_ID_ROLE))
        ticked = item.checkState() == Qt.CheckState.Checked
        visit_id = self.visit_id
        self._update_counts()

        def tick_item(session: Session) -> None:
            from kamdesk.services.visits import tick

            tick(session, visit_id, item_id, ticked)

        def failed(message: str) -> None:
            if self.detail is not None:
                self._show_checklist(self.detail)
            self._fail(message)

        self._write(
            tick_item,
            label=self.tr("Ticking the checklist"),
            on_done=lambda detail: None,
            on_error=failed,
        )

    def _on_earlier_item_changed(self, item: QListWidgetItem) -> None:
        task_id = str(item.data(_TASK_ID_ROLE))
        done = item.checkState() == Qt.CheckState.Checked

        def mark(session: Session) -> None:
            from kamdesk.services.visits import update_promise

            update_promise(session, task_id, done=done)

        def failed(message: str) -> None:
            if self.detail is not None:
                self._show_earlier(self.detail)
            self._fail(message)

        # The list keeps a promise ticked off until the window is opened again,
        # so a slip of the Space bar can be undone at once.
        self._write(mark, label=self.tr("Marking a promise kept"), on_error=failed)

    def add_promise(self) -> None:
        """Adds the promise typed in the row under the list (Enter in its title)."""
        if self.detail is None or self.settings is None:
            return
        title = self.promise_title_edit.text().strip()
        if not title:
            self._promise_problem(self.tr("Say what you promised."))
            self.promise_title_edit.setFocus()
            return
        due = _due_of(self.promise_due_edit.date(), self.settings)
        visit_id = self.visit_id
        self.promise_error.setVisible(False)

        def add(session: Session) -> None:
            from kamdesk.services.visits import add_promise

            add_promise(session, visit_id, title, due)

        def done(detail: VisitDetail) -> None:
            self._show_promises(detail.promises)
            if self.promise_title_edit.text().strip() == title:
                self.promise_title_edit.clear()
            self.promise_title_edit.setFocus()

        self._write(
            add, label=self.tr("Adding a promise"), on_done=done, on_error=self._promise_problem
        )

    def _promise_problem(self, message: str) -> None:
        self.promise_error.setText(message)
        self.promise_error.setVisible(True)

    def _on_promise_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self.detail is None or self.settings is None:
            return
        task_id = str(item.data(0, _TASK_ID_ROLE))
        old = next((p for p in self.detail.promises if p.task_id == task_id), None)
        if old is None:
            return
        changes: dict[str, Any] = {}
        title = item.text(0).strip()
        if title and title != old.title:
            changes["title"] = title
        done = item.checkState(0) == Qt.CheckState.Checked
        if done != old.done:
            changes["done"] = done
        day = item.data(1, Qt.ItemDataRole.EditRole)
        if isinstance(day, QDate) and day != _qdate(old.due, self._zone()):
            changes["due"] = _due_of(day, self.settings)
        if not changes:
            if not title:  # an emptied title is put back
                self._show_promises(self.detail.promises)
            return
        self.promise_error.setVisible(False)

        def update(session: Session) -> None:
            from kamdesk.services.visits import update_promise

            update_promise(session, task_id, **changes)

        def failed(message: str) -> None:
            if self.detail is not None:
                self._show_promises(self.detail.promises)
            self._promise_problem(message)

        self._write(
            update,
            label=self.tr("Changing a promise"),
            on_done=lambda detail: self._show_promises(detail.promises),
            on_error=failed,
        )

    def remove_promise(self) -> None:
        """Removes the selected promise (and its follow-up); Delete in the list."""
        item = self.promise_tree.currentItem()
        if item is None:
            return
        task_id = str(item.data(0, _TASK_ID_ROLE))

        def remove(session: Session) -> None:
            from kamdesk.services.visits import delete_promise

            delete_promise(session, task_id)

        self._write(
            remove,
            label=self.tr("Removing a promise"),
            on_done=lambda detail: self._show_promises(detail.promises),
            on_error=self._promise_problem,
        )

    # -- sections, keys and focus -----------------------------------------------------

    def jump_to(self, number: int) -> None:
        """Puts the focus in section ``number`` (1-based, as Ctrl+number)."""
        visible = [s for s in self.sections if s.isVisibleTo(self)]
        if not 1 <= number <= len(self.sections):
            return
        section = self.sections[number - 1]
        if section not in visible or section.focus_target is None:
            return
        section.focus_target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        scroll = self.findChild(QScrollArea, "visitReportScroll")
        if scroll is not None:
            scroll.ensureWidgetVisible(section)

    def current_section(self) -> int:
        """The number of the section holding the focus; 0 when none does."""
        focus = QApplication.focusWidget()
        for section in self.sections:
            if focus is not None and (focus is section or section.isAncestorOf(focus)):
                return section.number
        return 0

    def jump_by(self, step: int) -> None:
        """Ctrl+Tab (1) / Ctrl+Shift+Tab (-1): the next or previous visible section."""
        visible = [s.number for s in self.sections if s.isVisibleTo(self)]
        if not visible:
            return
        current = self.current_section()
        if current in visible:
            index = (visible.index(current) + step) % len(visible)
        else:
            index = 0 if step > 0 else len(visible) - 1
        self.jump_to(visible[index])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusOut and watched in self.text_edits.values():
            # Leaving a field saves it at once.
            if self._timer.isActive():
                self.save_now()
        elif (
            kind == QEvent.Type.KeyPress
            and watched is self.promise_tree
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.promise_tree.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_promise()
            return True
        elif (
            kind == QEvent.Type.Close
            and watched is self._watched_window
            and not self._close_with_window(event)
        ):
            # The main window was closing (quitting) and the rep chose to stay.
            return True
        return super().eventFilter(watched, event)

    def _close_with_window(self, event: QEvent) -> bool:
        """Saves before the main window closes; False keeps it open (the rep chose to stay)."""
        if self.flush():
            return True
        self.show()
        self.raise_()
        if MessageBoxes.confirm(
            self,
            self.tr("Visit report not saved"),
            self.tr(
                "The report of the visit to %1 could not be saved: %2\n\nQuit anyway and lose "
                "what was typed since the last save?"
            )
            .replace("%1", self.detail.account_name if self.detail else "")
            .replace("%2", self._error or self.tr("it took too long")),
            self.tr("Quit anyway"),
        ):
            if self._held is None:
                self._journal.discard(self.visit_id)
            return True
        event.ignore()
        return False

    def _on_app_about_to_quit(self) -> None:
        # A last chance when the app quits some other way (the runner may be gone by now).
        if shiboken6.isValid(self) and not self._closing:
            self.flush()

    # -- actions ----------------------------------------------------------------------

    def preview_report(self) -> None:
        """Ctrl+P: saves, then shows the visit's report as a PDF."""
        if self.detail is None:
            return
        self.save_now()
        from kamdesk.ui.report_export import preview_visit_report

        preview_visit_report(self, self._data, self.visit_id)

    def open_briefing(self) -> QWidget:
        """Ctrl+B: the visit's pre-visit briefing (a window of its own)."""
        from kamdesk.settings import Settings
        from kamdesk.ui.briefing_window import open_briefing

        return open_briefing(self, self._data, lambda: self.settings or Settings(), self.visit_id)

    def edit_plan(self) -> None:
        """Opens the visit's plan (account, attendees, time, place, scenario) to change it."""
        if self.detail is None:
            return
        from kamdesk.ui.visit_plan_dialog import edit_visit_plan

        dialog = edit_visit_plan(self, self._data, self.visit_id, self.settings)
        dialog.saved.connect(self._on_plan_saved)
        self._plan_dialog = dialog

    def _on_plan_saved(self, _saved: object) -> None:
        if shiboken6.isValid(self):
            self.visit_saved.emit(self.visit_id)
            self.reload()

    # -- closing ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        if not self.flush() and not MessageBoxes.confirm(
            self,
            self.tr("Visit report not saved"),
            self.tr(
                "The report could not be saved: %1\n\nClose anyway and lose what was "
                "typed since the last save?"
            ).replace("%1", self._error or self.tr("it took too long")),
            self.tr("Close anyway"),
        ):
            self._closing = False
            event.ignore()
            return
        if self._held is None and self._unsaved_changes():
            # The rep chose to lose what could not be saved: it is not offered again.
            self._journal.discard(self.visit_id)
        if _open_editors.get(self.visit_id) is self:
            del _open_editors[self.visit_id]
        if self._watched_window is not None and shiboken6.isValid(self._watched_window):
            self._watched_window.removeEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self._on_app_about_to_quit)
        self._data.data_changed.disconnect(self._on_data_changed)
        super().closeEvent(event)

    # -- language ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = {
            "notes": self.tr("Notes"),
            "needs_found": self.tr("Needs found"),
            "objections": self.tr("Objections met"),
            "outcome": self.tr("Outcome"),
            "next_steps": self.tr("Next steps"),
        }
        placeholders = {
            "notes": self.tr("What was said, who said it, what you saw"),
            "needs_found": self.tr("What the account needs, in their words"),
            "objections": self.tr("Doubts and objections, and how you answered them"),
            "outcome": self.tr("What was agreed or decided"),
            "next_steps": self.tr("What happens next, and who does it"),
        }
        for name in TEXT_FIELDS:
            self.text_sections[name].set_title(titles[name])
            self.text_edits[name].setPlaceholderText(placeholders[name])
        self.satisfaction_section.set_title(self.tr("Satisfaction"))
        self.satisfaction_hint.setText(self.tr("Keys 1–5; 0 clears"))
        self.stars.setToolTip(self.tr("How satisfied the client was, 1 to 5"))
        self.promises_section.set_title(self.tr("Promises made"))
        self.promise_title_edit.setPlaceholderText(self.tr("New promise (Enter adds it)"))
        self.promise_due_edit.setToolTip(self.tr("Due date"))
        self.add_promise_button.setText(self.tr("Add"))
        self.remove_promise_button.setText(self.tr("Remove"))
        self.remove_promise_button.setToolTip(self.tr("Remove the selected promise (Delete)"))
        self.promise_tree.setHeaderLabels([self.tr("Promise"), self.tr("Due")])
        self.checklist.setToolTip(self.tr("Space ticks the selected item"))
        self.earlier_list.setToolTip(self.tr("Tick a promise when it has been kept"))
        for status, button in self.status_buttons.items():
            button.setText(status_label(status))
        self.status_buttons["done"].setToolTip(self.tr("The visit took place (Ctrl+D)"))
        self.edit_plan_button.setText(self.tr("Edit plan…"))
        self.briefing_button.setText(self.tr("Briefing…"))
        self.briefing_button.setToolTip(
            QKeySequence("Ctrl+B").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.preview_button.setText(self.tr("Preview report…"))
        self.preview_button.setToolTip(
            QKeySequence("Ctrl+P").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.retry_button.setText(self.tr("Try again"))
        self.keep_draft_button.setText(self.tr("Keep what I typed"))
        self.use_stored_button.setText(self.tr("Use the saved version"))
        self.dismiss_recovery_button.setText(self.tr("OK"))
        if self.detail is not None:
            self._show_header(self.detail)
            self._update_counts()
        else:
            self.setWindowTitle(self.tr("Visit") + " — kamdesk")
            self.checklist_section.set_title(self.tr("Preparation checklist"))
            self.earlier_section.set_title(self.tr("Open promises from earlier visits"))
        self._set_state(self._state)


def open_visit_editor(
    parent: QWidget | None, data_context: DataContext, visit_id: str
) -> VisitEditor:
    """Opens the report editor of ``visit_id``, or brings forward the one already open.

    The window is non-modal and saves as the rep types; connect
    :attr:`VisitEditor.visit_saved` to refresh what shows visits.
    """
    editor = _open_editors.get(visit_id)
    if editor is not None and shiboken6.isValid(editor):
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor
    editor = VisitEditor(data_context, visit_id, parent)
    _open_editors[visit_id] = editor
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


def open_editors() -> list[VisitEditor]:
    """The report editors open now."""
    return [e for e in _open_editors.values() if shiboken6.isValid(e)]


def save_open_editors(timeout_ms: int = CLOSE_WAIT_MS) -> bool:
    """Saves every open editor and waits for it; for the window to call before it quits.

    Returns True when everything typed is in the store.
    """
    return all([editor.flush(timeout_ms) for editor in open_editors()])

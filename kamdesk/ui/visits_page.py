"""The Visits page: the week's visits as a calendar, or as a sortable list.

The visits come from :func:`kamdesk.services.visits.visits_between` on the
database worker, one week at a time (or every visit from today on, in the
list's "All upcoming"). The page loads when it is shown and again whenever the
data changes while it shows (the pattern of :mod:`kamdesk.ui.calls_page`).

- :class:`WeekView` paints seven day columns (Monday to Sunday, today
  tinted) with the hours as rows; each visit is a block coloured by its
  status, showing its time, account, attendees and scenario. Visits whose
  times overlap stand side by side, each marked with a warning sign; the
  tooltip names the other visit. The arrow keys move between visits, Enter
  opens one, Del asks to delete it.
- :class:`VisitListModel` is the table of the list (date, time, account,
  attendees, place, scenario, status); Today lists its own day's visits
  with the same model (:class:`TodayVisits`).

The page asks the window to open, plan or delete visits through its signals;
the window owns the dialogs and the Undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.data_context import DataContext
from kamdesk.ui.empty_state import EmptyState
from kamdesk.ui.page_parts import PAGE_MARGINS, PageHeader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.visits import VisitSummary
    from kamdesk.settings import Settings

#: The role that gives a row's visit id.
VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role the list sorts by (a value that orders correctly, not the words shown).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: The role that gives a row's status code (the list's status filter reads it).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
#: The list's columns, by name.
COLUMNS = ("date", "time", "account", "attendees", "place", "scenario", "status")
_WIDTHS = (150, 110, 200, 150, 180, 120)
#: The statuses, in the order of the status filter.
STATUSES = ("planned", "done", "cancelled")
#: The colour of each status's blocks (and of its word in the list).
STATUS_COLOURS = {"planned": "#1e6fd9", "done": "#2e7d32", "cancelled": "#8a8f98"}
WARNING_COLOUR = "#c77700"
WARNING_SIGN = "⚠"
#: How far ahead "All upcoming" looks.
UPCOMING_DAYS = 3 * 366
#: The page's two views, as remembered in the window state.
VIEW_MODES = ("week", "list")


# -- time helpers ---------------------------------------------------------------------------


def monday_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def day_bounds(first: date, days: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """From midnight of ``first`` to midnight ``days`` later, on the rep's clock."""
    start = datetime.combine(first, time(0), tzinfo=zone)
    end = datetime.combine(first + timedelta(days=days), time(0), tzinfo=zone)
    return start, end


def is_chinese() -> bool:
    """True when dates are shown the Chinese way (the language in force is Chinese)."""
    return QLocale().language() == QLocale.Language.Chinese


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date) -> str:
    """ "1月5日" or "5 Jan": a day in a week's header."""
    return QLocale().toString(_qdate(day), "M月d日" if is_chinese() else "d MMM")


def header_date(day: date, width: float, metrics: QFontMetrics) -> str:
    """A day in a week's header ``width`` wide: :func:`short_date`, or "5日" / "5" if narrow."""
    text = short_date(day)
    if metrics.horizontalAdvance(text) <= width:
        return text
    return f"{day.day}日" if is_chinese() else str(day.day)


def week_label(monday: date) -> str:
    """The week's span the way people write it: "2026年1月5日–11日", "5–11 Jan 2026"."""
    sunday = monday + timedelta(days=6)
    locale = QLocale()
    if is_chinese():
        if monday.year != sunday.year:
            first, last = "yyyy年M月d日", "yyyy年M月d日"
        elif monday.month != sunday.month:
            first, last = "yyyy年M月d日", "M月d日"
        else:
            first, last = "yyyy年M月d日", "d日"
        return f"{locale.toString(_qdate(monday), first)}–{locale.toString(_qdate(sunday), last)}"
    if monday.year != sunday.year:
        first, last, dash = "d MMM yyyy", "d MMM yyyy", " – "
    elif monday.month != sunday.month:
        first, last, dash = "d MMM", "d MMM yyyy", " – "
    else:
        first, last, dash = "d", "d MMM yyyy", "–"
    return f"{locale.toString(_qdate(monday), first)}{dash}{locale.toString(_qdate(sunday), last)}"


def time_span(visit: VisitSummary, zone: ZoneInfo) -> str:
    """ "10:00–11:00" on the rep's clock."""
    start = visit.start.astimezone(zone)
    end = visit.end.astimezone(zone) if visit.end is not None else start + timedelta(hours=1)
    return f"{start:%H:%M}–{end:%H:%M}"


def attendees_text(visit: VisitSummary) -> str:
    """The attendees' names, separated the language's way ("张伟、李娜", "Zhang Wei, Li Na")."""
    separator = "、" if is_chinese() else ", "
    return separator.join(visit.attendee_names)


def overlap_text(visit: VisitSummary, others: dict[str, VisitSummary], zone: ZoneInfo) -> str:
    """ "Overlaps 10:00–11:00 比亚迪" for each other visit whose time overlaps ``visit``'s."""
    lines = []
    for other_id in visit.overlaps:
        other = others.get(other_id)
        if other is None:
            lines.append(QCoreApplication.translate("VisitsPage", "Overlaps another visit"))
        else:
            lines.append(
                QCoreApplication.translate("VisitsPage", "Overlaps %1 %2")
                .replace("%1", f"{other.start.astimezone(zone):%m-%d} {time_span(other, zone)}")
                .replace("%2", other.account_name)
            )
    return "\n".join(lines)


def scenario_text(scenario: str) -> str:
    from kamdesk.services.calls import scenario_label

    return scenario_label(scenario)


def status_text(status: str) -> str:
    from kamdesk.services.calls import visit_status_label

    return visit_status_label(status)


def load_visits(session: Session, start: datetime, end: datetime) -> list[VisitSummary]:
    """The live visits that start in [start, end), by start (on the database worker)."""
    from kamdesk.services.visits import visits_between

    return visits_between(session, start, end)


def visit_description(visit: VisitSummary, zone: ZoneInfo) -> str:
    """ "周一 01-05 10:00–11:00 比亚迪": a visit named in one line (confirmations, status bar)."""
    start = visit.start.astimezone(zone)
    day = QLocale().toString(_qdate(start.date()), "ddd MM-dd")
    return f"{day} {time_span(visit, zone)} {visit.account_name}"


# -- the list -------------------------------------------------------------------------------


class VisitListModel(QAbstractTableModel):
    """Visits as rows: date, time, account, attendees, place, scenario, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visits: tuple[VisitSummary, ...] = ()
        self._by_id: dict[str, VisitSummary] = {}
        self._zone = ZoneInfo("UTC")

    def set_visits(self, visits: Sequence[VisitSummary], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self._visits = tuple(visits)
        self._by_id = {visit.id: visit for visit in self._visits}
        self._zone = zone
        self.endResetModel()

    @property
    def visits(self) -> tuple[VisitSummary, ...]:
        return self._visits

    def retranslate(self) -> None:
        """Shows the headers, scenarios and statuses in the language now in force."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._visits:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visits) - 1, len(COLUMNS) - 1)
            )

    def visit(self, row: int) -> VisitSummary:
        return self._visits[row]

    def row_of(self, visit_id: str) -> int:
        """The row of ``visit_id``, or -1."""
        return next((row for row, v in enumerate(self._visits) if v.id == visit_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Account"),
            self.tr("Attendees"),
            self.tr("Place"),
            self.tr("Scenario"),
            self.tr("Status"),
        )
        return titles[section]

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visits):
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        visit = self._visits[index.row()]
        column = COLUMNS[index.column()]
        if role == VISIT_ID_ROLE:
            return visit.id
        if role == STATUS_ROLE:
            return visit.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(visit, column)
        if role == SORT_ROLE:
            return self._sort_key(visit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "time" and visit.overlaps:
                return overlap_text(visit, self._by_id, self._zone)
            if column in ("attendees", "place", "account"):
                return self._text(visit, column) or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(STATUS_COLOURS.get(visit.status, STATUS_COLOURS["planned"]))
        if role == Qt.ItemDataRole.FontRole and visit.status == "cancelled":
            font = QFont()
            font.setStrikeOut(column not in ("status",))
            return font
        return None

    def _text(self, visit: VisitSummary, column: str) -> str:
        if column == "date":
            start = visit.start.astimezone(self._zone)
            return QLocale().toString(_qdate(start.date()), "yyyy-MM-dd ddd")
        if column == "time":
            span = time_span(visit, self._zone)
            return f"{span} {WARNING_SIGN}" if visit.overlaps else span
        if column == "account":
            return visit.account_name
        if column == "attendees":
            return attendees_text(visit)
        if column == "place":
            return visit.place
        if column == "scenario":
            return scenario_text(visit.scenario)
        return status_text(visit.status)

    def _sort_key(self, visit: VisitSummary, column: str) -> Any:
        if column == "date":
            return visit.start.timestamp()
        if column == "time":
            local = visit.start.astimezone(self._zone)
            return local.hour * 60 + local.minute
        if column == "status":
            return STATUSES.index(visit.status) if visit.status in STATUSES else len(STATUSES)
        return self._text(visit, column)


class VisitFilterModel(QSortFilterProxyModel):
    """The list's sorting (by :data:`SORT_ROLE`) and status filter ("" shows every status)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = ""
        self._collator = QCollator()
        self.setSortRole(SORT_ROLE)

    def lessThan(
        self,
        source_left: QModelIndex | QPersistentModelIndex,
        source_right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        left, right = source_left.data(SORT_ROLE), source_right.data(SORT_ROLE)
        if isinstance(left, str) and isinstance(right, str):
            # Names in the language's order (pinyin for Chinese), not by code point.
            if self._collator.locale() != QLocale():
                self._collator = QCollator()
            return self._collator.compare(left, right) < 0
        return bool(left < right)

    @property
    def status(self) -> str:
        return self._status

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not self._status:
            return True
        model = self.sourceModel()
        return model.data(model.index(source_row, 0, source_parent), STATUS_ROLE) == self._status


def _delete_overrides(event: QEvent) -> bool:
    """True for the Del key's shortcut check: the visit under the cursor takes Del, not the window."""
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Delete
        and event.modifiers() == Qt.KeyboardModifier.NoModifier
    )


class _RowDelegate(QStyledItemDelegate):
    """Draws no focus frame on a cell of a selected row: the row's highlight says where the
    keyboard is, and a frame around its first cell only looks like a stray box."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            option = QStyleOptionViewItem(option)
            option.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, option, index)


#: How the keyboard moves into a table: it then shows where it is by selecting a row.
_KEYBOARD_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class VisitTable(QTableView):
    """A table of visits: Enter or a double-click opens one, Del asks to delete it.

    Nothing is drawn as selected until the rep moves into the table: focus that
    comes with the window (the table is the first thing on Today) leaves it as
    it looks; Tab selects the first row, so Enter and Ctrl+P have a visit to act on.

    Signals:
        visit_activated(str): open this visit.
        delete_requested(str): delete this visit (after asking).
        context_requested(str, QPoint): the context menu for this visit, at this global point.
    """

    visit_activated = Signal(str)
    delete_requested = Signal(str)
    context_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(max(30, self.fontMetrics().height() + 14))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        self.setItemDelegate(_RowDelegate(self))
        self.activated.connect(self._on_activated)
        self.doubleClicked.connect(self._on_activated)

    def set_widths(self, widths: Sequence[int]) -> None:
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def current_visit_id(self) -> str | None:
        """The selected visit (of several selected, the one the keyboard is on)."""
        model = self.selectionModel()
        if model is None:
            return None
        current = self.currentIndex()
        if current.isValid() and model.isRowSelected(current.row(), current.parent()):
            value = current.siblingAtColumn(0).data(VISIT_ID_ROLE)
            return value if isinstance(value, str) else None
        rows = model.selectedRows()
        if not rows:
            return None
        value = rows[0].data(VISIT_ID_ROLE)
        return value if isinstance(value, str) else None

    def selected_visit_ids(self) -> list[str]:
        """The selected visits, in the order the table shows them."""
        model = self.selectionModel()
        rows = sorted(model.selectedRows(), key=lambda i: i.row()) if model is not None else []
        return [v for v in (i.data(VISIT_ID_ROLE) for i in rows) if isinstance(v, str)]

    def listed_visit_ids(self) -> list[str]:
        """Every visit the table lists, in its order (after sorting and filtering)."""
        model = self.model()
        if model is None:
            return []
        ids = (model.index(row, 0).data(VISIT_ID_ROLE) for row in range(model.rowCount()))
        return [v for v in ids if isinstance(v, str)]

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model = self.selectionModel()
        if model is None or model.hasSelection():
            return
        if event.reason() in _KEYBOARD_FOCUS:
            current = self.currentIndex()  # Qt made the first row current
            if current.isValid():
                self.selectRow(current.row())
        elif event.reason() != Qt.FocusReason.MouseFocusReason:
            # Focus that came with the window: no frame on a cell until the rep moves in;
            # the first arrow key then selects the first row.
            model.clearCurrentIndex()

    def _on_activated(self, index: QModelIndex) -> None:
        visit_id = index.data(VISIT_ID_ROLE)
        if isinstance(visit_id, str):
            self.visit_activated.emit(visit_id)

    def event(self, event: QEvent) -> bool:
        if _delete_overrides(event) and self.current_visit_id() is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        visit_id = self.current_visit_id()
        if event.key() == Qt.Key.Key_Delete and visit_id is not None:
            self.delete_requested.emit(visit_id)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        visit_id = index.data(VISIT_ID_ROLE) if index.isValid() else None
        if isinstance(visit_id, str):
            model = self.selectionModel()
            if model is not None and model.isRowSelected(index.row(), index.parent()):
                # Within a selection of several: keep them, the menu may act on all.
                model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                self.selectRow(index.row())
            self.context_requested.emit(visit_id, event.globalPos())


# -- the week -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Block:
    """Where one visit is painted: its day, lane and how many lanes its group has."""

    visit: VisitSummary
    day: int
    start_minute: int
    end_minute: int
    lane: int
    lanes: int


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def lay_out_week(visits: Sequence[VisitSummary], monday: date, zone: ZoneInfo) -> list[_Block]:
    """Places each visit of the week in its day; visits whose times overlap share the width.

    Visits are grouped by day into clusters of times that overlap (directly or
    through another visit); in a cluster each visit takes the first lane free
    at its start, and every visit of the cluster is as wide as one lane.
    A visit that runs past midnight is drawn to the end of its first day.
    """
    by_day: dict[int, list[tuple[int, int, VisitSummary]]] = {}
    for visit in visits:
        start = visit.start.astimezone(zone)
        day = (start.date() - monday).days
        if not 0 <= day < 7:
            continue
        end = visit.end.astimezone(zone) if visit.end is not None else start + timedelta(hours=1)
        start_minute = _minutes(start)
        end_minute = 24 * 60 if end.date() != start.date() else _minutes(end)
        end_minute = max(end_minute, start_minute + 15)
        by_day.setdefault(day, []).append((start_minute, end_minute, visit))
    blocks: list[_Block] = []
    for day, items in sorted(by_day.items()):
        items.sort(key=lambda item: (item[0], -item[1], item[2].id))
        cluster: list[tuple[int, int, VisitSummary, int]] = []
        cluster_end = -1
        lane_ends: list[int] = []
        for start_minute, end_minute, visit in items:
            if cluster and start_minute >= cluster_end:
                blocks.extend(
                    _Block(v, day, s, e, lane, len(lane_ends)) for s, e, v, lane in cluster
                )
                cluster, lane_ends, cluster_end = [], [], -1
            lane = next((i for i, end in enumerate(lane_ends) if end <= start_minute), None)
            if lane is None:
                lane = len(lane_ends)
                lane_ends.append(end_minute)
            else:
                lane_ends[lane] = end_minute
            cluster.append((start_minute, end_minute, visit, lane))
            cluster_end = max(cluster_end, end_minute)
        blocks.extend(_Block(v, day, s, e, lane, len(lane_ends)) for s, e, v, lane in cluster)
    return blocks


class WeekView(QWidget):
    """Seven day columns with the hours as rows, each visit a block (painted, not widgets).

    Signals:
        visit_activated(str): open this visit (Enter, double-click).
        current_changed(str): the visit with the keyboard focus ("" for none).
        delete_requested(str): delete this visit (Del).
        context_requested(str, QPoint): the context menu for this visit, at this global point.
        plan_requested(object): plan a visit at this aware datetime (a double-click on an empty hour).
    """

    visit_activated = Signal(str)
    current_changed = Signal(str)
    delete_requested = Signal(str)
    context_requested = Signal(str, QPoint)
    plan_requested = Signal(object)

    #: The smallest height of one hour.
    MIN_HOUR_HEIGHT = 44
    GUTTER = 58

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitWeekView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self._monday = monday_of(date.today())
        self._today: date | None = None
        self._zone = ZoneInfo("UTC")
        self._blocks: list[_Block] = []
        self._by_id: dict[str, VisitSummary] = {}
        self._current: str | None = None
        self._first_hour = 8
        self._last_hour = 19

    # -- content ------------------------------------------------------------------------

    def set_week(
        self,
        monday: date,
        today: date,
        zone: ZoneInfo,
        visits: Sequence[VisitSummary],
        work_hours: tuple[int, int] = (9, 18),
    ) -> None:
        """Shows ``visits`` in the week of ``monday``; ``today`` is tinted if it is in it."""
        self._monday, self._today, self._zone = monday, today, zone
        self._blocks = lay_out_week(visits, monday, zone)
        self._by_id = {visit.id: visit for visit in visits}
        first, last = max(0, work_hours[0] - 1), min(24, work_hours[1] + 1)
        for block in self._blocks:
            first = min(first, block.start_minute // 60)
            last = max(last, -(-block.end_minute // 60))
        self._first_hour, self._last_hour = first, max(last, first + 1)
        if self._current not in {b.visit.id for b in self._blocks}:
            self._current = None
        self.updateGeometry()
        self.update()

    @property
    def monday(self) -> date:
        return self._monday

    @property
    def hours(self) -> tuple[int, int]:
        """The first hour shown and the hour the grid ends at."""
        return self._first_hour, self._last_hour

    def visit_ids(self) -> list[str]:
        """The visits shown, in keyboard order (by day, then by start)."""
        return [b.visit.id for b in self._ordered()]

    @property
    def current_visit_id(self) -> str | None:
        return self._current

    def set_current(self, visit_id: str | None) -> None:
        if visit_id is not None and visit_id not in self._by_id:
            visit_id = None
        if visit_id != self._current:
            self._current = visit_id
            self.update()
            self.current_changed.emit(visit_id or "")

    def _ordered(self) -> list[_Block]:
        return sorted(self._blocks, key=lambda b: (b.day, b.start_minute, b.lane))

    # -- geometry -------------------------------------------------------------------------

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 18

    def _hour_height(self) -> float:
        hours = self._last_hour - self._first_hour
        available = self.height() - self._header_height() - 1
        return max(float(self.MIN_HOUR_HEIGHT), available / hours)

    #: How wide a Saturday or Sunday without visits is, against a working day.
    QUIET_WEEKEND = 0.55

    def _weights(self) -> list[float]:
        """Each day's share of the width: a weekend day with no visit gets less."""
        busy = {block.day for block in self._blocks}
        if self._today is not None:
            busy.add((self._today - self._monday).days)
        return [self.QUIET_WEEKEND if day >= 5 and day not in busy else 1.0 for day in range(7)]

    def _columns(self) -> list[tuple[float, float]]:
        """Each day's column: its left edge and its width."""
        weights = self._weights()
        unit = max(1.0, self.width() - self.GUTTER - 1) / sum(weights)
        columns, left = [], float(self.GUTTER)
        for weight in weights:
            columns.append((left, weight * unit))
            left += weight * unit
        return columns

    def _y(self, minute: int) -> float:
        return self._header_height() + (minute / 60 - self._first_hour) * self._hour_height()

    def block_rect(self, visit_id: str) -> QRectF:
        """Where ``visit_id``'s block is painted (empty when it is not shown)."""
        block = next((b for b in self._blocks if b.visit.id == visit_id), None)
        return self._rect(block) if block is not None else QRectF()

    def _rect(self, block: _Block) -> QRectF:
        column_left, column = self._columns()[block.day]
        lane_width = (column - 6) / block.lanes
        left = column_left + 3 + block.lane * lane_width
        top = self._y(block.start_minute)
        bottom = self._y(block.end_minute)
        return QRectF(left + 1, top + 1, lane_width - 2, max(bottom - top - 2, 16))

    def visit_at(self, point: QPoint) -> str | None:
        """The visit painted at ``point`` (the one on top where blocks touch), or None."""
        for block in reversed(self._ordered()):
            if self._rect(block).contains(point.toPointF()):
                return block.visit.id
        return None

    def moment_at(self, point: QPoint) -> datetime | None:
        """The start of the half hour under ``point`` in the grid, on the rep's clock."""
        if point.x() < self.GUTTER or point.y() < self._header_height():
            return None
        day = next(
            (
                d
                for d, (left, width) in enumerate(self._columns())
                if left <= point.x() < left + width
            ),
            None,
        )
        if day is None:
            return None
        minute = int(((point.y() - self._header_height()) / self._hour_height()) * 60)
        minute = self._first_hour * 60 + (minute // 30) * 30
        if minute >= 24 * 60:
            return None
        moment = datetime.combine(self._monday + timedelta(days=day), time(0), tzinfo=self._zone)
        return moment + timedelta(minutes=minute)

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        hours = self._last_hour - self._first_hour
        return QSize(self.GUTTER + 7 * 72, self._header_height() + hours * self.MIN_HOUR_HEIGHT + 2)

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        grid = QColor(text)
        grid.setAlpha(28)
        half_grid = QColor(text)
        half_grid.setAlpha(12)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.fillRect(self.rect(), base)

        header = self._header_height()
        columns = self._columns()
        bottom = self._y(self._last_hour * 60)
        metrics = self.fontMetrics()

        # today's column
        if self._today is not None and 0 <= (self._today - self._monday).days < 7:
            tint = QColor(accent)
            tint.setAlpha(20)
            day = (self._today - self._monday).days
            painter.fillRect(QRectF(columns[day][0], 0, columns[day][1], bottom), tint)

        # hour lines and labels
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.88)
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        for hour in range(self._first_hour, self._last_hour + 1):
            y = self._y(hour * 60)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(self.GUTTER - 4, round(y), self.width(), round(y))
            if hour < self._last_hour:
                half = round(self._y(hour * 60 + 30))
                painter.setPen(QPen(half_grid, 1, Qt.PenStyle.DashLine))
                painter.drawLine(self.GUTTER, half, self.width(), half)
                painter.setPen(muted)
                painter.drawText(
                    QRectF(0, y + 2, self.GUTTER - 10, small_metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{hour:02d}:00",
                )
        # day columns and headers
        locale = QLocale()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for day, (x, column) in enumerate(columns):
            painter.setPen(QPen(grid, 1))
            painter.drawLine(round(x), 0, round(x), round(bottom))
            current = self._monday + timedelta(days=day)
            is_today = current == self._today
            name = locale.dayName(current.isoweekday(), QLocale.FormatType.ShortFormat)
            painter.setFont(bold)
            painter.setPen(accent if is_today else text)
            painter.drawText(
                QRectF(x + 8, 6, column - 12, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            painter.setFont(self.font())
            painter.setPen(accent if is_today else muted)
            painter.drawText(
                QRectF(x + 8, 8 + metrics.height(), column - 12, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                header_date(current, column - 12, metrics),
            )
            if is_today:
                painter.fillRect(QRectF(x + 1, header - 3, column - 1, 3), accent)
        painter.setPen(QPen(grid, 1))
        right = round(columns[-1][0] + columns[-1][1])
        painter.drawLine(right, 0, right, round(bottom))
        painter.drawLine(0, header, self.width(), header)

        for block in self._ordered():
            self._paint_block(painter, block)
        painter.end()

    def _paint_block(self, painter: QPainter, block: _Block) -> None:
        visit = block.visit
        rect = self._rect(block)
        colour = QColor(STATUS_COLOURS.get(visit.status, STATUS_COLOURS["planned"]))
        fill = QColor(colour)
        fill.setAlpha(46 if visit.status != "cancelled" else 30)
        base = self.palette().color(QPalette.ColorRole.Base)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(base)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), colour)
        if visit.overlaps:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(WARNING_COLOUR), 1.2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if visit.id == self._current:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            focus = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            painter.setPen(QPen(focus, 2.4 if self.hasFocus() else 1.6))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)

        text_colour = self.palette().color(QPalette.ColorRole.Text)
        if visit.status == "cancelled":
            text_colour = QColor(STATUS_COLOURS["cancelled"])
        inner = rect.adjusted(8, 3, -4, -2)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.88)
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        if visit.status == "cancelled":
            bold.setStrikeOut(True)
        span = (small, colour.darker(115), time_span(visit, self._zone))
        account = (bold, text_colour, visit.account_name)
        # A narrow block (visits side by side) names the account first, cut rather than
        # reduced to "…": the first characters of a name say more than an ellipsis.
        narrow = inner.width() < 72
        lines = [account, span] if narrow else [span, account]
        if visit.attendee_names:
            lines.append((small, text_colour, attendees_text(visit)))
        lines.append((small, text_colour, scenario_text(visit.scenario)))
        painter.save()
        painter.setClipRect(rect)
        y = inner.top()
        for index, (font, pen, line) in enumerate(lines):
            metrics = QFontMetrics(font)
            if y + metrics.height() > inner.bottom() + 1 and y > inner.top():
                break
            width = int(inner.width())
            if index == 0 and visit.overlaps:
                width -= metrics.horizontalAdvance(WARNING_SIGN) + 2
            painter.setFont(font)
            painter.setPen(pen)
            shown = line if narrow else metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            line_rect = QRectF(inner.left(), y, max(width, 0), metrics.height())
            painter.setClipRect(line_rect.intersected(rect))  # a cut line stops at the sign
            painter.drawText(
                line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
            )
            painter.setClipRect(rect)
            if index == 0 and visit.overlaps:
                painter.setFont(small)
                painter.setPen(QColor(WARNING_COLOUR))
                painter.drawText(
                    QRectF(inner.left(), y, inner.width(), metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    WARNING_SIGN,
                )
            y += metrics.height()
        painter.restore()

    # -- tooltips, mouse and keys ---------------------------------------------------------

    def tooltip_for(self, visit_id: str) -> str:
        """What the tooltip of ``visit_id``'s block says."""
        visit = self._by_id.get(visit_id)
        if visit is None:
            return ""
        lines = [f"{time_span(visit, self._zone)}  {visit.account_name}"]
        if visit.attendee_names:
            lines.append(attendees_text(visit))
        if visit.place:
            lines.append(visit.place)
        lines.append(f"{scenario_text(visit.scenario)} · {status_text(visit.status)}")
        if visit.overlaps:
            lines.append(f"{WARNING_SIGN} {overlap_text(visit, self._by_id, self._zone)}")
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            visit_id = self.visit_at(event.pos())
            if visit_id is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(visit_id), self)
            return True
        if _delete_overrides(event) and self._current is not None:
            event.accept()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        visit_id = self.visit_at(event.position().toPoint())
        if visit_id is not None:
            self.set_current(visit_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        visit_id = self.visit_at(point)
        if visit_id is not None:
            self.visit_activated.emit(visit_id)
            return
        moment = self.moment_at(point)
        if moment is not None:
            self.plan_requested.emit(moment)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        visit_id = self.visit_at(event.pos())
        if visit_id is not None:
            self.set_current(visit_id)
            self.context_requested.emit(visit_id, event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ordered = self._ordered()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._current is not None:
                self.visit_activated.emit(self._current)
            return
        if key == Qt.Key.Key_Delete and self._current is not None:
            self.delete_requested.emit(self._current)
            return
        moves = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if key in (*moves, Qt.Key.Key_Home, Qt.Key.Key_End) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if ordered:
                self.set_current(self._moved(ordered, key))
            return
        super().keyPressEvent(event)

    def _moved(self, ordered: list[_Block], key: int) -> str:
        """The visit the arrow ``key`` moves to from the current one."""
        ids = [b.visit.id for b in ordered]
        if self._current not in ids:
            return ids[-1] if key in (Qt.Key.Key_Up, Qt.Key.Key_End) else ids[0]
        if key == Qt.Key.Key_Home:
            return ids[0]
        if key == Qt.Key.Key_End:
            return ids[-1]
        at = ids.index(self._current)
        if key == Qt.Key.Key_Down:
            return ids[min(at + 1, len(ids) - 1)]
        if key == Qt.Key.Key_Up:
            return ids[max(at - 1, 0)]
        # Left and Right: the nearest visit in time on the nearest day that has one.
        current = ordered[at]
        step = 1 if key == Qt.Key.Key_Right else -1
        days = sorted({b.day for b in ordered if (b.day - current.day) * step > 0})
        if not days:
            return current.visit.id
        day = days[0] if step > 0 else days[-1]
        candidates = [b for b in ordered if b.day == day]
        best = min(candidates, key=lambda b: (abs(b.start_minute - current.start_minute), b.lane))
        return best.visit.id

    def focusInEvent(self, event: Any) -> None:
        if self._current is None and self._blocks:
            self.set_current(self._ordered()[0].visit.id)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        self.update()
        super().focusOutEvent(event)


# -- the page -------------------------------------------------------------------------------


class VisitsPage(QWidget):
    """The week's visits as a calendar or a list, with week navigation and "Plan a visit…".

    Signals:
        visit_open_requested(str): open this visit.
        edit_plan_requested(str): edit this visit's plan.
        delete_requested(str, str): delete this visit (id, a description for the question).
        plan_requested(object): plan a new visit (an aware start time, or None).
        view_mode_changed(str): "week" or "list" was chosen.
        visits_shown: the visits of the week (or the list) are on screen.
        report_preview_requested(str): show this visit's report (the context menu).
        reports_export_requested(object): export the reports of these visit ids (a list).
        briefing_requested(str): show this visit's pre-visit briefing (the context menu).
    """

    visit_open_requested = Signal(str)
    edit_plan_requested = Signal(str)
    delete_requested = Signal(str, str)
    plan_requested = Signal(object)
    view_mode_changed = Signal(str)
    visits_shown = Signal()
    report_preview_requested = Signal(str)
    reports_export_requested = Signal(object)
    briefing_requested = Signal(str)

    def __init__(
        self,
        data: DataContext,
        settings: Callable[[], Settings],
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._settings = settings
        self._clock = clock
        self._monday: date | None = None  # None: this week, following the clock
        self._stale = True
        self._generation = 0
        self._mode = "week"
        self._upcoming = False
        self.visits: list[VisitSummary] | None = None

        self.header = PageHeader(self)
        # Compact buttons, as calendars have them: the bar fits a small window.
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("previousWeekButton")
        self.this_week_button = QToolButton(self)
        self.this_week_button.setObjectName("thisWeekButton")
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("nextWeekButton")
        # The week shown is the header's second line: the bar keeps room for its buttons.
        self.week_label = self.header.subtitle_label
        self.week_label.setObjectName("weekLabel")
        font = self.week_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.week_label.setFont(font)
        self.week_button = QToolButton(self)
        self.week_button.setObjectName("weekModeButton")
        self.list_button = QToolButton(self)
        self.list_button.setObjectName("listModeButton")
        self.mode_group = QButtonGroup(self)
        self.plan_button = QPushButton(self)
        self.plan_button.setObjectName("planVisitButton")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportReportsButton")
        self.export_button.setEnabled(False)  # until there are visits
        height = self.plan_button.sizeHint().height()  # the tool buttons take a button's height
        for button in (
            self.previous_button,
            self.this_week_button,
            self.next_button,
            self.week_button,
            self.list_button,
        ):
            button.setMinimumHeight(height)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(32)
        for button in (self.week_button, self.list_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
        self.week_button.setChecked(True)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for widget in (self.previous_button, self.this_week_button, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        modes = QHBoxLayout()
        modes.setSpacing(0)
        modes.addWidget(self.week_button)
        modes.addWidget(self.list_button)
        bar.addLayout(modes)
        bar.addSpacing(10)
        bar.addWidget(self.export_button)
        bar.addWidget(self.plan_button)

        self.week_view = WeekView(self)
        self.week_scroll = QScrollArea(self)
        self.week_scroll.setObjectName("visitWeekScroll")
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setFrameShape(QScrollArea.Shape.StyledPanel)
        self.week_scroll.setWidget(self.week_view)

        self.model = VisitListModel(self)
        self.proxy = VisitFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = VisitTable(self)
        self.table.setObjectName("visitListTable")
        self.table.setModel(self.proxy)
        # Several visits can be picked (Shift, Ctrl) to export their reports together.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.set_widths(_WIDTHS)
        self.status_label = QLabel(self)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("visitStatusFilter")
        self.range_label = QLabel(self)
        self.range_combo = QComboBox(self)
        self.range_combo.setObjectName("visitRangeFilter")
        self.status_label.setBuddy(self.status_combo)
        self.range_label.setBuddy(self.range_combo)
        self.list_note = QLabel(self)
        self.list_note.setObjectName("visitListNote")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.range_label)
        filters.addWidget(self.range_combo)
        filters.addSpacing(16)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_combo)
        filters.addStretch(1)
        filters.addWidget(self.list_note)
        self.list_panel = QWidget(self)
        list_layout = QVBoxLayout(self.list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(8)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)

        self.empty_state = EmptyState("visits", self)
        self.empty_state.action_triggered.connect(lambda: self.plan_requested.emit(None))
        self.loading = QWidget(self)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.loading)
        self.views.addWidget(self.week_scroll)
        self.views.addWidget(self.list_panel)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.views)
        self.stack.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(None))
        self.week_button.clicked.connect(lambda: self.set_view_mode("week", user=True))
        self.list_button.clicked.connect(lambda: self.set_view_mode("list", user=True))
        self.plan_button.clicked.connect(lambda: self.plan_requested.emit(None))
        self.export_button.clicked.connect(self.request_export)
        self.table.selectionModel().selectionChanged.connect(self._update_export_button)
        self.proxy.layoutChanged.connect(self._update_export_button)
        self.status_combo.currentIndexChanged.connect(self._on_status_chosen)
        self.range_combo.currentIndexChanged.connect(self._on_range_chosen)
        for view in (self.week_view, self.table):
            view.visit_activated.connect(self.visit_open_requested)
            view.delete_requested.connect(self._request_delete)
            view.context_requested.connect(self._show_menu)
        self.week_view.plan_requested.connect(self.plan_requested)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.previous_button.click())
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.next_button.click())
        QShortcut(QKeySequence("Alt+Home"), self, lambda: self.this_week_button.click())

        self.retranslate()
        data.data_changed.connect(self.refresh)
        self.refresh()

    # -- state ----------------------------------------------------------------------------

    @property
    def rep_zone(self) -> ZoneInfo:
        return ZoneInfo(self._settings().timezone)

    @property
    def today(self) -> date:
        return self._clock().astimezone(self.rep_zone).date()

    @property
    def monday(self) -> date:
        """The Monday of the week shown."""
        return self._monday if self._monday is not None else monday_of(self.today)

    @property
    def view_mode(self) -> str:
        """ "week" or "list"."""
        return self._mode

    @property
    def upcoming(self) -> bool:
        """True when the list shows every visit from today on instead of the week."""
        return self._upcoming

    def set_view_mode(self, mode: str, *, user: bool = False) -> None:
        """Shows the week ("week") or the list ("list"); the window remembers the choice."""
        if mode not in VIEW_MODES:
            mode = "week"
        changed = mode != self._mode
        self._mode = mode
        (self.week_button if mode == "week" else self.list_button).setChecked(True)
        if changed and self._upcoming:
            self.refresh()  # the week view shows the week, never "all upcoming"
        else:
            self._show_current_view()
        self._update_navigation()
        if changed and user:
            self.view_mode_changed.emit(mode)

    def show_week(self, monday: date | None) -> None:
        """Shows the week of ``monday`` (None: this week)."""
        if monday is not None:
            monday = monday_of(monday)
        self._monday = None if monday in (None, monday_of(self.today)) else monday
        if self._upcoming:
            self.range_combo.setCurrentIndex(0)  # navigating means looking at weeks again
        self.week_label.setText(week_label(self.monday))
        self.refresh()

    def _update_navigation(self) -> None:
        by_week = not (self._upcoming and self._mode == "list")
        for button in (self.previous_button, self.this_week_button, self.next_button):
            button.setEnabled(by_week)
        self.week_label.setText(week_label(self.monday) if by_week else self.tr("All upcoming"))

    # -- loading --------------------------------------------------------------------------

    def _bounds(self) -> tuple[datetime, datetime]:
        zone = self.rep_zone
        if self._upcoming and self._mode == "list":
            return day_bounds(self.today, UPCOMING_DAYS, zone)
        return day_bounds(self.monday, 7, zone)

    def refresh(self) -> None:
        """Loads the visits shown (once the data is open and the page shows)."""
        if not self._data.is_open:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        start, end = self._bounds()
        self._update_navigation()
        self._data.read(
            lambda session: load_visits(session, start, end),
            label=self.tr("Loading the visits"),
            on_done=lambda visits: self._show(generation, visits),
        )

    def _show(self, generation: int, visits: list[VisitSummary]) -> None:
        if generation != self._generation:
            return  # the rep moved to another week meanwhile
        self.visits = visits
        zone = self.rep_zone
        settings = self._settings()
        work = (int(settings.work_start[:2]), -(-_minutes_of(settings.work_end) // 60))
        self.week_view.set_week(self.monday, self.today, zone, visits, work)
        current = self.table.current_visit_id()
        self.model.set_visits(visits, zone)
        self.table.resizeColumnToContents(COLUMNS.index("date"))
        if current is not None:
            self.select_in_list(current)
        self._show_current_view()
        self.visits_shown.emit()

    def _show_current_view(self) -> None:
        if self.visits is None:
            self.views.setCurrentWidget(self.loading)
            self.stack.setCurrentWidget(self.views)
            return
        self.views.setCurrentWidget(self.week_scroll if self._mode == "week" else self.list_panel)
        self.stack.setCurrentWidget(self.views if self.visits else self.empty_state)
        self._retranslate_empty()
        self._retranslate_note()
        self._update_export_button()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def select_in_list(self, visit_id: str) -> None:
        row = self.model.row_of(visit_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())

    def current_visit_id(self) -> str | None:
        """The visit selected in the view shown."""
        if self._mode == "week":
            return self.week_view.current_visit_id
        return self.table.current_visit_id()

    def _visit(self, visit_id: str) -> VisitSummary | None:
        return next((v for v in self.visits or () if v.id == visit_id), None)

    def _request_delete(self, visit_id: str) -> None:
        visit = self._visit(visit_id)
        description = visit_description(visit, self.rep_zone) if visit is not None else ""
        self.delete_requested.emit(visit_id, description)

    def request_delete_current(self) -> bool:
        """Asks to delete the selected visit; False when none is selected."""
        visit_id = self.current_visit_id()
        if visit_id is None:
            return False
        self._request_delete(visit_id)
        return True

    def request_preview(self, visit_id: str | None = None) -> bool:
        """Asks to show the report of ``visit_id`` (None: the selected visit); False if none."""
        visit_id = visit_id or self.current_visit_id()
        if visit_id is None:
            return False
        self.report_preview_requested.emit(visit_id)
        return True

    def export_ids(self) -> list[str]:
        """The visits "Export…" takes: the week's; in the list, the visits listed, or the
        selected ones when several are selected."""
        if self.visits is None:
            return []
        if self._mode == "week":
            return [visit.id for visit in self.visits]
        selected = self.table.selected_visit_ids()
        return selected if len(selected) > 1 else self.table.listed_visit_ids()

    def request_export(self) -> bool:
        """Asks to export the reports of :meth:`export_ids`; False when there are none."""
        ids = self.export_ids()
        if not ids:
            return False
        self.reports_export_requested.emit(ids)
        return True

    def _export_text(self) -> str:
        """The export's words, saying which visits it takes."""
        if self._mode == "list":
            selected = len(self.table.selected_visit_ids())
            if selected > 1:
                return self.tr("Export %n selected reports…", "", selected)
            if self._upcoming or self.proxy.status:
                return self.tr("Export the listed reports…")
        return self.tr("Export the week's reports…")

    def _update_export_button(self) -> None:
        self.export_button.setText(self._export_text())
        self.export_button.setEnabled(bool(self.export_ids()))

    def _show_menu(self, visit_id: str, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.visit_open_requested.emit(visit_id))
        menu.addAction(self.tr("&Edit plan…"), lambda: self.edit_plan_requested.emit(visit_id))
        briefing = self.tr("&Briefing…")
        menu.addAction(briefing, lambda: self.briefing_requested.emit(visit_id))
        menu.addSeparator()
        # The key is the window's (File ▸ Preview visit report…); after a tab, the menu
        # shows it in the shortcut column without making a second Ctrl+P.
        preview = self.tr("&Preview report…")
        keys = QKeySequence("Ctrl+P").toString(QKeySequence.SequenceFormat.NativeText)
        menu.addAction(f"{preview}\t{keys}", lambda: self.request_preview(visit_id))
        export = menu.addAction(self._export_text(), self.request_export)
        export.setEnabled(bool(self.export_ids()))
        menu.addSeparator()
        menu.addAction(self.tr("&Delete…"), lambda: self._request_delete(visit_id))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    def _on_status_chosen(self, _index: int) -> None:
        status = self.status_combo.currentData()
        self.proxy.set_status(status if isinstance(status, str) else "")
        self._retranslate_note()
        self._update_export_button()

    def _on_range_chosen(self, index: int) -> None:
        upcoming = index == 1
        if upcoming != self._upcoming:
            self._upcoming = upcoming
            self.refresh()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.header.title_label.setText(self.tr("Visits"))
        self.previous_button.setText("‹")
        self.previous_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.this_week_button.setText(self.tr("This week"))
        self.this_week_button.setToolTip(self.tr("Back to this week (Alt+Home)"))
        self.next_button.setText("›")
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.week_button.setText(self.tr("Week"))
        self.week_button.setToolTip(self.tr("The week as a calendar"))
        self.list_button.setText(self.tr("List"))
        self.list_button.setToolTip(self.tr("The visits as a table you can sort and filter"))
        self.plan_button.setText(self.tr("&Plan a visit…"))
        self.plan_button.setToolTip(self.tr("Plan a new visit (Ctrl+Shift+V)"))
        self.export_button.setToolTip(
            self.tr(
                "Save the reports of these visits as PDF: one file with all of them, or one "
                "file each. In the list, select several visits to export only those."
            )
        )
        self._update_export_button()
        self.status_label.setText(self.tr("&Status:"))
        self.range_label.setText(self.tr("S&how:"))
        current_status = self.status_combo.currentData()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All"), "")
        for status in STATUSES:
            self.status_combo.addItem(status_text(status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current_status or "")))
        self.status_combo.blockSignals(False)
        range_index = max(0, self.range_combo.currentIndex())
        self.range_combo.blockSignals(True)
        self.range_combo.clear()
        self.range_combo.addItem(self.tr("The week shown"))
        self.range_combo.addItem(self.tr("All upcoming"))
        self.range_combo.setCurrentIndex(range_index)
        self.range_combo.blockSignals(False)
        self._update_navigation()
        self._retranslate_empty()
        self._retranslate_note()
        self.model.retranslate()
        self.week_view.update()

    def _retranslate_empty(self) -> None:
        if self._upcoming and self._mode == "list":
            headline = self.tr("No upcoming visits")
            body = self.tr(
                "Visits you plan appear here, each with its account, the people you will "
                "meet and what you want to achieve."
            )
        else:
            this_week = self.monday == monday_of(self.today)
            headline = (
                self.tr("No visits this week")
                if this_week
                else self.tr("No visits in the week shown")
            )
            body = self.tr(
                "Plan a visit with the people of an account: its time, place, scenario and "
                "objectives. A call that ends in an appointment becomes a planned visit too. "
                "Alt+Left and Alt+Right go to other weeks."
            )
        self.empty_state.set_texts(headline, body, self.tr("Plan a visit…"))

    def _retranslate_note(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n visit(s)", "", total)
        else:
            text = self.tr("%1 of %2 visits").replace("%1", str(shown)).replace("%2", str(total))
        self.list_note.setText(text)


def _minutes_of(hhmm: str) -> int:
    """Minutes after midnight of "HH:MM" (0 when it cannot be read)."""
    try:
        hours, minutes = hhmm.split(":")
        return int(hours) * 60 + int(minutes)
    except ValueError:
        return 0


# -- Today ----------------------------------------------------------------------------------


class TodayVisits(QWidget):
    """Today's visits for the Today page: time, account, attendees and status; Enter opens one.

    Signals:
        visit_open_requested(str): open this visit.
        report_preview_requested(str): show this visit's report (the context menu).
        briefing_requested(str): show this visit's pre-visit briefing (the context menu).
        loaded(int): today's visits arrived (how many).
    """

    visit_open_requested = Signal(str)
    report_preview_requested = Signal(str)
    briefing_requested = Signal(str)
    loaded = Signal(int)

    #: The most rows shown before the table scrolls.
    ROWS_SHOWN = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VisitListModel(self)
        self.table = VisitTable(self)
        self.table.setObjectName("todayVisitsTable")
        self.table.setModel(self.model)
        for column in ("date", "place", "scenario"):
            self.table.setColumnHidden(COLUMNS.index(column), True)
        self.table.set_widths(_WIDTHS)
        self.table.setColumnWidth(COLUMNS.index("time"), 130)
        self.table.setColumnWidth(COLUMNS.index("account"), 240)
        self.table.setColumnWidth(COLUMNS.index("attendees"), 240)
        self.table.visit_activated.connect(self.visit_open_requested)
        self.table.context_requested.connect(self._show_menu)
        self.empty = QLabel(self)
        self.empty.setObjectName("todayVisitsEmpty")
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._size_for(0)

    def load(self, data: DataContext, zone_name: str, now: datetime | None = None) -> None:
        """Reads today's visits (on the rep's clock) on the database worker."""
        zone = ZoneInfo(zone_name)
        today = (now or datetime.now(UTC)).astimezone(zone).date()
        start, end = day_bounds(today, 1, zone)
        data.read(
            lambda session: load_visits(session, start, end),
            label=self.tr("Loading today's visits"),
            on_done=lambda visits: self.show_visits(visits, zone),
        )

    def current_visit_id(self) -> str | None:
        """The visit selected in the table (None until the rep picks one)."""
        return self.table.current_visit_id()

    def _show_menu(self, visit_id: str, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(
            QCoreApplication.translate("VisitsPage", "&Open"),
            lambda: self.visit_open_requested.emit(visit_id),
        )
        menu.addAction(
            QCoreApplication.translate("VisitsPage", "&Briefing…"),
            lambda: self.briefing_requested.emit(visit_id),
        )
        preview = QCoreApplication.translate("VisitsPage", "&Preview report…")
        keys = QKeySequence("Ctrl+P").toString(QKeySequence.SequenceFormat.NativeText)
        menu.addAction(f"{preview}\t{keys}", lambda: self.report_preview_requested.emit(visit_id))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    def show_visits(self, visits: Sequence[VisitSummary], zone: ZoneInfo) -> None:
        self.model.set_visits(visits, zone)
        self._retranslate()
        self.stack.setCurrentWidget(self.table if visits else self.empty)
        self._size_for(len(visits))
        self.loaded.emit(len(visits))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.empty.setText(
            self.tr("No visits today. Plan one from the Visits page or an account (Ctrl+Shift+V).")
        )
        self.model.retranslate()

    def _size_for(self, rows: int) -> None:
        row_height = self.table.verticalHeader().defaultSectionSize()
        if rows == 0:
            self.setFixedHeight(self.empty.sizeHint().height() + 8)
        else:
            shown = min(rows, self.ROWS_SHOWN)
            header = self.table.horizontalHeader().sizeHint().height()
            self.setFixedHeight(header + shown * row_height + 6)

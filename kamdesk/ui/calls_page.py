"""The Calls page: the day's call list, with when each contact can be reached.

The list comes from :func:`kamdesk.services.call_list.call_list` on the
database worker: follow-ups and call-backs due, visits to arrange, accounts
gone quiet, each contact once, ordered by its next good window. Every row
says whether now is a good time to call that contact ("good time to call,
until 17:30") or when the next one is; the words are worked out again every
minute from the windows already loaded, without reading the database.

Enter or a double-click on a row (or the Call… button) asks the window to
open the guided call for that contact (:attr:`CallsPage.call_requested`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.data_context import DataContext
from kamdesk.ui.empty_state import EmptyState
from kamdesk.ui.page_parts import PAGE_MARGINS, PageHeader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.call_list import CallList, CallListItem
    from kamdesk.settings import Settings

#: The role that gives a row's contact id.
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The number the rep dials comes right after whom: on a small screen the account
#: name, the longest, is what gets cut.
_COLUMNS = ("when", "contact", "phone", "account", "reason")
_WIDTHS = (220, 160, 130, 230)
#: How often the "good time to call" words are worked out again.
STATUS_REFRESH_MS = 60_000


def now_status(item: CallListItem, now: datetime, rep_zone: str) -> str:
    """ "good time to call, until 17:30", "next good time: 14:00", or no time left that day."""
    from kamdesk.services.call_timing import CallStatus, describe_status

    for window in item.windows:
        if window.contains(now):
            return describe_status(CallStatus(window.end, None), now, rep_zone)
        if window.start > now:
            return describe_status(CallStatus(None, window.start), now, rep_zone)
    return ""


class CallListModel(QAbstractTableModel):
    """The rows of a :class:`CallList`: when, who, which account, phone, why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call_list: CallList | None = None
        self._items: tuple[CallListItem, ...] = ()
        self._now = datetime.now(UTC)

    def set_call_list(self, call_list: CallList | None, now: datetime | None = None) -> None:
        self.beginResetModel()
        self.call_list = call_list
        self._items = call_list.items if call_list is not None else ()
        self._now = now or datetime.now(UTC)
        self.endResetModel()

    def set_now(self, now: datetime) -> None:
        """Works out the "when" column again for ``now``."""
        self._now = now
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._items) - 1, 0),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )

    def item(self, row: int) -> CallListItem:
        return self._items[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(_COLUMNS):
            return None
        titles = {
            "when": self.tr("When"),
            "contact": self.tr("Contact"),
            "phone": self.tr("Phone"),
            "account": self.tr("Account"),
            "reason": self.tr("Why"),
        }
        return titles[_COLUMNS[section]]

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = _COLUMNS[index.column()]
        if role == CONTACT_ID_ROLE:
            return item.contact_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column, role == Qt.ItemDataRole.ToolTipRole)
        return None

    def _text(self, item: CallListItem, column: str, tooltip: bool) -> str:
        from kamdesk.services.call_list import describe_reason

        if column == "when":
            return self._when(item, tooltip)
        if column == "contact":
            return f"{item.contact_name} · {item.title}" if item.title else item.contact_name
        if column == "account":
            return item.account_name
        if column == "phone":
            from kamdesk.services.validation import format_phone

            shown = [format_phone(phone) for phone in item.phones]
            return "\n".join(shown) if tooltip else (shown[0] if shown else "")
        return describe_reason(item)

    def _when(self, item: CallListItem, tooltip: bool) -> str:
        call_list = self.call_list
        assert call_list is not None
        spans = ", ".join(
            f"{w.start.strftime('%H:%M')}–{w.end.strftime('%H:%M')}" for w in item.windows
        )
        if tooltip:
            return spans or self.tr("No good time to call on this day.")
        zone = ZoneInfo(call_list.rep_zone)
        if self._now.astimezone(zone).date() == call_list.day:
            status = now_status(item, self._now, call_list.rep_zone)
            return status or self.tr("no good time left today")
        if item.window is None:
            return self.tr("no good time on this day")
        return f"{item.window.start.strftime('%H:%M')}–{item.window.end.strftime('%H:%M')}"


def load_call_list(
    session: Session,
    day: date,
    settings: Settings,
    data_dir: Any,
    now: datetime,
    limit: int | None = None,
) -> CallList:
    """The call list for ``day`` (its first ``limit`` calls), on the database worker."""
    from kamdesk.services.call_list import call_list
    from kamdesk.services.call_timing import load_rules

    return call_list(session, day, settings, load_rules(data_dir), now=now, limit=limit)


class CallListView(QWidget):
    """A table of calls with an empty state; the Calls page and the Today page show one.

    Signals:
        call_requested(str): the rep asked to call the contact of a row.
    """

    call_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CallListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("callListTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(max(30, self.fontMetrics().height() + 14))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for column, width in enumerate(_WIDTHS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(self._request)
        self.table.activated.connect(self._request)

        self.empty = QLabel(self)
        self.empty.setObjectName("callListEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_call_list(
        self, call_list: CallList, now: datetime, empty_text: str, select_first: bool = True
    ) -> None:
        self.model.set_call_list(call_list, now)
        self.empty.setText(empty_text)
        self.stack.setCurrentWidget(self.table if call_list.items else self.empty)
        if call_list.items and select_first:
            self.table.selectRow(0)

    def selected_contact(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()).contact_id if rows else None

    def _request(self, index: QModelIndex) -> None:
        if index.isValid():
            self.call_requested.emit(self.model.item(index.row()).contact_id)

    def request_selected(self) -> None:
        contact = self.selected_contact()
        if contact is not None:
            self.call_requested.emit(contact)


class CallsPage(QWidget):
    """The day's call list, a day picker and the Call… button.

    Signals:
        call_requested(str): open the guided call for this contact id.
    """

    call_requested = Signal(str)

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
        self._day: date | None = None  # None: today, following midnight
        self._stale = True
        self.call_list: CallList | None = None

        self.header = PageHeader(self)
        self.previous_button = QPushButton(self)
        self.today_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.call_button = QPushButton(self)
        self.call_button.setObjectName("callButton")
        self.call_button.setDefault(True)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addWidget(self.date_edit)
        bar.addStretch(1)
        bar.addWidget(self.call_button)

        self.view = CallListView(self)
        self.view.call_requested.connect(self.call_requested)
        self.note = QLabel(self)
        self.note.setObjectName("callListNote")
        self.note.setWordWrap(True)
        self.empty_state = EmptyState("calls", self)
        self.stack = QStackedWidget(self)
        self.loading = QWidget(self.stack)
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)

        self.previous_button.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.show_day(None))
        self.date_edit.dateChanged.connect(self._on_date_edited)
        self.call_button.clicked.connect(self.view.request_selected)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.previous_button.click())
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.next_button.click())
        QShortcut(QKeySequence("Alt+Home"), self, lambda: self.today_button.click())

        self._timer = QTimer(self)
        self._timer.setInterval(STATUS_REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

        self.retranslate()
        self._sync_date_edit()
        data.data_changed.connect(self.refresh)
        self.refresh()

    @property
    def rep_zone(self) -> ZoneInfo:
        return ZoneInfo(self._settings().timezone)

    @property
    def day(self) -> date:
        """The day shown: the chosen one, or today in the rep's time zone."""
        if self._day is not None:
            return self._day
        return self._clock().astimezone(self.rep_zone).date()

    def show_day(self, day: date | None) -> None:
        """Shows ``day`` (``None``: today, and tomorrow after midnight)."""
        today = self._clock().astimezone(self.rep_zone).date()
        self._day = None if day == today else day
        self._sync_date_edit()
        self.refresh()

    def _sync_date_edit(self) -> None:
        day = self.day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def _on_date_edited(self, value: QDate) -> None:
        self.show_day(date(value.year(), value.month(), value.day()))

    def refresh(self) -> None:
        """Loads the call list of the day shown (once the data is open and the page shows).

        A hidden page only notes that its list is out of date and loads it when
        it is next shown: the list can be long, and the Today page has its own.
        """
        if not self._data.is_open:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        day, settings, now = self.day, self._settings(), self._clock()
        root = self._data.paths.root
        self._data.read(
            lambda session: load_call_list(session, day, settings, root, now),
            label=self.tr("Preparing the call list"),
            on_done=lambda result: self._show(result, now),
        )

    def _show(self, call_list: CallList, now: datetime) -> None:
        if call_list.day != self.day:
            return  # the rep moved on to another day meanwhile
        self.call_list = call_list
        self.view.show_call_list(call_list, now, "")
        self.stack.setCurrentWidget(self.view if call_list.items else self.empty_state)
        self._retranslate_note()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _tick(self) -> None:
        if self._day is None and self.call_list is not None and self.isVisible():
            if self.call_list.day != self.day:
                self.refresh()  # past midnight: a new day's list
            else:
                self.view.model.set_now(self._clock())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.header.set_texts(
            self.tr("Calls"), self.tr("Whom to call, why, and when each person can be reached")
        )
        self.previous_button.setText(self.tr("‹ Previous day"))
        self.previous_button.setToolTip(self.tr("Alt+Left"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Alt+Home"))
        self.next_button.setText(self.tr("Next day ›"))
        self.next_button.setToolTip(self.tr("Alt+Right"))
        self.date_edit.setLocale(QLocale())
        self.call_button.setText(self.tr("&Call…"))
        self.call_button.setToolTip(
            self.tr("The guided phone invitation for the selected contact (Enter)")
        )
        self.empty_state.set_texts(
            self.tr("Nobody to call on this day"),
            self.tr(
                "Follow-ups and call-backs that fall due appear here, with accounts to "
                "arrange a first visit with and accounts you have not contacted for longer "
                "than their interval, each at the time its contact can best be reached."
            ),
        )
        self._retranslate_note()

    def _retranslate_note(self) -> None:
        call_list = self.call_list
        parts = []
        if call_list is not None and call_list.more_suggestions:
            parts.append(
                self.tr(
                    "%n more account(s) are waiting for a call; they come up on the next days.",
                    "",
                    call_list.more_suggestions,
                )
            )
        if call_list is not None and not call_list.calendar_known:
            from kamdesk.services.call_timing import calendar_note

            parts.append(calendar_note(call_list.day.year))
        self.note.setText(" ".join(parts))
        self.note.setVisible(bool(parts))

"""The Accounts page: a read-only, sortable table of every key account."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.account_detail_pane import AccountDetailPane
from kamdesk.ui.account_filter_bar import AccountFilterBar
from kamdesk.ui.account_model import ACCOUNT_ID_ROLE, AccountTableModel
from kamdesk.ui.account_search import AccountSearch
from kamdesk.ui.data_context import DataContext
from kamdesk.ui.empty_state import EmptyState
from kamdesk.ui.page_parts import PAGE_MARGINS, PageHeader

#: Starting widths of the columns after the name, which takes the rest.
_COLUMN_WIDTHS = (110, 80, 70, 100, 100, 60, 120, 70, 100, 200)
#: The name column's starting width; the last column takes what is left.
_NAME_WIDTH = 220


class AccountsPage(QWidget):
    """The accounts table, or an empty state when there is no account.

    Signals:
        demo_requested: the empty state's "Load demo data…" was clicked.
    """

    demo_requested = Signal()

    def __init__(self, data: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self)
        self.model = AccountTableModel(data, self)
        self.table = QTableView(self)
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(max(30, self.fontMetrics().height() + 14))
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        horizontal.setMinimumSectionSize(48)
        # Sized by hand: sizing to contents would fetch every row of a lazy model.
        horizontal.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        horizontal.resizeSection(0, _NAME_WIDTH)
        horizontal.setStretchLastSection(True)
        for column, width in enumerate(_COLUMN_WIDTHS, start=1):
            horizontal.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            horizontal.resizeSection(column, width)
        horizontal.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # asks the model for the first sort

        self.empty_state = EmptyState("accounts", self)
        self.empty_state.action_triggered.connect(self.demo_requested)

        self.stack = QStackedWidget(self)
        self.loading = QWidget(self.stack)
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)

        self.search = AccountSearch(data, self)
        self.stack.addWidget(self.search.results)
        self.search.search_started.connect(self._on_search_started)
        self.search.search_cleared.connect(self._on_search_cleared)
        self.search.account_chosen.connect(self._on_search_account_chosen)
        self.search.account_highlighted.connect(self._on_search_account_highlighted)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.search.box)
        self.filter_bar = AccountFilterBar(data, self)
        self.filter_bar.filter_changed.connect(self.model.set_filter)
        # The table's reload first: its read (the ids and the first rows) then
        # goes to the database worker before the filter options' (slower).
        data.data_changed.connect(self.model.reload)
        data.data_changed.connect(self.filter_bar.reload)
        self.filter_bar.reload()  # a store already open sends no data_changed
        layout.addWidget(self.filter_bar)
        self.filter_bar.setVisible(False)  # until there are accounts to filter
        self.no_match = QLabel(self.stack)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_match.setContentsMargins(0, 24, 0, 0)
        self.no_match.setWordWrap(True)
        self.stack.addWidget(self.no_match)
        self.detail = AccountDetailPane(data, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.detail.setVisible(False)  # until there are accounts to select
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_table_current_row_changed)
        data.data_changed.connect(self.detail.reload)

        self._pending_account: str | None = None
        self.model.ids_loaded.connect(self._on_model_ids_loaded)
        self.retranslate()

    def _on_model_ids_loaded(self) -> None:
        if not self.search.query:
            self._show_table()
        self._set_header()
        if self._pending_account is not None:
            self.select_account(self._pending_account)

    def _show_table(self) -> None:
        has_rows = self.model.rowCount() > 0
        filtered = self.model.account_filter is not None
        if has_rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.no_match if filtered else self.empty_state)
        self.detail.setVisible(has_rows)
        self.filter_bar.setVisible(has_rows or filtered)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account_id = current.data(ACCOUNT_ID_ROLE) if current.isValid() else None
        if account_id != self.detail.account_id:
            self.detail.show_account(account_id)

    def focus_search(self) -> None:
        """Ctrl+F: the cursor goes to the search box."""
        self.search.focus()

    def _on_search_started(self) -> None:
        self.stack.setCurrentWidget(self.search.results)

    def _on_search_cleared(self) -> None:
        if self.model.loaded:
            self._show_table()
            # Back to the table: the detail is its selected account's again.
            self._on_table_current_row_changed(self.table.currentIndex(), QModelIndex())

    def _on_search_account_highlighted(self, account_id: str) -> None:
        if account_id != self.detail.account_id:
            self.detail.show_account(account_id)

    def _on_search_account_chosen(self, account_id: str) -> None:
        self.search.clear()
        if not self.select_account(account_id):
            # Not in the table (the filters hide it): its detail shows all the same.
            self.detail.show_account(account_id)

    def select_account(self, account_id: str) -> bool:
        """Selects an account's row in the table and scrolls to it.

        Returns False (and selects it once the list arrives) if the account is
        not in the list yet.
        """
        row = self.model.row_of(account_id)
        if row is None:
            self._pending_account = account_id if not self.model.loaded else None
            return False
        self._pending_account = None
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def select_account_when_listed(self, account_id: str) -> None:
        """Selects an account once the list reloads (after it was created or brought back)."""
        if self.search.query:
            self.search.clear()
        self._pending_account = account_id
        if self.model.row_of(account_id) is not None:
            self.select_account(account_id)
            self._pending_account = account_id  # and again once the reload arrives

    @property
    def current_account_id(self) -> str | None:
        """The account whose detail is shown, or None."""
        return self.detail.account_id

    def _set_header(self) -> None:
        if self.model.loaded and self.model.rowCount():
            subtitle = self.tr("%n key accounts", "", self.model.rowCount())
        else:
            subtitle = ""
        self.header.set_texts(self.tr("Accounts"), subtitle)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._set_header()
        self.empty_state.set_texts(
            self.tr("No accounts yet"),
            self.tr(
                "Your key accounts will be listed here with their industry, region, category, "
                "class and tier. Import your list with <b>File ▸ Import…</b> (CSV, Excel or "
                "vCard), or try kamdesk with demo data first."
            ),
            self.tr("Load demo data…"),
        )
        self.model.retranslate()
        self.search.retranslate()
        self.no_match.setText(
            self.tr("No account matches these filters. Use “Clear filters” to see them all.")
        )

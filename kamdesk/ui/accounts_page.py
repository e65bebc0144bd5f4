"""The Accounts page: a read-only, sortable table of every key account."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.account_model import AccountTableModel
from kamdesk.ui.data_context import DataContext
from kamdesk.ui.empty_state import EmptyState
from kamdesk.ui.page_parts import PAGE_MARGINS, PageHeader

#: Starting widths of the columns after the name, which takes the rest.
_COLUMN_WIDTHS = (130, 100, 90, 100, 150, 60)


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
        horizontal.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(20)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

        self.model.ids_loaded.connect(self._on_model_ids_loaded)
        data.data_changed.connect(self.model.reload)
        self.retranslate()

    def _on_model_ids_loaded(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.table if has_rows else self.empty_state)
        self._set_header()

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
                "class and tier. Import your list in a terminal with <b>kamdesk import FILE</b> "
                "(CSV, Excel or vCard), or try kamdesk with demo data."
            ),
            self.tr("Load demo data…"),
        )
        self.model.retranslate()

"""The accounts table's model: all row ids up front, row contents only when painted.

Like Anki's browser table, the model holds the ordered ids of every account
(one cheap query) and fetches the displayed columns in blocks of
:data:`BLOCK_SIZE` rows the first time a row of the block is painted; the
first block comes with the ids, in the same trip to the database worker, so
the first paint after a (re)load shows rows and not blank stand-ins while
other pages' reads queue on that worker. Fetches
run on the database worker; until a block arrives its rows are blank, and
when it arrives the model emits ``dataChanged`` for just those rows. Memory
and start-up time therefore depend on what the rep scrolls through, not on
the size of the client book.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kamdesk.ui.data_context import DataContext
from kamdesk.ui.labels import (
    category_label,
    date_label,
    lifecycle_class_label,
    milestone_label,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.accounts import AccountFilter, AccountRow

BLOCK_SIZE = 100

#: The columns, by the service's sort keys (``kamdesk.services.accounts.SORT_KEYS``,
#: repeated here so that the window shows before the store layer is imported).
ACCOUNT_SORT_KEYS = (
    "name",
    "short_name",
    "industry",
    "region",
    "category",
    "lifecycle_class",
    "tier",
    "milestone",
    "owner",
    "last_visit",
    "next_action",
)

#: The role that carries an account's id.
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _account_ids(
    session: Session, account_filter: AccountFilter | None, key: str, descending: bool
) -> list[str]:
    # Imported on the database worker: the window shows before SQLAlchemy loads.
    from kamdesk.services.accounts import account_ids

    return account_ids(session, account_filter, key, descending)


def _account_rows(session: Session, ids: list[str]) -> list[AccountRow]:
    from kamdesk.services.accounts import account_rows

    return account_rows(session, ids)


def _ids_and_first_rows(
    session: Session, account_filter: AccountFilter | None, key: str, descending: bool
) -> tuple[list[str], list[AccountRow]]:
    """The ids in order, and the rows of the first block: what the first paint shows."""
    ids = _account_ids(session, account_filter, key, descending)
    return ids, _account_rows(session, ids[:BLOCK_SIZE])


class AccountTableModel(QAbstractTableModel):
    """A read-only, lazily filled table of accounts, sortable by every column.

    Signals:
        ids_loaded: the list of accounts (re)loaded or re-sorted; ``rowCount`` is current.
        rows_fetched(int): a block of rows arrived (how many rows).
    """

    ids_loaded = Signal()
    rows_fetched = Signal(int)

    def __init__(self, data: DataContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._ids: list[str] = []
        self._position: dict[str, int] = {}
        self._rows: dict[str, AccountRow] = {}
        self._requested_blocks: set[int] = set()
        self._sort_key = ACCOUNT_SORT_KEYS[0]
        self._descending = False
        self._filter: AccountFilter | None = None
        #: incremented for every id request; an answer for an older one is stale
        self._generation = 0
        self._loaded = False

    # -- loading ------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        """True once the ids have arrived at least once."""
        return self._loaded

    @property
    def fetched_row_count(self) -> int:
        """How many rows' contents have been fetched so far (the rest are ids only)."""
        return len(self._rows)

    def row_of(self, account_id: str) -> int | None:
        """The row of an account, or None if it is not in the list."""
        return self._position.get(account_id)

    @property
    def account_filter(self) -> AccountFilter | None:
        """The filter in force (None: every account)."""
        return self._filter

    def set_filter(self, account_filter: AccountFilter | None) -> None:
        """Lists only the accounts that pass ``account_filter`` (None: all)."""
        self._filter = account_filter
        self._request_ids(reset=False)

    def reload(self) -> None:
        """Reloads everything (after the data changed), keeping the sort order."""
        self._request_ids(reset=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(ACCOUNT_SORT_KEYS):
            return
        self._sort_key = ACCOUNT_SORT_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._request_ids(reset=False)

    def _request_ids(self, *, reset: bool) -> None:
        self._generation += 1
        generation = self._generation
        key, descending, account_filter = self._sort_key, self._descending, self._filter
        if not self._data.is_open:
            return  # reload() follows the opening (data_changed)
        self._data.read(
            lambda session: _ids_and_first_rows(session, account_filter, key, descending),
            label=self.tr("Loading accounts"),
            on_done=lambda loaded: self._on_ids_loaded(generation, *loaded, reset),
        )

    def _on_ids_loaded(
        self, generation: int, ids: list[str], first_rows: list[AccountRow], reset: bool
    ) -> None:
        if generation != self._generation:
            return  # a newer request (another sort, a reload) is on its way
        if reset or not self._loaded or set(ids) != set(self._ids):
            self.beginResetModel()
            self._ids = ids
            self._position = {account_id: row for row, account_id in enumerate(ids)}
            if reset:
                self._rows.clear()
            self._requested_blocks.clear()
            self._keep(first_rows)
            self.endResetModel()
        else:
            self._reorder(ids)
            self._keep(first_rows)
            self._changed(first_rows)
        self._requested_blocks.add(0)
        self._loaded = True
        self.ids_loaded.emit()
        if first_rows:
            self.rows_fetched.emit(len(first_rows))

    def _reorder(self, ids: list[str]) -> None:
        """Moves the same rows into a new order, keeping selections on their accounts."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self._ids[index.row()]) for index in persistent]
        self._ids = ids
        self._position = {account_id: row for row, account_id in enumerate(ids)}
        self._requested_blocks.clear()
        moved = [
            self.index(self._position[account_id], index.column()) for index, account_id in held
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _request_block(self, block: int) -> None:
        self._requested_blocks.add(block)
        wanted = [
            account_id
            for account_id in self._ids[block * BLOCK_SIZE : (block + 1) * BLOCK_SIZE]
            if account_id not in self._rows
        ]
        if not wanted:
            return
        self._data.read(
            lambda session: _account_rows(session, wanted),
            label=self.tr("Loading accounts"),
            on_done=self._on_rows_fetched,
        )

    def _on_rows_fetched(self, rows: list[AccountRow]) -> None:
        self._keep(rows)
        self._changed(rows)
        self.rows_fetched.emit(len(rows))

    def _keep(self, rows: list[AccountRow]) -> None:
        for row in rows:
            self._rows[row.id] = row

    def _changed(self, rows: list[AccountRow]) -> None:
        """Emits ``dataChanged`` for the rows listed now."""
        positions = [self._position[row.id] for row in rows if row.id in self._position]
        if positions:
            last_column = self.columnCount() - 1
            self.dataChanged.emit(
                self.index(min(positions), 0), self.index(max(positions), last_column)
            )

    # -- the model ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(ACCOUNT_SORT_KEYS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        account_id = self._ids[index.row()]
        if role == ACCOUNT_ID_ROLE:
            return account_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows.get(account_id)
        if row is None:
            block = index.row() // BLOCK_SIZE
            if block not in self._requested_blocks:
                self._request_block(block)
            return None
        text = self._cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if index.column() in (0, len(ACCOUNT_SORT_KEYS) - 1) and text else None
        return text

    def _cell(self, row: AccountRow, column: int) -> str:
        key = ACCOUNT_SORT_KEYS[column]
        if key == "category":
            return category_label(row.category)
        if key == "lifecycle_class":
            return lifecycle_class_label(row.lifecycle_class)
        if key == "milestone":
            return milestone_label(row.milestone)
        if key == "owner":
            return self.tr("Me") if not row.owner else row.owner
        if key == "last_visit":
            return date_label(row.last_visit)
        if key == "next_action":
            action = row.next_action
            if action is None:
                return ""
            return f"{date_label(action.when)} {action.title}".strip()
        value = getattr(row, key)
        return value or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ACCOUNT_SORT_KEYS):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        """The column titles, in the language in force now."""
        return [
            self.tr("Name"),
            self.tr("Short name"),
            self.tr("Industry"),
            self.tr("Region"),
            self.tr("Category"),
            self.tr("Class"),
            self.tr("Tier"),
            self.tr("Milestone"),
            self.tr("Owner"),
            self.tr("Last visit"),
            self.tr("Next action"),
        ]

    def retranslate(self) -> None:
        """Repaints headers and coded cells in the language in force now."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
            )

"""Search as you type over accounts and contacts, for the Accounts page.

The box waits :data:`DEBOUNCE_MS` after the last key, then runs
:func:`kamdesk.services.search.search` on the database worker. Every query
gets a generation number; an answer for an older generation is dropped, so
only the latest query's results are ever shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from kamdesk.ui.data_context import DataContext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.search import BuildProgress, SearchHit, SearchResults

#: Milliseconds of quiet typing before a query runs.
DEBOUNCE_MS = 150
#: At most this many hits of each kind are shown.
RESULT_LIMIT = 50
#: The role that carries a result's account id.
RESULT_ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1


def _search(session: Session, query: str) -> SearchResults:
    # Imported on the database worker: the window shows before SQLAlchemy loads.
    from kamdesk.services.search import search

    return search(session, query, RESULT_LIMIT)


def readiness_text(preparing: BuildProgress | None) -> str:
    """What to say while the search index is being built ("" once it is whole)."""
    if preparing is None:
        return ""
    percent = min(99, preparing.done * 100 // max(preparing.total, 1))
    return QCoreApplication.translate(
        "AccountSearch", "Search %1% ready: some clients may be missing."
    ).replace("%1", str(percent))


class AccountSearch(QObject):
    """The search box and its results list; the page places both.

    Signals:
        search_started: the box has a query (the page shows :attr:`results`).
        search_cleared: the box is empty again (the page shows its table).
        account_chosen(str): a result was opened (Enter or double-click); its account id.
        account_highlighted(str): the result under the cursor is of this account
            (the page shows its detail as the rep moves through the results).
        results_shown(str): results for this query are on screen.
    """

    search_started = Signal()
    search_cleared = Signal()
    account_chosen = Signal(str)
    account_highlighted = Signal(str)
    results_shown = Signal(str)

    def __init__(self, data: DataContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._data = data
        self._generation = 0
        self._results: SearchResults | None = None

        self.box = QLineEdit(parent)
        self.box.setObjectName("accountSearchBox")
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)

        self.tree = QTreeWidget(parent)
        self.tree.setObjectName("accountSearchResults")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.tree.installEventFilter(self)

        self.message = QLabel(parent)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message.setWordWrap(True)
        self.message.setContentsMargins(0, 24, 0, 0)

        #: the results, or the "nothing found" message
        self.results = QStackedWidget(parent)
        self.results.addWidget(self.tree)
        self.results.addWidget(self.message)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_query)
        self.box.textChanged.connect(self._on_box_text_changed)
        # New rows (a sync), or the search index finished: the results are asked again.
        data.data_changed.connect(self._on_data_changed)
        self.retranslate()

    def _on_tree_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        account_id = current.data(0, RESULT_ACCOUNT_ROLE) if current is not None else None
        if isinstance(account_id, str):
            self.account_highlighted.emit(account_id)

    @property
    def query(self) -> str:
        return self.box.text().strip()

    def focus(self) -> None:
        """Puts the cursor in the box, its text selected (Ctrl+F)."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def clear(self) -> None:
        """Empties the box, which brings the table back."""
        self.box.clear()

    # -- querying -----------------------------------------------------------------------

    def _on_box_text_changed(self, _text: str) -> None:
        self._generation += 1  # whatever is on its way is stale now
        if not self.query:
            self._timer.stop()
            self._results = None
            self.tree.clear()
            self.search_cleared.emit()
            return
        self._timer.start()

    def _on_data_changed(self) -> None:
        if self.query:
            self._timer.start()

    def _run_query(self) -> None:
        query = self.query
        if not query or not self._data.is_open:
            return
        generation = self._generation
        self._data.read(
            lambda session: _search(session, query),
            label=self.tr("Searching"),
            on_done=lambda results: self._on_results(generation, results),
        )

    def _on_results(self, generation: int, results: SearchResults) -> None:
        if generation != self._generation:
            return  # the box changed since this query was asked
        self._results = results
        self._render()
        self.search_started.emit()
        self.results_shown.emit(results.query)

    # -- rendering ----------------------------------------------------------------------

    def _render(self) -> None:
        results = self._results
        self.tree.clear()
        if results is None:
            return
        preparing = readiness_text(results.preparing)
        if not results.accounts and not results.contacts:
            self.message.setText(
                self.tr("Nothing matches “%1”.").replace("%1", results.query)
                + "\n"
                + (
                    preparing
                    or self.tr("Try part of a name, pinyin initials (hw) or a phone number.")
                )
            )
            self.results.setCurrentWidget(self.message)
            return
        if preparing:
            notice = QTreeWidgetItem(self.tree, [preparing])
            notice.setFlags(Qt.ItemFlag.ItemIsEnabled)
            notice.setFirstColumnSpanned(True)
            font = notice.font(0)
            font.setItalic(True)
            notice.setFont(0, font)
            notice.setToolTip(
                0,
                self.tr(
                    "After a first download kamdesk builds its search index while you work; "
                    "clients not yet in it are not found until it is done."
                ),
            )
        groups = (
            (self.tr("Accounts"), results.accounts, results.total_accounts),
            (self.tr("Contacts"), results.contacts, results.total_contacts),
        )
        first: QTreeWidgetItem | None = None
        for title, hits, total in groups:
            if not hits:
                continue
            if total > len(hits):
                count = self.tr("%1 (the first %2 of %3: type more to narrow them down)")
                count = count.replace("%2", str(len(hits))).replace("%3", str(total))
            else:
                count = self.tr("%1 (%2)").replace("%2", str(len(hits)))
            header = QTreeWidgetItem(self.tree, [count.replace("%1", title)])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setFirstColumnSpanned(True)
            for hit in hits:
                item = QTreeWidgetItem(self.tree, [self._hit_text(hit)])
                item.setData(0, RESULT_ACCOUNT_ROLE, hit.account_id)
                item.setToolTip(0, hit.snippet)
                if first is None:
                    first = item
        self.results.setCurrentWidget(self.tree)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _hit_text(self, hit: SearchHit) -> str:
        if hit.kind == "contact":
            detail = " · ".join(part for part in (hit.title, hit.account_name) if part)
        else:
            detail = ""
        field = self._field_label(hit.matched_field)
        parts = [hit.name]
        if detail:
            parts.append(f"— {detail}")
        if hit.matched_field not in ("name",) and field:
            shown = hit.snippet and hit.snippet not in (hit.name, hit.title)
            where = self.tr("(%1: %2)") if shown else self.tr("(%1)")
            parts.append(where.replace("%1", field).replace("%2", hit.snippet))
        return "  ".join(parts)

    def _field_label(self, field: str) -> str:
        labels = {
            "name": self.tr("name"),
            "short_name": self.tr("short name"),
            "title": self.tr("title"),
            "phones": self.tr("phone"),
            "email": self.tr("e-mail"),
            "notes": self.tr("notes"),
            "pinyin": self.tr("pinyin"),
            "initials": self.tr("pinyin initials"),
        }
        return labels.get(field, field)

    def retranslate(self) -> None:
        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        placeholder = self.tr("Search accounts and contacts: name, pinyin, phone…")
        self.box.setPlaceholderText(f"{placeholder} ({shortcut})" if shortcut else placeholder)
        self._render()

    # -- keys ---------------------------------------------------------------------------

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        account_id = item.data(0, RESULT_ACCOUNT_ROLE)
        if account_id:
            self.account_chosen.emit(str(account_id))

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape and (watched is self.box or watched is self.tree):
                self.clear()
                return True
            if watched is self.box and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(self.tree.currentItem())
                return True
            if watched is self.box and key == Qt.Key.Key_Down and self.tree.topLevelItemCount():
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

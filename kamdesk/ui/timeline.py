"""An account's or a contact's timeline: its calls and visits, newest first (issue 4, point 5).

:class:`TimelineWidget` is meant to be embedded (the account detail pane, a
contact's view): give it the :class:`~kamdesk.ui.data_context.DataContext`
and the rep's time zone, then :meth:`TimelineWidget.show_account` or
:meth:`TimelineWidget.show_contact`. It reloads on
:attr:`DataContext.data_changed` and when :meth:`refresh` is called (after a
call is logged: ``CallDialog.call_logged``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.data_context import DataContext

if TYPE_CHECKING:
    from kamdesk.services.calls import TimelineEntry

#: The item data role that holds an entry's (kind, id).
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def duration_text(seconds: int | None) -> str:
    """``185`` -> ``"3:05"``; "" when unknown."""
    if seconds is None:
        return ""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


class TimelineWidget(QWidget):
    """The calls and visits of one account or one contact, newest first.

    Signals:
        loaded: the list shows the latest entries.
        entry_activated(str, str): an entry was double-clicked or Enter pressed: (kind, id).
    """

    loaded = Signal()
    entry_activated = Signal(str, str)

    def __init__(self, data: DataContext, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._data = data
        self._zone = zone
        self._account_id: str | None = None
        self._contact_id: str | None = None
        self._generation = 0
        self.entries: list[TimelineEntry] = []

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("timelineList")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        data.data_changed.connect(self.refresh)
        self.retranslate()
        self._render()

    def show_account(self, account_id: str | None) -> None:
        """Shows the timeline of ``account_id`` (every contact's calls, every visit)."""
        self._account_id, self._contact_id = account_id, None
        self.refresh()

    def show_contact(self, contact_id: str | None) -> None:
        """Shows the timeline of one contact (its calls, the visits it attends)."""
        self._account_id, self._contact_id = None, contact_id
        self.refresh()

    def refresh(self) -> None:
        """Reloads the entries from the database."""
        self._generation += 1
        generation = self._generation
        account_id, contact_id = self._account_id, self._contact_id
        if (account_id is None and contact_id is None) or not self._data.is_open:
            self._show(generation, [])
            return

        def read(session):  # type: ignore[no-untyped-def]
            from kamdesk.services.calls import timeline

            return timeline(session, account_id=account_id, contact_id=contact_id)

        self._data.read(
            read,
            label=self.tr("Reading the timeline"),
            on_done=lambda entries: self._show(generation, entries),
        )

    def _show(self, generation: int, entries: list[TimelineEntry]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.entries = list(entries)
        self._render()
        self.loaded.emit()

    def _when(self, moment: datetime) -> str:
        return moment.astimezone(ZoneInfo(self._zone)).strftime("%Y-%m-%d %H:%M")

    def _what(self, entry: TimelineEntry) -> str:
        from kamdesk.services.calls import outcome_label, visit_status_label

        if entry.kind == "call":
            text = self.tr("Call: %1").replace("%1", outcome_label(entry.outcome))
            length = duration_text(entry.duration_seconds)
            return f"{text} ({length})" if length else text
        return self.tr("Visit: %1").replace("%1", visit_status_label(entry.outcome))

    def _render(self) -> None:
        self.tree.clear()
        for entry in self.entries:
            notes = entry.summary
            if entry.kind == "visit" and entry.place:
                notes = f"{entry.place} · {notes}" if notes else entry.place
            item = QTreeWidgetItem(
                [self._when(entry.at), self._what(entry), self.tr(", ").join(entry.people), notes]
            )
            item.setData(0, ENTRY_ROLE, (entry.kind, entry.id))
            item.setToolTip(3, notes)
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(self.entries))
        self.empty_label.setVisible(not self.entries)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, entry_id = item.data(0, ENTRY_ROLE)
        self.entry_activated.emit(kind, entry_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._render()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Notes")]
        )
        self.empty_label.setText(self.tr("No calls or visits yet."))

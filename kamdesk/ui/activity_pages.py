"""The Visits page.

It has no list yet: the visit list comes with the visits capability. Until
then the page says plainly what it will show and what the rep can do now, and
counts the visits already planned so that it never claims there are none when
there are. (The Calls page is :mod:`kamdesk.ui.calls_page`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kamdesk.ui.empty_state import EmptyState
from kamdesk.ui.page_parts import PAGE_MARGINS, PageHeader

if TYPE_CHECKING:
    from kamdesk.services.overview import ClientBookSummary


class VisitsPage(QWidget):
    """Planned visits: for now, how many there are and what will appear here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planned = 0
        self.header = PageHeader(self)
        self.empty_state = EmptyState("visits", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(20)
        layout.addWidget(self.header)
        layout.addWidget(self.empty_state, 1)
        self.retranslate()

    def show_summary(self, summary: ClientBookSummary) -> None:
        """Takes the number of planned visits from the client-book summary."""
        self._planned = summary.visits_planned
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.header.set_texts(self.tr("Visits"), self.tr("Meetings with your accounts"))
        if self._planned == 0:
            self.empty_state.set_texts(
                self.tr("No visits planned"),
                self.tr(
                    "Planned visits appear here by date, with the account, the people you "
                    "will meet and what to prepare. A call that ends in an appointment becomes "
                    "a planned visit."
                ),
            )
        else:
            self.empty_state.set_texts(
                self.tr("%n visits planned", "", self._planned),
                self.tr(
                    "They are in your data and counted on Today. This version of kamdesk does "
                    "not list them one by one yet; the list with each visit's briefing will "
                    "appear on this page."
                ),
            )

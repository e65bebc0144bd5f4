"""The Calls and Visits pages.

Neither has a list yet: the call plan needs the timing rules and the visit
list its briefings. Until then each page says plainly what it will show and
what the rep can do now, and the Visits page counts the visits already
planned so that it never claims there are none when there are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kamdesk.ui.empty_state import EmptyState
from kamdesk.ui.page_parts import PAGE_MARGINS, PageHeader

if TYPE_CHECKING:
    from kamdesk.services.overview import ClientBookSummary


class CallsPage(QWidget):
    """Calls due today: for now, what will appear here and when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self)
        self.empty_state = EmptyState("calls", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(20)
        layout.addWidget(self.header)
        layout.addWidget(self.empty_state, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.header.set_texts(self.tr("Calls"), self.tr("Phone invitations to make today"))
        self.empty_state.set_texts(
            self.tr("No calls planned for today"),
            self.tr(
                "Calls due appear here once your contacts have working hours: who to call "
                "today and when each person can be reached, within working time for people you "
                "do not know yet and just before or after work for people you do."
            ),
        )


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

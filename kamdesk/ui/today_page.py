"""The Today page: the day's date, today's visits and calls, and the client book at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.data_context import DataContext
from kamdesk.ui.page_parts import PAGE_MARGINS, BreakdownPanel, PageHeader, SummaryCard

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from kamdesk.services.call_list import CallList
    from kamdesk.services.overview import ClientBookSummary
    from kamdesk.settings import Settings
    from kamdesk.ui.empty_state import EmptyState


def _summary(session: Session) -> ClientBookSummary:
    # Imported on the database worker: the window shows before SQLAlchemy loads.
    from kamdesk.services.overview import client_book_summary

    return client_book_summary(session)


class TodayPage(QWidget):
    """Counts of accounts, contacts, planned visits and open follow-ups.

    With no accounts at all it shows an empty state that says how to fill
    the client book.

    The page usually is the first the window shows, before the data is open:
    then it shows only its header. What shows the counts (the overview) and
    the empty state are built when the first counts arrive, or when asked for.

    Signals:
        demo_requested: the empty state's "Load demo data…" was clicked.
        summary_loaded(object): a :class:`ClientBookSummary` arrived and is shown.
        call_requested(str): the rep asked to call a contact of today's call list.
        all_calls_requested: the rep asked for the whole call list (the Calls page).
        visit_open_requested(str): the rep opened one of today's visits.
        report_preview_requested(str): the rep asked for the report of one of today's visits.
        briefing_requested(str): the rep asked for the briefing of one of today's visits.
    """

    #: How many of today's calls the page lists; the Calls page has them all.
    CALLS_SHOWN = 6

    demo_requested = Signal()
    summary_loaded = Signal(object)
    call_requested = Signal(str)
    all_calls_requested = Signal()
    visit_open_requested = Signal(str)
    report_preview_requested = Signal(str)
    briefing_requested = Signal(str)

    def __init__(
        self,
        data: DataContext,
        parent: QWidget | None = None,
        settings: Callable[[], Settings] | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._settings = settings
        self.call_list: CallList | None = None
        self.summary: ClientBookSummary | None = None
        self.visits_count = 0
        self._empty_state: EmptyState | None = None
        self._overview: QWidget | None = None

        self.header = PageHeader(self)
        self.stack = QStackedWidget(self)
        self.loading = QWidget(self.stack)
        self.stack.addWidget(self.loading)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(20)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self.retranslate()
        data.data_changed.connect(self.refresh)
        self.refresh()

    @property
    def empty_state(self) -> EmptyState:
        """What the page shows when the client book is empty."""
        if self._empty_state is None:
            self._build_body()
            assert self._empty_state is not None
        return self._empty_state

    @property
    def overview(self) -> QWidget:
        """The counts (four summary cards, accounts by class and by category), today's visits
        and calls, in a scroll area."""
        if self._overview is None:
            self._build_body()
            assert self._overview is not None
        return self._overview

    def _build_body(self) -> None:
        from kamdesk.ui.empty_state import EmptyState  # imports Qt: not for the first frame

        empty_state = EmptyState("today", self)
        empty_state.action_triggered.connect(self.demo_requested)

        overview = QWidget(self)
        self.accounts_card = SummaryCard(overview)
        self.contacts_card = SummaryCard(overview)
        self.visits_card = SummaryCard(overview)
        self.tasks_card = SummaryCard(overview)
        self.class_panel = BreakdownPanel(overview)
        self.category_panel = BreakdownPanel(overview)
        cards = QGridLayout()
        cards.setHorizontalSpacing(16)
        cards.setVerticalSpacing(16)
        for column, card in enumerate(
            (self.accounts_card, self.contacts_card, self.visits_card, self.tasks_card)
        ):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 8, 0, 0)
        overview_layout.setSpacing(20)
        overview_layout.addLayout(cards)
        panels = QHBoxLayout()
        panels.setSpacing(16)
        panels.addWidget(self.class_panel, 1)
        panels.addWidget(self.category_panel, 1)

        from kamdesk.ui.visits_page import TodayVisits

        self.visits_title = QLabel(overview)
        self.visits_title.setObjectName("sectionTitle")
        self.visits_view = TodayVisits(overview)
        self.visits_view.visit_open_requested.connect(self.visit_open_requested)
        self.visits_view.report_preview_requested.connect(self.report_preview_requested)
        self.visits_view.briefing_requested.connect(self.briefing_requested)
        self.visits_view.loaded.connect(self._on_visits_loaded)

        from kamdesk.ui.calls_page import CallListView

        self.calls_title = QLabel(overview)
        self.calls_title.setObjectName("sectionTitle")
        title_font = self.calls_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.calls_title.setFont(title_font)
        self.visits_title.setFont(title_font)
        self.all_calls_button = QPushButton(overview)
        self.all_calls_button.setFlat(True)
        self.all_calls_button.clicked.connect(self.all_calls_requested)
        calls_bar = QHBoxLayout()
        calls_bar.addWidget(self.calls_title)
        calls_bar.addStretch(1)
        calls_bar.addWidget(self.all_calls_button)
        self.calls_view = CallListView(overview)
        self.calls_view.call_requested.connect(self.call_requested)
        rows = self.CALLS_SHOWN + 1
        self.calls_view.setFixedHeight(
            rows * self.calls_view.table.verticalHeader().defaultSectionSize() + 8
        )
        # The day's work first, the client book's breakdown below it.
        overview_layout.addWidget(self.visits_title)
        overview_layout.addWidget(self.visits_view)
        overview_layout.addLayout(calls_bar)
        overview_layout.addWidget(self.calls_view)
        overview_layout.addLayout(panels)
        overview_layout.addStretch(1)

        # The day's lists make the overview taller than a small window: it scrolls.
        scroll = QScrollArea(self)
        scroll.setObjectName("todayOverview")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(overview)
        # The page's background shows through (setWidget made the overview paint its own).
        scroll.viewport().setAutoFillBackground(False)
        overview.setAutoFillBackground(False)
        self.stack.addWidget(empty_state)
        self.stack.addWidget(scroll)
        self._empty_state, self._overview = empty_state, scroll
        self._retranslate_body()

    def refresh(self) -> None:
        """Reloads the counts in the background (once the data is open)."""
        if not self._data.is_open:
            return  # data_changed follows the opening
        self._data.read(_summary, label=self.tr("Counting the client book"), on_done=self._show)
        if self._settings is not None:
            from datetime import UTC, datetime
            from zoneinfo import ZoneInfo

            from kamdesk.ui.calls_page import load_call_list

            settings, now, root = self._settings(), datetime.now(UTC), self._data.paths.root
            day = now.astimezone(ZoneInfo(settings.timezone)).date()
            self._data.read(
                lambda session: load_call_list(
                    session, day, settings, root, now, limit=self.CALLS_SHOWN
                ),
                label=self.tr("Preparing the call list"),
                on_done=lambda result: self._show_calls(result, now),
            )
            self.refresh_visits()

    def refresh_visits(self) -> None:
        """Reads today's visits again (a visit was planned, changed or reported)."""
        if self._settings is None or not self._data.is_open:
            return
        self.overview  # noqa: B018 - built with the first data
        self.visits_view.load(self._data, self._settings().timezone)

    def current_visit_id(self) -> str | None:
        """The visit selected in "Visits today" (None when none is, or none is shown)."""
        if self._overview is None or self.stack.currentWidget() is not self._overview:
            return None
        return self.visits_view.current_visit_id()

    def _on_visits_loaded(self, count: int) -> None:
        self.visits_count = count
        self._retranslate_visits()

    def _show_calls(self, call_list: CallList, now: object) -> None:
        from datetime import datetime

        assert isinstance(now, datetime)
        self.call_list = call_list
        self.overview  # noqa: B018 - built with the first data
        self.calls_view.show_call_list(
            call_list, now, self.tr("Nobody to call today."), select_first=False
        )
        self._retranslate_calls()

    def _show(self, summary: ClientBookSummary) -> None:
        self.summary = summary
        overview = self.overview  # built with the first counts
        self.accounts_card.set_value(summary.accounts)
        self.contacts_card.set_value(summary.contacts)
        self.visits_card.set_value(summary.visits_planned)
        self.tasks_card.set_value(summary.open_tasks)
        self._show_breakdowns()
        self.stack.setCurrentWidget(self.empty_state if summary.is_empty else overview)
        self.summary_loaded.emit(summary)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        day = QDate.currentDate()
        if self._settings is not None:
            # The rep's day, as today's visits and calls have it (not the computer's zone).
            from datetime import UTC, datetime
            from zoneinfo import ZoneInfo

            local = datetime.now(UTC).astimezone(ZoneInfo(self._settings().timezone)).date()
            day = QDate(local.year, local.month, local.day)
        today = QLocale().toString(day, QLocale.FormatType.LongFormat)
        self.header.set_texts(self.tr("Today"), today)
        if self._overview is not None:
            self._retranslate_body()

    def _retranslate_body(self) -> None:
        self.empty_state.set_texts(
            self.tr("Your client book is empty"),
            self.tr(
                "Today sums up your key accounts, contacts, planned visits and follow-ups once "
                "you have some. Import your list of accounts and contacts with "
                "<b>File ▸ Import…</b> (CSV, Excel or vCard), or try kamdesk with demo data "
                "first."
            ),
            self.tr("Load demo data…"),
        )
        self.accounts_card.set_caption(self.tr("Key accounts"))
        self.contacts_card.set_caption(self.tr("Contacts"))
        self.visits_card.set_caption(self.tr("Planned visits"))
        self.tasks_card.set_caption(self.tr("Open follow-ups"))
        self.class_panel.set_title(self.tr("Accounts by class"))
        self.category_panel.set_title(self.tr("Accounts by category"))
        self._retranslate_calls()
        self._retranslate_visits()
        self._show_breakdowns()

    def _retranslate_calls(self) -> None:
        count = self.call_list.total if self.call_list is not None else 0
        self.calls_title.setText(self.tr("Calls for today (%n)", "", count))
        self.all_calls_button.setText(self.tr("All calls ›"))
        self.all_calls_button.setVisible(count > self.CALLS_SHOWN)

    def _retranslate_visits(self) -> None:
        self.visits_title.setText(self.tr("Visits today (%n)", "", self.visits_count))

    def _show_breakdowns(self) -> None:
        if self.summary is None:
            return
        from kamdesk.ui.labels import category_label, lifecycle_class_label

        unset = self.tr("Not set")
        self.class_panel.set_rows(
            [
                (lifecycle_class_label(code) if code else unset, count)
                for code, count in self.summary.accounts_by_class
            ]
        )
        self.category_panel.set_rows(
            [
                (category_label(code) if code else unset, count)
                for code, count in self.summary.accounts_by_category
            ]
        )

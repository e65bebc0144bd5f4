"""The briefing that pops up by itself N minutes before a planned visit, on a fake clock."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from kamdesk.services import visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.briefing_shown import FILE_NAME, read_shown
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.visits import VisitPlan
from kamdesk.settings import Settings
from kamdesk.ui.briefing_scheduler import BriefingScheduler, lead_minutes
from kamdesk.ui.briefing_window import open_windows

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 26, 14, 0, tzinfo=SHANGHAI)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class FakeTray(QObject):
    """Stands in for QSystemTrayIcon (the offscreen platform has no tray)."""

    messageClicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []
        self.shown = False

    def showMessage(self, title: str, message: str, icon: object, msecs: int) -> None:
        self.messages.append((title, message))

    def show(self) -> None:
        self.shown = True


@pytest.fixture(autouse=True)
def _close_briefings() -> Iterator[None]:
    yield
    for window in open_windows():
        window.close()


@pytest.fixture
def planned(store):  # type: ignore[no-untyped-def]
    """Visits at 14:00: one planned, one cancelled, one done; and one planned at 16:00."""
    with store.unit_of_work() as session:
        account = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        li = create_contact(session, account, ContactInput(name="李娜")).ids[0]

        def plan(start: datetime, status: str = "planned") -> str:
            visit_id = visits.plan_visit(
                session, VisitPlan(account, (li,), start), now=START - timedelta(days=1)
            ).visit_id
            if status != "planned":
                visits.save_report(session, visit_id, {"status": status})
            return visit_id

        return {
            "planned": plan(START),
            "cancelled": plan(START + timedelta(minutes=5), "cancelled"),
            "done": plan(START + timedelta(minutes=10), "done"),
            "later": plan(START + timedelta(hours=2)),
            "account": account,
            "li": li,
        }


@pytest.fixture
def main(qtbot):  # type: ignore[no-untyped-def]
    """Stands in for the main window: shown, unless a test hides or minimises it."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _scheduler(  # type: ignore[no-untyped-def]
    data_context, main, clock, opened, settings=None, tray=None
) -> BriefingScheduler:
    scheduler = BriefingScheduler(
        data_context,
        lambda: settings or Settings(),
        main,
        now=clock,
        interval_ms=1_000,
        tray=tray,
        opener=opened.append,
        parent=main,
    )
    return scheduler


def _check(scheduler: BriefingScheduler, wait_idle) -> None:  # type: ignore[no-untyped-def]
    scheduler.check()
    wait_idle()


def test_the_briefing_pops_at_start_minus_lead_and_only_once(  # type: ignore[no-untyped-def]
    data_context, planned, main, wait_idle
) -> None:
    assert lead_minutes(Settings()) == 30
    clock = FakeClock(START - timedelta(minutes=31))
    opened: list[str] = []
    scheduler = _scheduler(data_context, main, clock, opened)

    _check(scheduler, wait_idle)
    assert opened == []  # 31 minutes before: not yet
    clock.now = START - timedelta(minutes=30, seconds=1)
    _check(scheduler, wait_idle)
    assert opened == []
    clock.now = START - timedelta(minutes=30)
    _check(scheduler, wait_idle)
    assert opened == [planned["planned"]]  # exactly N minutes before
    # Later checks, before it starts: not again; the cancelled and done ones never.
    for minutes in (29, 20, 1):
        clock.now = START - timedelta(minutes=minutes)
        _check(scheduler, wait_idle)
    assert opened == [planned["planned"]]
    # The 16:00 visit pops at 15:30.
    clock.now = START + timedelta(hours=2) - timedelta(minutes=30)
    _check(scheduler, wait_idle)
    assert opened == [planned["planned"], planned["later"]]


def test_what_was_shown_is_remembered_across_a_restart(  # type: ignore[no-untyped-def]
    data_context, planned, main, wait_idle
) -> None:
    clock = FakeClock(START - timedelta(minutes=25))
    opened: list[str] = []
    first = _scheduler(data_context, main, clock, opened)
    _check(first, wait_idle)
    assert opened == [planned["planned"]]
    path = data_context.paths.root / FILE_NAME
    assert set(read_shown(path)) == {planned["planned"]}
    first.deleteLater()

    # kamdesk restarts: a new scheduler on the same data directory shows nothing again.
    clock.now = START - timedelta(minutes=10)
    again: list[str] = []
    second = _scheduler(data_context, main, clock, again)
    _check(second, wait_idle)
    assert again == []

    # Moved to 15:00, the visit pops again before its new start.
    with data_context.store.unit_of_work() as session:
        visits.update_visit_plan(
            session,
            planned["planned"],
            VisitPlan(planned["account"], (planned["li"],), START + timedelta(hours=1)),
            now=clock.now,
        )
    clock.now = START + timedelta(minutes=35)
    _check(second, wait_idle)
    assert again == [planned["planned"]]


def test_an_unreadable_state_file_counts_as_nothing_shown(  # type: ignore[no-untyped-def]
    data_context, planned, main, wait_idle
) -> None:
    path = data_context.paths.root / FILE_NAME
    path.write_text("{not json", encoding="utf-8")
    opened: list[str] = []
    scheduler = _scheduler(data_context, main, FakeClock(START - timedelta(minutes=5)), opened)
    _check(scheduler, wait_idle)
    assert opened == [planned["planned"]]
    assert json.loads(path.read_text(encoding="utf-8"))["shown"].keys() == {planned["planned"]}


def test_a_lead_of_zero_turns_the_pop_up_off(  # type: ignore[no-untyped-def]
    data_context, planned, main, wait_idle
) -> None:
    opened: list[str] = []
    off = Settings(briefing_lead_minutes=0)
    scheduler = _scheduler(data_context, main, FakeClock(START - timedelta(minutes=5)), opened, off)
    assert scheduler.check() is None
    wait_idle()
    assert opened == []
    assert not (data_context.paths.root / FILE_NAME).exists()


def test_the_lead_comes_from_the_settings(  # type: ignore[no-untyped-def]
    data_context, planned, main, wait_idle
) -> None:
    opened: list[str] = []
    settings = Settings(briefing_lead_minutes=10)
    clock = FakeClock(START - timedelta(minutes=11))
    scheduler = _scheduler(data_context, main, clock, opened, settings)
    _check(scheduler, wait_idle)
    assert opened == []
    clock.now = START - timedelta(minutes=10)
    _check(scheduler, wait_idle)
    assert opened == [planned["planned"]]


def test_the_timer_drives_the_check(  # type: ignore[no-untyped-def]
    qtbot, data_context, planned, main, wait_idle
) -> None:
    opened: list[str] = []
    clock = FakeClock(START - timedelta(hours=1))
    scheduler = _scheduler(data_context, main, clock, opened)
    assert scheduler.timer.interval() == 1_000
    scheduler.start()
    assert scheduler.timer.isActive()
    wait_idle()
    assert opened == []
    clock.now = START - timedelta(minutes=15)
    scheduler.timer.timeout.emit()  # one tick, without waiting for it
    wait_idle()
    assert opened == [planned["planned"]]
    scheduler.stop()
    assert not scheduler.timer.isActive()


def test_hidden_window_gets_a_tray_message_that_opens_the_briefing(  # type: ignore[no-untyped-def]
    qtbot, data_context, planned, main, wait_idle
) -> None:
    tray = FakeTray()
    opened: list[str] = []
    scheduler = _scheduler(
        data_context, main, FakeClock(START - timedelta(minutes=20)), opened, tray=tray
    )
    main.hide()
    with qtbot.waitSignal(scheduler.popped) as popped:
        scheduler.check()
    assert popped.args == [planned["planned"], "tray"]
    assert opened == []  # not until the rep clicks the message
    assert tray.shown
    assert tray.messages == [
        ("Visit in 20 minute(s)", "华为技术有限公司 at 14:00. Click to read the briefing.")
    ]
    tray.messageClicked.emit()
    assert opened == [planned["planned"]]
    tray.messageClicked.emit()  # a second click on an old message opens nothing more
    assert opened == [planned["planned"]]


def test_minimised_window_counts_as_hidden(  # type: ignore[no-untyped-def]
    qtbot, data_context, planned, main, wait_idle
) -> None:
    tray = FakeTray()
    opened: list[str] = []
    scheduler = _scheduler(
        data_context, main, FakeClock(START - timedelta(minutes=20)), opened, tray=tray
    )
    main.showMinimized()
    qtbot.waitUntil(main.isMinimized)
    _check(scheduler, wait_idle)
    assert len(tray.messages) == 1
    tray.messageClicked.emit()
    assert opened == [planned["planned"]]
    assert not main.isMinimized()  # the rep clicked: kamdesk comes back


def test_without_a_tray_the_window_opens(  # type: ignore[no-untyped-def]
    qtbot, data_context, planned, main, wait_idle, monkeypatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    opened: list[str] = []
    scheduler = _scheduler(data_context, main, FakeClock(START - timedelta(minutes=20)), opened)
    main.hide()
    assert scheduler.tray() is None
    with qtbot.waitSignal(scheduler.popped) as popped:
        scheduler.check()
    assert popped.args == [planned["planned"], "window"]
    assert opened == [planned["planned"]]


def test_the_default_opener_shows_the_briefing_window(  # type: ignore[no-untyped-def]
    qtbot, data_context, planned, main, wait_idle
) -> None:
    clock = FakeClock(START - timedelta(minutes=30))
    scheduler = BriefingScheduler(data_context, Settings, main, now=clock, parent=main)
    _check(scheduler, wait_idle)
    assert [w.visit_id for w in open_windows()] == [planned["planned"]]
    window = open_windows()[0]
    qtbot.waitUntil(lambda: window.briefing is not None, timeout=10_000)
    assert window.countdown_label.text() == "in 30 min"

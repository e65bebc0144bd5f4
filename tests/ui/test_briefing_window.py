"""The pre-visit briefing window: what a rep reads in the 30 seconds before walking in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMenu, QPushButton

from kamdesk.services import visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.briefing import briefing
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.personality import (
    Observation,
    class_strategy,
    pair_hint,
    record_observations,
    record_rep_observations,
    style_card,
)
from kamdesk.services.visits import VisitPlan
from kamdesk.settings import Settings
from kamdesk.ui.briefing_window import (
    BriefingCard,
    BriefingWindow,
    minutes_text,
    open_briefing,
    open_windows,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: The fake "now" of these tests: a Thursday morning in Shanghai.
NOW = datetime(2026, 11, 26, 9, 5, tzinfo=SHANGHAI)
#: Observations that make a driver (fast, task-oriented).
DRIVER = ("speaks_fast", "decides_on_the_spot", "impatient_with_detail", "keeps_to_business")
#: Observations that make an amiable (slow, people-oriented).
AMIABLE = ("measured_pace", "takes_time_to_decide", "personal_talk", "shows_feelings")


def _seen(ids: tuple[str, ...]) -> list[Observation]:
    return [Observation(i, True, NOW - timedelta(days=5)) for i in ids]


@pytest.fixture(autouse=True)
def _close_briefings() -> Iterator[None]:
    yield
    for window in open_windows():
        window.close()


@pytest.fixture
def rep_settings() -> Settings:
    """A rep who is an amiable (so a driver client gets a pair hint)."""
    return record_rep_observations(Settings(rep_name="王磊"), _seen(AMIABLE), now=NOW)


def _account(session, **fields):  # type: ignore[no-untyped-def]
    return create_account(session, AccountInput(**fields)).ids[0]


@pytest.fixture
def visit(store):  # type: ignore[no-untyped-def]
    """A visit in 25 minutes to a loyal account with a done visit before it.

    张伟 is assessed (a driver), 李娜 is not; the last visit met a price objection
    and left a promise open.
    """
    with store.unit_of_work() as session:
        account = _account(
            session,
            name="华为技术有限公司",
            category="industry",
            lifecycle_class="loyal",
            tier="A",
            competitors="Siemens",
        )
        zhang = create_contact(
            session,
            account,
            ContactInput(
                name="张伟", title="技术总监", phones="13800138000", work_hours="09:00-18:00"
            ),
        ).ids[0]
        li = create_contact(session, account, ContactInput(name="李娜", title="采购经理")).ids[0]
        record_observations(session, zhang, _seen(DRIVER), now=NOW)
        earlier = visits.plan_visit(
            session,
            VisitPlan(account, (zhang,), NOW - timedelta(days=14), scenario="cold_visit"),
            now=NOW - timedelta(days=15),
        ).visit_id
        visits.save_report(
            session,
            earlier,
            {
                "status": "done",
                "outcome": "Agreed to a trial <b>next month</b>",
                "next_steps": "Send the quote by Friday",
                "satisfaction": 4,
                "objections": "The price is too high",
                "notes": "Met in the lab & saw the line.",
            },
        )
        promise = visits.add_promise(session, earlier, "发送产品手册", NOW - timedelta(days=2))
        visit_id = visits.plan_visit(
            session,
            VisitPlan(
                account,
                (zhang, li),
                NOW + timedelta(minutes=25),
                place="坂田基地 F1",
                objectives="Confirm the trial",
            ),
            now=NOW,
        ).visit_id
    return {
        "visit": visit_id,
        "account": account,
        "zhang": zhang,
        "li": li,
        "promise": promise.task_id,
    }


@pytest.fixture
def first_visit(store):  # type: ignore[no-untyped-def]
    """A cold visit to an account never visited, its one attendee not assessed."""
    with store.unit_of_work() as session:
        account = _account(session, name="小米科技")
        wang = create_contact(session, account, ContactInput(name="王芳")).ids[0]
        visit_id = visits.plan_visit(
            session,
            VisitPlan(account, (wang,), NOW + timedelta(hours=3), scenario="cold_visit"),
            now=NOW,
        ).visit_id
    return {"visit": visit_id, "wang": wang}


def _window(qtbot, data_context, visit_id, settings, width=1100) -> BriefingWindow:  # type: ignore[no-untyped-def]
    window = BriefingWindow(data_context, lambda: settings, visit_id, now=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(width, 800)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    return window


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def _card(window: BriefingWindow, name: str) -> BriefingCard:
    card = window.findChild(BriefingCard, name)
    assert card is not None, name
    return card


def test_the_briefing_shows_who_to_meet_and_how(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit, rep_settings
) -> None:
    window = _window(qtbot, data_context, visit["visit"], rep_settings)

    assert window.account_label.text() == "华为技术有限公司"
    assert "坂田基地 F1" in window.when_label.text()
    assert "09:30–10:30" in window.when_label.text()
    assert "Existing client" in window.when_label.text()
    assert window.objectives_label.text() == "Objectives: Confirm the trial"
    assert window.countdown_label.text() == "in 25 min"

    # 张伟: a driver with its confidence, never a bare label; the tips for now; the pair hint.
    zhang = _card(window, f"attendee_{visit['zhang']}")
    style_line = zhang.findChild(QLabel, "styleLine")
    assert style_line.text().startswith("Driver, ")
    assert "confidence" in style_line.text()
    assert "4 observation" in style_line.text()
    card = style_card("driver", "en")
    tips = dict(card.handle)
    text = _texts(zhang)
    for phase in ("opening", "presenting", "closing", "avoid"):
        assert tips[phase][0] in text, phase
    assert tips["follow_up"][0] not in text  # not what matters before walking in
    hint = zhang.findChild(QLabel, "pairHint")
    assert hint.text() == (
        "You (Amiable) with them: " + pair_hint("amiable", "driver", "en").text  # type: ignore[union-attr]
    )
    windows = zhang.findChild(QLabel, "callWindows").text()
    assert windows.startswith("Call today: ")
    # The number as every other screen shows it, not as it is stored (+8613800138000).
    assert "138 0013 8000" in text
    assert "+86" not in text
    assert not any(isinstance(b, QPushButton) and b.text() == "Assess…" for b in zhang.children())

    # 李娜: not assessed, and says so with an offer to assess.
    li = _card(window, f"attendee_{visit['li']}")
    assert "Style not assessed yet" in _texts(li)
    assert li.findChild(QLabel, "pairHint") is None
    assess = window.assess_buttons[visit["li"]]
    assert assess.text() == "Assess…"
    with qtbot.waitSignal(window.assess_requested) as asked:
        qtbot.mouseClick(assess, Qt.MouseButton.LeftButton)
    assert asked.args == [visit["li"]]

    # The account: category, class, tier and the strategy for a loyal account.
    account = _texts(_card(window, "accountCard"))
    assert "Category: Industry key account" in account or "Category: Industry" in account
    assert "Tier: A" in account
    strategy = class_strategy("loyal", "en")
    assert strategy is not None
    assert strategy.strategy in account
    assert strategy.actions[0] in account

    # The last visit (typed text shown as typed, not as markup) and the promise still open.
    history = _card(window, "historyCard")
    last = history.findChild(QLabel, "lastVisit")
    assert "Agreed to a trial &lt;b&gt;next month&lt;/b&gt;" in last.text()
    assert "Send the quote by Friday" in last.text()
    assert "★★★★☆" in last.text()
    assert "Met in the lab &amp; saw the line." in last.text()
    assert "(14 day(s) before)" in _texts(history)
    promises = history.findChild(QLabel, "openPromises").text()
    assert "发送产品手册" in promises
    assert "(overdue)" in promises

    # The objection cards that fit: the same as the service's, the price card among them.
    with store.reading() as session:
        expected = briefing(session, visit["visit"], rep_settings, now=NOW, language="en")
    shown = [
        card.property("objectionId")
        for card in window.findChildren(BriefingCard)
        if card.property("objectionId")
    ]
    assert shown == [card.id for card in expected.objection_cards]
    assert "price_question" in shown


def test_ticking_a_preparation_step_is_stored(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit, rep_settings
) -> None:
    window = _window(qtbot, data_context, visit["visit"], rep_settings)
    expected = visits.checklist_items("existing_client", "en")
    assert [box.accessibleName() for box in window.checkboxes.values()] == [
        i.text for i in expected
    ]
    checklist = _card(window, "checklistCard")
    assert checklist.title_label.text() == f"Preparation: 0 of {len(expected)} ready"

    item = expected[1]
    with qtbot.waitSignal(window.visit_changed, timeout=5_000) as changed:
        step = window.checkboxes[item.id].parentWidget()
        qtbot.mouseClick(step.label, Qt.MouseButton.LeftButton)
    assert changed.args == [visit["visit"]]
    assert checklist.title_label.text() == f"Preparation: 1 of {len(expected)} ready"
    with store.reading() as session:
        ticks = {i.id: i.ticked for i in visits.visit_detail(session, visit["visit"]).checklist}
    assert ticks[item.id] is True
    assert sum(ticks.values()) == 1


def test_a_first_visit_says_there_is_no_history(  # type: ignore[no-untyped-def]
    qtbot, data_context, first_visit
) -> None:
    window = _window(qtbot, data_context, first_visit["visit"], Settings())
    history = _texts(_card(window, "historyCard"))
    assert "First visit to this account: no earlier visit." in history
    assert "No promises open." in history
    assert window.countdown_label.text() == "in 3 h 0 min"
    wang = _card(window, f"attendee_{first_visit['wang']}")
    assert "Style not assessed yet" in _texts(wang)
    assert first_visit["wang"] in window.assess_buttons
    account = _texts(_card(window, "accountCard"))
    assert "Class: not set" in account
    assert "Give the account a class to see the strategy that fits it." in account


def test_cards_stand_in_two_columns_or_one_when_narrow(  # type: ignore[no-untyped-def]
    qtbot, data_context, visit, rep_settings
) -> None:
    window = _window(qtbot, data_context, visit["visit"], rep_settings, width=1200)
    qtbot.waitUntil(lambda: window.cards.column_count == 2)
    people = [_card(window, f"attendee_{visit[k]}") for k in ("zhang", "li")]
    # The people come first: one at the top of each column.
    assert {window.cards.column_of(card) for card in people} == {0, 1}
    window.resize(620, 800)
    qtbot.waitUntil(lambda: window.cards.column_count == 1)
    assert {window.cards.column_of(card) for card in people} == {0}
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: window.cards.column_count == 2)


def test_esc_closes_and_a_second_open_raises_the_same_window(  # type: ignore[no-untyped-def]
    qtbot, data_context, visit, rep_settings
) -> None:
    window = open_briefing(None, data_context, lambda: rep_settings, visit["visit"])
    qtbot.waitUntil(lambda: window.briefing is not None, timeout=10_000)
    assert open_briefing(None, data_context, lambda: rep_settings, visit["visit"]) is window
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_windows())


def test_ctrl_p_saves_the_one_page_pdf_and_asks_before_replacing(  # type: ignore[no-untyped-def]
    qtbot, data_context, visit, rep_settings, modals, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "briefing.pdf"
    asked: list[Path] = []

    def ask_target(cls, parent, suggested):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return target

    monkeypatch.setattr(BriefingWindow, "ask_target", classmethod(ask_target))
    window = _window(qtbot, data_context, visit["visit"], rep_settings)
    with qtbot.waitSignal(window.exported, timeout=10_000) as saved:
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [str(target)]
    assert asked[0].name == "Briefing 2026-11-26 0930 华为技术有限公司.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert not modals.texts("confirm")  # nothing was there to replace

    from pypdf import PdfReader

    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    assert "华为技术有限公司" in reader.pages[0].extract_text()

    # The file is there now: the rep is asked, and "no" leaves it alone.
    target.write_bytes(b"mine")
    modals.confirm_answer = False
    assert window.export_pdf() is None
    assert modals.texts("confirm") == [
        f"{target} already exists.\n\nReplace it with this briefing?"
    ]
    assert target.read_bytes() == b"mine"
    modals.confirm_answer = True
    with qtbot.waitSignal(window.exported, timeout=10_000):
        window.export_pdf()
    assert target.read_bytes().startswith(b"%PDF")


def test_a_deleted_visit_says_so(qtbot, data_context, store, first_visit) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        visits.delete_visit(session, first_visit["visit"])
    window = BriefingWindow(data_context, Settings, first_visit["visit"], now=lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.load_failed, timeout=10_000):
        window.show()
    assert window.error_label.text().startswith("The briefing could not be prepared: ")
    assert not window.pdf_button.isEnabled()


def test_minutes_until_in_words() -> None:
    assert minutes_text(25, ended=False) == "in 25 min"
    assert minutes_text(0, ended=False) == "starting now"
    assert minutes_text(-5, ended=False) == "started 5 min ago"
    assert minutes_text(130, ended=False) == "in 2 h 10 min"
    assert minutes_text(3 * 24 * 60, ended=False) == "in 3 days"
    assert minutes_text(24 * 60 + 30, ended=False) == "in 1 day"
    assert minutes_text(-90, ended=True) == ""


# -- where it opens from -----------------------------------------------------------------


def test_the_visit_editor_opens_the_briefing_with_ctrl_b(  # type: ignore[no-untyped-def]
    qtbot, data_context, visit
) -> None:
    from kamdesk.ui.visit_editor import VisitEditor

    editor = VisitEditor(data_context, visit["visit"])
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    assert editor.briefing_button.text() == "Briefing…"
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(open_windows()) == 1)
    shown = open_windows()[0]
    assert shown.visit_id == visit["visit"]
    qtbot.waitUntil(lambda: shown.briefing is not None, timeout=10_000)


def test_the_main_window_opens_briefings_from_today_visits_and_the_menu(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, visit, wait_idle, monkeypatch
) -> None:
    main_window.today_page.briefing_requested.emit(visit["visit"])
    assert [w.visit_id for w in open_windows()] == [visit["visit"]]
    open_windows()[0].close()
    qtbot.waitUntil(lambda: not open_windows())

    # The Visits page's context menu has Briefing…
    page = main_window.visits_page
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, where, action=None: shown.append(menu))
    page._show_menu(visit["visit"], QPoint(0, 0))
    action = next(a for a in shown[0].actions() if a.text() == "&Briefing…")
    action.trigger()
    assert [w.visit_id for w in open_windows()] == [visit["visit"]]
    open_windows()[0].close()
    qtbot.waitUntil(lambda: not open_windows())


def test_briefing_for_the_next_visit(qtbot, main_window, store, wait_idle) -> None:  # type: ignore[no-untyped-def]
    """View ▸ Briefing for the next visit (Ctrl+Shift+B), on the real clock."""
    assert main_window.next_briefing_action.shortcut().toString() == "Ctrl+Shift+B"
    main_window.next_briefing_action.trigger()
    wait_idle()
    assert main_window.statusBar().currentMessage() == "No planned visit ahead."
    assert not open_windows()

    now = datetime.now(UTC).replace(microsecond=0)
    with store.unit_of_work() as session:
        account = _account(session, name="格力电器")
        chen = create_contact(session, account, ContactInput(name="陈静")).ids[0]
        later = visits.plan_visit(
            session, VisitPlan(account, (chen,), now + timedelta(days=2)), now=now
        ).visit_id
        sooner = visits.plan_visit(
            session, VisitPlan(account, (chen,), now + timedelta(hours=2)), now=now
        ).visit_id
        cancelled = visits.plan_visit(
            session, VisitPlan(account, (chen,), now + timedelta(hours=1)), now=now
        ).visit_id
        visits.save_report(session, cancelled, {"status": "cancelled"})
    assert later != sooner
    main_window.next_briefing_action.trigger()
    wait_idle()
    assert [w.visit_id for w in open_windows()] == [sooner]


def test_assess_opens_the_personality_assessment_of_that_contact(  # type: ignore[no-untyped-def]
    qtbot, data_context, first_visit
) -> None:
    from kamdesk.ui.personality_dialog import PersonalityDialog

    window = open_briefing(None, data_context, Settings, first_visit["visit"], now=lambda: NOW)
    qtbot.waitUntil(lambda: window.briefing is not None, timeout=10_000)
    qtbot.mouseClick(window.assess_buttons[first_visit["wang"]], Qt.MouseButton.LeftButton)
    dialogs = window.findChildren(PersonalityDialog)
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: "王芳" in _texts(dialogs[0]), timeout=10_000)
    dialogs[0].close()

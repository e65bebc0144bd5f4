"""The Calls page: the day's call list, "call now" words, day navigation, calling a contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from kamdesk.models import Task
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.settings import Settings
from kamdesk.ui.calls_page import CONTACT_ID_ROLE, CallListModel, CallsPage

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Thursday 26 November 2026, 10:00 in Shanghai: inside 09:30-12:00.
TEN = datetime(2026, 11, 26, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture
def book(store):
    with store.unit_of_work() as session:
        huawei = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        wang = create_contact(
            session,
            huawei,
            ContactInput(
                name="王芳",
                title="采购经理",
                phones="13800138000",
                work_hours="09:00-18:00",
                lunch="12:00-13:30",
            ),
        ).ids[0]
        li = create_contact(
            session,
            huawei,
            ContactInput(name="李娜", known_to_rep=True, work_hours="09:00-18:00"),
        ).ids[0]
        session.add(
            Task(
                account_id=huawei,
                contact_id=wang,
                kind="follow_up",
                title="发送报价单",
                due=datetime(2026, 11, 25, 1, 0, tzinfo=UTC),
            )
        )
        session.add(
            Task(
                account_id=huawei,
                contact_id=li,
                kind="call_back",
                title="回电",
                due=datetime(2026, 11, 26, 1, 0, tzinfo=UTC),
            )
        )
    return {"wang": wang, "li": li}


def make_page(qtbot, data_context, wait_idle, clock):  # type: ignore[no-untyped-def]
    page = CallsPage(data_context, lambda: Settings(), clock=clock)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    wait_idle()
    return page


def test_the_day_s_calls_say_when_to_call(qtbot, qtmodeltester, data_context, book, wait_idle):  # type: ignore[no-untyped-def]
    page = make_page(qtbot, data_context, wait_idle, lambda: TEN)
    model = page.view.model
    qtmodeltester.check(model)
    assert page.stack.currentWidget() is page.view
    rows = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    # 王芳 (unknown to the rep) can be called now, until lunch; 李娜 (known) after work.
    assert rows == [
        [
            "good time to call, until 12:00",
            "王芳 · 采购经理",
            "138 0013 8000",
            "华为技术有限公司",
            "follow-up due: 发送报价单",
        ],
        ["next good time: 18:00", "李娜", "", "华为技术有限公司", "call back: 回电"],
    ]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "09:30–12:00, 13:30–17:30"
    assert model.index(0, 0).data(CONTACT_ID_ROLE) == book["wang"]


def test_the_words_follow_the_clock_without_reading_again(  # type: ignore[no-untyped-def]
    qtbot, data_context, book, wait_idle
):
    moments = [TEN]
    page = make_page(qtbot, data_context, wait_idle, lambda: moments[-1])
    moments.append(TEN + timedelta(hours=2, minutes=30))  # 12:30, lunch
    page._tick()
    assert page.view.model.index(0, 0).data() == "next good time: 13:30"
    moments.append(TEN + timedelta(hours=9))  # 19:00: all windows of the day are over
    page._tick()
    assert page.view.model.index(0, 0).data() == "no good time left today"


def test_other_days_and_an_empty_day(qtbot, data_context, book, wait_idle):  # type: ignore[no-untyped-def]
    page = make_page(qtbot, data_context, wait_idle, lambda: TEN)
    page.next_button.click()  # Friday: both tasks are still due
    wait_idle()
    assert page.date_edit.date().toString("yyyy-MM-dd") == "2026-11-27"
    assert page.view.model.index(0, 0).data() == "08:30–09:00"
    page.date_edit.setDate(page.date_edit.date().addDays(-30))  # before anything was due
    wait_idle()
    assert page.stack.currentWidget() is page.empty_state
    page.today_button.click()
    wait_idle()
    assert page.date_edit.date().toString("yyyy-MM-dd") == "2026-11-26"
    assert page.view.model.rowCount() == 2


def test_enter_and_the_call_button_ask_for_a_call(qtbot, data_context, book, wait_idle):  # type: ignore[no-untyped-def]
    page = make_page(qtbot, data_context, wait_idle, lambda: TEN)
    with qtbot.waitSignal(page.call_requested) as asked:
        page.call_button.click()
    assert asked.args == [book["wang"]]
    page.view.table.selectRow(1)
    page.view.table.setFocus()
    with qtbot.waitSignal(page.call_requested) as asked:
        qtbot.keyClick(page.view.table, Qt.Key.Key_Return)
    assert asked.args == [book["li"]]


def test_the_model_is_sound_when_empty(qtmodeltester):  # type: ignore[no-untyped-def]
    model = CallListModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_today_lists_the_first_calls_and_the_calls_page_loads_when_shown(  # type: ignore[no-untyped-def]
    qtbot, main_window, book, wait_idle
):
    today = main_window.today_page
    today.refresh()
    wait_idle()
    assert today.call_list is not None and today.call_list.total == 2
    assert today.calls_title.text() == "Calls for today (2)"
    assert today.calls_view.model.rowCount() == 2
    calls = main_window.calls_page
    assert calls.call_list is None  # hidden: not loaded
    main_window.show_page("calls")
    wait_idle()
    assert calls.call_list is not None and calls.view.model.rowCount() == 2

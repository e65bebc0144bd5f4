"""The Visits page: the week as a calendar and as a list, week navigation, keys, Today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt

from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.visits import VisitPlan, plan_visit, save_report
from kamdesk.settings import Settings
from kamdesk.ui.visits_page import (
    COLUMNS,
    VISIT_ID_ROLE,
    TodayVisits,
    VisitListModel,
    VisitsPage,
    header_date,
    lay_out_week,
    week_label,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Thursday 26 November 2026, 09:00 in Shanghai; its week runs from Monday the 23rd.
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=SHANGHAI)
MONDAY = date(2026, 11, 23)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of the test week: ``day`` 0 is Monday."""
    return datetime(2026, 11, 23, hour, minute, tzinfo=SHANGHAI) + timedelta(days=day)


@pytest.fixture
def book(store):  # type: ignore[no-untyped-def]
    """Two accounts with contacts and four visits this week: two overlap on Thursday."""
    with store.unit_of_work() as session:
        byd = create_account(session, AccountInput(name="比亚迪", address="深圳市坪山区")).ids[0]
        huawei = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        wang = create_contact(session, byd, ContactInput(name="王芳", title="采购经理")).ids[0]
        li = create_contact(session, byd, ContactInput(name="李娜")).ids[0]
        zhang = create_contact(session, huawei, ContactInput(name="张伟")).ids[0]
        ids = {
            "byd_thu": plan_visit(
                session,
                VisitPlan(byd, (wang, li), at(3, 10), at(3, 11), scenario="cold_visit"),
                now=NOW,
            ).visit_id,
            "huawei_thu": plan_visit(
                session, VisitPlan(huawei, (zhang,), at(3, 10, 30), at(3, 12)), now=NOW
            ).visit_id,
            "byd_mon": plan_visit(
                session, VisitPlan(byd, (wang,), at(0, 14), at(0, 15), "深圳市坪山区"), now=NOW
            ).visit_id,
            "huawei_fri": plan_visit(
                session, VisitPlan(huawei, (zhang,), at(4, 9), at(4, 10)), now=NOW
            ).visit_id,
        }
        save_report(session, ids["byd_mon"], {"status": "done"})
    return {"byd": byd, "huawei": huawei, "wang": wang, "li": li, "zhang": zhang, **ids}


def make_page(qtbot, data_context, wait_idle):  # type: ignore[no-untyped-def]
    page = VisitsPage(data_context, lambda: Settings(), clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    with qtbot.waitSignal(page.visits_shown):
        page.show()
    wait_idle()
    return page


def test_week_label_is_written_as_people_write_a_week() -> None:
    assert week_label(date(2026, 1, 5)) == "5–11 Jan 2026"
    assert week_label(date(2026, 1, 26)) == "26 Jan – 1 Feb 2026"
    assert week_label(date(2025, 12, 29)) == "29 Dec 2025 – 4 Jan 2026"


def test_week_label_in_chinese(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("zh_CN"))
    assert week_label(date(2026, 1, 5)) == "2026年1月5日–11日"
    assert week_label(date(2026, 1, 26)) == "2026年1月26日–2月1日"
    assert week_label(date(2025, 12, 29)) == "2025年12月29日–2026年1月4日"


def test_a_narrow_weekend_column_shows_the_day_of_the_month(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont())
    saturday = date(2026, 11, 28)
    QLocale.setDefault(QLocale("en_GB"))
    assert header_date(saturday, 400, metrics) == "28 Nov"
    assert header_date(saturday, 30, metrics) == "28"  # not "28 N" cut off
    QLocale.setDefault(QLocale("zh_CN"))
    assert header_date(saturday, 400, metrics) == "11月28日"
    assert header_date(saturday, 40, metrics) == "28日"


def test_the_week_shows_each_visit_in_its_day_with_overlaps_side_by_side(
    qtbot, data_context, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, data_context, wait_idle)
    week = page.week_view
    assert page.stack.currentWidget() is page.views
    assert page.views.currentWidget() is page.week_scroll
    assert page.week_label.text() == "23–29 Nov 2026"
    assert week.visit_ids() == [
        book["byd_mon"],
        book["byd_thu"],
        book["huawei_thu"],
        book["huawei_fri"],
    ]
    byd, huawei = week.block_rect(book["byd_thu"]), week.block_rect(book["huawei_thu"])
    # Thursday's two visits share the day's column, side by side, and do not cover each other.
    assert not byd.intersects(huawei)
    assert byd.right() <= huawei.left()
    assert byd.top() < huawei.top() < byd.bottom()
    monday = week.block_rect(book["byd_mon"])
    assert monday.left() < byd.left()
    assert week.block_rect(book["huawei_fri"]).left() > huawei.left()
    # Each overlapping visit names the other one.
    assert "Overlaps" in week.tooltip_for(book["byd_thu"])
    assert "华为技术有限公司" in week.tooltip_for(book["byd_thu"])
    assert "比亚迪" in week.tooltip_for(book["huawei_thu"])
    assert "Overlaps" not in week.tooltip_for(book["huawei_fri"])
    assert "王芳, 李娜" in week.tooltip_for(book["byd_thu"])
    assert "Cold visit" in week.tooltip_for(book["byd_thu"])
    assert week.visit_at(byd.center().toPoint()) == book["byd_thu"]


def test_overlapping_visits_take_lanes() -> None:
    from kamdesk.services.visits import VisitSummary

    def visit(name: str, start: datetime, end: datetime) -> VisitSummary:
        return VisitSummary(name, "a", name, start, end, "", "referral", "planned", (), "", ())

    blocks = lay_out_week(
        [
            visit("a", at(1, 9), at(1, 11)),
            visit("b", at(1, 10), at(1, 12)),
            visit("c", at(1, 11), at(1, 13)),  # after "a": takes its lane again
            visit("d", at(1, 14), at(1, 15)),  # alone
            visit("e", at(9, 14), at(9, 15)),  # another week: not shown
        ],
        MONDAY,
        SHANGHAI,
    )
    placed = {b.visit.id: (b.day, b.lane, b.lanes) for b in blocks}
    assert placed == {"a": (1, 0, 2), "b": (1, 1, 2), "c": (1, 0, 2), "d": (1, 0, 1)}


def test_alt_arrows_move_between_weeks_and_an_empty_week_offers_to_plan(
    qtbot, data_context, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, data_context, wait_idle)
    with qtbot.waitSignal(page.visits_shown):
        qtbot.keyClick(page.week_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.monday == MONDAY + timedelta(days=7)
    assert page.week_label.text() == "30 Nov – 6 Dec 2026"
    assert page.stack.currentWidget() is page.empty_state
    assert page.empty_state.headline_label.text() == "No visits in the week shown"
    with qtbot.waitSignal(page.plan_requested) as planned:
        page.empty_state.action_button.click()
    assert planned.args == [None]
    with qtbot.waitSignal(page.visits_shown):
        qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(page.visits_shown):
        qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.monday == MONDAY - timedelta(days=7)
    with qtbot.waitSignal(page.visits_shown):
        qtbot.keyClick(page, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert page.monday == MONDAY
    assert page.stack.currentWidget() is page.views
    assert len(page.week_view.visit_ids()) == 4


def test_arrow_keys_move_between_visits_and_enter_opens_one(
    qtbot, data_context, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, data_context, wait_idle)
    week = page.week_view
    week.setFocus()
    qtbot.waitUntil(week.hasFocus)
    assert week.current_visit_id == book["byd_mon"]  # the first visit takes the focus
    # Right: the visit nearest in time (14:00) on the next day that has visits.
    qtbot.keyClick(week, Qt.Key.Key_Right)
    assert week.current_visit_id == book["huawei_thu"]
    qtbot.keyClick(week, Qt.Key.Key_Up)
    assert week.current_visit_id == book["byd_thu"]
    qtbot.keyClick(week, Qt.Key.Key_Down)
    assert week.current_visit_id == book["huawei_thu"]
    qtbot.keyClick(week, Qt.Key.Key_Right)
    assert week.current_visit_id == book["huawei_fri"]
    qtbot.keyClick(week, Qt.Key.Key_Left)  # Friday 09:00: Thursday 10:00 is the nearest
    assert week.current_visit_id == book["byd_thu"]
    qtbot.keyClick(week, Qt.Key.Key_Home)
    assert week.current_visit_id == book["byd_mon"]
    with qtbot.waitSignal(page.visit_open_requested) as opened:
        qtbot.keyClick(week, Qt.Key.Key_Return)
    assert opened.args == [book["byd_mon"]]
    with qtbot.waitSignal(page.delete_requested) as deleting:
        qtbot.keyClick(week, Qt.Key.Key_Delete)
    assert deleting.args[0] == book["byd_mon"]
    assert "比亚迪" in deleting.args[1] and "14:00–15:00" in deleting.args[1]
    # A double-click opens the visit under the pointer.
    rect = week.block_rect(book["huawei_fri"])
    with qtbot.waitSignal(page.visit_open_requested) as clicked:
        qtbot.mouseDClick(week, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert clicked.args == [book["huawei_fri"]]
    # And on an empty hour it plans a visit there.
    empty = QPoint(int(week.block_rect(book["huawei_fri"]).center().x()), week.height() - 10)
    with qtbot.waitSignal(page.plan_requested) as planned:
        qtbot.mouseDClick(week, Qt.MouseButton.LeftButton, pos=empty)
    assert planned.args[0].date() == date(2026, 11, 27)


def test_the_list_sorts_and_filters_by_status(
    qtbot, qtmodeltester, data_context, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, data_context, wait_idle)
    with qtbot.waitSignal(page.view_mode_changed) as chosen:
        page.list_button.click()
    assert chosen.args == ["list"]
    assert page.views.currentWidget() is page.list_panel
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    table = page.table

    def column(name: str) -> list[str]:
        return [
            page.proxy.index(row, COLUMNS.index(name)).data()
            for row in range(page.proxy.rowCount())
        ]

    assert column("account") == ["比亚迪", "比亚迪", "华为技术有限公司", "华为技术有限公司"]
    assert column("date")[0].startswith("2026-11-23")
    assert column("time")[1] == "10:00–11:00 ⚠"
    assert column("attendees")[1] == "王芳, 李娜"
    assert column("place")[0] == "深圳市坪山区"
    assert column("status") == ["done", "planned", "planned", "planned"]
    table.sortByColumn(COLUMNS.index("account"), Qt.SortOrder.AscendingOrder)
    ascending = column("account")
    assert sorted(ascending) == sorted(column("account"))
    table.sortByColumn(COLUMNS.index("account"), Qt.SortOrder.DescendingOrder)
    assert column("account") == ascending[::-1]
    table.sortByColumn(COLUMNS.index("time"), Qt.SortOrder.AscendingOrder)
    assert column("time")[0].startswith("09:00")
    table.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.AscendingOrder)
    page.status_combo.setCurrentIndex(page.status_combo.findData("done"))
    assert column("account") == ["比亚迪"]
    assert page.list_note.text() == "1 of 4 visits"
    page.status_combo.setCurrentIndex(page.status_combo.findData("planned"))
    assert len(column("account")) == 3
    page.status_combo.setCurrentIndex(0)
    assert page.list_note.text() == "4 visit(s)" or page.list_note.text() == "4 visits"
    # Enter on a row opens its visit; Del asks to delete it.
    table.setFocus()
    table.selectRow(2)
    visit_id = page.proxy.index(2, 0).data(VISIT_ID_ROLE)
    with qtbot.waitSignal(page.visit_open_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [visit_id]
    with qtbot.waitSignal(page.delete_requested) as deleting:
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert deleting.args[0] == visit_id


def test_all_upcoming_lists_visits_beyond_the_week(
    qtbot, data_context, store, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        later = plan_visit(
            session, VisitPlan(book["byd"], (book["li"],), at(30, 10)), now=NOW
        ).visit_id
    page = make_page(qtbot, data_context, wait_idle)
    page.set_view_mode("list")
    assert page.model.rowCount() == 4
    with qtbot.waitSignal(page.visits_shown):
        page.range_combo.setCurrentIndex(1)
    ids = [page.model.index(row, 0).data(VISIT_ID_ROLE) for row in range(page.model.rowCount())]
    # From today on: Monday's visit is past, the one next month is in.
    assert book["byd_mon"] not in ids
    assert later in ids and book["huawei_fri"] in ids
    assert page.week_label.text() == "All upcoming"
    assert not page.previous_button.isEnabled()
    with qtbot.waitSignal(page.visits_shown):
        page.set_view_mode("week")  # the week view always shows a week
    assert page.previous_button.isEnabled()
    assert len(page.week_view.visit_ids()) == 4


def test_the_list_model_passes_the_model_tester(qtmodeltester, book, store) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.services.visits import visits_between

    with store.reading() as session:
        visits = visits_between(session, at(0, 0), at(7, 0))
    model = VisitListModel()
    qtmodeltester.check(model)
    model.set_visits(visits, SHANGHAI)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.index(0, COLUMNS.index("time")).data() == "14:00–15:00"
    tooltip = model.index(1, COLUMNS.index("time")).data(Qt.ItemDataRole.ToolTipRole)
    assert "华为技术有限公司" in tooltip


def test_today_lists_today_s_visits(qtbot, data_context, book, wait_idle) -> None:  # type: ignore[no-untyped-def]
    today = TodayVisits()
    qtbot.addWidget(today)
    today.show()
    with qtbot.waitSignal(today.loaded) as loaded:
        today.load(data_context, "Asia/Shanghai", now=at(3, 8))
    assert loaded.args == [2]
    model = today.model
    assert [model.index(r, COLUMNS.index("account")).data() for r in range(2)] == [
        "比亚迪",
        "华为技术有限公司",
    ]
    assert today.stack.currentWidget() is today.table
    with qtbot.waitSignal(today.visit_open_requested) as opened:
        today.table.activated.emit(model.index(1, COLUMNS.index("account")))
    assert opened.args == [book["huawei_thu"]]
    with qtbot.waitSignal(today.loaded) as loaded:
        today.load(data_context, "Asia/Shanghai", now=at(2, 8))  # Wednesday: none
    assert loaded.args == [0]
    assert today.stack.currentWidget() is today.empty
    assert "No visits today" in today.empty.text()
    wait_idle()


def test_the_page_reloads_when_the_data_changes(
    qtbot, data_context, store, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, data_context, wait_idle)
    with store.unit_of_work() as session:
        plan_visit(session, VisitPlan(book["huawei"], (book["zhang"],), at(5, 10)), now=NOW)
    with qtbot.waitSignal(page.visits_shown):
        data_context.data_changed.emit()
    assert len(page.week_view.visit_ids()) == 5
    assert datetime.now(UTC)  # the page read on the worker, not on this thread


# -- in the window ------------------------------------------------------------------------


@pytest.fixture
def byd(store):  # type: ignore[no-untyped-def]
    """One account with two contacts."""
    with store.unit_of_work() as session:
        account = create_account(session, AccountInput(name="比亚迪", address="深圳市坪山区")).ids[
            0
        ]
        wang = create_contact(session, account, ContactInput(name="王芳")).ids[0]
        create_contact(session, account, ContactInput(name="李娜"))
    return {"account": account, "wang": wang}


def _plan_dialog(window):  # type: ignore[no-untyped-def]
    from kamdesk.ui.visit_plan_dialog import VisitPlanDialog

    dialogs = [d for d in window.findChildren(VisitPlanDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_a_visit_planned_in_the_window_shows_in_the_week_the_list_and_today(
    qtbot, main_window, byd, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, QDateTime, QTime

    window = main_window
    window.show_page("visits")
    page = window.visits_page
    qtbot.waitUntil(lambda: page.visits is not None)
    assert page.stack.currentWidget() is page.empty_state  # nothing planned yet
    window.new_visit_action.trigger()  # Ctrl+Shift+V
    dialog = _plan_dialog(window)
    dialog.choose_account(byd["account"])
    qtbot.waitUntil(lambda: dialog.attendees.count() == 2)
    today = datetime.now(UTC).astimezone(ZoneInfo(window.settings.timezone)).date()
    dialog.start_edit.setDateTime(
        QDateTime(QDate(today.year, today.month, today.day), QTime(0, 30))
    )
    dialog.accept()  # nobody ticked: refused at the field
    assert dialog.errors.error("contact_ids")
    dialog.set_checked([byd["wang"]])
    with qtbot.waitSignal(page.visits_shown):
        dialog.accept()
    assert page.stack.currentWidget() is page.views
    [visit_id] = page.week_view.visit_ids()
    assert "比亚迪" in page.week_view.tooltip_for(visit_id)
    assert "00:30–01:30" in page.week_view.tooltip_for(visit_id)
    page.list_button.click()
    assert page.model.rowCount() == 1
    assert page.model.index(0, COLUMNS.index("place")).data() == "深圳市坪山区"
    assert window.window_state()["visits/view"] == "list"
    window.show_page("today")
    today_page = window.today_page
    qtbot.waitUntil(lambda: today_page.visits_count == 1)
    assert today_page.visits_title.text() == "Visits today (1)"
    model = today_page.visits_view.model
    assert model.index(0, COLUMNS.index("attendees")).data() == "王芳"
    wait_idle()


def test_the_week_or_list_choice_is_remembered(qtbot, data_context, wait_idle) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.main_window import MainWindow

    window = MainWindow(data_context, Settings(ui_state={"visits/view": "list"}))
    qtbot.addWidget(window)
    assert window.visits_page.view_mode == "list"
    assert window.visits_page.list_button.isChecked()
    window.visits_page.week_button.click()
    assert window.window_state()["visits/view"] == "week"
    wait_idle()


def test_a_visit_is_deleted_with_del_and_back_with_undo(
    qtbot, main_window, modals, store, byd, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    zone = ZoneInfo(main_window.settings.timezone)
    start = datetime.now(UTC).astimezone(zone).replace(hour=15, minute=0, second=0, microsecond=0)
    with store.unit_of_work() as session:
        visit_id = plan_visit(session, VisitPlan(byd["account"], (byd["wang"],), start)).visit_id
    window = main_window
    page = window.visits_page
    with qtbot.waitSignal(page.visits_shown):
        window.show_page("visits")
    week = page.week_view
    week.setFocus()
    qtbot.waitUntil(week.hasFocus)
    assert week.current_visit_id == visit_id
    with qtbot.waitSignal(page.visits_shown):
        qtbot.keyClick(week, Qt.Key.Key_Delete)
    assert "Delete the visit" in modals.texts("confirm")[-1]
    assert "比亚迪" in modals.texts("confirm")[-1]
    assert page.week_view.visit_ids() == []
    assert page.stack.currentWidget() is page.empty_state
    assert window.undo_action.isEnabled()
    assert "比亚迪" in window.undo_action.text()
    with qtbot.waitSignal(page.visits_shown):
        window.undo_action.trigger()  # Ctrl+Z
    assert page.week_view.visit_ids() == [visit_id]
    assert window.current_page == "visits"  # the visit comes back where it was shown
    # Declined: nothing is deleted.
    modals.confirm_answer = False
    week.set_current(visit_id)
    qtbot.keyClick(week, Qt.Key.Key_Delete)
    wait_idle()
    assert page.week_view.visit_ids() == [visit_id]


def test_opening_a_visit_opens_its_report_editor(qtbot, main_window, store, byd, wait_idle) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.visit_editor import open_editors

    zone = ZoneInfo(main_window.settings.timezone)
    start = datetime.now(UTC).astimezone(zone).replace(hour=9, minute=0, second=0, microsecond=0)
    with store.unit_of_work() as session:
        visit_id = plan_visit(session, VisitPlan(byd["account"], (byd["wang"],), start)).visit_id
    page = main_window.visits_page
    with qtbot.waitSignal(page.visits_shown):
        main_window.show_page("visits")
    page.week_view.setFocus()
    qtbot.waitUntil(page.week_view.hasFocus)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Return)
    editors = [e for e in open_editors() if e.visit_id == visit_id]
    assert len(editors) == 1
    wait_idle()
    editors[0].close()
    wait_idle()


def test_plan_visit_from_the_account_detail_presets_the_account(
    qtbot, main_window, byd, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    main_window.accounts_page.detail.plan_visit_requested.emit(byd["account"])
    dialog = _plan_dialog(main_window)
    qtbot.waitUntil(lambda: dialog.attendees.count() == 2)
    assert dialog.account_id == byd["account"]
    assert dialog.account_edit.text() == "比亚迪"
    assert dialog.place_edit.text() == "深圳市坪山区"
    dialog.reject()
    wait_idle()


def test_edit_plan_from_the_visits_page_changes_the_visit_shown(
    qtbot, main_window, store, byd, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    zone = ZoneInfo(main_window.settings.timezone)
    start = datetime.now(UTC).astimezone(zone).replace(hour=11, minute=0, second=0, microsecond=0)
    with store.unit_of_work() as session:
        visit_id = plan_visit(session, VisitPlan(byd["account"], (byd["wang"],), start)).visit_id
    page = main_window.visits_page
    with qtbot.waitSignal(page.visits_shown):
        main_window.show_page("visits")
    page.edit_plan_requested.emit(visit_id)  # the context menu's Edit plan…
    dialog = _plan_dialog(main_window)
    qtbot.waitUntil(lambda: dialog.checked_contacts() == [byd["wang"]])
    dialog.place_edit.setText("比亚迪总部 3 号会议室")
    with qtbot.waitSignal(page.visits_shown):
        dialog.accept()
    assert "比亚迪总部 3 号会议室" in page.week_view.tooltip_for(visit_id)
    assert main_window.statusBar().currentMessage() == "Visit saved."

"""The plan-visit dialog: the account by search, attendees, time, overlaps, saving, editing."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.visits import VisitPlan, plan_visit, visit_detail, visits_between
from kamdesk.settings import Settings
from kamdesk.ui.visit_plan_dialog import CONTACT_ID_ROLE, VisitPlanDialog

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=SHANGHAI)


@pytest.fixture
def book(store):  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        byd = create_account(
            session, AccountInput(name="比亚迪股份有限公司", address="深圳市坪山区比亚迪路3009号")
        ).ids[0]
        huawei = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        wang = create_contact(session, byd, ContactInput(name="王芳", title="采购经理")).ids[0]
        li = create_contact(session, byd, ContactInput(name="李娜", title="技术总监")).ids[0]
        zhang = create_contact(session, huawei, ContactInput(name="张伟")).ids[0]
        huawei_visit = plan_visit(
            session,
            VisitPlan(huawei, (zhang,), NOW + timedelta(days=1, hours=1), scenario="referral"),
        ).visit_id
    return {
        "byd": byd,
        "huawei": huawei,
        "wang": wang,
        "li": li,
        "zhang": zhang,
        "visit": huawei_visit,
    }


def make_dialog(qtbot, data_context, **kwargs):  # type: ignore[no-untyped-def]
    dialog = VisitPlanDialog(data_context, Settings(), now=NOW, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        dialog.show()
    return dialog


def set_start(dialog: VisitPlanDialog, moment: datetime) -> None:
    local = moment.astimezone(SHANGHAI)
    dialog.start_edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )


def type_chinese(edit: QLineEdit, text: str) -> None:
    """Types ``text`` as an input method commits it (QTest types only what a key makes)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def tick(dialog: VisitPlanDialog, contact_id: str) -> None:
    for row in range(dialog.attendees.count()):
        item = dialog.attendees.item(row)
        if item.data(CONTACT_ID_ROLE) == contact_id:
            item.setCheckState(Qt.CheckState.Checked)


def test_a_visit_is_planned_with_an_account_found_by_typing(
    qtbot, data_context, store, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, data_context)
    assert dialog.start_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-26 10:00"
    assert dialog.end_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-26 11:00"
    assert dialog.attendees.count() == 0
    dialog.account_edit.setFocus()
    with qtbot.waitSignal(dialog.suggestions_shown):
        type_chinese(dialog.account_edit, "比亚")
    assert dialog.suggestions.rowCount() == 1
    assert dialog.account_id is None
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(dialog.completer.completionModel().index(0, 0))
    with qtbot.waitSignal(dialog.loaded):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.account_id == book["byd"]
    assert dialog.account_edit.text() == "比亚迪股份有限公司"
    assert dialog.place_edit.text() == "深圳市坪山区比亚迪路3009号"  # the account's address
    names = [dialog.attendees.item(row).text() for row in range(dialog.attendees.count())]
    assert sorted(names) == ["李娜 · 技术总监", "王芳 · 采购经理"]
    tick(dialog, book["li"])
    set_start(dialog, NOW + timedelta(days=2, hours=5))  # Saturday 14:00
    # The end moves with the start.
    assert dialog.end_edit.dateTime().toString("HH:mm") == "15:00"
    dialog.scenario_combo.setCurrentIndex(dialog.scenario_combo.findData("cold_visit"))
    dialog.objectives_edit.setPlainText("介绍新产品线")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.accept()
    visit_id = saved.args[0].visit_id
    assert dialog.visit_id == visit_id
    wait_idle()
    with store.reading() as session:
        detail = visit_detail(session, visit_id)
    assert detail.account_id == book["byd"]
    assert [a.contact_id for a in detail.attendees] == [book["li"]]
    assert detail.start == NOW + timedelta(days=2, hours=5)
    assert detail.end == NOW + timedelta(days=2, hours=6)
    assert detail.place == "深圳市坪山区比亚迪路3009号"
    assert detail.scenario == "cold_visit"
    assert detail.objectives == "介绍新产品线"
    assert detail.status == "planned"


def test_a_wrong_field_says_so_under_it_and_nothing_is_written(
    qtbot, data_context, store, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, data_context, account_id=book["byd"])
    assert dialog.account_id == book["byd"]
    assert dialog.attendees.count() == 2
    dialog.accept()  # nobody ticked
    assert dialog.errors.error("contact_ids") == "Choose at least one attendee."
    assert dialog.errors.error("account_id") == ""
    assert dialog.isVisible()
    tick(dialog, book["wang"])
    dialog.end_edit.setDateTime(dialog.start_edit.dateTime().addSecs(-3600))
    dialog.errors.check_now()
    assert dialog.errors.error("contact_ids") == ""
    assert dialog.errors.error("end") == "The visit must end after it starts."
    dialog.accept()
    assert dialog.isVisible()
    # A name typed but not picked from the matches is not an account yet.
    dialog.account_edit.setFocus()
    qtbot.keyClicks(dialog.account_edit, "x")
    dialog.errors.check_now()
    assert dialog.account_id is None
    assert dialog.errors.error("account_id") == "Pick the account from the list of matches."
    assert dialog.attendees.count() == 0
    wait_idle()
    with store.reading() as session:
        visits = visits_between(session, NOW - timedelta(days=30), NOW + timedelta(days=30))
    assert [v.id for v in visits] == [book["visit"]]


def test_overlapping_visits_are_shown_under_the_time_as_a_warning(
    qtbot, data_context, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, data_context, account_id=book["byd"])
    tick(dialog, book["wang"])
    wait_idle()
    assert dialog.overlap_label.isHidden()
    with qtbot.waitSignal(dialog.overlaps_checked):
        set_start(dialog, NOW + timedelta(days=1, hours=1, minutes=30))  # Friday 10:30
    assert not dialog.overlap_label.isHidden()
    assert dialog.overlap_label.text() == "⚠ Overlaps 10:00–11:00 华为技术有限公司 (Referral)"
    assert [v.id for v in dialog.overlaps] == [book["visit"]]
    with qtbot.waitSignal(dialog.overlaps_checked):
        set_start(dialog, NOW + timedelta(days=1, hours=3))  # Friday 12:00: free
    assert dialog.overlap_label.isHidden()
    # A warning, not a refusal: it saves at the same time as the other visit.
    with qtbot.waitSignal(dialog.overlaps_checked):
        set_start(dialog, NOW + timedelta(days=1, hours=1))
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    wait_idle()


def test_a_visit_s_plan_is_edited_in_the_same_dialog(
    qtbot, data_context, store, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, data_context, visit_id=book["visit"])
    assert dialog.windowTitle() == "Edit the visit plan"
    assert dialog.account_edit.text() == "华为技术有限公司"
    assert dialog.checked_contacts() == [book["zhang"]]
    assert dialog.start_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-27 10:00"
    assert dialog.end_edit.dateTime().toString("HH:mm") == "11:00"
    assert dialog.scenario_combo.currentData() == "referral"
    wait_idle()
    assert dialog.overlap_label.isHidden()  # the visit does not overlap itself
    dialog.place_edit.setText("华为坂田基地 F区")
    dialog.end_edit.setDateTime(dialog.end_edit.dateTime().addSecs(1800))
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.accept()
    assert saved.args[0].fields == frozenset({"place", "end"})
    wait_idle()
    with store.reading() as session:
        detail = visit_detail(session, book["visit"])
    assert detail.place == "华为坂田基地 F区"
    assert detail.end == NOW + timedelta(days=1, hours=2, minutes=30)


def test_the_service_s_refusal_goes_to_its_field(
    qtbot, data_context, store, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, data_context, account_id=book["byd"])
    tick(dialog, book["wang"])
    with store.unit_of_work() as session:  # deleted meanwhile, elsewhere
        from kamdesk.services.contacts import delete_contact

        delete_contact(session, book["wang"])
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.errors.error("contact_ids") != "")
    assert "does not exist or was deleted" in dialog.errors.error("contact_ids")
    assert dialog.isVisible()
    wait_idle()


def test_the_account_is_found_by_its_pinyin_initials_with_the_keyboard(
    qtbot, data_context, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, data_context)
    dialog.account_edit.setFocus()
    with qtbot.waitSignal(dialog.suggestions_shown):
        qtbot.keyClicks(dialog.account_edit, "byd")
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.loaded):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.account_id == book["byd"]
    assert dialog.attendees.count() == 2
    wait_idle()


def test_editing_a_plan_from_the_visit_editor_tells_the_pages(
    qtbot, data_context, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.visit_plan_dialog import edit_visit_plan

    dialog = edit_visit_plan(None, data_context, book["visit"], Settings())  # deleted on close
    qtbot.waitUntil(lambda: dialog.checked_contacts() == [book["zhang"]])
    dialog.objectives_edit.setPlainText("回访")
    with qtbot.waitSignal(data_context.data_changed):
        dialog.accept()
    wait_idle()


def test_the_account_field_says_when_nothing_matches_and_while_search_is_prepared(
    qtbot, data_context, store, book, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    """After a first download the search index is built in the background: the
    picker says that some clients may be missing, as the Accounts page does."""
    from kamdesk.models import search_index

    with store.unit_of_work() as session:
        connection = session.connection()
        search_index.restart_pending(connection)  # as a first download leaves it
        search_index.build_step(connection, batch=1)  # 比亚迪 is in, 华为 is not yet
    dialog = make_dialog(qtbot, data_context)
    assert dialog.account_note.isHidden()
    dialog.account_edit.setFocus()
    with qtbot.waitSignal(dialog.suggestions_shown):
        type_chinese(dialog.account_edit, "华为")
    assert dialog.suggestions.rowCount() == 0
    assert dialog.account_note.text() == (
        "No account matches “华为”.\nSearch 20% ready: some clients may be missing."
    )
    assert dialog.account_note.isVisible()
    dialog.account_edit.clear()
    with qtbot.waitSignal(dialog.suggestions_shown):
        type_chinese(dialog.account_edit, "比亚")
    assert dialog.suggestions.rowCount() == 1
    assert dialog.account_note.text() == "Search 20% ready: some clients may be missing."

    with store.unit_of_work() as session:
        while (step := search_index.build_step(session.connection())) and not step.finished:
            pass
    dialog.account_edit.clear()
    with qtbot.waitSignal(dialog.suggestions_shown):
        type_chinese(dialog.account_edit, "华为")
    assert dialog.suggestions.rowCount() == 1
    assert dialog.account_note.isHidden()
    dialog.account_edit.clear()
    with qtbot.waitSignal(dialog.suggestions_shown):
        type_chinese(dialog.account_edit, "腾讯")
    assert dialog.account_note.text() == "No account matches “腾讯”."
    with qtbot.waitSignal(dialog.suggestions_shown):
        dialog.account_edit.clear()
        dialog.account_edit.textEdited.emit("")
    assert dialog.account_note.isHidden()

"""The visit report editor: typed right after the meeting, by keyboard, saved as it is typed."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kamdesk.models import Task, Visit
from kamdesk.services import visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.visits import VisitPlan
from kamdesk.ui.visit_editor import VisitEditor, open_editors, open_visit_editor

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def visit(store):  # type: ignore[no-untyped-def]
    """A visit to 华为 with 李娜 this afternoon, and an open promise from a visit before it."""
    now = datetime.now(SHANGHAI).replace(second=0, microsecond=0)
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        li = create_contact(session, account_id, ContactInput(name="李娜", title="采购经理")).ids[0]
        earlier = visits.plan_visit(
            session,
            VisitPlan(account_id, (li,), now - timedelta(days=10), scenario="cold_visit"),
            now=now - timedelta(days=11),
        ).visit_id
        earlier_promise = visits.add_promise(
            session, earlier, "发送产品手册", now - timedelta(days=2)
        ).task_id
        visit_id = visits.plan_visit(
            session,
            VisitPlan(account_id, (li,), now + timedelta(hours=1), place="坂田基地 F1"),
            now=now,
        ).visit_id
    return {"visit": visit_id, "earlier_promise": earlier_promise, "account": account_id}


def _editor(qtbot, data_context, visit_id) -> VisitEditor:  # type: ignore[no-untyped-def]
    editor = VisitEditor(data_context, visit_id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=5_000):
        editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


def commit_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Types ``text`` as an input method commits it (how Chinese is typed; QTest sends Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _stored(store, visit_id):  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return visits.visit_detail(session, visit_id, "en")


def test_a_report_typed_by_keyboard_is_stored(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit, wait_idle
) -> None:
    editor = _editor(qtbot, data_context, visit["visit"])
    assert editor.account_label.text() == "华为技术有限公司"
    assert "坂田基地 F1" in editor.when_label.text()
    assert "李娜" in editor.attendees_label.text()
    assert editor.status() == "planned"
    # The notes have the focus: the rep types at once.
    assert QApplication.focusWidget() is editor.text_edits["notes"]

    with qtbot.waitSignal(editor.saved, timeout=5_000):
        commit_text(editor.text_edits["notes"], "谈了明年的预算")
        qtbot.keyClicks(editor.text_edits["notes"], " & <b>plans</b>")
    assert editor.save_state_label.text().startswith("Saved ")
    # Tab goes to the next field.
    qtbot.keyClick(editor.text_edits["notes"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.text_edits["needs_found"]
    qtbot.keyClicks(editor.text_edits["needs_found"], "mobile entry")

    # Ctrl+6 jumps to the stars, where 4 rates the meeting.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is editor.stars
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        qtbot.keyClick(editor.stars, Qt.Key.Key_4)
    assert editor.stars.rating() == 4

    # Ctrl+8: the checklist; Space ticks its current item.
    qtbot.keyClick(editor.stars, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is editor.checklist
    first = editor.checklist.item(0)
    editor.checklist.setCurrentItem(first)
    with qtbot.waitSignal(editor.visit_saved, timeout=5_000):
        qtbot.keyClick(editor.checklist, Qt.Key.Key_Space)
    assert first.checkState() == Qt.CheckState.Checked

    # Ctrl+7: a promise, its title then Enter.
    qtbot.keyClick(editor.checklist, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is editor.promise_title_edit
    due = QDate.currentDate().addDays(5)
    editor.promise_due_edit.setDate(due)
    commit_text(editor.promise_title_edit, "周二前发送方案")
    with qtbot.waitSignal(editor.visit_saved, timeout=5_000):
        qtbot.keyClick(editor.promise_title_edit, Qt.Key.Key_Return)
    wait_idle()
    assert editor.promise_tree.topLevelItemCount() == 1
    assert editor.promise_title_edit.text() == ""

    # Ctrl+D: done.
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        qtbot.keyClick(editor.promise_title_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    wait_idle()

    detail = _stored(store, visit["visit"])
    assert detail.notes == "谈了明年的预算 & <b>plans</b>"
    assert detail.needs_found == "mobile entry"
    assert detail.satisfaction == 4
    assert detail.status == "done"
    assert detail.checklist[0].ticked
    assert not any(item.ticked for item in detail.checklist[1:])
    (promise,) = detail.promises
    assert promise.title == "周二前发送方案"
    assert not promise.done
    zone = editor.settings.timezone
    assert promise.due.astimezone(ZoneInfo(zone)).date().isoformat() == due.toString("yyyy-MM-dd")
    with store.reading() as session:
        task = session.get(Task, promise.task_id)
        assert task.kind == "promise" and task.visit_id == visit["visit"]
        assert task.account_id == visit["account"]


def test_earlier_promises_are_shown_and_can_be_ticked_off(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit, wait_idle
) -> None:
    editor = _editor(qtbot, data_context, visit["visit"])
    assert editor.earlier_section.isVisibleTo(editor)
    assert editor.earlier_list.count() == 1
    item = editor.earlier_list.item(0)
    assert "发送产品手册" in item.text()
    with qtbot.waitSignal(editor.visit_saved, timeout=5_000):
        item.setCheckState(Qt.CheckState.Checked)
    wait_idle()
    with store.reading() as session:
        assert session.get(Task, visit["earlier_promise"]).done


def test_a_promise_is_edited_marked_done_and_removed(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit, wait_idle
) -> None:
    editor = _editor(qtbot, data_context, visit["visit"])
    editor.promise_title_edit.setText("寄样品")
    with qtbot.waitSignal(editor.visit_saved, timeout=5_000):
        qtbot.mouseClick(editor.add_promise_button, Qt.MouseButton.LeftButton)
    wait_idle()
    item = editor.promise_tree.topLevelItem(0)
    with qtbot.waitSignal(editor.visit_saved, timeout=5_000):
        item.setText(0, "寄两份样品")
    wait_idle()
    item = editor.promise_tree.topLevelItem(0)
    with qtbot.waitSignal(editor.visit_saved, timeout=5_000):
        item.setCheckState(0, Qt.CheckState.Checked)
    wait_idle()
    (promise,) = _stored(store, visit["visit"]).promises
    assert (promise.title, promise.done) == ("寄两份样品", True)

    editor.promise_tree.setCurrentItem(editor.promise_tree.topLevelItem(0))
    with qtbot.waitSignal(editor.visit_saved, timeout=5_000):
        qtbot.keyClick(editor.promise_tree, Qt.Key.Key_Delete)
    wait_idle()
    assert editor.promise_tree.topLevelItemCount() == 0
    assert _stored(store, visit["visit"]).promises == ()
    with store.reading() as session:
        assert session.scalars(select(Task).where(Task.id == promise.task_id)).one().deleted


def test_an_empty_promise_is_refused_with_a_message(  # type: ignore[no-untyped-def]
    qtbot, data_context, visit
) -> None:
    editor = _editor(qtbot, data_context, visit["visit"])
    qtbot.keyClick(editor.promise_title_edit, Qt.Key.Key_Return)
    assert editor.promise_error.isVisibleTo(editor)
    assert editor.promise_error.text() == "Say what you promised."


def test_satisfaction_keys_and_clearing(qtbot, data_context, store, visit, wait_idle) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, data_context, visit["visit"])
    editor.stars.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        qtbot.keyClick(editor.stars, Qt.Key.Key_5)
    qtbot.keyClick(editor.stars, Qt.Key.Key_Left)
    assert editor.stars.rating() == 4
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        qtbot.keyClick(editor.stars, Qt.Key.Key_0)
    wait_idle()
    assert editor.stars.rating() is None
    assert _stored(store, visit["visit"]).satisfaction is None


def test_ctrl_tab_walks_the_sections(qtbot, data_context, visit) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, data_context, visit["visit"])
    assert editor.current_section() == 1
    editor.jump_by(1)
    assert QApplication.focusWidget() is editor.text_edits["needs_found"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is editor.text_edits["objections"]
    editor.jump_to(1)
    editor.jump_by(-1)
    # Backwards from the first section: the last one (earlier promises).
    assert QApplication.focusWidget() is editor.earlier_list


def test_opening_a_visit_twice_raises_the_same_window(  # type: ignore[no-untyped-def]
    qtbot, data_context, visit
) -> None:
    first = open_visit_editor(None, data_context, visit["visit"])
    qtbot.addWidget(first)
    second = open_visit_editor(None, data_context, visit["visit"])
    assert second is first
    assert open_editors() == [first]
    with qtbot.waitSignal(first.loaded, timeout=5_000):
        pass
    first.close()
    assert open_editors() == []


def test_a_failed_save_keeps_the_text_and_retries(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit, wait_idle, monkeypatch
) -> None:
    editor = _editor(qtbot, data_context, visit["visit"])
    real = visits.save_report
    failing = {"on": True}

    def save_report(session, visit_id, changes):  # type: ignore[no-untyped-def]
        if failing["on"]:
            raise OSError(28, "No space left on device")
        return real(session, visit_id, changes)

    monkeypatch.setattr(visits, "save_report", save_report)
    with qtbot.waitSignal(editor.save_failed, timeout=5_000) as failed:
        commit_text(editor.text_edits["notes"], "客户要一份报价")
    assert "No space left on device" in failed.args[0]
    assert editor.save_state == "failed"
    assert editor.error_banner.isVisibleTo(editor)
    assert "No space left on device" in editor.error_label.text()
    assert editor.text_edits["notes"].toPlainText() == "客户要一份报价"
    assert editor.has_unsaved_changes

    failing["on"] = False
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        qtbot.mouseClick(editor.retry_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert not editor.error_banner.isVisibleTo(editor)
    assert _stored(store, visit["visit"]).notes == "客户要一份报价"


def test_closing_with_a_failed_save_asks_first(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit, wait_idle, monkeypatch, modals
) -> None:
    editor = _editor(qtbot, data_context, visit["visit"])

    def save_report(session, visit_id, changes):  # type: ignore[no-untyped-def]
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(visits, "save_report", save_report)
    commit_text(editor.text_edits["notes"], "要报价")
    modals.confirm_answer = False
    editor.close()
    assert editor.isVisible()
    assert modals.texts("confirm") and "Permission denied" in modals.texts("confirm")[0]
    assert editor.text_edits["notes"].toPlainText() == "要报价"
    modals.confirm_answer = True
    editor.close()
    assert not editor.isVisible()
    wait_idle()
    with store.reading() as session:
        assert session.get(Visit, visit["visit"]).notes == ""


def test_edit_plan_changes_the_header(qtbot, data_context, visit, wait_idle) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, data_context, visit["visit"])
    qtbot.mouseClick(editor.edit_plan_button, Qt.MouseButton.LeftButton)
    dialog = editor._plan_dialog
    assert dialog is not None  # deletes itself on close
    qtbot.waitUntil(lambda: dialog.place_edit.text() == "坂田基地 F1", timeout=5_000)
    wait_idle()
    dialog.place_edit.setText("Bantian F2")
    with qtbot.waitSignal(editor.loaded, timeout=5_000):
        dialog.accept()
    assert "Bantian F2" in editor.when_label.text()


def test_ctrl_p_previews_the_report_with_what_was_just_typed(  # type: ignore[no-untyped-def]
    qtbot, data_context, visit, wait_idle
) -> None:
    import io

    from pypdf import PdfReader

    from kamdesk.ui.report_export import ReportPreviewDialog

    editor = _editor(qtbot, data_context, visit["visit"])
    qtbot.keyClicks(editor.text_edits["notes"], "Demo agreed for Tuesday")
    assert editor.save_state == "pending"  # not saved yet: Ctrl+P saves first
    qtbot.keyClick(editor.text_edits["notes"], Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (preview,) = editor.findChildren(ReportPreviewDialog)
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        pass
    wait_idle()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Demo agreed for Tuesday" in text
    assert "华为技术有限公司" in text
    preview.close()


def test_text_typed_while_a_save_is_on_its_way_is_saved_after_it(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit, wait_idle, monkeypatch
) -> None:
    editor = _editor(qtbot, data_context, visit["visit"])
    sent: list[dict] = []
    real = visits.save_report

    def save_report(session, visit_id, changes):  # type: ignore[no-untyped-def]
        sent.append(dict(changes))
        return real(session, visit_id, changes)

    monkeypatch.setattr(visits, "save_report", save_report)
    qtbot.keyClicks(editor.text_edits["notes"], "first")
    editor.save_now()
    assert editor.save_state == "saving"
    qtbot.keyClicks(editor.text_edits["notes"], " second")
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.save_now()  # the pause ends (or the rep leaves the field)
    wait_idle()
    assert sent == [{"notes": "first"}, {"notes": "first second"}]
    assert _stored(store, visit["visit"]).notes == "first second"


def test_a_reload_keeps_what_is_not_saved_yet(qtbot, data_context, store, visit, wait_idle) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, data_context, visit["visit"])
    with store.unit_of_work() as session:
        visits.save_report(session, visit["visit"], {"outcome": "agreed on a trial"})
    qtbot.keyClicks(editor.text_edits["notes"], "typing")
    with qtbot.waitSignal(editor.loaded, timeout=5_000):
        data_context.data_changed.emit()  # something else changed the store
    assert editor.text_edits["notes"].toPlainText() == "typing"
    assert editor.text_edits["outcome"].toPlainText() == "agreed on a trial"
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        pass
    wait_idle()
    detail = _stored(store, visit["visit"])
    assert (detail.notes, detail.outcome) == ("typing", "agreed on a trial")

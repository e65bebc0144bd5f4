"""The guided phone invitation: the three steps to an appointment, refusals at their field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from sqlalchemy import select

from kamdesk.models import Call, Task, Visit
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.settings import Settings
from kamdesk.ui.call_dialog import CallDialog, open_call_dialog
from kamdesk.ui.timeline import TimelineWidget

REP = Settings(rep_name="张伟", company="深圳云启科技", offer="销售管理软件")


@pytest.fixture
def contact(store):  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        account_id = create_account(
            session,
            AccountInput(name="华为技术有限公司", industry="通信", address="深圳市龙岗区坂田"),
        ).ids[0]
        reference = create_account(
            session, AccountInput(name="中兴通讯股份有限公司", industry="通信", tier="A")
        ).ids[0]
        session.add(
            Visit(
                account_id=reference,
                start=datetime.now(UTC) - timedelta(days=20),
                status="done",
                satisfaction=5,
                outcome="交付周期缩短了三成",
            )
        )
        contact_id = create_contact(
            session,
            account_id,
            ContactInput(name="李娜", title="采购经理", phones="13800138000"),
        ).ids[0]
    return account_id, contact_id


def _dialog(qtbot, data_context, contact_id, settings=REP) -> CallDialog:  # type: ignore[no-untyped-def]
    dialog = CallDialog(contact_id, data_context, settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5_000):
        dialog.show()
    return dialog


def test_from_the_first_step_to_an_appointment_that_is_a_planned_visit(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, contact, wait_idle
) -> None:
    account_id, contact_id = contact
    dialog = _dialog(qtbot, data_context, contact_id)
    assert dialog.step == 0
    assert "张伟" in dialog.script_labels[0].text()
    assert "深圳云启科技" in dialog.script_labels[0].text()
    assert "中兴通讯" in dialog.script_labels[1].text()
    assert "交付周期缩短了三成" in dialog.script_labels[1].text()
    assert "13800138000" in dialog.phones_label.text().replace(" ", "")
    assert not dialog.save_button.isEnabled()

    qtbot.keyClicks(dialog.notes_edits["introduce"], "reception put me through")
    qtbot.keyClick(dialog, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert dialog.step == 1
    qtbot.keyClicks(dialog.notes_edits["benefit"], "asked about the ZTE case")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step == 2
    qtbot.keyClicks(dialog.notes_edits["appointment"], "Tuesday suits her")

    qtbot.mouseClick(dialog.outcome_buttons["appointment"], Qt.MouseButton.LeftButton)
    day = QDate.currentDate().addDays(3)
    dialog.visit_start_edit.setDateTime(QDateTime(day, QTime(14, 30)))
    dialog.place_edit.clear()
    qtbot.keyClicks(dialog.place_edit, "Bantian F1")
    assert dialog.person_combo.currentData() == contact_id

    with qtbot.waitSignal(dialog.call_logged, timeout=5_000) as logged:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    result = logged.args[0]
    with store.reading() as session:
        call = session.get(Call, result.call_id)
        visit = session.get(Visit, call.visit_id)
        assert call.outcome == "appointment"
        assert call.script_id == "phone_invitation" and call.script_version == "2"
        assert call.step_notes == {
            "introduce": "reception put me through",
            "benefit": "asked about the ZTE case",
            "appointment": "Tuesday suits her",
        }
        assert visit.status == "planned" and visit.account_id == account_id
        assert visit.contact_ids == [contact_id]
        assert visit.place == "Bantian F1"
        local = visit.start.astimezone(ZoneInfo(REP.timezone))
        assert (local.date().isoformat(), local.hour, local.minute) == (
            day.toString("yyyy-MM-dd"),
            14,
            30,
        )
    assert not dialog.isVisible()


def test_not_interested_without_a_reason_is_refused_at_the_field(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, contact
) -> None:
    _account_id, contact_id = contact
    dialog = _dialog(qtbot, data_context, contact_id)
    dialog.go_to_step(2)
    qtbot.mouseClick(dialog.outcome_buttons["refused"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.error("reason") == "say why they are not interested"
    assert dialog.reason_edit.property("invalid")
    assert dialog.isVisible()
    with store.reading() as session:
        assert session.scalars(select(Call)).all() == []


def test_no_answer_plans_a_retry_and_the_timeline_shows_the_call(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, contact, wait_idle
) -> None:
    _account_id, contact_id = contact
    dialog = _dialog(qtbot, data_context, contact_id)
    qtbot.mouseClick(dialog.no_answer_button, Qt.MouseButton.LeftButton)
    assert dialog.step == 2 and dialog.outcome == "no_answer"
    with qtbot.waitSignal(dialog.call_logged, timeout=5_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with store.reading() as session:
        task = session.scalars(select(Task)).one()
        assert task.kind == "retry" and task.contact_id == contact_id
    timeline = TimelineWidget(data_context, REP.timezone)
    qtbot.addWidget(timeline)
    with qtbot.waitSignal(timeline.loaded, timeout=5_000):
        timeline.show_contact(contact_id)
    assert [e.kind for e in timeline.entries] == ["call"]
    assert timeline.tree.topLevelItem(0).text(1).startswith("Call: No answer")
    wait_idle()


def test_missing_profile_is_pointed_out(qtbot, data_context, contact) -> None:  # type: ignore[no-untyped-def]
    _account_id, contact_id = contact
    dialog = _dialog(qtbot, data_context, contact_id, Settings())
    assert dialog.profile_warning.isVisible()
    assert "your name" in dialog.profile_warning.text()
    assert "{rep_name}" in dialog.script_labels[0].text()


def test_template_editor_refuses_an_unknown_placeholder(  # type: ignore[no-untyped-def]
    qtbot, data_context, contact, data_paths, wait_idle
) -> None:
    from kamdesk.services.phone_script import edited_path

    _account_id, contact_id = contact
    dialog = _dialog(qtbot, data_context, contact_id)
    editor = dialog.edit_templates()
    assert editor is not None
    edit = editor.edits[("en", "benefit")]
    edit.setPlainText("We helped {reference_customer} and {wechat_id}.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    message = editor.errors.error("en.benefit")
    assert message.startswith("unknown placeholder {wechat_id}")
    assert editor.tabs.currentIndex() == 1
    assert not edited_path(data_paths).exists()

    edit.setPlainText("We helped {reference_customer}: {reference_result}.")
    with qtbot.waitSignal(editor.templates_saved, timeout=5_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert dialog.script_version == "2-r1"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.script_labels[1].text().startswith("We helped 中兴通讯")
    wait_idle()


def test_open_call_dialog_opens_it_window_modal(qtbot, data_context, contact) -> None:  # type: ignore[no-untyped-def]
    _account_id, contact_id = contact
    dialog = open_call_dialog(None, data_context, REP, contact_id)
    qtbot.waitUntil(lambda: dialog._context is not None, timeout=5_000)
    assert dialog.isVisible() and dialog.isModal()
    with qtbot.waitSignal(dialog.destroyed, timeout=5_000):
        dialog.reject()

"""A contact's personality where the window shows the contact: style with its confidence, Undo."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kamdesk.models import Contact
from kamdesk.services.accounts import AccountInput, account_detail, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.importing import apply_import, plan_import, read_table
from kamdesk.services.personality import assessment_checklist, contact_style, rep_style
from kamdesk.settings import Settings, save_settings
from kamdesk.ui.contact_dialog import ContactDialog
from kamdesk.ui.personality_dialog import PersonalityDialog
from kamdesk.ui.settings_dialog import SettingsDialog

DRIVER = {
    "speaks_fast": "1",
    "decides_on_the_spot": "1",
    "impatient_with_detail": "1",
    "measured_pace": "2",
    "asks_for_data": "1",
    "keeps_to_business": "1",
    "reserved_manner": "1",
    "personal_talk": "2",
}


def _shown(qtbot, main_window, store, wait_idle, *contacts: ContactInput) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="比亚迪股份有限公司")).ids[0]
        ids = [create_contact(session, account_id, c).ids[0] for c in contacts]
    page = main_window.accounts_page
    main_window.show_page("accounts")
    page.select_account_when_listed(account_id)
    main_window._data.data_changed.emit()
    wait_idle()
    qtbot.waitUntil(lambda: page.detail._detail is not None, timeout=5_000)
    main_window.activateWindow()
    return account_id, ids


def _body(main_window) -> str:  # type: ignore[no-untyped-def]
    return main_window.accounts_page.detail.body.text()


def _reloaded(qtbot, main_window, wait_idle, expected: str) -> None:  # type: ignore[no-untyped-def]
    wait_idle()
    qtbot.waitUntil(lambda: expected in _body(main_window), timeout=5_000)


def test_a_contact_is_assessed_from_the_detail_pane_and_shows_its_confidence(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    _account, (wang,) = _shown(qtbot, main_window, store, wait_idle, ContactInput(name="王总"))
    detail = main_window.accounts_page.detail
    assert "Not assessed yet" in _body(main_window)
    assert f"assess-contact:{wang}" in _body(main_window)
    assert "Assess…" in _body(main_window)
    assert f"clear-style:{wang}" not in _body(main_window)  # nothing to clear

    detail.body.linkActivated.emit(f"assess-contact:{wang}")
    qtbot.waitUntil(lambda: isinstance(main_window.editing.dialog, PersonalityDialog))
    dialog = main_window.editing.dialog
    qtbot.waitUntil(lambda: dialog.subject is not None, timeout=5_000)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.rows[0])
    for item in assessment_checklist():
        qtbot.keyClick(QApplication.focusWidget(), DRIVER.get(item.id, "0"))
    assert dialog.result_style.text() == "Driver"
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    _reloaded(qtbot, main_window, wait_idle, "Driver · high confidence (8 observation")
    body = _body(main_window)
    assert "Not assessed yet" not in body
    assert f"style-tips:{wang}" in body and f"clear-style:{wang}" in body
    # The handling tips unfold under the style.
    detail.body.linkActivated.emit(f"style-tips:{wang}")
    assert "Lead with the outcome" in _body(main_window)
    detail.body.linkActivated.emit(f"style-tips:{wang}")
    assert "Lead with the outcome" not in _body(main_window)


def test_a_style_set_by_hand_asks_to_be_confirmed(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    _shown(qtbot, main_window, store, wait_idle, ContactInput(name="李工", personality="professor"))
    body = _body(main_window)
    assert "Professor · set by hand, assess to confirm" in body
    assert "Assess to confirm…" in body


def test_clearing_the_assessment_is_undone_with_ctrl_z(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    from kamdesk.models.base import utcnow
    from kamdesk.services.personality import Observation, record_observations

    _account, (wang,) = _shown(qtbot, main_window, store, wait_idle, ContactInput(name="王总"))
    with store.unit_of_work() as session:
        record_observations(
            session,
            wang,
            [Observation(b, True, utcnow()) for b in ("speaks_fast", "asks_for_data")],
            checklist=True,
        )
    main_window._data.data_changed.emit()
    _reloaded(qtbot, main_window, wait_idle, "Driver · low confidence (2 observation")

    main_window.accounts_page.detail.body.linkActivated.emit(f"clear-style:{wang}")
    _reloaded(qtbot, main_window, wait_idle, "Not assessed yet")
    with store.reading() as session:
        assert contact_style(session, wang).status == "not_assessed"
    assert main_window.undo_action.isEnabled()
    assert "王总" in main_window.undo_action.text()

    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _reloaded(qtbot, main_window, wait_idle, "Driver · low confidence (2 observation")
    with store.reading() as session:
        view = contact_style(session, wang)
    assert view.style == "driver" and view.evidence.observations == 2
    assert not main_window.undo_action.isEnabled()


def test_a_new_contact_takes_the_keep_local_default_and_shows_the_lock(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle, data_paths
) -> None:
    account_id, _ = _shown(qtbot, main_window, store, wait_idle)
    save_settings(data_paths.settings, Settings(keep_personality_local_default=False))
    main_window.editing.new_contact(account_id)
    qtbot.waitUntil(lambda: isinstance(main_window.editing.dialog, ContactDialog))
    dialog = main_window.editing.dialog
    assert not dialog.keep_local_check.isChecked()  # the rep's default: share
    assert "never synced" in dialog.keep_local_note.text()
    dialog.edits["name"].setText("张三")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.accept()

    save_settings(data_paths.settings, Settings(keep_personality_local_default=True))
    main_window.editing.new_contact(account_id)
    qtbot.waitUntil(lambda: isinstance(main_window.editing.dialog, ContactDialog))
    dialog = main_window.editing.dialog
    assert dialog.keep_local_check.isChecked()
    dialog.edits["name"].setText("李四")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.accept()
    _reloaded(qtbot, main_window, wait_idle, "李四")

    with store.reading() as session:
        kept = {c.name: c.keep_local for c in account_detail(session, account_id).contacts}
    assert kept == {"张三": False, "李四": True}
    body = _body(main_window)
    assert body.count("keep-local:") == 1  # the lock beside 李四 only
    li = next(c for c in account_detail_contacts(store, account_id) if c.name == "李四")
    assert f"keep-local:{li.id}" in body


def account_detail_contacts(store, account_id):  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return account_detail(session, account_id).contacts


def test_the_switch_is_changed_for_a_contact_being_edited(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    account_id, (wang,) = _shown(qtbot, main_window, store, wait_idle, ContactInput(name="王总"))
    main_window.editing.edit_contact(account_id, wang)
    qtbot.waitUntil(lambda: isinstance(main_window.editing.dialog, ContactDialog))
    dialog = main_window.editing.dialog
    assert dialog.keep_local_check.isChecked()  # created with the shipped default
    dialog.keep_local_check.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        dialog.accept()
    assert not saved.args[0].is_empty  # only the switch changed, and that is a change
    with store.reading() as session:
        assert session.get(Contact, wang).keep_local is False


def test_imported_contacts_take_the_keep_local_given(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "contacts.csv"
    source.write_text("account,contact,title\n比亚迪,王总,总经理\n", encoding="utf-8")
    with store.unit_of_work() as session:
        plan = plan_import(session, read_table(source))
        apply_import(session, plan, keep_local=False)
    source.write_text("account,contact,title\n华为,李工,工程师\n", encoding="utf-8")
    with store.unit_of_work() as session:
        plan = plan_import(session, read_table(source))
        apply_import(session, plan)  # not said: the private default
    with store.reading() as session:
        kept = {c.name: c.keep_local for c in session.query(Contact)}
    assert kept == {"王总": False, "李工": True}


def test_the_reps_own_style_in_the_settings(qtbot) -> None:  # type: ignore[no-untyped-def]
    saved: list[Settings] = []
    dialog = SettingsDialog(Settings(rep_name="李雷"), saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Not assessed yet" in dialog.rep_style_label.text()
    assert dialog.keep_local_check.isChecked()
    assert dialog.briefing_lead_spin.value() == 30

    def answer(own: PersonalityDialog) -> None:
        for behaviour in (
            "measured_pace",
            "takes_time_to_decide",
            "asks_for_data",
            "reserved_manner",
        ):
            own.answer(behaviour, True)
        own.accept()

    dialog.rep_style_opened.connect(answer)
    qtbot.mouseClick(dialog.rep_style_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Professor" in dialog.rep_style_label.text())
    assert "confidence" in dialog.rep_style_label.text()
    dialog.keep_local_check.setChecked(False)
    dialog.briefing_lead_spin.setValue(45)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(saved) == 1
    new = saved[0]
    assert rep_style(new).style == "professor"
    assert new.keep_personality_local_default is False
    assert new.briefing_lead_minutes == 45
    assert dataclasses.replace(new, rep_personality={}).rep_name == "李雷"


def test_the_call_dialog_header_shows_the_style_with_its_confidence(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, wait_idle
) -> None:
    from kamdesk.models.base import utcnow
    from kamdesk.services.personality import Observation, override_rep_style, record_observations
    from kamdesk.ui.call_dialog import CallDialog

    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        li = create_contact(session, account_id, ContactInput(name="李娜")).ids[0]
    rep = override_rep_style(Settings(rep_name="张伟"), "driver", "我做事快")
    dialog = CallDialog(li, data_context, rep)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.style_view is not None, timeout=5_000)
    assert "Not assessed yet" in dialog.style_label.text()
    assert "Assess…" in dialog.style_label.text()

    dialog.style_label.linkActivated.emit("assess")
    own = dialog.findChild(PersonalityDialog)
    assert own is not None
    qtbot.waitUntil(lambda: own.subject is not None, timeout=5_000)
    with store.unit_of_work() as session:  # meanwhile: the observations of an earlier visit
        record_observations(
            session,
            li,
            [
                Observation(b, True, utcnow())
                for b in (
                    "measured_pace",
                    "takes_time_to_decide",
                    "personal_talk",
                    "shows_feelings",
                )
            ],
            checklist=True,
        )
    own.answer("consults_others_first", True)
    own.accept()
    qtbot.waitUntil(lambda: "Amiable ·" in dialog.style_label.text(), timeout=5_000)
    assert "confidence (5 observation" in dialog.style_label.text()
    tips = dialog.style_label.toolTip()
    assert "Opening" in tips
    assert "You and them:" in tips  # the rep is a driver: the pair hint
    wait_idle()
    dialog.close()

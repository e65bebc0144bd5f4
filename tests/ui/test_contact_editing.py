"""Adding, editing and deleting contacts in the window: times, zones, lunar birthdays, Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from kamdesk.services.accounts import AccountInput, account_detail, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.validation import Birthday, TimeRange
from kamdesk.ui.contact_dialog import ContactDialog, birthday_text, split_birthday


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Types ``text`` as a rep does: Latin keys one by one, Chinese committed by the input method."""
    for character in text:
        if ord(character) < 128:
            qtbot.keyClicks(widget, character)
        else:
            event = QInputMethodEvent()
            event.setCommitString(character)
            QApplication.sendEvent(widget, event)


def _account_shown(qtbot, main_window, store, wait_idle, contacts=()) -> str:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        for contact in contacts:
            create_contact(session, account_id, contact)
    page = main_window.accounts_page
    main_window.show_page("accounts")
    page.select_account_when_listed(account_id)
    main_window._data.data_changed.emit()
    wait_idle()
    qtbot.waitUntil(lambda: page.detail._detail is not None, timeout=5_000)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return account_id


def _dialog(qtbot, main_window) -> ContactDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: main_window.editing.dialog is not None, timeout=5_000)
    dialog = main_window.editing.dialog
    assert isinstance(dialog, ContactDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _contacts(store, account_id: str):  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return account_detail(session, account_id).contacts


def test_a_contact_with_times_a_zone_and_a_lunar_leap_month_birthday(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    account_id = _account_shown(qtbot, main_window, store, wait_idle)
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = _dialog(qtbot, main_window)
    assert "华为技术有限公司" in dialog.windowTitle()
    _type(qtbot, dialog.edits["name"], "王小明")
    _type(qtbot, dialog.edits["title"], "采购经理")
    _type(qtbot, dialog.phones_edit, "138 0013 8000 转 123")
    _type(qtbot, dialog.edits["email"], "Wang@Example.COM")
    dialog.work_hours_edit.setFocus()
    _type(qtbot, dialog.work_hours_edit, "9:00~18:00")
    qtbot.keyClick(dialog.work_hours_edit, Qt.Key.Key_Tab)
    assert dialog.work_hours_edit.text() == "09:00-18:00"  # tidied on leaving
    _type(qtbot, dialog.lunch_edit, "12:00-13:30")
    _type(qtbot, dialog.habitual_edit, "19:00-20:00; 7:30-8:00")
    dialog.timezone_combo.setFocus()
    _type(qtbot, dialog.timezone_combo.lineEdit(), "Asia/Hong_Kong")
    dialog.calendar_combo.setCurrentIndex(1)  # lunar
    assert dialog.leap_check.isEnabled()
    dialog.leap_check.setChecked(True)
    _type(qtbot, dialog.birthday_edit, "1982-04-08")
    dialog.known_check.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.keyClick(dialog.birthday_edit, Qt.Key.Key_Return)
    wait_idle()
    [contact] = _contacts(store, account_id)
    assert contact.name == "王小明"
    assert contact.phone_numbers == ("+8613800138000;ext=123",)
    assert contact.email == "Wang@example.com"
    assert contact.work_hours == TimeRange("09:00", "18:00")
    assert contact.lunch == TimeRange("12:00", "13:30")
    assert contact.habitual_times == (TimeRange("07:30", "08:00"), TimeRange("19:00", "20:00"))
    assert contact.timezone == "Asia/Hong_Kong"
    assert contact.birthday == Birthday("lunar", 4, 8, 1982, leap_month=True)
    assert contact.known_to_rep
    assert "王小明" in main_window.accounts_page.detail.body.text()

    # Edit it from the detail's link: the dialog shows what was saved.
    page = main_window.accounts_page
    qtbot.waitUntil(lambda: "王小明" in page.detail.body.text())
    page.detail.body.linkActivated.emit(f"edit-contact:{contact.id}")
    dialog = _dialog(qtbot, main_window)
    assert dialog.windowTitle().startswith("Edit contact")
    assert dialog.phones_edit.text() == "138 0013 8000 ext. 123"
    assert dialog.calendar_combo.currentIndex() == 1
    assert dialog.leap_check.isChecked()
    assert dialog.birthday_edit.text() == "1982-04-08"
    assert dialog.timezone_combo.currentText() == "Asia/Hong_Kong"
    dialog.edits["title"].clear()
    _type(qtbot, dialog.edits["title"], "采购总监")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    [edited] = _contacts(store, account_id)
    assert edited.title == "采购总监"
    assert edited.birthday == contact.birthday
    assert edited.phone_numbers == contact.phone_numbers


def test_wrong_email_and_lunch_outside_work_show_at_their_fields(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    account_id = _account_shown(qtbot, main_window, store, wait_idle)
    main_window.new_contact_action.trigger()
    dialog = _dialog(qtbot, main_window)
    _type(qtbot, dialog.edits["name"], "李雷")
    _type(qtbot, dialog.edits["email"], "li.lei@")
    _type(qtbot, dialog.work_hours_edit, "09:00-18:00")
    _type(qtbot, dialog.lunch_edit, "19:00-20:00")
    _type(qtbot, dialog.timezone_combo.lineEdit(), "Mars/Olympus")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert "li.lei@" in dialog.errors.error("email")
    assert "lunch" in dialog.errors.error("lunch").lower()
    assert "Mars/Olympus" in dialog.errors.error("timezone")
    assert dialog.errors.error("work_hours") == ""
    assert dialog.edits["email"].property("invalid") is True
    assert dialog.isVisible()
    assert _contacts(store, account_id) == ()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: main_window.editing.dialog is None)
    assert _contacts(store, account_id) == ()


def test_a_solar_birthday_cannot_be_in_a_leap_month(qtbot, main_window, store, wait_idle) -> None:  # type: ignore[no-untyped-def]
    _account_shown(qtbot, main_window, store, wait_idle)
    main_window.new_contact_action.trigger()
    dialog = _dialog(qtbot, main_window)
    dialog.calendar_combo.setCurrentIndex(1)
    dialog.leap_check.setChecked(True)
    dialog.calendar_combo.setCurrentIndex(0)
    assert not dialog.leap_check.isEnabled() and not dialog.leap_check.isChecked()
    _type(qtbot, dialog.birthday_edit, "02-30")
    with qtbot.waitSignal(dialog.errors.checked, timeout=2_000):
        pass
    assert "02-30" in dialog.errors.error("birthday")


def test_deleting_a_contact_can_be_undone(qtbot, main_window, store, wait_idle, modals) -> None:  # type: ignore[no-untyped-def]
    account_id = _account_shown(
        qtbot, main_window, store, wait_idle, contacts=[ContactInput(name="王小明")]
    )
    [contact] = _contacts(store, account_id)
    page = main_window.accounts_page
    page.detail.body.linkActivated.emit(f"delete-contact:{contact.id}")
    wait_idle()
    assert "王小明" in modals.texts("confirm")[0]
    assert _contacts(store, account_id) == ()
    assert "王小明" in main_window.undo_action.text()
    qtbot.waitUntil(lambda: "王小明" not in page.detail.body.text())
    main_window.undo_action.trigger()
    wait_idle()
    assert [c.name for c in _contacts(store, account_id)] == ["王小明"]
    qtbot.waitUntil(lambda: "王小明" in page.detail.body.text())


def test_birthday_text_round_trips() -> None:
    assert birthday_text(True, True, "1982-04-08") == "农历1982-L04-08"
    assert birthday_text(True, True, "4月8日") == "农历闰4月8日"
    assert birthday_text(True, False, "农历08-12") == "农历08-12"
    assert birthday_text(False, False, " 1985-08-12 ") == "1985-08-12"
    assert birthday_text(True, False, "") == ""
    assert split_birthday("农历1982-L04-08") == (True, True, "1982-04-08")
    assert split_birthday("农历L04-08") == (True, True, "04-08")
    assert split_birthday("1985-08-12") == (False, False, "1985-08-12")


def test_tab_goes_down_the_form_and_a_zone_typed_in_part_is_completed(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    _account_shown(qtbot, main_window, store, wait_idle)
    main_window.new_contact_action.trigger()
    dialog = _dialog(qtbot, main_window)
    order = []
    widget = dialog.edits["name"]
    for _ in range(6):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert order == [
        "nameEdit",
        "titleEdit",
        "departmentEdit",
        "decisionRoleCombo",
        "phonesEdit",
        "emailEdit",
    ]
    line = dialog.timezone_combo.lineEdit()
    line.setFocus()
    _type(qtbot, line, "hong kong")
    line.editingFinished.emit()
    assert dialog.timezone_combo.currentText() == "Asia/Hong_Kong"

"""Creating, editing and deleting accounts in the window: the dialog, its checks, Delete and Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from kamdesk.services.accounts import AccountInput, account_detail, account_ids, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.ui.account_dialog import AccountDialog


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Types ``text`` as a rep does: Latin keys one by one, Chinese committed by the input method.

    (QTest's key clicks take Latin-1 characters only.)
    """
    for character in text:
        if ord(character) < 128:
            qtbot.keyClicks(widget, character)
        else:
            event = QInputMethodEvent()
            event.setCommitString(character)
            QApplication.sendEvent(widget, event)


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _open_new_account_dialog(qtbot, window) -> AccountDialog:  # type: ignore[no-untyped-def]
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editing.dialog is not None)
    dialog = window.editing.dialog
    assert isinstance(dialog, AccountDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _search_texts(qtbot, page, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.search.results_shown, timeout=5_000):
        page.search.box.setText(text)
    tree = page.search.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _shown(qtbot, page, account_id: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: page.detail._detail is not None and page.detail._detail.id == account_id,
        timeout=5_000,
    )


def _live_ids(store) -> list[str]:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return account_ids(session)


def test_an_account_created_in_the_dialog_is_found_then_deleted_and_brought_back(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle, modals
) -> None:
    dialog = _open_new_account_dialog(qtbot, main_window)
    assert dialog.edits["name"].hasFocus()
    _type(qtbot, dialog.edits["name"], "比亚迪股份有限公司")
    _type(qtbot, dialog.edits["short_name"], "比亚迪")
    _type(qtbot, dialog.edits["phones"], "0755-8988 8888")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert main_window.editing.dialog is None
    [account_id] = _live_ids(store)
    with store.reading() as session:
        detail = account_detail(session, account_id)
    assert detail.name == "比亚迪股份有限公司"
    assert detail.phone_numbers == ("+8675589888888",)
    assert "created" in main_window.statusBar().currentMessage()

    page = main_window.accounts_page
    assert any("比亚迪股份有限公司" in text for text in _search_texts(qtbot, page, "比亚"))
    assert any("比亚迪股份有限公司" in text for text in _search_texts(qtbot, page, "byd"))
    page.search.clear()

    with store.unit_of_work() as session:
        create_contact(session, account_id, ContactInput(name="王传福"))
        create_contact(session, account_id, ContactInput(name="李云飞"))
    page.select_account_when_listed(account_id)
    main_window._data.data_changed.emit()
    wait_idle()
    _shown(qtbot, page, account_id)
    assert not main_window.undo_action.isEnabled()

    _activate(qtbot, main_window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    wait_idle()
    [(kind, _title, text)] = modals.messages
    assert kind == "confirm"
    assert "Delete 比亚迪股份有限公司?" in text
    assert "Its 2 contact" in text  # "2 contacts" once the English plural forms are loaded
    assert _live_ids(store) == []
    assert page.model.row_of(account_id) is None
    assert "Deleted 比亚迪股份有限公司" in main_window.statusBar().currentMessage()
    assert main_window.undo_action.isEnabled()
    assert "比亚迪股份有限公司" in main_window.undo_action.text()

    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert _live_ids(store) == [account_id]
    with store.reading() as session:
        assert {c.name for c in account_detail(session, account_id).contacts} == {
            "王传福",
            "李云飞",
        }
    assert page.model.row_of(account_id) is not None
    _shown(qtbot, page, account_id)
    assert not main_window.undo_action.isEnabled()


def test_a_wrong_phone_and_web_address_show_at_their_fields_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    dialog = _open_new_account_dialog(qtbot, main_window)
    _type(qtbot, dialog.edits["name"], "华为技术有限公司")
    _type(qtbot, dialog.edits["phones"], "12345")
    _type(qtbot, dialog.edits["website"], "www.huawei .com")
    qtbot.keyClick(dialog.edits["website"], Qt.Key.Key_Return)  # Enter is OK
    wait_idle()
    assert "12345" in dialog.errors.error("phones")
    assert dialog.errors.error("website")
    assert dialog.errors.error("name") == ""
    assert dialog.edits["phones"].property("invalid") is True
    assert dialog.edits["phones"].hasFocus()  # the first wrong field
    assert dialog.isVisible()
    assert _live_ids(store) == []

    dialog.edits["phones"].clear()
    _type(qtbot, dialog.edits["phones"], "010 6552 8888")
    dialog.edits["website"].clear()
    _type(qtbot, dialog.edits["website"], "www.huawei.com")
    dialog.errors.check_now()
    assert dialog.errors.error("phones") == ""
    assert dialog.edits["phones"].property("invalid") is False
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.keyClick(dialog.edits["website"], Qt.Key.Key_Return)
    wait_idle()
    assert len(_live_ids(store)) == 1


def test_an_error_shows_once_the_field_is_edited(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_new_account_dialog(qtbot, main_window)
    assert dialog.errors.error("name") == ""  # a new dialog is not covered in errors
    _type(qtbot, dialog.interval_edit, "x")
    with qtbot.waitSignal(dialog.errors.checked, timeout=2_000):
        pass
    assert dialog.errors.error("contact_interval_days")
    assert dialog.errors.error("name") == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: main_window.editing.dialog is None)


def test_a_name_another_account_has_is_pointed_out(qtbot, main_window, store, wait_idle) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        create_account(session, AccountInput(name="华为技术有限公司"))
    dialog = _open_new_account_dialog(qtbot, main_window)
    _type(qtbot, dialog.edits["name"], "华为技术有限公司")
    qtbot.waitUntil(lambda: not dialog.similar_label.isHidden(), timeout=5_000)
    assert "1 other account" in dialog.similar_label.text()


def test_f2_edits_the_selected_account(qtbot, main_window, store, wait_idle) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        account_id = create_account(
            session, AccountInput(name="华为技术有限公司", phones="13800138000", tier="A")
        ).ids[0]
    page = main_window.accounts_page
    main_window.show_page("accounts")
    page.select_account_when_listed(account_id)
    main_window._data.data_changed.emit()
    wait_idle()
    _shown(qtbot, page, account_id)
    _activate(qtbot, main_window)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: main_window.editing.dialog is not None, timeout=5_000)
    dialog = main_window.editing.dialog
    assert dialog.windowTitle() == "Edit account"
    assert dialog.edits["name"].text() == "华为技术有限公司"
    assert dialog.edits["phones"].text() == "138 0013 8000"
    assert dialog.combos["tier"].currentData() == "A"
    _type(qtbot, dialog.edits["short_name"], "华为")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    with store.reading() as session:
        assert account_detail(session, account_id).short_name == "华为"
    _shown(qtbot, page, account_id)
    assert "华为" in page.detail.body.text()


def test_editing_needs_a_selected_account(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("today")
    main_window.edit_account_action.trigger()
    assert "Select an account" in main_window.statusBar().currentMessage()
    assert main_window.editing.dialog is None


def test_declining_the_question_deletes_nothing(
    qtbot, main_window, store, wait_idle, modals
) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
    page = main_window.accounts_page
    main_window.show_page("accounts")
    page.select_account_when_listed(account_id)
    main_window._data.data_changed.emit()
    wait_idle()
    _shown(qtbot, page, account_id)
    modals.confirm_answer = False
    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert (
        "It" not in modals.texts("confirm")[0].split("?")[1].split("\n")[0]
    )  # nothing goes with it
    assert _live_ids(store) == [account_id]
    assert not main_window.undo_action.isEnabled()


def test_the_account_s_working_day_is_typed_checked_and_saved(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    from kamdesk.models import Account

    dialog = _open_new_account_dialog(qtbot, main_window)
    _type(qtbot, dialog.edits["name"], "华为技术有限公司")
    _type(qtbot, dialog.work_hours_edit, "09:00-18:00")
    _type(qtbot, dialog.lunch_edit, "08:00-09:30")
    qtbot.keyClick(dialog.lunch_edit, Qt.Key.Key_Return)
    wait_idle()
    assert "working hours" in dialog.errors.error("lunch")
    assert _live_ids(store) == []
    dialog.lunch_edit.clear()
    _type(qtbot, dialog.lunch_edit, "12:00-13:30")
    dialog.errors.check_now()
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.keyClick(dialog.lunch_edit, Qt.Key.Key_Return)
    wait_idle()
    with store.reading() as session:
        account = session.get(Account, _live_ids(store)[0])
        assert (account.work_start, account.work_end) == ("09:00", "18:00")
        assert (account.lunch_start, account.lunch_end) == ("12:00", "13:30")


def test_the_deletion_question_reads_as_chinese_is_written(  # type: ignore[no-untyped-def]
    qtbot, qapp, main_window, store, wait_idle, modals
) -> None:
    from kamdesk.ui.translations import install_translations

    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        create_contact(session, account_id, ContactInput(name="张伟"))
        create_contact(session, account_id, ContactInput(name="李娜"))
    install_translations(qapp, "zh_CN")
    modals.confirm_answer = False
    main_window.editing.delete_account(account_id)
    wait_idle()
    text = modals.texts("confirm")[0]
    assert text.startswith("删除“华为技术有限公司”？其 2 位联系人将一并删除。\n\n"), text

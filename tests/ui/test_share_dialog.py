"""The Share dialog and the detail pane's "Shared with … · Share…" line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kamdesk.models import Account
from kamdesk.models.sync import OutboxEntry
from kamdesk.services.accounts import AccountInput, create_account, share_account
from kamdesk.ui.share_dialog import ShareDialog


def _account(store, *shared: str) -> str:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        if shared:
            share_account(session, account_id, add=list(shared))
    return account_id


def _shared(store, account_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return list(session.get(Account, account_id).shared_with)


def _outbox(store) -> int:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return session.query(OutboxEntry).count()


def _dialog(qtbot, data_context, account_id: str, shared: list[str]) -> ShareDialog:  # type: ignore[no-untyped-def]
    dialog = ShareDialog(data_context, account_id, "华为技术有限公司", shared)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_add_and_remove_names_then_save_writes_them(qtbot, store, data_context, wait_idle):  # type: ignore[no-untyped-def]
    account_id = _account(store, "李娜", "zhao")
    dialog = _dialog(qtbot, data_context, account_id, ["李娜", "zhao"])
    assert dialog.shared_with() == ["李娜", "zhao"]
    assert "The hub checks the names when you sync" in dialog.note.text()
    assert not dialog.remove_button.isEnabled()

    dialog.names.item(1).setSelected(True)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    dialog.name_edit.insert("王芳")  # typed through an input method: no key clicks
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.name_edit.insert("李娜")  # already there: not twice
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.shared_with() == ["李娜", "王芳"]
    assert dialog.name_edit.text() == ""

    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        dialog.accept()
    assert saved.args[0].fields == {"shared_with"}
    assert _shared(store, account_id) == ["李娜", "王芳"]
    assert dialog.result() == ShareDialog.DialogCode.Accepted
    wait_idle()


def test_a_bad_name_is_refused_at_the_field_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, store, data_context, wait_idle
):
    account_id = _account(store)
    before = _outbox(store)
    dialog = _dialog(qtbot, data_context, account_id, [])
    qtbot.keyClicks(dialog.name_edit, "li na")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert "Not a user name" in dialog.error_label.text() and "li na" in dialog.error_label.text()
    assert dialog.shared_with() == []
    dialog.accept()  # the typed name is still bad: the dialog stays open
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "x")  # editing clears the error
    assert not dialog.error_label.isVisible()
    wait_idle()
    assert _outbox(store) == before
    assert _shared(store, account_id) == []


def test_a_name_typed_but_not_added_is_saved_too(qtbot, store, data_context, wait_idle):  # type: ignore[no-untyped-def]
    account_id = _account(store)
    dialog = _dialog(qtbot, data_context, account_id, [])
    qtbot.keyClicks(dialog.name_edit, " wang ")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert _shared(store, account_id) == ["wang"]
    wait_idle()


def test_saving_without_a_change_writes_nothing(qtbot, store, data_context, wait_idle):  # type: ignore[no-untyped-def]
    account_id = _account(store, "li")
    before = _outbox(store)
    dialog = _dialog(qtbot, data_context, account_id, ["li"])
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.accept()
        wait_idle()
    assert dialog.result() == ShareDialog.DialogCode.Accepted
    assert _outbox(store) == before


def test_a_save_the_service_refuses_is_shown_and_the_dialog_stays(  # type: ignore[no-untyped-def]
    qtbot, store, data_context, wait_idle
):
    account_id = _account(store)
    with store.unit_of_work() as session:  # deleted meanwhile (on the hub, by a sync)
        session.get(Account, account_id).deleted = True
    dialog = _dialog(qtbot, data_context, account_id, [])
    qtbot.keyClicks(dialog.name_edit, "li")
    dialog.accept()
    wait_idle()
    assert dialog.isVisible()
    assert "Could not save" in dialog.error_label.text()
    assert dialog.buttons.isEnabled()


def test_the_detail_pane_shows_the_sharing_and_its_link_opens_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
):
    account_id = _account(store, "李娜", "王芳")
    page = main_window.accounts_page
    page.model.reload()
    wait_idle()
    pane = page.detail
    with qtbot.waitSignal(pane.detail_shown, timeout=5_000):
        page.select_account(account_id)
    assert "Shared with: 李娜, 王芳" in pane.body.text()
    assert "href='share:'" in pane.body.text()

    pane.body.linkActivated.emit("share:")
    dialog = pane.share_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.shared_with() == ["李娜", "王芳"]
    assert dialog.owner_label.text() == "Owner: me"
    dialog.names.selectAll()
    dialog.remove_selected()
    with qtbot.waitSignal(pane.sharing_changed, timeout=5_000) as changed:
        dialog.accept()
    assert changed.args == [account_id]
    qtbot.waitUntil(lambda: "Not shared" in pane.body.text(), timeout=5_000)
    assert _shared(store, account_id) == []
    qtbot.waitUntil(lambda: pane.share_dialog is None, timeout=5_000)
    wait_idle()

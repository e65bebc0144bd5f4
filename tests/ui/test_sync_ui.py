"""Sync in the window against a real in-process hub: sign-in, F5, the indicator, conflicts.

The hub is H7's app through starlette's TestClient on an SQLite file (as in
tests/sync/conftest.py); the keyring is an in-memory backend, so no test
touches the developer's keyring. The window's store is Wang's laptop; Li's
laptop is a second data directory.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from kamdesk.models import Account, Contact

PASSWORD = "correct horse battery"
HUB = "http://testserver"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def hub_client(tmp_path: Path, hub_on_our_clock: None) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from kamdesk.hub.app import create_app
    from kamdesk.hub.service import HubSettings

    app = create_app(HubSettings(database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}"))
    app.state.hub.add_user("wang", "rep", PASSWORD)
    app.state.hub.add_user("li", "rep", PASSWORD)
    with TestClient(app) as client:
        yield client


class BlockingClient:
    """The hub's client, whose pull requests wait for ``release`` once ``blocking`` is set."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.blocking = False
        self.reached = threading.Event()
        self.release = threading.Event()

    def post(self, url: str, **options: Any) -> Any:
        if self.blocking and url.endswith("/v1/sync/pull"):
            self.reached.set()
            assert self.release.wait(10), "the test never released the pull"
        return self.client.post(url, **options)


@pytest.fixture
def window(main_window, hub_client, memory_keyring):  # type: ignore[no-untyped-def]
    main_window.sync.client = hub_client
    return main_window


@pytest.fixture
def li(tmp_path: Path, hub_client, memory_keyring) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """Li's laptop: a second data directory, signed in."""
    from kamdesk.paths import DataPaths
    from kamdesk.store import open_store
    from kamdesk.sync import login

    store = open_store(DataPaths(tmp_path / "li").ensure(), lock=False)
    login(store, HUB, "li", PASSWORD, client=hub_client)
    yield store
    store.close()


def _sign_in(qtbot, window, password: str = PASSWORD) -> Any:  # type: ignore[no-untyped-def]
    dialog = window.sync.sign_in()
    dialog.hub_edit.setText(HUB)
    dialog.user_edit.setText("wang")
    dialog.password_edit.setText(password)
    handle = dialog.submit()
    assert handle is not None
    qtbot.waitUntil(lambda: handle.done)
    return dialog


def _f5(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)


def _sync(qtbot, window, wait_idle) -> None:  # type: ignore[no-untyped-def]
    _f5(qtbot, window)
    handle = window.sync.handle
    assert handle is not None, "F5 started no sync"
    qtbot.waitUntil(lambda: handle.done, timeout=20_000)
    wait_idle()
    qtbot.waitUntil(lambda: not window.sync._reading and window.sync.status is not None)


def _add_account(store, name: str, shared_with: tuple[str, ...] = ()) -> str:  # type: ignore[no-untyped-def]
    from kamdesk.services.accounts import share_account

    with store.unit_of_work() as session:
        account = Account(name=name, industry="制造")
        session.add(account)
        session.flush()
        if shared_with:
            share_account(session, account.id, add=list(shared_with))
        return account.id


def test_sign_in_wrong_password_then_right_then_f5_syncs(
    qtbot, window, store, memory_keyring, wait_idle
):  # type: ignore[no-untyped-def]
    assert window.sync.indicator.text() == "not signed in"
    _add_account(store, "华达精密")
    window.sync.refresh()
    qtbot.waitUntil(lambda: window.sync.indicator.text() == "not signed in · 1 pending")

    dialog = _sign_in(qtbot, window, "wrong password")
    assert dialog.message.isVisible()
    assert "Wrong user name or password" in dialog.message.text()
    assert memory_keyring.secrets == {}
    assert dialog.isVisible()

    dialog.password_edit.setText(PASSWORD)
    handle = dialog.submit()
    qtbot.waitUntil(lambda: handle.done)
    assert not dialog.isVisible()
    assert list(memory_keyring.secrets) == [("kamdesk", f"wang@{HUB}")]
    assert dialog.password_edit.text() == ""  # the password is not kept in the dialog
    qtbot.waitUntil(lambda: window.sync.indicator.text() == "never synced · 1 pending")

    _sync(qtbot, window, wait_idle)
    assert window.sync.last_result is not None and window.sync.last_result.pushed == 1
    assert window.sync.indicator.text() == "last sync just now · 0 pending"
    assert "Hub: http://testserver" in window.sync.indicator.toolTip()
    assert not window.sync.progress_bar.isVisible()
    assert not window.sync.cancel_button.isVisible()
    menu = window.sync.show_menu()
    texts = [action.text() for action in menu.actions()]
    assert "S&ync now" in texts and "Sign &out of the office hub" in texts
    assert "User: wang" in texts
    menu.close()


def test_signing_in_with_demo_data_says_why_not_and_keeps_nothing(
    qtbot, window, store, memory_keyring, wait_idle
):  # type: ignore[no-untyped-def]
    from kamdesk.services.demo import generate_demo

    with store.unit_of_work() as session:
        generate_demo(session, 2, seed=5)
    window.sync.refresh()
    qtbot.waitUntil(lambda: window.sync.indicator.text() == "demo data: not synced")
    dialog = _sign_in(qtbot, window)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "holds demo data (demo accounts: 2)" in dialog.message.text()
    assert "Help ▸ Remove demo data" in dialog.message.text()
    assert memory_keyring.secrets == {}


def test_empty_fields_are_named_and_nothing_is_sent(qtbot, window, memory_keyring):  # type: ignore[no-untyped-def]
    dialog = window.sync.sign_in()
    dialog.hub_edit.setText("")
    assert dialog.submit() is None
    assert dialog.message.text().startswith("Hub address:")
    dialog.hub_edit.setText("hub.office")
    assert dialog.submit() is None
    assert "http://" in dialog.message.text()
    dialog.hub_edit.setText(HUB)
    dialog.user_edit.setText("wang")
    assert dialog.submit() is None
    assert dialog.message.text().startswith("Password:")
    assert memory_keyring.secrets == {}
    dialog.close()


def test_no_keyring_says_so_and_stores_nothing(qtbot, window, store, hub_client):  # type: ignore[no-untyped-def]
    from keyring.backends import fail

    from kamdesk.sync import sync_status

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = _sign_in(qtbot, window)
    finally:
        keyring.set_keyring(previous)
    assert "No keyring is available" in dialog.message.text()
    assert "Nothing was stored" in dialog.message.text()
    with store.reading() as session:
        status = sync_status(session)
    assert not status.signed_in and status.device_id is None
    assert dialog.isVisible()
    dialog.close()


def test_sign_out_forgets_the_token_and_keeps_the_data(
    qtbot, window, store, memory_keyring, wait_idle
):  # type: ignore[no-untyped-def]
    dialog = _sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.indicator.text().startswith("never synced"))
    dialog = window.sync.sign_in()
    assert dialog.sign_out_button.isVisible()
    handle = dialog.sign_out()
    qtbot.waitUntil(lambda: handle.done)
    assert memory_keyring.secrets == {}
    qtbot.waitUntil(lambda: window.sync.indicator.text() == "not signed in")
    dialog.close()
    # F5 when signed out: nothing runs, the dialog asks to sign in.
    assert window.sync.sync_now() is None
    assert window.sync.sign_in_dialog.isVisible()
    window.sync.sign_in_dialog.close()


def test_a_keyring_read_begun_before_sign_out_does_not_sign_the_indicator_back_in(
    qtbot, window, memory_keyring, wait_idle
):  # type: ignore[no-untyped-def]
    _sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.indicator.text().startswith("never synced"))
    wait_idle()
    reached, release = threading.Event(), threading.Event()
    plain_get = memory_keyring.get_password

    def slow_get(service: str, username: str) -> str | None:
        found = plain_get(service, username)  # read before the sign-out deletes it
        reached.set()
        assert release.wait(10), "the test never released the keyring"
        return found

    memory_keyring.get_password = slow_get  # type: ignore[method-assign]
    check = window.sync.check_token()
    assert check is not None and reached.wait(5)
    memory_keyring.get_password = plain_get  # type: ignore[method-assign]
    handle = window.sync.sign_in().sign_out()
    qtbot.waitUntil(lambda: handle.done)
    qtbot.waitUntil(lambda: window.sync.indicator.text() == "not signed in")
    release.set()
    qtbot.waitUntil(lambda: check.done)
    wait_idle()
    assert window.sync.indicator.text() == "not signed in"
    window.sync.sign_in_dialog.close()


def test_a_conflict_between_two_laptops_is_shown_and_resolved_in_the_dialog(
    qtbot, window, store, li, hub_client, wait_idle
):  # type: ignore[no-untyped-def]
    from kamdesk.sync import list_conflicts, run_sync

    _sign_in(qtbot, window)
    account = _add_account(store, "华达精密", ("li",))
    with store.unit_of_work() as session:
        contact = Contact(account_id=account, name="王伟", title="采购经理")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    _sync(qtbot, window, wait_idle)
    run_sync(li, client=hub_client)

    with li.unit_of_work() as session:
        session.get(Contact, contact_id).title = "副总经理"
    with store.unit_of_work() as session:
        session.get(Contact, contact_id).title = "采购总监"
    run_sync(li, client=hub_client)
    _sync(qtbot, window, wait_idle)  # Wang's later edit wins; Li's value is logged
    assert window.sync.indicator.text() == "last sync just now · 0 pending · 1 conflict"

    dialog = window.sync.show_conflicts()
    qtbot.waitUntil(lambda: dialog.loading is None and dialog.tree.topLevelItemCount() == 1)
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == "Contact: 王伟"
    assert item.text(1) == "Title"
    assert item.text(2) == "采购总监"
    assert item.text(3) == "副总经理"
    assert item.text(4).startswith("li (other value), ")  # li made the value that lost
    assert item.text(5) == "Edited on both sides"
    assert "副总经理" in dialog.details.toPlainText()
    assert not dialog.restore_button.isEnabled()

    qtbot.keyClick(dialog.tree, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    handle = dialog.resolving
    assert handle is not None, "Ctrl+O resolved nothing"
    qtbot.waitUntil(lambda: handle.done)
    qtbot.waitUntil(lambda: dialog.loading is None and dialog.stack.currentWidget() is dialog.empty)
    assert "No conflicts" in dialog.empty.text()
    with store.reading() as session:
        assert session.get(Contact, contact_id).title == "副总经理"
    dialog.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: dialog.loading is None and dialog.tree.topLevelItemCount() == 1)
    assert dialog.tree.topLevelItem(0).text(5).endswith("resolved")
    assert not dialog.keep_button.isEnabled()
    dialog.close()

    _sync(qtbot, window, wait_idle)
    assert window.sync.indicator.text() == "last sync just now · 0 pending"
    run_sync(li, client=hub_client)
    with li.reading() as session:
        assert list_conflicts(session) == []
        assert session.get(Contact, contact_id).title == "副总经理"


def test_the_window_stays_usable_while_a_sync_waits_on_the_hub(
    qtbot, window, store, hub_client, data_context, wait_idle
):  # type: ignore[no-untyped-def]
    from kamdesk.services import visits
    from kamdesk.services.accounts import AccountInput, create_account
    from kamdesk.services.contacts import ContactInput, create_contact
    from kamdesk.services.visits import VisitPlan
    from kamdesk.ui.visit_editor import AUTOSAVE_DELAY_MS, VisitEditor

    _sign_in(qtbot, window)
    now = datetime.now(UTC)
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="华达精密")).ids[0]
        zhao = create_contact(session, account_id, ContactInput(name="赵敏")).ids[0]
        visit_id = visits.plan_visit(
            session, VisitPlan(account_id, (zhao,), now + timedelta(hours=2)), now=now
        ).visit_id
    blocking = BlockingClient(hub_client)
    window.sync.client = blocking
    blocking.blocking = True
    _f5(qtbot, window)
    sync = window.sync.handle
    assert sync is not None
    try:
        qtbot.waitUntil(blocking.reached.is_set)
        qtbot.waitUntil(lambda: window.sync.indicator.text().startswith("syncing…"))
        assert window.sync.cancel_button.isVisible()
        assert not window.sync.sync_action.isEnabled()  # one sync at a time

        # Mid-sync: an edit saved on the database worker, and the accounts page reloads.
        made: list[str] = []

        def write(session, _ctx):  # type: ignore[no-untyped-def]
            account = Account(name="恒通物流", industry="物流")
            session.add(account)
            session.flush()
            return account.id

        data_context.write(write, label="test edit", on_done=made.append)
        qtbot.waitUntil(lambda: bool(made))
        data_context.data_changed.emit()
        model = window.accounts_page.model
        qtbot.waitUntil(lambda: model.row_of(made[0]) is not None)
        assert not sync.done

        # Typing in the visit editor autosaves while the sync still waits.
        editor = VisitEditor(data_context, visit_id)
        qtbot.addWidget(editor)
        with qtbot.waitSignal(editor.loaded, timeout=5_000):
            editor.show()
        qtbot.keyClicks(editor.text_edits["notes"], "wants a demo next week")
        qtbot.waitUntil(lambda: editor.save_state == "saved", timeout=AUTOSAVE_DELAY_MS + 5_000)
        with store.reading() as session:
            assert visits.visit_detail(session, visit_id).notes == "wants a demo next week"
        assert not sync.done
        editor.close()
    finally:
        blocking.release.set()
    qtbot.waitUntil(lambda: sync.done, timeout=20_000)
    wait_idle()
    # The edits made during the sync went with its final push.
    qtbot.waitUntil(lambda: window.sync.indicator.text() == "last sync just now · 0 pending")
    assert (
        window.sync.last_result.pushed >= 5
    )  # account, contact, visit; then the new account and the notes


def test_cancel_keeps_the_changes_and_says_so(qtbot, window, store, hub_client, modals, wait_idle):  # type: ignore[no-untyped-def]
    _sign_in(qtbot, window)
    blocking = BlockingClient(hub_client)
    window.sync.client = blocking
    blocking.blocking = True
    _f5(qtbot, window)
    sync = window.sync.handle
    try:
        qtbot.waitUntil(blocking.reached.is_set)
        qtbot.mouseClick(window.sync.cancel_button, Qt.MouseButton.LeftButton)
        assert window.sync.indicator.text() == "stopping the sync…"
    finally:
        blocking.release.set()
    qtbot.waitUntil(lambda: sync.done, timeout=20_000)
    wait_idle()
    assert "your changes are kept" in window.statusBar().currentMessage()
    assert modals.messages == []
    assert window.sync.handle is None and window.sync.sync_action.isEnabled()


def test_hub_down_is_said_and_shown_in_the_indicator(qtbot, window, store, modals, wait_idle):  # type: ignore[no-untyped-def]
    import httpx

    _sign_in(qtbot, window)
    _add_account(store, "华达精密")

    class Down:
        def post(self, url: str, **options: Any) -> Any:
            raise httpx.ConnectError("connection refused")

    window.sync.client = Down()
    _sync(qtbot, window, wait_idle)
    assert len(modals.messages) == 1
    kind, _title, text = modals.messages[0]
    assert kind == "warning" and "cannot be reached" in text and "changes are kept" in text
    qtbot.waitUntil(
        lambda: window.sync.indicator.text() == "last sync failed: hub unreachable · 1 pending"
    )
    assert "Last error:" in window.sync.indicator.toolTip()
    # After a restart the exception is gone; the data directory kept its kind.
    window.sync.last_failure = None
    window.sync.status = None
    window.sync.refresh()
    qtbot.waitUntil(
        lambda: window.sync.indicator.text() == "last sync failed: hub unreachable · 1 pending"
    )


def test_an_edit_of_a_record_deleted_elsewhere_is_restored_from_the_dialog(
    qtbot, window, store, li, hub_client, wait_idle
):  # type: ignore[no-untyped-def]
    from kamdesk.services.accounts import delete_account
    from kamdesk.sync import run_sync

    _sign_in(qtbot, window)
    account = _add_account(li, "恒通物流", ("wang",))
    with li.unit_of_work() as session:
        contact = Contact(account_id=account, name="赵敏")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    run_sync(li, client=hub_client)
    _sync(qtbot, window, wait_idle)
    with li.unit_of_work() as session:
        delete_account(session, account)
    run_sync(li, client=hub_client)
    with store.unit_of_work() as session:
        session.get(Contact, contact_id).notes = "下周二回访"
    _sync(qtbot, window, wait_idle)

    dialog = window.sync.show_conflicts()
    qtbot.waitUntil(lambda: dialog.loading is None and dialog.tree.topLevelItemCount() == 1)
    item = dialog.tree.topLevelItem(0)
    assert item.text(5) == "Edited, but deleted elsewhere"
    assert "下周二回访" in item.text(3)
    assert dialog.restore_button.isEnabled() and not dialog.other_button.isEnabled()
    assert dialog.use_other() is None  # Ctrl+O does not apply to a deleted record
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    handle = dialog.resolving
    assert handle is not None
    qtbot.waitUntil(lambda: handle.done)
    qtbot.waitUntil(lambda: dialog.loading is None and dialog.stack.currentWidget() is dialog.empty)
    with store.reading() as session:
        row = session.get(Contact, contact_id)
        assert not row.deleted and row.notes == "下周二回访"
    dialog.close()
    _sync(qtbot, window, wait_idle)
    run_sync(li, client=hub_client)
    with li.reading() as session:
        row = session.get(Contact, contact_id)
        assert not row.deleted and row.notes == "下周二回访"


def test_the_conflicts_dialog_speaks_the_reps_language_with_names_not_codes(
    qtbot, qapp, window, store, li, hub_client, wait_idle
):  # type: ignore[no-untyped-def]
    import re

    from kamdesk.sync import run_sync
    from kamdesk.ui.translations import install_translations

    _sign_in(qtbot, window)
    account = _add_account(store, "华达精密", ("li",))
    _sync(qtbot, window, wait_idle)
    run_sync(li, client=hub_client)
    with li.unit_of_work() as session:
        session.get(Account, account).category = "regional"
    with store.unit_of_work() as session:
        session.get(Account, account).category = "industry"
    run_sync(li, client=hub_client)
    _sync(qtbot, window, wait_idle)

    dialog = window.sync.show_conflicts()
    qtbot.waitUntil(lambda: dialog.loading is None and dialog.tree.topLevelItemCount() == 1)
    item = dialog.tree.topLevelItem(0)
    assert [item.text(c) for c in (0, 1, 2, 3)] == [
        "Account: 华达精密",
        "Category",
        "Industry",
        "Regional",
    ]
    assert re.fullmatch(r"li \(other value\), \d{4}-\d\d-\d\d \d\d:\d\d", item.text(4)), item.text(
        4
    )

    install_translations(qapp, "zh_CN")  # a language change: the dialog says it all again
    qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(5) == "两边都改了")
    item = dialog.tree.topLevelItem(0)
    assert [item.text(c) for c in (0, 1, 2, 3, 5)] == [
        "客户：华达精密",
        "大客户类别",
        "行业大客户",
        "区域大客户",
        "两边都改了",
    ]
    assert re.fullmatch(r"li（另一个值），\d{4}-\d\d-\d\d \d\d:\d\d", item.text(4)), item.text(4)
    details = dialog.details.toPlainText()
    assert "区域大客户" in details and "regional" not in details
    dialog.close()


def test_sharing_an_account_is_counted_by_the_sync_indicator(qtbot, window, store, wait_idle):  # type: ignore[no-untyped-def]
    _sign_in(qtbot, window)
    account = _add_account(store, "华达精密")
    _sync(qtbot, window, wait_idle)
    assert window.sync.indicator.text() == "last sync just now · 0 pending"

    page = window.accounts_page
    page.model.reload()
    wait_idle()
    with qtbot.waitSignal(page.detail.detail_shown, timeout=5_000):
        page.select_account(account)
    dialog = page.detail.open_share_dialog()
    assert dialog is not None
    dialog.name_edit.insert("li")
    with qtbot.waitSignal(page.detail.sharing_changed, timeout=5_000):
        dialog.accept()
    qtbot.waitUntil(lambda: window.sync.indicator.text() == "last sync just now · 1 pending")


def test_the_indicator_says_which_side_must_be_updated(qtbot):  # type: ignore[no-untyped-def]
    from kamdesk.sync import SyncStatus, UpgradeRequired
    from kamdesk.ui.sync_actions import indicator_text, short_failure

    def status(kind: str) -> SyncStatus:
        return SyncStatus(
            HUB, "wang", "rep", "dev", 3, 0, None, "…", None, kind, "the message", "hub"
        )

    assert indicator_text(status("UpgradeRequired"), has_token=True) == "update kamdesk to sync"
    assert indicator_text(status("HubOutdated"), has_token=True) == "the hub needs an update"
    assert short_failure(UpgradeRequired("x", hub_outdated=True)) == "the hub needs an update"
    assert short_failure(UpgradeRequired("x")) == "update kamdesk"
    assert short_failure("HubUnreachable") == "hub unreachable"
    assert short_failure("UserRevoked") == "sign in again"

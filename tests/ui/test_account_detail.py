"""The Accounts page's detail pane: the selected account's fields and contacts."""

from __future__ import annotations

from sqlalchemy import select

from kamdesk.models import Account
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact


def _add(store) -> str:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        create_account(
            session,
            AccountInput(
                name="华为技术有限公司",
                short_name="华为",
                industry="通信",
                category="industry",
                lifecycle_class="loyal",
                milestone="solution",
                phones="+86 755 2878 0808",
            ),
        )
        create_account(session, AccountInput(name="比亚迪股份有限公司"))
        huawei = session.scalars(select(Account.id).where(Account.name == "华为技术有限公司")).one()
        create_contact(
            session,
            huawei,
            ContactInput(
                name="王小明",
                title="采购经理",
                phones="13800138000",
                email="wang@example.com",
                work_hours="09:00-18:00",
                known_to_rep=True,
                personality="driver",
            ),
        )
    return huawei


def test_nothing_selected_shows_a_note(qtbot, main_window, store, wait_idle) -> None:  # type: ignore[no-untyped-def]
    _add(store)
    page = main_window.accounts_page
    page.model.reload()
    wait_idle()
    assert not page.detail.isHidden()
    assert page.detail.stack.currentWidget() is page.detail.placeholder
    assert "Select an account" in page.detail.placeholder.text()


def test_selecting_an_account_shows_its_fields_and_contacts(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    huawei = _add(store)
    page = main_window.accounts_page
    page.model.reload()
    wait_idle()
    with qtbot.waitSignal(page.detail.detail_shown, timeout=5_000) as shown:
        page.select_account(huawei)
    assert shown.args == [huawei]
    text = page.detail.body.text()
    assert page.detail.stack.currentWidget() is page.detail.scroll
    assert "华为技术有限公司" in text
    assert "Solution and tender" in text  # the milestone in words
    assert "Loyal" in text
    assert "王小明" in text and "采购经理" in text
    assert "138 0013 8000" in text  # phones formatted
    assert "wang@example.com" in text
    assert "09:00-18:00" in text
    assert "Driver" in text
    assert "Me" in text


def test_selecting_another_account_replaces_the_detail(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    huawei = _add(store)
    page = main_window.accounts_page
    page.model.reload()
    wait_idle()
    other = next(page.model._ids[row] for row in range(2) if page.model._ids[row] != huawei)
    with qtbot.waitSignal(page.detail.detail_shown, timeout=5_000):
        page.select_account(huawei)
    with qtbot.waitSignal(page.detail.detail_shown, timeout=5_000):
        page.select_account(other)
    text = page.detail.body.text()
    assert "比亚迪股份有限公司" in text
    assert "王小明" not in text


def test_each_contact_says_when_to_call_and_the_call_link_opens_the_guided_call(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    from datetime import UTC, datetime

    from kamdesk.models import Call, Contact
    from kamdesk.ui.call_dialog import CallDialog

    huawei = _add(store)
    with store.unit_of_work() as session:
        wang = session.scalars(select(Contact).where(Contact.name == "王小明")).one()
        session.add(
            Call(
                account_id=huawei,
                contact_id=wang.id,
                called_at=datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
                outcome="no_answer",
            )
        )
        wang_id = wang.id
    page = main_window.accounts_page
    page.model.reload()
    wait_idle()
    with qtbot.waitSignal(page.detail.detail_shown, timeout=5_000):
        page.select_account(huawei)
    wait_idle()
    text = page.detail.body.text()
    assert "good time to call, until" in text or "next good time:" in text
    timeline = page.detail.timeline
    assert timeline is not None
    qtbot.waitUntil(lambda: len(timeline.entries) == 1)

    page.detail.body.linkActivated.emit(f"call-contact:{wang_id}")
    qtbot.waitUntil(lambda: main_window.findChild(CallDialog) is not None)
    dialog = main_window.findChild(CallDialog)
    assert dialog.isVisible()
    dialog.reject()
    wait_idle()

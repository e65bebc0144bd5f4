"""Search as you type on the Accounts page: Ctrl+F, results by kind, Enter opens, Esc returns."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.ui.account_search import RESULT_ACCOUNT_ROLE


def _add(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        create_account(session, AccountInput(name="华为技术有限公司", short_name="华为"))
        create_account(session, AccountInput(name="深圳市华达精密", short_name="华达"))
        create_account(session, AccountInput(name="比亚迪股份有限公司", short_name="比亚迪"))


def _texts(page) -> list[str]:  # type: ignore[no-untyped-def]
    tree = page.search.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _search(qtbot, page, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.search.results_shown, timeout=5_000):
        page.search.box.setText(text)


def _window_with_accounts(qtbot, main_window, store, wait_idle):  # type: ignore[no-untyped-def]
    _add(store)
    main_window.accounts_page.model.reload()
    wait_idle()
    return main_window.accounts_page


def test_ctrl_f_switches_to_accounts_and_focuses_the_search_box(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("today")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page == "accounts"
    assert main_window.accounts_page.search.box.hasFocus()


def test_a_two_character_chinese_name_lists_the_account(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    page = _window_with_accounts(qtbot, main_window, store, wait_idle)
    _search(qtbot, page, "比亚")
    assert page.stack.currentWidget() is page.search.results
    texts = _texts(page)
    assert texts[0].startswith("Accounts")
    assert any("比亚迪股份有限公司" in text for text in texts)
    assert not any("华为" in text for text in texts)


def test_pinyin_initials_find_the_account(qtbot, main_window, store, wait_idle) -> None:  # type: ignore[no-untyped-def]
    page = _window_with_accounts(qtbot, main_window, store, wait_idle)
    _search(qtbot, page, "hw")
    texts = _texts(page)
    assert any("华为技术有限公司" in text for text in texts)


def test_contacts_are_listed_under_their_own_header(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    _add(store)
    with store.unit_of_work() as session:
        from kamdesk.services.accounts import account_ids

        first = account_ids(session)[0]
        create_contact(session, first, ContactInput(name="王小明", title="采购经理"))
    page = main_window.accounts_page
    page.model.reload()
    wait_idle()
    _search(qtbot, page, "王小明")
    texts = _texts(page)
    assert texts[0].startswith("Contacts")
    assert "采购经理" in texts[1]


def test_nothing_found_says_so(qtbot, main_window, store, wait_idle) -> None:  # type: ignore[no-untyped-def]
    page = _window_with_accounts(qtbot, main_window, store, wait_idle)
    _search(qtbot, page, "zzzzqqq")
    assert page.search.results.currentWidget() is page.search.message
    assert "zzzzqqq" in page.search.message.text()


def test_enter_opens_the_account_in_the_table(qtbot, main_window, store, wait_idle) -> None:  # type: ignore[no-untyped-def]
    page = _window_with_accounts(qtbot, main_window, store, wait_idle)
    _search(qtbot, page, "华为")
    wanted = page.search.tree.currentItem().data(0, RESULT_ACCOUNT_ROLE)
    qtbot.keyClick(page.search.box, Qt.Key.Key_Return)
    assert page.search.box.text() == ""
    assert page.stack.currentWidget() is page.table
    assert page.table.currentIndex().row() == page.model.row_of(wanted)


def test_escape_clears_the_search_and_returns_to_the_table(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    page = _window_with_accounts(qtbot, main_window, store, wait_idle)
    _search(qtbot, page, "hw")
    qtbot.keyClick(page.search.box, Qt.Key.Key_Escape)
    assert page.search.box.text() == ""
    assert page.stack.currentWidget() is page.table


def test_only_the_latest_query_is_shown(qtbot, main_window, store, wait_idle) -> None:  # type: ignore[no-untyped-def]
    page = _window_with_accounts(qtbot, main_window, store, wait_idle)
    search = page.search
    # Two queries in flight at once: the first one's answer arrives stale.
    search.box.setText("hw")
    search._run_query()
    with qtbot.waitSignal(search.results_shown, timeout=5_000) as shown:
        search.box.setText("比亚")
        search._run_query()
    wait_idle()
    assert shown.args == ["比亚"]
    assert not any("华为" in text for text in _texts(page))

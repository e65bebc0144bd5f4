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


def test_while_the_index_is_built_search_says_so_and_finds_everyone_once_it_is(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle, monkeypatch
) -> None:
    """After a first download the index is built in the background (the window's
    preparer); meanwhile the results say that some clients may be missing."""
    from kamdesk.models import search_index

    page = _window_with_accounts(qtbot, main_window, store, wait_idle)
    with store.unit_of_work() as session:
        connection = session.connection()
        search_index.restart_pending(connection)  # as a first download leaves it
        search_index.build_step(connection, batch=1)  # 华为 is in, 比亚迪 is not yet
    _search(qtbot, page, "比亚")
    message = page.search.message
    assert page.search.results.currentWidget() is message
    assert "Search 33% ready: some clients may be missing." in message.text()
    assert "Nothing matches “比亚”." in message.text()

    monkeypatch.setattr(search_index, "BUILD_BATCH", 1)
    preparer = main_window.search_preparer
    seen: list[str] = []
    preparer.progress_bar.valueChanged.connect(lambda _v: seen.append(preparer.label.text()))
    with qtbot.waitSignal(preparer.finished, timeout=10_000):
        assert preparer.start() is not None
    assert seen and seen[0].startswith("Preparing the search…") and seen[0].endswith("%")
    assert not preparer.label.isVisible() and not preparer.progress_bar.isVisible()
    assert main_window.statusBar().currentMessage() == "Search is ready: every client can be found."
    # The box asks again by itself, and the account is there, with no notice.
    qtbot.waitUntil(lambda: any("比亚迪股份有限公司" in text for text in _texts(page)))
    assert not any("ready" in text for text in _texts(page))
    wait_idle()
    assert preparer.start() is not None  # nothing pending: a quick look, no message
    wait_idle()
    assert preparer.handle is None


def test_results_found_while_the_index_is_built_carry_the_notice_first(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    from kamdesk.models import search_index

    page = _window_with_accounts(qtbot, main_window, store, wait_idle)
    with store.unit_of_work() as session:
        connection = session.connection()
        search_index.restart_pending(connection)
        search_index.build_step(connection, batch=1)  # the first account is in
        search_index.build_step(connection, batch=1)
    _search(qtbot, page, "华")
    texts = _texts(page)
    assert texts[0] == "Search 66% ready: some clients may be missing."
    assert "search index" in page.search.tree.topLevelItem(0).toolTip(0)
    assert texts[1].startswith("Accounts")
    assert page.search.tree.currentItem().text(0) == texts[2]  # Enter opens a client


def test_a_long_list_of_hits_says_how_many_more_match(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle, monkeypatch
) -> None:
    from kamdesk.ui import account_search

    monkeypatch.setattr(account_search, "RESULT_LIMIT", 2)
    page = _window_with_accounts(qtbot, main_window, store, wait_idle)
    with store.unit_of_work() as session:
        account = create_account(session, AccountInput(name="蓝海科技")).ids[0]
        for name in ("王芳", "王伟", "王强"):
            create_contact(session, account, ContactInput(name=name, title="采购经理"))
    _search(qtbot, page, "王")
    texts = _texts(page)
    assert "Contacts (the first 2 of 3: type more to narrow them down)" in texts
    _search(qtbot, page, "采购经理")
    texts = _texts(page)
    # The title is on the row already: the match says where, not the title again.
    assert any(t.startswith("王") and t.endswith("— 采购经理 · 蓝海科技  (title)") for t in texts)
    _search(qtbot, page, "华为")
    assert "Accounts (1)" in _texts(page)


def test_the_detail_follows_the_result_under_the_cursor(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    page = _window_with_accounts(qtbot, main_window, store, wait_idle)
    main_window.show_page("accounts")
    first_row = page.model.index(0, 0)
    page.table.setCurrentIndex(first_row)
    listed_first = page.detail.account_id
    assert listed_first is not None
    _search(qtbot, page, "华")  # 华为 and 华达: the first is current, and shown
    tree = page.search.tree
    current = tree.currentItem().data(0, RESULT_ACCOUNT_ROLE)
    qtbot.waitUntil(lambda: page.detail.account_id == current)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    other = tree.currentItem().data(0, RESULT_ACCOUNT_ROLE)
    assert other != current
    qtbot.waitUntil(lambda: page.detail.account_id == other)
    page.search.clear()  # back to the table: its selected account again
    assert page.detail.account_id == listed_first

"""The Accounts page's filters and the extra columns (milestone, owner, last visit, next action)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kamdesk.services.accounts import AccountFilter, AccountInput, create_account
from kamdesk.ui.account_model import ACCOUNT_SORT_KEYS, AccountTableModel


def _add(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        for name, industry, milestone in (
            ("华为技术有限公司", "通信", "solution"),
            ("中兴通讯股份有限公司", "通信", "contract"),
            ("比亚迪股份有限公司", "汽车", "relationship"),
            ("招商银行股份有限公司", "金融", ""),
        ):
            create_account(
                session, AccountInput(name=name, industry=industry, milestone=milestone, tier="A")
            )


def _names(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_model_with_filters_and_every_column_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, data_context, store, wait_idle
) -> None:
    _add(store)
    model = AccountTableModel(data_context)
    with qtbot.waitSignal(model.ids_loaded):
        model.reload()
    qtmodeltester.check(model)
    wait_idle()
    assert model.columnCount() == len(ACCOUNT_SORT_KEYS) == 11
    for column in range(model.columnCount()):
        model.index(0, column).data()
    wait_idle()
    qtmodeltester.check(model)
    milestone = ACCOUNT_SORT_KEYS.index("milestone")
    owner = ACCOUNT_SORT_KEYS.index("owner")
    assert model.headerData(milestone, Qt.Orientation.Horizontal) == "Milestone"
    assert {model.index(row, owner).data() for row in range(model.rowCount())} == {"Me"}
    for column in range(model.columnCount()):
        with qtbot.waitSignal(model.ids_loaded):
            model.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
    with qtbot.waitSignal(model.ids_loaded):
        model.set_filter(AccountFilter(industry={"通信"}))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_filtering_by_an_industry_shows_only_those_rows(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    _add(store)
    page = main_window.accounts_page
    main_window.show_page("accounts")
    with qtbot.waitSignal(page.filter_bar.options_loaded, timeout=5_000):
        main_window._data.data_changed.emit()
    wait_idle()
    assert page.model.rowCount() == 4
    menu = page.filter_bar.menus["industry"]
    telecom = next(action for action in menu.actions() if action.data() == "通信")
    assert "(2)" in telecom.text()
    with qtbot.waitSignal(page.model.ids_loaded, timeout=5_000):
        telecom.trigger()
    wait_idle()
    qtbot.waitUntil(lambda: all(_names(page.model)))
    assert sorted(_names(page.model)) == sorted(["华为技术有限公司", "中兴通讯股份有限公司"])
    industry = ACCOUNT_SORT_KEYS.index("industry")
    assert {page.model.index(r, industry).data() for r in range(2)} == {"通信"}
    assert page.filter_bar.buttons["industry"].text() == "Industry (1)"

    with qtbot.waitSignal(page.model.ids_loaded, timeout=5_000):
        page.filter_bar.clear_button.click()
    assert page.model.rowCount() == 4


def test_a_filter_that_keeps_nothing_says_so(qtbot, main_window, store, wait_idle) -> None:  # type: ignore[no-untyped-def]
    _add(store)
    page = main_window.accounts_page
    with qtbot.waitSignal(page.filter_bar.options_loaded, timeout=5_000):
        main_window._data.data_changed.emit()
    wait_idle()
    with qtbot.waitSignal(page.model.ids_loaded, timeout=5_000):
        page.filter_bar.set_checked("industry", {"no such industry"})
    assert page.stack.currentWidget() is page.no_match
    assert not page.filter_bar.isHidden()


def test_a_search_result_hidden_by_the_filters_still_shows_its_detail(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, wait_idle
) -> None:
    _add(store)
    page = main_window.accounts_page
    with qtbot.waitSignal(page.filter_bar.options_loaded, timeout=5_000):
        main_window._data.data_changed.emit()
    wait_idle()
    with qtbot.waitSignal(page.model.ids_loaded, timeout=5_000):
        page.filter_bar.set_checked("industry", {"金融"})
    with qtbot.waitSignal(page.search.results_shown, timeout=5_000):
        page.search.box.setText("比亚迪")
    with qtbot.waitSignal(page.detail.detail_shown, timeout=5_000):
        qtbot.keyClick(page.search.box, Qt.Key.Key_Return)
    assert "比亚迪股份有限公司" in page.detail.body.text()
    assert page.stack.currentWidget() is page.table

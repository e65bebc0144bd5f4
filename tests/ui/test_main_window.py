"""The main window: navigation, status bar, window state, pages built late, pages on real
data, files menu."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

from kamdesk.errors import StoreProblem, StoreProblemKind
from kamdesk.models import Account, Visit
from kamdesk.services.overview import account_ids
from kamdesk.settings import Settings, load_settings
from kamdesk.store import open_store
from kamdesk.ui.account_model import BLOCK_SIZE, AccountTableModel
from kamdesk.ui.main_window import PAGES, MainWindow


def _add_accounts(store, count: int, **values) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        session.add_all(
            [Account(name=f"Account {i:05d}", tier="ABC"[i % 3], **values) for i in range(count)]
        )


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# -- navigation and chrome ---------------------------------------------------------------


def test_clicking_the_navigation_shows_each_page(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    nav = main_window.navigation
    for row, name in reversed(list(enumerate(PAGES))):
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert main_window.current_page == name
        assert main_window.page_actions[row].isChecked()


def test_ctrl_1_to_4_switch_pages(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    _activate(qtbot, main_window)
    keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
    for key, name in reversed(list(zip(keys, PAGES, strict=True))):
        qtbot.keyClick(main_window, key, Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_page == name
        assert main_window.navigation.currentRow() == PAGES.index(name)


def test_menus_have_their_shortcuts(main_window) -> None:  # type: ignore[no-untyped-def]
    assert main_window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert not main_window.settings_action.shortcut().isEmpty()
    assert [a.shortcut().toString() for a in main_window.page_actions] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
    ]
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]


def test_status_bar_shows_where_the_data_lives(main_window, data_paths) -> None:  # type: ignore[no-untyped-def]
    label = main_window.data_location_label
    assert str(data_paths.root) in label.text()
    assert label.isVisible()
    # A permanent widget: a transient message does not hide it.
    main_window.statusBar().showMessage("Backing up…")
    assert label.isVisible()


def test_window_size_and_page_are_remembered_across_windows(
    qtbot, data_context, data_paths
) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(data_context, Settings())
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(770, 590)
    first.show_page("calls")
    qtbot.waitUntil(lambda: first.size().width() == 770)
    first.close()

    saved = load_settings(data_paths.settings)
    assert saved.ui_state["main_window/page"] == "calls"
    second = MainWindow(data_context, saved)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (770, 590)
    assert second.current_page == "calls"
    second.close()


def test_menu_entries_open_their_dialogs(main_window, modals, data_paths) -> None:  # type: ignore[no-untyped-def]
    main_window.settings_action.trigger()
    main_window.about_action.trigger()
    main_window.open_folder_action.trigger()
    assert modals.settings_dialogs == 1
    assert modals.about_dialogs == 1
    assert modals.opened_folders == [data_paths.root]


# -- pages built after the first frame -----------------------------------------------------


def _built_pages(window: MainWindow) -> list[str]:
    """The pages built so far; a page not built yet has a plain QWidget in its place."""
    return [name for row, name in enumerate(PAGES) if type(window.pages.widget(row)) is not QWidget]


def test_only_the_page_shown_first_is_built_before_the_first_paint(qtbot, data_context) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(data_context, Settings())
    qtbot.addWidget(window)
    assert _built_pages(window) == ["today"]
    with qtbot.waitSignal(window.first_painted):
        window.show()
    qtbot.waitUntil(lambda: _built_pages(window) == list(PAGES))
    assert window.current_page == "today"


def test_a_page_not_built_yet_is_built_when_its_shortcut_asks_for_it(qtbot, data_context) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(data_context, Settings())
    qtbot.addWidget(window)
    window.page_actions[PAGES.index("calls")].trigger()  # what Ctrl+3 does
    assert window.current_page == "calls"
    assert window.navigation.currentRow() == PAGES.index("calls")
    assert _built_pages(window) == ["today", "calls"]
    assert window.pages.currentWidget() is window.calls_page
    assert window.calls_page.empty_state.headline_label.text() == "Nobody to call on this day"


def test_the_visits_page_built_in_the_background_loads_its_week_when_shown(
    qtbot, data_context, store, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        account = Account(name="华为")
        session.add(account)
        session.flush()
        session.add_all([Visit(account_id=account.id, start=datetime.now(UTC)) for _ in range(2)])
    window = MainWindow(data_context, Settings())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.today_page.summary is not None)
    assert "visits" not in _built_pages(window)
    visits = window.visits_page
    wait_idle()
    assert visits.visits is None  # hidden: nothing read yet
    window.show()
    with qtbot.waitSignal(visits.visits_shown):
        window.show_page("visits")
    assert len(visits.week_view.visit_ids()) == 2
    wait_idle()


# -- pages on an empty store and on data ---------------------------------------------------


def test_an_empty_store_shows_empty_states_that_say_what_to_do(main_window) -> None:  # type: ignore[no-untyped-def]
    today, accounts = main_window.today_page, main_window.accounts_page
    assert today.stack.currentWidget() is today.empty_state
    assert "File ▸ Import…" in today.empty_state.body_label.text()
    assert today.empty_state.action_button.text() == "Load demo data…"
    main_window.show_page("accounts")
    assert accounts.stack.currentWidget() is accounts.empty_state
    assert accounts.empty_state.isVisible()
    for page in (main_window.calls_page, main_window.visits_page):
        text = (page.empty_state.headline_label.text() + page.empty_state.body_label.text()).lower()
        assert "placeholder" not in text and "coming soon" not in text
        assert page.empty_state.headline_label.text()


def test_demo_data_fills_today_and_accounts(qtbot, main_window, modals, wait_idle) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(main_window.demo_loaded, timeout=30_000):
        main_window.today_page.empty_state.action_button.click()
        assert main_window.demo_progress is not None
        assert main_window.demo_progress.isVisible()
    assert modals.texts("confirm"), "loading demo data asks first"
    qtbot.waitUntil(lambda: main_window.today_page.summary.accounts == 200, timeout=10_000)
    wait_idle()
    today = main_window.today_page
    assert today.stack.currentWidget() is today.overview
    assert today.accounts_card.value_label.text() == "200"
    assert int(today.contacts_card.value_label.text().replace(",", "")) > 200
    assert main_window.demo_progress is None

    main_window.show_page("accounts")
    page = main_window.accounts_page
    assert page.stack.currentWidget() is page.table
    assert page.model.rowCount() == 200
    assert page.header.subtitle_label.text() == "200 key accounts"
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() is not None)


def test_demo_data_is_removed_from_the_help_menu_and_the_rep_s_own_accounts_stay(  # type: ignore[no-untyped-def]
    qtbot, main_window, store, modals, wait_idle
) -> None:
    from kamdesk.services.accounts import AccountInput, create_account
    from kamdesk.services.demo import generate_demo

    with store.unit_of_work() as session:
        create_account(session, AccountInput(name="华达精密"))
        generate_demo(session, 5, seed=3)
    main_window._data.data_changed.emit()
    wait_idle()
    assert main_window.remove_demo_action in main_window.help_menu.actions()
    assert main_window.remove_demo_action.isEnabled()
    indicator = main_window.sync.indicator
    qtbot.waitUntil(lambda: indicator.text() == "demo data: not synced")

    modals.confirm_answer = False
    main_window.remove_demo_action.trigger()
    wait_idle()
    asked = modals.texts("confirm")[-1]
    assert asked.startswith("Remove the demo data? Demo accounts: 5, with contacts: ")
    assert "your own accounts stay" in asked
    assert main_window.today_page.summary.accounts == 6  # declined: nothing changed

    modals.confirm_answer = True
    with qtbot.waitSignal(main_window.demo_removed, timeout=10_000):
        main_window.remove_demo_action.trigger()
    wait_idle()
    assert "Demo data removed: demo accounts: 5." in main_window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: main_window.today_page.summary.accounts == 1)
    qtbot.waitUntil(lambda: indicator.text() == "not signed in · 1 pending")  # 华达精密
    main_window.show_page("accounts")
    qtbot.waitUntil(lambda: main_window.accounts_page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: main_window.accounts_page.model.index(0, 0).data() == "华达精密")

    main_window.remove_demo_action.trigger()  # once more: nothing left to remove
    wait_idle()
    assert modals.texts("information")[-1] == "There is no demo data in this data folder."


def test_declining_the_demo_confirmation_changes_nothing(main_window, modals) -> None:  # type: ignore[no-untyped-def]
    modals.confirm_answer = False
    assert main_window.load_demo_data() is None
    assert main_window.demo_progress is None


def test_cancelling_demo_data_leaves_nothing_behind(
    qtbot, main_window, data_context, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    handle = main_window.load_demo_data(2000)
    assert handle is not None
    cancel_button = main_window.demo_progress.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    with qtbot.waitSignal(handle.cancelled, timeout=30_000):
        cancel_button.click()
    assert main_window.demo_progress is None
    assert "nothing was changed" in main_window.statusBar().currentMessage()
    wait_idle()
    with data_context.store.reading() as session:
        assert account_ids(session) == []


# -- the accounts model --------------------------------------------------------------------


def test_account_model_passes_the_model_tester(
    qtbot, qtmodeltester, data_context, store, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    _add_accounts(store, BLOCK_SIZE + 30, category="industry", lifecycle_class="loyal")
    model = AccountTableModel(data_context)
    with qtbot.waitSignal(model.ids_loaded):
        model.reload()
    qtmodeltester.check(model)
    wait_idle()
    last = model.index(BLOCK_SIZE + 29, 0)
    assert last.data() is None  # not fetched yet: asking fetches its block
    qtbot.waitUntil(lambda: last.data() == f"Account {BLOCK_SIZE + 29:05d}")
    assert model.fetched_row_count == BLOCK_SIZE + 30
    assert model.index(0, 4).data() == "Industry"
    assert model.index(0, 5).data() == "Loyal"
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.ids_loaded):
        model.sort(6, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.ids_loaded):
        model.reload()
    qtmodeltester.check(model)


def test_account_model_fetches_rows_only_when_they_are_painted(
    qtbot, main_window, store, data_context
) -> None:  # type: ignore[no-untyped-def]
    total = BLOCK_SIZE * 10
    _add_accounts(store, total)
    page = main_window.accounts_page
    main_window.show_page("accounts")
    with qtbot.waitSignal(page.model.ids_loaded):
        data_context.data_changed.emit()
    assert page.model.rowCount() == total
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "Account 00000")
    assert 0 < page.model.fetched_row_count <= 2 * BLOCK_SIZE

    with qtbot.waitSignal(page.model.rows_fetched, timeout=10_000):
        page.table.scrollToBottom()
    last = page.model.index(total - 1, 0)
    qtbot.waitUntil(lambda: last.data() == f"Account {total - 1:05d}")
    assert page.model.fetched_row_count <= 4 * BLOCK_SIZE


def test_clicking_a_header_sorts_and_clicking_again_reverses(
    qtbot, main_window, store, data_context
) -> None:  # type: ignore[no-untyped-def]
    _add_accounts(store, 5)
    page = main_window.accounts_page
    main_window.show_page("accounts")
    with qtbot.waitSignal(page.model.ids_loaded):
        data_context.data_changed.emit()
    header = page.table.horizontalHeader()
    page.table.selectRow(0)
    selected = page.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        with qtbot.waitSignal(page.model.ids_loaded):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_header(0)  # name, already ascending: now descending
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "Account 00004")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # The selection follows its account to its new row.
    rows = page.table.selectionModel().selectedRows()
    assert [r.data(Qt.ItemDataRole.UserRole + 1) for r in rows] == [selected]
    assert rows[0].row() == 4

    click_header(6)  # tier, ascending: A (0, 3), B (1, 4), C (2)
    qtbot.waitUntil(lambda: page.model.index(0, 6).data() == "A")
    assert [page.model.index(r, 6).data() for r in range(5)] == ["A", "A", "B", "B", "C"]
    assert page.table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert not page.model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert page.model.rowCount(page.model.index(0, 0)) == 0
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert page.model.data(QModelIndex()) is None


# -- backup and restore ----------------------------------------------------------------------


def test_back_up_now_makes_a_backup_and_says_where(qtbot, main_window, modals) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(main_window.backup_made) as made:
        main_window.backup_action.trigger()
    path = made.args[0]
    assert path.exists() and path.name.startswith("manual-")
    assert any(str(path) in text for text in modals.texts("information"))


def test_a_failed_backup_is_reported(qtbot, main_window, modals, monkeypatch, wait_idle) -> None:  # type: ignore[no-untyped-def]
    from kamdesk import backup

    def broken(paths):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "manual_backup", broken)
    main_window.back_up_now()
    qtbot.waitUntil(lambda: bool(modals.texts("warning")))
    assert "No space left on device" in modals.texts("warning")[0]
    assert "unchanged" in modals.texts("warning")[0]


def test_restore_asks_then_restores_keeps_the_current_data_and_reopens(
    qtbot, main_window, modals, store, data_context, data_paths
) -> None:  # type: ignore[no-untyped-def]
    _add_accounts(store, 3)
    with qtbot.waitSignal(main_window.backup_made) as made:
        main_window.back_up_now()
    _add_accounts(store, 4)
    modals.restore_answer = made.args[0]

    with qtbot.waitSignal(main_window.restored, timeout=10_000) as restored:
        main_window.restore_action.trigger()
    assert modals.restore_offers and modals.restore_offers[0][0].path == made.args[0]
    confirm = modals.texts("confirm")[0]
    assert "before-restore" in confirm
    kept = restored.args[0]
    assert kept is not None and kept.name.startswith("before-restore-") and kept.exists()
    assert "The backup was restored" in modals.texts("information")[-1]
    qtbot.waitUntil(lambda: main_window.today_page.summary.accounts == 3)
    assert data_context.store is not store
    # The window still holds the data directory.
    with pytest.raises(StoreProblem) as problem:
        open_store(data_paths)
    assert problem.value.kind is StoreProblemKind.LOCKED


def test_restore_can_be_called_off(qtbot, main_window, modals, wait_idle) -> None:  # type: ignore[no-untyped-def]
    modals.restore_answer = None
    main_window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(modals.restore_offers))
    wait_idle()
    assert not modals.texts("confirm")

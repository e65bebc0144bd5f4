"""Start-up: problems opening the data, restoring at start-up, one window per data folder."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kamdesk import backup
from kamdesk.errors import StoreProblemKind
from kamdesk.models import Account
from kamdesk.paths import DataPaths
from kamdesk.settings import load_settings
from kamdesk.store import open_store
from kamdesk.ui.application import EXIT_NOT_OPENED, run_gui
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.single_instance import SingleInstance, server_name
from kamdesk.ui.startup_dialog import StartupChoice, StartupProblemDialog


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _store_with_backup(paths: DataPaths, accounts: int) -> Path:
    """A closed store with ``accounts`` accounts and a manual backup of it; returns the backup."""
    store = open_store(paths)
    with store.unit_of_work() as session:
        session.add_all([Account(name=f"客户{i:03d}") for i in range(accounts)])
    made = backup.manual_backup(paths)
    store.close()
    return made


def _damage(path: Path) -> None:
    """Overwrites the middle of the file (past the header) with fixed garbage."""
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(random.Random(7).randbytes(8192))


def _quit_after(check: Callable[[MainWindow], None], seen: dict[str, object]):  # type: ignore[no-untyped-def]
    """An ``after_show`` that runs ``check`` on the window, then always quits the event loop."""

    def after_show(window: MainWindow) -> None:
        try:
            seen["window"] = window
            check(window)
            seen["checked"] = True
        finally:
            QApplication.instance().quit()

    return after_show


def test_run_gui_opens_the_window_and_remembers_it_on_quit(qtbot, data_paths) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def check(window: MainWindow) -> None:
        assert window.isVisible()
        qtbot.waitUntil(lambda: window.today_page.summary is not None)
        assert window.today_page.stack.currentWidget() is window.today_page.empty_state

    status = run_gui(data_paths, "en", after_show=_quit_after(check, seen))
    assert status == 0 and seen.get("checked")
    assert "main_window/geometry" in load_settings(data_paths.settings).ui_state
    open_store(data_paths).close()  # the instance lock was released


def test_run_gui_with_demo_accounts_fills_the_folder(qtbot, data_paths) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def check(window: MainWindow) -> None:
        qtbot.waitUntil(
            lambda: (
                window.today_page.summary is not None and window.today_page.summary.accounts == 25
            ),
            timeout=30_000,
        )

    assert run_gui(data_paths, "en", demo_accounts=25, after_show=_quit_after(check, seen)) == 0
    assert seen.get("checked")


def test_a_damaged_database_offers_the_latest_backup_and_keeps_the_damaged_file(
    qtbot, data_paths, modals
) -> None:  # type: ignore[no-untyped-def]
    made = _store_with_backup(data_paths, 12)
    _damage(data_paths.database)
    damaged = _sha(data_paths.database)
    modals.startup_answers = [StartupChoice.RESTORE_LATEST_BACKUP]
    seen: dict[str, object] = {}

    def check(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: window.today_page.summary is not None)
        assert window.today_page.summary.accounts == 12

    assert run_gui(data_paths, "en", after_show=_quit_after(check, seen)) == 0
    assert seen.get("checked")
    (problem,) = modals.startup_problems
    assert problem.kind is StoreProblemKind.CORRUPT
    assert problem.latest_backup == made
    kept = [
        p
        for p in data_paths.root.iterdir()
        if p.name.startswith("kamdesk.sqlite3.damaged-") and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and _sha(kept[0]) == damaged
    (notice,) = modals.texts("information")
    assert made.name in notice and kept[0].name in notice


def test_a_file_that_is_not_a_database_is_explained_and_left_alone(data_paths, modals) -> None:  # type: ignore[no-untyped-def]
    data_paths.database.write_text("name,phone\n华为,123\n", encoding="utf-8")
    before = _sha(data_paths.database)
    modals.startup_answers = [StartupChoice.QUIT]
    assert run_gui(data_paths, "en") == EXIT_NOT_OPENED
    (problem,) = modals.startup_problems
    assert problem.kind is StoreProblemKind.NOT_A_DATABASE
    assert problem.latest_backup is None
    assert _sha(data_paths.database) == before


def test_a_folder_locked_by_a_command_shows_the_lock_and_can_try_again(
    store, data_paths, modals
) -> None:  # type: ignore[no-untyped-def]
    # The store fixture holds the lock, as `kamdesk demo` would; no window listens.
    modals.startup_answers = [StartupChoice.TRY_AGAIN, StartupChoice.QUIT]
    assert run_gui(data_paths, "en") == EXIT_NOT_OPENED
    assert [p.kind for p in modals.startup_problems] == [StoreProblemKind.LOCKED] * 2


def test_a_second_start_brings_the_first_window_to_the_front(
    qtbot, main_window, data_paths, modals, capsys
) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(data_paths)
    assert first.listen()
    first.activation_requested.connect(main_window.bring_to_front)
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(elsewhere.isActiveWindow)

    with qtbot.waitSignal(first.activation_requested):
        status = run_gui(data_paths, "en")
    assert status == 0
    assert not modals.startup_problems
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "already open" in lines[0]
    qtbot.waitUntil(main_window.isActiveWindow)
    first.close()


def test_a_second_run_gui_on_the_same_folder_activates_the_first_and_exits(
    qtbot, data_paths, modals, capsys
) -> None:  # type: ignore[no-untyped-def]
    results: dict[str, object] = {}

    def after_show(window: MainWindow) -> None:
        def second_start() -> None:
            try:
                elsewhere = QWidget()
                elsewhere.show()
                elsewhere.activateWindow()
                qtbot.waitUntil(elsewhere.isActiveWindow)
                results["status"] = run_gui(data_paths, "en")
                qtbot.waitUntil(window.isActiveWindow)
                results["activated"] = True
                elsewhere.close()
            finally:
                QApplication.instance().quit()

        QTimer.singleShot(0, second_start)  # once the first window listens

    assert run_gui(data_paths, "en", after_show=after_show) == 0
    assert results == {"status": 0, "activated": True}
    assert not modals.startup_problems
    assert "already open" in capsys.readouterr().err


# -- the pieces ----------------------------------------------------------------------------


def test_nobody_listening_means_no_activation(data_paths) -> None:  # type: ignore[no-untyped-def]
    assert SingleInstance.activate_running(data_paths, timeout_ms=2000) is False


def test_the_listening_instance_is_asked_to_come_forward(qtbot, data_paths) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(data_paths)
    assert first.listen()
    with qtbot.waitSignal(first.activation_requested):
        assert SingleInstance.activate_running(data_paths)
    first.close()
    assert SingleInstance.activate_running(data_paths, timeout_ms=2000) is False


def test_a_socket_left_behind_does_not_stop_the_next_owner(qtbot, data_paths) -> None:  # type: ignore[no-untyped-def]
    crashed = SingleInstance(data_paths)
    assert crashed.listen()
    successor = SingleInstance(data_paths)  # holds the lock now, so the old socket is stale
    assert successor.listen()
    with qtbot.waitSignal(successor.activation_requested):
        assert SingleInstance.activate_running(data_paths)
    successor.close()
    crashed.close()


def test_server_names_follow_the_data_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    one = DataPaths(tmp_path / "one")
    assert server_name(one) == server_name(DataPaths(tmp_path / "x" / ".." / "one"))
    assert server_name(one) != server_name(DataPaths(tmp_path / "two"))
    assert len(server_name(one)) < 40


@pytest.mark.parametrize("with_backup", [True, False])
def test_the_problem_dialog_says_what_happened_and_what_to_do(
    qtbot, data_paths, modals, with_backup
) -> None:  # type: ignore[no-untyped-def]
    if with_backup:
        _store_with_backup(data_paths, 1)
    else:
        open_store(data_paths).close()
        for old in data_paths.backups.iterdir():
            old.unlink()
    _damage(data_paths.database)
    from kamdesk.store import StoreProblem

    with pytest.raises(StoreProblem) as caught:
        open_store(data_paths)
    dialog = StartupProblemDialog(caught.value)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.happened_label.text() == caught.value.what_happened()
    assert dialog.to_do_label.text() == caught.value.what_to_do()
    assert dialog.restore_button.isVisible() is with_backup
    assert not dialog.retry_button.isVisible()
    dialog.folder_button.click()
    assert modals.opened_folders == [data_paths.root]
    assert dialog.isVisible()  # opening the folder does not decide anything
    (dialog.restore_button if with_backup else dialog.quit_button).click()
    expected = StartupChoice.RESTORE_LATEST_BACKUP if with_backup else StartupChoice.QUIT
    assert dialog.choice is expected and not dialog.isVisible()


def test_the_language_setting_is_used_and_lang_overrides_it(qtbot, data_paths) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.settings import Settings, save_settings

    data_paths.ensure()
    save_settings(data_paths.settings, Settings(language="zh_CN"))
    titles: list[str] = []

    def check(window: MainWindow) -> None:
        titles.append(window.navigation.item(1).text())

    seen: dict[str, object] = {}
    assert run_gui(data_paths, None, after_show=_quit_after(check, seen)) == 0
    assert run_gui(data_paths, "en", after_show=_quit_after(check, seen)) == 0
    assert titles == ["客户", "Accounts"]


def test_the_window_can_show_before_the_store_layer_is_imported() -> None:
    """The store opens on the worker, so nothing on the way to the window imports SQLAlchemy."""
    import subprocess
    import sys

    code = (
        "import sys, kamdesk.ui.application, kamdesk.app; "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')); "
        "print(heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def test_the_window_shows_before_pyside_builds_the_qt_namespace(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """On Today, the first frame uses no ``Qt.*`` enum: PySide builds all of them on the first use.

    That is some 50 ms; Today shows only its header before the data is open.
    Skipped where PySide builds the namespace at import (no lazy types to check).
    """
    import os
    import subprocess
    import sys
    import textwrap

    from kamdesk.settings import Settings, save_settings

    data = DataPaths(tmp_path / "data").ensure()
    save_settings(data.settings, Settings(ui_state={"main_window/page": "today"}))
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path

        import PySide6.QtCore as core

        if "Qt" in vars(core):
            print("built at import")
            sys.exit()
        from PySide6.QtWidgets import QApplication

        from kamdesk.paths import DataPaths
        from kamdesk.ui.application import run_gui

        def after_show(window):
            print(window.current_page, "built" if "Qt" in vars(core) else "not built")
            QApplication.instance().quit()

        run_gui(DataPaths(Path(sys.argv[1])), "en", after_show=after_show)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(data.root)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    if done.stdout.strip() == "built at import":
        pytest.skip("this PySide builds the Qt namespace when QtCore is imported")
    assert done.stdout.strip() == "today not built"


def test_the_account_columns_are_the_services_sort_keys() -> None:
    from kamdesk.services.accounts import SORT_KEYS as SERVICE_KEYS
    from kamdesk.ui.account_model import ACCOUNT_SORT_KEYS

    assert ACCOUNT_SORT_KEYS == SERVICE_KEYS

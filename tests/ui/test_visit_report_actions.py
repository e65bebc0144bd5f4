"""Visit reports from where a rep looks at visits: Ctrl+P on the Visits and Today pages,
the week's export (the real options dialog, one file each) and File ▸ Export visit reports…."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu

from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.visits import VisitPlan, plan_visit, save_report
from kamdesk.ui.report_export import ExportOptionsDialog, ReportExportProgress, ReportPreviewDialog
from kamdesk.ui.visit_editor import VisitEditor
from kamdesk.ui.visits_page import COLUMNS


def _rep_day() -> tuple[ZoneInfo, datetime]:
    """The rep's zone (the default settings') and today's midnight on the rep's clock."""
    zone = ZoneInfo("Asia/Shanghai")
    today = datetime.now(UTC).astimezone(zone).date()
    return zone, datetime.combine(today, time(0), tzinfo=zone)


@pytest.fixture
def visits_book(store):  # type: ignore[no-untyped-def]
    """Three visits today and one on another day of this week; one last week, one next week.

    ``week`` lists this week's four by start; ``today`` today's three.
    """
    _zone, midnight = _rep_day()
    monday = midnight - timedelta(days=midnight.weekday())
    # Another day of the same week: Monday, or Tuesday when today is Monday.
    other_day = monday if midnight != monday else monday + timedelta(days=1)
    with store.unit_of_work() as session:
        huawei = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        li = create_contact(session, huawei, ContactInput(name="李娜", title="采购经理")).ids[0]
        zte = create_account(session, AccountInput(name="中兴通讯")).ids[0]
        zhao = create_contact(session, zte, ContactInput(name="赵敏")).ids[0]

        def plan(account: str, contact: str, start: datetime) -> tuple[datetime, str]:
            return start, plan_visit(session, VisitPlan(account, (contact,), start)).visit_id

        today = [
            plan(huawei, li, midnight + timedelta(hours=10)),
            plan(zte, zhao, midnight + timedelta(hours=13)),
            plan(zte, zhao, midnight + timedelta(hours=15)),
        ]
        other = plan(huawei, li, other_day + timedelta(hours=7, minutes=30))
        plan(huawei, li, midnight - timedelta(days=7) + timedelta(hours=10))
        plan(zte, zhao, midnight + timedelta(days=7, hours=10))
        save_report(session, today[0][1], {"notes": "谈妥了试用", "status": "done"})
    return {
        "week": [visit_id for _start, visit_id in sorted([*today, other])],
        "today": [visit_id for _start, visit_id in today],
        "huawei_10": today[0][1],
        "zte_13": today[1][1],
    }


def _activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _previews(window) -> list[ReportPreviewDialog]:  # type: ignore[no-untyped-def]
    """The preview dialogs the window itself opened (not those of a visit editor)."""
    return window.findChildren(
        ReportPreviewDialog, options=Qt.FindChildOption.FindDirectChildrenOnly
    )


def _ctrl_p(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def _wait_preview(qtbot, window, visit_id: str) -> ReportPreviewDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(_previews(window)) == 1)
    (preview,) = _previews(window)
    assert preview.visit_id == visit_id
    qtbot.waitUntil(lambda: preview.report is not None and bool(preview.pdf), timeout=20_000)
    assert preview.pdf.startswith(b"%PDF")
    return preview


def _close(preview: ReportPreviewDialog, wait_idle) -> None:  # type: ignore[no-untyped-def]
    wait_idle()
    preview.close()
    QApplication.processEvents()


def _show_visits(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.visits_page
    with qtbot.waitSignal(page.visits_shown):
        window.show_page("visits")
    return page


def test_ctrl_p_on_the_week_view_previews_the_selected_visit(  # type: ignore[no-untyped-def]
    qtbot, main_window, visits_book, wait_idle
) -> None:
    window = main_window
    _activate(qtbot, window)
    page = _show_visits(qtbot, window)
    page.set_view_mode("week")
    page.week_view.setFocus()
    page.week_view.set_current(visits_book["zte_13"])
    _ctrl_p(qtbot, page.week_view)
    preview = _wait_preview(qtbot, window, visits_book["zte_13"])
    assert "中兴通讯" in preview.windowTitle()
    _close(preview, wait_idle)


def test_ctrl_p_on_the_list_previews_the_selected_visit(  # type: ignore[no-untyped-def]
    qtbot, main_window, visits_book, wait_idle
) -> None:
    window = main_window
    _activate(qtbot, window)
    page = _show_visits(qtbot, window)
    page.list_button.click()
    table = page.table
    table.setFocus()
    row = table.listed_visit_ids().index(visits_book["huawei_10"])
    table.selectRow(row)
    _ctrl_p(qtbot, table)
    preview = _wait_preview(qtbot, window, visits_book["huawei_10"])
    assert "华为技术有限公司" in preview.windowTitle()
    _close(preview, wait_idle)


def test_ctrl_p_with_no_visit_selected_says_what_to_do(  # type: ignore[no-untyped-def]
    qtbot, main_window, visits_book, wait_idle
) -> None:
    window = main_window
    _activate(qtbot, window)
    page = _show_visits(qtbot, window)
    page.list_button.click()
    page.table.clearSelection()
    _ctrl_p(qtbot, page.table)
    assert _previews(window) == []
    assert "Select a visit" in window.statusBar().currentMessage()
    window.show_page("accounts")
    window.statusBar().clearMessage()
    _ctrl_p(qtbot, window)
    assert _previews(window) == []
    assert "Select a visit" in window.statusBar().currentMessage()
    wait_idle()


def test_ctrl_p_on_today_previews_the_visit_selected_in_visits_today(  # type: ignore[no-untyped-def]
    qtbot, main_window, visits_book, wait_idle
) -> None:
    window = main_window
    _activate(qtbot, window)
    window.show_page("today")
    today = window.today_page
    today.refresh()
    qtbot.waitUntil(lambda: today.visits_count == 3)
    table = today.visits_view.table
    # Before the rep moves into the table nothing is selected and Ctrl+P names no visit.
    assert today.current_visit_id() is None
    # Tab into the table: the first row is selected, so Ctrl+P and Enter have a visit.
    table.setFocus(Qt.FocusReason.TabFocusReason)
    assert today.current_visit_id() == visits_book["today"][0]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert today.current_visit_id() == visits_book["today"][1]
    _ctrl_p(qtbot, table)
    preview = _wait_preview(qtbot, window, visits_book["today"][1])
    _close(preview, wait_idle)


def test_today_s_table_shows_no_cell_frame_until_the_rep_moves_in(  # type: ignore[no-untyped-def]
    qtbot, main_window, visits_book, wait_idle
) -> None:
    window = main_window
    window.show_page("today")
    today = window.today_page
    today.refresh()
    qtbot.waitUntil(lambda: today.visits_count == 3)
    table = today.visits_view.table
    # Focus that comes with the window (not the rep's Tab or click) leaves no current cell.
    table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    assert not table.currentIndex().isValid()
    assert not table.selectionModel().hasSelection()
    # The first arrow key then starts at the first visit, not the second.
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert today.current_visit_id() == visits_book["today"][0]
    wait_idle()


def test_the_window_has_one_ctrl_p_and_the_visit_editor_keeps_its_own(  # type: ignore[no-untyped-def]
    qtbot, main_window, visits_book, wait_idle
) -> None:
    window = main_window
    ctrl_p = QKeySequence("Ctrl+P")
    in_window = [
        a
        for a in window.findChildren(type(window.preview_report_action))
        if ctrl_p in a.shortcuts()
    ]
    shortcuts = [
        s
        for s in window.findChildren(QShortcut)
        if s.key() == ctrl_p
        and s.parentWidget() is not None
        and s.parentWidget().window() is window
    ]
    assert in_window == [window.preview_report_action]
    assert shortcuts == []
    # The editor is a window of its own: its Ctrl+P previews from there, the window's does not
    # fire (an ambiguous shortcut would do nothing and Qt would warn, failing the test).
    window.open_visit(visits_book["huawei_10"])
    (editor,) = window.findChildren(VisitEditor)
    qtbot.waitUntil(lambda: editor.isVisible())
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    wait_idle()
    _ctrl_p(qtbot, editor.text_edits["notes"])
    qtbot.waitUntil(lambda: len(editor.findChildren(ReportPreviewDialog)) == 1)
    assert _previews(window) == []
    (preview,) = editor.findChildren(ReportPreviewDialog)
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        pass
    assert preview.visit_id == visits_book["huawei_10"]
    _close(preview, wait_idle)
    editor.close()
    wait_idle()


def _drive_export_dialog(qtbot, folder: Path, seen: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Once the options dialog is up: one file per visit, into ``folder``, Export."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportOptionsDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog._count)
        dialog.each_radio.click()
        dialog.target_edit.setText(str(folder))
        dialog.export_button.click()

    QTimer.singleShot(0, answer)


def _wait_export(qtbot, window, folder: Path, count: int) -> list[Path]:  # type: ignore[no-untyped-def]
    """Waits for the export's progress dialog to end; the PDFs written in ``folder``."""
    qtbot.waitUntil(
        lambda: (
            not window.findChildren(ReportExportProgress)
            and len(list(folder.glob("*.pdf"))) == count
        ),
        timeout=30_000,
    )
    files = sorted(folder.glob("*.pdf"))
    for path in files:
        assert path.read_bytes().startswith(b"%PDF"), path
    assert not [p for p in folder.iterdir() if p.name.startswith(".kamdesk")]  # nothing left over
    return files


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_week_s_export_takes_exactly_the_week_s_visits(  # type: ignore[no-untyped-def]
    qtbot, main_window, visits_book, wait_idle, tmp_path, modals
) -> None:
    window = main_window
    page = _show_visits(qtbot, window)
    page.set_view_mode("week")
    assert sorted(page.export_ids()) == sorted(visits_book["week"])
    assert page.export_button.isEnabled()
    assert page.export_button.text() == "Export the week's reports…"
    requested: list[object] = []
    page.reports_export_requested.connect(requested.append)
    seen: list[int] = []
    _drive_export_dialog(qtbot, tmp_path, seen)
    page.export_button.click()  # the options dialog runs modally until answered
    assert seen == [4]
    assert [sorted(ids) for ids in requested] == [sorted(visits_book["week"])]  # type: ignore[arg-type]
    files = _wait_export(qtbot, window, tmp_path, 4)
    texts = [_pdf_text(path) for path in files]
    assert sum("华为技术有限公司" in text for text in texts) == 2
    assert sum("中兴通讯" in text for text in texts) == 2
    assert any("谈妥了试用" in text for text in texts)
    assert modals.texts("information") and "4 PDF file" in modals.texts("information")[-1]
    wait_idle()


def test_the_list_exports_the_visits_listed_or_the_ones_selected(  # type: ignore[no-untyped-def]
    qtbot, main_window, visits_book, wait_idle, tmp_path
) -> None:
    window = main_window
    page = _show_visits(qtbot, window)
    page.list_button.click()
    table = page.table
    assert table.listed_visit_ids() == visits_book["week"]  # by date
    assert page.export_ids() == visits_book["week"]
    # Filtered to the done ones: what is listed.
    page.status_combo.setCurrentIndex(page.status_combo.findData("done"))
    assert page.export_ids() == [visits_book["huawei_10"]]
    assert page.export_button.text() == "Export the listed reports…"
    page.status_combo.setCurrentIndex(0)
    # One selected: still the visits listed. Two selected (Ctrl+click): those two.
    table.selectRow(0)
    assert page.export_ids() == visits_book["week"]
    selection = table.selectionModel()
    selection.select(
        page.proxy.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.export_ids() == [visits_book["week"][0], visits_book["week"][2]]
    assert page.export_button.text() == "Export 2 selected reports…"
    # A right-click on one of them keeps both selected for the menu's export.
    rect = table.visualRect(page.proxy.index(2, COLUMNS.index("account")))
    menus: list[str] = []
    page.table.context_requested.connect(lambda visit_id, _where: menus.append(visit_id))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), table.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(table.viewport(), event)
    assert menus == [visits_book["week"][2]]
    assert page.export_ids() == [visits_book["week"][0], visits_book["week"][2]]
    for menu in page.findChildren(QMenu):
        menu.close()
    requested: list[object] = []
    page.reports_export_requested.connect(requested.append)
    seen: list[int] = []
    _drive_export_dialog(qtbot, tmp_path, seen)
    assert page.request_export()
    assert seen == [2]
    assert requested == [[visits_book["week"][0], visits_book["week"][2]]]
    _wait_export(qtbot, window, tmp_path, 2)
    wait_idle()


def test_file_export_visit_reports_exports_the_week_the_visits_page_shows(  # type: ignore[no-untyped-def]
    qtbot, main_window, visits_book, wait_idle, tmp_path
) -> None:
    window = main_window
    assert window.export_reports_action in window.file_menu.actions()
    assert window.preview_report_action in window.file_menu.actions()
    assert window.preview_report_action.shortcut().toString() == "Ctrl+P"
    window.show_page("accounts")  # the Visits page was never looked at: this week
    this_week = tmp_path / "this week"
    this_week.mkdir()
    seen: list[int] = []
    _drive_export_dialog(qtbot, this_week, seen)
    window.export_reports_action.trigger()
    qtbot.waitUntil(lambda: seen == [4], timeout=10_000)
    _wait_export(qtbot, window, this_week, 4)
    # The rep goes to next week on the Visits page: the menu now exports that week's one visit.
    page = _show_visits(qtbot, window)
    with qtbot.waitSignal(page.visits_shown):
        page.next_button.click()
    next_week = tmp_path / "next week"
    next_week.mkdir()
    window.show_page("today")
    _drive_export_dialog(qtbot, next_week, seen)
    window.export_reports_action.trigger()
    qtbot.waitUntil(lambda: seen == [4, 1], timeout=10_000)
    (only,) = _wait_export(qtbot, window, next_week, 1)
    assert "中兴通讯" in _pdf_text(only)
    wait_idle()


def test_the_visit_s_context_menu_offers_the_preview_and_the_export(  # type: ignore[no-untyped-def]
    qtbot, main_window, visits_book, wait_idle
) -> None:
    window = main_window
    page = _show_visits(qtbot, window)
    page.set_view_mode("week")
    visit_id = visits_book["week"][3]
    rect = page.week_view.block_rect(visit_id)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse,
        rect.center().toPoint(),
        page.week_view.mapToGlobal(rect.center().toPoint()),
    )
    QApplication.sendEvent(page.week_view, event)
    (menu,) = [m for m in page.findChildren(QMenu) if m.isVisible()]
    texts = [action.text() for action in menu.actions()]
    assert "&Preview report…\tCtrl+P" in texts
    assert "Export the week's reports…" in texts
    (preview_action,) = [a for a in menu.actions() if a.text().startswith("&Preview")]
    assert preview_action.shortcut().isEmpty()  # the key stays the window's alone
    preview_action.trigger()
    menu.close()
    preview = _wait_preview(qtbot, window, visit_id)
    _close(preview, wait_idle)

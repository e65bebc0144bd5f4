"""Visit reports from the window: the preview with QtPdf, Save as PDF…, and the batch export."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPushButton

from kamdesk.reports import render
from kamdesk.services import visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.visits import VisitPlan
from kamdesk.ui.report_export import (
    COMBINED,
    EACH,
    ExportChoice,
    ExportOptionsDialog,
    ReportExportProgress,
    ReportPreviewDialog,
    export_visit_reports,
    preview_visit_report,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def week(store) -> list[str]:  # type: ignore[no-untyped-def]
    """Three visits this week, two of them to 华为 on the same day, with their reports typed."""
    now = datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)
    ids = []
    with store.unit_of_work() as session:
        huawei = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        li = create_contact(session, huawei, ContactInput(name="李娜", title="采购经理")).ids[0]
        zte = create_account(session, AccountInput(name="中兴通讯")).ids[0]
        zhao = create_contact(session, zte, ContactInput(name="赵敏")).ids[0]
        for account, contact, hours in ((huawei, li, 1), (zte, zhao, 26), (huawei, li, 4)):
            visit_id = visits.plan_visit(
                session, VisitPlan(account, (contact,), now + timedelta(hours=hours)), now=now
            ).visit_id
            visits.save_report(session, visit_id, {"notes": f"谈了 {hours} 件事", "status": "done"})
            ids.append(visit_id)
    return ids


def _pages(path: Path) -> int:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_, path
    try:
        return document.pageCount()
    finally:
        document.close()


def _preview(qtbot, data_context, visit_id) -> ReportPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = ReportPreviewDialog(data_context, visit_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=20_000):
        dialog.show()
        dialog.start()
    return dialog


def test_the_preview_shows_the_report_pages(qtbot, data_context, week, wait_idle) -> None:  # type: ignore[no-untyped-def]
    dialog = preview_visit_report(None, data_context, week[0])
    free = dialog.screen().availableGeometry()  # 800 × 800 offscreen: less than it asks
    assert dialog.height() < free.height() and dialog.width() < free.width()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=20_000):
        pass
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 1
    assert dialog.view.isVisibleTo(dialog)
    assert dialog.view.document() is dialog.document
    assert dialog.view.pageMode() == dialog.view.PageMode.MultiPage
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    assert dialog.save_button.isEnabled()
    assert "华为技术有限公司" in dialog.windowTitle()
    assert dialog.pdf.startswith(b"%PDF")
    assert dialog.pages_label.text() == f"Page 1 of {dialog.document.pageCount()}"
    wait_idle()
    dialog.close()


def test_save_as_pdf_suggests_the_account_and_date_and_asks_before_replacing(  # type: ignore[no-untyped-def]
    qtbot, data_context, week, wait_idle, tmp_path, monkeypatch, modals
) -> None:
    dialog = _preview(qtbot, data_context, week[0])
    suggested: list[Path] = []
    target = tmp_path / "华为.pdf"

    def ask_target(parent, proposal):  # type: ignore[no-untyped-def]
        suggested.append(proposal)
        return target

    monkeypatch.setattr(
        ReportPreviewDialog, "ask_target", classmethod(lambda cls, p, s: ask_target(p, s))
    )
    with qtbot.waitSignal(dialog.saved_to, timeout=10_000) as saved:
        dialog.save_button.click()
    assert saved.args == [str(target)]
    assert dialog.saved_label.text() == f"Saved to {target}"
    assert suggested[0].suffix == ".pdf"
    assert "2026-11-24" in suggested[0].name and "华为技术有限公司" in suggested[0].name
    assert target.read_bytes() == dialog.pdf
    assert _pages(target) == dialog.document.pageCount()
    assert not modals.texts("confirm")

    # The file exists now: the rep is asked, and "no" leaves it alone.
    target.write_bytes(b"kept")
    modals.confirm_answer = False
    assert dialog.save_as() is None
    assert target.read_bytes() == b"kept"
    assert "already exists" in modals.texts("confirm")[0]
    modals.confirm_answer = True
    with qtbot.waitSignal(dialog.saved_to, timeout=10_000):
        dialog.save_as()
    assert target.read_bytes().startswith(b"%PDF")
    wait_idle()
    assert [p.name for p in tmp_path.iterdir()] == ["华为.pdf"]  # no temporary file left


def test_a_visit_that_is_gone_says_so_in_the_preview(qtbot, data_context, store, week) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        visits.delete_visit(session, week[0])
    dialog = ReportPreviewDialog(data_context, week[0])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.start()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "could not be made" in dialog.error_label.text()
    assert not dialog.save_button.isEnabled()


def _cancel_button(dialog: ReportExportProgress) -> QPushButton:
    (button,) = dialog.findChildren(QPushButton)
    assert button.isVisible() and button.text() == "Cancel"
    return button


def _export(qtbot, data_context, ids, choice, monkeypatch) -> ReportExportProgress:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        ExportOptionsDialog, "ask", classmethod(lambda cls, count, parent=None: choice)
    )
    dialog = export_visit_reports(None, data_context, ids)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_the_weeks_visits_as_one_combined_pdf(  # type: ignore[no-untyped-def]
    qtbot, data_context, week, wait_idle, tmp_path, monkeypatch, modals
) -> None:
    target = tmp_path / "week.pdf"
    dialog = _export(qtbot, data_context, week, ExportChoice(COMBINED, target), monkeypatch)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as exported:
        pass
    wait_idle()
    assert exported.args == [[target]]
    assert _pages(target) >= 3
    assert modals.texts("information") and str(target) in modals.texts("information")[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["week.pdf"]


def test_one_file_per_visit_with_distinct_names(  # type: ignore[no-untyped-def]
    qtbot, data_context, week, wait_idle, tmp_path, monkeypatch
) -> None:
    dialog = _export(qtbot, data_context, week, ExportChoice(EACH, tmp_path), monkeypatch)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as exported:
        pass
    wait_idle()
    written = exported.args[0]
    assert len(written) == 3
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(p.name for p in written)  # no hidden folder left behind
    assert len(set(names)) == 3
    assert sum("华为技术有限公司" in name for name in names) == 2
    assert all(_pages(p) >= 1 for p in written)


def test_cancelling_a_combined_export_leaves_the_old_file(  # type: ignore[no-untyped-def]
    qtbot, data_context, week, wait_idle, tmp_path, monkeypatch, modals
) -> None:
    target = tmp_path / "week.pdf"
    target.write_bytes(b"last week's")
    started, go = threading.Event(), threading.Event()
    real = render.render_reports

    def gated(datas, out, progress=None, cancel=None):  # type: ignore[no-untyped-def]
        def step(done: int, total: int, message: str) -> None:
            progress(done, total, message)
            if done == 1:
                started.set()
                go.wait(10)

        return real(datas, out, progress=step, cancel=cancel)

    monkeypatch.setattr(render, "render_reports", gated)
    dialog = _export(qtbot, data_context, week, ExportChoice(COMBINED, target), monkeypatch)
    assert "already exists" in modals.texts("confirm")[0]
    qtbot.waitUntil(started.is_set, timeout=20_000)
    with qtbot.waitSignal(dialog.export_cancelled, timeout=20_000):
        _cancel_button(dialog).click()
        go.set()
    wait_idle()
    assert target.read_bytes() == b"last week's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["week.pdf"]


def test_cancelling_files_per_visit_writes_none_of_them(  # type: ignore[no-untyped-def]
    qtbot, data_context, week, wait_idle, tmp_path, monkeypatch
) -> None:
    started, go = threading.Event(), threading.Event()
    real = render.render_visit_report
    count = []

    def gated(data, out):  # type: ignore[no-untyped-def]
        real(data, out)
        count.append(out)
        if len(count) == 1:
            started.set()
            go.wait(10)

    monkeypatch.setattr(render, "render_visit_report", gated)
    dialog = _export(qtbot, data_context, week, ExportChoice(EACH, tmp_path), monkeypatch)
    qtbot.waitUntil(started.is_set, timeout=20_000)
    with qtbot.waitSignal(dialog.export_cancelled, timeout=20_000):
        _cancel_button(dialog).click()
        go.set()
    wait_idle()
    assert len(count) == 1  # one report was laid out, then the cancel stopped it
    assert list(tmp_path.iterdir()) == []


def test_the_options_dialog_keeps_a_path_per_mode_and_checks_it(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportOptionsDialog(7)
    qtbot.addWidget(dialog)
    assert "7" in dialog.count_label.text()
    assert dialog.mode() == COMBINED
    assert dialog.target_edit.text().endswith(".pdf")
    dialog.target_edit.setText(str(tmp_path / "week"))
    dialog.each_radio.setChecked(True)
    assert dialog.mode() == EACH
    dialog.target_edit.setText(str(tmp_path / "missing"))
    dialog.export_button.click()
    assert dialog.problem_label.isVisibleTo(dialog)
    assert "is not a folder" in dialog.problem_label.text()
    dialog.target_edit.setText(str(tmp_path))
    dialog.combined_radio.setChecked(True)
    assert dialog.target_edit.text() == str(tmp_path / "week")
    dialog.export_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.choice() == ExportChoice(COMBINED, tmp_path / "week.pdf")


def test_nothing_to_export_says_so(data_context, modals) -> None:  # type: ignore[no-untyped-def]
    assert export_visit_reports(None, data_context, []) is None
    assert modals.texts("information") == ["There are no visits to export."]

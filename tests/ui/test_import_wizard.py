"""File ▸ Import…: the wizard on a real store, from the file to the accounts page."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from kamdesk.models import Account, Contact
from kamdesk.ui.import_wizard import ImportWizard

GOOD_AND_BAD = (
    "客户名称,联系人,手机,邮箱\n"
    "深圳市华达精密制造有限公司,张伟,13800138000,zw@huada.com\n"
    "深圳市华达精密制造有限公司,李娜,1380013800,lina@huada.com\n"
    "广州蓝天物流有限公司,王芳,13900139000,\n"
)

OTHER_HEADERS = (
    "Firma,Ansprechpartner,Handy,Bemerkung\n"
    "Acme Trading,Anna Schmidt,13800138000,likes tea\n"
    "Beta Logistics,Bo Li,13900139000,\n"
)


def _counts(store) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        accounts = session.scalar(select(func.count()).select_from(Account)) or 0
        contacts = session.scalar(select(func.count()).select_from(Contact)) or 0
    return accounts, contacts


def _open_wizard(qtbot, main_window) -> ImportWizard:  # type: ignore[no-untyped-def]
    main_window.file_transfer.import_action.trigger()
    wizard = main_window.file_transfer.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.step == "file"
    return wizard


def _preview(qtbot, wizard: ImportWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard.path_edit.setText(str(path))
    with qtbot.waitSignal(wizard.plan_made, timeout=10_000):
        wizard.next_button.click()
    assert wizard.step == "preview"


def _import(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    assert wizard.next_button.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next_button.click()
    assert wizard.step == "result"


def _problem_rows(wizard: ImportWizard) -> list[tuple[str, str, str]]:
    table = wizard.problems_table
    return [
        tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
        for row in range(table.rowCount())
    ]


def _counts_shown(wizard: ImportWizard, result: bool = False) -> list[list[str]]:
    table = wizard.result_counts_table if result else wizard.counts_table
    return [
        [table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())
    ]


def test_the_file_menu_starts_with_import_export_and_template(main_window) -> None:  # type: ignore[no-untyped-def]
    actions = main_window.file_menu.actions()
    transfer = main_window.file_transfer
    assert actions[:4] == [
        transfer.import_action,
        transfer.export_action,
        transfer.template_action,
        actions[3],
    ]
    assert actions[3].isSeparator()
    assert transfer.import_action.shortcut().toString() == "Ctrl+I"
    assert transfer.export_action.shortcut().toString() == "Ctrl+Shift+E"
    assert transfer.import_action.text() == "&Import…"


def test_a_template_file_goes_straight_to_the_preview_with_its_bad_row(
    qtbot, main_window, store, tmp_path, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "book.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    wizard = _open_wizard(qtbot, main_window)
    _preview(qtbot, wizard, path)

    assert _problem_rows(wizard) == [("3", "手机", "1380013800 is not a valid phone number.")]
    assert _counts_shown(wizard) == [["2", "0", "0"], ["2", "0", "0"]]
    assert "book.csv (CSV, UTF-8): 3 row(s)." in wizard.preview_summary_label.text()
    assert _counts(store) == (0, 0), "the preview writes nothing"

    _import(qtbot, wizard)
    assert _counts(store) == (2, 2)
    assert wizard.result is not None and wizard.result.rows_imported == 2
    assert "2 row(s) imported." in wizard.result_label.text()
    assert "1 row(s) with problems" in wizard.result_notes_label.text()
    wait_idle()
    model = main_window.accounts_page.model
    qtbot.waitUntil(lambda: model.loaded and model.rowCount() == 2)
    assert main_window.today_page.summary.accounts == 2
    assert "New accounts: 2; new contacts: 2." in main_window.statusBar().currentMessage()
    wizard.next_button.click()  # Close
    assert not wizard.isVisible()


def test_importing_the_same_file_again_creates_no_duplicates(
    qtbot, main_window, store, tmp_path, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "book.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    shown = []
    for _time in range(2):
        wizard = _open_wizard(qtbot, main_window)
        _preview(qtbot, wizard, path)
        _import(qtbot, wizard)
        shown.append(_counts_shown(wizard, result=True))
        wizard.next_button.click()
        wait_idle()
    assert _counts(store) == (2, 2)
    assert shown == [[["2", "0", "0"], ["2", "0", "0"]], [["0", "0", "2"], ["0", "0", "2"]]]


def test_other_headers_are_mapped_by_hand(qtbot, main_window, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "firmen.csv"
    path.write_text(OTHER_HEADERS, encoding="utf-8")
    wizard = _open_wizard(qtbot, main_window)
    wizard.path_edit.setText(str(path))
    with qtbot.waitSignal(wizard.table_read, timeout=10_000):
        wizard.next_button.click()
    assert wizard.step == "mapping"
    table = wizard.mapping_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Firma",
        "Ansprechpartner",
        "Handy",
        "Bemerkung",
    ]
    assert table.item(0, 1).text() == "Acme Trading"
    assert wizard.mapping() == {}

    # Without an account column the mapping is refused, in words, on the mapping step.
    with qtbot.waitSignal(wizard.problem_shown):
        wizard.next_button.click()
    assert wizard.step == "mapping"
    assert "account name" in wizard.status_label.text()

    wizard.set_mapping(0, "account")
    wizard.set_mapping(1, "contact")
    wizard.set_mapping(2, "phone")
    assert wizard.mapping_combos[1].currentText() == "Contact name"
    # A field goes to one column only.
    wizard.set_mapping(3, "contact")
    assert wizard.mapping() == {0: "account", 2: "phone", 3: "contact"}
    wizard.set_mapping(1, "contact")
    assert wizard.mapping() == {0: "account", 1: "contact", 2: "phone"}

    with qtbot.waitSignal(wizard.plan_made, timeout=10_000):
        wizard.next_button.click()
    assert wizard.step == "preview"
    assert "Columns not imported: Bemerkung" in wizard.preview_notes_label.text()
    assert not wizard.problems_table.isVisible()
    _import(qtbot, wizard)
    with store.reading() as session:
        names = sorted(session.scalars(select(Account.name)))
        phones = sorted(p for c in session.scalars(select(Contact)) for p in c.phones)
    assert names == ["Acme Trading", "Beta Logistics"]
    assert phones == ["+8613800138000", "+8613900139000"]

    # Back from a preview leads to the mapping, which keeps the choices.
    wizard2 = ImportWizard(main_window.file_transfer._data, main_window)
    qtbot.addWidget(wizard2)
    _preview_via_mapping = wizard2
    _preview_via_mapping.path_edit.setText(str(path))
    with qtbot.waitSignal(wizard2.table_read, timeout=10_000):
        wizard2.next_button.click()
    wizard2.set_mapping(0, "account")
    with qtbot.waitSignal(wizard2.plan_made, timeout=10_000):
        wizard2.next_button.click()
    wizard2.back_button.click()
    assert wizard2.step == "mapping"
    assert wizard2.mapping() == {0: "account"}


def test_a_gbk_file_is_read(qtbot, main_window, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gbk.csv"
    path.write_bytes("客户名称,联系人,手机\n华南电子有限公司,陈静,13700137000\n".encode("gbk"))
    wizard = _open_wizard(qtbot, main_window)
    _preview(qtbot, wizard, path)
    assert "GB18030" in wizard.preview_summary_label.text()
    _import(qtbot, wizard)
    with store.reading() as session:
        assert list(session.scalars(select(Account.name))) == ["华南电子有限公司"]
        assert list(session.scalars(select(Contact.name))) == ["陈静"]


def test_cancelling_at_the_preview_writes_nothing(
    qtbot, main_window, store, tmp_path, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "book.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    wizard = _open_wizard(qtbot, main_window)
    _preview(qtbot, wizard, path)
    wizard.cancel_button.click()
    assert not wizard.isVisible()
    wait_idle()
    assert _counts(store) == (0, 0)
    assert main_window.file_transfer.wizard is None


def test_cancelling_the_import_rolls_back_what_it_wrote(
    qtbot, main_window, store, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.services import importing

    # The import stops after its first row is flushed, until Cancel is clicked.
    written, go_on = threading.Event(), threading.Event()
    real_apply = importing.apply_import

    def apply_import(session, plan, *, progress, cancel, keep_local):  # type: ignore[no-untyped-def]
        def paused(done: int, total: int, message: str = "") -> None:
            progress(done, total, message)
            if done == 1:
                written.set()
                assert go_on.wait(10)

        return real_apply(session, plan, progress=paused, cancel=cancel, keep_local=keep_local)

    monkeypatch.setattr(importing, "BATCH", 1)
    monkeypatch.setattr(importing, "apply_import", apply_import)
    path = tmp_path / "book.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    wizard = _open_wizard(qtbot, main_window)
    _preview(qtbot, wizard, path)
    wizard.next_button.click()
    assert wizard.step == "result"
    assert wizard.cancel_button.isVisible() and not wizard.next_button.isVisible()
    qtbot.waitUntil(written.is_set)
    with qtbot.waitSignal(wizard.import_cancelled, timeout=10_000):
        wizard.cancel_button.click()
        go_on.set()
    assert wizard.result_label.text() == "The import was cancelled; nothing was changed."
    assert wizard.next_button.isVisible()  # Close
    assert _counts(store) == (0, 0)


def test_an_import_queued_behind_other_work_can_be_cancelled(
    qtbot, main_window, store, tmp_path, data_context
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "book.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    wizard = _open_wizard(qtbot, main_window)
    _preview(qtbot, wizard, path)
    busy, release = threading.Event(), threading.Event()

    def hold(ctx):  # type: ignore[no-untyped-def]
        busy.set()
        assert release.wait(10)

    data_context.run(hold, label="holding the database worker")
    qtbot.waitUntil(busy.is_set)
    wizard.next_button.click()
    with qtbot.waitSignal(wizard.import_cancelled, timeout=10_000):
        wizard.cancel_button.click()
    release.set()
    assert _counts(store) == (0, 0)


def test_a_file_that_cannot_be_read_is_explained_on_the_first_step(
    qtbot, main_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    wizard = _open_wizard(qtbot, main_window)
    wizard.path_edit.setText(str(tmp_path / "book.xls"))
    with qtbot.waitSignal(wizard.problem_shown, timeout=10_000) as shown:
        wizard.next_button.click()
    assert "old Excel file (.xls)" in shown.args[0]
    assert wizard.step == "file"
    assert wizard.next_button.isEnabled()


def test_browse_fills_in_the_file(qtbot, main_window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    chosen = tmp_path / "book.csv"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    wizard = _open_wizard(qtbot, main_window)
    assert not wizard.next_button.isEnabled()
    wizard.browse_button.click()
    assert wizard.path_edit.text() == str(chosen)
    assert wizard.next_button.isEnabled()


def test_the_template_is_saved_from_the_wizard(
    qtbot, main_window, modals, monkeypatch, tmp_path, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "template"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    wizard = _open_wizard(qtbot, main_window)
    dialog = wizard.save_template()
    assert dialog is not None
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        pass
    saved = tmp_path / "template.csv"
    header = saved.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("account,short_name,industry")
    assert modals.texts("information")[-1].startswith("The import template was saved to")

    # …and imports as it is.
    _preview(qtbot, wizard, saved)
    assert wizard.plan is not None and wizard.plan.rows_valid == 1


def test_the_wizard_speaks_chinese(qtbot, qapp, main_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.translations import install_translations

    install_translations(qapp, "zh_CN")
    path = tmp_path / "book.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    wizard = _open_wizard(qtbot, main_window)
    _preview(qtbot, wizard, path)
    row, column, reason = _problem_rows(wizard)[0]
    assert (row, column) == ("3", "手机")
    assert reason.startswith("1380013800 ")
    assert not reason.isascii(), reason

    # The template's headers follow the window's language.
    target = tmp_path / "模板.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog = wizard.save_template()
    assert dialog is not None
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        pass
    assert target.read_text(encoding="utf-8-sig").startswith("客户名称,简称,行业")


VCARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:张伟\r\n"
    "ORG:深圳市华达精密制造有限公司;采购部\r\n"
    "TEL;TYPE=CELL:138 0013 8000\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:没有公司的人\r\n"
    "TEL:13700137000\r\n"
    "END:VCARD\r\n"
)


def test_a_vcard_file_takes_its_organisation_as_the_account(
    qtbot, main_window, store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARD, encoding="utf-8")
    wizard = _open_wizard(qtbot, main_window)
    _preview(qtbot, wizard, path)
    (row, column, _reason), *_rest = _problem_rows(wizard)
    assert (row, column) == ("7", "ORG")  # the card without a company, by its line
    _import(qtbot, wizard)
    with store.reading() as session:
        assert list(session.scalars(select(Account.name))) == ["深圳市华达精密制造有限公司"]
        assert list(session.scalars(select(Contact.name))) == ["张伟"]


def test_a_kamdesk_export_needs_no_mapping_and_changes_nothing_here(
    qtbot, main_window, store, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.services.exporting import export_json

    path = tmp_path / "book.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    wizard = _open_wizard(qtbot, main_window)
    _preview(qtbot, wizard, path)
    _import(qtbot, wizard)
    wizard.next_button.click()
    exported = tmp_path / "book.json"
    with store.reading() as session:
        export_json(session, exported)

    wizard = _open_wizard(qtbot, main_window)
    _preview(qtbot, wizard, exported)
    assert "kamdesk JSON" in wizard.preview_summary_label.text()
    assert _counts_shown(wizard)[:2] == [["0", "0", "2"], ["0", "0", "2"]]
    wizard.back_button.click()
    assert wizard.step == "file", "a JSON export has no columns to map"


def test_an_excel_workbook_is_read(qtbot, main_window, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["客户名称", "联系人", "手机"])
    sheet.append(["杭州西湖茶业有限公司", "周敏", "13500135000"])
    path = tmp_path / "book.xlsx"
    workbook.save(path)
    wizard = _open_wizard(qtbot, main_window)
    _preview(qtbot, wizard, path)
    assert "book.xlsx (Excel): 1 row(s)." in wizard.preview_summary_label.text()
    _import(qtbot, wizard)
    with store.reading() as session:
        assert list(session.scalars(select(Contact.name))) == ["周敏"]


def test_closing_the_wizard_while_it_reads_drops_the_result(
    qtbot, main_window, store, tmp_path, data_context, wait_idle
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "book.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    wizard = _open_wizard(qtbot, main_window)
    busy, release = threading.Event(), threading.Event()

    def hold(ctx):  # type: ignore[no-untyped-def]
        busy.set()
        assert release.wait(10)

    data_context.run(hold, label="holding the database worker")
    qtbot.waitUntil(busy.is_set)
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    assert wizard.handle is not None
    wizard.cancel_button.click()
    assert not wizard.isVisible()
    release.set()
    wait_idle()
    assert main_window.file_transfer.wizard is None
    assert _counts(store) == (0, 0)

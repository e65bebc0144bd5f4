"""File ▸ Export… and Save import template…: the file chosen, the overwrite question, the content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from kamdesk.models import Account, Contact
from kamdesk.ui.export_dialog import ExportDialog


@pytest.fixture
def book(store):  # type: ignore[no-untyped-def]
    """Two accounts, one with a contact."""
    with store.unit_of_work() as session:
        huada = Account(name="深圳市华达精密制造有限公司", phones=["+8675588881234"])
        session.add_all([huada, Account(name="广州蓝天物流有限公司")])
        session.flush()
        session.add(Contact(account_id=huada.id, name="张伟", phones=["+8613800138000"]))
    return store


def _answer_save_dialog(monkeypatch, path: Path, selected: str = "") -> list[tuple]:  # type: ignore[no-untyped-def]
    asked: list[tuple] = []

    def get_save_file_name(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return str(path), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return asked


def _export(qtbot, main_window) -> ExportDialog:  # type: ignore[no-untyped-def]
    main_window.file_transfer.export_action.trigger()
    dialog = main_window.file_transfer.export_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        assert dialog.isVisible()  # the progress shows while the file is written
    return dialog


def test_export_json_writes_everything(
    qtbot, main_window, book, modals, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "book.json"
    asked = _answer_save_dialog(monkeypatch, target)
    _export(qtbot, main_window)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "kamdesk-export"
    names = sorted(a["name"] for a in document["entities"]["account"])
    assert names == ["广州蓝天物流有限公司", "深圳市华达精密制造有限公司"]
    assert [c["name"] for c in document["entities"]["contact"]] == ["张伟"]
    assert "JSON" in asked[0][3] and "CSV" in asked[0][3]  # both filters offered
    text = modals.texts("information")[-1]
    assert text.startswith(f"Everything was exported to\n{target}")
    assert "Accounts: 2" in text and "Contacts: 1" in text


def test_export_csv_writes_the_template_columns(
    qtbot, main_window, book, modals, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "book.csv"
    _answer_save_dialog(monkeypatch, target)
    _export(qtbot, main_window)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("account,short_name,industry")
    assert len(lines) == 3  # one row per contact, one for the account without
    assert any(line.startswith("深圳市华达精密制造有限公司,") and "张伟" in line for line in lines)
    assert modals.texts("information")[-1] == f"2 row(s) exported to\n{target}"


def test_a_name_without_extension_takes_the_chosen_filter(
    qtbot, main_window, book, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    csv_filter = "Contact list, CSV for Excel (*.csv)"
    _answer_save_dialog(monkeypatch, tmp_path / "contacts", csv_filter)
    _export(qtbot, main_window)
    assert (tmp_path / "contacts.csv").is_file()


def test_replacing_a_file_is_asked_first(
    qtbot, main_window, book, modals, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "book.json"
    target.write_text("keep me", encoding="utf-8")
    _answer_save_dialog(monkeypatch, target)
    modals.confirm_answer = False
    main_window.file_transfer.export_action.trigger()
    assert main_window.file_transfer.export_dialog is None
    assert "already exists" in modals.texts("confirm")[-1]
    assert target.read_text(encoding="utf-8") == "keep me"

    modals.confirm_answer = True
    _export(qtbot, main_window)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "kamdesk-export"


def test_no_file_chosen_exports_nothing(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert main_window.file_transfer.export() is None


def test_a_folder_that_does_not_exist_is_reported(
    qtbot, main_window, modals, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "missing" / "book.json"
    _answer_save_dialog(monkeypatch, target)
    main_window.file_transfer.export_action.trigger()
    dialog = main_window.file_transfer.export_dialog
    with qtbot.waitSignal(dialog.export_failed, timeout=10_000) as failed:
        pass
    assert "The folder does not exist." in failed.args[0]
    assert modals.texts("warning")[-1].startswith(f"{target} could not be written: ")


def test_the_template_is_saved_from_the_file_menu(
    qtbot, main_window, modals, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "template.csv"
    asked = _answer_save_dialog(monkeypatch, target)
    main_window.file_transfer.template_action.trigger()
    dialog = main_window.file_transfer.export_dialog
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        pass
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",")[:3] == ["account", "short_name", "industry"]
    assert len(lines) == 2  # the headers and one example
    assert "*.json" not in asked[0][3]
    assert modals.texts("information")[-1].startswith("The import template was saved to")

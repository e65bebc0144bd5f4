"""`kamdesk import` and `kamdesk export`: the contract of docs/cli.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kamdesk.app import main
from kamdesk.models import Account, Contact, OutboxEntry
from kamdesk.paths import DataPaths
from kamdesk.store import open_store

GOOD_AND_BAD = (
    "客户名称,联系人,手机,邮箱\n"
    "深圳市华达精密制造有限公司,张伟,13800138000,zw@huada.com\n"
    "深圳市华达精密制造有限公司,李娜,1380013800,lina@huada.com\n"
    "广州蓝天物流有限公司,王芳,13900139000,\n"
)


@pytest.fixture(autouse=True)
def _application(qapp):
    """The commands share the process-wide Qt application with the GUI tests."""
    return qapp


@pytest.fixture(autouse=True)
def _work_in_a_temporary_folder(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def counts(data_dir: Path) -> dict[str, int]:
    store = open_store(DataPaths(data_dir), lock=False, maintenance=False)
    with store, store.reading() as session:
        return {
            "accounts": session.scalar(select(func.count()).select_from(Account)) or 0,
            "contacts": session.scalar(select(func.count()).select_from(Contact)) or 0,
            "outbox": session.scalar(select(func.count()).select_from(OutboxEntry)) or 0,
        }


def test_import_reports_the_summary_on_stdout_and_each_bad_row_on_stderr(
    capsys, tmp_path, isolated_user_dirs
):
    Path("book.csv").write_text(GOOD_AND_BAD, encoding="utf-8")
    code, out, err = run(capsys, "import", "book.csv")
    assert code == 0
    assert "Read book.csv (CSV, utf-8). Rows: 3." in out
    assert "Accounts: 2 new, 0 updated, 0 unchanged." in out
    assert "Contacts: 2 new, 0 updated, 0 unchanged." in out
    assert "Rows not imported: 1; their problems are listed on stderr." in out
    assert err == "row 3, column 手机: 1380013800 is not a valid phone number.\n"
    assert counts(isolated_user_dirs) == {"accounts": 2, "contacts": 2, "outbox": 4}

    code, out, err = run(capsys, "import", "book.csv")
    assert code == 0
    assert "Accounts: 0 new, 0 updated, 2 unchanged." in out
    assert counts(isolated_user_dirs)["outbox"] == 4


def test_import_speaks_chinese(capsys, tmp_path):
    Path("book.csv").write_text(GOOD_AND_BAD, encoding="utf-8")
    code, out, err = run(capsys, "import", "book.csv", "--lang", "zh_CN")
    assert code == 0
    assert err.startswith("第 3 行，“手机”列：1380013800 ")
    assert "客户：新增 2，更新 0，不变 0。" in out
    assert "未导入的行：1 行，" in out


def test_import_json_output(capsys, tmp_path):
    Path("book.csv").write_text(GOOD_AND_BAD, encoding="utf-8")
    code, out, err = run(capsys, "import", "book.csv", "--json")
    assert code == 0
    assert err == ""
    shown = json.loads(out)
    assert shown == {
        "file": "book.csv",
        "source": "csv",
        "encoding": "utf-8",
        "dry_run": False,
        "rows": 3,
        "rows_imported": 2,
        "rows_bad": 1,
        "counts": {
            "account": {"created": 2, "updated": 0, "unchanged": 0},
            "contact": {"created": 2, "updated": 0, "unchanged": 0},
        },
        "problems": [
            {"row": 3, "column": "手机", "reason": "1380013800 is not a valid phone number."}
        ],
        "kept": [],
        "mapping": {"客户名称": "account", "联系人": "contact", "手机": "phone", "邮箱": "email"},
        "unmapped": [],
        "notes": [],
    }


def test_a_dry_run_writes_nothing_not_even_a_database(capsys, tmp_path, isolated_user_dirs):
    Path("book.csv").write_text(GOOD_AND_BAD, encoding="utf-8")
    code, out, _ = run(capsys, "import", "book.csv", "--dry-run")
    assert code == 0
    assert "Accounts: 2 new" in out and "Dry run: nothing was written." in out
    assert not DataPaths(isolated_user_dirs).database.exists()

    run(capsys, "import", "book.csv")
    before = counts(isolated_user_dirs)
    code, out, _ = run(capsys, "import", "book.csv", "--dry-run", "--json")
    assert json.loads(out)["counts"]["account"] == {"created": 0, "updated": 0, "unchanged": 2}
    assert counts(isolated_user_dirs) == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "The file is empty."),
        ("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "This is not a CSV file"),
        ("missing.csv", None, "There is no such file."),
        ("cards.vcf", b"no cards here", "The file holds no vCard."),
        ("sheet.xlsx", b"PK\x03\x04", "This is not an Excel workbook (.xlsx)."),
        ("notes.docx", b"x", "Unknown file type .docx"),
        ("nomap.csv", "名字,电话号码\n张伟,13800138000\n".encode(), "No column holds the account"),
    ],
)
def test_a_file_that_cannot_be_read_is_one_line_on_stderr_and_exit_1(
    capsys, tmp_path, isolated_user_dirs, name, content, message
):
    if content is not None:
        Path(name).write_bytes(content)
    code, out, err = run(capsys, "import", name)
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kamdesk: {name}: ")
    assert message in lines[0]
    assert not DataPaths(isolated_user_dirs).database.exists()


def test_map_reads_other_columns(capsys, tmp_path):
    Path("odd.csv").write_text("单位全名,负责人,备用电话\n蓝海科技,王芳,13900139000\n", "utf-8")
    code, out, err = run(
        capsys,
        "import",
        "odd.csv",
        "--map",
        "单位全名=account",
        "--map",
        "负责人=contact",
        "--map",
        "3=phone",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["mapping"] == {
        "单位全名": "account",
        "负责人": "contact",
        "备用电话": "phone",
    }


def test_columns_map_leaves_to_guessing_find_the_fields_it_frees(capsys, tmp_path):
    """客户 holds the person here: once it is mapped to the contact, 公司名称 is the account."""
    Path("book.csv").write_text(
        "客户,公司名称,联系人,手机\n王芳,蓝海科技,备注：老客户,13900139000\n", "utf-8"
    )
    code, out, err = run(
        capsys, "import", "book.csv", "--map", "客户=contact", "--map", "联系人=-", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["mapping"] == {"客户": "contact", "公司名称": "account", "手机": "phone"}
    code, out, _ = run(capsys, "search", "王芳", "--json")
    [contact] = json.loads(out)["contacts"]
    assert (contact["name"], contact["account_name"]) == ("王芳", "蓝海科技")


def test_an_english_export_with_contact_columns_imports_both(capsys, tmp_path):
    Path("book.csv").write_text(
        "name,short_name,region,contact_name,contact_title\n华达精密,华达,华东,赵敏,采购经理\n",
        "utf-8",
    )
    code, out, err = run(capsys, "import", "book.csv", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["unmapped"] == []
    assert report["counts"]["account"]["created"] == report["counts"]["contact"]["created"] == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "x.csv", "--map", "nothing"],
        ["import", "x.csv", "--map", "客户名称=company_size"],
        ["import", "x.csv", "--map", "没有这一列=account"],
        ["export", "out.txt"],
        ["export", "--template", "template.xlsx"],
        ["export"],
    ],
)
def test_usage_errors(capsys, tmp_path, argv):
    Path("x.csv").write_text("客户名称\n华达\n", "utf-8")
    code, _out, err = run(capsys, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("kamdesk: ")


def test_export_json_import_elsewhere_export_again_gives_the_same_file(capsys, tmp_path):
    assert run(capsys, "demo", "--accounts", "5", "--seed", "3")[0] == 0
    code, out, _ = run(capsys, "export", "book.json", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["format"] == "json" and shown["counts"]["account"] == 5
    code, out, err = run(capsys, "import", "book.json", "--data-dir", "other")
    assert code == 0, err
    assert "Accounts: 5 new" in out
    assert run(capsys, "export", "again.json", "--data-dir", "other")[0] == 0
    assert Path("again.json").read_bytes() == Path("book.json").read_bytes()


def test_export_refuses_to_overwrite_without_force(capsys, tmp_path):
    run(capsys, "demo", "--accounts", "2")
    Path("contacts.csv").write_text("mine", "utf-8")
    code, _, err = run(capsys, "export", "contacts.csv")
    assert code == 1 and "already exists" in err
    assert Path("contacts.csv").read_text("utf-8") == "mine"
    code, _out, _ = run(capsys, "export", "contacts.csv", "--force", "--lang", "en")
    assert code == 0
    assert Path("contacts.csv").read_bytes().startswith(b"\xef\xbb\xbfaccount,short_name,")


def test_export_csv_headers_follow_the_language(capsys, tmp_path):
    run(capsys, "demo", "--accounts", "2")
    assert run(capsys, "export", "zh.csv", "--lang", "zh_CN")[0] == 0
    assert Path("zh.csv").read_text("utf-8-sig").startswith("客户名称,简称,行业,")


def test_export_template_then_import_it(capsys, tmp_path, isolated_user_dirs):
    code, out, _ = run(capsys, "export", "--template", "template.csv", "--lang", "zh_CN")
    assert code == 0 and "template.csv" in out
    data = Path("template.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0].startswith("客户名称,简称,")
    code, out, err = run(capsys, "import", "template.csv", "--json")
    assert code == 0, err
    assert json.loads(out)["rows_bad"] == 0
    assert counts(isolated_user_dirs)["contacts"] == 1


def test_export_without_data_is_an_error(capsys, tmp_path):
    code, _, err = run(capsys, "export", "book.json")
    assert code == 1 and err.startswith("kamdesk: ")


@pytest.mark.parametrize(("setting", "kept"), [("no", False), ("yes", True)])
def test_imported_contacts_keep_personality_notes_local_as_the_setting_says(
    capsys, isolated_user_dirs, setting, kept
):
    assert run(capsys, "settings", "keep_personality_local_default", setting)[0] == 0
    Path("book.csv").write_text(GOOD_AND_BAD, encoding="utf-8")
    assert run(capsys, "import", "book.csv")[0] == 0
    store = open_store(DataPaths(isolated_user_dirs), lock=False, maintenance=False)
    with store, store.reading() as session:
        flags = set(session.scalars(select(Contact.keep_local)))
    assert flags == {kept}

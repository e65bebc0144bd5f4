"""The command line: one clear line and exit 1 (2 for usage) on any error, never a traceback."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk import __version__
from kamdesk.app import main


@pytest.fixture(autouse=True)
def _application(qapp):
    """The commands share the process-wide Qt application with the GUI tests."""
    return qapp


@pytest.fixture(autouse=True)
def _work_in_a_temporary_folder(monkeypatch, tmp_path):
    """Relative paths on the command line (``backup FILE``) land in the test's folder."""
    monkeypatch.chdir(tmp_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line_error(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kamdesk: ")
    assert "Traceback" not in err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"kamdesk {__version__}"


def test_help_lists_the_commands(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in (
        "demo",
        "search",
        "backup",
        "restore",
        "info",
        "settings",
        "--data-dir",
        "--lang",
    ):
        assert command in out


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["search"],
        ["demo", "--accounts", "-3"],
        ["demo", "--accounts", "many"],
        ["search", "x", "--lang", "fr"],
        ["restore"],
        ["restore", "a.sqlite3", "--latest"],
    ],
)
def test_usage_errors_are_one_line_with_exit_status_2(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert_one_line_error(err)


def test_searching_before_there_is_any_data_says_so(capsys, isolated_user_dirs):
    code, _, err = run(capsys, "search", "华为")
    assert code == 1
    assert_one_line_error(err)
    assert str(isolated_user_dirs) in err


def test_data_dir_option_is_accepted_before_and_after_the_command(capsys, tmp_path):
    for argv in (
        ["--data-dir", str(tmp_path / "a"), "info", "--json"],
        ["info", "--data-dir", str(tmp_path / "a"), "--json"],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        assert json.loads(out)["data_dir"] == str(tmp_path / "a")


def test_settings_are_shown_changed_and_validated(capsys):
    assert run(capsys, "settings", "rep_name", "王小明")[0] == 0
    code, out, _ = run(capsys, "settings", "rep_name")
    assert (code, out.strip()) == (0, "王小明")
    code, _, err = run(capsys, "settings", "work_start", "25:99")
    assert code == 1
    assert_one_line_error(err)
    assert "work_start" in err
    code, _, err = run(capsys, "settings", "favourite_colour", "blue")
    assert code == 1 and "favourite_colour" in err
    code, out, _ = run(capsys, "settings", "--json")
    assert json.loads(out)["rep_name"] == "王小明"


def test_backup_list_and_restore_round_trip(capsys, data_paths, tmp_path):
    from kamdesk.models import Account
    from kamdesk.store import open_store

    with open_store(data_paths) as store, store.unit_of_work() as session:
        session.add(Account(name="备份前的客户"))
    code, out, err = run(capsys, "backup", str(tmp_path / "copy.sqlite3"), "--json")
    assert code == 0, err
    assert json.loads(out)["path"] == str(tmp_path / "copy.sqlite3")
    code, out, _ = run(capsys, "backup", "--list", "--json")
    assert any(entry["kind"] == "daily" for entry in json.loads(out))
    code, out, err = run(capsys, "restore", str(tmp_path / "copy.sqlite3"))
    assert code == 0, err
    assert "before-restore-" in out


def test_restore_is_refused_while_the_window_holds_the_data_directory(capsys, data_paths, tmp_path):
    from kamdesk.store import open_store

    with open_store(data_paths):
        code, _, err = run(capsys, "restore", "--latest")
    assert code == 1
    assert_one_line_error(err)
    assert "in use by another kamdesk" in err


def test_a_damaged_database_gets_one_line_naming_the_latest_backup(capsys, data_paths):
    from kamdesk.store import open_store

    open_store(data_paths).close()
    with open(data_paths.database, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\xff" * 4000)
    code, _, err = run(capsys, "info")
    assert code == 1
    assert_one_line_error(err)
    assert "kamdesk restore" in err and "daily-" in err


def test_info_reports_where_everything_is(capsys, data_paths):
    from kamdesk.store import head_revision, open_store

    open_store(data_paths).close()
    code, out, _ = run(capsys, "info", "--json")
    info = json.loads(out)
    assert code == 0
    assert info["database"] == str(data_paths.database)
    assert info["schema"] == head_revision()
    assert info["backups"] == 1


TOKENS = [
    "search",
    "backup",
    "restore",
    "info",
    "settings",
    "--json",
    "--lang",
    "zh_CN",
    "en",
    "fr",
    "--limit",
    "0",
    "-1",
    "7",
    "--latest",
    "--list",
    "work_start",
    "25:00",
    "",
    "华为",
    "\x00",
    "--accounts",
    "--seed",
    "x",
    "--add",
    "language",
    "--data-dir",
    "-",
    "--",
    "nonexistent.sqlite3",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    command=st.sampled_from(["search", "backup", "restore", "info", "settings", "demo"]),
    rest=st.lists(st.sampled_from(TOKENS), max_size=6),
)
def test_no_input_ever_produces_a_traceback(capsys, command, rest):
    # Always a command: without one kamdesk opens its window.
    argv = [command, *rest]
    if command == "demo":
        argv += ["--accounts", "3"]
    code = main(argv)
    err = capsys.readouterr().err
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err
    if code:
        assert_one_line_error(err)


def test_an_unexpected_error_is_one_line_and_logged(capsys, monkeypatch, isolated_user_dirs):
    from kamdesk import cli

    def explode(args, paths, out):
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(cli.COMMANDS, "info", explode)
    code, _, err = run(capsys, "info")
    assert code == 1
    assert_one_line_error(err)
    assert "ZeroDivisionError" in err
    log = Path(isolated_user_dirs) / "logs" / "kamdesk.log"
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_the_database_file_is_never_touched_by_a_failing_command(capsys, data_paths):
    data_paths.database.write_bytes(b"PK\x03\x04 a zip file, not a database")
    before = data_paths.database.read_bytes()
    for argv in (["info"], ["search", "x"], ["backup"], ["demo"]):
        code, _, err = run(capsys, *argv)
        assert code == 1, argv
        assert_one_line_error(err)
    assert data_paths.database.read_bytes() == before
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_paths.database).execute("SELECT 1 FROM sqlite_master").fetchall()


def test_messages_follow_lang_including_argparse_usage_errors(capsys):
    code, _, err = run(capsys, "--lang", "zh_CN", "search")
    assert code == 2
    assert "缺少必需的参数" in err
    code, _, err = run(capsys, "--lang", "zh_CN", "--data-dir")
    assert code == 2
    assert "需要一个参数值" in err
    code, out, _ = run(capsys, "--lang", "zh_CN", "--help")
    assert code == 0
    assert "用法" in out and "显示此帮助信息并退出" in out


def test_the_language_setting_chooses_when_lang_is_not_given(capsys):
    assert run(capsys, "settings", "language", "zh_CN")[0] == 0
    code, _, err = run(capsys, "search", "x")
    assert code == 1
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err
    code, _, err = run(capsys, "--lang", "en", "search", "x")
    assert code == 1
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in err), err


def test_store_problems_read_naturally_in_chinese(capsys, data_paths):
    data_paths.database.write_text("这不是数据库", encoding="utf-8")
    code, _, err = run(capsys, "--lang", "zh_CN", "info")
    assert code == 1
    assert "不是 kamdesk 数据库" in err
    assert "。 " not in err  # Chinese sentences join without a space

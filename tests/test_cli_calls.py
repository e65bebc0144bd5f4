"""The call planner on the command line: `kamdesk windows`, `kamdesk calls`, `export --ics`."""

from __future__ import annotations

import json

import pytest

from kamdesk.app import main
from kamdesk.paths import DataPaths
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.settings import Settings, save_settings
from kamdesk.store import open_store


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture
def book(isolated_user_dirs):
    paths = DataPaths(isolated_user_dirs).ensure()
    with open_store(paths) as store, store.unit_of_work() as session:
        account = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        other = create_account(session, AccountInput(name="中兴通讯")).ids[0]
        create_contact(
            session,
            account,
            ContactInput(
                name="王芳",
                work_hours="09:00-18:00",
                lunch="12:00-13:30",
                timezone="Asia/Shanghai",
            ),
        )
        create_contact(session, account, ContactInput(name="李娜", known_to_rep=True))
        create_contact(session, other, ContactInput(name="李娜"))
    return paths


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_windows_of_a_contact_the_rep_does_not_know(capsys, book):
    code, out, err = run(capsys, "windows", "王芳", "--date", "2026-11-26")
    assert (code, err) == (0, "")
    assert out.splitlines()[:4] == [
        "王芳 · 华为技术有限公司: when to call on 2026-11-26 (times in Asia/Shanghai)",
        "  working day",
        "  09:30-12:00  working time",
        "  13:30-17:30  working time",
    ]
    assert out.splitlines()[-1].startswith("Now: ")


def test_windows_in_the_rep_s_time_zone_as_json(capsys, book):
    save_settings(book.settings, Settings(timezone="Europe/Berlin"))
    code, out, _ = run(capsys, "windows", "王芳", "--date", "2026-11-26", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["rep_timezone"] == "Europe/Berlin"
    assert shown["contact_timezone"] == "Asia/Shanghai"
    assert shown["hours"] == {
        "start": "09:00",
        "end": "18:00",
        "lunch": ["12:00", "13:30"],
        "from": "contact",
    }
    assert [(w["start"], w["end"]) for w in shown["windows"]] == [
        ("2026-11-26T02:30:00+01:00", "2026-11-26T05:00:00+01:00"),
        ("2026-11-26T06:30:00+01:00", "2026-11-26T10:30:00+01:00"),
    ]
    assert [d["kind"] for d in shown["contact_days"]] == ["workday", "workday"]
    assert set(shown["now"]) == {"at", "good_time", "until", "next"}


def test_a_holiday_has_no_window_and_an_unknown_year_says_so(capsys, book):
    code, out, _ = run(capsys, "windows", "王芳", "--date", "2025-10-01")
    assert code == 0
    assert "official holiday: National Day" in out
    assert "No good time to call on this day." in out
    code, out, _ = run(capsys, "windows", "王芳", "--date", "2099-01-01")
    assert "China's official holidays for 2099 are not known" in out


def test_a_known_contact_without_hours_takes_the_rep_s(capsys, book):
    save_settings(book.settings, Settings(work_start="08:00", work_end="17:00"))
    _, out, _ = run(capsys, "windows", "--json", "--date", "2026-11-26", "--", "李娜")
    # Two contacts are called 李娜: the name alone is refused.
    assert out == ""
    with open_store(book, lock=False) as store, store.reading() as session:
        from sqlalchemy import select

        from kamdesk.models import Account, Contact

        known = session.scalar(
            select(Contact.id)
            .join(Account, Account.id == Contact.account_id)
            .where(Contact.name == "李娜", Account.name == "华为技术有限公司")
        )
    _, out, _ = run(capsys, "windows", known, "--date", "2026-11-26", "--json")
    shown = json.loads(out)
    assert shown["known_to_rep"] is True
    assert shown["hours"]["from"] == "rep"
    assert [(w["start"][11:16], w["end"][11:16]) for w in shown["windows"]] == [
        ("07:30", "08:00"),
        ("17:00", "18:00"),
    ]


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (("windows", "张三"), 1, "Not found: contact 张三"),
        (("windows", "李娜"), 1, "several contacts have this name"),
        (("windows", "王芳", "--date", "26/11/2026"), 2, "--date must be a day like 2026-11-26"),
        (("windows",), 2, "the following arguments are required"),
    ],
)
def test_errors_are_one_line(capsys, book, argv, status, message):
    code, out, err = run(capsys, *argv)
    assert code == status and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert "Traceback" not in err


def test_calls_lists_the_day_s_calls_with_reasons(capsys, book):
    from datetime import UTC, datetime

    from kamdesk.models import Contact, Task

    with open_store(book) as store, store.unit_of_work() as session:
        from sqlalchemy import select

        wang = session.scalars(select(Contact).where(Contact.name == "王芳")).one()
        session.add(
            Task(
                account_id=wang.account_id,
                contact_id=wang.id,
                kind="call_back",
                title="回电确认报价",
                due=datetime(2026, 11, 25, 2, 0, tzinfo=UTC),
            )
        )
    code, out, err = run(capsys, "calls", "--date", "2026-11-26")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Calls for 2026-11-26 (times in Asia/Shanghai)"
    assert "王芳 · 华为技术有限公司" in lines[1] and lines[1].lstrip().startswith("09:30-12:00")
    assert lines[2].strip() == "call back: 回电确认报价"

    code, out, _ = run(capsys, "calls", "--date", "2026-11-26", "--json")
    shown = json.loads(out)
    assert shown["calls"][0]["contact"]["name"] == "王芳"
    assert shown["calls"][0]["reason"] == "call_back"
    assert shown["calls"][0]["next_window"]["start"] == "2026-11-26T09:30:00+08:00"


def test_calls_with_nothing_due_says_nobody(capsys, book):
    code, out, _ = run(capsys, "calls", "--date", "2026-11-26")
    assert code == 0 and "Nobody to call on this day." in out


def test_calls_before_the_first_start_is_one_clear_line(capsys, tmp_path):
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "new"), "calls")
    assert (code, out) == (1, "")
    assert err.strip().endswith("no kamdesk data here yet")


def test_export_ics(capsys, book, tmp_path):
    code, out, err = run(capsys, "export", "--ics", str(tmp_path / "plan.ics"))
    assert (code, err) == (0, "")
    assert out == f"Wrote 0 planned visits and 0 call-backs to {tmp_path / 'plan.ics'}\n"
    assert (tmp_path / "plan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    code, _, err = run(capsys, "export", "--ics", str(tmp_path / "plan.ics"))
    assert code == 1 and "already exists" in err
    code, _, err = run(capsys, "export", "--ics", str(tmp_path / "plan.txt"))
    assert code == 2 and "FILE.ics" in err


def test_windows_of_a_contact_without_hours_take_its_account_s(capsys, book):
    from dataclasses import replace

    from kamdesk.services.accounts import account_detail, account_input_of, update_account

    with open_store(book) as store, store.unit_of_work() as session:
        from sqlalchemy import select

        from kamdesk.models import Account, Contact

        huawei = session.scalar(select(Account.id).where(Account.name == "华为技术有限公司"))
        data = account_input_of(account_detail(session, huawei))
        update_account(session, huawei, replace(data, work_hours="08:00-17:00", lunch=""))
        known = session.scalar(
            select(Contact.id).where(Contact.name == "李娜", Contact.account_id == huawei)
        )
    _, out, _ = run(capsys, "windows", known, "--date", "2026-11-26", "--json")
    shown = json.loads(out)
    assert shown["hours"] == {"start": "08:00", "end": "17:00", "lunch": None, "from": "account"}

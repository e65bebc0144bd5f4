"""Visits on the command line: `kamdesk visit plan`, `visit list`, `visit show`."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from kamdesk.app import main
from kamdesk.models import Visit
from kamdesk.paths import DataPaths
from kamdesk.services import visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.store import open_store


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture
def book(isolated_user_dirs):
    paths = DataPaths(isolated_user_dirs).ensure()
    with open_store(paths) as store, store.unit_of_work() as session:
        huawei = create_account(session, AccountInput(name="华为技术有限公司", short_name="华为"))
        zte = create_account(session, AccountInput(name="中兴通讯")).ids[0]
        huawei_id = huawei.ids[0]
        wang = create_contact(session, huawei_id, ContactInput(name="王芳")).ids[0]
        li = create_contact(session, huawei_id, ContactInput(name="李娜")).ids[0]
        create_contact(session, zte, ContactInput(name="李娜"))
    return {"paths": paths, "huawei": huawei_id, "zte": zte, "wang": wang, "li": li}


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _visit(book, visit_id):
    with open_store(book["paths"], lock=False) as store, store.reading() as session:
        return session.get(Visit, visit_id)


def test_plan_prints_the_new_visits_id(capsys, book):
    code, out, err = run(
        capsys,
        "visit", "plan",
        "--account", "华为技术有限公司",
        "--contact", "王芳",
        "--contact", "李娜",
        "--start", "2026-12-01T14:30",
        "--scenario", "referral",
        "--place", "坂田基地 F1",
        "--objectives", "介绍移动端",
    )  # fmt: skip
    assert (code, err) == (0, "")
    visit_id = out.strip()
    visit = _visit(book, visit_id)
    assert visit.account_id == book["huawei"]
    assert visit.contact_ids == [book["wang"], book["li"]]  # 李娜 of this account, not of 中兴
    # naive times are in the rep's zone (Asia/Shanghai by default)
    assert visit.start == datetime(2026, 12, 1, 6, 30, tzinfo=UTC)
    assert visit.end == datetime(2026, 12, 1, 7, 30, tzinfo=UTC)
    assert (visit.scenario, visit.place, visit.objectives) == (
        "referral",
        "坂田基地 F1",
        "介绍移动端",
    )


def test_plan_takes_ids_short_names_and_an_end_with_an_offset(capsys, book):
    code, out, _err = run(
        capsys,
        "visit", "plan", "--account", "华为", "--contact", book["li"],
        "--start", "2026-12-01T09:00+08:00", "--end", "2026-12-01T03:00+00:00", "--json",
    )  # fmt: skip
    assert code == 0
    shown = json.loads(out)
    assert shown["account"] == {"id": book["huawei"], "name": "华为技术有限公司"}
    assert shown["attendees"] == ["李娜"] and shown["status"] == "planned"
    assert shown["end"] == "2026-12-01T03:00:00+00:00" and shown["overlaps"] == []


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--start", "next tuesday"], "--start must be a date and time"),
        (["--start", "2026-12-01T14:00", "--end", "2026-12-01T13:00"], "--end: The visit must end"),
        (["--start", "2026-12-01T14:00", "--scenario", "lunch"], "invalid choice"),
        (["--start", "2026-12-01T14:00", "--account", "腾讯"], "Not found: account 腾讯"),
        (["--start", "2026-12-01T14:00", "--contact", "赵敏"], "contact 赵敏 of this account"),
        (["--contact", "王芳"], "the following arguments are required: --start"),
    ],
)
def test_plan_refuses_bad_input_with_exit_status_2(capsys, book, args, problem):
    argv = ["visit", "plan", "--account", "华为技术有限公司", "--contact", "王芳", *args]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert problem in err and "Traceback" not in err
    with open_store(book["paths"], lock=False) as store, store.reading() as session:
        assert (
            visits.visits_between(
                session, datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
            )
            == []
        )


def test_an_ambiguous_account_name_is_refused_with_the_candidates(capsys, book):
    with open_store(book["paths"]) as store, store.unit_of_work() as session:
        create_account(session, AccountInput(name="中兴通讯"))
    code, _out, err = run(
        capsys, "visit", "plan", "--account", "中兴通讯", "--contact", "李娜",
        "--start", "2026-12-01T14:00",
    )  # fmt: skip
    assert code == 2 and "several accounts have this name" in err and book["zte"] in err


def test_an_overlap_is_a_warning_on_stderr(capsys, book):
    base = ["visit", "plan", "--account", "华为", "--contact", "王芳"]
    first = run(capsys, *base, "--start", "2026-12-01T14:00")[1].strip()
    code, out, err = run(capsys, *base, "--start", "2026-12-01T14:30", "--place", "深圳")
    assert code == 0 and len(out.strip()) == 36
    assert err.startswith("warning: at the same time as 2026-12-01 14:00-15:00  华为技术有限公司")
    assert first[:13] in err


def test_list_shows_the_days_visits_in_the_reps_zone(capsys, book):
    base = ["visit", "plan", "--account", "华为", "--contact", "王芳"]
    late = run(capsys, *base, "--start", "2026-12-03T16:00")[1].strip()
    early = run(capsys, *base, "--start", "2026-12-01T09:00", "--end", "2026-12-01T10:30")[1]
    run(capsys, *base, "--start", "2026-12-09T09:00")  # after --to
    code, out, err = run(capsys, "visit", "list", "--from", "2026-12-01", "--to", "2026-12-07")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert [line.rsplit("  ", 1)[0] for line in lines] == [
        "Visits from 2026-12-01 to 2026-12-07 (times in Asia/Shanghai)",
        "  2026-12-01 09:00-10:30  华为技术有限公司 · 王芳  Existing client  planned",
        "  2026-12-03 16:00-17:00  华为技术有限公司 · 王芳  Existing client  planned",
    ]
    # Each line ends with the beginning of its visit's id that names it alone, though
    # visits planned in the same moment share a long beginning (their ids start with it).
    shown_ids = [line.rsplit("  ", 1)[1] for line in lines[1:]]
    assert early.strip().startswith(shown_ids[0]) and late.startswith(shown_ids[1])
    for short, full in zip(shown_ids, (early.strip(), late), strict=True):
        assert len(short) >= 8
        code, out, _err = run(capsys, "visit", "show", short, "--json")
        assert code == 0 and json.loads(out)["id"] == full
    code, out, _err = run(capsys, "visit", "list", "--from", "2026-12-01", "--json")
    shown = json.loads(out)
    assert (shown["from"], shown["to"]) == ("2026-12-01", "2026-12-07")
    assert [v["id"] for v in shown["visits"]] == [early.strip(), late]
    code, out, _err = run(capsys, "visit", "list", "--from", "2026-11-01", "--to", "2026-11-02")
    assert out.splitlines()[1] == "  No visits on these days."
    code, _out, err = run(capsys, "visit", "list", "--from", "2026-12-05", "--to", "2026-12-01")
    assert code == 2 and "--to 2026-12-01 comes before --from 2026-12-05" in err


def test_show_by_id_prefix_with_the_report_and_promises(capsys, book):
    visit_id = run(
        capsys, "visit", "plan", "--account", "华为", "--contact", "王芳",
        "--start", "2026-11-20T10:00", "--objectives", "了解需求",
    )[1].strip()  # fmt: skip
    with open_store(book["paths"]) as store, store.unit_of_work() as session:
        visits.save_report(
            session,
            visit_id,
            {"status": "done", "notes": "王总<b>很感兴趣</b> & 要报价", "satisfaction": 4},
        )
        visits.add_promise(session, visit_id, "寄送报价单", datetime(2026, 11, 25, 2, tzinfo=UTC))
        visits.tick(session, visit_id, "bring_business_cards", True)
    code, out, err = run(capsys, "visit", "show", visit_id[:18])
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(
        "2026-11-20 10:00-11:00  华为技术有限公司 · 王芳  Existing client  done"
    )
    assert "Notes:" in lines and "  王总<b>很感兴趣</b> & 要报价" in lines
    assert "Satisfaction: 4/5" in lines
    assert "  [ ] 2026-11-25 10:00  寄送报价单" in lines
    assert "  [x] Bring enough business cards" in lines
    code, out, _err = run(capsys, "visit", "show", visit_id, "--json")
    shown = json.loads(out)
    assert shown["account"]["name"] == "华为技术有限公司" and shown["satisfaction"] == 4
    assert shown["attendees"][0]["name"] == "王芳" and shown["promises"][0]["title"] == "寄送报价单"
    ticked = [item["id"] for item in shown["checklist"] if item["ticked"]]
    assert ticked == ["bring_business_cards"]


def test_show_an_unknown_visit(capsys, book):
    code, out, err = run(capsys, "visit", "show", "0123abcd")
    assert code == 1 and out == "" and err.strip() == "kamdesk: Not found: visit 0123abcd"
    code, _out, err = run(capsys, "visit")
    assert code == 2 and "kamdesk visit plan, list or show" in err

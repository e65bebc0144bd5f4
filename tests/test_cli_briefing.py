"""`kamdesk briefing VISIT [--json] [--pdf FILE]`: the pre-visit briefing on the command line."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from kamdesk.app import main
from kamdesk.paths import DataPaths
from kamdesk.services import personality, visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.personality import Observation, ObservationSource
from kamdesk.store import open_store

SHANGHAI = ZoneInfo("Asia/Shanghai")
EARLIER = datetime(2025, 12, 22, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    return qapp


@pytest.fixture
def book(isolated_user_dirs):  # type: ignore[no-untyped-def]
    """华为 (loyal) with 王芳, a driver by four observations at a done visit, and a
    planned visit with her tomorrow."""
    paths = DataPaths(isolated_user_dirs).ensure()
    with open_store(paths) as store, store.unit_of_work() as session:
        huawei = create_account(
            session, AccountInput(name="华为技术有限公司", lifecycle_class="loyal", tier="A")
        ).ids[0]
        wang = create_contact(session, huawei, ContactInput(name="王芳", title="采购总监")).ids[0]
        earlier = visits.plan_visit(
            session,
            visits.VisitPlan(account_id=huawei, contact_ids=(wang,), start=EARLIER),
            now=EARLIER,
        ).visit_id
        visits.save_report(
            session, earlier, {"outcome": "同意试用", "objections": "价格太高", "status": "done"}
        )
        after = EARLIER + timedelta(hours=2)
        personality.record_observations(
            session,
            wang,
            [
                Observation(b, True, after, ObservationSource("visit", earlier))
                for b in ("speaks_fast", "decides_on_the_spot", "keeps_to_business")
            ],
            now=after,
        )
        start = datetime.now(SHANGHAI).replace(microsecond=0) + timedelta(days=1)
        visit = visits.plan_visit(
            session,
            visits.VisitPlan(account_id=huawei, contact_ids=(wang,), start=start),
        ).visit_id
    return {"paths": paths, "visit": visit, "start": start}


def run(capsys, *argv):  # type: ignore[no-untyped-def]
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_briefing_prints_who_you_meet_and_how_in_english(capsys, book):
    code, out, err = run(capsys, "briefing", book["visit"][:13], "--lang", "en")
    assert (code, err) == (0, "")
    assert "华为技术有限公司" in out and "王芳 · 采购总监" in out
    assert "Driver, " in out and "Open: " in out
    assert "Loyal" in out and "Outcome: 同意试用" in out
    assert "The client asks about the price" in out
    assert out.index("Who you meet") < out.index("The account") < out.index("If they object")


def test_briefing_in_chinese_uses_the_chinese_content(capsys, book):
    code, out, _ = run(capsys, "briefing", book["visit"], "--lang", "zh_CN")
    assert code == 0
    assert "结果型" in out and "忠诚型客户" in out and "客户问价格" in out
    own = next(line for line in out.splitlines() if line.startswith("你自己的类型"))
    assert own.count("：") == 1, own  # one colon: "你自己的类型：尚未评估。…"


def test_briefing_json_has_the_documented_shape(capsys, book):
    code, out, err = run(capsys, "briefing", book["visit"], "--json")
    assert (code, err) == (0, "")
    shape = json.loads(out)
    assert shape["visit_id"] == book["visit"]
    assert datetime.fromisoformat(shape["start"]) == book["start"]
    person = shape["attendees"][0]
    assert person["name"] == "王芳" and person["style"]["status"] == "assessed"
    assert person["card"]["style"] == "driver" and person["pair_hint"] is None  # no rep style
    assert shape["account"]["strategy"]["lifecycle_class"] == "loyal"
    assert shape["last_visit"]["outcome"] == "同意试用"
    assert shape["objection_cards"][0]["id"] == "price_question"


def test_briefing_pdf_writes_one_page_and_refuses_to_overwrite(capsys, book, tmp_path):
    target = tmp_path / "brief.pdf"
    code, out, err = run(capsys, "briefing", book["visit"], "--pdf", str(target))
    assert (code, err, out) == (0, "", f"{target}\n")
    assert len(PdfReader(target).pages) == 1
    code, _, err = run(capsys, "briefing", book["visit"], "--pdf", str(target))
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "briefing", book["visit"], "--pdf", str(target), "--force")
    assert (code, err) == (0, "")


def test_briefing_pdf_must_be_a_pdf_in_a_folder_that_exists(capsys, book, tmp_path):
    code, _, err = run(capsys, "briefing", book["visit"], "--pdf", str(tmp_path / "b.txt"))
    assert code == 2 and "--pdf" in err
    code, _, err = run(capsys, "briefing", book["visit"], "--pdf", str(tmp_path / "no" / "b.pdf"))
    assert code == 2 and "does not exist" in err


def test_briefing_of_an_unknown_visit_says_so(capsys, book):
    code, out, err = run(capsys, "briefing", "ffff")
    assert code == 1 and out == "" and "ffff" in err

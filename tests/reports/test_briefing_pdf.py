"""The briefing as a one-page PDF to read on a phone: one page whatever the content, the
essentials in both languages, typed text printed as typed, drawn by pdftoppm."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from kamdesk.reports.briefing import PAGE_HEIGHT, PAGE_WIDTH, render_briefing
from kamdesk.services import personality, visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.briefing import briefing
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.personality import Observation, ObservationSource
from kamdesk.settings import Settings

from .conftest import draw_pages, flat, pdf_pages

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 1, 5, 14, 30, tzinfo=SHANGHAI)
NOW = datetime(2026, 1, 5, 14, 5, tzinfo=SHANGHAI)
EARLIER = datetime(2025, 12, 22, 10, 0, tzinfo=SHANGHAI)
DRIVER = ("speaks_fast", "decides_on_the_spot", "keeps_to_business", "asks_for_data")
AMIABLE = ("measured_pace", "takes_time_to_decide", "personal_talk", "shows_feelings")


def _seen(behaviours, at, visit_id=None):  # type: ignore[no-untyped-def]
    source = ObservationSource("visit", visit_id) if visit_id else None
    return [Observation(b, True, at, source) for b in behaviours]


@pytest.fixture
def rep() -> Settings:
    settings = Settings(rep_name="王小明", company="蓝海软件", timezone="Asia/Shanghai")
    return personality.record_rep_observations(
        settings, _seen(DRIVER, EARLIER - timedelta(days=9)), now=EARLIER
    )


def make_book(store, people: int = 2, promises: int = 1, place: str = "华达总部 3 号楼"):  # type: ignore[no-untyped-def]
    """华达 (sleeping) with ``people`` attendees (the first a driver, the second
    amiable, the rest unassessed), an earlier visit with ``promises`` open promises and
    a price objection, and the visit briefed."""
    with store.unit_of_work() as session:
        account = create_account(
            session,
            AccountInput(
                name="深圳市华达精密制造有限公司",
                category="regional",
                lifecycle_class="sleeping",
                tier="A",
                competitors="西门子",
            ),
        ).ids[0]
        names = ["李建国", "Ångström 张", "周敏", "David 王", "欧阳娜娜", "赵六", "钱七"]
        contacts = [
            create_contact(
                session,
                account,
                ContactInput(
                    name=names[index % len(names)] + ("" if index < len(names) else str(index)),
                    title="总经理" if index == 0 else "采购经理",
                    phones="+8613800138000",
                    work_hours="09:00-18:00",
                    lunch="12:00-13:30",
                    known_to_rep=index % 2 == 0,
                ),
            ).ids[0]
            for index in range(people)
        ]
        earlier = visits.plan_visit(
            session,
            visits.VisitPlan(account_id=account, contact_ids=tuple(contacts[:2]), start=EARLIER),
            now=EARLIER - timedelta(days=1),
        ).visit_id
        visits.save_report(
            session,
            earlier,
            {
                "notes": "李总很忙，谈了二十分钟。",
                "objections": "价格太贵，要打折",
                "outcome": "同意看方案",
                "next_steps": "一周内发方案",
                "satisfaction": 4,
                "status": "done",
            },
        )
        for number in range(promises):
            visits.add_promise(
                session, earlier, f"发送报价单 第{number + 1}版", EARLIER + timedelta(days=3)
            )
        after = EARLIER + timedelta(hours=2)
        personality.record_observations(
            session, contacts[0], _seen(DRIVER, after, earlier), now=after
        )
        if people > 1:
            personality.record_observations(
                session, contacts[1], _seen(AMIABLE, after, earlier), now=after
            )
        visit = visits.plan_visit(
            session,
            visits.VisitPlan(
                account_id=account,
                contact_ids=tuple(contacts),
                start=START,
                place=place,
                objectives="推动合同进入审批",
            ),
            now=EARLIER,
        ).visit_id
    return visit


def write(store, visit_id, rep, path: Path, language: str) -> Path:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        found = briefing(session, visit_id, rep, now=NOW, language=language)
    render_briefing(found, path)
    return path


def test_the_briefing_is_one_narrow_page_with_the_essentials_in_english(store, rep, tmp_path):
    pdf = write(store, make_book(store), rep, tmp_path / "b.pdf", "en")
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (
        round(PAGE_WIDTH),
        round(PAGE_HEIGHT),
    )
    text = flat(pdf_pages(pdf)[0])
    for expected in (
        "深圳市华达精密制造有限公司",
        "in25min",
        "李建国",
        "Ångström张",
        "Driver,",
        "Amiable,",
        "You(Driver)withthem:",
        "Sleeping",
        "Regionalkeyaccount",
        "发送报价单第1版",
        "overdue",
        "同意看方案",
        "Theclientasksabouttheprice",
        "Callwindowstoday",
    ):
        assert flat(expected) in text, expected
    # A phone as every screen shows it (138 0013 8000), not as stored (+8613800138000).
    assert flat("138 0013 8000") in text
    assert "+86" not in text


def test_the_briefing_in_chinese(store, rep, tmp_path, zh_cn):
    pdf = write(store, make_book(store), rep, tmp_path / "b.pdf", "zh_CN")
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    text = flat(pages[0])
    hint = personality.pair_hint("driver", "amiable", "zh_CN")
    strategy = personality.class_strategy("sleeping", "zh_CN")
    assert hint is not None and strategy is not None
    for expected in (
        "深圳市华达精密制造有限公司",
        "李建国",
        "结果型",
        "老好人",
        flat(hint.text)[:12],
        "睡眠型客户",
        flat(strategy.strategy)[:10],
        "客户问价格",
        "同意看方案",
    ):
        assert expected in text, expected


def test_pdftoppm_draws_the_one_page(store, rep, tmp_path):
    pdf = write(store, make_book(store), rep, tmp_path / "b.pdf", "en")
    assert len(draw_pages(pdf, tmp_path / "png")) == 1


def test_too_much_to_say_is_cut_with_and_more_never_a_second_page(store, rep, tmp_path):
    long_place = "华达总部 " + "很长的地址" * 60
    visit = make_book(store, people=9, promises=12, place=long_place)
    for language in ("en", "zh_CN"):
        pdf = write(store, visit, rep, tmp_path / f"{language}.pdf", language)
        pages = pdf_pages(pdf)
        assert len(pages) == 1
        assert "more" in pages[0] or "还有" in pages[0]
        assert "发送报价单第1版" in flat(pages[0])
        assert "发送报价单第12版" not in flat(pages[0])


def test_typed_text_prints_as_typed(store, rep, tmp_path):
    visit = make_book(store, place="<b>A&B</b> 会议室 &amp;")
    pdf = write(store, visit, rep, tmp_path / "b.pdf", "en")
    assert "<b>A&B</b>会议室&amp;" in flat(pdf_pages(pdf)[0])


def test_a_visit_with_no_history_and_nobody_assessed_still_makes_a_page(store, rep, tmp_path):
    with store.unit_of_work() as session:
        account = create_account(session, AccountInput(name="新客科技")).ids[0]
        zhou = create_contact(session, account, ContactInput(name="周敏")).ids[0]
        visit = visits.plan_visit(
            session,
            visits.VisitPlan(
                account_id=account, contact_ids=(zhou,), start=START, scenario="cold_visit"
            ),
            now=EARLIER,
        ).visit_id
    pdf = write(store, visit, rep, tmp_path / "b.pdf", "en")
    text = flat(pdf_pages(pdf)[0])
    assert "Notassessedyet" in text and "Noearliervisit" in text
    assert "Noclassset" in text and "Noopenpromises" in text


def test_the_visit_report_of_the_same_visit_still_prints_no_style(store, rep, tmp_path):
    from kamdesk.reports.data import report_data
    from kamdesk.reports.render import render_visit_report

    visit = make_book(store)
    with store.reading() as session:
        data = report_data(session, visit, rep)
    render_visit_report(data, tmp_path / "report.pdf")
    text = flat("".join(pdf_pages(tmp_path / "report.pdf")))
    assert "李建国" in text
    for word in ("Driver", "Amiable", "confidence", "observation"):
        assert word not in text

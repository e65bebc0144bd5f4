"""What a visit report holds: the visit's fields as text, in the user's language and the rep's zone."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from kamdesk.errors import NotFound
from kamdesk.reports.data import (
    ReportLabels,
    ReportPerson,
    ReportPromise,
    VisitReportData,
    long_date,
    report_data,
    safe_file_stem,
)

TODAY = date(2026, 1, 6)


def test_the_report_holds_the_visit_in_english(store, book, settings) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        data = report_data(session, book["visit"], settings, TODAY)
    assert data.language == "en"
    assert data.labels.title == "Visit report"
    assert data.company == "蓝海软件 BlueSea"
    assert data.rep_name == "王小明"
    assert data.account_name == "比亚迪股份有限公司"
    assert (data.industry, data.address) == ("汽车制造", "深圳市坪山区")
    assert data.date_text == "Monday, 5 January 2026"
    assert data.time_text == "09:30–11:00"
    assert data.place == "比亚迪总部 3 号楼"
    assert data.scenario == "Existing client"
    assert data.status == "Done"
    assert data.attendees == (
        ReportPerson("李 Wei Zhang", "采购总监"),
        ReportPerson("Ångström 张", "CTO"),
    )
    assert data.objectives.text == "介绍智能仓储方案"
    assert data.notes.text.startswith("客户对自动分拣很感兴趣。\n李总")
    assert data.needs_found.text == "两处新仓库需要自动分拣"
    assert data.objections.text == "价格比竞品高约 15%"
    assert data.outcome.text == "同意下月在坪山仓试点"
    assert data.next_steps.text == "周五前发报价单"
    assert data.satisfaction == 4
    assert data.promises == (
        ReportPromise("发送正式报价单", "2026-01-09", False),
        ReportPromise("提供 SAP 对接方案", "2026-01-12", False),
    )
    assert data.signed_on == "2026-01-06"
    assert data.file_stem == "2026-01-05_比亚迪股份有限公司_visit-report"
    assert [s.heading for s in data.sections] == [
        "Objectives",
        "Notes",
        "Needs found",
        "Objections",
        "Outcome",
    ]


def test_the_report_is_in_chinese_when_messages_are(store, book, settings, zh_cn) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        data = report_data(session, book["visit"], settings, TODAY)
    assert data.language == "zh_CN"
    assert data.labels.title == "拜访报告"
    assert data.labels.page == "第 %1 页，共 %2 页"
    assert data.date_text == "2026年1月5日 星期一"
    assert data.scenario == "老客户拜访"
    assert data.file_stem == "2026-01-05_比亚迪股份有限公司_拜访报告"


def test_times_are_shown_in_the_reps_time_zone(store, book, settings) -> None:  # type: ignore[no-untyped-def]
    berlin = dataclasses.replace(settings, timezone="Europe/Berlin")
    with store.reading() as session:
        data = report_data(session, book["visit"], berlin, TODAY)
    assert data.time_text == "02:30–04:00"
    assert data.date_text == "Monday, 5 January 2026"


def test_no_assessment_of_a_person_reaches_the_report() -> None:
    """Personality styles stay private: the report's data has no field that could hold one."""
    names = {f.name for f in dataclasses.fields(VisitReportData)}
    names |= {f.name for f in dataclasses.fields(ReportPerson)}
    names |= {f.name for f in dataclasses.fields(ReportLabels)}
    assert not {n for n in names if "personality" in n or "style" in n or "assess" in n}
    assert {f.name for f in dataclasses.fields(ReportPerson)} == {"name", "title"}


def test_a_deleted_or_unknown_visit_has_no_report(store, book, settings) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session, pytest.raises(NotFound):
        report_data(session, "no-such-visit", settings)


@pytest.mark.parametrize(
    ("parts", "stem"),
    [
        (("2026-01-05", "比亚迪", "拜访报告"), "2026-01-05_比亚迪_拜访报告"),
        (("2026-01-05", 'A/B: "C" <D>|E?*', "visit-report"), "2026-01-05_A B C D E_visit-report"),
        (("2026-01-05", "  ..dots..  ", "x"), "2026-01-05_dots_x"),
        (("2026-01-05", "tab\tand\nnewline", "x"), "2026-01-05_tab and newline_x"),
        (("", "", ""), "report"),
    ],
)
def test_file_names_are_safe_everywhere(parts: tuple[str, ...], stem: str) -> None:
    assert safe_file_stem(*parts) == stem


def test_long_dates() -> None:
    assert long_date(date(2026, 2, 28)) == "Saturday, 28 February 2026"

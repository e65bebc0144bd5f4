"""Fixtures for the visit report tests: a client book with visits, the rep's settings,
the PDF's text (pypdf) and its pages drawn by pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kamdesk.services import visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.settings import Settings

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Planning happens the morning of the first visit (Monday 5 January 2026).
PLANNED_AT = datetime(2026, 1, 5, 8, 0, tzinfo=SHANGHAI)

REPORT = {
    "notes": "客户对自动分拣很感兴趣。\n李总提到今年要扩建两处仓库。\n\n张工关心与 SAP 的对接。",
    "needs_found": "两处新仓库需要自动分拣",
    "objections": "价格比竞品高约 15%",
    "outcome": "同意下月在坪山仓试点",
    "next_steps": "周五前发报价单",
    "satisfaction": 4,
    "status": "done",
}


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=SHANGHAI)


@pytest.fixture
def settings() -> Settings:
    return Settings(company="蓝海软件 BlueSea", rep_name="王小明", timezone="Asia/Shanghai")


@pytest.fixture
def book(store):  # type: ignore[no-untyped-def]
    """比亚迪 with two attendees of mixed scripts (one with a personality style, which no
    report may print) and a done visit with its report and two promises; 中兴 with an
    empty planned visit."""
    with store.unit_of_work() as session:
        byd = create_account(
            session,
            AccountInput(name="比亚迪股份有限公司", industry="汽车制造", address="深圳市坪山区"),
        ).ids[0]
        li = create_contact(
            session,
            byd,
            ContactInput(name="李 Wei Zhang", title="采购总监", personality="driver"),
        ).ids[0]
        ang = create_contact(session, byd, ContactInput(name="Ångström 张", title="CTO")).ids[0]
        visit = visits.plan_visit(
            session,
            visits.VisitPlan(
                account_id=byd,
                contact_ids=(li, ang),
                start=at(5, 9, 30),
                end=at(5, 11),
                place="比亚迪总部 3 号楼",
                scenario="existing_client",
                objectives="介绍智能仓储方案",
            ),
            now=PLANNED_AT,
        ).visit_id
        visits.save_report(session, visit, REPORT)
        visits.add_promise(session, visit, "发送正式报价单", at(9, 18))
        visits.add_promise(session, visit, "提供 SAP 对接方案", at(12, 18))
        zte = create_account(session, AccountInput(name="中兴通讯")).ids[0]
        zhao = create_contact(session, zte, ContactInput(name="赵敏")).ids[0]
        empty = visits.plan_visit(
            session,
            visits.VisitPlan(account_id=zte, contact_ids=(zhao,), start=at(6, 14)),
            now=PLANNED_AT,
        ).visit_id
    return {
        "byd": byd,
        "li": li,
        "ang": ang,
        "visit": visit,
        "zte": zte,
        "zhao": zhao,
        "empty": empty,
    }


def add_visit(store, account_id: str, contact_id: str, start: datetime, **report: object) -> str:  # type: ignore[no-untyped-def]
    """A visit to ``account_id`` with ``contact_id``, and ``report`` saved on it."""
    with store.unit_of_work() as session:
        visit_id = visits.plan_visit(
            session,
            visits.VisitPlan(account_id=account_id, contact_ids=(contact_id,), start=start),
            now=PLANNED_AT,
        ).visit_id
        if report:
            visits.save_report(session, visit_id, report)
    return visit_id


@pytest.fixture
def zh_cn(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Messages (and so the reports) in Chinese for the test."""
    from kamdesk.ui.translations import install_translations, uninstall_translations

    install_translations(qapp, "zh_CN")
    yield
    uninstall_translations(qapp)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """``text`` without white space: pypdf spaces CJK runs as it likes."""
    return "".join(text.split())


def draw_pages(path: Path, out: Path, dpi: int = 40) -> list[Path]:
    """Every page drawn to PNG by pdftoppm, which must not complain."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: the pages cannot be drawn")
    out.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [pdftoppm, "-png", "-r", str(dpi), str(path), str(out / "page")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr
    return sorted(out.glob("page-*.png"))

"""Planned visits and call-backs as an .ics file that calendars import with the right times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from kamdesk.models import Task, Visit
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.calendar_export import export_ics
from kamdesk.services.contacts import ContactInput, create_contact

NOW = datetime(2026, 3, 20, 8, 0, tzinfo=UTC)


@pytest.fixture
def book(store):
    with store.unit_of_work() as session:
        account = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        wang = create_contact(
            session,
            account,
            ContactInput(name="王芳", title="采购经理, 华东区", phones="13800138000"),
        ).ids[0]
        # After Berlin's switch to summer time on 29 March 2026.
        session.add(
            Visit(
                account_id=account,
                contact_ids=[wang],
                start=datetime(2026, 3, 30, 7, 0, tzinfo=UTC),
                place="深圳市南山区科技园; 3号楼",
                scenario="referral",
                objectives="介绍方案\n确认预算 & 时间表",
            )
        )
        session.add(
            Visit(
                account_id=account,
                start=datetime(2026, 3, 25, 2, 0, tzinfo=UTC),
                status="done",
            )
        )
        session.add(
            Task(
                account_id=account,
                contact_id=wang,
                kind="call_back",
                title="回电确认报价",
                due=datetime(2026, 3, 23, 1, 30, tzinfo=UTC),
            )
        )
        session.add(
            Task(account_id=account, kind="follow_up", title="寄样品", due=NOW + timedelta(days=1))
        )
        session.add(
            Task(
                account_id=account,
                kind="call_back",
                title="太早",
                due=NOW - timedelta(days=30),
            )
        )
    return store


def events(path):
    calendar = Calendar.from_ical(path.read_bytes())
    return calendar, {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_planned_visits_and_call_backs_with_the_rep_s_time_zone(book, tmp_path):
    target = tmp_path / "plan.ics"
    with book.reading() as session:
        result = export_ics(session, target, "Europe/Berlin", now=NOW)
    assert (result.visits, result.call_backs) == (1, 1)
    calendar, found = events(target)
    assert set(found) == {"Visit: 华为技术有限公司", "Call back: 王芳 (华为技术有限公司)"}
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]

    visit = found["Visit: 华为技术有限公司"]
    start = visit.decoded("dtstart")
    assert start == datetime(2026, 3, 30, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert visit["dtstart"].params["TZID"] == "Europe/Berlin"
    assert visit.decoded("dtend") - start == timedelta(hours=1)
    assert str(visit["location"]) == "深圳市南山区科技园; 3号楼"
    description = str(visit["description"])
    assert "Attendees: 王芳 (采购经理, 华东区)" in description
    assert "介绍方案\n确认预算 & 时间表" in description
    assert "Scenario: referral" in description

    call = found["Call back: 王芳 (华为技术有限公司)"]
    assert call.decoded("dtstart") == datetime(2026, 3, 23, 2, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert "Phone: +8613800138000" in str(call["description"])


def test_uids_are_stable_so_a_new_export_updates_the_events(book, tmp_path):
    with book.reading() as session:
        export_ics(session, tmp_path / "a.ics", "Asia/Shanghai", now=NOW)
        export_ics(session, tmp_path / "b.ics", "Asia/Shanghai", now=NOW + timedelta(hours=1))
    first = {str(e["uid"]) for e in events(tmp_path / "a.ics")[0].walk("VEVENT")}
    second = {str(e["uid"]) for e in events(tmp_path / "b.ics")[0].walk("VEVENT")}
    assert first == second and all(uid.endswith("@kamdesk") for uid in first)


def test_the_file_is_crlf_folded_ical(book, tmp_path):
    with book.reading() as session:
        export_ics(session, tmp_path / "plan.ics", "Asia/Shanghai", now=NOW)
    data = (tmp_path / "plan.ics").read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    data.decode("utf-8")  # folding never splits a Chinese character

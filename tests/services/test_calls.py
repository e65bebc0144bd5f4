"""Logging calls: each outcome's rows, follow-ups at the contact's next window, the timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from kamdesk.models import Call, Task, Visit
from kamdesk.services.accounts import AccountInput, ValidationFailed, create_account
from kamdesk.services.call_timing import load_rules
from kamdesk.services.calls import CallRecord, call_context, record_call, timeline
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.settings import Settings

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Thursday 26 November 2026, 10:00 in Shanghai: inside an unknown contact's window.
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=SHANGHAI)
RULES = load_rules()
REP = Settings(rep_name="张伟", company="深圳云启科技", offer="销售管理软件")
NOTES = {"introduce": "前台转接", "benefit": "对中兴的案例感兴趣", "appointment": "约下周二"}


@pytest.fixture
def people(store):  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        account = create_account(session, AccountInput(name="华为技术有限公司", industry="通信"))
        account_id = account.ids[0]
        li = create_contact(
            session,
            account_id,
            ContactInput(name="李娜", work_hours="09:00-18:00", lunch="12:00-13:30"),
        ).ids[0]
        wang = create_contact(session, account_id, ContactInput(name="王总")).ids[0]
    return account_id, li, wang


def _record(contact_id: str, outcome: str, **fields) -> CallRecord:  # type: ignore[no-untyped-def]
    return CallRecord(
        contact_id=contact_id,
        called_at=NOW,
        duration_seconds=185,
        script_id="phone_invitation",
        script_version="1-r2",
        step_notes=NOTES,
        outcome=outcome,
        **fields,
    )


def _log(store, record):  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        return record_call(session, record, REP, RULES, now=NOW)


def test_an_appointment_plans_a_visit_with_the_confirmed_person(store, people) -> None:  # type: ignore[no-untyped-def]
    account_id, li, wang = people
    start = datetime(2026, 12, 1, 14, 0, tzinfo=SHANGHAI)
    logged = _log(
        store,
        _record(
            li, "appointment", visit_start=start, place="华为坂田基地 F1", visit_contact_id=wang
        ),
    )
    with store.reading() as session:
        call = session.get(Call, logged.call_id)
        visit = session.get(Visit, logged.visit_id)
        assert call.outcome == "appointment" and call.visit_id == visit.id
        assert (call.script_id, call.script_version) == ("phone_invitation", "1-r2")
        assert call.step_notes == NOTES and call.duration_seconds == 185
        assert visit.status == "planned" and visit.account_id == account_id
        assert visit.contact_ids == [wang, li]
        assert visit.start == start and visit.end == start + timedelta(hours=1)
        assert visit.place == "华为坂田基地 F1" and visit.scenario == "cold_visit"
        assert session.scalars(select(Task)).all() == []
    assert dict(logged.rows) == {"call": (call.id,), "visit": (visit.id,)}


def test_an_appointment_needs_a_time_ahead_a_place_and_a_person(store, people) -> None:  # type: ignore[no-untyped-def]
    _account_id, li, _wang = people
    with pytest.raises(ValidationFailed) as refused:
        _log(store, _record(li, "appointment", visit_start=NOW - timedelta(days=2), place=" "))
    assert refused.value.fields() == ("visit_start", "place", "visit_contact")
    with store.reading() as session:
        assert session.scalars(select(Call)).all() == []


def test_call_back_without_a_time_is_due_at_the_contacts_next_window(store, people) -> None:  # type: ignore[no-untyped-def]
    _account_id, li, _wang = people
    logged = _log(store, _record(li, "call_back", reason="在开会"))
    with store.reading() as session:
        task = session.get(Task, logged.task_id)
        assert task.kind == "call_back" and task.call_id == logged.call_id
        assert task.contact_id == li and task.notes == "在开会"
    # Unknown contact, 09:00-18:00 with lunch 12:00-13:30: now (10:00) is in the
    # 09:30-12:00 window, so the next one is 13:30 the same day.
    assert task.due == datetime(2026, 11, 26, 13, 30, tzinfo=SHANGHAI)


def test_call_back_at_the_time_the_rep_picked(store, people) -> None:  # type: ignore[no-untyped-def]
    _account_id, li, _wang = people
    when = datetime(2026, 11, 30, 16, 0, tzinfo=SHANGHAI)
    logged = _log(store, _record(li, "call_back", call_back_at=when))
    assert logged.task_due == when


def test_no_answer_retries_at_the_next_window_skipping_the_weekend(store, people) -> None:  # type: ignore[no-untyped-def]
    _account_id, li, _wang = people
    friday_evening = datetime(2026, 11, 27, 17, 0, tzinfo=SHANGHAI)
    with store.unit_of_work() as session:
        logged = record_call(
            session,
            CallRecord(contact_id=li, called_at=friday_evening, outcome="no_answer"),
            REP,
            RULES,
            now=friday_evening,
        )
        task = session.get(Task, logged.task_id)
        assert task.kind == "retry"
    assert task.due == datetime(2026, 11, 30, 9, 30, tzinfo=SHANGHAI)


def test_not_interested_needs_a_reason(store, people) -> None:  # type: ignore[no-untyped-def]
    _account_id, li, _wang = people
    with pytest.raises(ValidationFailed) as refused:
        _log(store, _record(li, "refused", reason="  "))
    assert refused.value.fields() == ("reason",)
    logged = _log(store, _record(li, "refused", reason="已有供应商"))
    with store.reading() as session:
        call = session.get(Call, logged.call_id)
        assert call.outcome_reason == "已有供应商" and call.visit_id is None
        assert session.scalars(select(Task)).all() == []


def test_timeline_lists_calls_and_visits_newest_first(store, people) -> None:  # type: ignore[no-untyped-def]
    account_id, li, wang = people
    _log(store, _record(li, "no_answer"))
    start = datetime(2026, 12, 1, 14, 0, tzinfo=SHANGHAI)
    _log(
        store, _record(wang, "appointment", visit_start=start, place="坂田", visit_contact_id=wang)
    )
    with store.reading() as session:
        everything = timeline(session, account_id=account_id)
        of_li = timeline(session, contact_id=li)
    assert [(e.kind, e.outcome) for e in everything] == [
        ("visit", "planned"),
        ("call", "no_answer"),
        ("call", "appointment"),
    ]
    assert everything[1].summary == "约下周二"
    assert [(e.kind, e.people) for e in of_li] == [("call", ("李娜",))]


def test_call_context_gives_status_next_window_and_people(store, people) -> None:  # type: ignore[no-untyped-def]
    account_id, li, wang = people
    with store.reading() as session:
        context = call_context(session, li, REP, RULES, now=NOW)
    assert context.account_id == account_id and context.industry == "通信"
    assert context.status.now
    assert context.next_window == datetime(2026, 11, 26, 13, 30, tzinfo=SHANGHAI)
    assert [p.contact_id for p in context.people] == [li, wang]
    assert context.scenario == "cold_visit"
    assert NOW.astimezone(UTC) == context.now

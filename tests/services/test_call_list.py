"""The day's call list: reasons, one entry per contact, the daily cap, ordered by window."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kamdesk.models import Account, Call, Contact, Task, Visit
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.call_list import call_list, describe_reason
from kamdesk.services.call_timing import load_rules
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.settings import Settings

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 26)  # a Thursday
MORNING = datetime(2026, 11, 26, 8, 0, tzinfo=SHANGHAI)
RULES = load_rules()
REP = Settings()


def add_account(session, name, *, milestone=None, tier="B", created_days_ago=0, **contacts):
    account_id = create_account(
        session, AccountInput(name=name, milestone=milestone, tier=tier)
    ).ids[0]
    session.get(Account, account_id).created_at = MORNING - timedelta(days=created_days_ago)
    ids = {}
    for key, fields in contacts.items():
        ids[key] = create_contact(session, account_id, ContactInput(**fields)).ids[0]
    session.flush()
    return account_id, ids


def test_due_tasks_arranging_visits_and_quiet_accounts_each_give_a_call(store):
    with store.unit_of_work() as session:
        a, a_contacts = add_account(
            session,
            "华为技术有限公司",
            boss={"name": "王总", "decision_role": "decision_maker", "work_hours": "09:00-18:00"},
            buyer={"name": "李娜", "known_to_rep": True, "work_hours": "09:00-18:00"},
        )
        session.add(
            Task(
                account_id=a,
                contact_id=a_contacts["buyer"],
                kind="call_back",
                title="回电确认报价",
                due=datetime(2026, 11, 26, 2, 0, tzinfo=UTC),
            )
        )
        session.add(
            Task(
                account_id=a,
                contact_id=a_contacts["boss"],
                kind="follow_up",
                title="明天再说",
                due=datetime(2026, 11, 28, 2, 0, tzinfo=UTC),  # not due yet
            )
        )
        add_account(
            session,
            "中兴通讯",
            milestone="planning",
            helper={"name": "赵敏", "title": "行政主管"},
            chief={"name": "孙总", "decision_role": "decision_maker"},
        )
        c, c_contacts = add_account(
            session, "美的集团", tier="A", created_days_ago=100, one={"name": "周杰"}
        )
        session.add(
            Call(
                account_id=c,
                contact_id=c_contacts["one"],
                called_at=MORNING - timedelta(days=20),
                outcome="no_answer",
            )
        )
        add_account(session, "格力电器", tier="A", created_days_ago=5, one={"name": "陈静"})
        e, _ = add_account(session, "比亚迪", milestone="relationship", one={"name": "刘洋"})
        session.add(Visit(account_id=e, start=MORNING + timedelta(days=3), status="planned"))
    with store.reading() as session:
        plan = call_list(session, DAY, REP, RULES, now=MORNING)
    by_name = {item.contact_name: item for item in plan.items}
    assert set(by_name) == {"李娜", "孙总", "周杰"}
    assert by_name["李娜"].reason == "call_back" and by_name["李娜"].detail == "回电确认报价"
    assert describe_reason(by_name["李娜"]) == "call back: 回电确认报价"
    assert by_name["孙总"].reason == "arrange_visit"  # the decision maker, not the gatekeeper
    assert by_name["周杰"].reason == "gone_quiet" and by_name["周杰"].quiet_days == 20
    assert describe_reason(by_name["周杰"]) == "not contacted for 20 days"
    # Ordered by the next window: the known contact's 08:30 before work comes first.
    assert plan.items[0].contact_name == "李娜"
    assert plan.items[0].window.start == datetime(2026, 11, 26, 8, 30, tzinfo=SHANGHAI)
    starts = [item.window.start for item in plan.items if item.window]
    assert starts == sorted(starts)
    assert plan.more_suggestions == 0


def test_a_contact_appears_once_for_its_strongest_reason(store):
    with store.unit_of_work() as session:
        a, ids = add_account(session, "华为", milestone="planning", one={"name": "王芳"})
        session.add(
            Task(account_id=a, contact_id=ids["one"], kind="follow_up", title="发资料", due=MORNING)
        )
    with store.reading() as session:
        plan = call_list(session, DAY, REP, RULES, now=MORNING)
    assert [(i.contact_name, i.reason) for i in plan.items] == [("王芳", "follow_up")]


def test_suggestions_are_capped_longest_waiting_and_highest_tier_first(store):
    with store.unit_of_work() as session:
        for number in range(8):
            add_account(
                session,
                f"客户{number}",
                tier="A" if number % 2 else "C",
                created_days_ago=200 + number,
                one={"name": f"联系人{number}"},
            )
    rules = dataclasses.replace(RULES, suggestions_per_day=3)
    with store.reading() as session:
        plan = call_list(session, DAY, REP, rules, now=MORNING)
    assert sorted(item.account_name for item in plan.items) == ["客户3", "客户5", "客户7"]
    assert plan.more_suggestions == 5


def test_no_windows_on_a_holiday_puts_everyone_last_but_keeps_them(store):
    with store.unit_of_work() as session:
        a, ids = add_account(session, "华为", one={"name": "王芳"})
        session.add(
            Task(
                account_id=a,
                contact_id=ids["one"],
                kind="follow_up",
                title="x",
                due=MORNING - timedelta(days=60),
            )
        )
    with store.reading() as session:
        plan = call_list(session, date(2026, 10, 1), REP, RULES, now=MORNING)
    assert [item.window for item in plan.items] == [None]


def test_done_tasks_stay_off_and_a_deleted_contact_s_task_goes_to_the_lead_contact(store):
    with store.unit_of_work() as session:
        a, ids = add_account(session, "华为", one={"name": "王芳"}, two={"name": "李娜"})
        session.add(Task(account_id=a, contact_id=ids["one"], title="done", due=MORNING, done=True))
        session.add(Task(account_id=a, contact_id=ids["two"], title="报价跟进", due=MORNING))
        session.flush()
        session.get(Contact, ids["two"]).deleted = True
    with store.reading() as session:
        plan = call_list(session, DAY, REP, RULES, now=MORNING)
    assert [(i.contact_name, i.detail) for i in plan.items] == [("王芳", "报价跟进")]


def test_deleted_accounts_and_their_contacts_are_not_suggested(store):
    with store.unit_of_work() as session:
        a, _ = add_account(session, "华为", milestone="planning", one={"name": "王芳"})
        session.get(Account, a).deleted = True
    with store.reading() as session:
        assert call_list(session, DAY, REP, RULES, now=MORNING).items == ()


def test_a_limit_lists_the_first_calls_and_still_counts_them_all(store):
    with store.unit_of_work() as session:
        for number in range(5):
            add_account(
                session, f"客户{number}", created_days_ago=300 + number, one={"name": f"人{number}"}
            )
    with store.reading() as session:
        whole = call_list(session, DAY, REP, RULES, now=MORNING)
        first = call_list(session, DAY, REP, RULES, now=MORNING, limit=2)
    assert first.total == whole.total == len(whole.items) == 5
    assert first.items == whole.items[:2]


def test_a_contact_without_hours_takes_its_account_s(store):
    from dataclasses import replace

    from kamdesk.services.accounts import account_detail, account_input_of, update_account

    with store.unit_of_work() as session:
        a, ids = add_account(session, "华为", one={"name": "王芳"})
        data = account_input_of(account_detail(session, a))
        update_account(session, a, replace(data, work_hours="10:00-19:00", lunch="12:30-14:00"))
        session.add(Task(account_id=a, contact_id=ids["one"], title="回电", due=MORNING))
    with store.reading() as session:
        plan = call_list(session, DAY, REP, RULES, now=MORNING)
    spans = [(w.start.strftime("%H:%M"), w.end.strftime("%H:%M")) for w in plan.items[0].windows]
    assert spans == [("10:30", "12:30"), ("14:00", "18:30")]


def test_the_suggestions_read_beside_the_session_on_a_file_and_inline_in_memory(store):
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from kamdesk.models import Base
    from kamdesk.services.call_list import _Beside

    with store.reading() as session:
        beside = _Beside(session, "SELECT 41 + 1 AS answer", {})
        assert beside._thread is not None  # a file database: its own connection
        assert [tuple(row) for row in beside.rows()] == [(42,)]
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        beside = _Beside(session, "SELECT 41 + 1 AS answer", {})
        assert beside._thread is None  # another connection would see another database
        assert [tuple(row) for row in beside.rows()] == [(42,)]
    engine.dispose()


def test_an_error_in_the_suggestions_reaches_the_caller(store):
    import pytest
    from sqlalchemy.exc import OperationalError

    from kamdesk.services.call_list import _Beside

    with store.reading() as session:
        beside = _Beside(session, "SELECT * FROM no_such_table", {})
        with pytest.raises(OperationalError):
            beside.rows()


def test_follow_ups_find_their_lead_contact_through_its_index(store):
    """The lead contact of each account with a follow-up due is one step into
    ``ix_contacts_lead``, not a sort of the account's contacts: the query must name
    the index's condition exactly, or the call list slows down with the client book."""
    from sqlalchemy import text

    from kamdesk.services.call_list import _CONTACT_COLUMNS, _due_sql

    with store.reading() as session:
        plan = session.execute(
            text("EXPLAIN QUERY PLAN " + _due_sql(_CONTACT_COLUMNS)), {"end": "2026-01-01"}
        ).all()
    details = [row[-1] for row in plan]
    assert any("ix_contacts_lead" in detail for detail in details), details
    assert not any("TEMP B-TREE FOR ORDER BY" in detail for detail in details), details


def test_a_limit_over_a_big_day_keeps_only_the_best_and_gives_the_same_first_calls(
    store, monkeypatch
):
    """With a limit, the ranking lets the worst calls go as it reads (here every 4
    calls): the first calls and the total are those of the whole list."""
    import kamdesk.services.call_list as module

    hours = ("08:00-17:00", "09:00-18:00", "10:00-19:00", "13:00-22:00")
    with store.unit_of_work() as session:
        for number in range(13):
            a, people = add_account(
                session,
                f"客户{number:02d}",
                one={"name": f"联系人{number % 5}", "work_hours": hours[number % 4]},
            )
            session.add(
                Task(
                    account_id=a,
                    contact_id=people["one"],
                    kind="call_back" if number % 3 == 0 else "follow_up",
                    title=f"跟进{number}",
                    due=datetime(2026, 11, 20 + number % 6, 2, 0, tzinfo=UTC),
                )
            )
    with store.reading() as session:
        whole = call_list(session, DAY, REP, RULES, now=MORNING)
        monkeypatch.setattr(module, "_KEPT", 4)
        first = call_list(session, DAY, REP, RULES, now=MORNING, limit=3)
    assert whole.total == len(whole.items) == 13
    assert first.total == 13
    assert first.items == whole.items[:3]
    assert all(item.detail.startswith("跟进") for item in first.items)

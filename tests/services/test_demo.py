"""Demo data: realistic, deterministic by seed, captured like a user's own rows."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kamdesk.cancel import Cancelled, CancelToken
from kamdesk.errors import InvalidInput
from kamdesk.models import Account, Contact, OutboxEntry
from kamdesk.models.capture import replay_outbox, visible_state
from kamdesk.paths import DataPaths
from kamdesk.services import demo
from kamdesk.services.demo import generate_demo
from kamdesk.services.search import search
from kamdesk.services.validation import normalise_phone
from kamdesk.store import open_store

E164 = re.compile(r"\+[1-9]\d{7,14}")
CN_MOBILE = re.compile(r"\+861[3-9]\d{9}")
CHINESE_NAME = re.compile(r"(欧阳|司马|上官|诸葛)?[\u4e00-\u9fff]{2,3}")
ENGLISH_NAME = re.compile(r"[A-Z][a-z]+ [\u4e00-\u9fff]{1,2}")
HH_MM = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """300 demo accounts in a data directory of their own, shared by the read-only tests."""
    paths = DataPaths(tmp_path_factory.mktemp("demo-book")).ensure()
    with open_store(paths, lock=False) as store:
        with store.unit_of_work() as session:
            result = generate_demo(session, 300, seed=42)
        with store.reading() as session:
            accounts = list(session.scalars(select(Account)))
            contacts = list(session.scalars(select(Contact)))
    return result, accounts, contacts


def test_adds_the_accounts_asked_for_with_one_to_five_contacts_each(book):
    result, accounts, contacts = book
    assert (result.accounts, result.contacts) == (300, len(contacts))
    assert len(accounts) == 300
    per_account = Counter(contact.account_id for contact in contacts)
    assert set(per_account) == {account.id for account in accounts}
    assert set(per_account.values()) <= {1, 2, 3, 4, 5}
    assert 2.6 <= len(contacts) / len(accounts) <= 3.6


def test_companies_look_like_registered_chinese_companies(book):
    _, accounts, _ = book
    for account in accounts:
        assert account.name.endswith("公司"), account.name
        assert account.short_name and account.short_name[:2] in account.name
        assert account.industry in {
            "制造",
            "医药",
            "零售",
            "金融",
            "教育",
            "物流",
            "IT",
            "能源",
            "建筑",
            "食品",
        }
        assert account.region in {"华东", "华南", "华北", "华中", "西南", "西北", "东北"}
        assert "市" in account.address and "号" in account.address
        assert account.phones and all(E164.fullmatch(phone) for phone in account.phones)
        assert account.category in {"industry", "regional", "potential"}
        assert account.lifecycle_class in {"loyal", "fast_growing", "sleeping", "worth_cultivating"}
        assert account.tier in {"A", "B", "C"}
        assert account.milestone and account.source in {"own", "online", "map", "referral"}
    assert len({account.name for account in accounts}) == len(accounts)
    assert len({account.industry for account in accounts}) == 10
    assert len({account.region for account in accounts}) == 7
    assert any(len(account.short_name) == 2 for account in accounts)
    assert any(account.notes for account in accounts)
    assert any(not account.notes for account in accounts)


def test_contacts_have_realistic_names_titles_phones_and_hours(book):
    _, _, contacts = book
    for contact in contacts:
        assert CHINESE_NAME.fullmatch(contact.name) or ENGLISH_NAME.fullmatch(contact.name)
        assert contact.title and contact.department
        assert contact.decision_role in {"decision_maker", "influencer", "user", "gatekeeper"}
        assert contact.phones and all(E164.fullmatch(phone) for phone in contact.phones)
        assert contact.timezone in {"Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore"}
        for value in (contact.work_start, contact.work_end, contact.lunch_start, contact.lunch_end):
            assert value is not None and HH_MM.fullmatch(value)
        assert contact.work_start < contact.lunch_start < contact.lunch_end < contact.work_end
        for start, end in contact.habitual_times:
            assert HH_MM.fullmatch(start) and HH_MM.fullmatch(end) and start < end
        assert contact.personality in {None, "actor", "driver", "professor", "amiable"}
        assert contact.email == "" or re.fullmatch(r"[a-z0-9.]+@[a-z0-9.]+\.[a-z]+", contact.email)
        if contact.birthday:
            assert re.fullmatch(r"(\d{4}|-)-\d\d-\d\d", contact.birthday)
            assert contact.birthday_calendar in {"solar", "lunar"}

    def share(predicate) -> float:
        return sum(1 for contact in contacts if predicate(contact)) / len(contacts)

    assert 0.2 < share(lambda c: len(c.name) == 2) < 0.5  # single-character given names
    assert 0.4 < share(lambda c: len(c.name) == 3) < 0.8
    assert 0 < share(lambda c: ENGLISH_NAME.fullmatch(c.name) is not None) < 0.1
    assert share(lambda c: c.name[0] in "王李张刘陈") > 0.2  # the commonest surnames
    assert share(lambda c: CN_MOBILE.fullmatch(c.phones[0]) is not None) > 0.5
    assert share(lambda c: (c.work_start, c.work_end) == ("09:00", "18:00")) > 0.6
    assert share(lambda c: (c.work_start, c.work_end) == ("08:30", "17:30")) > 0
    assert 0.9 < share(lambda c: c.timezone == "Asia/Shanghai") < 1
    assert 0.2 < share(lambda c: c.known_to_rep) < 0.8
    assert 0 < share(lambda c: bool(c.habitual_times)) < 0.5
    assert 0.3 < share(lambda c: c.personality is not None) < 0.9
    assert 0 < share(lambda c: c.birthday is not None) < 0.6
    assert share(lambda c: c.birthday_calendar == "lunar") > 0
    assert {"总经理", "采购经理", "技术总监", "IT主管", "行政主管"} <= {c.title for c in contacts}


def _content(paths: DataPaths, seed: int) -> tuple[list[tuple], list[tuple]]:
    with open_store(paths, lock=False) as store:
        with store.unit_of_work() as session:
            generate_demo(session, 40, seed=seed)
        with store.reading() as session:
            names = {row.id: row.name for row in session.execute(select(Account.id, Account.name))}
            accounts = sorted(
                (a.name, a.short_name, a.industry, a.address, tuple(a.phones), a.tier, a.notes)
                for a in session.scalars(select(Account))
            )
            contacts = sorted(
                (names[c.account_id], c.name, c.title, tuple(c.phones), c.email, c.birthday)
                for c in session.scalars(select(Contact))
            )
    return accounts, contacts


def test_the_same_seed_gives_the_same_book_and_another_seed_another(tmp_path: Path):
    first = _content(DataPaths(tmp_path / "a").ensure(), seed=7)
    again = _content(DataPaths(tmp_path / "b").ensure(), seed=7)
    other = _content(DataPaths(tmp_path / "c").ensure(), seed=8)
    assert first == again
    assert first[0] != other[0] and first[1] != other[1]


def test_every_row_is_captured_in_the_outbox(store):
    with store.unit_of_work() as session:
        result = generate_demo(session, 25, seed=1)
    with store.reading() as session:
        entries = list(session.scalars(select(OutboxEntry)))
        assert len(entries) == result.accounts + result.contacts + result.visits + result.tasks
        assert {entry.op for entry in entries} == {"upsert"}
        assert Counter(entry.entity for entry in entries) == {
            "account": result.accounts,
            "contact": result.contacts,
            "visit": result.visits,
            "task": result.tasks,
        }
        assert result.visits > 0
        assert replay_outbox(session) == visible_state(session)


def test_progress_is_told_after_every_batch(store, monkeypatch):
    monkeypatch.setattr(demo, "BATCH_ACCOUNTS", 10)
    told: list[tuple[int, int]] = []
    with store.unit_of_work() as session:
        generate_demo(
            session, 35, seed=1, progress=lambda done, total, _m: told.append((done, total))
        )
    assert told == [(10, 35), (20, 35), (30, 35), (35, 35)]


def test_cancel_leaves_nothing_behind_when_the_caller_rolls_back(store, monkeypatch):
    monkeypatch.setattr(demo, "BATCH_ACCOUNTS", 10)
    token = CancelToken()
    batches: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        batches.append(done)
        token.cancel()  # the user presses Cancel while the first batch is reported

    with pytest.raises(Cancelled), store.unit_of_work() as session:
        generate_demo(session, 50, seed=1, progress=progress, cancel=token)
    assert batches == [10]  # checked before the second batch
    with store.reading() as session:
        assert count(session, Account) == count(session, Contact) == 0
        assert count(session, OutboxEntry) == 0
        assert search(session, "公司").total == 0


def test_running_twice_adds_new_companies(store):
    with store.unit_of_work() as session:
        generate_demo(session, 30, seed=3)
    with store.unit_of_work() as session:
        generate_demo(session, 30, seed=3)
    with store.reading() as session:
        names = list(session.scalars(select(Account.name)))
    assert len(names) == len(set(names)) == 60


def test_demo_companies_and_people_are_found_by_search(store):
    with store.unit_of_work() as session:
        generate_demo(session, 20, seed=5)
    with store.reading() as session:
        account = session.scalars(select(Account).limit(1)).one()
        contact = session.scalars(select(Contact).limit(1)).one()
        assert account.id in {hit.id for hit in search(session, account.short_name).accounts}
        assert contact.id in {hit.id for hit in search(session, contact.name).contacts}


def test_negative_count_is_refused(store):
    with pytest.raises(ValueError), store.unit_of_work() as session:
        generate_demo(session, -1)


def test_every_phone_passes_the_apps_own_validation(book):
    # A number the edit dialog or the import would refuse must not come from the demo.
    _, accounts, contacts = book
    phones = [phone for row in [*accounts, *contacts] for phone in row.phones]
    assert len(phones) > len(accounts) + len(contacts)

    def refused(phone: str) -> bool:
        try:
            return normalise_phone(phone) != phone
        except InvalidInput:
            return True

    assert [phone for phone in phones if refused(phone)] == []


def test_visits_done_have_reports_and_promises_and_some_are_planned_from_today(store):
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from kamdesk.models import Task, Visit
    from kamdesk.services import visits

    zone = ZoneInfo("Asia/Shanghai")
    now = datetime(2026, 11, 26, 8, 0, tzinfo=zone)  # a Thursday morning
    with store.unit_of_work() as session:
        result = generate_demo(session, 200, seed=11, now=now)
    with store.reading() as session:
        rows = list(session.scalars(select(Visit)))
        tasks = list(session.scalars(select(Task)))
        contacts = {c.id: c.account_id for c in session.scalars(select(Contact))}
        assert (result.visits, result.tasks) == (len(rows), len(tasks))
        done = [v for v in rows if v.status == "done"]
        planned = [v for v in rows if v.status == "planned"]
        assert 40 <= len(done) <= 320 and any(v.status == "cancelled" for v in rows)
        for visit in rows:
            assert visit.contact_ids and all(
                contacts[c] == visit.account_id for c in visit.contact_ids
            )
            assert visit.end > visit.start and visit.objectives
            assert visit.scenario in {
                "cold_visit",
                "referral",
                "existing_client",
                "client_visits_us",
            }
        for visit in done:
            assert visit.start < now and 1 <= visit.satisfaction <= 5
            assert visit.notes and visit.needs_found and visit.outcome and visit.next_steps
            assert re.search(r"[\u4e00-\u9fff]", visit.notes + visit.outcome)
        assert {v.start.astimezone(zone).date() for v in planned} >= {now.date()}
        assert len([v for v in planned if v.start.astimezone(zone).date() == now.date()]) == 3
        assert all(
            now.date() <= v.start.astimezone(zone).date() <= now.date() + timedelta(days=7)
            for v in planned
        )
        promises = [t for t in tasks if t.kind == "promise"]
        assert promises and all(t.visit_id for t in promises)
        assert any(not t.done for t in promises) and any(t.done for t in promises)
        midnight = datetime.combine(now.date(), datetime.min.time(), zone)
        week = visits.visits_between(session, midnight, midnight + timedelta(days=8))
        assert {v.id for v in week} >= {v.id for v in planned}
        shown = [visits.visit_detail(session, v.id, "zh_CN") for v in planned]
        assert any(detail.earlier_promises for detail in shown)
        assert all(t.due.tzinfo is UTC or t.due.utcoffset() == timedelta(0) for t in tasks)


def test_visits_are_few_in_a_big_book(store, monkeypatch):
    from kamdesk.models import Visit

    monkeypatch.setattr(demo, "_MAX_DONE_VISITS", 20)
    with store.unit_of_work() as session:
        result = generate_demo(session, 2000, seed=2)
    with store.reading() as session:
        assert result.visits == count(session, Visit) <= 2 * 20 + 12


def test_visits_can_be_left_out(store):
    with store.unit_of_work() as session:
        result = generate_demo(session, 30, seed=4, visits=False)
    assert (result.visits, result.tasks) == (0, 0)


def test_people_met_at_visits_have_observations_with_styles_of_every_confidence(store):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from kamdesk.models import Visit
    from kamdesk.services import personality

    now = datetime(2026, 11, 26, 8, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    with store.unit_of_work() as session:
        generate_demo(session, 200, seed=11, now=now)
    with store.reading() as session:
        done = {v.id: v for v in session.scalars(select(Visit)) if v.status == "done"}
        contacts = list(session.scalars(select(Contact)))
        views = {c.id: personality.contact_style(session, c.id, now=now) for c in contacts}
    observed = [c for c in contacts if c.personality_assessment]
    assert 20 <= len(observed) < len(contacts) / 2
    for contact in observed:
        stored = personality.assessment_from_json(contact.personality_assessment)
        assert stored.observations
        for observation in stored.observations:
            visit = done[observation.source.id]
            assert contact.id in visit.contact_ids and observation.at > visit.end
        assert contact.personality == (stored.style if stored.style in personality.STYLES else None)
    statuses = Counter(views[c.id].status for c in observed)
    levels = Counter(views[c.id].level for c in observed if views[c.id].status == "assessed")
    assert statuses["assessed"] > statuses["undecided"] > 0
    assert levels["low"] and levels["medium"]
    assert {c.keep_local for c in observed} == {True, False}
    assert any(views[c.id].status == "not_assessed" for c in contacts)

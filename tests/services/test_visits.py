"""Visits: planning and its checks, overlaps, the week, the report's autosave, checklists, promises."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from kamdesk.errors import InvalidInput, NotFound
from kamdesk.models import Task, Visit
from kamdesk.models.sync import OutboxEntry
from kamdesk.services import visits
from kamdesk.services.accounts import (
    AccountInput,
    ValidationFailed,
    create_account,
    delete_account,
)
from kamdesk.services.call_list import call_list
from kamdesk.services.call_timing import load_rules
from kamdesk.services.contacts import ContactInput, create_contact, delete_contact
from kamdesk.services.visits import VisitPlan
from kamdesk.settings import Settings

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Thursday 26 November 2026, 09:00 in Shanghai.
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=SHANGHAI)
MONDAY = datetime(2026, 11, 23, tzinfo=SHANGHAI)


@pytest.fixture
def book(store):  # type: ignore[no-untyped-def]
    """Two accounts: 华为 with 李娜 and 王总, 中兴 with 赵敏."""
    with store.unit_of_work() as session:
        huawei = create_account(session, AccountInput(name="华为技术有限公司", industry="通信"))
        huawei_id = huawei.ids[0]
        li = create_contact(session, huawei_id, ContactInput(name="李娜", title="采购经理")).ids[0]
        wang = create_contact(session, huawei_id, ContactInput(name="王总")).ids[0]
        zte_id = create_account(session, AccountInput(name="中兴通讯")).ids[0]
        zhao = create_contact(session, zte_id, ContactInput(name="赵敏")).ids[0]
    return {"huawei": huawei_id, "li": li, "wang": wang, "zte": zte_id, "zhao": zhao}


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


def _plan(book, start: datetime, end: datetime | None = None, **fields) -> VisitPlan:  # type: ignore[no-untyped-def]
    values = {
        "account_id": book["huawei"],
        "contact_ids": (book["li"],),
        "start": start,
        "end": end,
        "place": "华为坂田基地 F1",
        "scenario": "existing_client",
        "objectives": "了解明年的采购计划",
    }
    values.update(fields)
    return VisitPlan(**values)


def _plan_visit(store, plan: VisitPlan) -> str:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        return visits.plan_visit(session, plan, now=NOW).visit_id


def _errors(store, plan: VisitPlan) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as raised, store.unit_of_work() as session:
        visits.plan_visit(session, plan, now=NOW)
    return {error.where: error.reason for error in raised.value.errors}


def _outbox(store, entity: str) -> int:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity == entity)
            )
            or 0
        )


# --- planning ------------------------------------------------------------------------------


def test_a_planned_visit_is_stored_with_its_fields_and_an_hour_by_default(store, book) -> None:  # type: ignore[no-untyped-def]
    start = _at(30, 14)
    with store.unit_of_work() as session:
        saved = visits.plan_visit(
            session, _plan(book, start, contact_ids=(book["wang"], book["li"])), now=NOW
        )
    assert saved.op == "created" and saved.ids == (saved.visit_id,)
    assert saved.account_ids == (book["huawei"],) and saved.list_changed
    with store.reading() as session:
        visit = session.get(Visit, saved.visit_id)
        assert visit.status == "planned" and visit.account_id == book["huawei"]
        assert visit.contact_ids == [book["wang"], book["li"]]
        assert visit.start == start and visit.end == start + timedelta(hours=1)
        assert visit.place == "华为坂田基地 F1" and visit.scenario == "existing_client"
        assert visit.objectives == "了解明年的采购计划"
    assert _outbox(store, "visit") == 1  # captured for sync in the same transaction


def test_each_wrong_field_is_named(store, book) -> None:  # type: ignore[no-untyped-def]
    naive = datetime(2026, 11, 30, 14, 0)
    errors = _errors(
        store,
        VisitPlan(
            account_id="",
            contact_ids=(),
            start=naive,  # type: ignore[arg-type]
            scenario="lunch",
            place="x" * (visits.MAX_PLACE_CHARS + 1),
            objectives="y" * (visits.MAX_OBJECTIVES_CHARS + 1),
        ),
    )
    assert set(errors) == {"account_id", "contact_ids", "start", "scenario", "place", "objectives"}
    assert "lunch" in errors["scenario"]
    assert "1000" in errors["place"]
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 0


def test_the_end_must_come_after_the_start(store, book) -> None:  # type: ignore[no-untyped-def]
    start = _at(30, 14)
    assert set(_errors(store, _plan(book, start, start))) == {"end"}
    assert set(_errors(store, _plan(book, start, start - timedelta(minutes=5)))) == {"end"}
    assert set(_errors(store, _plan(book, start, start + timedelta(days=8)))) == {"end"}
    assert visits.validate_visit_plan(_plan(book, start, start + timedelta(hours=3)), NOW) == []


def test_a_start_years_away_is_refused_as_a_typo(store, book) -> None:  # type: ignore[no-untyped-def]
    assert set(_errors(store, _plan(book, _at(30, 14).replace(year=2062)))) == {"start"}


def test_the_account_must_be_live(store, book) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        delete_account(session, book["zte"])
    errors = _errors(store, _plan(book, _at(30, 14), account_id=book["zte"]))
    assert set(errors) == {"account_id"}
    assert set(_errors(store, _plan(book, _at(30, 14), account_id="no-such-id"))) == {"account_id"}


def test_attendees_must_be_live_contacts_of_the_account(store, book) -> None:  # type: ignore[no-untyped-def]
    errors = _errors(store, _plan(book, _at(30, 14), contact_ids=(book["li"], book["zhao"])))
    assert errors == {"contact_ids": "赵敏 is not a contact of 华为技术有限公司."}
    with store.unit_of_work() as session:
        delete_contact(session, book["wang"])
    assert set(_errors(store, _plan(book, _at(30, 14), contact_ids=(book["wang"],)))) == {
        "contact_ids"
    }


def test_the_same_attendee_twice_is_kept_once(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id = _plan_visit(store, _plan(book, _at(30, 14), contact_ids=(book["li"], book["li"])))
    with store.reading() as session:
        assert session.get(Visit, visit_id).contact_ids == [book["li"]]


def test_updating_a_plan_writes_only_what_changed(store, book) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(book, _at(30, 14))
    visit_id = _plan_visit(store, plan)
    with store.unit_of_work() as session:
        same = visits.update_visit_plan(session, visit_id, plan, now=NOW)
    assert same.is_empty and same.fields == frozenset()
    moved = _plan(book, _at(30, 16), place="深圳湾科技园")
    with store.unit_of_work() as session:
        saved = visits.update_visit_plan(session, visit_id, moved, now=NOW)
    assert saved.fields == {"start", "end", "place"} and saved.list_changed
    with store.reading() as session:
        visit = session.get(Visit, visit_id)
        assert visit.start == _at(30, 16) and visit.place == "深圳湾科技园"


# --- overlaps and the week -------------------------------------------------------------------


def test_overlapping_lists_live_visits_not_cancelled_that_meet_the_time(store, book) -> None:  # type: ignore[no-untyped-def]
    first = _plan_visit(store, _plan(book, _at(27, 14), _at(27, 15)))
    touching = _plan_visit(store, _plan(book, _at(27, 15), _at(27, 16)))
    cancelled = _plan_visit(store, _plan(book, _at(27, 14, 30), _at(27, 15, 30)))
    deleted = _plan_visit(store, _plan(book, _at(27, 14, 30), _at(27, 15, 30)))
    with store.unit_of_work() as session:
        visits.save_report(session, cancelled, {"status": "cancelled"})
        visits.delete_visit(session, deleted)
    with store.reading() as session:
        found = visits.overlapping(session, _at(27, 14, 30), _at(27, 15, 30))
        assert [v.id for v in found] == [first, touching]
        assert [v.id for v in visits.overlapping(session, _at(27, 13), _at(27, 14))] == []
        assert visits.overlapping(session, _at(27, 14), _at(27, 15), exclude_id=first) == []
        week = {v.id: v for v in visits.visits_between(session, MONDAY, MONDAY + timedelta(days=7))}
    assert week[first].overlaps == () and week[touching].overlaps == ()  # [start, end): no overlap
    assert set(week) == {first, touching, cancelled}  # a cancelled visit still shows
    assert week[cancelled].status == "cancelled" and week[cancelled].overlaps == ()


def test_the_summary_names_both_visits_of_an_overlap(store, book) -> None:  # type: ignore[no-untyped-def]
    one = _plan_visit(store, _plan(book, _at(27, 10), _at(27, 12)))
    other = _plan_visit(
        store,
        _plan(book, _at(27, 11), account_id=book["zte"], contact_ids=(book["zhao"],)),
    )
    with store.reading() as session:
        week = {v.id: v for v in visits.visits_between(session, MONDAY, MONDAY + timedelta(days=7))}
    assert week[one].overlaps == (other,) and week[other].overlaps == (one,)
    assert week[other].account_name == "中兴通讯" and week[other].attendee_names == ("赵敏",)


def test_visits_between_lists_the_week_by_start(store, book) -> None:  # type: ignore[no-untyped-def]
    before = _plan_visit(store, _plan(book, MONDAY - timedelta(minutes=30)))
    late = _plan_visit(store, _plan(book, _at(29, 22)))
    early = _plan_visit(store, _plan(book, _at(23, 0)))
    after = _plan_visit(store, _plan(book, MONDAY + timedelta(days=7)))
    with store.reading() as session:
        week = visits.visits_between(session, MONDAY, MONDAY + timedelta(days=7))
    assert [v.id for v in week] == [early, late]
    assert before not in {v.id for v in week} and after not in {v.id for v in week}
    assert week[0].account_name == "华为技术有限公司" and week[0].attendee_names == ("李娜",)
    assert week[0].start.utcoffset() == timedelta(0)  # aware (UTC) as stored


# --- the detail and the report -------------------------------------------------------------


def test_the_detail_shows_account_attendees_and_a_deleted_contact_flagged(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id = _plan_visit(store, _plan(book, _at(30, 14), contact_ids=(book["li"], book["wang"])))
    with store.unit_of_work() as session:
        delete_contact(session, book["wang"])
    with store.reading() as session:
        detail = visits.visit_detail(session, visit_id, "zh_CN")
    assert detail.account is not None and detail.account.industry == "通信"
    assert [(a.name, a.title, a.deleted) for a in detail.attendees] == [
        ("李娜", "采购经理", False),
        ("王总", "", True),
    ]
    assert detail.attendee_names == ("李娜",)
    assert detail.notes == "" and detail.satisfaction is None and detail.status == "planned"
    assert detail.checklist[0].text.startswith("演练") and not detail.checklist[0].ticked


def test_a_missing_or_deleted_visit_is_not_found(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id = _plan_visit(store, _plan(book, _at(30, 14)))
    with store.unit_of_work() as session:
        visits.delete_visit(session, visit_id)
    with store.reading() as session, pytest.raises(NotFound):
        visits.visit_detail(session, visit_id)
    with store.reading() as session, pytest.raises(NotFound):
        visits.visit_detail(session, "nothing")


def test_saving_part_of_the_report_writes_only_those_fields(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id = _plan_visit(store, _plan(book, _at(25, 14)))
    before = _outbox(store, "visit")
    with store.unit_of_work() as session:
        saved = visits.save_report(
            session, visit_id, {"notes": "王总对报价有疑问\n", "outcome": ""}
        )
    assert saved.fields == {"notes"} and saved.ids == (visit_id,) and not saved.list_changed
    with store.unit_of_work() as session:
        saved = visits.save_report(
            session,
            visit_id,
            {"needs_found": "需要 CRM 移动端", "satisfaction": 4, "status": "done"},
        )
    assert saved.fields == {"needs_found", "satisfaction", "status"} and saved.list_changed
    with store.reading() as session:
        detail = visits.visit_detail(session, visit_id)
    assert detail.notes == "王总对报价有疑问\n"  # kept as typed: the next autosave is a no-op
    assert (detail.needs_found, detail.satisfaction, detail.status) == (
        "需要 CRM 移动端",
        4,
        "done",
    )
    assert _outbox(store, "visit") == before  # pending changes of one row merge into one entry


def test_saving_the_same_report_again_writes_nothing(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id = _plan_visit(store, _plan(book, _at(25, 14)))
    changes = {"notes": "谈了\r\n两点", "objections": "价格偏高", "satisfaction": 3}
    with store.unit_of_work() as session:
        visits.save_report(session, visit_id, changes)
    with store.reading() as session:
        stamp = session.get(Visit, visit_id).updated_at
    with store.unit_of_work() as session:
        again = visits.save_report(session, visit_id, changes)
        assert not session.dirty and not session.new
    assert again.is_empty and again.fields == frozenset() and again.rows == ()
    with store.reading() as session:
        visit = session.get(Visit, visit_id)
        assert visit.updated_at == stamp and visit.notes == "谈了\n两点"


@pytest.mark.parametrize("value", [0, 6, -1, 3.5, "4", True])
def test_satisfaction_is_none_or_one_to_five(store, book, value) -> None:  # type: ignore[no-untyped-def]
    visit_id = _plan_visit(store, _plan(book, _at(25, 14)))
    with pytest.raises(ValidationFailed) as raised, store.unit_of_work() as session:
        visits.save_report(session, visit_id, {"satisfaction": value, "notes": "x"})
    assert raised.value.fields() == ("satisfaction",)
    with store.unit_of_work() as session:
        visits.save_report(session, visit_id, {"satisfaction": 5})
        visits.save_report(session, visit_id, {"satisfaction": None})
    with store.reading() as session:
        visit = session.get(Visit, visit_id)
        assert visit.satisfaction is None and visit.notes == ""  # the refused save wrote nothing


def test_the_report_refuses_unknown_fields_statuses_and_non_text(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id = _plan_visit(store, _plan(book, _at(25, 14)))
    with pytest.raises(ValidationFailed) as raised, store.unit_of_work() as session:
        visits.save_report(
            session, visit_id, {"place": "x", "status": "maybe", "notes": 3, "outcome": None}
        )
    assert set(raised.value.fields()) == {"place", "status", "notes", "outcome"}
    with pytest.raises(ValidationFailed) as raised, store.unit_of_work() as session:
        visits.save_report(session, visit_id, {"notes": "长" * (visits.MAX_NOTE_BYTES // 3 + 1)})
    assert raised.value.fields() == ("notes",)


def test_a_long_note_is_kept(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id = _plan_visit(store, _plan(book, _at(25, 14)))
    note = "\n".join(f"第{i}段：客户介绍了他们的项目进度和预算。" for i in range(5000))
    with store.unit_of_work() as session:
        visits.save_report(session, visit_id, {"notes": note})
    with store.reading() as session:
        assert visits.visit_detail(session, visit_id).notes == note


# --- the checklist -----------------------------------------------------------------------------


def test_each_scenario_has_the_common_steps_then_its_own_in_both_languages() -> None:
    common = {"rehearse_opening", "know_products_campaigns", "appearance", "bring_business_cards"}
    for scenario in ("cold_visit", "referral", "existing_client", "client_visits_us"):
        english = visits.checklist_items(scenario, "en")
        chinese = visits.checklist_items(scenario, "zh_CN")
        assert [i.id for i in english] == [i.id for i in chinese]
        assert common <= {i.id for i in english}
        assert all(i.text and not i.ticked for i in english + chinese)
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in i.text) for i in chinese)
    referral = visits.checklist_items("referral", "zh_CN")
    assert any("介绍人" in i.text for i in referral)
    reception = {i.id for i in visits.checklist_items("client_visits_us", "en")}
    assert {"reception_room", "reception_guide", "reception_materials"} <= reception
    assert "referral_referrer" not in reception


def test_the_checklist_follows_the_language_messages_are_shown_in() -> None:
    from kamdesk import i18n

    assert visits.checklist_items("cold_visit")[0].text.startswith("Rehearse")

    def chinese(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "zh_CN" if (context, text) == ("visits", "en") else text

    i18n.install(chinese)
    assert visits.checklist_items("cold_visit")[0].text.startswith("演练")


def test_ticks_are_kept_per_visit_and_by_item_id(store, book) -> None:  # type: ignore[no-untyped-def]
    one = _plan_visit(store, _plan(book, _at(30, 14), scenario="referral"))
    other = _plan_visit(store, _plan(book, _at(30, 16), scenario="referral"))
    with store.unit_of_work() as session:
        saved = visits.tick(session, one, "referral_referrer", True)
        visits.tick(session, one, "bring_business_cards", True)
        visits.tick(session, one, "bring_business_cards", False)
    assert saved.fields == {"checklist"} and saved.ids == (one,)
    with store.unit_of_work() as session:
        assert visits.tick(session, one, "referral_referrer", True).is_empty
    with store.reading() as session:
        ticked = {i.id for i in visits.visit_detail(session, one, "en").checklist if i.ticked}
        assert ticked == {"referral_referrer"}
        assert not any(i.ticked for i in visits.visit_detail(session, other, "en").checklist)
        stored = session.get(Visit, one).checklist
    assert stored["ticked"] == {"referral_referrer": True} and stored["version"] == "1"
    with pytest.raises(ValidationFailed) as raised, store.unit_of_work() as session:
        visits.tick(session, one, "reception_room", True)  # not a referral's step
    assert raised.value.fields() == ("checklist",)


def test_the_checklist_loader_says_what_is_wrong(tmp_path) -> None:  # type: ignore[no-untyped-def]
    shipped = json.loads(_shipped_path().read_text(encoding="utf-8"))
    assert visits.parse_checklists(shipped).version == "1"

    def problem(data: object) -> str:
        with pytest.raises(InvalidInput) as raised:
            visits.parse_checklists(data, "list.json")
        return raised.value.message()

    broken = json.loads(json.dumps(shipped))
    del broken["scenarios"]["referral"][1]["en"]
    assert problem(broken).startswith("list.json: scenarios.referral[1].en:")
    broken = json.loads(json.dumps(shipped))
    broken["scenarios"]["cold_visit"][0]["id"] = "rehearse_opening"
    assert "used twice" in problem(broken)
    broken = json.loads(json.dumps(shipped))
    del broken["scenarios"]["client_visits_us"]
    assert "client_visits_us" in problem(broken)
    broken = json.loads(json.dumps(shipped))
    broken["scenarios"]["picnic"] = broken["scenarios"]["referral"]
    assert "picnic" in problem(broken)
    assert "version" in problem({k: v for k, v in shipped.items() if k != "version"})
    bad_file = tmp_path / "bad.json"
    bad_file.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidInput) as raised:
        visits.load_checklists(bad_file)
    assert "not JSON" in raised.value.message()


def _shipped_path():  # type: ignore[no-untyped-def]
    from kamdesk.paths import resources_dir

    return resources_dir().joinpath(*visits.CHECKLIST_RESOURCE)


# --- promises ----------------------------------------------------------------------------------


def _done_visit_with_promise(store, book, day: int = 20):  # type: ignore[no-untyped-def]
    visit_id = _plan_visit(store, _plan(book, _at(day, 10)))
    with store.unit_of_work() as session:
        visits.save_report(session, visit_id, {"status": "done", "outcome": "同意试用"})
        saved = visits.add_promise(
            session, visit_id, "  寄送产品报价单  ", _at(25, 18), contact_id=book["li"]
        )
    return visit_id, saved.task_id


def test_a_promise_is_a_task_of_the_visit_and_its_account(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id, task_id = _done_visit_with_promise(store, book)
    with store.reading() as session:
        task = session.get(Task, task_id)
        assert (task.kind, task.visit_id, task.account_id) == ("promise", visit_id, book["huawei"])
        assert task.title == "寄送产品报价单" and task.contact_id == book["li"]
        assert task.due == _at(25, 18) and not task.done
        detail = visits.visit_detail(session, visit_id)
    assert [p.task_id for p in detail.promises] == [task_id]
    assert detail.earlier_promises == ()  # its own promise is not an earlier one
    assert _outbox(store, "task") == 1


def test_a_promise_needs_a_title_a_due_date_and_a_contact_of_the_account(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id = _plan_visit(store, _plan(book, _at(20, 10)))
    with pytest.raises(ValidationFailed) as raised, store.unit_of_work() as session:
        visits.add_promise(session, visit_id, "  ", datetime(2026, 12, 1), book["zhao"])  # type: ignore[arg-type]
    assert set(raised.value.fields()) == {"title", "due", "contact_id"}
    with pytest.raises(ValidationFailed) as raised, store.unit_of_work() as session:
        visits.add_promise(session, visit_id, "x" * 501, _at(30, 9))
    assert raised.value.fields() == ("title",)


def test_open_promises_show_before_the_next_visits_to_the_account(store, book) -> None:  # type: ignore[no-untyped-def]
    earlier, task_id = _done_visit_with_promise(store, book)
    nxt = _plan_visit(store, _plan(book, _at(30, 10)))
    later = _plan_visit(store, _plan(book, _at(30, 15)))
    elsewhere = _plan_visit(
        store, _plan(book, _at(30, 11), account_id=book["zte"], contact_ids=(book["zhao"],))
    )
    before = _plan_visit(store, _plan(book, _at(18, 10)))
    with store.reading() as session:
        for visit_id in (nxt, later):
            shown = visits.visit_detail(session, visit_id).earlier_promises
            assert [(p.task_id, p.title, p.visit_id) for p in shown] == [
                (task_id, "寄送产品报价单", earlier)
            ]
        assert visits.visit_detail(session, elsewhere).earlier_promises == ()
        assert visits.visit_detail(session, before).earlier_promises == ()
    with store.unit_of_work() as session:
        done = visits.update_promise(session, task_id, done=True, now=NOW)
    assert done.fields == {"done"}
    with store.reading() as session:
        assert visits.visit_detail(session, nxt).earlier_promises == ()
        assert session.get(Task, task_id).done_at == NOW
        assert visits.visit_detail(session, earlier).promises[0].done


def test_a_promise_due_shows_in_the_call_list_as_a_follow_up(store, book) -> None:  # type: ignore[no-untyped-def]
    _visit_id, task_id = _done_visit_with_promise(store, book)
    rep = Settings(rep_name="张伟", company="深圳云启科技", offer="销售管理软件")
    with store.reading() as session:
        plan = call_list(session, date(2026, 11, 26), rep, load_rules(), now=NOW)
    item = next(item for item in plan.items if item.task_id == task_id)
    assert item.reason == "follow_up" and item.detail == "寄送产品报价单"
    assert item.contact_id == book["li"]


def test_updating_a_promise_writes_only_what_changed(store, book) -> None:  # type: ignore[no-untyped-def]
    _visit_id, task_id = _done_visit_with_promise(store, book)
    with store.unit_of_work() as session:
        same = visits.update_promise(session, task_id, title="寄送产品报价单", due=_at(25, 18))
    assert same.is_empty
    with store.unit_of_work() as session:
        moved = visits.update_promise(session, task_id, due=_at(28, 18), contact_id=None)
    assert moved.fields == {"due", "contact_id"}
    with pytest.raises(ValidationFailed), store.unit_of_work() as session:
        visits.update_promise(session, task_id, title="")


def test_deleting_a_visit_takes_its_promises_and_restore_brings_them_back(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id, task_id = _done_visit_with_promise(store, book)
    with store.unit_of_work() as session:
        dropped = visits.add_promise(session, visit_id, "安排技术交流", _at(27, 10)).task_id
        visits.delete_promise(session, dropped)  # deleted on its own, before the visit
    nxt = _plan_visit(store, _plan(book, _at(30, 10)))
    with store.unit_of_work() as session:
        deleted = visits.delete_visit(session, visit_id)
    assert dict(deleted.rows) == {"visit": (visit_id,), "task": (task_id,)}
    with store.reading() as session:
        assert session.get(Task, task_id).deleted
        assert visits.visit_detail(session, nxt).earlier_promises == ()
        assert visits.visits_between(session, MONDAY - timedelta(days=7), MONDAY) == []
    with store.unit_of_work() as session:
        restored = visits.restore_visit(session, visit_id, deleted)
    assert dict(restored.rows) == {"visit": (visit_id,), "task": (task_id,)}
    with store.reading() as session:
        assert [p.task_id for p in visits.visit_detail(session, visit_id).promises] == [task_id]
        assert session.get(Task, dropped).deleted  # deleted before: stays deleted
        assert [p.task_id for p in visits.visit_detail(session, nxt).earlier_promises] == [task_id]


def test_restore_without_the_receipt_brings_back_what_went_with_the_visit(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id, task_id = _done_visit_with_promise(store, book)
    with store.unit_of_work() as session:
        visits.delete_visit(session, visit_id)
    with store.unit_of_work() as session:
        restored = visits.restore_visit(session, visit_id)
    assert dict(restored.rows) == {"visit": (visit_id,), "task": (task_id,)}
    with store.unit_of_work() as session:
        assert visits.restore_visit(session, visit_id).is_empty  # live already
        delete_account(session, book["huawei"])
    with pytest.raises(NotFound), store.unit_of_work() as session:
        visits.restore_visit(session, visit_id)  # its account is gone


def test_a_follow_up_made_before_the_visit_shows_as_earlier(store, book) -> None:  # type: ignore[no-untyped-def]
    nxt = _plan_visit(store, _plan(book, datetime.now(UTC) + timedelta(days=2)))
    with store.unit_of_work() as session:
        task = Task(
            account_id=book["huawei"],
            kind="follow_up",
            title="确认预算",
            due=datetime.now(UTC) + timedelta(days=1),
        )
        session.add(task)
        call_back = Task(
            account_id=book["huawei"],
            kind="call_back",
            title="回电",
            due=datetime.now(UTC) + timedelta(days=1),
        )
        session.add(call_back)
    with store.reading() as session:
        shown = visits.visit_detail(session, nxt).earlier_promises
    assert [(p.title, p.kind, p.visit_id) for p in shown] == [("确认预算", "follow_up", None)]


def test_a_visit_stored_without_an_end_lasts_an_hour(store, book) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        bare = Visit(account_id=book["huawei"], contact_ids=[book["li"]], start=_at(27, 9))
        session.add(bare)
        session.flush()
        bare_id = bare.id
    with store.reading() as session:
        assert [v.id for v in visits.overlapping(session, _at(27, 9, 59), _at(27, 11))] == [bare_id]
        assert visits.overlapping(session, _at(27, 10), _at(27, 11)) == []
        (summary,) = visits.visits_between(session, MONDAY, MONDAY + timedelta(days=7))
    assert summary.end == _at(27, 10)


def test_moving_a_visit_to_another_account_moves_its_promises(store, book) -> None:  # type: ignore[no-untyped-def]
    visit_id, task_id = _done_visit_with_promise(store, book)
    moved = _plan(book, _at(20, 10), account_id=book["zte"], contact_ids=(book["zhao"],))
    with store.unit_of_work() as session:
        saved = visits.update_visit_plan(session, visit_id, moved, now=NOW)
    assert {"account_id", "contact_ids"} <= saved.fields
    assert dict(saved.rows) == {"visit": (visit_id,), "task": (task_id,)}
    with store.reading() as session:
        task = session.get(Task, task_id)
        assert (task.account_id, task.contact_id) == (book["zte"], None)

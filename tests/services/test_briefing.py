"""The pre-visit briefing: who the rep meets and how to handle them, the account, the
history, the checklist, the objection cards, the call windows, and when it pops up."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kamdesk.errors import InvalidInput, NotFound
from kamdesk.models import Account
from kamdesk.services import personality, visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.briefing import (
    MAX_CARDS,
    USUAL_OBJECTIONS,
    briefing,
    briefing_text,
    briefing_to_json,
    due_briefings,
)
from kamdesk.services.contacts import ContactInput, create_contact, delete_contact
from kamdesk.services.personality import Observation, ObservationSource
from kamdesk.settings import Settings

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: The visit briefed: Monday 5 January 2026, 14:30 in Shanghai (a working day).
START = datetime(2026, 1, 5, 14, 30, tzinfo=SHANGHAI)
MORNING = datetime(2026, 1, 5, 8, 45, tzinfo=SHANGHAI)
EARLIER = datetime(2025, 12, 22, 10, 0, tzinfo=SHANGHAI)

DRIVER = ("speaks_fast", "decides_on_the_spot", "keeps_to_business", "asks_for_data")
AMIABLE = ("measured_pace", "takes_time_to_decide", "personal_talk", "shows_feelings")


def seen(behaviours, at, visit_id=None):  # type: ignore[no-untyped-def]
    source = ObservationSource("visit", visit_id) if visit_id else None
    return [Observation(b, True, at, source) for b in behaviours]


@pytest.fixture
def settings() -> Settings:
    """A rep who assessed their own style: a driver, as many reps are."""
    rep = Settings(rep_name="王小明", timezone="Asia/Shanghai")
    return personality.record_rep_observations(
        rep, seen(DRIVER, EARLIER - timedelta(days=30)), now=EARLIER
    )


@pytest.fixture
def book(store):  # type: ignore[no-untyped-def]
    """华达 (sleeping, regional, tier A, a named competitor) with four people, one done
    visit with its objections and promises, and the visit briefed; 新客 with no history."""
    with store.unit_of_work() as session:
        huada = create_account(
            session,
            AccountInput(
                name="深圳市华达精密制造有限公司",
                category="regional",
                lifecycle_class="sleeping",
                tier="A",
                competitors="西门子、施耐德",
                industry="制造",
            ),
        ).ids[0]
        people = {}
        for key, name, known, keep in (
            ("li", "李建国", True, False),
            ("wang", "王工", False, False),
            ("zhao", "赵秀英", True, True),
            ("qian", "钱多多", False, False),
        ):
            people[key] = create_contact(
                session,
                huada,
                ContactInput(
                    name=name,
                    title="总经理" if key == "li" else "采购经理",
                    phones="+8613800138000",
                    work_hours="09:00-18:00",
                    lunch="12:00-13:30",
                    timezone="Asia/Shanghai",
                    known_to_rep=known,
                ),
                keep_local=keep,
            ).ids[0]
        earlier = visits.plan_visit(
            session,
            visits.VisitPlan(
                account_id=huada,
                contact_ids=(people["li"], people["zhao"], people["qian"]),
                start=EARLIER,
                scenario="cold_visit",
            ),
            now=EARLIER - timedelta(days=1),
        ).visit_id
        visits.save_report(
            session,
            earlier,
            {
                "notes": "李总很忙。谈了二十分钟，对交期很关心。后面还有很多细节要跟进，技术部下周再约。",
                "objections": "价格太贵了，比现在的供应商高",
                "outcome": "同意看方案",
                "next_steps": "一周内发方案",
                "satisfaction": 4,
                "status": "done",
            },
        )
        visits.add_promise(session, earlier, "发送报价单", EARLIER + timedelta(days=3))
        kept = visits.add_promise(session, earlier, "寄样品", EARLIER + timedelta(days=2)).task_id
        assert kept is not None
        visits.update_promise(session, kept, done=True)
        after = EARLIER + timedelta(hours=2)
        personality.record_observations(
            session, people["li"], seen(DRIVER, after, earlier), now=after
        )
        personality.record_observations(
            session, people["zhao"], seen(AMIABLE, after, earlier), now=after
        )
        # Only the pace seen: the style stays undecided.
        personality.record_observations(
            session, people["qian"], seen(DRIVER[:2], after, earlier), now=after
        )
        visit = visits.plan_visit(
            session,
            visits.VisitPlan(
                account_id=huada,
                contact_ids=(people["li"], people["wang"], people["zhao"], people["qian"]),
                start=START,
                place="华达总部 <3号楼> & 会议室",
                scenario="existing_client",
                objectives="推动合同进入审批",
            ),
            now=EARLIER,
        ).visit_id
        xinke = create_account(session, AccountInput(name="新客科技")).ids[0]
        zhou = create_contact(session, xinke, ContactInput(name="周敏")).ids[0]
        cold = visits.plan_visit(
            session,
            visits.VisitPlan(
                account_id=xinke,
                contact_ids=(zhou,),
                start=START + timedelta(hours=2),
                scenario="cold_visit",
            ),
            now=EARLIER,
        ).visit_id
    return {"huada": huada, "visit": visit, "earlier": earlier, "cold": cold, **people}


def brief(store, visit_id, settings, now=MORNING, language="en"):  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return briefing(session, visit_id, settings, now=now, language=language)


def by_name(b, name):  # type: ignore[no-untyped-def]
    return next(a for a in b.attendees if a.name == name)


def test_an_assessed_attendee_comes_with_confidence_style_card_and_pair_hint(store, book, settings):
    b = brief(store, book["visit"], settings)
    li = by_name(b, "李建国")
    assert li.style.status == "assessed" and li.style.style == "driver"
    assert li.style.level in ("medium", "high") and li.style.confidence > 0.45
    assert li.style_line == personality.describe_style(li.style, "en")
    assert "Driver" in li.style_line and "from 4 observation" in li.style_line
    assert li.card is not None and li.card.style == "driver" and li.card.name == "Driver"
    assert dict(li.card.handle)["opening"]
    assert li.pair_hint == personality.pair_hint("driver", "driver", "en")
    assert b.rep_style.style == "driver" and "Driver" in b.rep_style_line


def test_the_pair_hint_is_for_the_reps_style_facing_the_attendees(store, book, settings):
    zhao = by_name(brief(store, book["visit"], settings), "赵秀英")
    assert zhao.card is not None and zhao.card.style == "amiable"
    expected = personality.pair_hint("driver", "amiable", "en")
    assert expected is not None and zhao.pair_hint == expected


def test_unassessed_and_undecided_attendees_say_so_and_get_no_card(store, book, settings):
    b = brief(store, book["visit"], settings)
    wang = by_name(b, "王工")
    assert wang.style.status == "not_assessed" and wang.card is None and wang.pair_hint is None
    assert wang.style_line.startswith("Not assessed yet")
    qian = by_name(b, "钱多多")
    assert qian.style.status == "undecided" and qian.card is None and qian.pair_hint is None
    assert qian.style_line.startswith("Undecided")


def test_without_the_reps_own_style_there_is_no_pair_hint(store, book):
    b = brief(store, book["visit"], Settings(timezone="Asia/Shanghai"))
    li = by_name(b, "李建国")
    assert li.card is not None and li.pair_hint is None
    assert b.rep_style.status == "not_assessed"


def test_an_attendee_kept_on_this_laptop_is_still_shown_with_the_style(store, book, settings):
    zhao = by_name(brief(store, book["visit"], settings), "赵秀英")
    assert zhao.keep_local and zhao.style.keep_local
    assert zhao.style.status == "assessed" and zhao.card is not None


def test_attendees_keep_the_visits_order_and_a_deleted_one_is_left_out(store, book, settings):
    b = brief(store, book["visit"], settings)
    assert [a.name for a in b.attendees] == ["李建国", "王工", "赵秀英", "钱多多"]
    with store.unit_of_work() as session:
        delete_contact(session, book["wang"])
    b = brief(store, book["visit"], settings)
    assert [a.name for a in b.attendees] == ["李建国", "赵秀英", "钱多多"]


def test_the_account_shows_category_class_tier_and_the_class_strategy(store, book, settings):
    account = brief(store, book["visit"], settings).account
    strategy = personality.class_strategy("sleeping", "en")
    assert strategy is not None
    assert (account.category, account.lifecycle_class, account.tier) == (
        "regional",
        "sleeping",
        "A",
    )
    assert account.category_label == "Regional key account"
    assert account.class_label == strategy.name == "Sleeping"
    assert account.strategy == strategy and "new need" in strategy.strategy


def test_an_account_without_class_has_no_strategy(store, book, settings):
    account = brief(store, book["cold"], settings).account
    assert account.lifecycle_class is None and account.strategy is None
    assert account.class_label == "" and account.category_label == ""


def test_with_an_earlier_visit_the_last_visit_and_open_promises_are_shown(store, book, settings):
    b = brief(store, book["visit"], settings)
    last = b.last_visit
    assert last is not None and last.id == book["earlier"]
    assert (last.outcome, last.next_steps, last.satisfaction) == ("同意看方案", "一周内发方案", 4)
    assert last.start == EARLIER and last.start.tzinfo is not None
    assert last.notes_excerpt.startswith("李总很忙。") and len(last.notes_excerpt) <= 160
    assert [p.title for p in b.open_promises] == ["发送报价单"]  # the kept one is gone


def test_without_an_earlier_visit_there_is_no_last_visit_and_no_promise(store, book, settings):
    b = brief(store, book["cold"], settings)
    assert b.last_visit is None and b.open_promises == ()
    assert [a.name for a in b.attendees] == ["周敏"]


def test_a_cancelled_or_planned_earlier_visit_is_not_the_last_visit(store, book, settings):
    with store.unit_of_work() as session:
        visits.save_report(session, book["earlier"], {"status": "cancelled"})
    assert brief(store, book["visit"], settings).last_visit is None


def test_objection_cards_come_from_the_last_objections_then_the_competitors(store, book, settings):
    b = brief(store, book["visit"], settings)
    ids = [card.id for card in b.objection_cards]
    assert ids[0] == "price_question" and "competitor" in ids and len(ids) <= MAX_CARDS
    price = b.objection_cards[0]
    assert price.matched and any("价格" in word or "贵" in word for word in price.matched)
    # The note is for the first attendee style that has one: 李建国's, a driver.
    assert b.card_note_styles[0] == "driver"
    assert price.style_note == personality.objection_cards(["price"], "driver", "en")[0].style_note


def test_a_visit_with_no_history_gets_the_usual_objections_of_its_scenario(store, book, settings):
    b = brief(store, book["cold"], settings)
    situations = [card.situations[0] for card in b.objection_cards]
    assert situations == list(USUAL_OBJECTIONS["cold_visit"])
    assert all(note is None for note in b.card_note_styles)  # 周敏 has no style


def test_the_checklist_is_the_scenarios_with_this_visits_ticks(store, book, settings):
    items = visits.checklist_items("existing_client", "en")
    with store.unit_of_work() as session:
        visits.tick(session, book["visit"], items[0].id, True)
    b = brief(store, book["visit"], settings)
    assert [item.id for item in b.checklist] == [item.id for item in items]
    assert [item.ticked for item in b.checklist] == [True] + [False] * (len(items) - 1)


def test_call_windows_today_follow_the_timing_rules_in_the_reps_zone(store, book, settings):
    b = brief(store, book["visit"], settings)
    li, wang = by_name(b, "李建国"), by_name(b, "王工")

    def spans(person):  # type: ignore[no-untyped-def]
        return [(f"{w.start:%H:%M}", f"{w.end:%H:%M}") for w in person.windows_today]

    assert spans(li) == [("08:30", "09:00"), ("18:00", "19:00")]  # known: around work
    assert spans(wang) == [("09:30", "12:00"), ("13:30", "17:30")]  # unknown: working time
    assert all(
        w.start.tzinfo is not None and w.start.utcoffset() == timedelta(hours=8)
        for w in li.windows_today
    )
    assert li.call_now == "good time to call, until 09:00"  # 08:45
    assert wang.call_now == "next good time: 09:30"


def test_call_windows_are_of_the_day_it_is_read_in_a_rep_abroad(store, book, settings):
    rep = settings.replace(timezone="Europe/Berlin")
    b = brief(
        store, book["visit"], rep, now=datetime(2026, 1, 5, 1, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    )
    li = by_name(b, "李建国")
    # 08:30-09:00 in Shanghai is 01:30-02:00 in Berlin (UTC+1 in winter).
    assert (f"{li.windows_today[0].start:%H:%M}", str(li.windows_today[0].start.tzinfo)) == (
        "01:30",
        "Europe/Berlin",
    )
    assert b.start.tzinfo is not None and f"{b.start:%H:%M}" == "07:30"


def test_minutes_until_counts_down_and_goes_negative_once_begun(store, book, settings):
    assert brief(store, book["visit"], settings).minutes_until == 5 * 60 + 45
    assert brief(store, book["visit"], settings, now=START).minutes_until == 0
    later = brief(store, book["visit"], settings, now=START + timedelta(minutes=10, seconds=5))
    assert later.minutes_until == -11


def test_content_comes_in_the_language_asked_for(store, book, settings):
    b = brief(store, book["visit"], settings, language="zh_CN")
    li = by_name(b, "李建国")
    assert b.language == "zh_CN" and li.card is not None and li.card.name == "结果型"
    assert b.account.class_label == "睡眠型客户"
    assert b.objection_cards[0].title == "客户问价格"
    assert any("\u4e00" <= c <= "\u9fff" for c in b.checklist[0].text)


def test_a_missing_or_deleted_visit_is_not_found(store, book, settings):
    with store.reading() as session, pytest.raises(NotFound):
        briefing(session, "no-such-visit", settings, now=MORNING)
    with store.unit_of_work() as session:
        visits.delete_visit(session, book["cold"])
    with store.reading() as session, pytest.raises(NotFound):
        briefing(session, book["cold"], settings, now=MORNING)


def test_a_time_without_zone_is_refused(store, book, settings):
    with store.reading() as session, pytest.raises(InvalidInput) as raised:
        briefing(session, book["visit"], settings, now=datetime(2026, 1, 5, 8, 0))
    assert raised.value.where == "now"


def test_the_json_shape_holds_every_field_as_plain_data(store, book, settings):
    shape = briefing_to_json(brief(store, book["visit"], settings))
    again = json.loads(json.dumps(shape, ensure_ascii=False))
    assert again == shape
    assert shape["start"] == "2026-01-05T14:30:00+08:00"
    li = shape["attendees"][0]
    assert li["style"]["status"] == "assessed" and li["style"]["level"] in ("medium", "high")
    assert li["card"]["style"] == "driver" and li["pair_hint"]["client_style"] == "driver"
    assert li["windows_today"][0]["kinds"] == ["before_work"]
    assert shape["account"]["strategy"]["lifecycle_class"] == "sleeping"
    assert shape["objection_cards"][0]["id"] == "price_question"
    assert shape["last_visit"]["outcome"] == "同意看方案"


def test_the_text_holds_the_essentials_and_the_typed_place_as_typed(store, book, settings):
    text = briefing_text(brief(store, book["visit"], settings))
    for expected in (
        "深圳市华达精密制造有限公司",
        "2026-01-05 14:30-15:30",
        "华达总部 <3号楼> & 会议室",
        "Driver, ",
        "Not assessed yet",
        "Sleeping",
        "[ ] 2025-12-25  发送报价单 (overdue)",
        "Outcome: 同意看方案",
        "The client asks about the price",
        "李建国: 08:30-09:00, 18:00-19:00",
    ):
        assert expected in text, expected


# --- when the briefing pops up ---------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "due"),
    [
        (START - timedelta(minutes=16), False),  # not yet
        (START - timedelta(minutes=15, seconds=1), False),
        (START - timedelta(minutes=15), True),  # exactly the lead: now + lead == start
        (START - timedelta(minutes=1), True),
        (START - timedelta(seconds=1), True),
        (START, False),  # begun: past its briefing
        (START + timedelta(minutes=5), False),
    ],
)
def test_a_planned_visit_is_due_within_the_lead_time_before_it_starts(
    store, book, settings, now, due
):
    with store.reading() as session:
        found = due_briefings(session, settings, now, 15)
    assert (book["visit"], START) in found if due else book["visit"] not in [v for v, _ in found]


def test_due_briefings_are_ordered_by_start_in_the_reps_zone(store, book, settings):
    with store.reading() as session:
        found = due_briefings(session, settings, START - timedelta(minutes=5), 180)
    assert [visit_id for visit_id, _ in found] == [book["visit"], book["cold"]]
    assert all(start.utcoffset() == timedelta(hours=8) for _, start in found)


@pytest.mark.parametrize("status", ["done", "cancelled"])
def test_done_and_cancelled_visits_never_pop_up(store, book, settings, status):
    with store.unit_of_work() as session:
        visits.save_report(session, book["visit"], {"status": status})
    with store.reading() as session:
        assert due_briefings(session, settings, START - timedelta(minutes=5), 15) == []


def test_a_deleted_visit_never_pops_up(store, book, settings):
    with store.unit_of_work() as session:
        visits.delete_visit(session, book["visit"])
    with store.reading() as session:
        assert due_briefings(session, settings, START - timedelta(minutes=5), 15) == []


@pytest.mark.parametrize("lead", [-1, 24 * 60 + 1, 1.5, True, "15"])
def test_a_wrong_lead_time_is_refused(store, book, settings, lead):
    with store.reading() as session, pytest.raises(InvalidInput) as raised:
        due_briefings(session, settings, START, lead)
    assert raised.value.where == "lead_minutes"


def test_due_briefings_refuse_a_time_without_zone(store, book, settings):
    with store.reading() as session, pytest.raises(InvalidInput):
        due_briefings(session, settings, datetime(2026, 1, 5, 14, 0), 15)


def test_objections_that_fit_no_card_fall_back_to_the_usual_ones(store, book, settings):
    with store.unit_of_work() as session:
        visits.save_report(session, book["earlier"], {"objections": "决策要总部审批，周期较长"})
        account = session.get(Account, book["huada"])
        account.competitors = ""
    b = brief(store, book["visit"], settings)
    assert [card.situations[0] for card in b.objection_cards] == list(
        USUAL_OBJECTIONS["existing_client"]
    )

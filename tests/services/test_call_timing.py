"""The call-timing rules (DESIGN.md, "The rules, precisely"): examples and properties."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.errors import InvalidInput, NotFound
from kamdesk.services import call_timing as ct
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact, find_contact
from kamdesk.settings import Settings

RULES = ct.load_rules()
SHANGHAI = ZoneInfo("Asia/Shanghai")
#: A Thursday, an ordinary working day in China.
THURSDAY = date(2026, 11, 26)


def contact(**fields):
    values = {
        "work_start": "09:00",
        "work_end": "18:00",
        "lunch_start": "12:00",
        "lunch_end": "13:30",
        "timezone": "Asia/Shanghai",
        "habitual_times": [],
        "known_to_rep": False,
    }
    values.update(fields)
    return SimpleNamespace(**values)


def profile(**fields):
    return ct.profile_of(contact(**fields), Settings())


def clocks(day: ct.CallDay | ct.RepDay) -> list[tuple[str, str]]:
    return [(w.start.strftime("%H:%M"), w.end.strftime("%H:%M")) for w in day.windows]


def test_a_contact_the_rep_does_not_know_is_called_inside_working_time_but_not_at_lunch():
    day = ct.call_day(profile(), THURSDAY, RULES)
    assert clocks(day) == [("09:30", "12:00"), ("13:30", "17:30")]
    assert all(w.kinds == (ct.WindowKind.WORKING_TIME,) for w in day.windows)
    assert all(w.start.tzinfo == SHANGHAI for w in day.windows)


def test_a_known_contact_is_called_before_and_after_work_and_at_its_habitual_times():
    day = ct.call_day(
        profile(known_to_rep=True, habitual_times=[["20:00", "21:00"]]), THURSDAY, RULES
    )
    assert clocks(day) == [("08:30", "09:00"), ("18:00", "19:00"), ("20:00", "21:00")]
    assert [w.kinds for w in day.windows] == [
        (ct.WindowKind.BEFORE_WORK,),
        (ct.WindowKind.AFTER_WORK,),
        (ct.WindowKind.HABITUAL,),
    ]


def test_habitual_times_that_touch_the_hour_after_work_join_it():
    day = ct.call_day(
        profile(known_to_rep=True, habitual_times=[["18:30", "19:30"]]), THURSDAY, RULES
    )
    assert clocks(day) == [("08:30", "09:00"), ("18:00", "19:30")]
    assert day.windows[1].kinds == (ct.WindowKind.AFTER_WORK, ct.WindowKind.HABITUAL)


def test_an_official_holiday_gives_no_window():
    day = ct.call_day(profile(known_to_rep=True), date(2025, 10, 1), RULES)
    assert day.windows == ()
    assert day.info.kind is ct.DayKind.HOLIDAY and day.info.holiday == "National Day"
    assert ct.day_label(day.info) == "official holiday: National Day"


def test_an_adjusted_working_saturday_gives_windows():
    # Sunday 28 September 2025 was worked in exchange for the National Day holiday.
    day = ct.call_day(profile(), date(2025, 9, 28), RULES)
    assert day.info.kind is ct.DayKind.ADJUSTED_WORKDAY
    assert clocks(day) == [("09:30", "12:00"), ("13:30", "17:30")]
    assert ct.day_label(day.info) == "adjusted working day (National Day)"


def test_weekends_give_no_window_in_china_and_elsewhere():
    saturday = date(2026, 11, 28)
    assert ct.call_day(profile(), saturday, RULES).windows == ()
    assert ct.call_day(profile(timezone="Europe/Berlin"), saturday, RULES).windows == ()


def test_china_s_holidays_do_not_apply_outside_china():
    berlin = ct.call_day(profile(timezone="Europe/Berlin"), date(2025, 10, 1), RULES)
    assert berlin.info.kind is ct.DayKind.WORKDAY
    assert clocks(berlin) == [("09:30", "12:00"), ("13:30", "17:30")]


def test_a_year_the_calendar_does_not_cover_falls_back_to_weekends_and_says_so():
    info = ct.day_info(date(2099, 1, 1), "Asia/Shanghai", RULES)  # a Thursday
    assert info.kind is ct.DayKind.WORKDAY and not info.calendar_known
    assert ct.day_info(date(2099, 1, 3), "Asia/Shanghai", RULES).kind is ct.DayKind.WEEKEND
    plan = ct.rep_day(profile(), date(2099, 1, 1), "Asia/Shanghai", RULES)
    assert plan.windows and not plan.calendar_known
    assert "2099" in ct.calendar_note(2099)


def test_a_rep_in_berlin_sees_a_contact_in_shanghai_in_berlin_time():
    plan = ct.rep_day(profile(), THURSDAY, "Europe/Berlin", RULES)
    berlin = ZoneInfo("Europe/Berlin")
    assert all(w.start.tzinfo == berlin for w in plan.windows)
    # Shanghai is 7 hours ahead of Berlin in winter.
    assert clocks(plan) == [("02:30", "05:00"), ("06:30", "10:30")]
    assert [d.day for d in plan.contact_days] == [THURSDAY, THURSDAY + timedelta(days=1)]


def test_the_rep_s_view_follows_berlin_s_daylight_saving_change():
    # Europe moves its clocks forward on Sunday 29 March 2026; China does not.
    before = ct.rep_day(profile(), date(2026, 3, 27), "Europe/Berlin", RULES)
    after = ct.rep_day(profile(), date(2026, 3, 30), "Europe/Berlin", RULES)
    assert clocks(before)[0] == ("02:30", "05:00")
    assert clocks(after)[0] == ("03:30", "06:00")


def test_a_contact_in_new_york_keeps_its_wall_clock_across_daylight_saving():
    # New York moves its clocks forward on Sunday 8 March 2026.
    friday = ct.call_day(profile(timezone="America/New_York"), date(2026, 3, 6), RULES)
    monday = ct.call_day(profile(timezone="America/New_York"), date(2026, 3, 9), RULES)
    assert clocks(friday) == clocks(monday) == [("09:30", "12:00"), ("13:30", "17:30")]
    assert friday.windows[0].start.astimezone(UTC).hour == 14
    assert monday.windows[0].start.astimezone(UTC).hour == 13


def test_hours_come_from_the_contact_then_the_account_then_the_rep():
    rep = Settings(work_start="08:00", work_end="17:00", lunch_start="11:30", lunch_end="12:30")
    none = contact(work_start=None, work_end=None, lunch_start=None, lunch_end=None)
    assert ct.profile_of(none, rep).hours == ct.Hours(
        time(8), time(17), time(11, 30), time(12, 30), "rep"
    )
    account = SimpleNamespace(
        work_start="10:00", work_end="19:00", lunch_start=None, lunch_end=None
    )
    assert ct.profile_of(none, rep, account).hours == ct.Hours(
        time(10), time(19), None, None, "account"
    )
    own = ct.profile_of(contact(lunch_start=None, lunch_end=None), rep, account)
    assert own.hours == ct.Hours(time(9), time(18), None, None, "contact")


def test_a_contact_without_a_time_zone_is_in_the_rep_s():
    assert ct.profile_of(contact(timezone=None), Settings(timezone="Asia/Tokyo")).zone == (
        "Asia/Tokyo"
    )


def test_call_now_says_until_when_and_else_the_next_good_time():
    shown = profile()
    ten = datetime(2026, 11, 26, 10, 0, tzinfo=SHANGHAI)
    status = ct.call_status(shown, ten, RULES)
    assert status.now and status.until == datetime(2026, 11, 26, 12, 0, tzinfo=SHANGHAI)
    assert ct.describe_status(status, ten, "Asia/Shanghai") == "good time to call, until 12:00"

    evening = datetime(2026, 11, 26, 19, 0, tzinfo=SHANGHAI)
    status = ct.call_status(shown, evening, RULES)
    assert not status.now
    assert status.next_start == datetime(2026, 11, 27, 9, 30, tzinfo=SHANGHAI)
    assert ct.describe_status(status, evening, "Asia/Shanghai") == "next good time: Fri 09:30"

    friday_evening = datetime(2026, 11, 27, 19, 0, tzinfo=SHANGHAI)
    status = ct.call_status(shown, friday_evening, RULES)
    assert ct.describe_status(status, friday_evening, "Asia/Shanghai") == (
        "next good time: Mon 09:30"
    )


def test_rules_are_data_an_office_can_tune(tmp_path):
    data = json.loads(_shipped_text())
    data["unknown_contact"]["after_start_minutes"] = 60
    (tmp_path / ct.OFFICE_RULES_FILE).write_text(json.dumps(data), encoding="utf-8")
    tuned = ct.load_rules(tmp_path)
    assert clocks(ct.call_day(profile(), THURSDAY, tuned))[0] == ("10:00", "12:00")
    assert ct.load_rules(tmp_path / "elsewhere") == RULES


def _shipped_text() -> str:
    from kamdesk.paths import resources_dir

    return resources_dir().joinpath(*ct.RULES_RESOURCE).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d["unknown_contact"].update(after_start_minutes=-5), "after_start_minutes"),
        (lambda d: d["known_contact"].update(habitual_times="yes"), "habitual_times"),
        (lambda d: d.update(weekend_days=[7]), "weekend_days"),
        (lambda d: d.pop("known_contact"), "known_contact"),
    ],
)
def test_bad_rules_are_refused_naming_what_is_wrong(tmp_path, change, named):
    data = json.loads(_shipped_text())
    change(data)
    (tmp_path / ct.OFFICE_RULES_FILE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput) as raised:
        ct.load_rules(tmp_path)
    assert named in raised.value.message()


def test_the_manual_s_advice_ships_in_both_languages():
    for language in ("zh_CN", "en"):
        advice = RULES.advice_in(language)
        assert list(advice) == list(ct.ADVICE_TOPICS)
        assert all(advice.values())
    assert "半小时" in RULES.advice_in("zh_CN")["time"]


ZONES = st.sampled_from(
    ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"]
)
QUARTERS = st.integers(min_value=0, max_value=95).map(lambda q: time(q // 4, q % 4 * 15))


@st.composite
def profiles(draw):
    start, end = sorted(draw(st.lists(QUARTERS, min_size=2, max_size=2, unique=True)))
    lunch = None
    if draw(st.booleans()):
        inside = sorted(draw(st.lists(QUARTERS, min_size=2, max_size=2, unique=True)))
        if start <= inside[0] and inside[1] <= end:
            lunch = inside
    habitual = []
    for first, last in draw(st.lists(st.lists(QUARTERS, min_size=2, max_size=2, unique=True))):
        a, b = sorted((first, last))
        habitual.append([a.strftime("%H:%M"), b.strftime("%H:%M")])
    return ct.profile_of(
        contact(
            work_start=start.strftime("%H:%M"),
            work_end=end.strftime("%H:%M"),
            lunch_start=lunch[0].strftime("%H:%M") if lunch else None,
            lunch_end=lunch[1].strftime("%H:%M") if lunch else None,
            timezone=draw(ZONES),
            habitual_times=habitual,
            known_to_rep=draw(st.booleans()),
        ),
        Settings(),
    )


DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))


def _allowed_spans(shown: ct.CallProfile, day: date) -> list[tuple[datetime, datetime]]:
    """The rule's spans on the wall clock of ``day``, as naive datetimes."""
    hours = shown.hours
    work_start = datetime.combine(day, hours.start)
    work_end = datetime.combine(day, hours.end)
    if shown.known:
        return [
            (work_start - timedelta(minutes=30), work_start),
            (work_end, work_end + timedelta(minutes=60)),
            *(
                (datetime.combine(day, first), datetime.combine(day, last))
                for first, last in shown.habitual_times
            ),
        ]
    spans = [(work_start + timedelta(minutes=30), work_end - timedelta(minutes=30))]
    if hours.lunch_start and hours.lunch_end:
        lunch = (datetime.combine(day, hours.lunch_start), datetime.combine(day, hours.lunch_end))
        spans = [
            piece
            for start, end in spans
            for piece in ((start, min(end, lunch[0])), (max(start, lunch[1]), end))
            if piece[0] < piece[1]
        ]
    return [span for span in spans if span[0] < span[1]]


#: Zones without daylight saving, where the wall clock maps one to one onto instants.
STEADY_ZONES = st.sampled_from(["Asia/Shanghai", "Asia/Kolkata", "Asia/Tokyo", "UTC"])


@settings(max_examples=300, deadline=None)
@given(profiles(), DAYS, STEADY_ZONES)
def test_windows_are_exactly_the_rule_s_spans_on_the_contact_s_wall_clock(shown, day, zone):
    shown = dataclasses.replace(shown, zone=zone)
    result = ct.call_day(shown, day, RULES)
    if not result.info.working:
        assert result.windows == ()
        return
    tz = ZoneInfo(zone)
    for earlier, later in zip(result.windows, result.windows[1:], strict=False):
        assert earlier.end < later.start  # in order, apart: touching spans are joined
    # Every minute in a window is in one of the rule's spans, and the other way round.
    covered = {
        minute
        for window in result.windows
        for minute in _minutes_of(window.start.astimezone(tz), window.end.astimezone(tz))
    }
    allowed = {
        minute
        for start, end in _allowed_spans(shown, day)
        for minute in _minutes_of(start.replace(tzinfo=tz), end.replace(tzinfo=tz))
    }
    assert covered == allowed


def _minutes_of(start: datetime, end: datetime) -> set[datetime]:
    """The quarter hours in [start, end) (every rule time is on a quarter hour)."""
    found = set()
    moment = start
    while moment < end:
        found.add(moment.astimezone(UTC))
        moment += timedelta(minutes=15)
    return found


@settings(max_examples=200, deadline=None)
@given(profiles(), DAYS, ZONES)
def test_the_rep_s_day_holds_exactly_the_windows_that_fall_on_it(shown, day, rep_zone):
    plan = ct.rep_day(shown, day, rep_zone, RULES)
    tz = ZoneInfo(rep_zone)
    start = datetime.combine(day, time(0), tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tz)
    total = sum((w.end - w.start for w in plan.windows), timedelta(0))
    expected = timedelta(0)
    for offset in (-1, 0, 1, 2):
        for window in ct.call_day(shown, day + timedelta(days=offset), RULES).windows:
            overlap = min(window.end, end) - max(window.start, start)
            expected += max(overlap, timedelta(0))
    assert total == expected
    assert all(w.start.tzinfo == tz and start <= w.start < w.end <= end for w in plan.windows)


@settings(max_examples=200, deadline=None)
@given(profiles(), st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 6, 1)))
def test_call_now_agrees_with_the_windows(shown, moment):
    now = moment.replace(tzinfo=UTC)
    status = ct.call_status(shown, now, RULES)
    upcoming = list(ct.windows_between(shown, now, now + timedelta(days=21), RULES))
    if upcoming and upcoming[0].start <= now:
        assert status.now and status.until == upcoming[0].end
    elif upcoming:
        assert not status.now and status.next_start == upcoming[0].start
    else:
        assert status == ct.CallStatus(None, None)


def test_find_contact_by_id_or_unambiguous_name(store):
    with store.unit_of_work() as session:
        first = create_account(session, AccountInput(name="华为技术有限公司")).ids[0]
        second = create_account(session, AccountInput(name="中兴通讯")).ids[0]
        wang = create_contact(session, first, ContactInput(name="王芳")).ids[0]
        create_contact(session, first, ContactInput(name="李娜"))
        create_contact(session, second, ContactInput(name="李娜"))
    with store.reading() as session:
        assert find_contact(session, wang)[0].name == "王芳"
        found, account = find_contact(session, " 王芳 ")
        assert found.id == wang and account is not None and account.id == first
        with pytest.raises(InvalidInput) as raised:
            find_contact(session, "李娜")
        assert "华为技术有限公司" in raised.value.message()
        assert "中兴通讯" in raised.value.message()
        with pytest.raises(NotFound):
            find_contact(session, "张三")


def test_profiles_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        profile().known = True  # type: ignore[misc]

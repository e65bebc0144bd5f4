"""When a contact can be called: the timing rules of DESIGN.md, "The rules, precisely".

For a contact with working hours [start, end):

* a contact the rep does not know yet: [start+30min, end-30min), lunch break
  excluded;
* a contact the rep knows: [start-30min, start), [end, end+60min) and the
  contact's habitual contact times;
* nothing on the contact's non-working days: weekends, and for contacts in
  China the official holidays with their adjusted working days (调休), from
  the ``chinese-calendar`` package. For a year that package does not cover
  yet, only weekends are left out, and :attr:`CallDay.calendar_known` says so.

Every rule works on the contact's wall clock, in the contact's time zone, so a
window stays "08:30-09:00 local" across a daylight-saving change; windows are
returned as aware datetimes and shown in whatever zone the caller converts
them to (the rep's). A contact without working hours takes the account's,
then the rep's defaults (:func:`profile_of`).

The rule parameters are data (``resources/rules/call_timing.json``), with the
manual's advice on the right time, person, words and questions; an office can
tune them by placing its own copy in the data directory (:func:`load_rules`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kamdesk.errors import InvalidInput
from kamdesk.i18n import translate

#: The shipped rules, relative to the resources directory.
RULES_RESOURCE = ("rules", "call_timing.json")
#: An office's own rules, relative to the data directory, replace the shipped ones.
OFFICE_RULES_FILE = "call_timing.json"
#: The four pieces of the manual's advice, in the order they are shown.
ADVICE_TOPICS = ("time", "person", "words", "questions")
#: How far ahead :func:`call_status` looks for the next window.
HORIZON_DAYS = 21


@dataclass(frozen=True)
class TimingRules:
    """The tunable parameters of the timing rules, and the advice shown beside them."""

    unknown_after_start: timedelta = timedelta(minutes=30)
    unknown_before_end: timedelta = timedelta(minutes=30)
    unknown_skips_lunch: bool = True
    known_before_start: timedelta = timedelta(minutes=30)
    known_after_end: timedelta = timedelta(minutes=60)
    known_uses_habitual_times: bool = True
    #: ``date.weekday()`` numbers of the weekend: 5 and 6 are Saturday and Sunday
    weekend_days: frozenset[int] = frozenset({5, 6})
    #: time zones whose contacts follow China's official holidays
    china_time_zones: frozenset[str] = frozenset({"Asia/Shanghai"})
    #: language -> topic (:data:`ADVICE_TOPICS`) -> text
    advice: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: the call list: milestones whose accounts need a first visit arranged
    arrange_visit_milestones: frozenset[str] = frozenset({"planning", "relationship"})
    #: the call list: days without contact after which an account has gone quiet, by tier
    contact_interval_days: Mapping[str, int] = field(default_factory=dict)
    #: the call list: at most this many account suggestions a day
    suggestions_per_day: int = 25

    def advice_in(self, language: str) -> dict[str, str]:
        """The advice by topic in ``language``, English where that language has none."""
        chosen = self.advice.get(language) or {}
        english = self.advice.get("en") or {}
        return {topic: chosen.get(topic) or english.get(topic, "") for topic in ADVICE_TOPICS}


def _rules_error(where: str, what: str) -> InvalidInput:
    return InvalidInput(where, translate("call_timing", "bad timing rules: %1").replace("%1", what))


def _minutes(data: Mapping[str, Any], section: str, key: str, source: str) -> timedelta:
    value = data.get(section, {}).get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 12 * 60:
        raise _rules_error(
            source, f"{section}.{key} must be a whole number of minutes from 0 to 720"
        )
    return timedelta(minutes=value)


def _flag(data: Mapping[str, Any], section: str, key: str, source: str) -> bool:
    value = data.get(section, {}).get(key)
    if not isinstance(value, bool):
        raise _rules_error(source, f"{section}.{key} must be true or false")
    return value


def rules_from_data(data: object, source: str = "call_timing.json") -> TimingRules:
    """Reads rules from their JSON shape; :class:`InvalidInput` names what is wrong."""
    if not isinstance(data, dict):
        raise _rules_error(source, "the file must hold a JSON object")
    for section in ("unknown_contact", "known_contact"):
        if not isinstance(data.get(section), dict):
            raise _rules_error(source, f"{section} must be an object")
    weekend = data.get("weekend_days")
    if not isinstance(weekend, list) or not all(
        isinstance(day, int) and not isinstance(day, bool) and 0 <= day <= 6 for day in weekend
    ):
        raise _rules_error(source, "weekend_days must list day numbers 0 (Monday) to 6 (Sunday)")
    zones = data.get("china_time_zones", [])
    if not isinstance(zones, list) or not all(isinstance(zone, str) for zone in zones):
        raise _rules_error(source, "china_time_zones must list IANA time-zone names")
    advice = data.get("advice", {})
    if not isinstance(advice, dict) or not all(
        isinstance(texts, dict) and all(isinstance(t, str) for t in texts.values())
        for texts in advice.values()
    ):
        raise _rules_error(source, "advice must map a language to texts by topic")
    call_list = data.get("call_list", {})
    if not isinstance(call_list, dict):
        raise _rules_error(source, "call_list must be an object")
    milestones = call_list.get("arrange_visit_milestones", [])
    if not isinstance(milestones, list) or not all(isinstance(m, str) for m in milestones):
        raise _rules_error(source, "call_list.arrange_visit_milestones must list milestone codes")
    intervals = call_list.get("contact_interval_days", {})
    if not isinstance(intervals, dict) or not all(
        isinstance(days, int) and not isinstance(days, bool) and days > 0
        for days in intervals.values()
    ):
        raise _rules_error(
            source, "call_list.contact_interval_days must map a tier to a number of days"
        )
    cap = call_list.get("suggestions_per_day", 25)
    if isinstance(cap, bool) or not isinstance(cap, int) or cap < 0:
        raise _rules_error(source, "call_list.suggestions_per_day must be a whole number")
    return TimingRules(
        arrange_visit_milestones=frozenset(milestones),
        contact_interval_days=dict(intervals),
        suggestions_per_day=cap,
        unknown_after_start=_minutes(data, "unknown_contact", "after_start_minutes", source),
        unknown_before_end=_minutes(data, "unknown_contact", "before_end_minutes", source),
        unknown_skips_lunch=_flag(data, "unknown_contact", "skip_lunch", source),
        known_before_start=_minutes(data, "known_contact", "before_start_minutes", source),
        known_after_end=_minutes(data, "known_contact", "after_end_minutes", source),
        known_uses_habitual_times=_flag(data, "known_contact", "habitual_times", source),
        weekend_days=frozenset(weekend),
        china_time_zones=frozenset(zones),
        advice={language: dict(texts) for language, texts in advice.items()},
    )


def load_rules(data_dir: Path | None = None) -> TimingRules:
    """The office's rules from ``data_dir`` when it has them, else the shipped ones."""
    if data_dir is not None:
        office = data_dir / OFFICE_RULES_FILE
        if office.exists():
            return _read_rules(office)
    return _shipped_rules()


@cache
def _shipped_rules() -> TimingRules:
    from kamdesk.paths import resources_dir

    return _read_rules(resources_dir().joinpath(*RULES_RESOURCE))


def _read_rules(path: Path) -> TimingRules:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _rules_error(str(path), str(error)) from None
    return rules_from_data(data, str(path))


@dataclass(frozen=True)
class Hours:
    """A working day on the wall clock, and where it came from."""

    start: time
    end: time
    lunch_start: time | None = None
    lunch_end: time | None = None
    #: ``contact``, ``account`` or ``rep``
    source: str = "contact"


@dataclass(frozen=True)
class CallProfile:
    """What the rules need to know of a contact."""

    known: bool
    hours: Hours
    zone: str
    habitual_times: tuple[tuple[time, time], ...] = ()


def _clock(text: str) -> time:
    hours, minutes = text.strip().split(":")
    return time(int(hours), int(minutes))


def profile_of(contact: Any, rep: Any, account: Any = None) -> CallProfile:
    """The contact's :class:`CallProfile`, with the account's and rep's defaults filled in.

    Args:
        contact: a :class:`~kamdesk.models.Contact` (or anything with its fields).
        rep: the rep's :class:`~kamdesk.settings.Settings`.
        account: the contact's account; its working hours are used when it has
            ``work_start``/``work_end`` and the contact has none.
    """
    sources = [(contact, "contact"), (account, "account"), (rep, "rep")]
    owner, source = next(
        (owner, source)
        for owner, source in sources
        if owner is not None
        and getattr(owner, "work_start", None)
        and getattr(owner, "work_end", None)
    )
    lunch_start = getattr(owner, "lunch_start", None)
    lunch_end = getattr(owner, "lunch_end", None)
    if not (lunch_start and lunch_end) and source == "contact":
        # Hours of its own but no lunch break given: the contact has none.
        lunch_start = lunch_end = None
    hours = Hours(
        start=_clock(owner.work_start),
        end=_clock(owner.work_end),
        lunch_start=_clock(lunch_start) if lunch_start and lunch_end else None,
        lunch_end=_clock(lunch_end) if lunch_start and lunch_end else None,
        source=source,
    )
    habitual = tuple(
        (_clock(start), _clock(end))
        for start, end in (getattr(contact, "habitual_times", None) or ())
    )
    return CallProfile(
        known=bool(getattr(contact, "known_to_rep", False)),
        hours=hours,
        zone=getattr(contact, "timezone", None) or rep.timezone,
        habitual_times=habitual,
    )


class DayKind(StrEnum):
    """Whether the contact works on a day, and why."""

    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    #: a weekend day that China's calendar makes a working day (调休)
    ADJUSTED_WORKDAY = "adjusted_workday"


@dataclass(frozen=True)
class DayInfo:
    kind: DayKind
    #: the official holiday's English name (``National Day``), for holidays and adjusted days
    holiday: str | None = None
    #: ``False`` when the official calendar of that year is not known and only weekends count
    calendar_known: bool = True

    @property
    def working(self) -> bool:
        return self.kind in (DayKind.WORKDAY, DayKind.ADJUSTED_WORKDAY)


def day_info(day: date, zone: str, rules: TimingRules) -> DayInfo:
    """What ``day`` is for a contact in ``zone``."""
    weekend = day.weekday() in rules.weekend_days
    plain = DayInfo(DayKind.WEEKEND if weekend else DayKind.WORKDAY)
    if zone not in rules.china_time_zones:
        return plain
    import chinese_calendar

    try:
        is_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return DayInfo(plain.kind, calendar_known=False)
    if is_holiday:
        return DayInfo(DayKind.WEEKEND if name is None else DayKind.HOLIDAY, name)
    if weekend:
        return DayInfo(DayKind.ADJUSTED_WORKDAY, name)
    return plain


class WindowKind(StrEnum):
    WORKING_TIME = "working_time"
    BEFORE_WORK = "before_work"
    AFTER_WORK = "after_work"
    HABITUAL = "habitual"


@dataclass(frozen=True)
class CallWindow:
    """A time to call, [start, end), as aware datetimes in the contact's zone."""

    start: datetime
    end: datetime
    #: the rules that gave it; several when windows touching each other were joined
    kinds: tuple[WindowKind, ...]

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    def in_zone(self, zone: str) -> CallWindow:
        tz = ZoneInfo(zone)
        return CallWindow(self.start.astimezone(tz), self.end.astimezone(tz), self.kinds)


@dataclass(frozen=True)
class CallDay:
    """A contact's windows on one day of the contact's calendar."""

    day: date
    info: DayInfo
    windows: tuple[CallWindow, ...]


def _local(day: date, clock: time, zone: ZoneInfo, shift: timedelta = timedelta(0)) -> datetime:
    """``clock`` on ``day`` plus ``shift``, on the wall clock of ``zone``.

    A wall-clock time that does not exist (skipped by a daylight-saving change)
    becomes the instant that the clock shows just after the jump.
    """
    naive = datetime.combine(day, clock) + shift
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def _subtract(
    spans: list[tuple[datetime, datetime]], cut: tuple[datetime, datetime]
) -> list[tuple[datetime, datetime]]:
    left: list[tuple[datetime, datetime]] = []
    for start, end in spans:
        if cut[1] <= start or end <= cut[0]:
            left.append((start, end))
            continue
        if start < cut[0]:
            left.append((start, cut[0]))
        if cut[1] < end:
            left.append((cut[1], end))
    return left


def _joined(spans: Iterable[tuple[datetime, datetime, WindowKind]]) -> tuple[CallWindow, ...]:
    windows: list[CallWindow] = []
    for start, end, kind in sorted(spans, key=lambda span: (span[0], span[1])):
        if end <= start:
            continue
        if windows and start <= windows[-1].end:
            last = windows[-1]
            kinds = last.kinds if kind in last.kinds else (*last.kinds, kind)
            windows[-1] = CallWindow(last.start, max(last.end, end), kinds)
        else:
            windows.append(CallWindow(start, end, (kind,)))
    return tuple(windows)


def call_day(profile: CallProfile, day: date, rules: TimingRules) -> CallDay:
    """The contact's windows on ``day`` of the contact's own calendar."""
    info = day_info(day, profile.zone, rules)
    if not info.working:
        return CallDay(day, info, ())
    zone = ZoneInfo(profile.zone)
    hours = profile.hours
    spans: list[tuple[datetime, datetime, WindowKind]] = []
    if profile.known:
        start = _local(day, hours.start, zone)
        end = _local(day, hours.end, zone)
        spans.append(
            (
                _local(day, hours.start, zone, -rules.known_before_start),
                start,
                WindowKind.BEFORE_WORK,
            )
        )
        spans.append(
            (end, _local(day, hours.end, zone, rules.known_after_end), WindowKind.AFTER_WORK)
        )
        if rules.known_uses_habitual_times:
            spans.extend(
                (_local(day, first, zone), _local(day, last, zone), WindowKind.HABITUAL)
                for first, last in profile.habitual_times
            )
    else:
        working = [
            (
                _local(day, hours.start, zone, rules.unknown_after_start),
                _local(day, hours.end, zone, -rules.unknown_before_end),
            )
        ]
        if rules.unknown_skips_lunch and hours.lunch_start and hours.lunch_end:
            working = _subtract(
                working, (_local(day, hours.lunch_start, zone), _local(day, hours.lunch_end, zone))
            )
        spans.extend((start, end, WindowKind.WORKING_TIME) for start, end in working)
    return CallDay(day, info, _joined(spans))


def windows_between(
    profile: CallProfile, start: datetime, end: datetime, rules: TimingRules
) -> Iterator[CallWindow]:
    """The windows that overlap [start, end), clipped to it, in time order."""
    zone = ZoneInfo(profile.zone)
    # Windows of a day reach at most a day either side of it (before work, after work).
    day = start.astimezone(zone).date() - timedelta(days=1)
    last_day = end.astimezone(zone).date() + timedelta(days=1)
    pending: list[CallWindow] = []
    while day <= last_day:
        for window in call_day(profile, day, rules).windows:
            if window.end > start and window.start < end:
                pending.append(
                    CallWindow(max(window.start, start), min(window.end, end), window.kinds)
                )
        day += timedelta(days=1)
    yield from sorted(pending, key=lambda window: window.start)


@dataclass(frozen=True)
class RepDay:
    """A contact's windows on one day of the rep's calendar, in the rep's zone."""

    day: date
    rep_zone: str
    windows: tuple[CallWindow, ...]
    #: the contact's own days that this day of the rep's touches
    contact_days: tuple[CallDay, ...]

    @property
    def calendar_known(self) -> bool:
        return all(day.info.calendar_known for day in self.contact_days)


def rep_day(profile: CallProfile, day: date, rep_zone: str, rules: TimingRules) -> RepDay:
    """The windows that fall on ``day`` as the rep's calendar counts it."""
    tz = ZoneInfo(rep_zone)
    start = datetime.combine(day, time(0), tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tz)
    windows = tuple(w.in_zone(rep_zone) for w in windows_between(profile, start, end, rules))
    contact_zone = ZoneInfo(profile.zone)
    first = start.astimezone(contact_zone).date()
    last = (end - timedelta(microseconds=1)).astimezone(contact_zone).date()
    days = []
    while first <= last:
        days.append(CallDay(first, day_info(first, profile.zone, rules), ()))
        first += timedelta(days=1)
    return RepDay(day, rep_zone, windows, tuple(days))


@dataclass(frozen=True)
class CallStatus:
    """Whether now is a good time to call, or when the next good time is."""

    #: the end of the window that holds ``now``; ``None`` when now is not a good time
    until: datetime | None
    #: the start of the next window, when now is not a good time
    next_start: datetime | None

    @property
    def now(self) -> bool:
        return self.until is not None


def call_status(
    profile: CallProfile, now: datetime, rules: TimingRules, horizon_days: int = HORIZON_DAYS
) -> CallStatus:
    """The "call now" indicator: the window holding ``now``, else the next one."""
    for window in windows_between(profile, now, now + timedelta(days=horizon_days), rules):
        if window.contains(now):
            return CallStatus(until=window.end, next_start=None)
        return CallStatus(until=None, next_start=window.start)
    return CallStatus(until=None, next_start=None)


def _weekday(moment: datetime) -> str:
    index = moment.weekday()
    names = (
        translate("call_timing", "Mon"),
        translate("call_timing", "Tue"),
        translate("call_timing", "Wed"),
        translate("call_timing", "Thu"),
        translate("call_timing", "Fri"),
        translate("call_timing", "Sat"),
        translate("call_timing", "Sun"),
    )
    return names[index]


def describe_status(status: CallStatus, now: datetime, rep_zone: str) -> str:
    """One line for the rep: "good time to call, until 17:30" or "next good time: Tue 09:30"."""
    tz = ZoneInfo(rep_zone)
    if status.until is not None:
        until = status.until.astimezone(tz)
        text = translate("call_timing", "good time to call, until %1")
        return text.replace("%1", _when(until, now.astimezone(tz)))
    if status.next_start is None:
        return translate("call_timing", "no good time to call in the next three weeks")
    start = status.next_start.astimezone(tz)
    return translate("call_timing", "next good time: %1").replace(
        "%1", _when(start, now.astimezone(tz))
    )


def _when(moment: datetime, now: datetime) -> str:
    clock = moment.strftime("%H:%M")
    if moment.date() == now.date():
        return clock
    if moment.date() - now.date() < timedelta(days=7):
        return f"{_weekday(moment)} {clock}"
    return f"{moment.strftime('%m-%d')} {clock}"


def holiday_label(name: str) -> str:
    """An official holiday's name (as ``chinese-calendar`` gives it) in the user's language."""
    labels = {
        "New Year's Day": translate("call_timing", "New Year's Day"),
        "Spring Festival": translate("call_timing", "Spring Festival"),
        "Tomb-sweeping Day": translate("call_timing", "Tomb-sweeping Day"),
        "Labour Day": translate("call_timing", "Labour Day"),
        "Dragon Boat Festival": translate("call_timing", "Dragon Boat Festival"),
        "National Day": translate("call_timing", "National Day"),
        "Mid-autumn Festival": translate("call_timing", "Mid-autumn Festival"),
        "Anti-Fascist 70th Day": translate("call_timing", "Anti-Fascist 70th Day"),
    }
    return labels.get(name, name)


def day_label(info: DayInfo) -> str:
    """Why a day has windows or none, in the user's language."""
    if info.kind is DayKind.HOLIDAY:
        return translate("call_timing", "official holiday: %1").replace(
            "%1", holiday_label(info.holiday or "")
        )
    if info.kind is DayKind.ADJUSTED_WORKDAY:
        return translate("call_timing", "adjusted working day (%1)").replace(
            "%1", holiday_label(info.holiday or "")
        )
    if info.kind is DayKind.WEEKEND:
        return translate("call_timing", "weekend")
    return translate("call_timing", "working day")


def window_label(kind: WindowKind) -> str:
    """What a window is, in the user's language."""
    return {
        WindowKind.WORKING_TIME: translate("call_timing", "working time"),
        WindowKind.BEFORE_WORK: translate("call_timing", "before work"),
        WindowKind.AFTER_WORK: translate("call_timing", "after work"),
        WindowKind.HABITUAL: translate("call_timing", "usual contact time"),
    }[kind]


def calendar_note(year: int) -> str:
    """Says that the official holidays of ``year`` are unknown and only weekends count."""
    return translate(
        "call_timing",
        "China's official holidays for %1 are not known to this version yet: "
        "only weekends are left out.",
    ).replace("%1", str(year))

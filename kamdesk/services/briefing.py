"""The pre-visit briefing (issue 6, point 5): one look before walking in.

:func:`briefing` gathers, for one visit, everything the rep should have in
mind in the minutes before it: who they will meet and how to handle each
person (the style with its confidence, never a bare label; the style card;
the hint for the rep's own style facing theirs), the account's category,
class, tier and the strategy for that class, the last visit's outcome and
the promises still open, this visit's preparation checklist with its ticks,
the objection cards that fit, and when each attendee can be called today.

It only reads, and returns plain frozen data (:class:`Briefing`) for the
window (H11's ``BriefingDialog``), ``kamdesk briefing`` and the one-page PDF
(:mod:`kamdesk.reports.briefing`); :func:`briefing_to_json` gives the JSON
shape of ``kamdesk briefing --json``. :func:`due_briefings` says which
planned visits start within the next few minutes, so the window can pop a
briefing for each once.

Language
    The teaching content (style cards, pair hints, class strategies,
    checklists, objection cards) is picked by ``language``; words made by
    :func:`~kamdesk.i18n.translate` (scenario, category, "good time to call")
    follow the translator installed now. The window and the command line
    always pass the language shown, so both agree.

Privacy
    The briefing is the rep's own: it carries the attendees' personality
    styles and their evidence, also for contacts kept on this laptop
    (``keep_local``: kept out of sync, not out of the rep's sight). The
    manager's visit report (:mod:`kamdesk.reports.render`) never prints them.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.errors import InvalidInput
from kamdesk.i18n import translate
from kamdesk.models import Account, Contact, Visit
from kamdesk.models.base import utcnow
from kamdesk.services import call_timing, personality
from kamdesk.services.accounts import get_live, is_live
from kamdesk.services.call_timing import CallWindow, TimingRules
from kamdesk.services.calls import scenario_label, visit_status_label
from kamdesk.services.personality import (
    ClassStrategy,
    ObjectionCard,
    PairHint,
    StyleCard,
    StyleView,
)
from kamdesk.services.visits import ChecklistItem, Promise, content_language, visit_detail
from kamdesk.settings import Settings

#: Most objection cards a briefing carries.
MAX_CARDS: Final = 4
#: How many of the account's last done visits give the objections to prepare for.
OBJECTION_VISITS: Final = 3
#: The longest notes excerpt of the last visit (characters).
EXCERPT_CHARS: Final = 160
#: The longest lead time :func:`due_briefings` accepts (a day).
MAX_LEAD_MINUTES: Final = 24 * 60
#: The objections a visit of each scenario usually meets, for a visit with no
#: history to go by (situation codes of ``resources/personality/objections.json``).
USUAL_OBJECTIONS: Final[Mapping[str, tuple[str, ...]]] = {
    "cold_visit": ("have_supplier", "no_time"),
    "referral": ("have_supplier", "think_it_over"),
    "existing_client": ("price", "think_it_over"),
    "client_visits_us": ("price", "competitor"),
}

_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s)")


@dataclass(frozen=True)
class BriefAccount:
    """The account visited: codes as stored, and their words in the briefing's language.

    Attributes:
        category: ``industry``, ``regional``, ``potential`` or ``None``.
        lifecycle_class: ``loyal``, ``fast_growing``, ``sleeping``,
            ``worth_cultivating`` or ``None``.
        tier: ``A``, ``B``, ``C`` or ``None``.
        strategy: what to do with an account of this class (``None`` without a class).
    """

    id: str
    name: str
    category: str | None
    category_label: str
    lifecycle_class: str | None
    class_label: str
    tier: str | None
    strategy: ClassStrategy | None
    industry: str = ""


@dataclass(frozen=True)
class BriefAttendee:
    """One person the rep will meet.

    Attributes:
        style: the style with its status, confidence and evidence (never a bare label).
        style_line: :func:`~kamdesk.services.personality.describe_style`'s one line.
        card: how to recognise and handle the style; ``None`` when there is
            no style (not assessed, or undecided).
        pair_hint: what the rep should do differently with this person;
            ``None`` when either style is unknown.
        windows_today: when this person can be called today, in the rep's zone.
        call_now: "good time to call, until 17:30" or "next good time: Tue 09:30".
        keep_local: the person's observations and style stay on this laptop
            (shown here all the same: the briefing is the rep's own).
    """

    contact_id: str
    name: str
    title: str
    phones: tuple[str, ...]
    style: StyleView
    style_line: str
    card: StyleCard | None
    pair_hint: PairHint | None
    windows_today: tuple[CallWindow, ...]
    call_now: str
    keep_local: bool


@dataclass(frozen=True)
class LastVisit:
    """The account's last done visit before this one."""

    id: str
    start: datetime
    outcome: str
    next_steps: str
    satisfaction: int | None
    notes_excerpt: str
    objections: str = ""


@dataclass(frozen=True)
class Briefing:
    """Everything the briefing shows, in one language; see the module's docstring.

    Attributes:
        start: when the visit starts (aware, in the rep's zone).
        end: when it ends (aware, in the rep's zone).
        open_promises: the account's promises and follow-ups still open,
            made before this visit, by due date.
        checklist: this visit's preparation steps, with its ticks.
        objection_cards: the cards that fit, best first (at most :data:`MAX_CARDS`).
        minutes_until: whole minutes from ``now`` to the start; negative once begun.
        language: the language of the content (``zh_CN`` or ``en``).
        rep_style_line: the rep's own style in one line.
        card_note_styles: for each objection card, the attendee style its
            ``style_note`` is for (``None``: the card has no note).
    """

    visit_id: str
    start: datetime
    end: datetime
    place: str
    scenario: str
    scenario_label: str
    status: str
    objectives: str
    account: BriefAccount
    attendees: tuple[BriefAttendee, ...]
    rep_style: StyleView
    last_visit: LastVisit | None
    open_promises: tuple[Promise, ...]
    checklist: tuple[ChecklistItem, ...]
    objection_cards: tuple[ObjectionCard, ...]
    minutes_until: int | None
    language: str = "en"
    rep_style_line: str = ""
    status_label: str = ""
    now: datetime | None = None
    card_note_styles: tuple[str | None, ...] = ()


def category_label(category: str | None) -> str:
    """A key-account category in the user's language ("" for none)."""
    return {
        "industry": translate("briefing", "Industry key account"),
        "regional": translate("briefing", "Regional key account"),
        "potential": translate("briefing", "Potential key account"),
    }.get(category or "", category or "")


def _aware(now: datetime | None) -> datetime:
    if now is None:
        return utcnow()
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise InvalidInput("now", translate("briefing", "a time needs its time zone"))
    return now


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The beginning of ``text`` on one line: whole sentences when they fit, else cut with …"""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = 0
    for match in _SENTENCE_END.finditer(flat, 0, limit):
        cut = match.end()
    if cut >= limit // 3:
        return flat[:cut].rstrip()
    return flat[: limit - 1].rstrip() + "…"


def _last_visits(session: Session, visit: Visit) -> list[Visit]:
    """The account's done visits that started before ``visit``, newest first."""
    return list(
        session.scalars(
            select(Visit)
            .where(
                Visit.account_id == visit.account_id,
                is_live(Visit),
                Visit.status == "done",
                Visit.start < visit.start,
                Visit.id != visit.id,
            )
            .order_by(Visit.start.desc(), Visit.id)
            .limit(OBJECTION_VISITS)
        )
    )


def _cards(
    objections: Sequence[str],
    competitors: str,
    scenario: str,
    styles: Sequence[str],
    language: str,
) -> tuple[tuple[ObjectionCard, ...], tuple[str | None, ...]]:
    """The objection cards that fit, best first, each with the note for the first
    attendee style it has one for; and that style (``None``: no note) per card.

    What was objected at the last visits counts first (the newest most), then a
    competitor named on the account; when none of that fits a card, the
    objections a visit of this scenario usually meets.
    """
    content = personality.shipped_content()
    score: dict[str, float] = {}
    matched: dict[str, tuple[str, ...]] = {}
    queries: list[tuple[str, float]] = [
        (text, 3.0 - index) for index, text in enumerate(objections) if text.strip()
    ]
    if competitors.strip():
        queries.append(("competitor", 1.5))
    usual = USUAL_OBJECTIONS.get(scenario, ())
    fallback = [(code, 1.0 - 0.1 * index) for index, code in enumerate(usual)]
    for batch in (queries, fallback):
        for text, weight in batch:
            for card in personality.objection_cards([text], None, language, content):
                score[card.id] = score.get(card.id, 0.0) + weight * max(len(card.matched), 1)
                found = (*matched.get(card.id, ()), *card.matched)
                matched[card.id] = tuple(dict.fromkeys(found))
        if score:
            break  # what this account said beats what such visits usually meet
    if not score:
        return (), ()
    order = {card.id: index for index, card in enumerate(content.cards)}
    best = sorted(score, key=lambda card_id: (-score[card_id], order[card_id]))[:MAX_CARDS]
    by_style = {
        style: {c.id: c for c in personality.objection_cards(None, style, language, content)}
        for style in dict.fromkeys(s for s in styles if s in personality.STYLES)
    }
    plain = {c.id: c for c in personality.objection_cards(None, None, language, content)}
    cards = []
    noted: list[str | None] = []
    for card_id in best:
        style = next((st for st, found in by_style.items() if found[card_id].style_note), None)
        card = by_style[style][card_id] if style else plain[card_id]
        cards.append(dataclasses.replace(card, matched=matched[card_id]))
        noted.append(style)
    return tuple(cards), tuple(noted)


def briefing(
    session: Session,
    visit_id: str,
    settings: Settings,
    now: datetime | None = None,
    language: str | None = None,
    *,
    rules: TimingRules | None = None,
) -> Briefing:
    """The briefing for one visit.

    Args:
        settings: the rep's settings (time zone, working day, own style).
        now: the moment it is read (aware); ``None`` is now. It gives
            ``minutes_until``, "today" for the call windows and "call now".
        language: ``zh_CN`` or ``en`` for the content; ``None`` is the language shown.
        rules: the call timing rules (an office's own, from
            :func:`~kamdesk.services.call_timing.load_rules`); ``None``: the shipped ones.

    Raises:
        NotFound: no live visit has this id.
        InvalidInput: ``now`` has no time zone.
    """
    now = _aware(now)
    language = content_language(language)
    rules = rules or call_timing.load_rules(None)
    content = personality.shipped_content()
    zone = ZoneInfo(settings.timezone)
    visit = get_live(session, Visit, visit_id, "visit")
    detail = visit_detail(session, visit_id, language)
    account_row = session.get(Account, visit.account_id)
    attendee_ids = [a.contact_id for a in detail.attendees if not a.deleted]
    contacts = {
        c.id: c
        for c in session.scalars(
            select(Contact).where(Contact.id.in_(attendee_ids), is_live(Contact))
        )
    }

    rep_view = personality.rep_style(settings, content)
    today = now.astimezone(zone).date()
    attendees: list[BriefAttendee] = []
    for person in detail.attendees:
        contact = contacts.get(person.contact_id)
        if contact is None:
            continue
        view = personality.contact_style(session, contact.id, now=now, content=content)
        profile = call_timing.profile_of(contact, settings, account_row)
        windows = call_timing.rep_day(profile, today, settings.timezone, rules).windows
        status = call_timing.call_status(profile, now, rules)
        attendees.append(
            BriefAttendee(
                contact_id=contact.id,
                name=contact.name,
                title=contact.title,
                phones=tuple(contact.phones or ()),
                style=view,
                style_line=personality.describe_style(view, language),
                card=personality.style_card(view.style, language, content) if view.style else None,
                pair_hint=personality.pair_hint(rep_view.style, view.style, language, content),
                windows_today=windows,
                call_now=call_timing.describe_status(status, now, settings.timezone),
                keep_local=bool(contact.keep_local),
            )
        )

    strategy = personality.class_strategy(
        account_row.lifecycle_class if account_row else None, language, content
    )
    account = BriefAccount(
        id=visit.account_id,
        name=detail.account_name,
        category=account_row.category if account_row else None,
        category_label=category_label(account_row.category if account_row else None),
        lifecycle_class=account_row.lifecycle_class if account_row else None,
        class_label=strategy.name
        if strategy
        else (account_row.lifecycle_class or "" if account_row else ""),
        tier=account_row.tier if account_row else None,
        strategy=strategy,
        industry=account_row.industry if account_row else "",
    )

    earlier = _last_visits(session, visit)
    last = earlier[0] if earlier else None
    last_visit = (
        None
        if last is None
        else LastVisit(
            id=last.id,
            start=last.start.astimezone(zone),
            outcome=last.outcome,
            next_steps=last.next_steps,
            satisfaction=last.satisfaction,
            notes_excerpt=excerpt(last.notes),
            objections=last.objections,
        )
    )
    cards, note_styles = _cards(
        [v.objections for v in earlier],
        account_row.competitors if account_row else "",
        visit.scenario,
        [a.style.style for a in attendees if a.style.style],
        language,
    )
    start = detail.start.astimezone(zone)
    return Briefing(
        visit_id=visit.id,
        start=start,
        end=detail.end.astimezone(zone),
        place=detail.place,
        scenario=detail.scenario,
        scenario_label=scenario_label(detail.scenario),
        status=detail.status,
        objectives=detail.objectives,
        account=account,
        attendees=tuple(attendees),
        rep_style=rep_view,
        last_visit=last_visit,
        open_promises=detail.earlier_promises,
        checklist=detail.checklist,
        objection_cards=cards,
        card_note_styles=note_styles,
        minutes_until=int((detail.start - now).total_seconds() // 60),
        language=language,
        rep_style_line=personality.describe_style(rep_view, language),
        status_label=visit_status_label(detail.status),
        now=now.astimezone(zone),
    )


def due_briefings(
    session: Session, settings: Settings, now: datetime, lead_minutes: int
) -> list[tuple[str, datetime]]:
    """The planned visits starting within ``(now, now + lead_minutes]``, by start.

    Cancelled, done and deleted visits never come up; a visit that has begun
    (start at or before ``now``) is past its briefing. The window asks at
    every tick of its clock and pops each visit once.

    Returns:
        ``(visit id, start in the rep's zone)`` pairs.

    Raises:
        InvalidInput: ``now`` has no time zone, or ``lead_minutes`` is not a
            whole number from 0 to a day.
    """
    now = _aware(now)
    if (
        isinstance(lead_minutes, bool)
        or not isinstance(lead_minutes, int)
        or not 0 <= lead_minutes <= MAX_LEAD_MINUTES
    ):
        raise InvalidInput(
            "lead_minutes",
            translate("briefing", "expected whole minutes from 0 to %1").replace(
                "%1", str(MAX_LEAD_MINUTES)
            ),
        )
    zone = ZoneInfo(settings.timezone)
    rows = session.execute(
        select(Visit.id, Visit.start)
        .where(
            is_live(Visit),
            Visit.status == "planned",
            Visit.start > now,
            Visit.start <= now + timedelta(minutes=lead_minutes),
        )
        .order_by(Visit.start, Visit.id)
    )
    return [(row.id, row.start.astimezone(zone)) for row in rows]


def _plain(value: Any) -> Any:
    """``value`` as JSON-able data: dataclasses as objects, times as ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def briefing_to_json(b: Briefing) -> dict[str, Any]:
    """The briefing as JSON-able data (the shape of ``kamdesk briefing --json``, docs/cli.md).

    Every field of :class:`Briefing`, nested dataclasses as objects, times as
    ISO 8601 with their offset, tuples as lists, window kinds as their codes.
    """
    data: dict[str, Any] = _plain(b)
    return data


def briefing_text(b: Briefing) -> str:
    """The briefing as plain text, most important first (``kamdesk briefing``).

    Fixed words come from :func:`~kamdesk.i18n.translate`, the rest in the
    briefing's language; nothing is cut.
    """
    from kamdesk.services.validation import format_phone

    lines: list[str] = []

    def add(text: str = "", indent: int = 0) -> None:
        lines.append(" " * indent + text if text else "")

    def heading(text: str) -> None:
        add()
        add(f"== {text} ==")

    def labelled(label: str, text: str, indent: int = 2) -> None:
        if text.strip():
            add(
                translate("briefing", "%1: %2").replace("%1", label).replace("%2", excerpt(text)),
                indent,
            )

    when = f"{b.start:%Y-%m-%d %H:%M}-{b.end:%H:%M}"
    if b.end.date() != b.start.date():
        when = f"{b.start:%Y-%m-%d %H:%M} - {b.end:%Y-%m-%d %H:%M}"
    minutes = b.minutes_until  # lupdate reads a plural's count only as a plain name
    if minutes is not None and minutes >= 0:
        when += " (" + translate("briefing", "in %n min", "", minutes) + ")"
    add(b.account.name)
    add(when)
    add(" · ".join(part for part in (b.scenario_label, b.status_label, b.place) if part))
    labelled(translate("briefing", "Goal"), b.objectives, 0)

    heading(translate("briefing", "Who you meet"))
    for person in b.attendees:
        add(" · ".join(part for part in (person.name, person.title) if part))
        add(person.style_line, 2)
        if person.card is not None:
            handle = dict(person.card.handle)
            for phase, label in (
                ("opening", translate("briefing", "Open")),
                ("presenting", translate("briefing", "Present")),
                ("closing", translate("briefing", "Close")),
                ("avoid", translate("briefing", "Avoid")),
            ):
                for tip in handle.get(phase, ())[:1]:
                    labelled(label, tip)
            labelled(translate("briefing", "Decides"), person.card.decides)
        if person.pair_hint is not None:
            labelled(translate("briefing", "You and them"), person.pair_hint.text)
        phones = ", ".join(format_phone(phone) for phone in person.phones)
        add(" · ".join(part for part in (phones, person.call_now) if part), 2)
    if not b.attendees:
        add(translate("briefing", "No attendees."), 2)
    add(
        translate("briefing", "Your own style: %1").replace("%1", b.rep_style_line),
    )

    heading(translate("briefing", "The account"))
    facts = [b.account.class_label, b.account.category_label]
    if b.account.tier:
        facts.append(translate("briefing", "Tier %1").replace("%1", b.account.tier))
    add(" · ".join(fact for fact in facts if fact))
    if b.account.strategy is not None:
        add(b.account.strategy.strategy, 2)
        for action in b.account.strategy.actions:
            add(f"- {action}", 2)
    else:
        add(translate("briefing", "No class set: set one to get its strategy."), 2)

    heading(translate("briefing", "Open promises"))
    for promise in b.open_promises:
        due = promise.due.astimezone(b.start.tzinfo)
        late = b.now is not None and promise.due < b.now
        mark = " (" + translate("briefing", "overdue") + ")" if late else ""
        add(f"[ ] {due:%Y-%m-%d}  {promise.title}{mark}", 2)
    if not b.open_promises:
        add(translate("briefing", "No open promises."), 2)

    heading(translate("briefing", "Last visit"))
    last = b.last_visit
    if last is None:
        add(translate("briefing", "No earlier visit: this is the first."), 2)
    else:
        stars = f"  {last.satisfaction}/5" if last.satisfaction is not None else ""
        add(f"{last.start:%Y-%m-%d}{stars}", 2)
        labelled(translate("briefing", "Outcome"), last.outcome)
        labelled(translate("briefing", "Objected"), last.objections)
        labelled(translate("briefing", "Next"), last.next_steps)
        labelled(translate("briefing", "Notes"), last.notes_excerpt)

    heading(translate("briefing", "Preparation"))
    for item in b.checklist:
        add(f"{'[x]' if item.ticked else '[ ]'} {item.text}", 2)

    heading(translate("briefing", "If they object"))
    for index, card in enumerate(b.objection_cards):
        add(f"{card.title}  {card.client_says}", 2)
        for number, step in enumerate(card.steps, start=1):
            add(f"{number}. {step}", 4)
        style = b.card_note_styles[index] if index < len(b.card_note_styles) else None
        if card.style_note and style:
            name = personality.style_name(style, b.language)
            add(translate("briefing", "With %1:").replace("%1", name) + " " + card.style_note, 4)
    if not b.objection_cards:
        add(translate("briefing", "No objection card fits."), 2)

    heading(translate("briefing", "Call windows today"))
    for person in b.attendees:
        spans = ", ".join(
            f"{w.start:%H:%M}-{w.end:%H:%M}" for w in person.windows_today
        ) or translate("briefing", "no good time today")
        add(f"{person.name}: {spans}", 2)
    return "\n".join(lines) + "\n"

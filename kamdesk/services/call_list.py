"""The day's call list: whom to phone, why, and when (issue 4, "Today's call list").

Reasons, strongest first; a contact appears once, for its strongest reason:

* ``call_back``: a call-back or a retry after no answer falls due;
* ``follow_up``: a follow-up or a promise made falls due on that contact;
* ``arrange_visit``: an account early in the pipeline (a milestone listed in
  the rules, by default planning and building the relationship) with no visit
  done or planned: call to arrange one;
* ``gone_quiet``: an account not contacted (no call made, no visit done) for
  longer than its contact interval (or the rules' default for its tier),
  counted from its last contact or, never contacted, from when it was added.

A task with a contact calls that contact; a reason that concerns an account
calls its lead contact (a decision maker first, then someone the rep knows,
then the first by name). Follow-ups fall due on the day or before (overdue
ones stay on the list); account suggestions are capped at the rules'
``suggestions_per_day``, the longest-waiting and highest-tier first: a rep
makes a couple of dozen calls a day, not thousands.

The list is ordered by each contact's next good window on that day (see
:mod:`kamdesk.services.call_timing`): windows already open first, then by
start; contacts with no window that day come last.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.i18n import translate
from kamdesk.models import Account, Call, Contact, Task, Visit
from kamdesk.services.accounts import is_live
from kamdesk.services.call_timing import (
    CallProfile,
    CallWindow,
    RepDay,
    TimingRules,
    profile_of,
    rep_day,
)

#: Reasons, strongest first.
REASONS = ("call_back", "follow_up", "arrange_visit", "gone_quiet")
_TASK_REASON = {"call_back": "call_back", "retry": "call_back"}
_ROLE_RANK = {"decision_maker": 0, "influencer": 1}
_TIER_RANK = {"A": 0, "B": 1, "C": 2}


@dataclass(frozen=True)
class CallListItem:
    contact_id: str
    contact_name: str
    title: str
    phones: tuple[str, ...]
    account_id: str
    account_name: str
    #: one of :data:`REASONS`
    reason: str
    #: the task's title for follow-ups; empty otherwise
    detail: str
    task_id: str | None
    #: when the task fell due, or when the account was last contacted (``None``: never)
    since: datetime | None
    #: days without contact, for ``gone_quiet``
    quiet_days: int | None
    #: the first good window on the day still ahead (the one open now, if any), rep's zone
    window: CallWindow | None
    #: every window of the contact on the day, in the rep's zone
    windows: tuple[CallWindow, ...]


@dataclass(frozen=True)
class CallList:
    day: date
    rep_zone: str
    items: tuple[CallListItem, ...]
    #: account suggestions left out by the daily cap
    more_suggestions: int
    #: ``False`` when a contact's official calendar for the day is unknown
    calendar_known: bool


def _day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    return (
        datetime.combine(day, time(0), zone),
        datetime.combine(day + timedelta(days=1), time(0), zone),
    )


def _lead_contacts(session: Session, account_ids: Sequence[str]) -> dict[str, Any]:
    """The contact to call about each account."""
    columns = _contact_columns()
    best: dict[str, tuple[tuple[int, int, str], Any]] = {}
    for start in range(0, len(account_ids), 500):
        chunk = account_ids[start : start + 500]
        for row in session.execute(
            select(*columns).where(Contact.account_id.in_(chunk), is_live(Contact))
        ):
            rank = (
                _ROLE_RANK.get(row.decision_role or "", 2),
                0 if row.known_to_rep else 1,
                row.name,
            )
            held = best.get(row.account_id)
            if held is None or rank < held[0]:
                best[row.account_id] = (rank, row)
    return {account_id: row for account_id, (_, row) in best.items()}


def _contact_columns() -> tuple[Any, ...]:
    return (
        Contact.id,
        Contact.account_id,
        Contact.name,
        Contact.title,
        Contact.phones,
        Contact.decision_role,
        Contact.known_to_rep,
        Contact.work_start,
        Contact.work_end,
        Contact.lunch_start,
        Contact.lunch_end,
        Contact.timezone,
        Contact.habitual_times,
    )


def _last_contacts(session: Session) -> dict[str, datetime]:
    """Each account's last contact: the latest call made or visit done."""
    last: dict[str, datetime] = {}
    visits = (
        select(Visit.account_id, func.max(Visit.start))
        .where(Visit.status == "done", is_live(Visit))
        .group_by(Visit.account_id)
    )
    calls = (
        select(Call.account_id, func.max(Call.called_at))
        .where(is_live(Call))
        .group_by(Call.account_id)
    )
    for statement in (visits, calls):
        for account_id, moment in session.execute(statement):
            if moment is not None and (account_id not in last or moment > last[account_id]):
                last[account_id] = moment
    return last


def call_list(
    session: Session,
    day: date,
    rep: Any,
    rules: TimingRules,
    now: datetime | None = None,
) -> CallList:
    """The contacts to call on ``day`` (the rep's calendar), each with its reason and window.

    Args:
        rep: the rep's :class:`~kamdesk.settings.Settings` (zone, default hours).
        now: the current moment; windows that ended before it are passed over.
    """
    zone = ZoneInfo(rep.timezone)
    now = now or datetime.now(UTC)
    _, day_end = _day_bounds(day, zone)
    chosen: dict[str, dict[str, Any]] = {}

    # Follow-ups and call-backs that fall due on the day or before.
    tasks = session.execute(
        select(Task.id, Task.kind, Task.title, Task.due, Task.account_id, Task.contact_id)
        .where(Task.done.is_(False), is_live(Task), Task.due < day_end.astimezone(UTC))
        .order_by(Task.due)
    ).all()
    task_contacts = {task.contact_id for task in tasks if task.contact_id}
    contacts_by_id = {}
    ids = sorted(task_contacts)
    for start in range(0, len(ids), 500):
        for row in session.execute(
            select(*_contact_columns()).where(
                Contact.id.in_(ids[start : start + 500]), is_live(Contact)
            )
        ):
            contacts_by_id[row.id] = row
    leads = _lead_contacts(session, sorted({t.account_id for t in tasks if not t.contact_id}))
    for task in tasks:
        contact = (
            contacts_by_id.get(task.contact_id) if task.contact_id else leads.get(task.account_id)
        )
        if contact is None:
            continue  # its contact was deleted, or the account has none
        reason = _TASK_REASON.get(task.kind, "follow_up")
        _choose(chosen, contact, reason, detail=task.title, task_id=task.id, since=task.due)

    # Account suggestions: visits to arrange and accounts gone quiet.
    accounts = session.execute(
        select(
            Account.id,
            Account.name,
            Account.tier,
            Account.milestone,
            Account.contact_interval_days,
            Account.created_at,
        ).where(is_live(Account))
    ).all()
    names = {account.id: account.name for account in accounts}
    visited = set(
        session.scalars(
            select(Visit.account_id)
            .where(Visit.status.in_(("done", "planned")), is_live(Visit))
            .distinct()
        )
    )
    last = _last_contacts(session)
    arrange_milestones = rules.arrange_visit_milestones
    suggestions: list[tuple[tuple[int, int, str], str, str, datetime | None, int | None]] = []
    for account in accounts:
        if account.milestone in arrange_milestones and account.id not in visited:
            waited = (day - account.created_at.astimezone(zone).date()).days
            rank = (0, _TIER_RANK.get(account.tier or "", 3), -waited, account.name)
            suggestions.append((rank, account.id, "arrange_visit", last.get(account.id), None))
            continue
        interval = account.contact_interval_days or rules.contact_interval_days.get(
            account.tier or ""
        )
        if not interval:
            continue
        since = last.get(account.id) or account.created_at
        quiet = (day - since.astimezone(zone).date()).days
        if quiet > interval:
            rank = (1, _TIER_RANK.get(account.tier or "", 3), -(quiet - interval), account.name)
            suggestions.append((rank, account.id, "gone_quiet", last.get(account.id), quiet))
    suggestions.sort(key=lambda suggestion: suggestion[0])
    taken_accounts = {row["contact"].account_id for row in chosen.values()}
    wanted = [s for s in suggestions if s[1] not in taken_accounts]
    cap = rules.suggestions_per_day
    leads = _lead_contacts(session, [s[1] for s in wanted[:cap]])
    for _, account_id, reason, since, quiet in wanted[:cap]:
        contact = leads.get(account_id)
        if contact is not None:
            _choose(chosen, contact, reason, since=since, quiet_days=quiet)

    account_names = dict(names)
    items = []
    calendar_known = True
    is_today = now.astimezone(zone).date() == day
    plans: dict[CallProfile, RepDay] = {}  # many contacts share their hours: compute once
    for entry in chosen.values():
        contact = entry["contact"]
        profile = profile_of(contact, rep)
        plan = plans.get(profile)
        if plan is None:
            plan = plans[profile] = rep_day(profile, day, rep.timezone, rules)
        calendar_known = calendar_known and plan.calendar_known
        # Today, windows already over are passed over; another day shows all of its own.
        ahead = [w for w in plan.windows if w.end > now or not is_today]
        items.append(
            CallListItem(
                contact_id=contact.id,
                contact_name=contact.name,
                title=contact.title or "",
                phones=tuple(contact.phones or ()),
                account_id=contact.account_id,
                account_name=account_names.get(contact.account_id, ""),
                reason=entry["reason"],
                detail=entry.get("detail", ""),
                task_id=entry.get("task_id"),
                since=entry.get("since"),
                quiet_days=entry.get("quiet_days"),
                window=ahead[0] if ahead else None,
                windows=plan.windows,
            )
        )
    far = datetime.max.replace(tzinfo=UTC)
    items.sort(
        key=lambda item: (
            item.window is None,
            max(item.window.start, now) if item.window else far,
            REASONS.index(item.reason),
            item.contact_name,
        )
    )
    return CallList(
        day=day,
        rep_zone=rep.timezone,
        items=tuple(items),
        more_suggestions=max(0, len(wanted) - cap),
        calendar_known=calendar_known,
    )


def _choose(chosen: dict[str, dict[str, Any]], contact: Any, reason: str, **details: Any) -> None:
    held = chosen.get(contact.id)
    if held is None or REASONS.index(reason) < REASONS.index(held["reason"]):
        chosen[contact.id] = {"contact": contact, "reason": reason, **details}


def reason_label(reason: str) -> str:
    """A reason to call, in the user's language."""
    return {
        "call_back": translate("call_list", "call back"),
        "follow_up": translate("call_list", "follow-up due"),
        "arrange_visit": translate("call_list", "arrange a visit"),
        "gone_quiet": translate("call_list", "not contacted for a while"),
    }.get(reason, reason)


def describe_reason(item: CallListItem) -> str:
    """The reason with its detail: "follow-up due: send the quote", "not contacted for 45 days"."""
    if item.reason == "gone_quiet" and item.quiet_days is not None:
        return translate("call_list", "not contacted for %n day(s)", None, item.quiet_days)
    if item.detail:
        return f"{reason_label(item.reason)}: {item.detail}"
    return reason_label(item.reason)

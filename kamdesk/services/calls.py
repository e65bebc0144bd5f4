"""Phone invitations as they happen: what the call dialog needs, and every call logged.

:func:`call_context` reads what the dialog shows about the contact (name,
title, phones, account, industry, the "call now" status and the next good
window, the reference customers of step 2).

:func:`record_call` writes one :class:`~kamdesk.models.Call` with the
template id and version used and the notes of each step, and what the
outcome brings, in the caller's unit of work:

* ``appointment``: a planned :class:`~kamdesk.models.Visit` at the time and
  place agreed, with the person confirmed as attendee; the call points to it;
* ``call_back``: a :class:`~kamdesk.models.Task` of kind ``call_back`` at the
  time the rep picked, else at the contact's next good window;
* ``no_answer``: a ``retry`` task at the contact's next good window;
* ``refused``: no follow-up; the reason is required.

:func:`timeline` lists an account's or a contact's calls and visits, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.errors import InvalidInput
from kamdesk.i18n import translate
from kamdesk.models import Account, Call, Contact, Task, Visit
from kamdesk.models.base import utcnow
from kamdesk.services.accounts import OP_CREATED, Changed, ValidationFailed, get_live
from kamdesk.services.call_timing import (
    CallStatus,
    TimingRules,
    call_status,
    profile_of,
)
from kamdesk.services.phone_script import STEPS, ReferenceCustomer, pick_reference_customer
from kamdesk.settings import Settings

#: The outcomes of a call, as stored.
OUTCOMES: Final = ("appointment", "call_back", "refused", "no_answer")
#: The visit scenarios, as stored.
SCENARIOS: Final = ("cold_visit", "referral", "existing_client", "client_visits_us")
#: An appointment may be at most this far in the past (typed a moment late).
APPOINTMENT_GRACE: Final = timedelta(hours=1)
#: An appointment's length when no end is given.
DEFAULT_VISIT_LENGTH: Final = timedelta(hours=1)
#: Longest note per step, reason and place.
MAX_NOTE_CHARS: Final = 20_000
MAX_PLACE_CHARS: Final = 1000


def outcome_label(outcome: str) -> str:
    """A call outcome in the user's language."""
    return {
        "appointment": translate("calls", "Appointment"),
        "call_back": translate("calls", "Call back"),
        "refused": translate("calls", "Not interested"),
        "no_answer": translate("calls", "No answer"),
    }.get(outcome, outcome)


def scenario_label(scenario: str) -> str:
    """A visit scenario in the user's language."""
    return {
        "cold_visit": translate("calls", "Cold visit"),
        "referral": translate("calls", "Referral"),
        "existing_client": translate("calls", "Existing client"),
        "client_visits_us": translate("calls", "Client comes to us"),
    }.get(scenario, scenario)


def visit_status_label(status: str) -> str:
    """A visit status in the user's language."""
    return {
        "planned": translate("calls", "planned"),
        "done": translate("calls", "done"),
        "cancelled": translate("calls", "cancelled"),
    }.get(status, status)


# --- what the dialog shows ------------------------------------------------------------------


@dataclass(frozen=True)
class PersonChoice:
    """A contact of the account, for "who will attend"."""

    contact_id: str
    name: str
    title: str


@dataclass(frozen=True)
class CallContext:
    """What the call dialog shows about the contact it calls.

    Attributes:
        status: the "call now" status at ``now``.
        next_window: when a call back or a retry would be due: the start of the
            contact's next good window after the one holding ``now``.
        references: reference customers, best first (:func:`pick_reference_customer`).
        people: the account's live contacts, the one called first.
        scenario: the visit scenario an appointment gets by default.
    """

    contact_id: str
    contact_name: str
    contact_title: str
    contact_phones: tuple[str, ...]
    account_id: str
    account_name: str
    industry: str
    account_address: str
    now: datetime
    status: CallStatus
    next_window: datetime | None
    references: tuple[ReferenceCustomer, ...]
    people: tuple[PersonChoice, ...]
    scenario: str


def next_window(
    contact: Contact, account: Account | None, rep: Settings, rules: TimingRules, now: datetime
) -> datetime | None:
    """The start of the contact's next good window after the one holding ``now`` (if any)."""
    profile = profile_of(contact, rep, account)
    status = call_status(profile, now, rules)
    if status.until is not None:
        status = call_status(profile, status.until, rules)
    return status.next_start


def call_context(
    session: Session,
    contact_id: str,
    rep: Settings,
    rules: TimingRules,
    now: datetime | None = None,
) -> CallContext:
    """Reads what the call dialog needs for ``contact_id``.

    Raises:
        NotFound: no live contact has this id.
    """
    now = now or utcnow()
    contact = get_live(session, Contact, contact_id, "contact")
    account = session.get(Account, contact.account_id)
    profile = profile_of(contact, rep, account)
    status = call_status(profile, now, rules)
    others = session.scalars(
        select(Contact)
        .where(Contact.account_id == contact.account_id, Contact.deleted.is_(False))
        .order_by(Contact.name)
    ).all()
    people = [PersonChoice(contact.id, contact.name, contact.title)]
    people += [PersonChoice(o.id, o.name, o.title) for o in others if o.id != contact.id]
    visited = session.scalar(
        select(Visit.id)
        .where(
            Visit.account_id == contact.account_id,
            Visit.deleted.is_(False),
            Visit.status == "done",
        )
        .limit(1)
    )
    return CallContext(
        contact_id=contact.id,
        contact_name=contact.name,
        contact_title=contact.title,
        contact_phones=tuple(contact.phones or ()),
        account_id=contact.account_id,
        account_name=(account.name if account else ""),
        industry=(account.industry if account else ""),
        account_address=(account.address if account else ""),
        now=now,
        status=status,
        next_window=next_window(contact, account, rep, rules, now),
        references=tuple(pick_reference_customer(session, contact.account_id, now)),
        people=tuple(people),
        scenario="existing_client" if visited else "cold_visit",
    )


# --- logging a call -------------------------------------------------------------------------


@dataclass(frozen=True)
class CallRecord:
    """One call as the dialog gives it.

    Attributes:
        contact_id: the contact called.
        called_at: when the call started (aware).
        duration_seconds: how long it took (the dialog's timer).
        script_id, script_version: the templates used.
        step_notes: the rep's notes by step (:data:`~kamdesk.services.phone_script.STEPS`).
        outcome: one of :data:`OUTCOMES`.
        reason: why the contact is not interested (required for ``refused``),
            or a note on any other outcome.
        visit_start, visit_end, place, visit_contact_id, scenario: the
            appointment agreed (``visit_contact_id``: the person confirmed).
        call_back_at: the time the contact asked to be called back; ``None``
            takes the next good window.
    """

    contact_id: str
    called_at: datetime
    outcome: str
    duration_seconds: int | None = None
    script_id: str = ""
    script_version: str = ""
    step_notes: dict[str, str] = field(default_factory=dict)
    reason: str = ""
    visit_start: datetime | None = None
    visit_end: datetime | None = None
    place: str = ""
    visit_contact_id: str | None = None
    scenario: str | None = None
    call_back_at: datetime | None = None


def _aware(moment: datetime | None) -> bool:
    return moment is not None and moment.tzinfo is not None


def validate_call(record: CallRecord, now: datetime) -> list[InvalidInput]:
    """Every field error of ``record`` (``where`` is the field's name); empty when it is right."""
    errors: list[InvalidInput] = []
    if record.outcome not in OUTCOMES:
        errors.append(
            InvalidInput(
                "outcome",
                translate("calls", "choose how the call ended"),
            )
        )
    if not _aware(record.called_at):
        errors.append(InvalidInput("called_at", translate("calls", "the call has no time")))
    if record.duration_seconds is not None and record.duration_seconds < 0:
        errors.append(
            InvalidInput("duration_seconds", translate("calls", "a duration cannot be negative"))
        )
    for step, note in record.step_notes.items():
        if step not in STEPS or not isinstance(note, str):
            errors.append(
                InvalidInput(
                    "step_notes", translate("calls", "unknown step %1").replace("%1", str(step))
                )
            )
        elif len(note) > MAX_NOTE_CHARS:
            errors.append(
                InvalidInput(
                    f"notes_{step}",
                    translate("calls", "a note may be at most %1 characters").replace(
                        "%1", str(MAX_NOTE_CHARS)
                    ),
                )
            )
    if len(record.reason) > MAX_NOTE_CHARS:
        errors.append(
            InvalidInput(
                "reason",
                translate("calls", "a note may be at most %1 characters").replace(
                    "%1", str(MAX_NOTE_CHARS)
                ),
            )
        )
    if record.outcome == "appointment":
        if record.visit_start is None or not _aware(record.visit_start):
            errors.append(InvalidInput("visit_start", translate("calls", "agree on a time")))
        elif record.visit_start < now - APPOINTMENT_GRACE:
            errors.append(
                InvalidInput("visit_start", translate("calls", "the appointment is in the past"))
            )
        elif record.visit_end is not None and (
            not _aware(record.visit_end) or record.visit_end <= record.visit_start
        ):
            errors.append(
                InvalidInput("visit_end", translate("calls", "the visit must end after it starts"))
            )
        if not record.place.strip():
            errors.append(InvalidInput("place", translate("calls", "agree on a place")))
        elif len(record.place) > MAX_PLACE_CHARS:
            errors.append(
                InvalidInput(
                    "place",
                    translate("calls", "the place may be at most %1 characters").replace(
                        "%1", str(MAX_PLACE_CHARS)
                    ),
                )
            )
        if not record.visit_contact_id:
            errors.append(
                InvalidInput("visit_contact", translate("calls", "confirm who will attend"))
            )
        if record.scenario is not None and record.scenario not in SCENARIOS:
            errors.append(InvalidInput("scenario", translate("calls", "unknown scenario")))
    if record.outcome == "refused" and not record.reason.strip():
        errors.append(InvalidInput("reason", translate("calls", "say why they are not interested")))
    if record.outcome == "call_back" and record.call_back_at is not None:
        if not _aware(record.call_back_at):
            errors.append(InvalidInput("call_back_at", translate("calls", "pick a time")))
        elif record.call_back_at < now - APPOINTMENT_GRACE:
            errors.append(
                InvalidInput("call_back_at", translate("calls", "the time is in the past"))
            )
    return errors


@dataclass(frozen=True)
class CallLogged(Changed):
    """What :func:`record_call` wrote: a :class:`Changed` naming the call, visit and task."""

    call_id: str = ""
    visit_id: str | None = None
    task_id: str | None = None
    task_due: datetime | None = None


def record_call(
    session: Session,
    record: CallRecord,
    rep: Settings,
    rules: TimingRules,
    now: datetime | None = None,
) -> CallLogged:
    """Logs a call and what its outcome brings, in the caller's unit of work.

    Raises:
        NotFound: the contact (or the person confirmed) is not a live contact.
        ValidationFailed: a field is wrong; nothing was written.
    """
    now = now or utcnow()
    errors = validate_call(record, now)
    if errors:
        raise ValidationFailed(errors)
    contact = get_live(session, Contact, record.contact_id, "contact")
    account = session.get(Account, contact.account_id)
    rows: dict[str, list[str]] = {"call": [], "visit": [], "task": []}
    visit: Visit | None = None
    if record.outcome == "appointment":
        attendee = get_live(session, Contact, record.visit_contact_id or "", "contact")
        if attendee.account_id != contact.account_id:
            raise ValidationFailed(
                [InvalidInput("visit_contact", translate("calls", "not a contact of this account"))]
            )
        assert record.visit_start is not None  # checked by validate_call
        attendees = [attendee.id]
        if contact.id != attendee.id:
            attendees.append(contact.id)
        visit = Visit(
            account_id=contact.account_id,
            contact_ids=attendees,
            start=record.visit_start,
            end=record.visit_end or record.visit_start + DEFAULT_VISIT_LENGTH,
            place=record.place.strip(),
            scenario=record.scenario or "cold_visit",
            status="planned",
            notes=record.reason.strip(),
        )
        session.add(visit)
        session.flush()
        rows["visit"].append(visit.id)
    call = Call(
        account_id=contact.account_id,
        contact_id=contact.id,
        called_at=record.called_at,
        duration_seconds=record.duration_seconds,
        script_id=record.script_id,
        script_version=record.script_version,
        step_notes={step: note for step, note in record.step_notes.items() if note.strip()},
        outcome=record.outcome,
        outcome_reason=record.reason.strip(),
        visit_id=visit.id if visit else None,
    )
    session.add(call)
    session.flush()
    rows["call"].append(call.id)
    task: Task | None = None
    if record.outcome in ("call_back", "no_answer"):
        due = record.call_back_at if record.outcome == "call_back" else None
        if due is None:
            due = next_window(contact, account, rep, rules, now) or now + timedelta(days=1)
        if record.outcome == "call_back":
            title = translate("calls", "Call %1 back").replace("%1", contact.name)
        else:
            title = translate("calls", "Try %1 again").replace("%1", contact.name)
        task = Task(
            account_id=contact.account_id,
            contact_id=contact.id,
            call_id=call.id,
            kind="call_back" if record.outcome == "call_back" else "retry",
            title=title,
            due=due,
            notes=record.reason.strip(),
        )
        session.add(task)
        session.flush()
        rows["task"].append(task.id)
    return CallLogged(
        entity="call",
        op=OP_CREATED,
        ids=(call.id,),
        account_ids=(contact.account_id,),
        list_changed=True,
        rows=tuple((name, tuple(ids)) for name, ids in rows.items() if ids),
        call_id=call.id,
        visit_id=visit.id if visit else None,
        task_id=task.id if task else None,
        task_due=task.due if task else None,
    )


# --- the timeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """A call or a visit on an account's or a contact's timeline.

    Attributes:
        kind: ``call`` or ``visit``.
        at: when it happened (or is planned).
        outcome: a call's outcome code; a visit's status code.
        people: the names of the contacts involved.
        summary: the first line of the notes, the reason or the outcome text.
        duration_seconds: a call's length.
        place: a visit's place.
    """

    kind: str
    id: str
    account_id: str
    at: datetime
    outcome: str
    people: tuple[str, ...]
    summary: str
    duration_seconds: int | None = None
    place: str = ""
    visit_id: str | None = None


def _summary(*texts: str, limit: int = 160) -> str:
    for text in texts:
        for line in (text or "").splitlines():
            if line.strip():
                line = line.strip()
                return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


def timeline(
    session: Session,
    account_id: str | None = None,
    contact_id: str | None = None,
    limit: int = 500,
) -> list[TimelineEntry]:
    """The calls and visits of an account, or of one contact, newest first.

    Raises:
        ValueError: neither ``account_id`` nor ``contact_id`` is given.
    """
    if account_id is None and contact_id is None:
        raise ValueError("timeline of what? give account_id or contact_id")
    if contact_id is not None:
        contact = session.get(Contact, contact_id)
        if contact is None:
            return []
        account_id = contact.account_id
    names = {
        row.id: row.name
        for row in session.scalars(select(Contact).where(Contact.account_id == account_id))
    }
    calls_query = select(Call).where(Call.account_id == account_id, Call.deleted.is_(False))
    if contact_id is not None:
        calls_query = calls_query.where(Call.contact_id == contact_id)
    entries = [
        TimelineEntry(
            kind="call",
            id=call.id,
            account_id=call.account_id,
            at=call.called_at,
            outcome=call.outcome,
            people=(names.get(call.contact_id, ""),),
            summary=_summary(
                call.outcome_reason, *(call.step_notes.get(step, "") for step in reversed(STEPS))
            ),
            duration_seconds=call.duration_seconds,
            visit_id=call.visit_id,
        )
        for call in session.scalars(calls_query.order_by(Call.called_at.desc()).limit(limit))
    ]
    visits = session.scalars(
        select(Visit)
        .where(Visit.account_id == account_id, Visit.deleted.is_(False))
        .order_by(Visit.start.desc())
    )
    for visit in visits:
        if contact_id is not None and contact_id not in (visit.contact_ids or []):
            continue
        entries.append(
            TimelineEntry(
                kind="visit",
                id=visit.id,
                account_id=visit.account_id,
                at=visit.start,
                outcome=visit.status,
                people=tuple(names.get(i, "") for i in visit.contact_ids or () if i in names),
                summary=_summary(visit.outcome, visit.notes, visit.objectives),
                place=visit.place,
                visit_id=visit.id,
            )
        )
    entries.sort(key=lambda entry: entry.at, reverse=True)
    return entries[:limit]

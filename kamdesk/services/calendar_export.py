"""Planned visits and call-backs as an iCalendar (.ics) file, for the rep's own calendar.

One ``VEVENT`` per planned visit (its time, place, attendees and objectives)
and per open call-back or retry (a quarter of an hour at its due time, with
the contact's phone numbers), from ``since`` on. Times carry the rep's time
zone as ``TZID`` with its ``VTIMEZONE`` definition in the file, which is what
Outlook, Google Calendar and Apple Calendar need to place them right,
daylight-saving changes included. Each event's ``UID`` is the row's id, so
importing a newer export updates the events instead of doubling them, and
``SEQUENCE`` grows with the row's last change.

The file is written through a temporary file and renamed, as every export is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.i18n import translate
from kamdesk.models import Account, Contact, Task, Visit
from kamdesk.services.accounts import is_live
from kamdesk.services.exporting import write_atomically

#: How long a visit without an end is taken to last.
DEFAULT_VISIT_LENGTH = timedelta(hours=1)
#: How long a call-back is blocked in the calendar.
CALL_BACK_LENGTH = timedelta(minutes=15)
_PRODUCT = "-//kamdesk//kamdesk//EN"


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    visits: int
    call_backs: int


def _scenario_label(code: str) -> str:
    return {
        "cold_visit": translate("calendar", "cold visit"),
        "referral": translate("calendar", "referral"),
        "existing_client": translate("calendar", "existing client"),
        "client_visits_us": translate("calendar", "client visits us"),
    }.get(code, code)


def build_calendar(
    session: Session, rep_zone: str, since: datetime, now: datetime
) -> tuple[Any, int, int]:
    """The ``icalendar.Calendar`` of planned visits and open call-backs from ``since`` on,
    with how many of each it holds."""
    from icalendar import Calendar, Event

    zone = ZoneInfo(rep_zone)
    calendar = Calendar()
    calendar.add("prodid", _PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", translate("calendar", "kamdesk visits and call-backs"))
    calendar.add("x-wr-timezone", rep_zone)

    visits = list(
        session.scalars(
            select(Visit)
            .where(Visit.status == "planned", is_live(Visit), Visit.start >= since)
            .order_by(Visit.start, Visit.id)
        )
    )
    call_backs = list(
        session.scalars(
            select(Task)
            .where(
                Task.kind.in_(("call_back", "retry")),
                Task.done.is_(False),
                is_live(Task),
                Task.due >= since,
            )
            .order_by(Task.due, Task.id)
        )
    )
    account_ids = {v.account_id for v in visits} | {t.account_id for t in call_backs}
    contact_ids = {c for v in visits for c in v.contact_ids} | {
        t.contact_id for t in call_backs if t.contact_id
    }
    accounts = _by_id(session, Account, account_ids)
    contacts = _by_id(session, Contact, contact_ids)

    written_visits = 0
    for visit in visits:
        account = accounts.get(visit.account_id)
        if account is None:
            continue
        attendees = [contacts[c] for c in visit.contact_ids if c in contacts]
        event = Event()
        event.add("uid", f"{visit.id}@kamdesk")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("sequence", _sequence(visit))
        event.add("summary", translate("calendar", "Visit: %1").replace("%1", account.name))
        event.add("dtstart", visit.start.astimezone(zone))
        event.add("dtend", (visit.end or visit.start + DEFAULT_VISIT_LENGTH).astimezone(zone))
        if visit.place:
            event.add("location", visit.place)
        lines = [
            translate("calendar", "Scenario: %1").replace("%1", _scenario_label(visit.scenario))
        ]
        if attendees:
            names = ", ".join(_person(contact) for contact in attendees)
            lines.append(translate("calendar", "Attendees: %1").replace("%1", names))
        if visit.objectives:
            lines.append(translate("calendar", "Objectives: %1").replace("%1", visit.objectives))
        event.add("description", "\n".join(lines))
        event.add("status", "CONFIRMED")
        calendar.add_component(event)
        written_visits += 1

    written_call_backs = 0
    for task in call_backs:
        account = accounts.get(task.account_id)
        if account is None:
            continue
        contact = contacts.get(task.contact_id) if task.contact_id else None
        who = contact.name if contact is not None else account.name
        event = Event()
        event.add("uid", f"{task.id}@kamdesk")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("sequence", _sequence(task))
        summary = translate("calendar", "Call back: %1 (%2)").replace("%1", who)
        event.add("summary", summary.replace("%2", account.name))
        event.add("dtstart", task.due.astimezone(zone))
        event.add("dtend", (task.due + CALL_BACK_LENGTH).astimezone(zone))
        lines = [task.title] if task.title else []
        if contact is not None and contact.phones:
            lines.append(
                translate("calendar", "Phone: %1").replace("%1", ", ".join(contact.phones))
            )
        if task.notes:
            lines.append(task.notes)
        if lines:
            event.add("description", "\n".join(lines))
        calendar.add_component(event)
        written_call_backs += 1
    calendar.add_missing_timezones()
    return calendar, written_visits, written_call_backs


def _by_id(session: Session, model: Any, ids: set[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        found.update(
            (row.id, row)
            for row in session.scalars(select(model).where(model.id.in_(chunk)))
            if not row.deleted
        )
    return found


def _person(contact: Contact) -> str:
    return f"{contact.name} ({contact.title})" if contact.title else contact.name


def _sequence(row: Any) -> int:
    """Grows with every change of the row, as calendars expect of an updated event."""
    changed = row.updated_at or row.created_at
    return int((changed - datetime(2024, 1, 1, tzinfo=UTC)).total_seconds()) // 60


def export_ics(
    session: Session,
    path: Path,
    rep_zone: str,
    since: datetime | None = None,
    now: datetime | None = None,
) -> CalendarExport:
    """Writes the planned visits and call-backs from ``since`` (default: a week ago) on."""
    now = now or datetime.now(UTC)
    calendar, visits, call_backs = build_calendar(
        session, rep_zone, since or now - timedelta(days=7), now
    )
    data = calendar.to_ical()

    def write(stream: IO[bytes]) -> None:
        stream.write(data)

    write_atomically(Path(path), write)
    return CalendarExport(Path(path), visits, call_backs)

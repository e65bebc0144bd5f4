"""Visits: planning, the preparation checklist, the report typed after the meeting, promises.

Planning
    :class:`VisitPlan` carries what the visit dialog (or ``kamdesk visit
    plan``) gives. :func:`validate_visit_plan` returns every field error at
    once; :func:`plan_visit` and :func:`update_visit_plan` also check that the
    account is live and that each attendee is a live contact of it, and raise
    :class:`~kamdesk.services.accounts.ValidationFailed` writing nothing when
    anything is wrong. :func:`overlapping` lists the other visits at the same
    time (live, not cancelled, ``[start, end)`` intersecting).

Reading
    :func:`visits_between` gives the week view, the list and Today their
    :class:`VisitSummary` rows; :func:`visit_detail` everything one visit
    shows (:class:`VisitDetail`).

The report
    :func:`save_report` is what the autosave calls at every pause in typing:
    one read of the row, a comparison, and a write of the changed fields
    only; with nothing changed it writes nothing. Texts are kept as typed
    (control characters and unpaired surrogates removed, NFC), not trimmed, so
    saving the same text twice is a no-op.

Checklist
    The preparation checklist of each scenario ships in
    ``resources/checklists/visit_preparation.json`` (zh_CN and en, from the
    manual's "preparing a visit"): the items every visit needs, then the
    scenario's own. Items have stable ids; a visit's ticks are kept in
    ``Visit.checklist`` as ``{"ticked": {item_id: true}, "version": "1"}`` so
    they survive a new version of the texts.

Promises
    A promise made at a visit is a :class:`~kamdesk.models.Task` of kind
    ``promise`` with the visit's id and account: the call list shows it as a
    follow-up when due, and :attr:`VisitDetail.earlier_promises` shows the
    open ones again before the next visits to that account.

Every write goes through the ORM in the caller's unit of work, so change
capture records it for sync; deletes are tombstones.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Final

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from kamdesk.errors import InvalidInput, NotFound
from kamdesk.i18n import LANGUAGES, translate
from kamdesk.models import Account, Contact, Task, Visit
from kamdesk.models.base import utcnow
from kamdesk.services.accounts import (
    MAX_NOTE_BYTES,
    OP_CREATED,
    OP_DELETED,
    OP_RESTORED,
    OP_UPDATED,
    Changed,
    ValidationFailed,
    get_live,
    is_live,
)
from kamdesk.services.calls import DEFAULT_VISIT_LENGTH, SCENARIOS
from kamdesk.services.validation import clean_text

# --- limits --------------------------------------------------------------------------

#: The place: one line.
MAX_PLACE_CHARS: Final = 1000
#: Objectives: several lines.
MAX_OBJECTIVES_CHARS: Final = 20_000
#: A promise's title: one line.
MAX_PROMISE_CHARS: Final = 500
#: Attendees of one visit.
MAX_ATTENDEES: Final = 50
#: The longest visit (a trip of several days is several visits).
MAX_VISIT_LENGTH: Final = timedelta(days=7)
#: How far from now a visit may be planned (a typo in the year is caught).
MAX_DISTANCE: Final = timedelta(days=366 * 10)
#: The lowest and highest satisfaction.
SATISFACTION_RANGE: Final = (1, 5)

STATUSES: Final = ("planned", "done", "cancelled")
#: The fields :func:`save_report` accepts.
REPORT_FIELDS: Final = (
    "notes",
    "needs_found",
    "objections",
    "outcome",
    "next_steps",
    "satisfaction",
    "status",
)
_REPORT_TEXTS: Final = frozenset(REPORT_FIELDS) - {"satisfaction", "status"}
#: Task kinds shown again before the next visit.
PROMISE_KINDS: Final = ("promise", "follow_up")
#: Fields whose change moves a visit in an account's "last visit" / "next action".
_LISTED: Final = frozenset({"status", "start", "account_id", "deleted"})

#: The checklist file, relative to the resources directory.
CHECKLIST_RESOURCE: Final = ("checklists", "visit_preparation.json")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_ITEM_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


# --- data ----------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitPlan:
    """A visit as the planning dialog gives it.

    Attributes:
        account_id: the account visited.
        contact_ids: the attendees (at least one live contact of the account).
        start: when it starts (aware).
        end: when it ends (aware); ``None`` is one hour after ``start``.
        place: where.
        scenario: one of :data:`~kamdesk.services.calls.SCENARIOS`.
        objectives: what the rep wants from it.
    """

    account_id: str
    contact_ids: tuple[str, ...]
    start: datetime
    end: datetime | None = None
    place: str = ""
    scenario: str = "existing_client"
    objectives: str = ""


@dataclass(frozen=True)
class VisitSummary:
    """A visit in the week view, the list and Today.

    Attributes:
        end: when it ends (one hour after ``start`` when none was stored).
        status: ``planned``, ``done`` or ``cancelled``.
        attendee_names: the live attendees' names, in the visit's order.
        overlaps: ids of the other live, not cancelled visits at the same time.
    """

    id: str
    account_id: str
    account_name: str
    start: datetime
    end: datetime
    place: str
    scenario: str
    status: str
    attendee_names: tuple[str, ...]
    objectives: str
    overlaps: tuple[str, ...]


@dataclass(frozen=True)
class Attendee:
    """A person at the visit; ``deleted`` when the contact has been deleted since."""

    contact_id: str
    name: str
    title: str
    phones: tuple[str, ...]
    deleted: bool


@dataclass(frozen=True)
class Promise:
    """A promise made at a visit (or a follow-up), as a task."""

    task_id: str
    title: str
    due: datetime
    done: bool
    contact_id: str | None
    visit_id: str | None
    kind: str = "promise"


@dataclass(frozen=True)
class ChecklistItem:
    """One preparation step, in the user's language."""

    id: str
    text: str
    ticked: bool = False


@dataclass(frozen=True)
class VisitAccount:
    """The account as the visit shows it (codes as stored; the UI turns them into words)."""

    id: str
    name: str
    short_name: str
    tier: str | None
    category: str | None
    lifecycle_class: str | None
    industry: str
    address: str
    deleted: bool


@dataclass(frozen=True)
class VisitDetail(VisitSummary):
    """Everything one visit shows: the summary fields and the rest.

    Attributes:
        account: the account's tier, category, class, industry and address.
        attendees: every attendee, a deleted contact flagged.
        checklist: the scenario's preparation steps with this visit's ticks.
        promises: made at this visit (done ones included), by due date.
        earlier_promises: open promises and follow-ups of the account made
            before this visit, by due date.
        updated_at: when the visit was last written.
    """

    account: VisitAccount | None = None
    attendees: tuple[Attendee, ...] = ()
    notes: str = ""
    needs_found: str = ""
    objections: str = ""
    outcome: str = ""
    next_steps: str = ""
    satisfaction: int | None = None
    checklist: tuple[ChecklistItem, ...] = ()
    promises: tuple[Promise, ...] = ()
    earlier_promises: tuple[Promise, ...] = ()
    updated_at: datetime | None = None


@dataclass(frozen=True)
class VisitSaved(Changed):
    """What a visit write changed: a :class:`Changed` that names the visit."""

    visit_id: str = ""
    task_id: str | None = None


# --- checklists ----------------------------------------------------------------------


@dataclass(frozen=True)
class Checklists:
    """The preparation checklists: each scenario's items, with their texts by language."""

    version: str
    #: scenario -> ((item id, {language: text}), ...): the common items first
    items: Mapping[str, tuple[tuple[str, Mapping[str, str]], ...]] = field(default_factory=dict)

    def for_scenario(self, scenario: str, language: str) -> tuple[ChecklistItem, ...]:
        """The scenario's items in ``language`` (English when it has none), unticked."""
        return tuple(
            ChecklistItem(item_id, texts.get(language) or texts["en"])
            for item_id, texts in self.items.get(scenario, ())
        )


def _file_error(source: str, where: str, reason: str) -> InvalidInput:
    return InvalidInput(f"{source}: {where}" if where else source, reason)


def _read_items(source: str, where: str, value: object, seen: set[str]) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise _file_error(source, where, translate("visits", "expected a list of items"))
    items = []
    for index, item in enumerate(value):
        here = f"{where}[{index}]"
        if not isinstance(item, dict):
            raise _file_error(
                source, here, translate("visits", "expected an item with an id and its texts")
            )
        item_id = item.get("id")
        if not isinstance(item_id, str) or not _ITEM_ID.match(item_id):
            raise _file_error(
                source,
                f"{here}.id",
                translate("visits", "an item needs an id of lower-case letters, digits and _"),
            )
        if item_id in seen:
            raise _file_error(
                source,
                f"{here}.id",
                translate("visits", "the id %1 is used twice").replace("%1", item_id),
            )
        seen.add(item_id)
        texts: dict[str, str] = {}
        for language in LANGUAGES:
            text = item.get(language)
            if not isinstance(text, str) or not text.strip():
                raise _file_error(
                    source,
                    f"{here}.{language}",
                    translate("visits", "the item has no text in %1").replace("%1", language),
                )
            texts[language] = " ".join(text.split())
        items.append((item_id, texts))
    return items


def parse_checklists(data: object, source: str = "visit_preparation.json") -> Checklists:
    """Checks and reads the checklist file's content.

    Raises:
        InvalidInput: what is wrong and where (``source: scenarios.referral[1].en``).
    """
    if not isinstance(data, dict):
        raise _file_error(source, "", translate("visits", "the checklist file holds no object"))
    version = data.get("version")
    if not isinstance(version, str | int) or not str(version).strip():
        raise _file_error(source, "version", translate("visits", "the file has no version"))
    seen: set[str] = set()
    common = _read_items(source, "common", data.get("common"), seen)
    scenarios = data.get("scenarios")
    if not isinstance(scenarios, dict):
        raise _file_error(
            source, "scenarios", translate("visits", "expected the items of each scenario")
        )
    unknown = sorted(set(scenarios) - set(SCENARIOS))
    if unknown:
        raise _file_error(
            source,
            f"scenarios.{unknown[0]}",
            translate("visits", "unknown scenario %1").replace("%1", unknown[0]),
        )
    items: dict[str, tuple[tuple[str, Mapping[str, str]], ...]] = {}
    for scenario in SCENARIOS:
        if scenario not in scenarios:
            raise _file_error(
                source,
                "scenarios",
                translate("visits", "the scenario %1 has no items").replace("%1", scenario),
            )
        own = _read_items(source, f"scenarios.{scenario}", scenarios[scenario], seen)
        items[scenario] = tuple(common + own)
    return Checklists(str(version).strip(), items)


def load_checklists(path: Path) -> Checklists:
    """Reads a checklist file.

    Raises:
        InvalidInput: the file cannot be read, is no JSON, or its content is wrong.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise _file_error(
            str(path),
            "",
            translate("visits", "cannot read the file (%1)").replace("%1", str(error)),
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _file_error(
            str(path),
            "",
            translate("visits", "the file is not JSON (%1)").replace("%1", str(error)),
        ) from None
    return parse_checklists(data, str(path))


@cache
def shipped_checklists() -> Checklists:
    """The checklists shipped in ``resources/`` (read once)."""
    from kamdesk.paths import resources_dir

    return load_checklists(resources_dir().joinpath(*CHECKLIST_RESOURCE))


def content_language(language: str | None = None) -> str:
    """``language``, or the language messages are shown in now (zh_CN or en)."""
    if language in LANGUAGES:
        return language  # type: ignore[return-value]
    # The zh_CN catalogue translates this code to "zh_CN": the language installed now.
    shown = translate("visits", "en", "the code of this language: zh_CN or en")
    return shown if shown in LANGUAGES else "en"


def checklist_items(scenario: str, language: str | None = None) -> tuple[ChecklistItem, ...]:
    """The preparation steps of ``scenario`` (an unknown one: the common steps), unticked.

    Args:
        language: ``zh_CN`` or ``en``; ``None`` is the language messages are shown in.
    """
    lists = shipped_checklists()
    language = content_language(language)
    if scenario not in lists.items:
        scenario = "existing_client"
    return lists.for_scenario(scenario, language)


def _ticks(checklist: Mapping[str, Any] | None) -> dict[str, bool]:
    ticked = (checklist or {}).get("ticked")
    if not isinstance(ticked, dict):
        return {}
    return {str(k): True for k, v in ticked.items() if v is True}


# --- reading input -------------------------------------------------------------------


def _aware(moment: object) -> bool:
    return isinstance(moment, datetime) and moment.tzinfo is not None


def _as_typed(value: str) -> str:
    """A text as typed, made storable: NFC, no control characters or lone surrogates, CRLF as LF."""
    text = _SURROGATES.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


def _too_long(where: str, limit: int) -> InvalidInput:
    return InvalidInput(
        where,
        translate("visits", "This may have at most %1 characters.").replace("%1", str(limit)),
    )


def _read_plan(plan: VisitPlan, now: datetime) -> tuple[dict[str, Any], list[InvalidInput]]:
    """The values to store for ``plan`` and every field error (account and attendees unchecked)."""
    errors: list[InvalidInput] = []
    values: dict[str, Any] = {}
    if not isinstance(plan.account_id, str) or not plan.account_id.strip():
        errors.append(InvalidInput("account_id", translate("visits", "Choose the account.")))
    else:
        values["account_id"] = plan.account_id.strip()
    contact_ids: list[str] = []
    for contact_id in plan.contact_ids or ():
        wanted = contact_id.strip() if isinstance(contact_id, str) else ""
        if wanted and wanted not in contact_ids:
            contact_ids.append(wanted)
    if not contact_ids:
        errors.append(
            InvalidInput("contact_ids", translate("visits", "Choose at least one attendee."))
        )
    elif len(contact_ids) > MAX_ATTENDEES:
        errors.append(
            InvalidInput(
                "contact_ids",
                translate("visits", "A visit may have at most %1 attendees.").replace(
                    "%1", str(MAX_ATTENDEES)
                ),
            )
        )
    values["contact_ids"] = contact_ids
    start_ok = _aware(plan.start)
    if not start_ok:
        errors.append(InvalidInput("start", translate("visits", "Give the time the visit starts.")))
    elif abs(plan.start - now) > MAX_DISTANCE:
        errors.append(
            InvalidInput(
                "start",
                translate("visits", "The start is more than ten years away; check the year."),
            )
        )
    else:
        values["start"] = plan.start.astimezone(UTC)
    if plan.end is not None:
        if not _aware(plan.end):
            errors.append(
                InvalidInput("end", translate("visits", "The end needs a date and a time."))
            )
        elif start_ok and plan.end <= plan.start:
            errors.append(
                InvalidInput("end", translate("visits", "The visit must end after it starts."))
            )
        elif start_ok and plan.end - plan.start > MAX_VISIT_LENGTH:
            errors.append(
                InvalidInput("end", translate("visits", "A visit may last at most seven days."))
            )
        else:
            values["end"] = plan.end.astimezone(UTC)
    elif start_ok:
        values["end"] = (plan.start + DEFAULT_VISIT_LENGTH).astimezone(UTC)
    if plan.scenario not in SCENARIOS:
        errors.append(
            InvalidInput(
                "scenario",
                translate("visits", "%1 is not a visit scenario.").replace(
                    "%1", str(plan.scenario)
                ),
            )
        )
    else:
        values["scenario"] = plan.scenario
    if not isinstance(plan.place, str):
        errors.append(InvalidInput("place", translate("visits", "This is not text.")))
    else:
        place = " ".join(clean_text(_as_typed(plan.place)).split())
        if len(place) > MAX_PLACE_CHARS:
            errors.append(_too_long("place", MAX_PLACE_CHARS))
        else:
            values["place"] = place
    if not isinstance(plan.objectives, str):
        errors.append(InvalidInput("objectives", translate("visits", "This is not text.")))
    else:
        objectives = clean_text(_as_typed(plan.objectives))
        if len(objectives) > MAX_OBJECTIVES_CHARS:
            errors.append(_too_long("objectives", MAX_OBJECTIVES_CHARS))
        else:
            values["objectives"] = objectives
    return values, errors


def validate_visit_plan(plan: VisitPlan, now: datetime | None = None) -> list[InvalidInput]:
    """Every field error of ``plan`` (``where`` is the field's name); empty when it is right.

    Whether the account and the attendees exist is checked by :func:`plan_visit`.
    """
    return _read_plan(plan, now or utcnow())[1]


def _check_people(session: Session, values: Mapping[str, Any]) -> list[InvalidInput]:
    """The account is live and every attendee a live contact of it."""
    account = session.get(Account, values["account_id"])
    if account is None or account.deleted:
        return [
            InvalidInput(
                "account_id", translate("visits", "This account does not exist or was deleted.")
            )
        ]
    errors = []
    for contact_id in values["contact_ids"]:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted:
            errors.append(
                InvalidInput(
                    "contact_ids",
                    translate("visits", "The contact %1 does not exist or was deleted.").replace(
                        "%1", contact_id
                    ),
                )
            )
        elif contact.account_id != account.id:
            errors.append(
                InvalidInput(
                    "contact_ids",
                    translate("visits", "%1 is not a contact of %2.")
                    .replace("%1", contact.name)
                    .replace("%2", account.name),
                )
            )
    return errors


def _saved(visit: Visit, op: str, fields: frozenset[str], tasks: Sequence[str] = ()) -> VisitSaved:
    rows: list[tuple[str, tuple[str, ...]]] = []
    if op == OP_CREATED or fields:
        rows.append(("visit", (visit.id,)))
    if tasks:
        rows.append(("task", tuple(tasks)))
    wrote = bool(rows)
    return VisitSaved(
        entity="visit",
        op=op,
        ids=(visit.id,) if wrote else (),
        fields=fields,
        account_ids=(visit.account_id,) if wrote else (),
        list_changed=op in (OP_CREATED, OP_DELETED, OP_RESTORED) or bool(fields & _LISTED),
        rows=tuple(rows),
        visit_id=visit.id,
        task_id=tasks[0] if len(tasks) == 1 else None,
    )


def plan_visit(session: Session, plan: VisitPlan, now: datetime | None = None) -> VisitSaved:
    """Adds a planned visit, in the caller's unit of work.

    Overlapping visits are allowed (the dialog shows them: :func:`overlapping`).

    Raises:
        ValidationFailed: a field is wrong, the account is not live or an
            attendee is not a live contact of it; nothing was written.
    """
    values, errors = _read_plan(plan, now or utcnow())
    if not errors:
        errors = _check_people(session, values)
    if errors:
        raise ValidationFailed(errors)
    visit = Visit(status="planned", checklist={}, **values)
    session.add(visit)
    session.flush()
    given = frozenset(name for name, value in values.items() if value not in ("", None, []))
    return _saved(visit, OP_CREATED, given)


def update_visit_plan(
    session: Session, visit_id: str, plan: VisitPlan, now: datetime | None = None
) -> VisitSaved:
    """Replaces the planned fields of a visit; only changed values are written.

    Moving the visit to another account moves its promises along (a promise
    to a person of the old account then names no one).

    Raises:
        NotFound: no live visit has this id.
        ValidationFailed: as for :func:`plan_visit`; nothing was written.
    """
    visit = get_live(session, Visit, visit_id, "visit")
    values, errors = _read_plan(plan, now or utcnow())
    if not errors:
        errors = _check_people(session, values)
    if errors:
        raise ValidationFailed(errors)
    changed = set()
    for name, value in values.items():
        if getattr(visit, name) != value:
            setattr(visit, name, value)
            changed.add(name)
    tasks: list[str] = []
    if "account_id" in changed:
        for task in session.scalars(select(Task).where(Task.visit_id == visit.id)):
            task.account_id = visit.account_id
            if task.contact_id is not None:
                person = session.get(Contact, task.contact_id)
                if person is None or person.account_id != visit.account_id:
                    task.contact_id = None  # a promise to someone of the other account
            tasks.append(task.id)
    if changed:
        session.flush()
    return _saved(visit, OP_UPDATED, frozenset(changed), tasks)


# --- reading -------------------------------------------------------------------------


def _end_of(visit: Any) -> datetime:
    end: datetime | None = visit.end
    return end if end is not None else visit.start + DEFAULT_VISIT_LENGTH


def _overlap_candidates(
    session: Session, start: datetime, end: datetime, exclude: Sequence[str] = ()
) -> list[Any]:
    """Live, not cancelled visits whose ``[start, end)`` intersects ``[start, end)``."""
    statement = select(Visit.id, Visit.start, Visit.end).where(
        is_live(Visit),
        Visit.status != "cancelled",
        Visit.start < end,
        or_(
            Visit.end > start,
            and_(Visit.end.is_(None), Visit.start > start - DEFAULT_VISIT_LENGTH),
        ),
    )
    return [row for row in session.execute(statement) if row.id not in exclude]


def _summaries(session: Session, visits: Sequence[Visit]) -> list[VisitSummary]:
    """The summaries of ``visits`` (in that order), with names and overlaps read in batches."""
    if not visits:
        return []
    account_ids = {v.account_id for v in visits}
    names = dict(
        session.execute(select(Account.id, Account.name).where(Account.id.in_(account_ids))).all()
    )
    contact_ids = {c for v in visits for c in (v.contact_ids or ())}
    people: dict[str, str] = {}
    listed = sorted(contact_ids)
    for offset in range(0, len(listed), 500):
        people.update(
            session.execute(
                select(Contact.id, Contact.name).where(
                    Contact.id.in_(listed[offset : offset + 500]), is_live(Contact)
                )
            ).all()
        )
    # Overlaps: every live, not cancelled visit that meets the span of these, swept in order.
    low = min(v.start for v in visits)
    high = max(_end_of(v) for v in visits)
    candidates = sorted(
        ((row.start, _end_of(row), row.id) for row in _overlap_candidates(session, low, high)),
    )
    summaries = []
    for visit in visits:
        start, end = visit.start, _end_of(visit)
        overlaps = (
            tuple(
                other_id
                for other_start, other_end, other_id in candidates
                if other_id != visit.id and other_start < end and other_end > start
            )
            if visit.status != "cancelled"
            else ()
        )
        summaries.append(
            VisitSummary(
                id=visit.id,
                account_id=visit.account_id,
                account_name=names.get(visit.account_id, ""),
                start=start,
                end=end,
                place=visit.place,
                scenario=visit.scenario,
                status=visit.status,
                attendee_names=tuple(people[c] for c in (visit.contact_ids or ()) if c in people),
                objectives=visit.objectives,
                overlaps=overlaps,
            )
        )
    return summaries


def overlapping(
    session: Session, start: datetime, end: datetime, exclude_id: str | None = None
) -> list[VisitSummary]:
    """The live, not cancelled visits whose time intersects ``[start, end)``, by start.

    Args:
        exclude_id: the visit being edited, left out.
    """
    if not (_aware(start) and _aware(end)) or end <= start:
        return []
    ids = [row.id for row in _overlap_candidates(session, start, end, (exclude_id or "",))]
    if not ids:
        return []
    visits = list(session.scalars(select(Visit).where(Visit.id.in_(ids)).order_by(Visit.start)))
    return _summaries(session, visits)


def visits_between(session: Session, start: datetime, end: datetime) -> list[VisitSummary]:
    """The live visits (any status) starting in ``[start, end)``, by start."""
    visits = list(
        session.scalars(
            select(Visit)
            .where(is_live(Visit), Visit.start >= start, Visit.start < end)
            .order_by(Visit.start, Visit.id)
        )
    )
    return _summaries(session, visits)


def _promise(task: Task) -> Promise:
    return Promise(
        task_id=task.id,
        title=task.title,
        due=task.due,
        done=task.done,
        contact_id=task.contact_id,
        visit_id=task.visit_id,
        kind=task.kind,
    )


def earlier_promises(session: Session, visit: Visit) -> list[Promise]:
    """Open promises and follow-ups of the visit's account made before it, by due date.

    A promise belongs before this visit when it was made at a visit that
    started earlier; a follow-up not made at a visit, when it was created
    before this visit starts.
    """
    statement = (
        select(Task)
        .where(
            Task.account_id == visit.account_id,
            Task.done.is_(False),
            is_live(Task),
            Task.kind.in_(PROMISE_KINDS),
            or_(
                Task.visit_id.in_(
                    select(Visit.id).where(
                        Visit.account_id == visit.account_id,
                        Visit.start < visit.start,
                        Visit.id != visit.id,
                    )
                ),
                and_(Task.visit_id.is_(None), Task.created_at < visit.start),
            ),
        )
        .order_by(Task.due, Task.id)
    )
    return [_promise(task) for task in session.scalars(statement)]


def visit_detail(session: Session, visit_id: str, language: str | None = None) -> VisitDetail:
    """Everything one visit shows.

    Args:
        language: the checklist's language (``None``: the one messages are shown in).

    Raises:
        NotFound: no live visit has this id.
    """
    visit = get_live(session, Visit, visit_id, "visit")
    summary = _summaries(session, [visit])[0]
    account = session.get(Account, visit.account_id)
    people = {
        c.id: c
        for c in session.scalars(select(Contact).where(Contact.id.in_(visit.contact_ids or [])))
    }
    attendees = tuple(
        Attendee(
            contact_id=c,
            name=people[c].name,
            title=people[c].title,
            phones=tuple(people[c].phones or ()),
            deleted=people[c].deleted,
        )
        for c in (visit.contact_ids or ())
        if c in people
    )
    ticks = _ticks(visit.checklist)
    checklist = tuple(
        ChecklistItem(item.id, item.text, ticks.get(item.id, False))
        for item in checklist_items(visit.scenario, language)
    )
    promises = tuple(
        _promise(task)
        for task in session.scalars(
            select(Task).where(Task.visit_id == visit.id, is_live(Task)).order_by(Task.due, Task.id)
        )
    )
    values = {f: getattr(summary, f) for f in VisitSummary.__dataclass_fields__}
    return VisitDetail(
        **values,
        account=None
        if account is None
        else VisitAccount(
            id=account.id,
            name=account.name,
            short_name=account.short_name,
            tier=account.tier,
            category=account.category,
            lifecycle_class=account.lifecycle_class,
            industry=account.industry,
            address=account.address,
            deleted=account.deleted,
        ),
        attendees=attendees,
        notes=visit.notes,
        needs_found=visit.needs_found,
        objections=visit.objections,
        outcome=visit.outcome,
        next_steps=visit.next_steps,
        satisfaction=visit.satisfaction,
        checklist=checklist,
        promises=promises,
        earlier_promises=tuple(earlier_promises(session, visit)),
        updated_at=visit.updated_at,
    )


# --- the report ----------------------------------------------------------------------


def _read_report(changes: Mapping[str, Any]) -> tuple[dict[str, Any], list[InvalidInput]]:
    values: dict[str, Any] = {}
    errors: list[InvalidInput] = []
    for name, value in changes.items():
        if name not in REPORT_FIELDS:
            errors.append(
                InvalidInput(
                    str(name), translate("visits", "This is not a field of the visit report.")
                )
            )
        elif name == "satisfaction":
            low, high = SATISFACTION_RANGE
            if value is None:
                values[name] = None
            elif isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                errors.append(
                    InvalidInput(
                        name,
                        translate("visits", "Give a satisfaction from %1 to %2, or none.")
                        .replace("%1", str(low))
                        .replace("%2", str(high)),
                    )
                )
            else:
                values[name] = value
        elif name == "status":
            if value not in STATUSES:
                errors.append(
                    InvalidInput(
                        name,
                        translate("visits", "%1 is not a visit status.").replace("%1", str(value)),
                    )
                )
            else:
                values[name] = value
        elif not isinstance(value, str):
            errors.append(InvalidInput(name, translate("visits", "This is not text.")))
        else:
            # Certainly too long when four times over: spare the cleaning.
            text = value if len(value) > 4 * MAX_NOTE_BYTES else _as_typed(value)
            if len(text) > MAX_NOTE_BYTES or len(text.encode("utf-8", "replace")) > MAX_NOTE_BYTES:
                errors.append(
                    InvalidInput(name, translate("visits", "This text may be at most 1 MB long."))
                )
            else:
                values[name] = text
    return values, errors


def save_report(session: Session, visit_id: str, changes: Mapping[str, Any]) -> VisitSaved:
    """Writes the report fields in ``changes`` that differ from what is stored.

    Cheap enough for an autosave at every pause in typing: one read of the
    row, and nothing written (no flush, no outbox entry) when no value changed.

    Raises:
        NotFound: no live visit has this id.
        ValidationFailed: a field is unknown or its value wrong; nothing was written.
    """
    values, errors = _read_report(changes)
    if errors:
        raise ValidationFailed(errors)
    visit = get_live(session, Visit, visit_id, "visit")
    changed = set()
    for name, value in values.items():
        if getattr(visit, name) != value:
            setattr(visit, name, value)
            changed.add(name)
    if changed:
        session.flush()
    return _saved(visit, OP_UPDATED, frozenset(changed))


# --- the checklist -------------------------------------------------------------------


def tick(session: Session, visit_id: str, item_id: str, ticked: bool) -> VisitSaved:
    """Ticks (or unticks) a preparation step of the visit; a no-op when already so.

    Raises:
        NotFound: no live visit has this id.
        ValidationFailed: the scenario's checklist has no such item.
    """
    visit = get_live(session, Visit, visit_id, "visit")
    known = {item_id for item_id, _texts in shipped_checklists().items.get(visit.scenario, ())}
    if item_id not in known:
        raise ValidationFailed(
            [
                InvalidInput(
                    "checklist",
                    translate("visits", "%1 is not a step of this visit's checklist.").replace(
                        "%1", str(item_id)
                    ),
                )
            ]
        )
    ticks = _ticks(visit.checklist)
    if ticks.get(item_id, False) == bool(ticked):
        return _saved(visit, OP_UPDATED, frozenset())
    if ticked:
        ticks[item_id] = True
    else:
        ticks.pop(item_id, None)
    # A new dict: the JSON column sees a new value, and change capture records it.
    visit.checklist = {
        "version": shipped_checklists().version,
        "ticked": dict(sorted(ticks.items())),
    }
    session.flush()
    return _saved(visit, OP_UPDATED, frozenset({"checklist"}))


# --- promises ------------------------------------------------------------------------


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


#: "Leave this field as it is" for :func:`update_promise`.
UNSET: Final[Any] = _Unset()


def _promise_title(value: object, errors: list[InvalidInput]) -> str:
    if not isinstance(value, str):
        errors.append(InvalidInput("title", translate("visits", "This is not text.")))
        return ""
    title = " ".join(clean_text(_as_typed(value)).split())
    if not title:
        errors.append(InvalidInput("title", translate("visits", "Say what was promised.")))
    elif len(title) > MAX_PROMISE_CHARS:
        errors.append(_too_long("title", MAX_PROMISE_CHARS))
    return title


def _promise_due(value: object, errors: list[InvalidInput]) -> datetime | None:
    if not _aware(value):
        errors.append(InvalidInput("due", translate("visits", "Give the date the promise is due.")))
        return None
    assert isinstance(value, datetime)
    if abs(value - utcnow()) > MAX_DISTANCE:
        errors.append(
            InvalidInput(
                "due", translate("visits", "The date is more than ten years away; check the year.")
            )
        )
        return None
    return value.astimezone(UTC)


def _promise_contact(
    session: Session, account_id: str, contact_id: object, errors: list[InvalidInput]
) -> str | None:
    if contact_id is None or contact_id == "":
        return None
    contact = session.get(Contact, contact_id) if isinstance(contact_id, str) else None
    if contact is None or contact.deleted or contact.account_id != account_id:
        errors.append(
            InvalidInput(
                "contact_id",
                translate("visits", "The promise must be to a contact of this account."),
            )
        )
        return None
    return contact.id


def add_promise(
    session: Session,
    visit_id: str,
    title: str,
    due: datetime,
    contact_id: str | None = None,
) -> VisitSaved:
    """Records a promise made at the visit: a follow-up task due at ``due``.

    Raises:
        NotFound: no live visit has this id.
        ValidationFailed: the title is empty or too long, ``due`` is no aware
            time, or ``contact_id`` is not a live contact of the account.
    """
    visit = get_live(session, Visit, visit_id, "visit")
    errors: list[InvalidInput] = []
    text = _promise_title(title, errors)
    when = _promise_due(due, errors)
    person = _promise_contact(session, visit.account_id, contact_id, errors)
    if errors or when is None:
        raise ValidationFailed(errors)
    task = Task(
        account_id=visit.account_id,
        contact_id=person,
        visit_id=visit.id,
        kind="promise",
        title=text,
        due=when,
        done=False,
    )
    session.add(task)
    session.flush()
    return VisitSaved(
        entity="task",
        op=OP_CREATED,
        ids=(task.id,),
        fields=frozenset({"title", "due"} | ({"contact_id"} if person else set())),
        account_ids=(visit.account_id,),
        list_changed=True,
        rows=(("task", (task.id,)),),
        visit_id=visit.id,
        task_id=task.id,
    )


def update_promise(
    session: Session,
    task_id: str,
    *,
    title: Any = UNSET,
    due: Any = UNSET,
    done: Any = UNSET,
    contact_id: Any = UNSET,
    now: datetime | None = None,
) -> VisitSaved:
    """Changes a promise's title, due date, person or done flag; only changed values are written.

    Raises:
        NotFound: no live task has this id.
        ValidationFailed: a value is wrong; nothing was written.
    """
    task = get_live(session, Task, task_id, "task")
    errors: list[InvalidInput] = []
    values: dict[str, Any] = {}
    if title is not UNSET:
        values["title"] = _promise_title(title, errors)
    if due is not UNSET:
        values["due"] = _promise_due(due, errors)
    if contact_id is not UNSET:
        values["contact_id"] = _promise_contact(session, task.account_id, contact_id, errors)
    if done is not UNSET:
        if not isinstance(done, bool):
            errors.append(InvalidInput("done", translate("visits", "Answer yes or no.")))
        else:
            values["done"] = done
    if errors:
        raise ValidationFailed(errors)
    changed = set()
    for name, value in values.items():
        if getattr(task, name) != value:
            setattr(task, name, value)
            changed.add(name)
    if "done" in changed:
        task.done_at = (now or utcnow()) if task.done else None
    if changed:
        session.flush()
    return VisitSaved(
        entity="task",
        op=OP_UPDATED,
        ids=(task.id,) if changed else (),
        fields=frozenset(changed),
        account_ids=(task.account_id,) if changed else (),
        list_changed=bool(changed & {"done", "due"}),
        rows=(("task", (task.id,)),) if changed else (),
        visit_id=task.visit_id or "",
        task_id=task.id,
    )


def delete_promise(session: Session, task_id: str) -> VisitSaved:
    """Tombstones a promise.

    Raises:
        NotFound: no live task has this id.
    """
    task = get_live(session, Task, task_id, "task")
    task.deleted = True
    session.flush()
    return VisitSaved(
        entity="task",
        op=OP_DELETED,
        ids=(task.id,),
        account_ids=(task.account_id,),
        list_changed=True,
        rows=(("task", (task.id,)),),
        visit_id=task.visit_id or "",
        task_id=task.id,
    )


# --- deleting ------------------------------------------------------------------------


def delete_visit(session: Session, visit_id: str) -> VisitSaved:
    """Tombstones the visit and its live promises (tasks made at it).

    The result's ``rows`` list exactly what was tombstoned; give it to
    :func:`restore_visit` to bring back exactly those.

    Raises:
        NotFound: no live visit has this id.
    """
    visit = get_live(session, Visit, visit_id, "visit")
    visit.deleted = True
    tasks = list(session.scalars(select(Task).where(Task.visit_id == visit.id, is_live(Task))))
    for task in tasks:
        task.deleted = True
    session.flush()
    rows: list[tuple[str, tuple[str, ...]]] = [("visit", (visit.id,))]
    if tasks:
        rows.append(("task", tuple(sorted(task.id for task in tasks))))
    return VisitSaved(
        entity="visit",
        op=OP_DELETED,
        ids=(visit.id,),
        fields=frozenset({"deleted"}),
        account_ids=(visit.account_id,),
        list_changed=True,
        rows=tuple(rows),
        visit_id=visit.id,
    )


def restore_visit(session: Session, visit_id: str, deleted: Changed | None = None) -> VisitSaved:
    """Brings a deleted visit back with its promises.

    Args:
        deleted: what :func:`delete_visit` returned: exactly the promises it
            tombstoned come back. Without it, the promises tombstoned in the
            same write as the visit come back, and one deleted on its own
            earlier stays deleted.

    Raises:
        NotFound: the visit does not exist, or its account was deleted.
    """
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"visit {visit_id}")
    get_live(session, Account, visit.account_id, "account")
    restored_tasks: list[str] = []
    if deleted is not None:
        wanted = set(dict(deleted.rows).get("task", ()))
        tasks = [session.get(Task, task_id) for task_id in sorted(wanted)]
    else:
        # Tombstoned in the same flush as the visit: written within moments of it.
        since = visit.updated_at - timedelta(seconds=2)
        tasks = (
            list(
                session.scalars(
                    select(Task).where(
                        Task.visit_id == visit.id, Task.deleted.is_(True), Task.updated_at >= since
                    )
                )
            )
            if visit.deleted
            else []
        )
    was_deleted = visit.deleted
    visit.deleted = False
    for task in tasks:
        if task is not None and task.deleted and task.visit_id == visit.id:
            task.deleted = False
            restored_tasks.append(task.id)
    session.flush()
    rows: list[tuple[str, tuple[str, ...]]] = []
    if was_deleted:
        rows.append(("visit", (visit.id,)))
    if restored_tasks:
        rows.append(("task", tuple(restored_tasks)))
    return VisitSaved(
        entity="visit",
        op=OP_RESTORED,
        ids=(visit.id,) if was_deleted else (),
        fields=frozenset({"deleted"}) if was_deleted else frozenset(),
        account_ids=(visit.account_id,) if rows else (),
        list_changed=bool(rows),
        rows=tuple(rows),
        visit_id=visit.id,
    )


# --- naming things on the command line -----------------------------------------------


def _listed(rows: Sequence[tuple[str, str]]) -> str:
    return "; ".join(f"{name} [{row_id}]" for row_id, name in rows[:5])


def find_account(session: Session, reference: str) -> Account:
    """The live account named by its id, or by its unambiguous name or short name.

    Raises:
        NotFound: no live account has that id or name.
        InvalidInput: several accounts have that name; the message lists them with their ids.
    """
    wanted = unicodedata.normalize("NFKC", reference).strip()
    account = session.get(Account, wanted) if wanted else None
    if account is not None and not account.deleted:
        return account
    matches = list(
        session.scalars(
            select(Account)
            .where(or_(Account.name == wanted, Account.short_name == wanted), is_live(Account))
            .order_by(Account.id)
            .limit(6)
        )
    )
    exact = [m for m in matches if m.name == wanted]
    if len(exact) == 1 or len(matches) == 1:
        return exact[0] if len(exact) == 1 else matches[0]
    if not matches:
        raise NotFound(translate("visits", "account %1").replace("%1", reference))
    raise InvalidInput(
        reference,
        translate("visits", "several accounts have this name, name one by its id: %1").replace(
            "%1", _listed([(m.id, m.name) for m in matches])
        ),
    )


def find_attendee(session: Session, account_id: str, reference: str) -> Contact:
    """The live contact of the account named by its id or its unambiguous name there.

    Raises:
        NotFound: the account has no live contact with that id or name.
        InvalidInput: several of its contacts have that name.
    """
    wanted = unicodedata.normalize("NFKC", reference).strip()
    contact = session.get(Contact, wanted) if wanted else None
    if contact is not None and not contact.deleted and contact.account_id == account_id:
        return contact
    matches = list(
        session.scalars(
            select(Contact)
            .where(Contact.account_id == account_id, Contact.name == wanted, is_live(Contact))
            .order_by(Contact.id)
            .limit(6)
        )
    )
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(translate("visits", "contact %1 of this account").replace("%1", reference))
    raise InvalidInput(
        reference,
        translate("visits", "several contacts have this name, name one by its id: %1").replace(
            "%1", _listed([(m.id, m.name) for m in matches])
        ),
    )


def find_visit(session: Session, reference: str) -> str:
    """The id of the live visit named by its id or an unambiguous beginning of it.

    Raises:
        NotFound: no live visit's id is or begins with ``reference``.
        InvalidInput: several visits' ids begin with it.
    """
    wanted = reference.strip().lower()
    if not wanted:
        raise NotFound(translate("visits", "visit %1").replace("%1", reference))
    visit = session.get(Visit, wanted)
    if visit is not None and not visit.deleted:
        return visit.id
    # Ids are lower-case hex with dashes: a prefix needs no escaping once checked.
    if not re.fullmatch(r"[0-9a-f-]+", wanted):
        raise NotFound(translate("visits", "visit %1").replace("%1", reference))
    ids = list(
        session.scalars(
            select(Visit.id).where(Visit.id.startswith(wanted), is_live(Visit)).limit(6)
        )
    )
    if not ids:
        raise NotFound(translate("visits", "visit %1").replace("%1", reference))
    if len(ids) > 1:
        raise InvalidInput(
            reference,
            translate("visits", "several visits begin with this id: %1").replace(
                "%1", ", ".join(ids[:5])
            ),
        )
    return ids[0]


def short_ids(session: Session, ids: Sequence[str], shortest: int = 8) -> dict[str, str]:
    """For each visit id, its shortest beginning (at least ``shortest`` characters) that
    no other live visit's id shares, to print where a rep can type it back (``kamdesk
    visit show``). Ids made in the same moment share a long beginning (they start with
    the time), so a fixed cut would name several visits at once."""
    shown: dict[str, str] = {}
    for visit_id in ids:
        shared = 0
        for neighbour in (
            select(Visit.id)
            .where(Visit.id < visit_id, is_live(Visit))
            .order_by(Visit.id.desc())
            .limit(1),
            select(Visit.id).where(Visit.id > visit_id, is_live(Visit)).order_by(Visit.id).limit(1),
        ):
            other = session.scalar(neighbour)
            if other is not None:
                common = 0
                for mine, theirs in zip(visit_id, other, strict=False):
                    if mine != theirs:
                        break
                    common += 1
                shared = max(shared, common)
        length = max(shortest, shared + 1)
        if visit_id[length - 1 : length] == "-":
            length += 1  # not ending on a dash
        shown[visit_id] = visit_id[:length]
    return shown

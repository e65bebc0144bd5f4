"""Sync conflicts in the rep's words, for the Conflicts dialog and ``kamdesk conflicts``.

A :class:`~kamdesk.sync.status.ConflictView` holds codes: the entity
(``account``), the field (``region``, or ``_row``/``*`` for a whole record),
the kind (``overwrite``) and the values as the sync layer stores them (JSON:
ISO 8601 moments, enum codes, ids, lists, dicts). This module turns them into
words, with no Qt, so the window and the command line say the same thing:

* :func:`entity_label`, :func:`field_label`, :func:`kind_label`,
  :func:`reason_label`, :func:`resolution_label`;
* :func:`value_text`: a value as the rep reads it (local time without the
  ISO ``T``/``Z``, yes/no, codes in words, lists joined, a whole record as
  "Field: value; ...", a record that is gone as "(deleted)");
* :func:`record_names` reads, in one query per entity, the names of the
  records a list of conflicts refers to (an account's name rather than its id);
* :func:`describe_conflict` puts it together as a :class:`ConflictText`.

Messages use the context ``ConflictsDialog`` (the dialog's own ``tr()``
context, so its translations carry over) and, for the words of codes the app
already shows elsewhere, the context and text used there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from kamdesk.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.sync.status import ConflictView

#: The field names that stand for the whole record.
WHOLE_RECORD = frozenset({"_row", "*"})

#: Fields holding moments (ISO 8601 in JSON, UTC): shown in local time.
_MOMENTS = frozenset({"created_at", "start", "end", "called_at", "due", "done_at"})

#: Fields that refer to another record by id, and the entity they refer to.
_REFERENCES: Mapping[str, str] = {
    "account_id": "account",
    "contact_id": "contact",
    "contact_ids": "contact",
    "visit_id": "visit",
    "call_id": "call",
}

#: The column that names a record of each entity (for :func:`record_names`).
_NAME_COLUMNS: Mapping[str, str] = {
    "account": "name",
    "contact": "name",
    "visit": "start",
    "call": "called_at",
    "task": "title",
    "special_date": "label",
    "score": "criterion",
}

#: Bookkeeping left out when a whole record is listed.
_NOT_LISTED = frozenset({"created_at"})


def entity_label(entity: str) -> str:
    """The kind of record (客户, 联系人…); unknown codes as they are."""
    words = {
        "account": translate("ConflictsDialog", "Account"),
        "contact": translate("ConflictsDialog", "Contact"),
        "visit": translate("ConflictsDialog", "Visit"),
        "call": translate("ConflictsDialog", "Call"),
        "task": translate("ConflictsDialog", "Task"),
        "special_date": translate("ConflictsDialog", "Special date"),
        "score": translate("ConflictsDialog", "Score"),
    }
    return words.get(entity, entity)


def _common_field_labels() -> dict[str, str]:
    return {
        "_row": translate("ConflictsDialog", "(the whole record)"),
        "*": translate("ConflictsDialog", "(the whole record)"),
        "account_id": translate("ConflictsDialog", "Account"),
        "contact_id": translate("ConflictsDialog", "Contact"),
        "visit_id": translate("ConflictsDialog", "Visit"),
        "call_id": translate("ConflictsDialog", "Call"),
        "name": translate("ConflictsDialog", "Name"),
        "notes": translate("ConflictsDialog", "Notes"),
        "phones": translate("ConflictsDialog", "Phones"),
        "work_start": translate("ConflictsDialog", "Work starts"),
        "work_end": translate("ConflictsDialog", "Work ends"),
        "lunch_start": translate("ConflictsDialog", "Lunch break starts"),
        "lunch_end": translate("ConflictsDialog", "Lunch break ends"),
        "deleted": translate("ConflictsDialog", "Deleted"),
        "created_at": translate("ConflictsDialog", "Created"),
    }


def _account_field_labels() -> dict[str, str]:
    return {
        "owner_id": translate("ConflictsDialog", "Owner"),
        "shared_with": translate("ConflictsDialog", "Shared with"),
        "short_name": translate("ConflictsDialog", "Short name"),
        "industry": translate("ConflictsDialog", "Industry"),
        "region": translate("ConflictsDialog", "Region"),
        "address": translate("ConflictsDialog", "Address"),
        "website": translate("ConflictsDialog", "Website"),
        "category": translate("ConflictsDialog", "Category"),
        "lifecycle_class": translate("ConflictsDialog", "Class"),
        "tier": translate("ConflictsDialog", "Tier"),
        "score": translate("ConflictsDialog", "Score"),
        "milestone": translate("ConflictsDialog", "Milestone"),
        "source": translate("ConflictsDialog", "Source"),
        "background": translate("ConflictsDialog", "Background"),
        "organisation_notes": translate("ConflictsDialog", "Organisation"),
        "biggest_project": translate("ConflictsDialog", "Biggest project"),
        "competitors": translate("ConflictsDialog", "Competitors"),
        "contact_interval_days": translate("ConflictsDialog", "Contact every (days)"),
    }


def _contact_field_labels() -> dict[str, str]:
    return {
        "title": translate("ConflictsDialog", "Title"),
        "department": translate("ConflictsDialog", "Department"),
        "decision_role": translate("ConflictsDialog", "Role in decisions"),
        "email": translate("ConflictsDialog", "Email"),
        "timezone": translate("ConflictsDialog", "Time zone"),
        "habitual_times": translate("ConflictsDialog", "Usual call times"),
        "known_to_rep": translate("ConflictsDialog", "Knows you"),
        "personality": translate("ConflictsDialog", "Personality"),
        "personality_assessment": translate("ConflictsDialog", "Personality assessment"),
        "keep_local": translate("ConflictsDialog", "Personality notes kept on this laptop"),
        "birthday": translate("ConflictsDialog", "Birthday"),
        "birthday_calendar": translate("ConflictsDialog", "Birthday calendar"),
        "birthday_leap_month": translate("ConflictsDialog", "Birthday in a leap month"),
    }


def _visit_field_labels() -> dict[str, str]:
    return {
        "contact_ids": translate("ConflictsDialog", "Attendees"),
        "start": translate("ConflictsDialog", "Starts"),
        "end": translate("ConflictsDialog", "Ends"),
        "place": translate("ConflictsDialog", "Place"),
        "scenario": translate("ConflictsDialog", "Kind of visit"),
        "objectives": translate("ConflictsDialog", "Objectives"),
        "checklist": translate("ConflictsDialog", "Preparation checklist"),
        "notes": translate("ConflictsDialog", "Visit notes"),
        "outcome": translate("ConflictsDialog", "Outcome"),
        "needs_found": translate("ConflictsDialog", "Needs found"),
        "objections": translate("ConflictsDialog", "Objections met"),
        "next_steps": translate("ConflictsDialog", "Next steps"),
        "satisfaction": translate("ConflictsDialog", "Satisfaction"),
        "status": translate("ConflictsDialog", "Status"),
    }


def _call_field_labels() -> dict[str, str]:
    return {
        "called_at": translate("ConflictsDialog", "Called at"),
        "duration_seconds": translate("ConflictsDialog", "Length of the call"),
        "script_id": translate("ConflictsDialog", "Script"),
        "script_version": translate("ConflictsDialog", "Script version"),
        "step_notes": translate("ConflictsDialog", "Notes on the steps"),
        "outcome": translate("ConflictsDialog", "How the call ended"),
        "outcome_reason": translate("ConflictsDialog", "What they said"),
    }


def _task_field_labels() -> dict[str, str]:
    return {
        "kind": translate("ConflictsDialog", "Kind of follow-up"),
        "title": translate("ConflictsDialog", "What to do"),
        "due": translate("ConflictsDialog", "Due"),
        "done": translate("ConflictsDialog", "Done"),
        "done_at": translate("ConflictsDialog", "Done at"),
    }


def _special_date_field_labels() -> dict[str, str]:
    return {
        "kind": translate("ConflictsDialog", "Kind of date"),
        "calendar": translate("ConflictsDialog", "Calendar"),
        "year": translate("ConflictsDialog", "Year"),
        "month": translate("ConflictsDialog", "Month"),
        "day": translate("ConflictsDialog", "Day"),
        "leap_month": translate("ConflictsDialog", "Leap month"),
        "lead_days": translate("ConflictsDialog", "Remind days before"),
        "label": translate("ConflictsDialog", "What the date is"),
    }


def _score_field_labels() -> dict[str, str]:
    return {
        "criterion": translate("ConflictsDialog", "Criterion"),
        "weight": translate("ConflictsDialog", "Weight"),
        "value": translate("ConflictsDialog", "Points"),
    }


_ENTITY_FIELD_LABELS: Mapping[str, Callable[[], dict[str, str]]] = {
    "account": _account_field_labels,
    "contact": _contact_field_labels,
    "visit": _visit_field_labels,
    "call": _call_field_labels,
    "task": _task_field_labels,
    "special_date": _special_date_field_labels,
    "score": _score_field_labels,
}


def field_label(entity: str, field: str) -> str:
    """A field of a record of ``entity`` as the forms name it; unknown ones spelled out."""
    own = _ENTITY_FIELD_LABELS.get(entity)
    if own is not None:
        words = own()
        if field in words:
            return words[field]
    return _common_field_labels().get(field, field.replace("_", " "))


def kind_label(kind: str, mine_won: bool = False) -> str:
    """What happened: edited on both sides, deleted elsewhere, refused by the hub.

    ``mine_won``: this laptop's value is the current one; for an edit that lost to
    a delete, this laptop made the delete (the edit was made elsewhere).
    """
    if kind == "edit_on_deleted" and mine_won:
        return translate("ConflictsDialog", "Deleted here, but edited elsewhere")
    words = {
        "overwrite": translate("ConflictsDialog", "Edited on both sides"),
        "text_fork": translate("ConflictsDialog", "Text edited on both sides"),
        "edit_on_deleted": translate("ConflictsDialog", "Edited, but deleted elsewhere"),
        "rejected": translate("ConflictsDialog", "Refused by the hub"),
    }
    return words.get(kind, kind)


def reason_label(reason: str) -> str:
    """Why the hub refused a change; unknown reasons as the hub gave them."""
    words = {
        "not_visible": translate("ConflictsDialog", "you may not see this record"),
        "not_owner": translate("ConflictsDialog", "only the owner of the account may change this"),
        "not_found": translate("ConflictsDialog", "the hub does not have this record"),
        "unknown_account": translate("ConflictsDialog", "the hub does not know its account"),
        "invalid": translate("ConflictsDialog", "the hub found the change invalid"),
        "txn_rejected": translate(
            "ConflictsDialog", "another change saved together with it was refused"
        ),
    }
    return words.get(reason, reason)


def resolution_label(resolution: str) -> str:
    """How a conflict was resolved."""
    words = {
        "keep": translate("ConflictsDialog", "kept the current value"),
        "use_other": translate("ConflictsDialog", "used the other value"),
        "restore": translate("ConflictsDialog", "restored the record"),
    }
    return words.get(resolution, resolution)


# -- values ------------------------------------------------------------------------------


def moment_text(moment: datetime | date | str | None) -> str:
    """A moment in the rep's local time, as ``2026-11-27 14:30``; a date as ``2026-11-27``.

    Naive moments and ISO text without an offset are UTC, as the store keeps
    them. Text that is no ISO moment is returned as it is.
    """
    if moment is None:
        return ""
    if isinstance(moment, str):
        try:
            parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
        except ValueError:
            return moment
        if len(moment) <= 10:  # a date alone: no time, no zone to convert
            return parsed.date().isoformat()
        moment = parsed
    if not isinstance(moment, datetime):
        return moment.isoformat()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _empty() -> str:
    return translate("ConflictsDialog", "(empty)")


def _join(items: Iterable[str]) -> str:
    return translate("ConflictsDialog", ", ").join(items)


def _number(value: float) -> str:
    return f"{value:g}"


def _code_words(entity: str, field: str) -> Mapping[str, str] | None:
    """The words for the codes a field holds, in the wording the app shows them elsewhere."""
    if field == "category":
        return {
            "industry": translate("labels", "Industry"),
            "regional": translate("labels", "Regional"),
            "potential": translate("labels", "Potential"),
        }
    if field == "lifecycle_class":
        return {
            "loyal": translate("labels", "Loyal"),
            "fast_growing": translate("labels", "Fast-growing"),
            "sleeping": translate("labels", "Sleeping"),
            "worth_cultivating": translate("labels", "Worth cultivating"),
        }
    if field == "milestone":
        return {
            "planning": translate("labels", "Planning"),
            "relationship": translate("labels", "Building the relationship"),
            "initiation": translate("labels", "Project initiated"),
            "solution": translate("labels", "Solution and tender"),
            "contract": translate("labels", "Contract"),
            "delivery": translate("labels", "Delivery"),
        }
    if field == "source":
        return {
            "own": translate("labels", "Own prospecting"),
            "online": translate("labels", "Online"),
            "map": translate("labels", "Map"),
            "referral": translate("labels", "Referral"),
        }
    if field == "decision_role":
        return {
            "decision_maker": translate("labels", "Decision maker"),
            "influencer": translate("labels", "Influencer"),
            "user": translate("labels", "User"),
            "gatekeeper": translate("labels", "Gatekeeper"),
        }
    if field == "personality":
        return _personality_words()
    if field in ("calendar", "birthday_calendar"):
        return {
            "solar": translate("ConflictsDialog", "Solar calendar"),
            "lunar": translate("ConflictsDialog", "Lunar calendar"),
        }
    if field == "scenario":
        return {
            "cold_visit": translate("calls", "Cold visit"),
            "referral": translate("calls", "Referral"),
            "existing_client": translate("calls", "Existing client"),
            "client_visits_us": translate("calls", "Client comes to us"),
        }
    if entity == "visit" and field == "status":
        return {
            "planned": translate("VisitEditor", "Planned"),
            "done": translate("VisitEditor", "Done"),
            "cancelled": translate("VisitEditor", "Cancelled"),
        }
    if entity == "call" and field == "outcome":
        return {
            "appointment": translate("calls", "Appointment"),
            "call_back": translate("calls", "Call back"),
            "refused": translate("calls", "Not interested"),
            "no_answer": translate("calls", "No answer"),
        }
    if entity == "task" and field == "kind":
        return {
            "follow_up": translate("ConflictsDialog", "Follow-up"),
            "call_back": translate("ConflictsDialog", "Call back"),
            "promise": translate("ConflictsDialog", "Promise"),
            "retry": translate("ConflictsDialog", "Call again"),
        }
    return None


def _personality_words() -> dict[str, str]:
    return {
        "actor": translate("labels", "Actor"),
        "driver": translate("labels", "Driver"),
        "professor": translate("labels", "Professor"),
        "amiable": translate("labels", "Amiable"),
        "undecided": translate("ConflictsDialog", "Not decided"),
    }


def _step_words() -> dict[str, str]:
    return {
        "introduce": translate("phone_script", "Introduce yourself"),
        "benefit": translate("phone_script", "State the benefit"),
        "appointment": translate("phone_script", "Close with an appointment"),
    }


def _assessment_text(value: Mapping[str, Any]) -> str:
    override = value.get("override")
    style = override.get("style") if isinstance(override, Mapping) else None
    style = style or value.get("style")
    parts = [_personality_words().get(str(style), str(style))] if style else []
    confidence = value.get("confidence")
    if isinstance(confidence, int | float) and not isinstance(confidence, bool):
        percent = round(confidence * 100)
        parts.append(translate("ConflictsDialog", "confidence %1%").replace("%1", str(percent)))
    by = value.get("assessed_by")
    if by:
        parts.append(translate("ConflictsDialog", "assessed by %1").replace("%1", str(by)))
    at = value.get("assessed_at")
    if at:
        parts.append(moment_text(str(at)))
    return _join(parts) if parts else _empty()


def _checklist_text(value: Mapping[str, Any]) -> str:
    ticked_items = value.get("ticked")
    ticked = (
        sum(1 for on in ticked_items.values() if on) if isinstance(ticked_items, Mapping) else 0
    )
    return translate("ConflictsDialog", "%1 ticked").replace("%1", str(ticked))


def _duration_text(seconds: int) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return (
        translate("ConflictsDialog", "%1 min %2 s")
        .replace("%1", str(minutes))
        .replace("%2", f"{rest:02d}")
    )


def _reference_text(row_id: Any, names: Mapping[str, str]) -> str:
    text = str(row_id)
    return names.get(text) or text[:8]


def value_text(
    entity: str,
    field: str,
    value: Any,
    names: Mapping[str, str] | None = None,
    *,
    kind: str | None = None,
) -> str:
    """``value`` of ``entity``'s ``field`` as the rep reads it.

    Args:
        entity: the record's entity (``account``...).
        field: the field, or ``_row``/``*`` for the whole record.
        value: the value as the conflict log keeps it (JSON).
        names: the names of referred records by id (:func:`record_names`);
            an id without one shows as its first 8 characters.
        kind: the conflict's kind, which says what a missing whole record
            means: deleted, or (a refused change) not on the hub.
    """
    names = names or {}
    if field in WHOLE_RECORD:
        if value is None:
            if kind == "rejected":
                return translate("ConflictsDialog", "(not on the hub)")
            return translate("ConflictsDialog", "(deleted)")
        if isinstance(value, Mapping):
            return _record_text(entity, value, names)
    if value is None or value == "" or value == [] or value == {}:
        return _empty()
    if isinstance(value, bool):
        return translate("ConflictsDialog", "yes") if value else translate("ConflictsDialog", "no")
    if field in _REFERENCES:
        if isinstance(value, list):
            return _join(_reference_text(item, names) for item in value)
        return _reference_text(value, names)
    if field in _MOMENTS or isinstance(value, datetime | date):
        return moment_text(value)
    words = _code_words(entity, field)
    if words is not None and isinstance(value, str):
        return words.get(value, value)
    if field == "habitual_times" and isinstance(value, list):
        return _join(
            "–".join(str(end) for end in item) if isinstance(item, list) else str(item)
            for item in value
        )
    if field == "personality_assessment" and isinstance(value, Mapping):
        return _assessment_text(value)
    if field == "checklist" and isinstance(value, Mapping):
        return _checklist_text(value)
    if field == "step_notes" and isinstance(value, Mapping):
        steps = _step_words()
        return (
            translate("ConflictsDialog", "; ").join(
                translate("ConflictsDialog", "%1: %2")
                .replace("%1", steps.get(str(step), str(step)))
                .replace("%2", str(text))
                for step, text in value.items()
                if text
            )
            or _empty()
        )
    if field == "duration_seconds" and isinstance(value, int | float):
        return _duration_text(int(value))
    if field == "satisfaction" and isinstance(value, int | float):
        return translate("ConflictsDialog", "%1 of 5").replace("%1", _number(value))
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, Mapping):
        return _record_text(entity, value, names)
    if isinstance(value, list | tuple):
        return _join(str(item) for item in value)
    return str(value)


def _record_text(entity: str, values: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """A whole record (or the fields of a change) as "Field: value; ...", empty fields left out."""
    parts = []
    for name, value in values.items():
        if name in _NOT_LISTED or name in WHOLE_RECORD:
            continue
        if value is None or value == "" or value == [] or value == {}:
            continue
        if name == "deleted" and value is False:
            continue
        parts.append(
            translate("ConflictsDialog", "%1: %2")
            .replace("%1", field_label(entity, str(name)))
            .replace("%2", value_text(entity, str(name), value, names))
        )
    return translate("ConflictsDialog", "; ").join(parts) or _empty()


# -- names of the records referred to ----------------------------------------------------


def _references(entity: str, field: str, value: Any) -> Iterable[tuple[str, str]]:
    if field in WHOLE_RECORD and isinstance(value, Mapping):
        for name, item in value.items():
            yield from _references(entity, str(name), item)
    elif field in _REFERENCES and value:
        target = _REFERENCES[field]
        for item in value if isinstance(value, list) else [value]:
            yield target, str(item)


def record_names(session: Session, conflicts: Iterable[ConflictView]) -> dict[str, str]:
    """The names of the records ``conflicts`` are about or refer to, by id.

    A visit or a call is named by its local start time, a task by its title,
    and so on (``_NAME_COLUMNS``). One query per entity; deleted records are
    named too (a conflict may be about one).
    """
    from sqlalchemy import select

    from kamdesk.models.entities import SYNCED_MODELS

    wanted: dict[str, set[str]] = {}
    for view in conflicts:
        wanted.setdefault(view.entity, set()).add(view.row_id)
        for value in (view.current, view.other):
            for target, row_id in _references(view.entity, view.field, value):
                wanted.setdefault(target, set()).add(row_id)
    names: dict[str, str] = {}
    for entity, ids in wanted.items():
        model = SYNCED_MODELS.get(entity)
        column = _NAME_COLUMNS.get(entity)
        if model is None or column is None:
            continue
        chosen = sorted(ids)
        for start in range(0, len(chosen), 500):  # SQLite's limit on bound parameters
            chunk = chosen[start : start + 500]
            query = select(model.id, getattr(model, column)).where(model.id.in_(chunk))
            for row_id, name in session.execute(query):
                if name is None or name == "":
                    continue
                text = moment_text(name) if isinstance(name, datetime) else str(name)
                names[str(row_id)] = text
    return names


# -- a conflict as a whole ---------------------------------------------------------------


@dataclass(frozen=True)
class ConflictText:
    """One conflict in words: what each column of the dialog and line of the CLI says."""

    #: "Contact: 王伟" (the kind of record and its name)
    record: str
    field: str
    kind: str
    #: the value the record holds now
    current: str
    #: the value that did not win (or the change the hub refused)
    other: str
    #: the other rep's user name, or "this computer" when the hub did not say
    who: str
    #: when the conflict was found, in local time
    when: str
    #: "li (current value), 2026-11-27 14:30": the other rep, which value they made, when
    who_when: str
    #: why the hub refused the change ("" when it did not)
    reason: str
    #: when and how it was resolved ("" while open)
    resolved: str


#: Kinds where each value was made on one side: this laptop's and the other rep's.
_BOTH_SIDES = frozenset({"overwrite", "text_fork", "edit_on_deleted"})


def describe_conflict(view: ConflictView, names: Mapping[str, str] | None = None) -> ConflictText:
    """``view`` in words; ``names`` from :func:`record_names` (ids show shortened without)."""
    names = names or {}
    kind = entity_label(view.entity)
    label = view.label or names.get(view.row_id, "")
    record = (
        translate("ConflictsDialog", "%1: %2").replace("%1", kind).replace("%2", label)
        if label
        else kind
    )
    who = view.other_user or translate("ConflictsDialog", "this computer")
    when = moment_text(view.detected_at)
    author = who
    if view.other_user and view.kind in _BOTH_SIDES:
        # Which of the two values the other rep made: theirs lost when this
        # laptop's won, else theirs is the one the record holds now.
        whose = (
            translate("ConflictsDialog", "other value")
            if view.mine_won
            else translate("ConflictsDialog", "current value")
        )
        author = translate("ConflictsDialog", "%1 (%2)").replace("%1", who).replace("%2", whose)
    resolved = ""
    if view.resolved_at is not None:
        resolved = moment_text(view.resolved_at)
        if view.resolution:
            resolved = (
                translate("ConflictsDialog", "%1, %2")
                .replace("%1", resolved)
                .replace("%2", resolution_label(view.resolution))
            )
    return ConflictText(
        record=record,
        field=field_label(view.entity, view.field),
        kind=kind_label(view.kind, view.mine_won),
        current=value_text(view.entity, view.field, view.current, names, kind=view.kind),
        other=value_text(view.entity, view.field, view.other, names, kind=view.kind),
        who=who,
        when=when,
        who_when=translate("ConflictsDialog", "%1, %2").replace("%1", author).replace("%2", when),
        reason=reason_label(view.reason) if view.reason else "",
        resolved=resolved,
    )

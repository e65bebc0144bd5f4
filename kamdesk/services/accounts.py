"""Accounts: the services behind the accounts view and its dialogs (issue 3).

Writing
    :class:`AccountInput` carries what the account dialog or an import row
    gives, as text. :func:`validate_account` reads every field and returns
    *all* the field errors at once (each an :class:`InvalidInput` whose
    ``where`` is the field's name), so the dialog can show each beside its
    field; :func:`create_account` and :func:`update_account` raise
    :class:`ValidationFailed` with the same errors and write nothing when any
    field is wrong. A mutation returns :class:`Changed`: what it changed and
    which accounts' rows and details need refreshing.

Deleting, with Undo
    :func:`deletion_impact` counts what a deletion would take along;
    :func:`delete_account` tombstones the account and every live child row
    (contacts, visits, calls, tasks, special dates, scores) and returns a
    :class:`DeletionReceipt` that lists exactly those rows;
    :func:`undo_deletion` brings back exactly those rows, so a child that was
    deleted before the account stays deleted.

Reading for the view
    :func:`account_ids` (filtered by :class:`AccountFilter`, sorted by any of
    :data:`SORT_KEYS`), :func:`account_rows` for the rows being painted,
    :func:`filter_options` and :func:`account_detail`. SQLite cannot sort by
    pinyin, so :func:`account_ids` keeps, per database, the order of every
    account by each sort key once computed, and only filters it on later
    calls; any write this process makes to a column an order depends on
    drops it (see "sorting" below). Indexes of migration 0004 serve the
    filters, the last visit and the next action.

Limits (what input is accepted)
    Names, short names, industry, region, titles, departments: one line, at
    most :data:`MAX_NAME_CHARS` characters. Address and website: one line, at
    most :data:`MAX_LINE_CHARS`. Background, organisation notes, biggest
    project, competitors and notes: several lines, at most
    :data:`MAX_NOTE_BYTES` (1 MiB of UTF-8), so a pasted 1 MB document is
    kept. Phone fields: at most :data:`MAX_PHONE_TEXT_CHARS` characters of
    text. Every text is NFC-normalised and trimmed; control characters
    (tabs and line breaks excepted in notes) and unpaired surrogates are
    removed; one-line fields have their whitespace collapsed. Characters
    outside the BMP (emoji, CJK extension B) are ordinary text. Two accounts
    may have the same name: :func:`similar_accounts` lets the dialog warn.

Enumerated fields are stored as the stable codes of :data:`CODES`; the UI
turns them into words.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from functools import cache
from typing import Any, Final, TypeVar

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Engine,
    Select,
    String,
    bindparam,
    event,
    false,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from kamdesk.errors import InvalidInput, KamdeskError, NotFound
from kamdesk.i18n import translate
from kamdesk.models import Account, Call, Contact, Score, SpecialDate, Task, Visit
from kamdesk.models.base import SyncedMixin
from kamdesk.models.search_index import DOCS_TABLE, sort_text
from kamdesk.services.validation import (
    Birthday,
    TimeRange,
    clean_text,
    format_phone,
    normalise_phones,
    parse_time_range,
    required_name,
)

T = TypeVar("T")

# --- codes ---------------------------------------------------------------------------

#: Every enumerated field and its codes, in the order the manual lists them (and
#: the order the table sorts them in). The one place that lists them.
CODES: Final[Mapping[str, tuple[str, ...]]] = {
    #: 行业大客户, 区域大客户, 潜力大客户
    "category": ("industry", "regional", "potential"),
    #: 忠诚型, 快速增长型, 睡眠型, 值得培养
    "lifecycle_class": ("loyal", "fast_growing", "sleeping", "worth_cultivating"),
    "tier": ("A", "B", "C"),
    #: the pipeline: 行业与客户规划 → 建立关系 → 项目立项 → 方案/招投标 → 签约 → 交付
    "milestone": ("planning", "relationship", "initiation", "solution", "contract", "delivery"),
    #: own prospecting, online, map, referral
    "source": ("own", "online", "map", "referral"),
    "decision_role": ("decision_maker", "influencer", "user", "gatekeeper"),
    #: 演员型, 结果型, 教授型, 老好人
    "personality": ("actor", "driver", "professor", "amiable"),
}

# --- limits --------------------------------------------------------------------------

#: One-line names (account, short name, industry, region, contact, title, department).
MAX_NAME_CHARS: Final = 200
#: Other one-line fields (address, website).
MAX_LINE_CHARS: Final = 1000
#: Several-line texts (background, notes...): 1 MiB once encoded as UTF-8.
MAX_NOTE_BYTES: Final = 1024 * 1024
#: The text of a phone field (several numbers separated by ``;``).
MAX_PHONE_TEXT_CHARS: Final = 1000
#: An e-mail address (RFC 5321's limit).
MAX_EMAIL_CHARS: Final = 254
#: ``contact_interval_days``: from one day to ten years.
MAX_INTERVAL_DAYS: Final = 3650

#: The entities a deletion can touch, by their sync names.
ACCOUNT_CHILDREN: Final[tuple[type[SyncedMixin], ...]] = (
    Contact,
    Visit,
    Call,
    Task,
    SpecialDate,
    Score,
)

OP_CREATED: Final = "created"
OP_UPDATED: Final = "updated"
OP_DELETED: Final = "deleted"
OP_RESTORED: Final = "restored"


# --- errors and results --------------------------------------------------------------


class ValidationFailed(KamdeskError):
    """One or more fields of an input are wrong; nothing was written.

    Attributes:
        errors: one :class:`InvalidInput` per wrong field (``where`` is the
            field's name), in the input's field order.
    """

    def __init__(self, errors: Sequence[InvalidInput]) -> None:
        self.errors: tuple[InvalidInput, ...] = tuple(errors)
        super().__init__(self.message())

    def message(self) -> str:
        return "; ".join(error.message() for error in self.errors)

    def fields(self) -> tuple[str, ...]:
        """The names of the wrong fields."""
        return tuple(error.where for error in self.errors)


@dataclass(frozen=True)
class Changed:
    """What a mutation changed, so the UI can refresh just that.

    Attributes:
        entity: the kind of row acted on: ``"account"`` or ``"contact"``.
        op: :data:`OP_CREATED`, :data:`OP_UPDATED`, :data:`OP_DELETED` or
            :data:`OP_RESTORED`.
        ids: the rows of ``entity`` that changed; empty when nothing did
            (an edit that changed no value).
        fields: for an update, the input fields whose stored value changed;
            for a creation, every field that was given a value.
        account_ids: the accounts whose table row or detail shows something new.
        list_changed: accounts appeared or disappeared, or a value the table
            sorts or filters by changed: reload :func:`account_ids` (otherwise
            refreshing the rows of ``account_ids`` is enough).
        rows: every row written, by entity (``(("account", (...)), ("contact", (...)))``);
            an undo lists the children it restored here.
    """

    entity: str
    op: str
    ids: tuple[str, ...]
    fields: frozenset[str] = frozenset()
    account_ids: tuple[str, ...] = ()
    list_changed: bool = False
    rows: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when nothing was written."""
        return not self.ids


@dataclass(frozen=True)
class Impact:
    """The live rows that deleting an account takes along (for "deletes 3 contacts…")."""

    contacts: int = 0
    visits: int = 0
    calls: int = 0
    tasks: int = 0
    special_dates: int = 0
    scores: int = 0

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class DeletionReceipt:
    """Exactly the rows one deletion tombstoned: what :func:`undo_deletion` brings back.

    Attributes:
        entity: what was deleted: ``"account"`` or ``"contact"``.
        id: its id.
        account_id: the account (itself, for an account).
        name: its name, for the "… deleted. Undo" message.
        rows: every row tombstoned, by entity; the deleted row comes first.
    """

    entity: str
    id: str
    account_id: str
    name: str
    rows: tuple[tuple[str, tuple[str, ...]], ...]

    def ids_of(self, entity: str) -> tuple[str, ...]:
        """The ids of ``entity`` this deletion tombstoned."""
        for name, ids in self.rows:
            if name == entity:
                return ids
        return ()

    @property
    def changed(self) -> Changed:
        """The deletion as a :class:`Changed`, for the same refresh as other mutations."""
        return Changed(
            entity=self.entity,
            op=OP_DELETED,
            ids=(self.id,),
            account_ids=(self.account_id,),
            list_changed=self.entity == "account",
            rows=self.rows,
        )

    @property
    def impact(self) -> Impact:
        """How many children of each kind went with it."""
        return Impact(
            contacts=len(self.ids_of("contact")) - (1 if self.entity == "contact" else 0),
            visits=len(self.ids_of("visit")),
            calls=len(self.ids_of("call")),
            tasks=len(self.ids_of("task")),
            special_dates=len(self.ids_of("special_date")),
            scores=len(self.ids_of("score")),
        )


# --- reading input -------------------------------------------------------------------

_SURROGATES = re.compile("[\ud800-\udfff]")
_YES = frozenset({"yes", "y", "true", "1", "是", "认识", "x", "✓"})
_NO = frozenset({"no", "n", "false", "0", "否", "不认识", ""})


class InputReader:
    """Reads the fields of one input, collecting every field's error instead of stopping.

    Each method returns the value to store, or a harmless placeholder when
    the field is wrong (the error is then in :attr:`errors`). Shared by
    :mod:`kamdesk.services.contacts`.
    """

    def __init__(self) -> None:
        self.errors: list[InvalidInput] = []

    def attempt(self, where: str, read: Callable[[], T], fallback: T) -> T:
        """``read()``, or ``fallback`` after recording the :class:`InvalidInput` it raised."""
        try:
            return read()
        except InvalidInput as error:
            self.errors.append(InvalidInput(where, error.reason))
            return fallback

    def plain(self, value: object, where: str, limit: int | None = None) -> str | None:
        """``value`` as text without unpaired surrogates; ``None`` (error) if it is no text.

        A text far longer than ``limit`` characters (more than any cleaning
        could bring within it) is refused at once, before any other work.
        """
        if value is None:
            return ""
        if not isinstance(value, str):
            self.errors.append(InvalidInput(where, translate("accounts", "This is not text.")))
            return None
        if limit is not None and len(value) > 4 * limit + 1000:
            self.too_long(where, limit)
            return None
        return _SURROGATES.sub("", value)

    def too_long(self, where: str, limit: int) -> None:
        """Records that the field has more than ``limit`` characters."""
        self.errors.append(
            InvalidInput(
                where,
                translate("accounts", "This may have at most %1 characters.").replace(
                    "%1", str(limit)
                ),
            )
        )

    def name(self, value: object, where: str = "name") -> str:
        """A required one-line name (validation.required_name: at most 200 characters)."""
        text = self.plain(value, where, MAX_NAME_CHARS)
        if text is None:
            return ""
        return self.attempt(where, lambda: required_name(text, where), "")

    def line(self, value: object, where: str, limit: int = MAX_NAME_CHARS) -> str:
        """An optional one-line text: whitespace collapsed, at most ``limit`` characters."""
        text = self.plain(value, where, limit)
        if text is None:
            return ""
        cleaned = " ".join(clean_text(text).split())
        if len(cleaned) > limit:
            self.too_long(where, limit)
            return ""
        return cleaned

    def note(self, value: object, where: str) -> str:
        """A several-line text: line breaks and tabs kept, at most 1 MiB of UTF-8."""
        text = self.plain(value, where)
        if text is None:
            return ""
        # Certainly too long when four times over: spare the cleaning.
        cleaned = text if len(text) > 4 * MAX_NOTE_BYTES else clean_text(text)
        if len(cleaned) > MAX_NOTE_BYTES or len(cleaned.encode("utf-8")) > MAX_NOTE_BYTES:
            self.errors.append(
                InvalidInput(where, translate("accounts", "This text may be at most 1 MB long."))
            )
            return ""
        return cleaned

    def code(self, value: object, where: str) -> str | None:
        """One of ``CODES[where]`` (any case), or ``None`` for an empty value."""
        text = self.plain(value, where, MAX_NAME_CHARS)
        if text is None:
            return None
        wanted = unicodedata.normalize("NFKC", text).strip()
        if not wanted:
            return None
        for code in CODES[where]:
            if code.casefold() == wanted.casefold():
                return code
        self.errors.append(
            InvalidInput(
                where,
                translate("accounts", "%1 is not one of the listed values.").replace(
                    "%1", clean_text(text)[:MAX_NAME_CHARS]
                ),
            )
        )
        return None

    def phones(self, value: object, where: str = "phones") -> list[str]:
        """Phone numbers in E.164, as validation.normalise_phones reads them."""
        text = self.plain(value, where, MAX_PHONE_TEXT_CHARS)
        if text is None:
            return []
        cleaned = clean_text(text)
        if len(cleaned) > MAX_PHONE_TEXT_CHARS:
            self.too_long(where, MAX_PHONE_TEXT_CHARS)
            return []
        return self.attempt(where, lambda: normalise_phones(cleaned, where=where), [])

    def flag(self, value: object, where: str) -> bool:
        """A yes/no answer: a bool, or text such as yes/no, 是/否, true/false, 1/0."""
        if isinstance(value, bool):
            return value
        text = self.plain(value, where, MAX_NAME_CHARS)
        if text is None:
            return False
        answer = unicodedata.normalize("NFKC", text).strip().casefold()
        if answer in _YES:
            return True
        if answer not in _NO:
            self.errors.append(InvalidInput(where, translate("accounts", "Answer yes or no.")))
        return False


def time_range(reader: InputReader, value: object, where: str) -> TimeRange | None:
    """A ``09:00-18:00`` field: ``None`` when empty (or wrong, with its error noted)."""
    text = reader.plain(value, where, MAX_NAME_CHARS)
    if not text or not text.strip():
        return None
    if len(text) > MAX_NAME_CHARS:
        reader.too_long(where, MAX_NAME_CHARS)
        return None
    return reader.attempt(where, lambda: parse_time_range(text, where), None)


def working_day(reader: InputReader, work_hours: object, lunch: object) -> dict[str, str | None]:
    """The ``work_start`` … ``lunch_end`` columns of a working day and its lunch break.

    The lunch break must lie within the working hours (an error at ``lunch``).
    """
    work = time_range(reader, work_hours, "work_hours")
    pause = time_range(reader, lunch, "lunch")
    if (
        work is not None
        and pause is not None
        and not (work.start <= pause.start < pause.end <= work.end)
    ):
        reader.errors.append(
            InvalidInput(
                "lunch",
                translate("accounts", "The lunch break must lie within the working hours."),
            )
        )
        pause = None
    return {
        "work_start": work.start if work else None,
        "work_end": work.end if work else None,
        "lunch_start": pause.start if pause else None,
        "lunch_end": pause.end if pause else None,
    }


def _days(reader: InputReader, value: object, where: str = "contact_interval_days") -> int | None:
    """A whole number of days from 1 to :data:`MAX_INTERVAL_DAYS`, or ``None`` when empty."""
    wrong = InvalidInput(
        where,
        translate("accounts", "Give a whole number of days from 1 to %1.").replace(
            "%1", str(MAX_INTERVAL_DAYS)
        ),
    )
    if value is None:
        return None
    if isinstance(value, bool):
        reader.errors.append(wrong)
        return None
    if isinstance(value, int):
        number = value
    else:
        text = reader.plain(value, where, MAX_NAME_CHARS)
        if text is None:
            return None
        digits = unicodedata.normalize("NFKC", text).strip()
        if not digits:
            return None
        if not digits.isascii() or not digits.isdigit():
            reader.errors.append(wrong)
            return None
        number = int(digits)
    if not 1 <= number <= MAX_INTERVAL_DAYS:
        reader.errors.append(wrong)
        return None
    return number


# --- the account input ---------------------------------------------------------------


@dataclass(frozen=True)
class AccountInput:
    """An account as the dialog or an import row gives it: text, checked by the service.

    Enumerated fields take their code (see :data:`CODES`) or ``""``;
    ``phones`` takes several numbers separated by ``;``;
    ``contact_interval_days`` a whole number (or its text) or ``""``;
    ``work_hours`` and ``lunch`` a range such as ``"09:00-18:00"`` or ``""``: the
    working day of the account's people, for contacts without hours of their own.
    """

    name: str
    short_name: str = ""
    industry: str = ""
    region: str = ""
    address: str = ""
    phones: str = ""
    website: str = ""
    category: str = ""
    lifecycle_class: str = ""
    tier: str = ""
    milestone: str = ""
    source: str = ""
    background: str = ""
    organisation_notes: str = ""
    biggest_project: str = ""
    competitors: str = ""
    contact_interval_days: str | int | None = ""
    work_hours: str = ""
    lunch: str = ""
    notes: str = ""


#: The fields the accounts table shows, sorts or filters by: changing one changes the list.
_LISTED_FIELDS: Final = frozenset(
    {
        "name",
        "short_name",
        "industry",
        "region",
        "category",
        "lifecycle_class",
        "tier",
        "milestone",
        "owner_id",
    }
)


def _read_account(data: AccountInput) -> tuple[dict[str, Any], list[InvalidInput]]:
    """The column values of ``data`` and every field's error."""
    reader = InputReader()
    values: dict[str, Any] = {
        "name": reader.name(data.name),
        "short_name": reader.line(data.short_name, "short_name"),
        "industry": reader.line(data.industry, "industry"),
        "region": reader.line(data.region, "region"),
        "address": reader.line(data.address, "address", MAX_LINE_CHARS),
        "phones": reader.phones(data.phones),
        "website": _website(reader, data.website),
        "category": reader.code(data.category, "category"),
        "lifecycle_class": reader.code(data.lifecycle_class, "lifecycle_class"),
        "tier": reader.code(data.tier, "tier"),
        "milestone": reader.code(data.milestone, "milestone"),
        "source": reader.code(data.source, "source"),
        "background": reader.note(data.background, "background"),
        "organisation_notes": reader.note(data.organisation_notes, "organisation_notes"),
        "biggest_project": reader.note(data.biggest_project, "biggest_project"),
        "competitors": reader.note(data.competitors, "competitors"),
        "contact_interval_days": _days(reader, data.contact_interval_days),
        **working_day(reader, data.work_hours, data.lunch),
        "notes": reader.note(data.notes, "notes"),
    }
    return values, reader.errors


def _website(reader: InputReader, value: object) -> str:
    text = reader.line(value, "website", MAX_LINE_CHARS)
    if " " in text:
        reader.errors.append(
            InvalidInput("website", translate("accounts", "A web address has no spaces."))
        )
        return ""
    return text


def validate_account(data: AccountInput) -> list[InvalidInput]:
    """Every field error of ``data`` (empty when it can be saved), in field order."""
    return _read_account(data)[1]


def similar_accounts(
    session: Session, name: str, *, exclude_id: str | None = None
) -> list[tuple[str, str]]:
    """Live accounts with exactly this name (as it would be stored): ``[(id, name)]``.

    Two accounts may share a name; the dialog uses this to warn before saving.
    ``exclude_id`` leaves out the account being edited.
    """
    reader = InputReader()
    wanted = reader.name(name)
    if reader.errors:
        return []
    statement = (
        select(Account.id, Account.name)
        .where(Account.name == wanted, is_live(Account))
        .order_by(Account.id)
    )
    return [(row.id, row.name) for row in session.execute(statement) if row.id != exclude_id]


def create_account(session: Session, data: AccountInput) -> Changed:
    """Adds an account owned by the rep.

    Raises:
        ValidationFailed: a field is wrong; nothing was written.
    """
    values, errors = _read_account(data)
    if errors:
        raise ValidationFailed(errors)
    account = Account(owner_id=None, **values)
    session.add(account)
    session.flush()
    given = frozenset(name for name, value in values.items() if value not in ("", None, []))
    return Changed(
        entity="account",
        op=OP_CREATED,
        ids=(account.id,),
        fields=given,
        account_ids=(account.id,),
        list_changed=True,
        rows=(("account", (account.id,)),),
    )


def is_live(model: type[SyncedMixin]) -> ColumnElement[bool]:
    """``model.deleted`` is false, told to SQLite as true for nearly every row.

    Without statistics SQLite may otherwise answer "rows of this account (or
    id, or name) that are live" through the index on ``deleted``, which
    matches nearly every row: a scan of the whole table instead of a lookup.
    """
    return func.likely(model.deleted.is_(False), type_=Boolean)


def get_live(session: Session, model: type[T], row_id: str, what: str) -> T:
    """The live (not tombstoned) row of ``model`` with this id.

    Raises:
        NotFound: there is none; ``what`` names the kind in the message.
    """
    row = session.get(model, row_id)
    if row is None or row.deleted:  # type: ignore[attr-defined]
        raise NotFound(f"{what} {row_id}")
    return row


def assign_changed(row: object, values: Mapping[str, Any]) -> frozenset[str]:
    """Sets the attributes whose value differs; returns their names."""
    changed = set()
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.add(name)
    return frozenset(changed)


def update_account(session: Session, account_id: str, data: AccountInput) -> Changed:
    """Replaces the account's dialog fields with ``data``; only changed values are written.

    Raises:
        NotFound: no live account has this id.
        ValidationFailed: a field is wrong; nothing was written.
    """
    account = get_live(session, Account, account_id, "account")
    values, errors = _read_account(data)
    if errors:
        raise ValidationFailed(errors)
    changed = assign_changed(account, values)
    if not changed:
        return Changed(entity="account", op=OP_UPDATED, ids=())
    session.flush()
    return Changed(
        entity="account",
        op=OP_UPDATED,
        ids=(account_id,),
        fields=changed,
        account_ids=(account_id,),
        list_changed=bool(changed & _LISTED_FIELDS),
        rows=(("account", (account_id,)),),
    )


# --- sharing -------------------------------------------------------------------------

#: A hub user name: what ``kamdesk-hub adduser`` accepts, up to 64 characters, no spaces.
_USER_NAME = re.compile(r"^[^\s/@]{1,64}$")


def user_name_problem(name: str) -> str | None:
    """Why ``name`` (spaces around it ignored) cannot be a hub user name, or None if it can.

    The check :func:`share_account` makes; whether such a user exists only the hub knows.
    """
    name = name.strip()
    if _USER_NAME.match(name):
        return None
    return translate("accounts", "not a user name: %1").replace("%1", repr(name))


def share_account(
    session: Session, account_id: str, *, add: Iterable[str] = (), remove: Iterable[str] = ()
) -> Changed:
    """Shares the account with more reps (their hub user names) or stops sharing it.

    The hub lets only the account's owner or a manager change this; a change
    it refuses comes back from the next sync as a rejection.

    Raises:
        NotFound: no live account has this id.
        ValidationFailed: a name is empty, too long or has spaces; nothing was written.
    """
    account = get_live(session, Account, account_id, "account")
    added = [name.strip() for name in add]
    removed = {name.strip() for name in remove}
    wrong = [p for p in map(user_name_problem, (*added, *removed)) if p is not None]
    if wrong:
        raise ValidationFailed([InvalidInput("shared_with", wrong[0])])
    current = list(account.shared_with or [])
    shared = [name for name in current if name not in removed]
    shared.extend(name for name in dict.fromkeys(added) if name not in shared)
    if shared == current:
        return Changed(entity="account", op=OP_UPDATED, ids=())
    account.shared_with = shared
    session.flush()
    return Changed(
        entity="account",
        op=OP_UPDATED,
        ids=(account_id,),
        fields=frozenset({"shared_with"}),
        account_ids=(account_id,),
        rows=(("account", (account_id,)),),
    )


# --- deleting ------------------------------------------------------------------------


def live_rows(
    session: Session, model: type[SyncedMixin], *criteria: ColumnElement[bool]
) -> list[Any]:
    """The live rows of ``model`` that meet ``criteria``, by id."""
    statement = (
        select(model).where(is_live(model), *criteria).order_by(model.id)  # type: ignore[attr-defined]
    )
    return list(session.scalars(statement))


def deletion_impact(session: Session, account_id: str) -> Impact:
    """How many live rows of each kind deleting the account would take along.

    Raises:
        NotFound: no live account has this id.
    """
    get_live(session, Account, account_id, "account")
    counts: dict[str, int] = {}
    for model in ACCOUNT_CHILDREN:
        statement = (
            select(func.count())
            .select_from(model)
            .where(model.account_id == account_id, is_live(model))  # type: ignore[attr-defined]
        )
        counts[model.__tablename__] = int(session.scalar(statement) or 0)  # type: ignore[attr-defined]
    return Impact(**counts)


def _tombstone(rows: Iterable[Any]) -> tuple[str, ...]:
    ids = []
    for row in rows:
        row.deleted = True
        ids.append(row.id)
    return tuple(ids)


def delete_account(session: Session, account_id: str) -> DeletionReceipt:
    """Tombstones the account and every live row that belongs to it.

    Contacts, visits, calls, tasks, special dates and scores of the account
    are tombstoned with it (DESIGN.md, sync invariant 7); rows that were
    already tombstoned are left alone and not listed in the receipt.

    Raises:
        NotFound: no live account has this id.
    """
    account = get_live(session, Account, account_id, "account")
    account.deleted = True
    rows: list[tuple[str, tuple[str, ...]]] = [("account", (account_id,))]
    for model in ACCOUNT_CHILDREN:
        children = live_rows(session, model, model.account_id == account_id)  # type: ignore[attr-defined]
        if children:
            rows.append((model.entity, _tombstone(children)))  # type: ignore[attr-defined]
    session.flush()
    return DeletionReceipt("account", account_id, account_id, account.name, tuple(rows))


def undo_deletion(session: Session, receipt: DeletionReceipt) -> Changed:
    """Brings back exactly the rows ``receipt`` lists (``deleted=False``), and only those.

    A row that is live again already (restored meanwhile) is left as it is.

    Raises:
        NotFound: the deleted row no longer exists, or (a contact) its
            account has been deleted since.
    """
    models = {model.entity: model for model in (Account, *ACCOUNT_CHILDREN)}  # type: ignore[attr-defined]
    root_model = models[receipt.entity]
    if session.get(root_model, receipt.id) is None:
        raise NotFound(f"{receipt.entity} {receipt.id}")
    if receipt.entity != "account":
        get_live(session, Account, receipt.account_id, "account")
    restored: list[tuple[str, tuple[str, ...]]] = []
    for entity, ids in receipt.rows:
        model = models[entity]
        back = []
        for row_id in ids:
            row = session.get(model, row_id)
            if row is not None and row.deleted:
                row.deleted = False  # type: ignore[attr-defined]
                back.append(row_id)
        if back:
            restored.append((entity, tuple(back)))
    session.flush()
    root_back = receipt.id in dict(restored).get(receipt.entity, ())
    return Changed(
        entity=receipt.entity,
        op=OP_RESTORED,
        ids=(receipt.id,) if root_back else (),
        account_ids=(receipt.account_id,) if restored else (),
        list_changed=receipt.entity == "account" and root_back,
        rows=tuple(restored),
    )


# --- reading for the view ------------------------------------------------------------

#: The fields :class:`AccountFilter` and :func:`filter_options` work on.
FILTER_FIELDS: Final[tuple[str, ...]] = (
    "industry",
    "region",
    "category",
    "lifecycle_class",
    "tier",
    "milestone",
)

#: The keys :func:`account_ids` sorts by.
SORT_KEYS: Final[tuple[str, ...]] = (
    "name",
    "short_name",
    "industry",
    "region",
    "category",
    "lifecycle_class",
    "tier",
    "milestone",
    "owner",
    "last_visit",
    "next_action",
)


def _frozen(values: Iterable[str] | None) -> frozenset[str] | None:
    return None if values is None else frozenset(values)


@dataclass(frozen=True)
class AccountFilter:
    """Which accounts to list: for each field, the values to keep (``None``: any).

    ``""`` in a set stands for "no value". An empty set keeps no account.
    """

    industry: frozenset[str] | None = None
    region: frozenset[str] | None = None
    category: frozenset[str] | None = None
    lifecycle_class: frozenset[str] | None = None
    tier: frozenset[str] | None = None
    milestone: frozenset[str] | None = None

    def __post_init__(self) -> None:
        for name in FILTER_FIELDS:  # accept any iterable, keep a frozenset
            object.__setattr__(self, name, _frozen(getattr(self, name)))

    @property
    def is_empty(self) -> bool:
        """True when it keeps every account."""
        return all(getattr(self, name) is None for name in FILTER_FIELDS)


@dataclass(frozen=True)
class FilterOptions:
    """The values present among live accounts, with how many accounts have each.

    For each field: ``((value, count), ...)``, codes in :data:`CODES` order,
    other values in pinyin order, ``""`` (no value) last.
    """

    industry: tuple[tuple[str, int], ...] = ()
    region: tuple[tuple[str, int], ...] = ()
    category: tuple[tuple[str, int], ...] = ()
    lifecycle_class: tuple[tuple[str, int], ...] = ()
    tier: tuple[tuple[str, int], ...] = ()
    milestone: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class NextAction:
    """The earliest thing planned for an account: a planned visit or an open task.

    Overdue ones count (they are the most urgent), so ``when`` may be past.

    Attributes:
        kind: ``"visit"`` or ``"task"``.
        id: the visit's or the task's id.
        when: the visit's start or the task's due time (UTC).
        code: the visit's scenario or the task's kind (``follow_up``, ``call_back``…).
        title: the task's title, or the visit's objectives (first line) or place.
    """

    kind: str
    id: str
    when: datetime
    code: str
    title: str


@dataclass(frozen=True)
class AccountRow:
    """The columns of one row of the accounts table."""

    id: str
    name: str
    short_name: str
    industry: str
    region: str
    #: industry | regional | potential, or ``None``
    category: str | None
    #: loyal | fast_growing | sleeping | worth_cultivating, or ``None``
    lifecycle_class: str | None
    tier: str | None
    milestone: str | None = None
    #: the owner's user id; ``""`` for the rep's own accounts (the UI says "me")
    owner: str = ""
    #: the start of the latest visit done, or ``None``
    last_visit: datetime | None = None
    next_action: NextAction | None = None


@dataclass(frozen=True)
class ContactView:
    """A live contact as the account's detail shows it."""

    id: str
    account_id: str
    name: str
    title: str
    department: str
    decision_role: str | None
    #: for display (validation.format_phone): national form at home, international abroad
    phones: tuple[str, ...]
    #: as stored (E.164, ``;ext=`` for an extension)
    phone_numbers: tuple[str, ...]
    email: str
    work_hours: TimeRange | None
    lunch: TimeRange | None
    #: IANA name; ``None``: the rep's own
    timezone: str | None
    habitual_times: tuple[TimeRange, ...]
    known_to_rep: bool
    personality: str | None
    birthday: Birthday | None
    notes: str
    keep_local: bool


@dataclass(frozen=True)
class AccountDetail:
    """Everything about one account, with its live contacts."""

    id: str
    name: str
    short_name: str
    industry: str
    region: str
    address: str
    #: for display; see :attr:`ContactView.phones`
    phones: tuple[str, ...]
    phone_numbers: tuple[str, ...]
    website: str
    category: str | None
    lifecycle_class: str | None
    tier: str | None
    score: float | None
    milestone: str | None
    source: str | None
    background: str
    organisation_notes: str
    biggest_project: str
    competitors: str
    contact_interval_days: int | None
    work_hours: TimeRange | None
    lunch: TimeRange | None
    notes: str
    #: ``""`` for the rep's own account
    owner: str
    created_at: datetime
    updated_at: datetime
    last_visit: datetime | None
    next_action: NextAction | None
    #: decision makers first (the order of ``CODES["decision_role"]``), then by name
    contacts: tuple[ContactView, ...]


def account_input_of(detail: AccountDetail) -> AccountInput:
    """The input that fills the edit dialog: saving it unchanged changes nothing."""
    return AccountInput(
        name=detail.name,
        short_name=detail.short_name,
        industry=detail.industry,
        region=detail.region,
        address=detail.address,
        phones="; ".join(phone_input_text(p) for p in detail.phone_numbers),
        website=detail.website,
        category=detail.category or "",
        lifecycle_class=detail.lifecycle_class or "",
        tier=detail.tier or "",
        milestone=detail.milestone or "",
        source=detail.source or "",
        background=detail.background,
        organisation_notes=detail.organisation_notes,
        biggest_project=detail.biggest_project,
        competitors=detail.competitors,
        contact_interval_days=(
            "" if detail.contact_interval_days is None else str(detail.contact_interval_days)
        ),
        work_hours=str(detail.work_hours) if detail.work_hours else "",
        lunch=str(detail.lunch) if detail.lunch else "",
        notes=detail.notes,
    )


def phone_input_text(stored: str) -> str:
    """A stored number as a person edits it (display form, which reads back the same)."""
    number, _, extension = stored.partition(";ext=")
    shown = format_phone(number)
    return f"{shown} ext. {extension}" if extension else shown


def _stored_ranges(value: object) -> tuple[TimeRange, ...]:
    ranges = []
    for item in value if isinstance(value, list) else ():
        if isinstance(item, list | tuple) and len(item) == 2:
            ranges.append(TimeRange(str(item[0]), str(item[1])))
    return tuple(ranges)


def _range(start: str | None, end: str | None) -> TimeRange | None:
    return TimeRange(start, end) if start and end else None


def contact_view(contact: Contact) -> ContactView:
    """A contact row as plain data."""
    birthday = None
    if contact.birthday:
        try:
            birthday = Birthday.from_stored(
                contact.birthday, contact.birthday_calendar, contact.birthday_leap_month
            )
        except ValueError:  # a malformed value from elsewhere: show none rather than fail
            birthday = None
    numbers = tuple(contact.phones or ())
    return ContactView(
        id=contact.id,
        account_id=contact.account_id,
        name=contact.name,
        title=contact.title or "",
        department=contact.department or "",
        decision_role=contact.decision_role,
        phones=tuple(format_phone(p) for p in numbers),
        phone_numbers=numbers,
        email=contact.email or "",
        work_hours=_range(contact.work_start, contact.work_end),
        lunch=_range(contact.lunch_start, contact.lunch_end),
        timezone=contact.timezone,
        habitual_times=_stored_ranges(contact.habitual_times),
        known_to_rep=bool(contact.known_to_rep),
        personality=contact.personality,
        birthday=birthday,
        notes=contact.notes or "",
        keep_local=bool(contact.keep_local),
    )


def _code_rank(field_name: str, code: str | None) -> int:
    codes = CODES[field_name]
    return codes.index(code) if code in codes else len(codes)


def account_detail(session: Session, account_id: str) -> AccountDetail:
    """The account with every field and its live contacts.

    Raises:
        NotFound: no live account has this id.
    """
    account = get_live(session, Account, account_id, "account")
    contacts = live_rows(session, Contact, Contact.account_id == account_id)
    contacts.sort(
        key=lambda c: (_code_rank("decision_role", c.decision_role), sort_text(c.name), c.id)
    )
    last = _last_visits(session, [account_id])
    upcoming = _next_actions(session, [account_id])
    numbers = tuple(account.phones or ())
    return AccountDetail(
        id=account.id,
        name=account.name,
        short_name=account.short_name or "",
        industry=account.industry or "",
        region=account.region or "",
        address=account.address or "",
        phones=tuple(format_phone(p) for p in numbers),
        phone_numbers=numbers,
        website=account.website or "",
        category=account.category,
        lifecycle_class=account.lifecycle_class,
        tier=account.tier,
        score=account.score,
        milestone=account.milestone,
        source=account.source,
        background=account.background or "",
        organisation_notes=account.organisation_notes or "",
        biggest_project=account.biggest_project or "",
        competitors=account.competitors or "",
        contact_interval_days=account.contact_interval_days,
        work_hours=_range(account.work_start, account.work_end),
        lunch=_range(account.lunch_start, account.lunch_end),
        notes=account.notes or "",
        owner=account.owner_id or "",
        created_at=account.created_at,
        updated_at=account.updated_at,
        last_visit=last.get(account_id),
        next_action=upcoming.get(account_id),
        contacts=tuple(contact_view(c) for c in contacts),
    )


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# The statements of the per-row reads, built once: the table asks for a block
# of rows at every scroll, and building a statement costs as much as running it.
_IDS = bindparam("ids", expanding=True)


@cache
def _last_visits_statement() -> Select[Any]:
    return (
        select(Visit.account_id, func.max(Visit.start))
        .where(Visit.status == "done", Visit.deleted.is_(False), Visit.account_id.in_(_IDS))
        .group_by(Visit.account_id)
    )


@cache
def _planned_visits_statement() -> Select[Any]:
    # SQLite takes the bare columns of a min() group from the row that has the minimum.
    return (
        select(
            Visit.account_id,
            func.min(Visit.start),
            Visit.id,
            Visit.scenario,
            Visit.objectives,
            Visit.place,
        )
        .where(Visit.status == "planned", Visit.deleted.is_(False), Visit.account_id.in_(_IDS))
        .group_by(Visit.account_id)
    )


@cache
def _open_tasks_statement() -> Select[Any]:
    return (
        select(Task.account_id, func.min(Task.due), Task.id, Task.kind, Task.title)
        .where(Task.done.is_(False), Task.deleted.is_(False), Task.account_id.in_(_IDS))
        .group_by(Task.account_id)
    )


@cache
def _rows_statement() -> Select[Any]:
    return select(
        Account.id,
        Account.name,
        Account.short_name,
        Account.industry,
        Account.region,
        Account.category,
        Account.lifecycle_class,
        Account.tier,
        Account.milestone,
        Account.owner_id,
    ).where(Account.id.in_(_IDS), is_live(Account))


def _last_visits(session: Session, account_ids: Sequence[str]) -> dict[str, datetime]:
    """The start of the latest live visit done, per account."""
    found: dict[str, datetime] = {}
    for chunk in _chunks(account_ids):
        rows = session.execute(_last_visits_statement(), {"ids": list(chunk)})
        found.update((account_id, start) for account_id, start in rows)
    return found


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0].strip()


def _next_actions(session: Session, account_ids: Sequence[str]) -> dict[str, NextAction]:
    """The earliest planned visit or open task, per account (a visit first on a tie)."""
    found: dict[str, NextAction] = {}
    for chunk in _chunks(account_ids):
        ids = {"ids": list(chunk)}
        visits = session.execute(_planned_visits_statement(), ids)
        for account_id, start, visit_id, scenario, objectives, place in visits:
            title = _first_line(objectives or "") or _first_line(place or "")
            found[account_id] = NextAction("visit", visit_id, start, scenario or "", title)
        for account_id, due, task_id, kind, title in session.execute(_open_tasks_statement(), ids):
            earlier = found.get(account_id)
            if earlier is None or due < earlier.when:
                found[account_id] = NextAction("task", task_id, due, kind or "", title or "")
    return found


def account_rows(session: Session, ids: Sequence[str]) -> list[AccountRow]:
    """The table rows of ``ids``, in the order given.

    Ids that do not exist or were deleted meanwhile are left out; the caller
    matches rows to ids by :attr:`AccountRow.id`.
    """
    if not ids:
        return []
    wanted = list(dict.fromkeys(ids))
    accounts: dict[str, Any] = {}
    for chunk in _chunks(wanted):
        rows = session.execute(_rows_statement(), {"ids": list(chunk)})
        accounts.update((row.id, row) for row in rows)
    live = [account_id for account_id in wanted if account_id in accounts]
    last = _last_visits(session, live)
    upcoming = _next_actions(session, live)
    rows = {
        account_id: AccountRow(
            id=account_id,
            name=row.name,
            short_name=row.short_name or "",
            industry=row.industry or "",
            region=row.region or "",
            category=row.category,
            lifecycle_class=row.lifecycle_class,
            tier=row.tier,
            milestone=row.milestone,
            owner=row.owner_id or "",
            last_visit=last.get(account_id),
            next_action=upcoming.get(account_id),
        )
        for account_id, row in accounts.items()
    }
    return [rows[account_id] for account_id in ids if account_id in rows]


def _filter_criteria(chosen: AccountFilter | None) -> list[ColumnElement[bool]]:
    criteria: list[ColumnElement[bool]] = []
    if chosen is None:
        return criteria
    for name in FILTER_FIELDS:
        values: frozenset[str] | None = getattr(chosen, name)
        if values is None:
            continue
        column = getattr(Account, name)
        present = sorted(v for v in values if v)
        either: list[ColumnElement[bool]] = []
        if present:
            either.append(column.in_(present))
        if "" in values:
            either += [column.is_(None), column == ""]
        criteria.append(or_(*either) if either else false())
    return criteria


def _ordered_values(field_name: str, counts: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    def key(value: str) -> tuple[int, int, str]:
        if field_name in CODES and value in CODES[field_name]:
            return (0, CODES[field_name].index(value), "")
        return (1, 0, sort_text(value))

    present = sorted((v for v in counts if v), key=key)
    ordered = [(value, counts[value]) for value in present]
    if counts.get(""):
        ordered.append(("", counts[""]))
    return tuple(ordered)


def filter_options(session: Session) -> FilterOptions:
    """The values of each filter field among live accounts, with their counts."""
    options: dict[str, tuple[tuple[str, int], ...]] = {}
    for name in FILTER_FIELDS:
        column = getattr(Account, name)
        statement = select(column, func.count()).where(Account.deleted.is_(False)).group_by(column)
        counts: dict[str, int] = {}
        for value, count in session.execute(statement):
            counts[value or ""] = counts.get(value or "", 0) + int(count)
        options[name] = _ordered_values(name, counts)
    return FilterOptions(**options)


# --- sorting -------------------------------------------------------------------------
#
# Sorting 100,000 accounts by the pinyin of their names cannot be done by
# SQLite (it knows no pinyin) and is too slow to redo in Python for every
# click. So the full order of every live account by
# each sort key is computed once and kept per database (:class:`_Orders`);
# a call of :func:`account_ids` asks SQLite only which accounts are live and
# pass the filter (one indexed scan, returned as one string) and keeps the
# cached order's ids that are among them. The orders are dropped whenever a
# connection writes a value they depend on (see :func:`_watch_writes`), and
# a live id the cached order does not know makes it recomputed, so the list
# never misses an account.

#: The account columns each sort key reads (``owner``, ``last_visit``,
#: ``next_action`` are computed).
_SORT_COLUMNS: Final[Mapping[str, str]] = {
    "name": "name",
    "short_name": "short_name",
    "industry": "industry",
    "region": "region",
    "category": "category",
    "lifecycle_class": "lifecycle_class",
    "tier": "tier",
    "milestone": "milestone",
    "owner": "owner_id",
}
#: Sort keys that depend on visits and tasks as well as on accounts.
_ACTIVITY_KEYS: Final = frozenset({"last_visit", "next_action"})


#: Between the values of a column read as one string (see :func:`_pairs`).
_UNIT = "\x1f"


def _value_key(sort_key: str, value: str) -> str | None:
    """How a stored value sorts, as one string; ``None`` for "no value" (always last)."""
    if sort_key == "owner":
        # The rep's own accounts (no owner) first, then the others by owner.
        return "1" + value if value else "0"
    if not value:
        return None
    if sort_key in _ACTIVITY_KEYS:
        return value  # stored datetimes: their text (fixed width, UTC) sorts in time order
    codes = CODES.get(_SORT_COLUMNS[sort_key], ())
    if value in codes:
        return f"0{codes.index(value):02d}"  # codes in the manual's order, before others
    return "1" + sort_text(value)


def _pairs(session: Session, statement: Select[Any]) -> list[tuple[str, str]]:
    """The two columns of ``statement``'s rows (``NULL`` read as ``""``).

    Read as two strings, one value after the other: fetching 100,000 rows
    one by one takes many times longer. A value that holds the separator
    shows in the count, and then the rows are read one by one.
    """
    rows = statement.subquery()
    first, second = rows.c
    count, keys, values = session.execute(
        select(
            func.count(),
            func.group_concat(first, _UNIT),
            func.group_concat(func.coalesce(second, ""), _UNIT),
        ).select_from(rows)
    ).one()
    if not count:
        return []
    split_keys, split_values = keys.split(_UNIT), values.split(_UNIT)
    if len(split_keys) == len(split_values) == count:
        return list(zip(split_keys, split_values, strict=True))
    return [(str(key), str(value or "")) for key, value in session.execute(statement)]


def _activity_values(session: Session, sort_key: str) -> dict[str, str]:
    """The stored time that ``last_visit`` / ``next_action`` sort by, per account."""
    start = type_coerce(Visit.start, String())  # the stored text: no parsing needed
    due = type_coerce(Task.due, String())
    if sort_key == "last_visit":
        done = (
            select(Visit.account_id, func.max(start))
            .where(Visit.status == "done", Visit.deleted.is_(False))
            .group_by(Visit.account_id)
        )
        return dict(_pairs(session, done))
    planned = (
        select(Visit.account_id, func.min(start))
        .where(Visit.status == "planned", Visit.deleted.is_(False))
        .group_by(Visit.account_id)
    )
    values = dict(_pairs(session, planned))
    open_tasks = (
        select(Task.account_id, func.min(due))
        .where(Task.done.is_(False), Task.deleted.is_(False))
        .group_by(Task.account_id)
    )
    for account_id, value in _pairs(session, open_tasks):
        if account_id not in values or value < values[account_id]:
            values[account_id] = value
    return values


def _name_order(session: Session) -> list[str]:
    """Every live account's id in name order: pinyin, then id; no name last.

    It is the name column's order and the tie-breaker of every other order.
    Read from the search index, which keeps each live account's
    :func:`~kamdesk.models.search_index.name_order_key`: a walk of a
    covering index, where spelling 100,000 names in Python took half a
    second or more. The index is kept current by every write that goes
    through the ORM or the store's fast path for new rows; when this process
    has renamed an account another way (see :func:`_before_cursor_execute`),
    or the index does not list exactly the live accounts, every name is
    spelled here instead.
    """
    if _index_names_current:
        count, joined = session.execute(
            sql_text(
                "SELECT count(*), group_concat(entity_id, :unit) FROM ("
                f"SELECT entity_id FROM {DOCS_TABLE} INDEXED BY ix_search_docs_kind_name_key "
                "WHERE kind = 'account' AND name_key IS NOT NULL ORDER BY name_key, entity_id)"
            ),
            {"unit": _UNIT},
        ).one()
        ordered = joined.split(_UNIT) if joined else []
        live = session.scalar(select(func.count()).where(Account.deleted.is_(False)))
        if len(ordered) == count == live:
            return ordered
    keys = [
        ("0" + sort_text(name) if name else "1") + "\x00" + account_id
        for account_id, name in _pairs(session, select(Account.id, Account.name))
    ]
    keys.sort()  # one string per account: much faster to sort than tuples
    return [key[key.rindex("\x00") + 1 :] for key in keys]


def _full_order(session: Session, sort_key: str, descending: bool, by_name: list[str]) -> list[str]:
    """Every account's id (tombstoned ones too), in the order of ``sort_key``.

    Accounts without a value come last in either direction; ties, and the
    accounts without a value, are in name order.
    """
    if sort_key == "name" and not descending:
        return by_name
    if sort_key in _ACTIVITY_KEYS:
        values = _activity_values(session, sort_key)
    else:
        column = getattr(Account, _SORT_COLUMNS[sort_key])
        values = dict(_pairs(session, select(Account.id, column)))
    # Rank the distinct values (few, or fewer than the accounts), then sort the
    # name order by rank: a stable sort, so ties stay in name order.
    keyed = sorted(
        (key, value)
        for value in set(values.values()) | {""}
        if (key := _value_key(sort_key, value)) is not None
    )
    if descending:
        keyed.reverse()
    rank: dict[str, int] = {}
    dense, previous = -1, None
    for key, value in keyed:
        if key != previous:  # values that sort alike (same pinyin) share a rank
            dense, previous = dense + 1, key
        rank[value] = dense
    no_value = dense + 1
    rank_of = {account_id: rank.get(values.get(account_id, ""), no_value) for account_id in by_name}
    return sorted(by_name, key=rank_of.__getitem__)


@dataclass
class _Orders:
    """The orders of every account of one database, made at the given generations.

    Attributes:
        generations: (accounts, activity) when the rows they were made from were read.
        by_name: the name order (:func:`_name_order`), made on first use.
        by_key: the order for each (sort key, descending), made on first use.
        places: each order's id → place, made when a small filter needs it.
    """

    generations: tuple[int, int]
    by_name: list[str] | None = None
    by_key: dict[tuple[str, bool], list[str]] = field(default_factory=dict)
    places: dict[tuple[str, bool], dict[str, int]] = field(default_factory=dict)

    def order(self, session: Session, sort_key: str, descending: bool) -> list[str]:
        key = (sort_key, descending)
        found = self.by_key.get(key)
        if found is None:
            if self.by_name is None:
                self.by_name = _name_order(session)
            found = _full_order(session, sort_key, descending, self.by_name)
            self.by_key[key] = found
        return found

    def place(self, sort_key: str, descending: bool) -> dict[str, int]:
        key = (sort_key, descending)
        found = self.places.get(key)
        if found is None:
            found = {account_id: n for n, account_id in enumerate(self.by_key[key])}
            self.places[key] = found
        return found


# Generations: bumped whenever a write may change what the orders depend on.
_accounts_generation = 0
_activity_generation = 0
_generation_lock = threading.Lock()
_cache_lock = threading.Lock()
_orders_by_pool: weakref.WeakKeyDictionary[Any, _Orders] = weakref.WeakKeyDictionary()

#: Connection info keys: the generations when its transaction began, and what
#: it has written since (uncommitted: other connections do not see it yet).
_BEGAN_AT = "kamdesk.accounts.began_at"
_WROTE = "kamdesk.accounts.wrote"
#: Connection info key: set while a session flushes on it.
_FLUSHING = "kamdesk.accounts.flushing"
#: Whether the search index's name keys can be trusted for the name order:
#: false once this process has changed an account's name other than by an
#: ORM flush (whose ``after_flush`` re-indexes the row): a Core or raw SQL
#: UPDATE, an upsert, a bulk statement. New and removed accounts need no
#: such care: the index then does not list exactly the live accounts.
_index_names_current = True

#: For each table the orders read: the columns they depend on, and which
#: generation (accounts, activity) a change of one of them moves.
_WATCHED: Final[Mapping[str, tuple[frozenset[str], tuple[bool, bool]]]] = {
    "accounts": (frozenset(_SORT_COLUMNS.values()), (True, False)),
    "visits": (frozenset({"account_id", "status", "start", "deleted"}), (False, True)),
    "tasks": (frozenset({"account_id", "done", "due", "deleted"}), (False, True)),
}
_WRITE = re.compile(
    r"\s*(?:(INSERT|REPLACE)\b.*?\bINTO|(UPDATE)(?:\s+OR\s+\w+)?|(DELETE)\s+FROM)"
    r"\s+[\"`\[]?(\w+)[\"`\]]?(.*)",
    re.IGNORECASE | re.DOTALL,
)
_SET_CLAUSE = re.compile(r"^\s*SET\s+(.*?)(?:\bWHERE\b|$)", re.IGNORECASE | re.DOTALL)
_ANY_WRITE = re.compile(r"\b(?:INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
_ASSIGNED = re.compile(r"[\"`\[]?(\w+)[\"`\]]?\s*=")


def _bump(accounts: bool, activity: bool) -> None:
    global _accounts_generation, _activity_generation
    with _generation_lock:
        if accounts:
            _accounts_generation += 1
        if activity:
            _activity_generation += 1


def _current_generations() -> tuple[int, int]:
    return (_accounts_generation, _activity_generation)


def _moves(statement: str) -> tuple[bool, bool] | None:
    """Which generations a SQL statement may move, or ``None`` if it writes nothing watched."""
    verb = statement[:16].lstrip()[:7].upper()
    if verb.startswith("WITH"):  # a common table expression: look for a write at all
        return (True, True) if _ANY_WRITE.search(statement) else None
    if not verb.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
        return None
    match = _WRITE.match(statement)
    if match is None:
        return (True, True)  # a write that cannot be read: assume the worst
    watched = _WATCHED.get(match.group(4).lower())
    if watched is None:
        return None
    columns, moves = watched
    if match.group(2):  # UPDATE: only if it sets a column the orders read
        assignments = _SET_CLAUSE.match(match.group(5))
        if assignments is not None:
            assigned = {name.lower() for name in _ASSIGNED.findall(assignments.group(1))}
            if assigned and not assigned & columns:
                return None
    return moves


def _may_rename_accounts(statement: str) -> bool:
    """Whether a statement that writes ``accounts`` (see :func:`_moves`) may change a name."""
    match = _WRITE.match(statement)
    if match is None or match.group(4).lower() != "accounts":
        return match is None
    if match.group(2):  # UPDATE
        assignments = _SET_CLAUSE.match(match.group(5))
        if assignments is None:
            return True
        assigned = {name.lower() for name in _ASSIGNED.findall(assignments.group(1))}
        return not assigned or "name" in assigned
    upper = statement.upper()
    return bool(match.group(1)) and ("REPLACE" in upper or "DO UPDATE" in upper)


def _before_cursor_execute(
    conn: Connection, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
) -> None:
    global _index_names_current
    moves = _moves(statement)
    if moves is None:
        return
    if (
        moves[0]
        and _index_names_current
        and not conn.info.get(_FLUSHING)
        and _may_rename_accounts(statement)
    ):
        _index_names_current = False
    _bump(*moves)
    wrote = conn.info.get(_WROTE, (False, False))
    conn.info[_WROTE] = (wrote[0] or moves[0], wrote[1] or moves[1])


def _on_begin(conn: Connection) -> None:
    # Before the transaction's first read: its snapshot is at least this new.
    conn.info[_BEGAN_AT] = _current_generations()


def _on_flush_start(session: Session, *_args: Any) -> None:
    session.connection().info[_FLUSHING] = True


def _on_flush_end(session: Session, *_args: Any) -> None:
    session.connection().info.pop(_FLUSHING, None)


def _on_end(conn: Connection) -> None:
    conn.info.pop(_FLUSHING, None)  # a flush that failed
    wrote = conn.info.pop(_WROTE, None)
    if wrote is not None:  # committed or rolled back: what others see changes again
        _bump(*wrote)
    conn.info.pop(_BEGAN_AT, None)


def _watch_writes() -> None:
    """Watches every connection of every engine: the cached orders go stale on a write.

    At this level every write of this process is seen, whatever made it:
    ORM flushes (rows applied from the hub included), bulk and Core
    statements, raw SQL. Another process writing the same file is not seen;
    kamdesk's instance lock keeps other writers out while the window is open.
    """
    if event.contains(Engine, "before_cursor_execute", _before_cursor_execute):
        return
    event.listen(Engine, "before_cursor_execute", _before_cursor_execute)
    event.listen(Engine, "begin", _on_begin)
    event.listen(Engine, "commit", _on_end)
    event.listen(Engine, "rollback", _on_end)
    event.listen(Session, "before_flush", _on_flush_start)
    event.listen(Session, "after_flush_postexec", _on_flush_end)


_watch_writes()


def _cached_orders(session: Session, *, fresh: bool = False) -> _Orders:
    """The orders this session may use (``fresh``: made anew from its rows).

    They are shared between sessions that see the same rows: made at the
    generations the session's transaction began at. A session that has
    written what the orders depend on sees rows no other session sees yet,
    and one that began before the latest write sees older rows: each gets
    orders of its own, not kept.
    """
    connection = session.connection()
    began_at = connection.info.get(_BEGAN_AT, _current_generations())
    if connection.info.get(_WROTE):
        return _Orders(generations=began_at)
    pool = connection.engine.pool
    with _cache_lock:
        orders = _orders_by_pool.get(pool)
        if fresh or orders is None or orders.generations != began_at:
            if not fresh and orders is not None and orders.generations[0] == began_at[0]:
                # Only visits or tasks changed: the orders by account columns still hold.
                kept = {k: v for k, v in orders.by_key.items() if k[0] not in _ACTIVITY_KEYS}
                orders = _Orders(began_at, orders.by_name, kept)
            else:
                orders = _Orders(began_at)
            if began_at == _current_generations():
                _orders_by_pool[pool] = orders
    return orders


def _live_ids(session: Session, chosen: AccountFilter) -> set[str]:
    """The ids of live accounts that pass the filter."""
    criteria = [Account.deleted.is_(False), *_filter_criteria(chosen)]
    # One string instead of 100,000 rows: many times faster to fetch.
    count, joined = session.execute(
        select(func.count(), func.group_concat(Account.id, _UNIT)).where(*criteria)
    ).one()
    found = set(joined.split(_UNIT)) if joined else set()
    if len(found) != count:  # an id with the separator in it: read them one by one
        found = set(session.scalars(select(Account.id).where(*criteria)))
    return found


def _dead_ids(session: Session) -> tuple[int, set[str]]:
    """How many accounts are live, and the ids of the tombstoned ones (usually few)."""
    live = session.scalar(select(func.count()).where(Account.deleted.is_(False)))
    dead = set(session.scalars(select(Account.id).where(Account.deleted.is_(True))))
    return int(live or 0), dead


def _filtered(
    session: Session, orders: _Orders, chosen: AccountFilter | None, sort_key: str, descending: bool
) -> list[str] | None:
    """The live accounts that pass ``chosen`` in the cached order; ``None`` if the
    cached order does not know them all (accounts added since it was made)."""
    order = orders.order(session, sort_key, descending)
    if chosen is None or chosen.is_empty:
        live_count, dead = _dead_ids(session)
        ids = [i for i in order if i not in dead] if dead else list(order)
        return ids if len(ids) == live_count else None
    live = _live_ids(session, chosen)
    if len(live) * 8 < len(order):  # a few: sort them by their place
        place = orders.place(sort_key, descending)
        if not all(account_id in place for account_id in live):
            return None
        return sorted(live, key=place.__getitem__)
    ids = [account_id for account_id in order if account_id in live]
    return ids if len(ids) == len(live) else None


def account_ids(
    session: Session,
    filter: AccountFilter | None = None,
    sort_key: str = "name",
    descending: bool = False,
) -> list[str]:
    """The ids of the live accounts that pass ``filter``, in display order.

    Text sorts in pinyin order (:func:`sort_text`); codes in the manual's
    order (:data:`CODES`), unknown codes after them; ``owner`` puts the
    rep's own accounts first; ``last_visit`` and ``next_action`` by time.
    Accounts without a value come last whichever the direction, so the
    accounts that have one stay on top; ties are in name order, then by id.

    The first call (and the first after a write that changes the order)
    computes the order of every account; later calls only filter it.

    Raises:
        ValueError: ``sort_key`` is not one of :data:`SORT_KEYS`.
    """
    if sort_key not in SORT_KEYS:
        raise ValueError(f"cannot sort accounts by {sort_key!r}")
    ids = _filtered(session, _cached_orders(session), filter, sort_key, descending)
    if ids is not None:
        return ids
    # Accounts the cached order has not seen (written by another process?): make it anew.
    orders = _cached_orders(session, fresh=True)
    ids = _filtered(session, orders, filter, sort_key, descending)
    if ids is not None:
        return ids
    # Cannot happen (one transaction sees one state); never lose an account over it.
    live = _live_ids(session, filter or AccountFilter())
    order = orders.order(session, sort_key, descending)
    listed = [account_id for account_id in order if account_id in live]
    return listed + sorted(live.difference(listed))

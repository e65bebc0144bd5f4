"""Contacts: adding, editing and deleting the people at an account (the contact dialog).

:class:`ContactInput` carries what the contact dialog or an import row gives,
as text; :func:`validate_contact` returns every field error at once, and
:func:`create_contact` / :func:`update_contact` raise
:class:`~kamdesk.services.accounts.ValidationFailed` and write nothing when
any field is wrong. Limits and cleaning are those of
:mod:`kamdesk.services.accounts`; an e-mail address has at most
:data:`~kamdesk.services.accounts.MAX_EMAIL_CHARS` characters, and a lunch
break must lie within the working hours.

Deleting a contact (:func:`delete_contact`) tombstones the contact and the
special dates that are its own (its birthday reminder and the like), which
would otherwise keep reminding the rep of someone deleted. What happened
with the contact stays as it was written: visits keep the contact's id among
their attendees (``Visit.contact_ids`` is the record of who was there; the
views skip tombstoned contacts), calls keep theirs, and tasks linked to the
contact stay open on the account. Rewriting every visit would also send an
edit of each to the hub, where it could conflict with a colleague's, for no
gain, and Undo would have to put each id back in its place.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy.orm import Session

from kamdesk.errors import InvalidInput
from kamdesk.i18n import translate
from kamdesk.models import Account, Contact, SpecialDate
from kamdesk.services.accounts import (
    MAX_EMAIL_CHARS,
    MAX_LINE_CHARS,
    MAX_NAME_CHARS,
    OP_CREATED,
    OP_UPDATED,
    Changed,
    ContactView,
    DeletionReceipt,
    InputReader,
    ValidationFailed,
    assign_changed,
    get_live,
    live_rows,
    phone_input_text,
    working_day,
)
from kamdesk.services.validation import (
    Birthday,
    normalise_email,
    parse_birthday,
    parse_time_ranges,
    validate_timezone,
)
from kamdesk.settings import Settings


@dataclass(frozen=True)
class ContactInput:
    """A contact as the dialog or an import row gives it: text, checked by the service.

    ``work_hours`` and ``lunch`` take a range such as ``"09:00-18:00"`` (or
    ``""``); ``habitual_times`` several, separated by ``;``; ``birthday``
    the forms :func:`~kamdesk.services.validation.parse_birthday` reads
    (``1985-08-12``, ``08-12``, ``农历1985-08-12``, ``农历闰4月8日``);
    ``known_to_rep`` a bool or yes/no (是/否); ``decision_role`` and
    ``personality`` a code of :data:`~kamdesk.services.accounts.CODES`.
    """

    name: str
    title: str = ""
    department: str = ""
    decision_role: str = ""
    phones: str = ""
    email: str = ""
    work_hours: str = ""
    lunch: str = ""
    timezone: str = ""
    habitual_times: str = ""
    known_to_rep: bool | str = False
    personality: str | None = None
    birthday: str = ""
    notes: str = ""


#: The columns written for each input field that is not stored under its own name.
_COLUMNS_OF_FIELD: Final[dict[str, tuple[str, ...]]] = {
    "work_hours": ("work_start", "work_end"),
    "lunch": ("lunch_start", "lunch_end"),
    "birthday": ("birthday", "birthday_calendar", "birthday_leap_month"),
}
_FIELD_OF_COLUMN: Final = {
    column: name for name, columns in _COLUMNS_OF_FIELD.items() for column in columns
}


def _read_contact(data: ContactInput) -> tuple[dict[str, Any], list[InvalidInput]]:
    """The column values of ``data`` and every field's error, in field order."""
    reader = InputReader()
    values: dict[str, Any] = {
        "name": reader.name(data.name),
        "title": reader.line(data.title, "title"),
        "department": reader.line(data.department, "department"),
        "decision_role": reader.code(data.decision_role, "decision_role"),
        "phones": reader.phones(data.phones),
        "email": _email(reader, data.email),
    }
    values.update(working_day(reader, data.work_hours, data.lunch))
    values.update(
        timezone=_timezone(reader, data.timezone),
        habitual_times=_habitual_times(reader, data.habitual_times),
        known_to_rep=reader.flag(data.known_to_rep, "known_to_rep"),
        personality=reader.code(data.personality, "personality"),
    )
    birthday = _birthday(reader, data.birthday)
    values.update(
        birthday=birthday.stored() if birthday else None,
        birthday_calendar=birthday.calendar if birthday else "solar",
        birthday_leap_month=birthday.leap_month if birthday else False,
        notes=reader.note(data.notes, "notes"),
    )
    return values, reader.errors


def _email(reader: InputReader, value: object) -> str:
    text = reader.plain(value, "email", MAX_EMAIL_CHARS)
    if text is None:
        return ""
    email = reader.attempt("email", lambda: normalise_email(text), "")
    if len(email) > MAX_EMAIL_CHARS:
        reader.errors.append(
            InvalidInput(
                "email",
                translate("accounts", "An e-mail address may have at most %1 characters.").replace(
                    "%1", str(MAX_EMAIL_CHARS)
                ),
            )
        )
        return ""
    return email


def _timezone(reader: InputReader, value: object) -> str | None:
    text = reader.plain(value, "timezone", MAX_NAME_CHARS)
    if not text or not text.strip():
        return None
    name = unicodedata.normalize("NFKC", text).strip()
    return reader.attempt("timezone", lambda: validate_timezone(name), None)


def _habitual_times(reader: InputReader, value: object) -> list[list[str]]:
    text = reader.plain(value, "habitual_times", MAX_LINE_CHARS)
    if not text or not text.strip():
        return []
    if len(text) > MAX_LINE_CHARS:
        reader.too_long("habitual_times", MAX_LINE_CHARS)
        return []
    ranges = reader.attempt("habitual_times", lambda: parse_time_ranges(text, "habitual_times"), [])
    return [[r.start, r.end] for r in ranges]


def _birthday(reader: InputReader, value: object) -> Birthday | None:
    text = reader.plain(value, "birthday", MAX_NAME_CHARS)
    if not text or not text.strip():
        return None
    if len(text) > MAX_NAME_CHARS:
        reader.too_long("birthday", MAX_NAME_CHARS)
        return None
    return reader.attempt("birthday", lambda: parse_birthday(text), None)


def validate_contact(data: ContactInput) -> list[InvalidInput]:
    """Every field error of ``data`` (empty when it can be saved), in field order."""
    return _read_contact(data)[1]


def _given_fields(values: dict[str, Any]) -> frozenset[str]:
    given = {
        _FIELD_OF_COLUMN.get(name, name)
        for name, value in values.items()
        if value not in ("", None, [], False) and name not in ("birthday_calendar",)
    }
    return frozenset(given)


def create_contact(
    session: Session, account_id: str, data: ContactInput, *, keep_local: bool | None = None
) -> Changed:
    """Adds a contact to a live account.

    Args:
        keep_local: keep the contact's personality observations and style on
            this laptop; callers pass the rep's
            ``Settings.keep_personality_local_default``. ``None`` takes that
            setting's shipped default.

    Raises:
        NotFound: no live account has this id.
        ValidationFailed: a field is wrong; nothing was written.
    """
    get_live(session, Account, account_id, "account")
    values, errors = _read_contact(data)
    if errors:
        raise ValidationFailed(errors)
    if keep_local is None:
        keep_local = Settings().keep_personality_local_default
    contact = Contact(account_id=account_id, keep_local=keep_local, **values)
    session.add(contact)
    session.flush()
    return Changed(
        entity="contact",
        op=OP_CREATED,
        ids=(contact.id,),
        fields=_given_fields(values),
        account_ids=(account_id,),
        rows=(("contact", (contact.id,)),),
    )


def update_contact(session: Session, contact_id: str, data: ContactInput) -> Changed:
    """Replaces the contact's dialog fields with ``data``; only changed values are written.

    Raises:
        NotFound: no live contact has this id.
        ValidationFailed: a field is wrong; nothing was written.
    """
    contact = get_live(session, Contact, contact_id, "contact")
    values, errors = _read_contact(data)
    if errors:
        raise ValidationFailed(errors)
    columns = assign_changed(contact, values)
    if not columns:
        return Changed(entity="contact", op=OP_UPDATED, ids=())
    session.flush()
    return Changed(
        entity="contact",
        op=OP_UPDATED,
        ids=(contact_id,),
        fields=frozenset(_FIELD_OF_COLUMN.get(name, name) for name in columns),
        account_ids=(contact.account_id,),
        rows=(("contact", (contact_id,)),),
    )


def delete_contact(session: Session, contact_id: str) -> DeletionReceipt:
    """Tombstones the contact and its own live special dates (see the module's docstring).

    Visits, calls and tasks that name the contact are left as they are.

    Raises:
        NotFound: no live contact has this id.
    """
    contact = get_live(session, Contact, contact_id, "contact")
    contact.deleted = True
    rows: list[tuple[str, tuple[str, ...]]] = [("contact", (contact_id,))]
    dates = live_rows(
        session,
        SpecialDate,
        SpecialDate.contact_id == contact_id,
        SpecialDate.account_id == contact.account_id,
    )
    for special_date in dates:
        special_date.deleted = True
    if dates:
        rows.append(("special_date", tuple(d.id for d in dates)))
    session.flush()
    return DeletionReceipt("contact", contact_id, contact.account_id, contact.name, tuple(rows))


def birthday_input_text(birthday: Birthday) -> str:
    """A birthday as :func:`~kamdesk.services.validation.parse_birthday` reads it back."""
    year = f"{birthday.year:04d}-" if birthday.year else ""
    leap = "L" if birthday.leap_month else ""
    prefix = "农历" if birthday.calendar == "lunar" else ""
    return f"{prefix}{year}{leap}{birthday.month:02d}-{birthday.day:02d}"


def contact_input_of(view: ContactView) -> ContactInput:
    """The input that fills the edit dialog: saving it unchanged changes nothing."""
    return ContactInput(
        name=view.name,
        title=view.title,
        department=view.department,
        decision_role=view.decision_role or "",
        phones="; ".join(phone_input_text(p) for p in view.phone_numbers),
        email=view.email,
        work_hours=str(view.work_hours) if view.work_hours else "",
        lunch=str(view.lunch) if view.lunch else "",
        timezone=view.timezone or "",
        habitual_times="; ".join(str(r) for r in view.habitual_times),
        known_to_rep=view.known_to_rep,
        personality=view.personality,
        birthday=birthday_input_text(view.birthday) if view.birthday else "",
        notes=view.notes,
    )


def find_contact(session: Session, reference: str) -> tuple[Contact, Account | None]:
    """The live contact named by its id or by an unambiguous name, with its account.

    Raises:
        NotFound: no live contact has that id or name.
        InvalidInput: several contacts have that name; the message lists them
            with their accounts and ids, to pick one by id.
    """
    from sqlalchemy import select

    from kamdesk.errors import NotFound
    from kamdesk.services.accounts import is_live

    wanted = unicodedata.normalize("NFKC", reference).strip()
    contact = session.get(Contact, wanted)
    if contact is None or contact.deleted:
        matches = list(
            session.scalars(
                select(Contact).where(Contact.name == wanted, is_live(Contact)).limit(6)
            )
        )
        if not matches:
            raise NotFound(translate("contacts", "contact %1").replace("%1", reference))
        if len(matches) > 1:
            accounts = {
                account.id: account.name
                for account in session.scalars(
                    select(Account).where(Account.id.in_({m.account_id for m in matches}))
                )
            }
            listed = "; ".join(
                f"{m.name} · {accounts.get(m.account_id, '?')} [{m.id}]" for m in matches[:5]
            )
            raise InvalidInput(
                reference,
                translate(
                    "contacts", "several contacts have this name, name one by its id: %1"
                ).replace("%1", listed),
            )
        contact = matches[0]
    account = session.get(Account, contact.account_id)
    return contact, account

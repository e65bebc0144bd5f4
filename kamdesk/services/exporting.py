"""Export of the client book: lossless JSON, and CSV in the import template's columns.

JSON (:func:`export_json`) is kamdesk's own format, for moving a client book
to another data directory or keeping a readable copy:

* every synced entity (accounts, contacts, visits, calls, tasks, special
  dates, scores) with its id and every synced field, ``created_at``
  included; ``updated_at`` is local bookkeeping and stays out;
* tombstones stay out (``deleted`` is therefore never written), and so do
  the rows of a tombstoned account: they are invisible in the app and exist
  only until the deletion has synced;
* a format name and version (:data:`~kamdesk.services.importing.JSON_FORMAT`,
  ``version`` 1) and no timestamp, so exporting the same book twice gives the
  same bytes, and export → import into an empty data directory → export gives
  the same bytes again;
* entities in id order, one per line, keys sorted, UTF-8 unescaped.

CSV (:func:`export_csv`) is the contact list in the template's columns, one
row per contact and one for each account without contacts, UTF-8 with a BOM
and CRLF so that Excel opens Chinese right. Importing it again changes
nothing.

Files are written to a temporary file beside the target and renamed over it,
so a failed export never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from kamdesk.errors import InvalidInput
from kamdesk.i18n import translate
from kamdesk.models import SYNCED_MODELS, Account, Contact, SyncedMixin
from kamdesk.models.capture import synced_columns, to_json_value
from kamdesk.services.importing import (
    JSON_FORMAT,
    JSON_FORMAT_VERSION,
    csv_bytes,
    template_csv,
    template_headers,
    template_row,
)

_ACCOUNT_COLUMNS = (
    "name", "short_name", "industry", "region", "address", "phones", "category",
    "lifecycle_class", "notes",
)  # fmt: skip
_CONTACT_COLUMNS = (
    "id", "name", "title", "department", "phones", "email", "work_start", "work_end",
    "lunch_start", "lunch_end", "timezone", "known_to_rep", "habitual_times", "personality",
    "birthday", "birthday_calendar", "birthday_leap_month", "notes",
)  # fmt: skip


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file and how many rows of each kind."""

    path: Path
    counts: dict[str, int]


def write_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Writes ``path`` through a temporary file in its folder, renamed over it when complete.

    Raises:
        InvalidInput: the folder does not exist or cannot be written.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput(str(path), translate("export", "The folder does not exist."))
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InvalidInput(str(path), exc.strerror or str(exc)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise InvalidInput(str(path), exc.strerror or str(exc)) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _exported_columns(model: type[SyncedMixin]) -> list[str]:
    return [c for c in synced_columns(model) if c != "deleted"]


def _tombstoned_accounts(session: Session) -> set[str]:
    return set(session.scalars(select(Account.id).where(Account.deleted.is_(True))))


def export_entities(session: Session, entity: str, hidden: set[str]) -> Iterator[dict[str, Any]]:
    """The live rows of ``entity`` as exported, in id order.

    Args:
        hidden: tombstoned account ids; their children are left out.
    """
    model = SYNCED_MODELS[entity]
    columns = _exported_columns(model)
    statement = (
        select(model.id, *(getattr(model, c) for c in columns))  # type: ignore[attr-defined]
        .where(model.deleted.is_(False))
        .order_by(model.id)  # type: ignore[attr-defined]
    )
    for row in session.execute(statement.execution_options(yield_per=1000)):
        values = dict(zip(columns, row[1:], strict=True))
        if entity != "account" and values.get("account_id") in hidden:
            continue
        yield {"id": row[0], **{c: to_json_value(values[c]) for c in columns}}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)


def export_json(session: Session, path: Path) -> ExportResult:
    """Writes every live synced row to ``path`` as kamdesk's JSON (see the module's notes).

    Raises:
        InvalidInput: ``path`` cannot be written.
    """
    hidden = _tombstoned_accounts(session)
    counts: dict[str, int] = {}

    def write(stream: IO[bytes]) -> None:
        stream.write(
            f'{{\n"format": {_dumps(JSON_FORMAT)},\n"version": {JSON_FORMAT_VERSION},\n'
            '"entities": {\n'.encode()
        )
        for position, entity in enumerate(SYNCED_MODELS):
            stream.write(f"{_dumps(entity)}: [".encode())
            count = 0
            for item in export_entities(session, entity, hidden):
                stream.write(("\n" if count == 0 else ",\n").encode())
                stream.write(_dumps(item).encode("utf-8"))
                count += 1
            counts[entity] = count
            closing = "\n]" if count else "]"
            stream.write(
                (closing + ("," if position < len(SYNCED_MODELS) - 1 else "") + "\n").encode()
            )
        stream.write(b"}\n}\n")

    write_atomically(path, write)
    return ExportResult(Path(path), counts)


def csv_rows(session: Session, language: str) -> Iterator[list[str]]:
    """The contact list in the template's columns: a row per live contact, one per account without."""
    account_columns = [getattr(Account, c) for c in ("id", *_ACCOUNT_COLUMNS)]
    contact_columns = [getattr(Contact, c) for c in _CONTACT_COLUMNS]
    statement = (
        select(*account_columns, *contact_columns)
        .outerjoin(Contact, and_(Contact.account_id == Account.id, Contact.deleted.is_(False)))
        .where(Account.deleted.is_(False))
        .order_by(Account.name, Account.id, Contact.name, Contact.id)
    )
    width = 1 + len(_ACCOUNT_COLUMNS)
    for row in session.execute(statement.execution_options(yield_per=1000)):
        account = dict(zip(_ACCOUNT_COLUMNS, row[1:width], strict=True))
        contact = dict(zip(_CONTACT_COLUMNS, row[width:], strict=True))
        yield template_row(account, contact if contact["id"] is not None else None, language)


def export_csv(session: Session, path: Path, language: str = "zh_CN") -> ExportResult:
    """Writes the contact list to ``path`` in the import template's columns.

    Args:
        language: the headers' and the enumerated words' language (``zh_CN``
            or ``en``); the import reads both.

    Raises:
        InvalidInput: ``path`` cannot be written.
    """
    counts = {"rows": 0}

    def rows() -> Iterator[list[str]]:
        yield list(template_headers(language))
        for row in csv_rows(session, language):
            counts["rows"] += 1
            yield row

    def write(stream: IO[bytes]) -> None:
        # csv_bytes makes one buffer; written in slices of rows to keep memory flat.
        first = True
        batch: list[list[str]] = []
        for row in rows():
            batch.append(row)
            if len(batch) >= 5000:
                data = csv_bytes(batch)
                stream.write(data if first else data[3:])
                first, batch = False, []
        if batch or first:
            data = csv_bytes(batch)
            stream.write(data if first else data[3:])

    write_atomically(path, write)
    return ExportResult(Path(path), counts)


def write_template(path: Path, language: str) -> ExportResult:
    """Writes the import template (headers in ``language``, one example row) to ``path``."""
    data = template_csv(language)

    def write(stream: IO[bytes]) -> None:
        stream.write(data)

    write_atomically(path, write)
    return ExportResult(Path(path), {"rows": 1})

"""The draft journal: what is typed in a visit report, on disk before it is saved.

The report editor saves through :func:`~kamdesk.services.visits.save_report`
on the database worker a moment after typing pauses. A process killed inside
that pause would lose the last characters, so the editor also writes the
report fields the store does not have yet to a small file on every change:
``<data dir>/drafts/visit-<id>.json`` (:attr:`kamdesk.paths.DataPaths.drafts`).

How safe that is, and why it is cheap enough for every keystroke:

* The file is written on the GUI thread, synchronously, before the keystroke's
  event returns, through a temporary file and :func:`os.replace`, so a kill in
  the middle of a write leaves the previous journal whole, never half of one.
* Nothing is fsynced. A killed (or crashed) process leaves what it wrote in the
  operating system's page cache, which reaches the disk anyway; only a crash
  of the operating system itself (or a power cut) can lose it, and that is what
  the autosave within :data:`~kamdesk.ui.visit_editor.AUTOSAVE_DELAY_MS`
  covers (SQLite syncs its own commits).
* A journal is removed only once the worker confirms that exactly its values
  are stored (:meth:`DraftJournal.clear_saved`), so there is never a moment
  when what was typed is in neither place.

A journal also records, for each field, the value the store held when the
typing began (``base``) and the visit's ``updated_at`` then. When a journal is
found later (:func:`assess`), a field whose stored value is still ``base`` is
taken from the journal; a field changed in the store since (another edit, a
sync) is a conflict the rep decides, never overwritten silently. Fields are
compared one by one, not by ``updated_at``: a tick or a plan change touches the
row's time without touching the report, and clocks decide nothing here (see
DESIGN.md, "No silent loss").

This module is plain Python: the editor (``kamdesk/ui/visit_editor.py``) and
the start-up recovery (:func:`recover_drafts`, :func:`settle_recoveries`) use it.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy.orm import Session

from kamdesk.models import Visit
from kamdesk.paths import DataPaths
from kamdesk.services.visits import (
    REPORT_FIELDS,
    SATISFACTION_RANGE,
    STATUSES,
    _as_typed,
    save_report,
)

#: The journal's file format; a file of another format is set aside, not guessed at.
FORMAT: Final = 1
_PREFIX: Final = "visit-"
_SUFFIX: Final = ".json"
_TEMP_SUFFIX: Final = ".tmp"
#: Where unreadable journals go (beside the journals, so they are found with them).
BROKEN_DIR: Final = "broken"
#: Where journals of deleted visits go once reported: kept, not offered at every start.
KEPT_DIR: Final = "kept"
_TEXT_FIELDS: Final = frozenset(REPORT_FIELDS) - {"satisfaction", "status"}
_SAFE_ID: Final = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


class BrokenDraft(Exception):
    """A journal file that cannot be read: not JSON, another format, or values of the wrong kind.

    Attributes:
        path: the file.
        reason: what is wrong, for the log and the message (in English; the UI
            names the file, which is what the rep can act on).
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class VisitDraft:
    """The report fields typed in one visit's editor that the store may not have yet.

    Attributes:
        visit_id: the visit.
        fields: report field → value as typed (the service's names, as
            :func:`~kamdesk.services.visits.save_report` takes them).
        base: field → the value the store held when the editor began from it.
        base_updated_at: the visit's ``updated_at`` the editor began from (for
            the record; :func:`assess` decides by ``base``).
        written_at: when the journal was written (aware UTC): about when the
            typing stopped if kamdesk closed unexpectedly.
        account_name: the visit's account, to name the visit in a message
            even once the visit is gone.
    """

    visit_id: str
    fields: Mapping[str, Any]
    base: Mapping[str, Any] = field(default_factory=dict)
    base_updated_at: datetime | None = None
    written_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    account_name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "visit_id": self.visit_id,
            "account_name": self.account_name,
            "written_at": self.written_at.astimezone(UTC).isoformat(),
            "base_updated_at": (
                self.base_updated_at.astimezone(UTC).isoformat()
                if self.base_updated_at is not None
                else None
            ),
            "fields": dict(self.fields),
            "base": dict(self.base),
        }


def _check_value(name: str, value: object) -> bool:
    if name in _TEXT_FIELDS:
        return isinstance(value, str)
    if name == "satisfaction":
        low, high = SATISFACTION_RANGE
        return value is None or (
            isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        )
    return name == "status" and value in STATUSES


def _moment(value: object, path: Path, what: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise BrokenDraft(path, f"{what} is not a time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise BrokenDraft(path, f"{what} is not a time: {exc}") from None
    if moment.tzinfo is None:
        raise BrokenDraft(path, f"{what} has no time zone")
    return moment


def _report_values(data: object, path: Path, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise BrokenDraft(path, f"{what} is not an object")
    for name, value in data.items():
        if name not in REPORT_FIELDS:
            raise BrokenDraft(path, f"{what}: {name!r} is not a field of the visit report")
        if not _check_value(name, value):
            raise BrokenDraft(path, f"{what}: {name} has a value of the wrong kind")
    return dict(data)


def parse_draft(text: str, path: Path) -> VisitDraft:
    """Reads a journal's text (``path`` names it in errors).

    Raises:
        BrokenDraft: the text is not a journal this version can read.
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise BrokenDraft(path, f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise BrokenDraft(path, "not a JSON object")
    if data.get("format") != FORMAT:
        raise BrokenDraft(path, f"format {data.get('format')!r}, expected {FORMAT}")
    visit_id = data.get("visit_id")
    if not isinstance(visit_id, str) or not visit_id:
        raise BrokenDraft(path, "no visit id")
    account_name = data.get("account_name", "")
    if not isinstance(account_name, str):
        raise BrokenDraft(path, "account_name is not text")
    fields = _report_values(data.get("fields"), path, "fields")
    base = _report_values(data.get("base", {}), path, "base")
    written_at = _moment(data.get("written_at"), path, "written_at")
    if written_at is None:
        raise BrokenDraft(path, "no written_at")
    return VisitDraft(
        visit_id=visit_id,
        fields=fields,
        base=base,
        base_updated_at=_moment(data.get("base_updated_at"), path, "base_updated_at"),
        written_at=written_at,
        account_name=account_name,
    )


class DraftJournal:
    """The journals of one data directory: one file per visit being typed.

    Used from one thread at a time (the editor's, the GUI thread; the start-up
    recovery runs before any editor can write). One kamdesk process owns a data
    directory (its instance lock), so no two writers share a file.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @classmethod
    def of(cls, paths: DataPaths) -> DraftJournal:
        """The journal of the data directory ``paths``."""
        return cls(paths.drafts)

    def path_for(self, visit_id: str) -> Path:
        """The journal file of ``visit_id`` (ids are UUIDs; any other id is hex-encoded)."""
        name = visit_id if _SAFE_ID.match(visit_id) else "x" + visit_id.encode().hex()[:120]
        return self.directory / f"{_PREFIX}{name}{_SUFFIX}"

    def write(self, draft: VisitDraft) -> Path:
        """Writes ``draft`` atomically, replacing the visit's journal; returns its path.

        Raises:
            OSError: the file could not be written (the previous journal, if
                any, is untouched).
        """
        path = self.path_for(draft.visit_id)
        temp = path.with_name(path.name + _TEMP_SUFFIX)
        data = json.dumps(draft.to_json(), ensure_ascii=False, indent=1)
        try:
            temp.write_text(data, encoding="utf-8")
        except FileNotFoundError:
            self.directory.mkdir(parents=True, exist_ok=True)
            temp.write_text(data, encoding="utf-8")
        os.replace(temp, path)
        return path

    def read(self, visit_id: str) -> VisitDraft | None:
        """The journal of ``visit_id``, or None when there is none.

        Raises:
            BrokenDraft: there is a file but it cannot be read (see :meth:`set_aside`).
        """
        path = self.path_for(visit_id)
        draft = self._read_path(path)
        if draft is not None and draft.visit_id != visit_id:
            raise BrokenDraft(path, f"written for visit {draft.visit_id}")
        return draft

    def _read_path(self, path: Path) -> VisitDraft | None:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise BrokenDraft(path, f"cannot be read: {exc.strerror or exc}") from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BrokenDraft(path, "not UTF-8 text") from None
        return parse_draft(text, path)

    def discard(self, visit_id: str) -> None:
        """Removes the visit's journal (no error when there is none)."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(visit_id).unlink()

    def clear_saved(self, visit_id: str, saved: Mapping[str, Any]) -> bool:
        """Removes the visit's journal if every field in it has the value ``saved`` gives.

        ``saved`` is what the worker confirmed is in the store. A journal that
        holds anything else (typed after that save was sent) stays. A broken
        journal stays too, for :meth:`set_aside`.

        Returns:
            True when there is no journal any more.
        """
        try:
            draft = self.read(visit_id)
        except BrokenDraft:
            return False
        if draft is None:
            return True
        if any(name not in saved or saved[name] != value for name, value in draft.fields.items()):
            return False
        self.discard(visit_id)
        return True

    def set_aside(self, path: Path, where: str = BROKEN_DIR) -> Path:
        """Moves a journal into the sub-directory ``where`` under a name not taken; returns it.

        An unreadable journal goes to ``broken/``, a deleted visit's to
        ``kept/``: never deleted, never offered again.
        """
        folder = self.directory / where
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        target = folder / f"{path.stem}-{stamp}{path.suffix}"
        number = 1
        while target.exists():
            number += 1
            target = folder / f"{path.stem}-{stamp}-{number}{path.suffix}"
        os.replace(path, target)
        return target

    def paths(self) -> Iterator[Path]:
        """The journal files there are (not the temporary nor the set-aside ones), by name."""
        try:
            entries = sorted(self.directory.iterdir())
        except FileNotFoundError:
            return
        for path in entries:
            if path.is_file() and path.name.startswith(_PREFIX) and path.suffix == _SUFFIX:
                yield path

    def drafts(self) -> Iterator[VisitDraft | BrokenDraft]:
        """Each journal there is, read; a broken one as its :class:`BrokenDraft`."""
        for path in self.paths():
            try:
                draft = self._read_path(path)
            except BrokenDraft as problem:
                yield problem
                continue
            if draft is None:
                continue  # removed meanwhile
            if self.path_for(draft.visit_id) != path:
                yield BrokenDraft(path, f"written for visit {draft.visit_id}")
                continue
            yield draft


# --- recovery --------------------------------------------------------------------------


class Outcome(enum.Enum):
    """What a journal found later means (:func:`assess`)."""

    #: the store has every value of the journal already (it was saved; only
    #: the removal was cut short): drop the journal
    STALE = "stale"
    #: the store still holds what the typing began from: take the journal's values
    APPLY = "apply"
    #: a field of the journal was changed in the store since: the rep decides
    CONFLICT = "conflict"
    #: the visit is deleted (or gone): keep the journal and say so
    DELETED = "deleted"
    #: the journal cannot be read: set aside and say so
    BROKEN = "broken"


@dataclass(frozen=True)
class Assessment:
    """How a journal stands against the stored report.

    Attributes:
        outcome: what to do (see :class:`Outcome`).
        changes: the journal's fields whose value the store does not have.
        conflicts: of those, the ones changed in the store since the typing
            began (only for :attr:`Outcome.CONFLICT`), in the report's order.
    """

    outcome: Outcome
    changes: Mapping[str, Any] = field(default_factory=dict)
    conflicts: tuple[str, ...] = ()


def _same(name: str, stored: object, typed: object) -> bool:
    if name in _TEXT_FIELDS and isinstance(typed, str) and isinstance(stored, str):
        # The store keeps text as save_report makes it storable (NFC, no control characters).
        return stored == _as_typed(typed)
    return stored == typed


def assess(draft: VisitDraft, stored: Mapping[str, Any] | None) -> Assessment:
    """Compares a journal with the report as stored (``None``: the visit is deleted)."""
    if stored is None:
        return Assessment(Outcome.DELETED, dict(draft.fields))
    changes = {
        name: value
        for name, value in draft.fields.items()
        if not _same(name, stored.get(name), value)
    }
    if not changes:
        return Assessment(Outcome.STALE)
    conflicts = tuple(
        name
        for name in REPORT_FIELDS
        if name in changes
        and (name not in draft.base or not _same(name, stored.get(name), draft.base[name]))
    )
    return Assessment(Outcome.CONFLICT if conflicts else Outcome.APPLY, changes, conflicts)


def stored_report(session: Session, visit_id: str) -> dict[str, Any] | None:
    """The visit's report fields as stored, or None when the visit is deleted or unknown."""
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted:
        return None
    return {name: getattr(visit, name) for name in REPORT_FIELDS}


@dataclass(frozen=True)
class DraftRecovery:
    """One journal found at start-up, and what became of it.

    Attributes:
        outcome: see :class:`Outcome`; ``APPLY`` means saved in this unit of work.
        visit_id: the visit ("" when a broken file named none).
        account_name: the visit's account (the store's; else the journal's).
        written_at: when the journal was last written (None when broken).
        conflicts: the fields changed in the store since (``CONFLICT``).
        draft: the journal read (None when broken).
        path: the journal's file (for ``BROKEN`` and ``DELETED``, where it was moved).
        reason: why it could not be read, or why its values could not be saved.
    """

    outcome: Outcome
    visit_id: str = ""
    account_name: str = ""
    written_at: datetime | None = None
    conflicts: tuple[str, ...] = ()
    draft: VisitDraft | None = None
    path: Path | None = None
    reason: str = ""


def _account_name(session: Session, visit_id: str, fallback: str) -> str:
    from kamdesk.models import Account

    visit = session.get(Visit, visit_id)
    if visit is not None:
        account = session.get(Account, visit.account_id)
        if account is not None:
            return account.name
    return fallback


def recover_drafts(
    session: Session, journal: DraftJournal, skip: Collection[str] = ()
) -> list[DraftRecovery]:
    """Takes the journals left by a kamdesk that closed unexpectedly into the store.

    For each journal (but those of the visits in ``skip``, whose editors are
    open and recover their own): values the store still lacks, on fields not
    changed since, are saved in ``session`` (the caller's unit of work);
    conflicts are left where they are for the rep to decide in the editor; a
    deleted visit's journal is moved to ``kept/`` and an unreadable one to
    ``broken/`` (reported once, never deleted). Journals are removed only by
    :func:`settle_recoveries`, after the commit.
    """
    found: list[DraftRecovery] = []
    for entry in journal.drafts():
        if isinstance(entry, BrokenDraft):
            moved = journal.set_aside(entry.path)
            found.append(DraftRecovery(Outcome.BROKEN, path=moved, reason=entry.reason))
            continue
        if entry.visit_id in skip:
            continue
        path = journal.path_for(entry.visit_id)
        assessment = assess(entry, stored_report(session, entry.visit_id))
        name = _account_name(session, entry.visit_id, entry.account_name)
        recovery = DraftRecovery(
            assessment.outcome,
            visit_id=entry.visit_id,
            account_name=name,
            written_at=entry.written_at,
            conflicts=assessment.conflicts,
            draft=entry,
            path=path,
        )
        if assessment.outcome is Outcome.APPLY:
            save_report(session, entry.visit_id, assessment.changes)
        elif assessment.outcome is Outcome.DELETED:
            recovery = replace(recovery, path=journal.set_aside(path, KEPT_DIR))
        found.append(recovery)
    return found


def settle_recoveries(journal: DraftJournal, recoveries: Collection[DraftRecovery]) -> None:
    """After :func:`recover_drafts` committed: removes the journals now stored.

    Journals whose values were saved (or were already stored) are removed if
    they still hold exactly those values (an editor opened meanwhile may have
    written newer ones); the others stay.
    """
    for recovery in recoveries:
        if recovery.draft is None:
            continue
        if recovery.outcome in (Outcome.APPLY, Outcome.STALE):
            journal.clear_saved(recovery.visit_id, recovery.draft.fields)

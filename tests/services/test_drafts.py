"""The draft journal: report text on disk between a keystroke and its save, and its recovery."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kamdesk.services import visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.drafts import (
    BROKEN_DIR,
    KEPT_DIR,
    BrokenDraft,
    DraftJournal,
    Outcome,
    VisitDraft,
    assess,
    recover_drafts,
    settle_recoveries,
    stored_report,
)
from kamdesk.services.visits import VisitPlan

SHANGHAI = ZoneInfo("Asia/Shanghai")
VISIT = "0190f0e2-7a3b-7c4d-8e5f-000000000001"
EMPTY = {"notes": "", "needs_found": "", "objections": "", "outcome": "", "next_steps": ""}


def _draft(fields: dict[str, object], base: dict[str, object] | None = None) -> VisitDraft:
    return VisitDraft(
        visit_id=VISIT,
        fields=fields,
        base=base if base is not None else {name: EMPTY.get(name) for name in fields},
        written_at=datetime(2026, 11, 26, 6, 32, tzinfo=UTC),
        account_name="中兴通讯",
    )


@pytest.fixture
def journal(tmp_path: Path) -> DraftJournal:
    return DraftJournal(tmp_path / "drafts")


def test_a_written_journal_reads_back_the_same(journal: DraftJournal) -> None:
    draft = _draft(
        {"notes": "预算 80 万 & <b>报价</b>\n第二行", "satisfaction": 4, "status": "done"},
        {"notes": "", "satisfaction": None, "status": "planned"},
    )
    path = journal.write(draft)
    assert path == journal.path_for(VISIT)
    assert path.parent == journal.directory  # the folder is made when first needed
    assert journal.read(VISIT) == draft
    # Readable by a person who needs the text back by hand.
    assert "预算 80 万" in path.read_text(encoding="utf-8")


def test_no_journal_reads_as_none(journal: DraftJournal) -> None:
    assert journal.read(VISIT) is None
    assert list(journal.drafts()) == []


def test_the_journal_is_in_the_data_directory(data_paths) -> None:  # type: ignore[no-untyped-def]
    assert DraftJournal.of(data_paths).directory == data_paths.root / "drafts"


def test_a_write_cut_short_leaves_the_previous_journal_whole(
    journal: DraftJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.write(_draft({"notes": "first"}))

    def killed(source: object, target: object) -> None:
        raise OSError("killed before the rename")

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(OSError):
        journal.write(_draft({"notes": "first and more"}))
    monkeypatch.undo()
    # The half-written temporary file is there, the journal still the first one,
    # and listing the journals ignores the temporary file.
    assert [p.name for p in journal.directory.iterdir() if p.name.endswith(".tmp")]
    assert journal.read(VISIT) is not None
    assert journal.read(VISIT).fields == {"notes": "first"}  # type: ignore[union-attr]
    assert [d.visit_id for d in journal.drafts()] == [VISIT]  # type: ignore[union-attr]
    # The next write replaces both.
    journal.write(_draft({"notes": "first and more"}))
    assert journal.read(VISIT).fields == {"notes": "first and more"}  # type: ignore[union-attr]
    assert not [p for p in journal.directory.iterdir() if p.name.endswith(".tmp")]


def test_the_journal_is_cleared_only_when_the_saved_values_are_its_values(
    journal: DraftJournal,
) -> None:
    journal.write(_draft({"notes": "typed", "satisfaction": 3}))
    # A save of older text (sent before the last keystrokes) leaves it.
    assert not journal.clear_saved(VISIT, {"notes": "type", "satisfaction": 3})
    # A save that lacks one of its fields leaves it.
    assert not journal.clear_saved(VISIT, {"notes": "typed"})
    assert journal.read(VISIT) is not None
    # The save of exactly its values removes it.
    assert journal.clear_saved(VISIT, {**EMPTY, "notes": "typed", "satisfaction": 3})
    assert journal.read(VISIT) is None
    assert journal.clear_saved(VISIT, {"notes": "anything"})  # nothing left: nothing to keep


@pytest.mark.parametrize(
    "content",
    [
        b"{\"format\": 1, \"visit_id\": \"0190f0e2-7a3b-7c4d-8e5f-0000",  # cut short
        b"\xff\xfe not utf-8",
        b"[]",
        json.dumps({"format": 99, "visit_id": VISIT, "fields": {}}).encode(),
        json.dumps(
            {"format": 1, "visit_id": VISIT, "written_at": "2026-11-26T06:32:00+00:00",
             "fields": {"notes": 5}}
        ).encode(),
        json.dumps(
            {"format": 1, "visit_id": VISIT, "written_at": "2026-11-26T06:32:00+00:00",
             "fields": {"password": "x"}}
        ).encode(),
        json.dumps(
            {"format": 1, "visit_id": VISIT, "written_at": "2026-11-26T06:32:00+00:00",
             "fields": {"satisfaction": 9}}
        ).encode(),
        json.dumps(
            {"format": 1, "visit_id": "another", "written_at": "2026-11-26T06:32:00+00:00",
             "fields": {}}
        ).encode(),
    ],
)  # fmt: skip
def test_a_broken_journal_is_reported_kept_and_set_aside(
    journal: DraftJournal, content: bytes
) -> None:
    path = journal.path_for(VISIT)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(BrokenDraft) as raised:
        journal.read(VISIT)
    assert raised.value.path == path
    assert not journal.clear_saved(VISIT, {"notes": ""})
    assert path.exists()
    (listed,) = journal.drafts()
    assert isinstance(listed, BrokenDraft)
    moved = journal.set_aside(path)
    assert moved.parent == journal.directory / BROKEN_DIR
    assert moved.read_bytes() == content
    assert not path.exists()
    assert list(journal.drafts()) == []
    # A second one set aside in the same second does not overwrite the first.
    path.write_bytes(content)
    assert journal.set_aside(path) != moved
    assert moved.exists()


def test_assessing_a_journal_against_the_stored_report() -> None:
    stored = {**EMPTY, "satisfaction": None, "status": "planned"}
    assert assess(_draft({"notes": ""}), stored).outcome is Outcome.STALE
    applied = assess(_draft({"notes": "typed", "outcome": ""}), stored)
    assert applied.outcome is Outcome.APPLY
    assert applied.changes == {"notes": "typed"}
    # Stored the way save_report stores it (NFC): the same text, nothing to recover.
    decomposed = "Cafe\u0301"
    assert assess(_draft({"notes": decomposed}), {**stored, "notes": "Café"}).outcome is (
        Outcome.STALE
    )
    changed = {**stored, "notes": "written on the tablet since", "next_steps": "call"}
    conflict = assess(_draft({"notes": "typed", "next_steps": "call"}), changed)
    assert conflict.outcome is Outcome.CONFLICT
    assert conflict.conflicts == ("notes",)
    assert conflict.changes == {"notes": "typed"}
    # Another field changed since is no conflict: only the journal's fields count.
    assert assess(_draft({"outcome": "agreed"}), changed).outcome is Outcome.APPLY
    assert assess(_draft({"notes": "typed"}), None).outcome is Outcome.DELETED


@pytest.fixture
def visit_id(store) -> str:  # type: ignore[no-untyped-def]
    now = datetime.now(SHANGHAI)
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="中兴通讯")).ids[0]
        zhao = create_contact(session, account_id, ContactInput(name="赵敏")).ids[0]
        return visits.plan_visit(
            session, VisitPlan(account_id, (zhao,), now + timedelta(hours=2)), now=now
        ).visit_id


def _journal_of(store, visit_id: str, fields, base=None) -> DraftJournal:  # type: ignore[no-untyped-def]
    journal = DraftJournal.of(store.paths)
    with store.reading() as session:
        stored = stored_report(session, visit_id)
    assert stored is not None
    journal.write(
        VisitDraft(
            visit_id=visit_id,
            fields=fields,
            base=base if base is not None else {name: stored[name] for name in fields},
            account_name="中兴通讯",
        )
    )
    return journal


def test_start_up_recovery_saves_a_journal_and_then_removes_it(store, visit_id) -> None:  # type: ignore[no-untyped-def]
    journal = _journal_of(store, visit_id, {"notes": "客户预算 80 万", "satisfaction": 4})
    with store.unit_of_work() as session:
        (found,) = recover_drafts(session, journal)
    assert found.outcome is Outcome.APPLY
    assert found.account_name == "中兴通讯"
    # Not removed before the commit is known.
    assert journal.read(visit_id) is not None
    settle_recoveries(journal, [found])
    assert journal.read(visit_id) is None
    with store.reading() as session:
        detail = visits.visit_detail(session, visit_id)
    assert (detail.notes, detail.satisfaction) == ("客户预算 80 万", 4)


def test_start_up_recovery_leaves_a_report_changed_since_to_the_rep(store, visit_id) -> None:  # type: ignore[no-untyped-def]
    journal = _journal_of(store, visit_id, {"notes": "typed here"})
    with store.unit_of_work() as session:
        visits.save_report(session, visit_id, {"notes": "pulled by a sync"})
    with store.unit_of_work() as session:
        (found,) = recover_drafts(session, journal)
    settle_recoveries(journal, [found])
    assert found.outcome is Outcome.CONFLICT
    assert found.conflicts == ("notes",)
    assert journal.read(visit_id).fields == {"notes": "typed here"}  # type: ignore[union-attr]
    with store.reading() as session:
        assert visits.visit_detail(session, visit_id).notes == "pulled by a sync"


def test_start_up_recovery_keeps_a_deleted_visits_journal_and_sets_aside_a_broken_one(  # type: ignore[no-untyped-def]
    store, visit_id
) -> None:
    journal = _journal_of(store, visit_id, {"notes": "typed before the delete"})
    broken = journal.path_for("0190f0e2-7a3b-7c4d-8e5f-00000000dead")
    broken.write_text("{not json", encoding="utf-8")
    with store.unit_of_work() as session:
        visits.delete_visit(session, visit_id)
    with store.unit_of_work() as session:
        found = recover_drafts(session, journal)
    settle_recoveries(journal, found)
    by_outcome = {f.outcome: f for f in found}
    assert set(by_outcome) == {Outcome.DELETED, Outcome.BROKEN}
    kept = by_outcome[Outcome.DELETED].path
    assert kept is not None and kept.parent == journal.directory / KEPT_DIR
    assert "typed before the delete" in kept.read_text(encoding="utf-8")
    assert by_outcome[Outcome.DELETED].account_name == "中兴通讯"
    moved = by_outcome[Outcome.BROKEN].path
    assert moved is not None and moved.parent == journal.directory / BROKEN_DIR
    assert moved.read_text(encoding="utf-8") == "{not json"
    # Reported once: the next start finds nothing to say.
    with store.unit_of_work() as session:
        assert recover_drafts(session, journal) == []


def test_start_up_recovery_leaves_the_journal_of_an_open_editor(store, visit_id) -> None:  # type: ignore[no-untyped-def]
    journal = _journal_of(store, visit_id, {"notes": "the editor has it"})
    with store.unit_of_work() as session:
        assert recover_drafts(session, journal, skip={visit_id}) == []
        assert stored_report(session, visit_id)["notes"] == ""  # type: ignore[index]
    assert journal.read(visit_id) is not None

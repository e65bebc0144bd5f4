"""Export: JSON is lossless and stable, CSV is the template's contact list; both import back."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from kamdesk.errors import InvalidInput
from kamdesk.models import (
    Account,
    Call,
    Contact,
    OutboxEntry,
    Score,
    SpecialDate,
    Task,
    Visit,
)
from kamdesk.models.capture import dumps, visible_state
from kamdesk.paths import DataPaths
from kamdesk.services.demo import generate_demo
from kamdesk.services.exporting import export_csv, export_json, write_atomically
from kamdesk.services.importing import (
    TEMPLATE_HEADERS,
    apply_import,
    plan_import,
    read_table,
)
from kamdesk.store import open_store


def fill_book(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Demo accounts plus one row of every other synced entity and a tombstoned account."""
    with store.unit_of_work() as session:
        generate_demo(session, 12, seed=7)
        account = Account(
            name="𠀀𪚥科技🚀有限公司",
            phones=["+8675588881234"],
            score=87.25,
            tier="A",
            notes="第一行\n第二行",
            contact_interval_days=14,
        )
        session.add(account)
        session.flush()
        contact = Contact(
            account_id=account.id,
            name="David 王",
            phones=["+8613800138000", "+862155551234;ext=8021"],
            habitual_times=[["07:30", "08:00"], ["20:00", "21:00"]],
            personality="professor",
            personality_assessment={"answers": {"q1": 3, "q2": "b"}, "confidence": 0.8},
            birthday="--04-08",
            birthday_calendar="lunar",
            birthday_leap_month=True,
            keep_local=True,
        )
        session.add(contact)
        session.flush()
        visit = Visit(
            account_id=account.id,
            contact_ids=[contact.id],
            start=datetime(2026, 11, 27, 2, 30, tzinfo=UTC),
            end=datetime(2026, 11, 27, 3, 45, 12, 345678, tzinfo=UTC),
            checklist={"bring_case_study": True, "agenda": False},
            satisfaction=4,
            status="done",
        )
        session.add(visit)
        session.flush()
        call = Call(
            account_id=account.id,
            contact_id=contact.id,
            called_at=datetime(2026, 11, 26, 1, 0, tzinfo=UTC),
            outcome="appointment",
            step_notes={"1": "问候", "2": "约了周五"},
            visit_id=visit.id,
        )
        session.add(call)
        session.flush()
        session.add_all(
            [
                Task(
                    account_id=account.id,
                    contact_id=contact.id,
                    call_id=call.id,
                    title="发送案例",
                    due=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
                ),
                SpecialDate(account_id=account.id, kind="founding", month=5, day=18, year=2003),
                Score(account_id=account.id, criterion="budget", weight=0.3, value=0.1 + 0.2),
            ]
        )
        gone = Account(name="已删除的客户")
        session.add(gone)
        session.flush()
        session.add(Contact(account_id=gone.id, name="看不见的人"))
        session.flush()
        gone.deleted = True
    return {"account": account.id, "gone": gone.id}


def test_json_export_import_export_gives_the_same_bytes(store, tmp_path, isolated_user_dirs):
    ids = fill_book(store)
    first = tmp_path / "first.json"
    with store.reading() as session:
        result = export_json(session, first)
        # the demo's visits and their promises, and the one of each added by hand
        live = {
            model.entity: session.scalar(
                select(func.count()).select_from(model).where(model.deleted.is_(False))
            )
            for model in (Visit, Task)
        }
    assert live["visit"] > 1 and live["task"] > 1
    assert result.counts == {
        "account": 13,
        "contact": result.counts["contact"],
        "visit": live["visit"],
        "call": 1,
        "task": live["task"],
        "special_date": 1,
        "score": 1,
    }
    document = json.loads(first.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("kamdesk-export", 1)
    exported_ids = {a["id"] for a in document["entities"]["account"]}
    assert ids["account"] in exported_ids and ids["gone"] not in exported_ids
    assert all(
        "deleted" not in item and "updated_at" not in item
        for item in document["entities"]["account"]
    )
    assert "看不见的人" not in first.read_text(encoding="utf-8")

    fresh = open_store(DataPaths(tmp_path / "fresh").ensure())
    try:
        table = read_table(first)
        with fresh.unit_of_work() as session:
            plan = plan_import(session, table)
            assert plan.problems == ()
            imported = apply_import(session, plan)
        assert imported.counts["account"].created == 13
        assert imported.counts["visit"].created == live["visit"]
        assert imported.counts["task"].created == live["task"]
        second = tmp_path / "second.json"
        with fresh.reading() as session:
            export_json(session, second)
        assert second.read_bytes() == first.read_bytes()

        # Importing it again where it came from (or again here) adds nothing.
        for target in (fresh, store):
            with target.reading() as session:
                outbox_before = session.scalar(select(func.count()).select_from(OutboxEntry))
            with target.unit_of_work() as session:
                again = apply_import(session, plan_import(session, read_table(first)))
            assert all(c.created == 0 for c in again.counts.values())
            assert again.kept == ()
            with target.reading() as session:
                outbox_after = session.scalar(select(func.count()).select_from(OutboxEntry))
            assert outbox_after == outbox_before
    finally:
        fresh.close()


def test_exporting_twice_gives_the_same_bytes(store, tmp_path):
    fill_book(store)
    with store.reading() as session:
        export_json(session, tmp_path / "a.json")
        export_json(session, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_an_empty_book_exports_and_imports(store, tmp_path):
    path = tmp_path / "empty.json"
    with store.reading() as session:
        export_json(session, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert all(items == [] for items in document["entities"].values())
    with store.unit_of_work() as session:
        result = apply_import(session, plan_import(session, read_table(path)))
    assert all(c.created == 0 for c in result.counts.values())


def test_bad_json_entries_are_reported_and_the_rest_imported(store, tmp_path):
    path = tmp_path / "book.json"
    with store.unit_of_work() as session:
        generate_demo(session, 4, seed=1, visits=False)  # the orphans are contacts only
    with store.reading() as session:
        export_json(session, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    accounts = document["entities"]["account"]
    contacts = document["entities"]["contact"]
    good_account = accounts[3]["id"]
    accounts[0]["id"] = "not-an-id"
    accounts[1]["phones"] = "13800138000"
    accounts[2]["score"] = "high"
    first_good = next(i for i, c in enumerate(contacts) if c["account_id"] == good_account)
    contacts[first_good]["created_at"] = "2026-11-26T10:00:00"
    contacts.append(contacts[-1])
    contacts.append(["nonsense"])
    document["entities"]["gadget"] = []
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    fresh = open_store(DataPaths(tmp_path / "fresh").ensure())
    try:
        with fresh.unit_of_work() as session:
            plan = plan_import(session, read_table(path))
            result = apply_import(session, plan)
        found = [(p.row, p.column, p.reason) for p in plan.problems]
        n = len(contacts)
        specific = [
            (1, "account.id", "The id is not a kamdesk id."),
            (2, "account.phones", "The value is not a list."),
            (3, "account.score", "The value is not a number."),
            (
                first_good + 1,
                "contact.created_at",
                "The value is not a date and time with its time zone.",
            ),
            (n - 1, "contact.id", f"The id {contacts[-2]['id']} appears twice in the file."),
            (n, "contact", "The entry is not an object."),
        ]
        assert [p for p in found if p in specific] == specific
        orphans = [p for p in found if p not in specific]
        assert orphans and all(
            column == "contact.account_id" and "is neither in the file nor in kamdesk" in reason
            for _, column, reason in orphans
        )
        assert plan.notes == ("The file holds gadget, which this kamdesk does not know; skipped.",)
        good_contacts = sum(1 for c in contacts[:-2] if c["account_id"] == good_account) - 1
        assert result.counts["account"].created == 1
        assert result.counts["contact"].created == good_contacts
        with fresh.reading() as session:
            assert session.scalars(select(Account.id)).all() == [good_account]
    finally:
        fresh.close()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"format": "kamdesk-export", "version": 2, "entities": {}}', "newer kamdesk (format 2)"),
        ('{"format": "something", "version": 1}', "This is not a kamdesk export (JSON)."),
        ("[1, 2, 3]", "This is not a kamdesk export (JSON)."),
        ('{"format": "kamdesk-export", "version": 1, "entities": []}', "not a kamdesk export"),
        ('{"format": "kamdesk-export", "version": 1, "entities": {"account": [', "not valid JSON"),
        ('{"x": NaN}', "not valid JSON"),
    ],
)
def test_a_json_file_that_is_not_our_export_is_reported(tmp_path, content, reason):
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        read_table(path)
    assert reason in caught.value.reason


def test_json_import_leaves_existing_rows_as_they_are_and_lists_the_differences(store, tmp_path):
    path = tmp_path / "book.json"
    with store.unit_of_work() as session:
        generate_demo(session, 2, seed=3)
    with store.reading() as session:
        export_json(session, path)
        first = session.scalars(select(Account).order_by(Account.id)).first()
        assert first is not None
        first_id, first_name = first.id, first.name
    with store.unit_of_work() as session:
        session.get(Account, first_id).name = "改过的名字"  # type: ignore[union-attr]
    with store.unit_of_work() as session:
        result = apply_import(session, plan_import(session, read_table(path)))
    assert result.counts["account"].created == 0
    assert [(k.row, k.column, k.kept, k.ignored) for k in result.kept] == [
        (1, "account.name", '"改过的名字"', json.dumps(first_name, ensure_ascii=False))
    ]
    with store.reading() as session:
        assert session.get(Account, first_id).name == "改过的名字"  # type: ignore[union-attr]


# --- CSV ------------------------------------------------------------------------------------------


def test_csv_export_is_the_template_with_one_row_per_contact(store, tmp_path):
    fill_book(store)
    with store.unit_of_work() as session:
        session.add(Account(name="没有联系人的客户", notes="=SUM(A1:A9) 不是公式"))
    path = tmp_path / "contacts.csv"
    with store.reading() as session:
        result = export_csv(session, path, "zh_CN")
        contacts = session.scalar(
            select(func.count()).select_from(Contact).where(Contact.deleted.is_(False))
        )
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == ",".join(TEMPLATE_HEADERS["zh_CN"])
    # every live contact of a live account, one row per account without contacts
    assert result.counts["rows"] == (contacts or 0) - 1 + 1
    assert "看不见的人" not in data.decode("utf-8-sig")
    alone = next(line for line in lines if line.startswith("没有联系人的客户"))
    assert alone.endswith(",'=SUM(A1:A9) 不是公式")
    wide = next(line for line in lines if line.startswith("𠀀𪚥科技🚀有限公司,"))
    assert "农历--L04-08" in wide
    assert "07:30-08:00; 20:00-21:00" in wide
    assert "教授型" in wide


def test_reimporting_the_exported_csv_changes_nothing(store, tmp_path):
    with store.unit_of_work() as session:
        generate_demo(session, 15, seed=11)
    # Demo data has some phone numbers that validation refuses; keep the valid ones only.
    from kamdesk.services.validation import normalise_phone

    with store.unit_of_work() as session:
        for row in [*session.scalars(select(Account)), *session.scalars(select(Contact))]:
            valid = []
            for phone in row.phones:
                try:
                    valid.append(normalise_phone(phone))
                except InvalidInput:
                    continue
            row.phones = valid
    for language in ("zh_CN", "en"):
        path = tmp_path / f"contacts-{language}.csv"
        with store.reading() as session:
            export_csv(session, path, language)
            before = {k: dumps(v) for k, v in visible_state(session).items()}
            outbox_before = session.scalar(select(func.count()).select_from(OutboxEntry))
        with store.unit_of_work() as session:
            plan = plan_import(session, read_table(path))
            result = apply_import(session, plan)
        assert plan.problems == (), plan.problems[:3]
        assert result.counts["account"].created == result.counts["contact"].created == 0
        assert result.counts["account"].updated == result.counts["contact"].updated == 0
        assert plan.kept == ()
        with store.reading() as session:
            assert {k: dumps(v) for k, v in visible_state(session).items()} == before
            outbox_after = session.scalar(select(func.count()).select_from(OutboxEntry))
        assert outbox_after == outbox_before


def test_csv_export_into_an_empty_book_recreates_the_contacts(store, tmp_path):
    fill_book(store)
    path = tmp_path / "c.csv"
    with store.reading() as session:
        export_csv(session, path, "en")
    fresh = open_store(DataPaths(tmp_path / "fresh").ensure())
    try:
        with fresh.unit_of_work() as session:
            plan = plan_import(session, read_table(path))
            apply_import(session, plan)
        with fresh.reading() as session:
            david = session.scalars(select(Contact).where(Contact.name == "David 王")).one()
        assert david.phones == ["+8613800138000", "+862155551234;ext=8021"]
        assert (david.birthday, david.birthday_calendar, david.birthday_leap_month) == (
            "--04-08",
            "lunar",
            True,
        )
        assert david.habitual_times == [["07:30", "08:00"], ["20:00", "21:00"]]
    finally:
        fresh.close()


def test_a_failed_write_leaves_no_file(tmp_path):
    with pytest.raises(InvalidInput, match="The folder does not exist"):
        write_atomically(tmp_path / "missing" / "x.json", lambda stream: None)

    def broken(stream) -> None:  # type: ignore[no-untyped-def]
        stream.write(b"half")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_atomically(tmp_path / "x.json", broken)
    assert list(tmp_path.iterdir()) == []

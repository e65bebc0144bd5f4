"""Applying hub rows on the laptop, without a hub: per-field merge, publish, no capture."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from kamdesk.models import Account, Contact
from kamdesk.models.sync import OutboxEntry
from kamdesk.sync import local as db

ACCOUNT = "01a21a00-0000-7000-8000-000000000001"
CONTACT = "01a21a00-0000-7000-8000-000000000002"

#: A pull page as the hub sends it (recorded from kamdesk.hub, ids fixed).
PAGE: dict[str, Any] = {
    "rows": [
        {
            "entity": "account",
            "id": ACCOUNT,
            "seq": 3,
            "row_seq": 3,
            "deleted": False,
            "data": {
                "owner_id": "wang",
                "shared_with": ["li"],
                "name": "华达精密",
                "phones": ["0755-88881234"],
                "notes": "老客户",
                "created_at": "2026-11-20T02:00:00+00:00",
            },
            "field_seq": {
                "owner_id": 1,
                "shared_with": 3,
                "name": 1,
                "phones": 1,
                "notes": 2,
                "created_at": 1,
            },
        },
        {
            "entity": "contact",
            "id": CONTACT,
            "seq": 4,
            "row_seq": 4,
            "deleted": False,
            "data": {
                "account_id": ACCOUNT,
                "name": "王伟",
                "title": "采购经理",
                "phones": ["13800138000"],
                "keep_local": False,
                "personality": "driver",
                "created_at": "2026-11-20T02:00:00+00:00",
            },
            "field_seq": {
                "account_id": 4,
                "name": 4,
                "title": 4,
                "phones": 4,
                "keep_local": 4,
                "personality": 4,
                "created_at": 4,
            },
        },
    ],
    "exits": [],
    "conflicts": [],
    "next_cursor": 4,
    "has_more": False,
    "head_seq": 4,
    "hub_id": "hub-1",
}


class Recorded:
    """A hub that answers with recorded payloads."""

    def __init__(self, *pages: dict[str, Any]) -> None:
        self.pages = list(pages)
        self.pushed: list[dict[str, Any]] = []

    def post(self, url: str, json: dict[str, Any], headers: Any = None) -> Any:
        if url.endswith("/hello"):
            body: dict[str, Any] = {"hub_id": "hub-1", "head_seq": 4}
        elif url.endswith("/pull"):
            body = self.pages.pop(0) if self.pages else {**PAGE, "rows": [], "next_cursor": 4}
        else:
            self.pushed.append(json)
            body = {"results": [{"mid": m["mid"], "status": "applied"} for m in json["mutations"]]}
        return _Answer(body)


class _Answer:
    status_code = 200
    headers: dict[str, str] = {}  # noqa: RUF012

    def __init__(self, body: dict[str, Any], status: int = 200) -> None:
        self.body = body
        self.status_code = status
        self.content = json.dumps(body).encode()  # what the client reads, as httpx gives it

    def json(self) -> Any:
        return self.body


def signed_in(store, memory_keyring) -> None:
    with store.unit_of_work() as session:
        connection = session.connection()
        db.set_state(connection, db.K_HUB_URL, "http://hub")
        db.set_state(connection, db.K_USER, "wang")
        db.set_state(connection, db.K_DEVICE, "device-1")
        db.set_state(connection, db.K_HUB_ID, "hub-1")
    memory_keyring.set_password("kamdesk", "wang@http://hub", "token")


def test_merge_takes_a_field_only_from_a_greater_seq():
    shadow = db.merge(None, PAGE["rows"][0])
    assert shadow.data["notes"] == "老客户" and shadow.field_seq["notes"] == 2
    older = {
        "entity": "account",
        "id": ACCOUNT,
        "row_seq": 2,
        "data": {"notes": "旧", "name": "旧名"},
        "field_seq": {"notes": 2, "name": 1},
    }
    assert db.merge(shadow, older).data["notes"] == "老客户"  # not greater: unchanged
    newer = {**older, "row_seq": 9, "field_seq": {"notes": 9, "name": 1}, "data": {"notes": "新"}}
    merged = db.merge(shadow, newer)
    assert merged.data["notes"] == "新" and merged.data["name"] == "华达精密"
    assert merged.row_seq == 9
    again = db.merge(merged, newer)  # the same page twice: nothing changes
    assert again.data == merged.data and again.field_seq == merged.field_seq


def test_merge_keeps_local_personality_out_of_the_shadow():
    merged = db.merge(None, PAGE["rows"][1], keep_local=True)
    assert "personality" not in merged.data and merged.data["title"] == "采购经理"


def test_a_pulled_page_is_published_searchable_and_records_nothing(store, memory_keyring):
    from kamdesk.services.search import search
    from kamdesk.sync import run_sync

    signed_in(store, memory_keyring)
    run_sync(store, client=Recorded(PAGE))
    with store.reading() as session:
        account = session.get(Account, ACCOUNT)
        contact = session.get(Contact, CONTACT)
        assert (account.name, account.shared_with, account.owner_id) == (
            "华达精密",
            ["li"],
            "wang",
        )
        assert account.created_at.isoformat() == "2026-11-20T02:00:00+00:00"
        assert (contact.title, contact.personality, contact.phones) == (
            "采购经理",
            "driver",
            ["13800138000"],
        )
        assert session.scalars(select(OutboxEntry)).all() == []  # nothing captured
        assert ACCOUNT in {hit.id for hit in search(session, "huada").accounts}
        assert CONTACT in {hit.id for hit in search(session, "13800138000").contacts}
        assert db.get_state(session.connection(), db.K_CURSOR) == "4"


def test_pending_changes_stay_on_top_of_what_is_pulled(store, memory_keyring):
    from kamdesk.sync import run_sync

    signed_in(store, memory_keyring)
    run_sync(store, client=Recorded(PAGE))
    with store.unit_of_work() as session:
        session.get(Contact, CONTACT).title = "采购总监"  # pending, not yet pushed
    later = {
        **PAGE,
        "rows": [
            {
                **PAGE["rows"][1],
                "seq": 7,
                "row_seq": 7,
                "data": {**PAGE["rows"][1]["data"], "title": "经理", "notes": "李娜补充"},
                "field_seq": {**PAGE["rows"][1]["field_seq"], "title": 7, "notes": 7},
            }
        ],
        "next_cursor": 7,
        "head_seq": 7,
    }
    with store.unit_of_work() as session:
        connection = session.connection()
        shadows = db.load_shadows(connection, "contact", [CONTACT])
        shadows[CONTACT] = db.merge(shadows[CONTACT], later["rows"][0])
        db.save_shadows(connection, "contact", shadows)
        db.publish(
            connection,
            "contact",
            [CONTACT],
            shadows,
            db.entries_for(connection, "contact", [CONTACT]),
        )
    with store.reading() as session:
        contact = session.get(Contact, CONTACT)
        assert contact.title == "采购总监"  # the pending change is never thrown away
        assert contact.notes == "李娜补充"  # and the pulled one is recorded


def test_a_row_that_left_sight_is_dropped_locally_and_one_with_pending_work_stays(
    store, memory_keyring
):
    from kamdesk.sync import run_sync

    signed_in(store, memory_keyring)
    run_sync(store, client=Recorded(PAGE))
    with store.unit_of_work() as session:
        session.get(Contact, CONTACT).notes = "改了一半"
    exits = {
        **PAGE,
        "rows": [],
        "exits": [
            {"entity": "account", "id": ACCOUNT, "seq": 8},
            {"entity": "contact", "id": CONTACT, "seq": 8},
        ],
        "next_cursor": 8,
        "head_seq": 8,
    }
    from kamdesk.cancel import CancelToken, no_progress
    from kamdesk.sync.engine import _Run, _writing
    from kamdesk.sync.transport import Hub

    run = _Run(store, Hub("http://hub", Recorded()), "wang", CancelToken(), no_progress, 2000, True)
    with _writing(store) as connection:
        run._apply_page(connection, exits["rows"], exits["exits"])
    with store.reading() as session:
        assert session.get(Account, ACCOUNT) is None
        assert session.get(Contact, CONTACT).notes == "改了一半"
        assert [e.op for e in session.scalars(select(OutboxEntry))] == ["upsert"]


def test_acknowledged_changes_are_kept_only_so_many(store, memory_keyring, monkeypatch):
    from kamdesk.sync import run_sync

    monkeypatch.setattr(db, "ACKED_KEEP_MAX", 2)
    signed_in(store, memory_keyring)
    with store.unit_of_work() as session:
        for n in range(5):
            session.add(Account(name=f"客户{n}"))
    hub = Recorded(PAGE)
    run_sync(store, client=hub)
    assert len(hub.pushed[0]["mutations"]) == 5
    with store.reading() as session:
        states = [e.state for e in session.scalars(select(OutboxEntry))]
    assert states == ["acked", "acked"]

"""Restore on an edit that lost to a delete, through the real HTTP app (SQLite and PostgreSQL).

What a rep expects of Restore on an ``edit_on_deleted`` conflict: the record
comes back *with* the edit that lost to the delete, each field recorded as the
edit of the rep who made it (its seq, user and device), and every other open
``edit_on_deleted`` conflict of that record is settled with it.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.hub.schema import hub_rows

from .conftest import Laptop, Office, new_id, stamp


def _shared_account(office: Office) -> tuple[Laptop, Laptop, str]:
    """Ann's account, shared with Bo; both laptops have pulled it."""
    ann, bo = office.login("ann"), office.login("bo")
    account_id = new_id()
    created = ann.push(
        ann.mutation(
            "account",
            account_id,
            fields={"name": "华达精密", "address": "苏州工业园", "shared_with": ["bo"]},
        )
    )[0]
    assert created["status"] == "applied", created
    ann.pull()
    bo.pull()
    return ann, bo, account_id


def _delete(laptop: Laptop, entity: str, row_id: str) -> dict[str, Any]:
    seen = laptop.rows[(entity, row_id)]["row_seq"]
    return laptop.push(
        laptop.mutation(entity, row_id, "delete", {"deleted": True}, {"_row": seen})
    )[0]


def _edit(laptop: Laptop, entity: str, row_id: str, **fields: Any) -> dict[str, Any]:
    """An edit made offline on what ``laptop`` last pulled."""
    return laptop.push(
        laptop.mutation(entity, row_id, fields=fields, base=laptop.base_of(entity, row_id, *fields))
    )[0]


def _resolve(laptop: Laptop, conflict: dict[str, Any], resolution: str) -> dict[str, Any]:
    return laptop.push(
        laptop.mutation(
            conflict["entity"],
            conflict["id"],
            "resolve",
            {"conflict_id": conflict["conflict_id"], "resolution": resolution},
        )
    )[0]


def _open(office: Office, laptop: Laptop) -> list[dict[str, Any]]:
    answer = office.http.get("/v1/sync/conflicts", headers=laptop.headers)
    assert answer.status_code == 200, answer.text
    return answer.json()["conflicts"]


def _stored(office: Office, entity: str, row_id: str) -> Any:
    with office.hub.engine.connect() as connection:
        return connection.execute(
            select(hub_rows).where(hub_rows.c.entity == entity, hub_rows.c.id == row_id)
        ).one()


@pytest.mark.parametrize("restorer", ["bo", "ann"])
def test_restore_brings_the_deleted_account_back_with_the_edit_that_lost(
    office: Office, restorer: str
) -> None:
    ann, bo, account_id = _shared_account(office)
    _delete(ann, "account", account_id)
    # Bo, offline, moved the address; the delete arrived first and wins.
    edited = _edit(bo, "account", account_id, address="深圳南山科技园")
    assert edited["status"] == "applied_with_conflict"
    assert edited["row"]["deleted"] is True
    [conflict] = edited["conflicts"]
    assert (conflict["kind"], conflict["loser_value"]) == (
        "edit_on_deleted",
        {"address": "深圳南山科技园"},
    )
    assert (conflict["winner_user"], conflict["loser_user"]) == ("ann", "bo")

    laptop = {"ann": ann, "bo": bo}[restorer]
    laptop.pull()
    restored = _resolve(laptop, conflict, "restore")
    assert restored["status"] == "applied"
    assert restored["row"]["deleted"] is False
    assert restored["row"]["data"]["address"] == "深圳南山科技园"
    # The address is recorded as Bo's edit, at the seq it arrived with.
    stored = _stored(office, "account", account_id)
    assert stored.field_seq["address"] == edited["seq"]
    assert stored.field_meta["address"]["u"] == "bo"
    assert stored.field_meta["address"]["d"] == bo.device_id
    # Nothing left to do for either rep: no "use other" after the restore.
    for rep in (ann, bo):
        rep.pull()
        assert rep.live("account", account_id)["data"]["address"] == "深圳南山科技园"
        assert [c["resolved"] for c in rep.conflicts.values()] == [True]
        assert _open(office, rep) == []


def test_restore_settles_every_edit_that_lost_to_the_delete(office: Office) -> None:
    ann, bo, account_id = _shared_account(office)
    _delete(ann, "account", account_id)
    first = _edit(bo, "account", account_id, address="深圳南山科技园")
    second = bo.push(
        bo.mutation(
            "account",
            account_id,
            fields={"phones": ["0755-8888"], "address": "深圳福田"},
            base={"phones": 0, "address": first["seq"]},  # Bo saw his own address
        )
    )[0]
    assert [c["kind"] for c in first["conflicts"] + second["conflicts"]] == [
        "edit_on_deleted",
        "edit_on_deleted",
    ]
    assert second["conflicts"][0]["loser_value"] == {
        "phones": ["0755-8888"],
        "address": "深圳福田",
    }
    assert second["row"]["deleted"] is True

    restored = _resolve(bo, first["conflicts"][0], "restore")
    assert restored["row"]["deleted"] is False
    # the newest of Bo's edits of each field, not the one the conflict chosen held
    assert restored["row"]["data"]["address"] == "深圳福田"
    assert restored["row"]["data"]["phones"] == ["0755-8888"]
    assert _open(office, bo) == [] and _open(office, ann) == []
    bo.pull()
    assert {c["conflict_id"]: c["resolution"] for c in bo.conflicts.values()} == {
        first["conflicts"][0]["conflict_id"]: "restore",
        second["conflicts"][0]["conflict_id"]: "restore",
    }


def test_restoring_from_the_trash_keeps_the_edits_and_closes_their_conflicts(
    office: Office,
) -> None:
    ann, bo, account_id = _shared_account(office)
    contact_id = new_id()
    ann.push(ann.mutation("contact", contact_id, fields={"account_id": account_id, "name": "王伟"}))
    ann.pull()
    bo.pull()
    _delete(ann, "account", account_id)
    on_account = _edit(bo, "account", account_id, address="深圳南山科技园")
    on_contact = _edit(bo, "contact", contact_id, title="采购总监")
    assert on_contact["row"]["deleted"] is True
    assert on_contact["conflicts"][0]["loser_value"] == {"title": "采购总监"}

    # Ann restores the account itself (op restore, not from the conflict log).
    ann.push(ann.mutation("account", account_id, "restore", {"deleted": False}))
    ann.pull()
    assert ann.live("account", account_id)["data"]["address"] == "深圳南山科技园"
    assert ann.live("contact", contact_id)["data"]["title"] == "采购总监"
    assert _open(office, bo) == []
    bo.pull()
    assert {c["conflict_id"]: c["resolved"] for c in bo.conflicts.values()} == {
        on_account["conflicts"][0]["conflict_id"]: True,
        on_contact["conflicts"][0]["conflict_id"]: True,
    }


def test_keep_leaves_the_row_deleted_with_the_edit_kept_for_a_later_restore(
    office: Office,
) -> None:
    ann, bo, account_id = _shared_account(office)
    _delete(ann, "account", account_id)
    [conflict] = _edit(bo, "account", account_id, address="深圳南山科技园")["conflicts"]
    kept = _resolve(ann, conflict, "keep")
    assert kept["row"]["deleted"] is True
    ann.pull()
    assert ann.live("account", account_id) is None
    later = ann.push(ann.mutation("account", account_id, "restore", {"deleted": False}))[0]
    assert later["row"]["data"]["address"] == "深圳南山科技园"


def test_two_concurrent_edits_onto_a_tombstone_are_merged_and_the_loser_logged(
    office: Office,
) -> None:
    ann, bo, account_id = _shared_account(office)
    boss = office.login("max")
    boss.pull()
    _delete(ann, "account", account_id)
    # Bo and the manager both changed the address offline, neither seeing the other.
    late = bo.push(
        bo.mutation(
            "account",
            account_id,
            fields={"address": "深圳南山"},
            base=bo.base_of("account", account_id, "address"),
            client_ts=stamp(-1),
        )
    )[0]
    early = boss.push(
        boss.mutation(
            "account",
            account_id,
            fields={"address": "广州天河"},
            base=boss.base_of("account", account_id, "address"),
            client_ts=stamp(-10),
        )
    )[0]
    assert late["conflicts"][0]["kind"] == "edit_on_deleted"
    # the manager's earlier edit lost to Bo's later one: a field conflict, not a restore
    [overwrite] = early["conflicts"]
    assert (overwrite["kind"], overwrite["field"]) == ("overwrite", "address")
    assert (overwrite["winner_value"], overwrite["loser_value"]) == ("深圳南山", "广州天河")
    restored = _resolve(bo, late["conflicts"][0], "restore")
    assert restored["row"]["data"]["address"] == "深圳南山"
    # the overwrite stays open for the manager to bring his value back
    assert [c["conflict_id"] for c in _open(office, boss)] == [overwrite["conflict_id"]]


def test_restore_on_a_conflict_logged_by_the_delete_itself(office: Office) -> None:
    """Bo's edit reached the hub first; Ann deleted without having seen it."""
    ann, bo, account_id = _shared_account(office)
    seen = ann.rows[("account", account_id)]["row_seq"]
    _edit(bo, "account", account_id, address="深圳南山科技园")
    deleted = ann.push(
        ann.mutation("account", account_id, "delete", {"deleted": True}, {"_row": seen})
    )[0]
    [conflict] = deleted["conflicts"]
    assert conflict["loser_value"] == {"address": "深圳南山科技园"}
    assert conflict["loser_user"] == "bo"
    answer = office.http.post(
        f"/v1/sync/conflicts/{conflict['conflict_id']}/resolve",
        json=bo.body(resolution="restore"),
        headers=bo.headers,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["conflict"]["resolution"] == "restore"
    assert answer.json()["row"]["deleted"] is False
    assert answer.json()["row"]["data"]["address"] == "深圳南山科技园"
    assert _open(office, ann) == [] and _open(office, bo) == []

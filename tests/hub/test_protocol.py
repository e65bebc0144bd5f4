"""The sync protocol through the real HTTP app, on SQLite and on PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.hub.schema import hub_devices, hub_users

from .conftest import PASSWORD, Laptop, Office, new_id, stamp


def _account(laptop: Laptop, name: str = "华为 Huawei", **fields: Any) -> tuple[str, dict]:
    account_id = new_id()
    result = laptop.push(
        laptop.mutation("account", account_id, fields={"name": name, "deleted": False, **fields})
    )[0]
    assert result["status"] == "applied", result
    return account_id, result


def _contact(laptop: Laptop, account_id: str, name: str = "李雷") -> str:
    contact_id = new_id()
    result = laptop.push(
        laptop.mutation(
            "contact", contact_id, fields={"account_id": account_id, "name": name, "notes": ""}
        )
    )[0]
    assert result["status"] == "applied", result
    return contact_id


# --- sign-in -----------------------------------------------------------------------


def test_login_gives_a_device_token_stored_only_as_its_hash(office: Office) -> None:
    laptop = office.login("ann")
    assert laptop.user == {"name": "ann", "role": "rep"}
    assert laptop.hub_id == office.hub.hub_id()
    with office.hub.engine.connect() as connection:
        stored = connection.execute(select(hub_devices)).one()
        password_hash = connection.execute(
            select(hub_users.c.password_hash).where(hub_users.c.name == "ann")
        ).scalar_one()
    assert laptop.token not in str(tuple(stored))
    assert len(stored.token_sha256) == 64
    assert password_hash.startswith("$argon2id$")
    assert PASSWORD not in password_hash


def test_wrong_password_is_401_and_the_same_as_an_unknown_user(office: Office) -> None:
    answers = [
        office.http.post(
            "/v1/login", json={"protocol": 1, "username": name, "password": "wrong password"}
        )
        for name in ("ann", "nobody")
    ]
    assert [a.status_code for a in answers] == [401, 401]
    assert answers[0].json() == answers[1].json()
    assert answers[0].json()["error"] == "unauthorized"


def test_repeated_failed_logins_are_rate_limited_with_retry_after(database_url: str) -> None:
    office = Office(database_url, login_failures_per_user=3)
    office.add("ann")
    try:
        body = {"protocol": 1, "username": "ann", "password": "guess"}
        codes = [office.http.post("/v1/login", json=body).status_code for _ in range(3)]
        assert codes == [401, 401, 401]
        limited = office.http.post("/v1/login", json={**body, "password": PASSWORD})
        assert limited.status_code == 429
        assert limited.json()["error"] == "rate_limited"
        assert 0 < int(limited.headers["Retry-After"]) <= 300
        # another user from the same address is not blocked by ann's failures
        office.add("bo")
        assert office.login("bo").user["name"] == "bo"
    finally:
        office.close()


def test_failed_logins_from_one_address_are_limited_across_user_names(database_url: str) -> None:
    office = Office(database_url, login_failures_per_address=3)
    office.add("ann")
    try:
        for name in ("x1", "x2", "x3"):
            body = {"protocol": 1, "username": name, "password": "guess"}
            assert office.http.post("/v1/login", json=body).status_code == 401
        body = {"protocol": 1, "username": "ann", "password": PASSWORD}
        assert office.http.post("/v1/login", json=body).status_code == 429
    finally:
        office.close()


def test_revoked_device_and_revoked_user_get_401(office: Office) -> None:
    first, second = office.login("ann"), office.login("ann")
    office.hub.revoke(first.device_id)
    answer = first.pull_raw()
    assert answer.status_code == 401
    assert answer.json()["error"] == "revoked"
    assert second.pull_raw().status_code == 200
    office.hub.revoke("ann")
    assert second.pull_raw().json()["error"] == "revoked"
    login = office.http.post(
        "/v1/login", json={"protocol": 1, "username": "ann", "password": PASSWORD}
    )
    assert login.status_code == 401
    assert login.json()["error"] == "revoked"


def test_unknown_or_missing_token_is_401_unauthorized(office: Office) -> None:
    laptop = office.login("ann")
    laptop.token = "not-a-token"
    assert laptop.pull_raw().json()["error"] == "unauthorized"
    answer = office.http.post("/v1/sync/pull", json=laptop.body(cursor=0))
    assert answer.status_code == 401


# --- push and pull -------------------------------------------------------------------


def test_push_then_pull_round_trip_to_another_device(office: Office) -> None:
    laptop, other = office.login("ann"), office.login("ann")
    account_id, result = _account(laptop, region="华东")
    assert result["row"]["data"]["owner_id"] == "ann"
    assert result["row"]["field_seq"]["name"] == result["seq"]
    contact_id = _contact(laptop, account_id)
    arrived = other.pull()
    assert {(r["entity"], r["id"]) for r in arrived["rows"]} == {
        ("account", account_id),
        ("contact", contact_id),
    }
    account = other.live("account", account_id)
    assert account is not None
    assert account["data"]["name"] == "华为 Huawei"
    assert account["data"]["region"] == "华东"
    assert other.live("contact", contact_id)["data"]["account_id"] == account_id
    assert other.pull() == {"rows": [], "exits": [], "conflicts": []}


def test_a_replayed_push_is_a_duplicate_and_applies_nothing_twice(office: Office) -> None:
    laptop = office.login("ann")
    account_id = new_id()
    mutation = laptop.mutation("account", account_id, fields={"name": "ACME"})
    first = laptop.push_raw([mutation]).json()
    again = laptop.push_raw([mutation]).json()
    assert first["results"][0]["status"] == "applied"
    assert again["results"][0]["status"] == "duplicate"
    assert again["results"][0]["original_status"] == "applied"
    assert again["head_seq"] == first["head_seq"]
    assert again["results"][0]["row"] == first["results"][0]["row"]


def test_lost_acknowledgement_replay_returns_the_current_row(office: Office) -> None:
    ann, max_ = office.login("ann"), office.login("max")
    account_id, _ = _account(ann)
    ann.pull()
    edit = ann.mutation(
        "account",
        account_id,
        fields={"phones": ["010-1"]},
        base=ann.base_of("account", account_id, "phones"),
    )
    ann.push_raw([edit])  # the answer is lost on the way back
    max_.pull()
    max_.push(
        max_.mutation(
            "account",
            account_id,
            fields={"phones": ["010-2"]},
            base=max_.base_of("account", account_id, "phones"),
        )
    )
    replay = ann.push(edit)[0]
    assert replay["status"] == "duplicate"
    assert replay["row"]["data"]["phones"] == ["010-2"]
    # the edit landed once, and the manager's later edit (made having seen it) stands
    ann.pull()
    assert ann.live("account", account_id)["data"]["phones"] == ["010-2"]
    assert ann.conflicts == {}


def test_an_empty_upsert_keeps_mids_contiguous_and_changes_nothing(office: Office) -> None:
    laptop = office.login("ann")
    account_id, created = _account(laptop)
    results = laptop.push(
        laptop.mutation("account", account_id, fields={}),
        laptop.mutation("contact", new_id(), fields={}),
    )
    assert [(r["status"], r.get("reason")) for r in results] == [
        ("applied", None),
        ("rejected", "not_found"),
    ]
    assert results[0]["row"]["data"] == created["row"]["data"]


def test_a_gap_in_mutation_ids_is_409_with_the_expected_id(office: Office) -> None:
    laptop = office.login("ann")
    laptop.mutation("account", new_id(), fields={"name": "lost"})  # mid 1, never sent
    answer = laptop.push_raw([laptop.mutation("account", new_id(), fields={"name": "B"})])
    assert answer.status_code == 409
    assert answer.json()["error"] == "gap"
    assert answer.json()["expected"] == 1


def test_a_login_with_next_mid_starts_the_ledger_there(office: Office) -> None:
    laptop = office.login("ann", next_mid=57)
    laptop.next_mid = 57
    assert laptop.push(laptop.mutation("account", new_id(), fields={"name": "A"}))[0]["status"] == (
        "applied"
    )


def test_same_mid_with_other_content_is_a_device_fork(office: Office) -> None:
    laptop = office.login("ann")
    mutation = laptop.mutation("account", new_id(), fields={"name": "first"})
    laptop.push(mutation)
    forked = {**mutation, "fields": {"name": "restored laptop wrote this"}}
    answer = laptop.push_raw([forked])
    assert answer.status_code == 409
    assert answer.json()["error"] == "device_fork"
    rotated = office.http.post(
        "/v1/devices/rotate",
        json=laptop.body(next_mid=2),
        headers=laptop.headers,
    )
    assert rotated.status_code == 200, rotated.text
    assert laptop.pull_raw().json()["error"] == "revoked"  # the old token is retired
    fresh = Laptop(office.http, rotated.json(), laptop.schema_version)
    fresh.next_mid = 2
    assert fresh.push(fresh.mutation("account", new_id(), fields={"name": "x"}))[0]["status"] == (
        "applied"
    )


def test_pull_pages_by_seq_without_skipping_and_bootstrap_omits_tombstones(
    office: Office,
) -> None:
    laptop, other = office.login("ann"), office.login("ann")
    ids = [_account(laptop, f"A{i}")[0] for i in range(7)]
    laptop.pull()
    gone = ids[3]
    laptop.push(
        laptop.mutation(
            "account",
            gone,
            "delete",
            {"deleted": True},
            {"_row": laptop.rows[("account", gone)]["row_seq"]},
        )
    )
    seen: list[dict] = []
    while True:
        page = other.pull_raw(limit=2).json()
        seen.extend(page["rows"])
        assert len(page["rows"]) <= 2
        other.cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    seqs = [r["seq"] for r in seen]
    assert seqs == sorted(set(seqs))
    assert {r["id"] for r in seen if not r["deleted"]} == set(ids) - {gone}
    first = other.pull_raw(cursor=0, limit=10).json()["rows"]
    assert {r["id"] for r in first} == set(ids) - {gone}  # no tombstones from cursor 0
    laptop.pull()
    assert laptop.rows[("account", gone)]["deleted"] is True  # an incremental pull has it


# --- conflicts ---------------------------------------------------------------------


def _shared_account(office: Office) -> tuple[Laptop, Laptop, str]:
    ann, bo = office.login("ann"), office.login("bo")
    account_id, _ = _account(ann, shared_with=["bo"])
    ann.pull()
    bo.pull()
    return ann, bo, account_id


def test_concurrent_edits_of_one_field_keep_the_later_edit_and_log_both_values(
    office: Office,
) -> None:
    ann, bo, account_id = _shared_account(office)
    base = ann.base_of("account", account_id, "industry")
    # bo edited later (by the clock) but syncs first; ann's earlier edit arrives second
    bo.push(
        bo.mutation(
            "account", account_id, fields={"industry": "电力"}, base=base, client_ts=stamp(-1)
        )
    )
    result = ann.push(
        ann.mutation(
            "account", account_id, fields={"industry": "电信"}, base=base, client_ts=stamp(-5)
        )
    )[0]
    assert result["status"] == "applied_with_conflict"
    [conflict] = result["conflicts"]
    assert conflict["kind"] == "overwrite"
    assert conflict["field"] == "industry"
    assert (conflict["winner_value"], conflict["winner_user"]) == ("电力", "bo")
    assert (conflict["loser_value"], conflict["loser_user"]) == ("电信", "ann")
    assert result["row"]["data"]["industry"] == "电力"
    # both reps see the conflict in their pull
    assert conflict["conflict_id"] in bo.pull()["conflicts"][0]["conflict_id"]
    ann.pull()
    assert ann.conflicts[conflict["conflict_id"]]["resolved"] is False
    assert bo.live("account", account_id)["data"]["industry"] == "电力"


def test_without_client_clocks_the_later_arrival_wins(office: Office) -> None:
    ann, bo, account_id = _shared_account(office)
    base = ann.base_of("account", account_id, "notes")
    answer = bo.http.post(
        "/v1/sync/push",
        json=bo.body(
            mutations=[bo.mutation("account", account_id, fields={"notes": "B"}, base=base)]
        ),
        headers=bo.headers,
    )
    assert answer.status_code == 200
    result = ann.push_raw(
        [ann.mutation("account", account_id, fields={"notes": "A"}, base=base)], client_now=None
    ).json()["results"][0]
    assert result["row"]["data"]["notes"] == "A"
    assert result["conflicts"][0]["kind"] == "text_fork"  # a long text field
    assert result["conflicts"][0]["loser_value"] == "B"


def test_an_edit_that_saw_the_current_value_is_no_conflict(office: Office) -> None:
    ann, bo, account_id = _shared_account(office)
    bo.push(
        bo.mutation(
            "account",
            account_id,
            fields={"tier": "A"},
            base=bo.base_of("account", account_id, "tier"),
        )
    )
    ann.pull()
    result = ann.push(
        ann.mutation(
            "account",
            account_id,
            fields={"tier": "B"},
            base=ann.base_of("account", account_id, "tier"),
        )
    )[0]
    assert result["status"] == "applied"
    assert result["row"]["data"]["tier"] == "B"


def test_resolving_with_use_other_applies_the_losing_value_and_closes_it_everywhere(
    office: Office,
) -> None:
    ann, bo, account_id = _shared_account(office)
    base = ann.base_of("account", account_id, "website")
    bo.push(
        bo.mutation(
            "account", account_id, fields={"website": "b.cn"}, base=base, client_ts=stamp(-1)
        )
    )
    [conflict] = ann.push(
        ann.mutation(
            "account", account_id, fields={"website": "a.cn"}, base=base, client_ts=stamp(-9)
        )
    )[0]["conflicts"]
    listed = office.http.get("/v1/sync/conflicts", headers=ann.headers).json()["conflicts"]
    assert [c["conflict_id"] for c in listed] == [conflict["conflict_id"]]
    ann.pull()
    result = ann.push(
        ann.mutation(
            "account",
            account_id,
            "resolve",
            {"conflict_id": conflict["conflict_id"], "resolution": "use_other"},
        )
    )[0]
    assert result["status"] == "applied"
    assert result["row"]["data"]["website"] == "a.cn"
    arrived = bo.pull()
    assert [c["resolved"] for c in arrived["conflicts"]] == [True]
    assert bo.live("account", account_id)["data"]["website"] == "a.cn"
    assert office.http.get("/v1/sync/conflicts", headers=bo.headers).json() == {"conflicts": []}


def test_resolve_endpoint_keep_changes_nothing(office: Office) -> None:
    ann, bo, account_id = _shared_account(office)
    base = ann.base_of("account", account_id, "source")
    bo.push(bo.mutation("account", account_id, fields={"source": "map"}, base=base))
    [conflict] = ann.push(ann.mutation("account", account_id, fields={"source": "own"}, base=base))[
        0
    ]["conflicts"]
    answer = office.http.post(
        f"/v1/sync/conflicts/{conflict['conflict_id']}/resolve",
        json=bo.body(resolution="keep"),
        headers=bo.headers,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["conflict"]["resolution"] == "keep"
    assert answer.json()["row"]["data"]["source"] == "own"
    missing = office.http.post(
        f"/v1/sync/conflicts/{new_id()}/resolve",
        json=bo.body(resolution="keep"),
        headers=bo.headers,
    )
    assert missing.status_code == 404


# --- deletes -----------------------------------------------------------------------


def test_delete_beats_a_concurrent_edit_which_is_logged_and_restore_brings_it_back(
    office: Office,
) -> None:
    ann, bo, account_id = _shared_account(office)
    contact_id = _contact(ann, account_id)
    ann.pull()
    bo.pull()
    row_seq = ann.rows[("contact", contact_id)]["row_seq"]
    ann.push(ann.mutation("contact", contact_id, "delete", {"deleted": True}, {"_row": row_seq}))
    result = bo.push(
        bo.mutation(
            "contact",
            contact_id,
            fields={"title": "总经理"},
            base=bo.base_of("contact", contact_id, "title"),
        )
    )[0]
    assert result["status"] == "applied_with_conflict"
    assert result["row"]["deleted"] is True
    [conflict] = result["conflicts"]
    assert conflict["kind"] == "edit_on_deleted"
    assert conflict["loser_value"] == {"title": "总经理"}
    assert (conflict["winner_user"], conflict["loser_user"]) == ("ann", "bo")
    restored = bo.push(
        bo.mutation(
            "contact",
            contact_id,
            "resolve",
            {"conflict_id": conflict["conflict_id"], "resolution": "restore"},
        )
    )[0]
    assert restored["row"]["deleted"] is False
    assert restored["row"]["data"]["title"] == "总经理"
    ann.pull()
    assert ann.live("contact", contact_id)["data"]["title"] == "总经理"


def test_a_delete_made_without_seeing_an_edit_logs_that_edit(office: Office) -> None:
    ann, bo, account_id = _shared_account(office)
    contact_id = _contact(ann, account_id)
    ann.pull()
    bo.pull()
    seen = ann.rows[("contact", contact_id)]["row_seq"]
    bo.push(
        bo.mutation(
            "contact",
            contact_id,
            fields={"email": "li@x.cn"},
            base=bo.base_of("contact", contact_id, "email"),
        )
    )
    result = ann.push(
        ann.mutation("contact", contact_id, "delete", {"deleted": True}, {"_row": seen})
    )[0]
    assert result["row"]["deleted"] is True
    [conflict] = result["conflicts"]
    assert (conflict["kind"], conflict["loser_user"]) == ("edit_on_deleted", "bo")
    assert conflict["loser_value"] == {"email": "li@x.cn"}
    restore = ann.push(ann.mutation("contact", contact_id, "restore", {"deleted": False}))[0]
    assert restore["row"]["deleted"] is False
    assert restore["row"]["data"]["email"] == "li@x.cn"  # the tombstone kept it


def test_deleting_an_account_cascades_and_restoring_it_restores_what_it_took(
    office: Office,
) -> None:
    ann = office.login("ann")
    account_id, _ = _account(ann)
    kept, gone_before = _contact(ann, account_id, "甲"), _contact(ann, account_id, "乙")
    ann.pull()
    ann.push(
        ann.mutation(
            "contact",
            gone_before,
            "delete",
            {"deleted": True},
            {"_row": ann.rows[("contact", gone_before)]["row_seq"]},
        )
    )
    ann.pull()
    ann.push(
        ann.mutation(
            "account",
            account_id,
            "delete",
            {"deleted": True},
            {"_row": ann.rows[("account", account_id)]["row_seq"]},
        )
    )
    arrived = ann.pull()
    assert {(r["id"], r["deleted"]) for r in arrived["rows"]} == {(account_id, True), (kept, True)}
    # a child made offline under the now deleted account stays deleted, in the log
    late = new_id()
    result = ann.push(
        ann.mutation("visit", late, fields={"account_id": account_id, "start": stamp()})
    )[0]
    assert result["row"]["deleted"] is True
    assert result["conflicts"][0]["kind"] == "edit_on_deleted"
    ann.push(ann.mutation("account", account_id, "restore", {"deleted": False}))
    ann.pull()
    assert ann.live("account", account_id) is not None
    assert ann.live("contact", kept) is not None
    assert ann.live("visit", late) is not None
    assert ann.live("contact", gone_before) is None  # deleted on its own: stays deleted


# --- visibility --------------------------------------------------------------------


def test_a_rep_sees_only_own_and_shared_accounts_and_a_manager_sees_all(office: Office) -> None:
    ann, bo, boss = office.login("ann"), office.login("bo"), office.login("max")
    ann_account, _ = _account(ann, "Ann's")
    ann_contact = _contact(ann, ann_account)
    bo_account, _ = _account(bo, "Bo's")
    assert {r["id"] for r in bo.pull()["rows"]} == {bo_account}
    assert {r["id"] for r in boss.pull()["rows"]} == {ann_account, ann_contact, bo_account}
    # sharing moves ann's account and its contact in for bo, whatever bo's cursor
    ann.pull()
    ann.push(
        ann.mutation(
            "account",
            ann_account,
            fields={"shared_with": ["bo"]},
            base=ann.base_of("account", ann_account, "shared_with"),
        )
    )
    assert {r["id"] for r in bo.pull()["rows"]} == {ann_account, ann_contact}
    # unsharing: bo gets exits (and no deletes)
    ann.pull()
    ann.push(
        ann.mutation(
            "account",
            ann_account,
            fields={"shared_with": []},
            base=ann.base_of("account", ann_account, "shared_with"),
        )
    )
    arrived = bo.pull()
    assert {(e["entity"], e["id"]) for e in arrived["exits"]} == {
        ("account", ann_account),
        ("contact", ann_contact),
    }
    assert arrived["rows"] == []
    assert bo.live("account", ann_account) is None
    assert set(bo.rows) == {("account", bo_account)}


def test_unshared_and_shared_again_between_two_pulls_arrives_as_the_row(office: Office) -> None:
    ann, bo = office.login("ann"), office.login("bo")
    account_id, _ = _account(ann, shared_with=["bo"])
    bo.pull()
    for shares in ([], ["bo"]):
        ann.pull()
        ann.push(
            ann.mutation(
                "account",
                account_id,
                fields={"shared_with": shares},
                base=ann.base_of("account", account_id, "shared_with"),
            )
        )
    arrived = bo.pull()
    assert arrived["exits"] == []
    assert [r["id"] for r in arrived["rows"]] == [account_id]
    assert bo.live("account", account_id) is not None


def test_a_forbidden_change_is_rejected_alone_while_the_rest_applies(office: Office) -> None:
    ann, bo = office.login("ann"), office.login("bo")
    secret, _ = _account(ann, "Ann only")
    shared, _ = _account(ann, "Shared", shared_with=["bo"])
    bo.pull()
    results = bo.push(
        bo.mutation("account", secret, fields={"name": "hijacked"}),
        bo.mutation(
            "account",
            shared,
            fields={"owner_id": "bo"},
            base=bo.base_of("account", shared, "owner_id"),
        ),
        bo.mutation(
            "account", shared, fields={"tier": "A"}, base=bo.base_of("account", shared, "tier")
        ),
    )
    assert [(r["status"], r.get("reason")) for r in results] == [
        ("rejected", "not_visible"),
        ("rejected", "not_owner"),
        ("applied", None),
    ]
    assert results[0]["row"] is None  # nothing of ann's account leaks
    ann.pull()
    assert ann.live("account", secret)["data"]["name"] == "Ann only"
    assert ann.live("account", shared)["data"]["owner_id"] == "ann"
    assert ann.live("account", shared)["data"]["tier"] == "A"
    # the rejected mids are used: the next push continues after them
    assert bo.push(bo.mutation("account", new_id(), fields={"name": "mine"}))[0]["status"] == (
        "applied"
    )


def test_a_rejected_mutation_rolls_back_its_whole_local_transaction(office: Office) -> None:
    ann, bo = office.login("ann"), office.login("bo")
    secret, _ = _account(ann)
    before, new_account, contact = new_id(), new_id(), new_id()
    results = bo.push(
        bo.mutation("account", before, fields={"name": "before"}, txn="alone"),
        bo.mutation("account", new_account, fields={"name": "new"}, txn="together"),
        bo.mutation("contact", contact, fields={"account_id": secret, "name": "x"}, txn="together"),
    )
    assert [(r["status"], r.get("reason")) for r in results] == [
        ("applied", None),
        ("rejected", "txn_rejected"),
        ("rejected", "not_visible"),
    ]
    assert [r["id"] for r in bo.pull()["rows"]] == [before]


def test_a_rep_who_gives_an_account_away_loses_it(office: Office) -> None:
    ann, bo = office.login("ann"), office.login("bo")
    account_id, _ = _account(ann)
    ann.pull()
    ann.push(
        ann.mutation(
            "account",
            account_id,
            fields={"owner_id": "bo"},
            base=ann.base_of("account", account_id, "owner_id"),
        )
    )
    assert [e["id"] for e in ann.pull()["exits"]] == [account_id]
    assert bo.pull()["rows"][0]["data"]["owner_id"] == "bo"


# --- epochs, versions, limits ---------------------------------------------------------


def test_epoch_rotation_answers_reset_required_with_the_new_hub_id(office: Office) -> None:
    laptop = office.login("ann")
    _account(laptop)
    new_hub = office.hub.rotate_epoch()
    for answer in (
        laptop.pull_raw(),
        laptop.push_raw([laptop.mutation("account", new_id(), fields={"name": "x"})]),
    ):
        assert answer.status_code == 409
        assert answer.json() == {**answer.json(), "error": "reset_required", "hub_id": new_hub}
    hello = office.http.post(
        "/v1/sync/hello", json=laptop.body(client_now=stamp()), headers=laptop.headers
    )
    assert hello.json()["hub_id"] == new_hub
    laptop.hub_id, laptop.cursor = new_hub, 0
    assert len(laptop.pull()["rows"]) == 1


def test_hello_reports_the_hub_and_the_device(office: Office) -> None:
    laptop = office.login("max")
    hello = office.http.post(
        "/v1/sync/hello", json=laptop.body(client_now=stamp()), headers=laptop.headers
    )
    assert hello.status_code == 200
    body = hello.json()
    assert body["user"] == {"name": "max", "role": "manager"}
    assert body["schema"]["min"] <= laptop.schema_version <= body["schema"]["max"]
    assert abs(body["clock_offset_ms"]) < 60_000
    assert (body["head_seq"], body["open_conflicts"]) == (0, 0)


def test_protocol_or_schema_the_hub_cannot_serve_is_426(office: Office) -> None:
    laptop = office.login("ann")
    for body in (laptop.body(cursor=0, protocol=2), laptop.body(cursor=0, schema_version=3)):
        answer = office.http.post("/v1/sync/pull", json=body, headers=laptop.headers)
        assert answer.status_code == 426
        assert answer.json()["error"] == "upgrade_required"
        assert "update" in answer.json()["message"]


def test_a_body_over_the_limit_is_413(database_url: str) -> None:
    office = Office(database_url, max_body_bytes=4096)
    office.add("ann")
    try:
        laptop = office.login("ann")
        big = laptop.mutation("account", new_id(), fields={"name": "x" * 5000})
        answer = laptop.push_raw([big])
        assert answer.status_code == 413
        assert answer.json()["error"] == "too_large"

        def chunks():  # no Content-Length: counted as it streams
            yield b'{"protocol": 1, "padding": "'
            for _ in range(10):
                yield b"y" * 1000
            yield b'"}'

        streamed = office.http.post(
            "/v1/sync/pull",
            content=chunks(),
            headers={**laptop.headers, "Content-Type": "application/json"},
        )
        assert streamed.status_code == 413
        # the mutation was not applied: the same mid still goes through
        laptop.next_mid = 1
        assert laptop.push(laptop.mutation("account", new_id(), fields={"name": "ok"}))[0][
            "status"
        ] == ("applied")
    finally:
        office.close()


def test_malformed_requests_get_clear_json_errors(office: Office) -> None:
    laptop = office.login("ann")
    answer = office.http.post(
        "/v1/sync/push", json=laptop.body(mutations=[{"mid": "x"}]), headers=laptop.headers
    )
    assert answer.status_code == 422
    assert answer.json()["error"] == "invalid_request"
    assert "mutations[0].mid: must be a whole number" in answer.json()["message"]
    nul = laptop.push_raw([laptop.mutation("account", new_id(), fields={"name": "a\x00b"})])
    assert nul.status_code == 422
    assert "mutations[0].fields.name: text may not contain NUL" in nul.json()["message"]
    nan = office.http.post(
        "/v1/content/phone_script",
        content=b'{"protocol": 1, "document": {"x": NaN}}',
        headers={**laptop.headers, "Content-Type": "application/json"},
    )
    assert (nan.status_code, nan.json()["error"]) == (422, "invalid_request")
    laptop.next_mid = 1  # the refused pushes took no mid
    result = laptop.push(laptop.mutation("nonsense", new_id(), fields={"a": 1}))[0]
    assert (result["status"], result["reason"]) == ("rejected", "invalid")
    assert office.http.get("/v1/nowhere").json()["error"] == "not_found"
    assert office.http.get("/v1/health").json()["status"] == "ok"


# --- content -----------------------------------------------------------------------


def test_a_manager_publishes_content_every_rep_can_read(office: Office) -> None:
    rep, boss = office.login("ann"), office.login("max")
    document = {"version": 1, "steps": ["开场白", "介绍", "邀约"]}
    refused = office.http.post(
        "/v1/content/phone_script", json={"protocol": 1, "document": document}, headers=rep.headers
    )
    assert refused.status_code == 403
    for _ in range(2):
        published = office.http.post(
            "/v1/content/phone_script",
            json={"protocol": 1, "document": document},
            headers=boss.headers,
        )
        assert published.status_code == 200, published.text
    assert published.json()["version"] == 2
    unknown = office.http.post(
        "/v1/content/poems", json={"protocol": 1, "document": {}}, headers=boss.headers
    )
    assert unknown.status_code == 404
    items = office.http.get("/v1/content", headers=rep.headers).json()["items"]
    assert [(i["kind"], i["version"], i["document"]) for i in items] == [
        ("phone_script", 2, document)
    ]


# --- a delete logs only the edits its author did not see ----------------------------


def _settled_address_conflict(office: Office, resolver: str, resolution: str) -> tuple:
    """Ann and Bo both changed the address; the conflict was resolved; both pulled."""
    ann, bo, account_id = _shared_account(office)
    base = ann.base_of("account", account_id, "address")
    ann.push(
        ann.mutation(
            "account", account_id, fields={"address": "A路1号"}, base=base, client_ts=stamp(-9)
        )
    )
    [conflict] = bo.push(
        bo.mutation(
            "account", account_id, fields={"address": "B路2号"}, base=base, client_ts=stamp(-1)
        )
    )[0]["conflicts"]
    laptop = {"ann": ann, "bo": bo}[resolver]
    laptop.pull()
    laptop.push(
        laptop.mutation(
            "account",
            account_id,
            "resolve",
            {"conflict_id": conflict["conflict_id"], "resolution": resolution},
        )
    )
    ann.pull()
    bo.pull()
    return ann, bo, account_id


@pytest.mark.parametrize(
    ("resolver", "resolution"),
    [("ann", "keep"), ("bo", "keep"), ("ann", "use_other"), ("bo", "use_other")],
)
@pytest.mark.parametrize("sends_row", [True, False], ids=["base_row", "no_base_row"])
def test_a_settled_conflict_is_not_listed_again_when_the_account_is_deleted(
    office: Office, resolver: str, resolution: str, sends_row: bool
) -> None:
    ann, bo, account_id = _settled_address_conflict(office, resolver, resolution)
    # A client that does not send the version it saw (base _row) is taken to
    # have seen nothing; what it was shown in the settled conflict it still saw.
    base = {"_row": ann.rows[("account", account_id)]["row_seq"]} if sends_row else {}
    deleted = ann.push(ann.mutation("account", account_id, "delete", {"deleted": True}, base))[0]
    assert (deleted["status"], deleted["conflicts"]) == ("applied", [])
    assert deleted["row"]["deleted"] is True
    arrived = bo.pull()
    assert [c for c in arrived["conflicts"] if not c["resolved"]] == []
    assert office.http.get("/v1/sync/conflicts", headers=bo.headers).json() == {"conflicts": []}


def test_an_edit_made_after_a_settled_conflict_and_not_seen_is_still_logged(
    office: Office,
) -> None:
    ann, bo, account_id = _settled_address_conflict(office, "ann", "keep")
    seen = ann.rows[("account", account_id)]["row_seq"]
    bo.push(
        bo.mutation(
            "account",
            account_id,
            fields={"address": "C路3号"},
            base=bo.base_of("account", account_id, "address"),
        )
    )
    deleted = ann.push(
        ann.mutation("account", account_id, "delete", {"deleted": True}, {"_row": seen})
    )[0]
    [conflict] = deleted["conflicts"]
    assert (conflict["kind"], conflict["loser_user"]) == ("edit_on_deleted", "bo")
    assert conflict["loser_value"] == {"address": "C路3号"}


def test_a_delete_without_base_row_takes_its_field_bases_as_what_it_saw(
    office: Office,
) -> None:
    ann, bo, account_id = _shared_account(office)
    bo.push(
        bo.mutation(
            "account",
            account_id,
            fields={"region": "华南"},
            base=bo.base_of("account", account_id, "region"),
        )
    )
    ann.pull()  # Ann saw Bo's region, and deletes with a changed field based on that view
    seen_region = ann.base_of("account", account_id, "region")
    deleted = ann.push(
        ann.mutation("account", account_id, "delete", {"deleted": True}, seen_region)
    )[0]
    assert deleted["conflicts"] == []


def test_pushed_values_come_back_exactly_whatever_characters_they_hold(office: Office) -> None:
    """New rows, their access rows and the ledger are written in bulk (COPY on
    PostgreSQL): backslashes, tabs, new lines, quotes and Chinese survive as typed."""
    laptop, other = office.login("ann"), office.login("ann")
    tricky = {
        "name": "C:\\客户\\新建\t\"引号\" '单' \\N",
        "notes": "第一行\n第二行\r\n\\t 不是制表符",
        "phones": ["010-1\t2", "\\x00"],
        "extra": {"嵌套": [1, 2.5, None, True, "\\"]},
    }
    account_id = new_id()
    mutation = laptop.mutation("account", account_id, fields=tricky)
    first = laptop.push(mutation)[0]
    assert first["status"] == "applied"
    other.pull()
    stored = other.live("account", account_id)["data"]
    assert {name: stored[name] for name in tricky} == tricky
    assert stored["owner_id"] == "ann"
    replay = laptop.push(mutation)[0]
    assert replay["status"] == "duplicate"
    assert replay["row"]["data"] == first["row"]["data"]

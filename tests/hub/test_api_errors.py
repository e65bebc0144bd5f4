"""The hub's HTTP API speaks one error language, and the app understands it.

Every error is ``{"error": code, "message": text}`` with the status of its kind;
a 422 names each field in plain words; a missing ``protocol`` is 422, another
protocol number 426 saying which side to update; the OpenAPI schema documents
each route's answers. The client (kamdesk.sync.transport) turns each into its
clear error.
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import PASSWORD, Office


def post(office: Office, path: str, body: Any, headers: dict[str, str] | None = None) -> Any:
    if isinstance(body, bytes):
        headers = {"Content-Type": "application/json", **(headers or {})}
        return office.http.post(path, content=body, headers=headers)
    return office.http.post(path, json=body, headers=headers or {})


def test_a_request_without_protocol_is_422_naming_the_field(office: Office) -> None:
    answer = post(office, "/v1/login", {"username": "ann", "password": PASSWORD})
    assert answer.status_code == 422
    assert answer.json()["error"] == "invalid_request"
    assert answer.json()["message"] == "protocol: required but missing"
    laptop = office.login("ann")
    body = laptop.body(cursor=0)
    del body["protocol"]
    answer = post(office, "/v1/sync/pull", body, laptop.headers)
    assert (answer.status_code, answer.json()["message"]) == (422, "protocol: required but missing")
    text = post(office, "/v1/sync/pull", laptop.body(protocol="1"), laptop.headers)
    assert (text.status_code, text.json()["message"]) == (422, "protocol: must be a whole number")


def test_an_older_app_is_told_to_update_kamdesk_and_a_newer_one_to_update_the_hub(
    office: Office,
) -> None:
    laptop = office.login("ann")
    older = post(office, "/v1/sync/pull", laptop.body(protocol=0), laptop.headers)
    assert older.status_code == 426
    assert older.json()["error"] == "upgrade_required" and older.json()["protocol"] == 1
    assert "update kamdesk on this laptop" in older.json()["message"]
    newer = post(office, "/v1/sync/pull", laptop.body(protocol=2), laptop.headers)
    assert newer.status_code == 426
    assert "the hub must be updated" in newer.json()["message"]
    # A newer app's body need not fit this hub's schema: it still hears to update the hub,
    # not that some field is wrong.
    odd = laptop.body(protocol=2, mutations=[{"mid": 1, "change": "in a form of protocol 2"}])
    answer = post(office, "/v1/sync/push", odd, laptop.headers)
    assert answer.status_code == 426 and "the hub must be updated" in answer.json()["message"]
    login = post(office, "/v1/login", {"protocol": 2, "username": "ann"})
    assert login.status_code == 426


def test_each_wrong_field_is_named_by_its_place_with_what_is_wrong(office: Office) -> None:
    laptop = office.login("ann")
    good = laptop.mutation("account", "00000000-0000-4000-8000-000000000001", fields={"name": "x"})
    wrong = laptop.mutation("account", "00000000-0000-4000-8000-000000000002") | {"op": "zap"}
    long_entity = laptop.mutation("x" * 30, "00000000-0000-4000-8000-000000000003")
    answer = laptop.push_raw([good, wrong, long_entity | {"mid": "3"}, {"mid": 0}])
    assert answer.status_code == 422
    body = answer.json()
    assert body["error"] == "invalid_request"
    problems = {d["field"]: d["problem"] for d in body["details"]}
    assert problems["mutations[1].op"] == "must be one of upsert, delete, restore, resolve"
    assert problems["mutations[2].entity"] == "must be at most 24 characters long"
    assert problems["mutations[3].mid"] == "must be at least 1"
    assert problems["mutations[3].txn"] == "required but missing"
    assert "mutations[0]" not in " ".join(problems)
    assert "mutations[1].op: must be one of upsert, delete, restore, resolve" in body["message"]
    nul = laptop.push_raw(
        [laptop.mutation("account", "a", fields={"notes": {"a": ["ok", "\x00"]}})]
    )
    assert nul.json()["message"] == (
        "mutations[0].fields.notes.a[1]: text may not contain NUL characters"
    )
    resolution = post(
        office, "/v1/sync/conflicts/x/resolve", laptop.body(resolution="mine"), laptop.headers
    )
    assert resolution.json()["message"] == "resolution: must be one of keep, use_other, restore"
    laptop.next_mid = 1  # nothing was applied: the same mids go through
    assert laptop.push(laptop.mutation("account", good["id"], fields={"name": "x"}))[0][
        "status"
    ] == ("applied")


def test_many_problems_are_counted_not_all_spelled_out(office: Office) -> None:
    laptop = office.login("ann")
    answer = laptop.push_raw([{"mid": mid} for mid in range(1, 8)])
    body = answer.json()
    assert len(body["details"]) == 7 * 4  # txn, entity, id and op missing in each
    assert body["message"].endswith("; and 18 more problems")


@pytest.mark.parametrize(
    ("sent", "said"),
    [
        (
            b'{"protocol": 1,\n "cursor": 0,,}',
            "the request body is not valid JSON (line 2, column 14: "
            "expecting property name enclosed in double quotes)",
        ),
        (b"[1, 2]", "the request body must be a JSON object"),
        (b'{"protocol": 1, "hub_id": "\xff"}', "the request body is not UTF-8 text (byte 27)"),
        (b"[" * 100_000 + b"]" * 100_000, "the request body is not valid JSON (nested too deeply)"),
        (b"", "the request body is missing: send a JSON object"),
    ],
    ids=["not json", "a list", "not utf-8", "nested too deeply", "empty"],
)
def test_a_body_the_hub_cannot_read_says_why_in_plain_words(
    office: Office, sent: bytes, said: str
) -> None:
    laptop = office.login("ann")
    answer = post(office, "/v1/sync/pull", sent, laptop.headers)
    assert answer.status_code == 422
    assert answer.json()["error"] == "invalid_request"
    assert answer.json()["message"] == said


def test_a_body_not_sent_as_json_says_so(office: Office) -> None:
    laptop = office.login("ann")
    answer = office.http.post(
        "/v1/sync/pull", content=b'{"protocol": 1}', headers={**laptop.headers}
    )
    assert answer.status_code == 422
    assert "Content-Type: application/json" in answer.json()["message"]


def test_a_failure_inside_the_hub_is_a_json_500_and_the_app_shows_it(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    from kamdesk.sync.errors import HubFailed

    laptop = office.login("ann")

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(office.hub, "hello", broken)
    with TestClient(office.app, raise_server_exceptions=False) as http:
        answer = http.post("/v1/sync/hello", json=laptop.body(), headers=laptop.headers)
        assert answer.status_code == 500
        assert answer.json()["error"] == "internal_error"
        assert "fire" not in answer.text  # what failed inside stays in the hub's log
        body = laptop.body()
        del body["protocol"]
        with pytest.raises(HubFailed) as caught:
            app_hub_over(http, laptop.token).post("/v1/sync/hello", body)
    assert caught.value.detail.endswith("(HTTP 500 internal_error)")


#: what each route may answer besides 200 (the hub's service and app raise these)
DOCUMENTED = {
    ("get", "/v1/health"): set(),
    ("post", "/v1/login"): {"401", "413", "422", "426", "429"},
    ("post", "/v1/devices/rotate"): {"401", "413", "422", "426"},
    ("post", "/v1/sync/hello"): {"401", "413", "422", "426"},
    ("post", "/v1/sync/push"): {"401", "409", "413", "422", "426"},
    ("post", "/v1/sync/pull"): {"401", "409", "413", "422", "426"},
    ("get", "/v1/sync/conflicts"): {"401"},
    ("post", "/v1/sync/conflicts/{conflict_id}/resolve"): {
        "401",
        "403",
        "404",
        "409",
        "413",
        "422",
        "426",
    },
    ("post", "/v1/content/{kind}"): {"401", "403", "404", "413", "422", "426"},
    ("get", "/v1/content"): {"401"},
}


def test_the_openapi_schema_documents_each_routes_answers(office: Office) -> None:
    schema = office.http.get("/openapi.json").json()
    found = {
        (method, path): set(operation["responses"]) - {"200"}
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
    }
    assert found == DOCUMENTED
    components = schema["components"]["schemas"]
    assert "HTTPValidationError" not in components  # FastAPI's {"detail": [...]} is not said
    push = schema["paths"]["/v1/sync/push"]["post"]["responses"]
    assert push["422"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/InvalidRequest"
    }
    assert set(
        push["409"]["content"]["application/json"]["schema"]["discriminator"]["mapping"]
    ) == {
        "reset_required",
        "gap",
        "device_fork",
    }
    assert components["ResetRequired"]["required"] == ["error", "message", "hub_id"]
    assert components["Forbidden"]["required"] == ["error", "message"]
    pull = schema["paths"]["/v1/sync/pull"]["post"]["responses"]["200"]
    assert pull["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PullPage"
    }
    login = schema["paths"]["/v1/login"]["post"]["responses"]["429"]
    assert "Retry-After" in login["headers"]
    # bounds as the hub checks them (FastAPI's model would make 2**63 - 1 a float, 2**63)
    assert components["PullBody"]["properties"]["cursor"]["maximum"] == 2**63 - 1
    assert components["PullBody"]["properties"]["limit"]["maximum"] == 10_000


# --- the app's side ------------------------------------------------------------------


def app_hub_over(http: Any, token: str | None = None) -> Any:
    """The app's connection to the hub (kamdesk.sync.transport) over a TestClient."""
    from kamdesk.sync.transport import Hub

    return Hub("http://testserver", client=http, token=token)


def app_hub(office: Office, token: str | None = None) -> Any:
    return app_hub_over(office.http, token)


def test_the_app_hears_which_side_to_update(office: Office, monkeypatch: Any) -> None:
    from kamdesk.sync import transport
    from kamdesk.sync.errors import UpgradeRequired

    laptop = office.login("ann")
    hub = app_hub(office, laptop.token)
    body = laptop.body(cursor=0)
    del body["protocol"]
    with pytest.raises(UpgradeRequired) as caught:
        hub.post("/v1/sync/pull", body | {"schema_version": office.schema_version + 1})
    assert caught.value.hub_outdated
    assert "must be updated by the office" in caught.value.message()
    with pytest.raises(UpgradeRequired) as caught:
        hub.post("/v1/sync/pull", body | {"schema_version": 1})
    assert not caught.value.hub_outdated
    assert "needs a newer version of kamdesk" in caught.value.message()
    assert "update kamdesk on this laptop" in caught.value.message()  # the hub's words
    monkeypatch.setattr(transport, "PROTOCOL", 2)
    with pytest.raises(UpgradeRequired) as caught:
        hub.post("/v1/sync/pull", body)
    assert caught.value.hub_outdated and caught.value.exit_code == 4
    monkeypatch.setattr(transport, "PROTOCOL", 0)
    with pytest.raises(UpgradeRequired) as caught:
        hub.post("/v1/sync/pull", body)
    assert not caught.value.hub_outdated


def test_the_app_shows_the_hubs_words_for_a_request_it_could_not_take(office: Office) -> None:
    from kamdesk.sync.errors import HubFailed

    laptop = office.login("ann")
    body = laptop.body(mutations=[laptop.mutation("account", "x") | {"op": "zap"}])
    del body["protocol"]
    with pytest.raises(HubFailed) as caught:
        app_hub(office, laptop.token).post("/v1/sync/push", body)
    assert caught.value.detail == (
        "mutations[0].op: must be one of upsert, delete, restore, resolve "
        "(HTTP 422 invalid_request)"
    )
    assert caught.value.detail in caught.value.message()


def test_the_app_says_why_a_sign_in_is_refused(database_url: str) -> None:
    from kamdesk.sync.errors import TooManySignInAttempts, UserRevoked, WrongPassword

    office = Office(database_url, login_failures_per_user=2, login_window_seconds=120)
    try:
        office.add("ann")
        office.add("bo")
        hub = app_hub(office)
        wrong = {"username": "ann", "password": "not it"}
        for _ in range(2):
            with pytest.raises(WrongPassword):
                hub.post("/v1/login", wrong, login=True)
        with pytest.raises(TooManySignInAttempts) as caught:
            hub.post("/v1/login", {**wrong, "password": PASSWORD}, login=True)
        assert 0 < caught.value.retry_after <= 120
        assert f"Wait {caught.value.retry_after} seconds" in caught.value.message()
        office.hub.revoke("bo")
        with pytest.raises(UserRevoked) as revoked:
            hub.post("/v1/login", {"username": "bo", "password": PASSWORD}, login=True)
        assert "revoked" in revoked.value.message() and revoked.value.exit_code == 3
    finally:
        office.close()

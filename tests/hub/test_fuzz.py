"""The hub's HTTP API fuzzed from its own OpenAPI schema (schemathesis), through the ASGI app.

Every operation gets schema-valid and schema-violating bodies (bounded and
derandomised for CI), without a token, with a valid rep's token, and with a
valid token and a correct envelope (protocol, schema_version, hub_id,
device_id) so that generated mutations and cursors reach the hub's logic.
Whatever arrives: no 5xx, a JSON answer, errors as ``{"error", "message"}``,
and every answer (errors too) with a status the route documents, its body and
headers as the schema says for that status. Malformed and oversized bodies are
tried by hand as well.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .conftest import PASSWORD, make_app

EXAMPLES = 10
#: what the hub may answer (briefs/sync-contract.md, "Changes by H7" 10)
KNOWN_STATUSES = {200, 401, 403, 404, 405, 409, 413, 422, 426, 429}
SMALL_LIMIT = 256 * 1024
CONFORMANCE = [
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


class Hub:
    def __init__(self, url: str) -> None:
        from fastapi.testclient import TestClient

        self.app = make_app(url, max_body_bytes=SMALL_LIMIT)
        self.service = self.app.state.hub
        self.service.add_user("ann", "rep", PASSWORD)
        self.service.add_user("max", "manager", PASSWORD)
        self.http = TestClient(self.app)
        self.schema_version = self.service.schema_max
        signed = self.http.post(
            "/v1/login",
            json={
                "protocol": 1,
                "username": "ann",
                "password": PASSWORD,
                "device_label": "fuzz",
                "app_version": "test",
            },
        ).json()
        self.token, self.device_id, self.hub_id = (
            signed["token"],
            signed["device_id"],
            signed["hub_id"],
        )

    def envelope(self) -> dict[str, Any]:
        return {
            "protocol": 1,
            "schema_version": self.schema_version,
            "hub_id": self.hub_id,
            "device_id": self.device_id,
        }


@pytest.fixture
def hub(database_url: str) -> Iterator[Hub]:
    hub = Hub(database_url)
    yield hub
    hub.http.close()
    hub.service.engine.dispose()


def assert_clear_answer(response: Any, what: str) -> None:
    assert response.status_code < 500, f"{what}: HTTP {response.status_code} {response.text[:300]}"
    assert response.status_code in KNOWN_STATUSES, f"{what}: HTTP {response.status_code}"
    try:
        body = json.loads(response.content)
    except ValueError:
        pytest.fail(f"{what}: HTTP {response.status_code} answered with no JSON")
    if response.status_code >= 400:
        assert isinstance(body, dict), f"{what}: error body {body!r}"
        assert isinstance(body.get("error"), str) and body["error"], f"{what}: {body!r}"
        assert isinstance(body.get("message"), str) and body["message"], f"{what}: {body!r}"


VARIANTS = ("anonymous", "token", "token+envelope")


def fuzz(hub: Hub, operation: Any, mode: Any, variant: str) -> None:
    """Runs bounded, derandomised examples of ``operation`` in ``mode`` (positive or negative)."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        if variant == "token+envelope" and isinstance(case.body, dict):
            case.body.update(hub.envelope())
        headers = {} if variant == "anonymous" else {"Authorization": f"Bearer {hub.token}"}
        response = case.call(headers=headers)
        what = f"{variant} {mode.value} {case.method} {case.formatted_path}"
        assert_clear_answer(response, what)
        # Every answer, error or not, has a status the route documents, and its body
        # and headers (Retry-After of a 429) are what the schema says for that status.
        case.validate_response(response, checks=CONFORMANCE)
        if response.status_code == 200 and case.path == "/v1/devices/rotate":
            # The device was replaced: go on as the new one (the old token is dead).
            rotated = response.json()
            hub.token, hub.device_id = rotated["token"], rotated["device_id"]

    run()


@pytest.mark.parametrize("variant", VARIANTS)
def test_fuzzed_requests_get_clear_answers_and_never_a_server_error(hub: Hub, variant: str) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", hub.app)
    tried = set()
    for found in schema.get_all_operations():
        operation = found.ok()
        fuzz(hub, operation, schemathesis.GenerationMode.POSITIVE, variant)
        if operation.body:
            fuzz(hub, operation, schemathesis.GenerationMode.NEGATIVE, variant)
        tried.add(f"{operation.method.upper()} {operation.path}")
    assert {"POST /v1/sync/push", "POST /v1/sync/pull", "POST /v1/login"} <= tried
    assert len(tried) >= 10  # every operation of the API


MALFORMED = {
    "not json": b"{this is not json",
    "truncated": b'{"protocol": 1, "cursor": 0, "li',
    "a list": b"[1, 2, 3]",
    "a string": b'"pull"',
    "null": b"null",
    "bad utf-8": b'{"protocol": 1, "device_id": "\xff\xfe"}',
    "deeply nested": b"[" * 5000 + b"]" * 5000,
    "huge numbers": b'{"protocol": 1, "schema_version": 1'
    + b"0" * 4000
    + b', "cursor": 1'
    + b"0" * 4000
    + b"}",
}

PATHS = ("/v1/login", "/v1/sync/hello", "/v1/sync/push", "/v1/sync/pull", "/v1/devices/rotate")


def test_malformed_bodies_are_invalid_requests(hub: Hub) -> None:
    headers = {"Authorization": f"Bearer {hub.token}", "Content-Type": "application/json"}
    for path in PATHS:
        for name, body in MALFORMED.items():
            response = hub.http.post(path, content=body, headers=headers)
            assert_clear_answer(response, f"{name} to {path}")
            assert response.status_code == 422, f"{name} to {path}: {response.text}"
            assert response.json()["error"] == "invalid_request"


def test_oversized_and_overlong_requests_are_refused_and_change_nothing(hub: Hub) -> None:
    headers = {"Authorization": f"Bearer {hub.token}"}

    def mutation(mid: int, size: int = 10) -> dict[str, Any]:
        return {
            "mid": mid,
            "txn": f"t{mid}",
            "entity": "account",
            "id": f"00000000-0000-4000-8000-{mid:012d}",
            "op": "upsert",
            "fields": {"name": "x" * size},
            "base": {},
            "client_ts": "2026-11-26T10:00:00+00:00",
        }

    big = hub.envelope() | {"client_now": "2026-11-26T10:00:00+00:00"}
    response = hub.http.post(
        "/v1/sync/push", json=big | {"mutations": [mutation(1, SMALL_LIMIT)]}, headers=headers
    )
    assert_clear_answer(response, "a body over the limit")
    assert response.status_code == 413 and response.json()["error"] == "too_large"
    many = [mutation(mid) for mid in range(1, 502)]
    response = hub.http.post("/v1/sync/push", json=big | {"mutations": many}, headers=headers)
    assert_clear_answer(response, "501 mutations")
    assert response.status_code == 413 and response.json()["error"] == "too_many_mutations"
    chunks = (b"x" * 8192 for _ in range(SMALL_LIMIT // 8192 + 2))
    response = hub.http.post(
        "/v1/sync/pull",
        content=chunks,
        headers=headers | {"Content-Type": "application/json"},
    )
    assert_clear_answer(response, "a chunked body over the limit")
    assert response.status_code == 413
    # Nothing of the refused pushes was applied; the ledger still starts at 1.
    pulled = hub.http.post(
        "/v1/sync/pull", json=hub.envelope() | {"cursor": 0}, headers=headers
    ).json()
    assert pulled["rows"] == [] and pulled["head_seq"] == 0
    ok = hub.http.post("/v1/sync/push", json=big | {"mutations": [mutation(1)]}, headers=headers)
    assert ok.status_code == 200 and ok.json()["results"][0]["status"] == "applied"

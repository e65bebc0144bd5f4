"""Fixtures for the hub's tests: the real HTTP app on SQLite, and on PostgreSQL when
``KAMDESK_TEST_DATABASE_URL`` names a server (each test gets a fresh database with a
random name there, dropped afterwards)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

ENV_PG = "KAMDESK_TEST_DATABASE_URL"
PASSWORD = "correct horse battery"


def _server_urls() -> tuple[Any, str]:
    from sqlalchemy.engine import make_url

    server = make_url(os.environ[ENV_PG].replace("postgresql://", "postgresql+psycopg://", 1))
    admin = server.set(drivername="postgresql", database="postgres")
    return server, admin.render_as_string(hide_password=False)


@contextmanager
def fresh_postgres_database(template: str | None = None) -> Iterator[str]:
    """A new PostgreSQL database with a random name on the server of
    ``KAMDESK_TEST_DATABASE_URL`` (empty, or a copy of ``template``); yields its
    SQLAlchemy URL and drops it afterwards."""
    import psycopg

    server, conninfo = _server_urls()
    name = f"kamdesk_hub_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"{copy}')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def _postgres_template() -> Iterator[str | None]:
    """A database migrated once to the hub's newest schema, copied for each test
    (CREATE DATABASE … TEMPLATE is much faster than migrating every time)."""
    if not os.environ.get(ENV_PG):
        yield None
        return
    from sqlalchemy.engine import make_url

    from kamdesk.hub.db import create_hub_engine, upgrade

    with fresh_postgres_database() as url:
        engine = create_hub_engine(url)
        upgrade(engine)
        engine.dispose()
        yield make_url(url).database


@pytest.fixture(autouse=True)
def _quick_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with small costs: the hub's default costs are meant to be slow."""
    from argon2 import PasswordHasher

    from kamdesk.hub import auth

    monkeypatch.setattr(
        auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty hub database: an SQLite file, then (with the variable) a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite3'}"
        return
    if not os.environ.get(ENV_PG):
        pytest.skip(f"{ENV_PG} is not set (PostgreSQL hub tests)")
    with fresh_postgres_database(request.getfixturevalue("_postgres_template")) as url:
        yield url


@pytest.fixture
def postgres_url(_postgres_template: str | None) -> Iterator[str]:
    """A fresh PostgreSQL hub database (skips without ``KAMDESK_TEST_DATABASE_URL``)."""
    if not os.environ.get(ENV_PG):
        pytest.skip(f"{ENV_PG} is not set (PostgreSQL hub tests)")
    with fresh_postgres_database(_postgres_template) as url:
        yield url


def make_app(url: str, **settings: Any) -> Any:
    from kamdesk.hub.app import create_app
    from kamdesk.hub.service import HubSettings

    return create_app(HubSettings(database_url=url, **settings))


def new_id() -> str:
    return str(uuid.uuid4())


def stamp(minutes: float = 0) -> str:
    """An ISO time ``minutes`` from now (client clocks in the tests are right)."""
    return (datetime.now(UTC) + timedelta(minutes=minutes)).isoformat()


class Laptop:
    """One signed-in device speaking the protocol through the real HTTP app."""

    def __init__(self, http: Any, signed_in: dict[str, Any], schema_version: int) -> None:
        self.http = http
        self.device_id: str = signed_in["device_id"]
        self.token: str = signed_in["token"]
        self.hub_id: str = signed_in["hub_id"]
        self.user: dict[str, str] = signed_in["user"]
        self.schema_version = schema_version
        self.next_mid = 1
        self.cursor = 0
        #: what this laptop has pulled: (entity, id) -> row
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}
        self.conflicts: dict[str, dict[str, Any]] = {}

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def body(self, **values: Any) -> dict[str, Any]:
        return {
            "protocol": 1,
            "schema_version": self.schema_version,
            "hub_id": self.hub_id,
            "device_id": self.device_id,
            **values,
        }

    def mutation(
        self,
        entity: str,
        row_id: str,
        op: str = "upsert",
        fields: dict[str, Any] | None = None,
        base: dict[str, Any] | None = None,
        *,
        txn: str | None = None,
        client_ts: str | None = None,
    ) -> dict[str, Any]:
        mid = self.next_mid
        self.next_mid += 1
        return {
            "mid": mid,
            "txn": txn or f"t{mid}",
            "entity": entity,
            "id": row_id,
            "op": op,
            "fields": fields or {},
            "base": base or {},
            "client_ts": client_ts or stamp(),
        }

    def base_of(self, entity: str, row_id: str, *names: str) -> dict[str, int]:
        """The field seqs this laptop last saw for ``names`` (what an editor sends as base)."""
        row = self.rows[(entity, row_id)]
        return {name: row["field_seq"].get(name, 0) for name in names}

    def push_raw(self, mutations: list[dict[str, Any]], **extra: Any) -> Any:
        return self.http.post(
            "/v1/sync/push",
            json=self.body(**{"client_now": stamp(), "mutations": mutations, **extra}),
            headers=self.headers,
        )

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.push_raw(list(mutations))
        assert response.status_code == 200, response.text
        return response.json()["results"]

    def pull_raw(self, cursor: int | None = None, limit: int = 2000) -> Any:
        return self.http.post(
            "/v1/sync/pull",
            json=self.body(cursor=self.cursor if cursor is None else cursor, limit=limit),
            headers=self.headers,
        )

    def pull(self, limit: int = 2000) -> dict[str, Any]:
        """Pulls to the head, page by page, as a client does; returns what arrived."""
        arrived: dict[str, Any] = {"rows": [], "exits": [], "conflicts": []}
        while True:
            response = self.pull_raw(limit=limit)
            assert response.status_code == 200, response.text
            page = response.json()
            for row in page["rows"]:
                self.rows[(row["entity"], row["id"])] = row
            for gone in page["exits"]:
                self.rows.pop((gone["entity"], gone["id"]), None)
            for conflict in page["conflicts"]:
                self.conflicts[conflict["conflict_id"]] = conflict
            for key in arrived:
                arrived[key].extend(page[key])
            assert page["next_cursor"] >= self.cursor
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return arrived

    def live(self, entity: str, row_id: str) -> dict[str, Any] | None:
        row = self.rows.get((entity, row_id))
        return None if row is None or row["deleted"] else row


class Office:
    """A hub app with its users, handing out signed-in laptops."""

    def __init__(self, url: str, **settings: Any) -> None:
        from fastapi.testclient import TestClient

        self.app = make_app(url, **settings)
        self.hub = self.app.state.hub
        self.http = TestClient(self.app)
        self.schema_version = self.hub.schema_max

    def add(self, name: str, role: str = "rep") -> None:
        self.hub.add_user(name, role, PASSWORD)

    def login(self, name: str, **extra: Any) -> Laptop:
        response = self.http.post(
            "/v1/login",
            json={
                "protocol": 1,
                "username": name,
                "password": PASSWORD,
                "device_label": f"{name}'s laptop",
                "app_version": "test",
                **extra,
            },
        )
        assert response.status_code == 200, response.text
        return Laptop(self.http, response.json(), self.schema_version)

    def close(self) -> None:
        self.http.close()
        self.hub.engine.dispose()


@pytest.fixture
def office(database_url: str) -> Iterator[Office]:
    """A hub with reps ``ann`` and ``bo`` and manager ``max``."""
    office = Office(database_url)
    office.add("ann")
    office.add("bo")
    office.add("max", "manager")
    yield office
    office.close()

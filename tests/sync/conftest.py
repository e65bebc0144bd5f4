"""Two or three laptops (data directories with their own stores) and H7's real hub.

The hub runs in-process through starlette's TestClient on an SQLite file;
the keyring is an in-memory backend of the tests' own, so no test touches the
developer's keyring.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

PASSWORD = "correct horse battery"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict (and lets the tests look at them)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def _quick_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with small costs (as tests/hub does): the hub's own are meant to be slow."""
    from argon2 import PasswordHasher

    from kamdesk.hub import auth

    monkeypatch.setattr(
        auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@dataclass
class HubFixture:
    client: Any
    service: Any
    url: str = "http://testserver"


@pytest.fixture
def hub(tmp_path: Path, hub_on_our_clock: None) -> Iterator[HubFixture]:
    from fastapi.testclient import TestClient

    from kamdesk.hub.app import create_app
    from kamdesk.hub.service import HubSettings

    app = create_app(HubSettings(database_url=f"sqlite:///{tmp_path / 'hub.sqlite3'}"))
    service = app.state.hub
    service.add_user("wang", "rep", PASSWORD)
    service.add_user("li", "rep", PASSWORD)
    service.add_user("boss", "manager", PASSWORD)
    with TestClient(app) as client:
        yield HubFixture(client, service)


class Laptop:
    """One rep's data directory, signed in to the hub."""

    def __init__(self, root: Path, hub: HubFixture, user: str) -> None:
        from kamdesk.paths import DataPaths
        from kamdesk.store import open_store

        self.paths = DataPaths(root).ensure()
        self.hub = hub
        self.user = user
        self.store = open_store(self.paths, lock=False)

    def login(self) -> Any:
        from kamdesk.sync import login

        return login(self.store, self.hub.url, self.user, PASSWORD, client=self.hub.client)

    def sync(self, **options: Any) -> Any:
        from kamdesk.sync import run_sync

        return run_sync(self.store, client=self.hub.client, **options)

    def status(self) -> Any:
        from kamdesk.sync import sync_status

        with self.store.reading() as session:
            return sync_status(session)

    def conflicts(self, **options: Any) -> list[Any]:
        from kamdesk.sync import list_conflicts

        with self.store.reading() as session:
            return list_conflicts(session, **options)

    def close(self) -> None:
        self.store.close()


@pytest.fixture
def laptops(tmp_path: Path, hub: HubFixture, memory_keyring: MemoryKeyring) -> Iterator[Any]:
    made: list[Laptop] = []

    def make(user: str, name: str | None = None) -> Laptop:
        laptop = Laptop(tmp_path / (name or f"laptop-{user}-{len(made)}"), hub, user)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()

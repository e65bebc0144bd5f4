"""Convergence under faults: a Hypothesis state machine with three laptops and one hub.

Two reps; the first has two laptops. They create accounts (shared or not) and
contacts, edit fields (the same field on every laptop too), delete, restore,
resolve conflicts and sync, with lost requests (the hub never sees them), lost
answers (the hub applied, the laptop gets an error) and crashes at a chosen
request (before or after the hub answered; the laptop restarts on its files).

At quiescence (every laptop syncs until nothing is pending, three rounds):

* every laptop's live rows equal, field by field, what the hub serves its rep
  (a bootstrap pull of an observer device of that rep);
* nothing is pending or inflight;
* no value a laptop wrote is missing: it is the hub's current value, or a later
  writer saw it before replacing it, or it is in a conflict log (the hub's, or
  the laptop's own rejections).

The hub runs in-process (TestClient) on an SQLite file, and on PostgreSQL when
``KAMDESK_TEST_DATABASE_URL`` is set (a fresh database for the run, dropped
after). One hub serves every example; each example has its own reps and
laptops, so examples never see each other's rows.

Derandomised by default (the same examples every run, for CI); set
``KAMDESK_CONVERGENCE_RANDOM=1`` for new ones and ``KAMDESK_CONVERGENCE_EXAMPLES=N``
for more.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from .conftest import PASSWORD, MemoryKeyring

ENV_PG = "KAMDESK_TEST_DATABASE_URL"

#: fields edited by the machine; notes are long text (keep-both on the hub)
EDITABLE = {"account": ("name", "region", "notes"), "contact": ("title", "department", "notes")}
PERSONAL = ("personality", "personality_assessment")
FAULTS = ("none", "lost_request", "lost_response", "crash_before", "crash_after")

SETTINGS = settings(
    max_examples=int(os.environ.get("KAMDESK_CONVERGENCE_EXAMPLES", "20")),
    stateful_step_count=25,
    deadline=None,
    derandomize=os.environ.get("KAMDESK_CONVERGENCE_RANDOM") != "1",
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

_names = itertools.count(1)


class Crash(BaseException):
    """The laptop's process dies here (nothing in the engine catches a BaseException)."""


class FaultyClient:
    """The hub's TestClient with one fault at the ``at``-th request of a sync."""

    def __init__(self, inner: Any, fault: str, at: int) -> None:
        self.inner, self.fault, self.at = inner, fault, at
        self.calls = 0
        self.fired = False

    def post(self, url: str, **options: Any) -> Any:
        self.calls += 1
        if self.fault == "none" or self.calls != self.at:
            return self.inner.post(url, **options)
        self.fired = True
        if self.fault == "lost_request":
            raise httpx.ConnectError("connection refused")
        if self.fault == "crash_before":
            raise Crash()
        self.inner.post(url, **options)  # the hub did the work and committed
        if self.fault == "lost_response":
            raise httpx.ReadError("connection reset by peer")
        raise Crash()


def _normal(value: Any) -> Any:
    """A value as JSON compares it: datetimes as aware UTC ISO text."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and "T" in value:
        try:
            return _normal(datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            return value
    return value


def _loads(raw: str | None) -> Any:
    """A conflict value as the laptop stored it (JSON, or plain text as status.py reads it)."""
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


class Laptop:
    """A data directory of one rep, with its own keyring (tokens are per laptop)."""

    def __init__(self, root: Path, user: str, hub: Any) -> None:
        self.root, self.user, self.hub = root, user, hub
        self.keyring = MemoryKeyring()
        self.store: Any = None
        self.open()

    def open(self) -> None:
        from kamdesk.paths import DataPaths
        from kamdesk.store import open_store

        self.store = open_store(DataPaths(self.root).ensure(), lock=False, maintenance=False)

    def restart(self) -> None:
        self.store.close()
        self.open()

    def login(self) -> None:
        from kamdesk.sync import login

        keyring.set_keyring(self.keyring)
        login(self.store, "http://testserver", self.user, PASSWORD, client=self.hub)

    def sync(self, client: Any, page_size: int = 2000) -> Any:
        from kamdesk.sync import run_sync

        keyring.set_keyring(self.keyring)
        return run_sync(self.store, client=client, page_size=page_size)

    def pending(self) -> int:
        with self.store.reading() as session:
            return (
                session.connection()
                .exec_driver_sql(
                    "SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'inflight')"
                )
                .scalar_one()
            )

    def rows(self, entity: str, *, live_only: bool = True) -> dict[str, Any]:
        from kamdesk.models.entities import SYNCED_MODELS

        model = SYNCED_MODELS[entity]
        with self.store.reading() as session:
            found = session.scalars(select(model)).all()
            return {r.id: r for r in found if not (live_only and r.deleted)}

    def visible(self, entity: str) -> dict[str, dict[str, Any]]:
        """Live rows as {id: {synced field: JSON value}} (personality of kept-local left out)."""
        from kamdesk.models.capture import synced_columns
        from kamdesk.models.entities import SYNCED_MODELS

        columns = [c for c in synced_columns(SYNCED_MODELS[entity]) if c != "deleted"]
        out = {}
        for row_id, row in self.rows(entity).items():
            values = {c: _normal(getattr(row, c)) for c in columns}
            if entity == "contact" and row.keep_local:
                for name in PERSONAL:
                    values.pop(name)
            out[row_id] = values
        return out

    def close(self) -> None:
        self.store.close()


class Observer:
    """A device of a rep that only bootstraps: what the hub serves that rep."""

    def __init__(self, http: Any, user: str, schema_version: int) -> None:
        answer = http.post(
            "/v1/login",
            json={
                "protocol": 1,
                "username": user,
                "password": PASSWORD,
                "device_label": "observer",
                "app_version": "test",
            },
        )
        assert answer.status_code == 200, answer.text
        signed = answer.json()
        self.http, self.schema_version = http, schema_version
        self.device_id, self.hub_id = signed["device_id"], signed["hub_id"]
        self.headers = {"Authorization": f"Bearer {signed['token']}"}

    def view(self) -> dict[str, dict[str, dict[str, Any]]]:
        """{entity: {id: {field: value}}} of the live rows the hub serves, from cursor 0."""
        rows: dict[str, dict[str, dict[str, Any]]] = {}
        cursor = 0
        while True:
            answer = self.http.post(
                "/v1/sync/pull",
                json={
                    "protocol": 1,
                    "schema_version": self.schema_version,
                    "hub_id": self.hub_id,
                    "device_id": self.device_id,
                    "cursor": cursor,
                    "limit": 500,
                },
                headers=self.headers,
            )
            assert answer.status_code == 200, answer.text
            page = answer.json()
            for row in page["rows"]:
                assert not row["deleted"]
                rows.setdefault(row["entity"], {})[row["id"]] = row["data"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return rows


class HubUnderTest:
    """One hub for the whole run; every example adds its own reps."""

    def __init__(self, url: str) -> None:
        from fastapi.testclient import TestClient

        from kamdesk.hub.app import create_app
        from kamdesk.hub.service import HubSettings

        self.app = create_app(HubSettings(database_url=url))
        self.service = self.app.state.hub
        self.http = TestClient(self.app)
        self.schema_version = self.service.schema_max

    def rows(self, ids: set[str]) -> dict[tuple[str, str], dict[str, Any]]:
        """The stored rows (deleted ones too) with these ids: {(entity, id): data}."""
        from kamdesk.hub.schema import hub_rows

        query = select(hub_rows.c.entity, hub_rows.c.id, hub_rows.c.data, hub_rows.c.deleted)
        with self.service.engine.connect() as connection:
            return {
                (entity, row_id): {**data, "deleted": bool(deleted)}
                for entity, row_id, data, deleted in connection.execute(
                    query.where(hub_rows.c.id.in_(sorted(ids)))
                )
            }

    def conflicts(self, ids: set[str]) -> list[dict[str, Any]]:
        """The hub's conflict log (open and resolved) of these rows."""
        from kamdesk.hub.schema import hub_conflicts as c

        query = select(c.c.row_id, c.c.field, c.c.winner_value, c.c.loser_value)
        with self.service.engine.connect() as connection:
            return [
                {"id": row_id, "field": field, "values": [winner, loser]}
                for row_id, field, winner, loser in connection.execute(
                    query.where(c.c.row_id.in_(sorted(ids)))
                )
            ]

    def close(self) -> None:
        self.http.close()
        self.service.engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_under_test(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HubUnderTest]:
    from argon2 import PasswordHasher

    from kamdesk.hub import auth

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(
        auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    from kamdesk.store import head_revision
    from kamdesk.sync import engine

    # The client reads its Alembic head from the migration scripts on every
    # request (about 20 ms each); the value cannot change during a run.
    version = engine.schema_version()
    monkeypatch.setattr(engine, "schema_version", lambda: version)
    assert version == int(head_revision())
    previous = keyring.get_keyring()
    try:
        if request.param == "sqlite":
            hub = HubUnderTest(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
            yield hub
            hub.close()
            return
        if not os.environ.get(ENV_PG):
            pytest.skip(f"{ENV_PG} is not set (PostgreSQL hub tests)")
        from tests.hub.conftest import fresh_postgres_database

        with fresh_postgres_database() as url:
            hub = HubUnderTest(url)
            yield hub
            hub.close()
    finally:
        keyring.set_keyring(previous)
        monkeypatch.undo()


def machine_for(hub: HubUnderTest, root: Path) -> type[RuleBasedStateMachine]:
    from kamdesk.paths import DataPaths
    from kamdesk.store import open_store

    template = root / "template"
    open_store(DataPaths(template).ensure(), lock=False).close()

    class Convergence(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            n = next(_names)
            self.users = (f"rep{n}a", f"rep{n}b")
            for user in self.users:
                hub.service.add_user(user, "rep", PASSWORD)
            here = root / f"example-{n}"
            for name in ("a1", "a2", "b"):
                shutil.copytree(template, here / name)  # a new, migrated data directory
            self.laptops = [
                Laptop(here / "a1", self.users[0], hub.http),
                Laptop(here / "a2", self.users[0], hub.http),
                Laptop(here / "b", self.users[1], hub.http),
            ]
            self.since_check = 0
            for laptop in self.laptops:
                laptop.login()
            self.observers = {u: Observer(hub.http, u, hub.schema_version) for u in self.users}
            self.values = itertools.count(1)
            #: every value written: (laptop, entity, id, field, value, value seen before)
            self.writes: list[tuple[int, str, str, str, Any, Any]] = []
            self.ids: set[str] = set()
            self.log: list[str] = []

        # --- helpers ---------------------------------------------------------------

        def _value(self, index: int, field: str) -> str:
            return f"{field}-{index}-{next(self.values)}"

        def _pick(self, data: st.DataObject, index: int, entity: str, *, live: bool = True):
            rows = self.laptops[index].rows(entity, live_only=False)
            ids = sorted(i for i, r in rows.items() if bool(r.deleted) != live)
            if not ids:
                return None
            return data.draw(st.sampled_from(ids), label=f"{entity} id")

        def _edit(self, index: int, entity: str, row_id: str, field: str) -> None:
            from kamdesk.models.entities import SYNCED_MODELS

            laptop = self.laptops[index]
            value = self._value(index, field)
            with laptop.store.unit_of_work() as session:
                row = session.get(SYNCED_MODELS[entity], row_id)
                if row is None or row.deleted:
                    return
                before = getattr(row, field)
                setattr(row, field, value)
            self.writes.append((index, entity, row_id, field, value, before))
            self.log.append(f"laptop {index} sets {entity} {row_id[:8]}.{field} = {value}")

        # --- rules -----------------------------------------------------------------

        @rule(index=st.integers(0, 2), shared=st.booleans())
        def create_account(self, index: int, shared: bool) -> None:
            from kamdesk.models import Account
            from kamdesk.services.accounts import share_account

            laptop = self.laptops[index]
            other = self.users[1] if laptop.user == self.users[0] else self.users[0]
            values = {f: self._value(index, f) for f in EDITABLE["account"]}
            with laptop.store.unit_of_work() as session:
                account = Account(industry="制造", **values)
                session.add(account)
                session.flush()
                if shared:
                    share_account(session, account.id, add=[other])
                row_id = account.id
            self.ids.add(row_id)
            for field, value in values.items():
                self.writes.append((index, "account", row_id, field, value, None))
            self.log.append(f"laptop {index} creates account {row_id[:8]} shared={shared}")

        @rule(index=st.integers(0, 2), data=st.data())
        def change_sharing(self, index: int, data: st.DataObject) -> None:
            """The owner shares an own account with the other rep, or stops sharing it."""
            from kamdesk.models import Account
            from kamdesk.services.accounts import share_account

            laptop = self.laptops[index]
            other = self.users[1] if laptop.user == self.users[0] else self.users[0]
            own = sorted(
                i for i, r in laptop.rows("account").items() if r.owner_id in (laptop.user, None)
            )
            if not own:
                return
            account_id = data.draw(st.sampled_from(own), label="own account")
            with laptop.store.unit_of_work() as session:
                shared = other in (session.get(Account, account_id).shared_with or [])
                if shared:
                    share_account(session, account_id, remove=[other])
                else:
                    share_account(session, account_id, add=[other])
            self.log.append(f"laptop {index} {'unshares' if shared else 'shares'} {account_id[:8]}")

        @rule(index=st.integers(0, 2), data=st.data())
        def create_contact(self, index: int, data: st.DataObject) -> None:
            from kamdesk.models import Contact

            account_id = self._pick(data, index, "account")
            if account_id is None:
                return
            laptop = self.laptops[index]
            values = {f: self._value(index, f) for f in EDITABLE["contact"]}
            with laptop.store.unit_of_work() as session:
                contact = Contact(
                    account_id=account_id, name=f"联系人{next(self.values)}", **values
                )
                session.add(contact)
                session.flush()
                row_id = contact.id
            self.ids.add(row_id)
            for field, value in values.items():
                self.writes.append((index, "contact", row_id, field, value, None))
            self.log.append(f"laptop {index} creates contact {row_id[:8]}")

        @rule(index=st.integers(0, 2), entity=st.sampled_from(sorted(EDITABLE)), data=st.data())
        def edit(self, index: int, entity: str, data: st.DataObject) -> None:
            row_id = self._pick(data, index, entity)
            if row_id is None:
                return
            field = data.draw(st.sampled_from(EDITABLE[entity]), label="field")
            self._edit(index, entity, row_id, field)

        @rule(entity=st.sampled_from(sorted(EDITABLE)), data=st.data())
        def edit_same_field_everywhere(self, entity: str, data: st.DataObject) -> None:
            """The same field of one row, edited on every laptop that has it live."""
            row_id = self._pick(data, 0, entity) or self._pick(data, 2, entity)
            if row_id is None:
                return
            field = data.draw(st.sampled_from(EDITABLE[entity]), label="field")
            for index in range(3):
                self._edit(index, entity, row_id, field)

        @rule(index=st.integers(0, 2), entity=st.sampled_from(sorted(EDITABLE)), data=st.data())
        def delete(self, index: int, entity: str, data: st.DataObject) -> None:
            from kamdesk.services.accounts import delete_account
            from kamdesk.services.contacts import delete_contact

            row_id = self._pick(data, index, entity)
            if row_id is None:
                return
            with self.laptops[index].store.unit_of_work() as session:
                (delete_account if entity == "account" else delete_contact)(session, row_id)
            self.log.append(f"laptop {index} deletes {entity} {row_id[:8]}")

        @rule(index=st.integers(0, 2), entity=st.sampled_from(sorted(EDITABLE)), data=st.data())
        def restore(self, index: int, entity: str, data: st.DataObject) -> None:
            from kamdesk.models.entities import SYNCED_MODELS

            row_id = self._pick(data, index, entity, live=False)
            if row_id is None:
                return
            with self.laptops[index].store.unit_of_work() as session:
                session.get(SYNCED_MODELS[entity], row_id).deleted = False
            self.log.append(f"laptop {index} restores {entity} {row_id[:8]}")

        @rule(index=st.integers(0, 2), data=st.data())
        def resolve(self, index: int, data: st.DataObject) -> None:
            from kamdesk.errors import InvalidInput
            from kamdesk.models.entities import SYNCED_MODELS
            from kamdesk.sync import list_conflicts, resolve_conflict

            laptop = self.laptops[index]
            with laptop.store.reading() as session:
                open_ones = list_conflicts(session)
            if not open_ones:
                return
            conflict = data.draw(st.sampled_from(open_ones), label="conflict")
            resolution = data.draw(st.sampled_from(("keep", "use_other", "restore")))
            model = SYNCED_MODELS.get(conflict.entity)
            fields = EDITABLE.get(conflict.entity, ())
            try:
                with laptop.store.unit_of_work() as session:
                    row = session.get(model, conflict.row_id) if model else None
                    before = {f: getattr(row, f) for f in fields} if row else {}
                    resolve_conflict(session, conflict.conflict_id, resolution)
                    session.flush()
                    after = {f: getattr(row, f) for f in before} if row else {}
            except InvalidInput:
                return  # restore of a row that is not deleted: refused, nothing written
            for field, value in after.items():
                if value != before[field]:
                    self.writes.append(
                        (index, conflict.entity, conflict.row_id, field, value, before[field])
                    )
            self.log.append(
                f"laptop {index} resolves {conflict.kind} {conflict.entity} "
                f"{conflict.row_id[:8]}.{conflict.field} {resolution}"
            )

        @rule(
            index=st.integers(0, 2),
            fault=st.sampled_from(FAULTS),
            at=st.integers(1, 6),
            page_size=st.sampled_from((1, 2, 2000)),
        )
        def sync(self, index: int, fault: str, at: int, page_size: int) -> None:
            from kamdesk.sync import SyncError

            laptop = self.laptops[index]
            client = FaultyClient(hub.http, fault, at)
            try:
                laptop.sync(client, page_size)
            except Crash:
                laptop.restart()  # the app starts again on the same files
            except SyncError:
                assert client.fired, "a sync failed with no fault injected"
            self.log.append(f"laptop {index} syncs ({fault} at {at}, fired={client.fired})")

        @invariant()
        def count_steps(self) -> None:
            self.since_check += 1

        @precondition(lambda self: self.since_check >= 10)
        @rule()
        def quiesce(self) -> None:
            """Settle and check halfway too: later steps then work on synced rows."""
            self.check()

        def teardown(self) -> None:
            try:
                if self.laptops:
                    self.check()
            finally:
                for laptop in self.laptops:
                    laptop.close()

        # --- the invariants ------------------------------------------------------------

        def settle(self) -> None:
            """Every laptop syncs until nothing is pending anywhere, then once more."""
            for _ in range(5):
                for laptop in self.laptops:
                    laptop.sync(hub.http)
                if all(laptop.pending() == 0 for laptop in self.laptops):
                    break
            for laptop in self.laptops:
                laptop.sync(hub.http)
            for index, laptop in enumerate(self.laptops):
                assert laptop.pending() == 0, f"laptop {index} still has pending changes"

        def check(self) -> None:
            self.since_check = 0
            self.settle()
            for index, laptop in enumerate(self.laptops):
                view = self.observers[laptop.user].view()
                for entity in EDITABLE:
                    mine = laptop.visible(entity)
                    theirs = view.get(entity, {})
                    assert set(mine) == set(theirs), (
                        f"laptop {index} ({laptop.user}) {entity} ids differ from the hub: "
                        f"only local {sorted(set(mine) - set(theirs))}, "
                        f"only hub {sorted(set(theirs) - set(mine))}"
                    )
                    for row_id, values in mine.items():
                        for field, value in values.items():
                            hub_value = _normal(theirs[row_id].get(field))
                            assert value == hub_value, (
                                f"laptop {index} {entity} {row_id}.{field}: "
                                f"{value!r} here, {hub_value!r} on the hub"
                            )
            self.check_nothing_lost()

        def check_nothing_lost(self) -> None:
            stored = hub.rows(self.ids)
            logged: dict[tuple[str, str], list[Any]] = {}
            for conflict in hub.conflicts(self.ids):
                key = (conflict["id"], conflict["field"])
                for value in conflict["values"]:
                    if conflict["field"] in ("_row", "*") and isinstance(value, dict):
                        for name, item in value.items():
                            logged.setdefault((conflict["id"], name), []).append(item)
                    else:
                        logged.setdefault(key, []).append(value)
            for laptop in self.laptops:
                with laptop.store.reading() as session:
                    result = session.connection().exec_driver_sql(
                        "SELECT row_id, field, mine, theirs FROM sync_conflicts"
                    )
                    for row_id, field, mine, theirs in result:
                        for raw in (mine, theirs):
                            value = _loads(raw)
                            if isinstance(value, dict):
                                inner = value.get("fields", value)
                                for name, item in (inner or {}).items():
                                    logged.setdefault((row_id, name), []).append(item)
                            else:
                                logged.setdefault((row_id, field), []).append(value)
            seen: dict[tuple[str, str], set[Any]] = {}
            for _, _, row_id, field, _, before in self.writes:
                seen.setdefault((row_id, field), set()).add(before)
            for index, entity, row_id, field, value, _ in self.writes:
                current = stored.get((entity, row_id), {}).get(field, object())
                if value == current or value in seen.get((row_id, field), set()):
                    continue
                assert value in logged.get((row_id, field), []), (
                    f"laptop {index}'s {entity} {row_id}.{field} = {value!r} is lost: the hub "
                    f"holds {current!r}, no later writer saw it and no conflict log has it"
                )

    return Convergence


def test_laptops_converge_with_the_hub_and_lose_nothing(
    hub_under_test: HubUnderTest, tmp_path: Path
) -> None:
    chosen = SETTINGS
    if hub_under_test.service.engine.dialect.name == "postgresql" and not os.environ.get(
        "KAMDESK_CONVERGENCE_EXAMPLES"
    ):
        chosen = settings(SETTINGS, max_examples=12)  # each push is slower there
    run_state_machine_as_test(machine_for(hub_under_test, tmp_path), settings=chosen)

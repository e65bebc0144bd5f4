"""A real ``kamdesk sync`` process killed with SIGKILL at random moments, then synced again.

The hub is the real app served by uvicorn on a free port (a thread of the test
process, SQLite file). The laptop is a data directory with a few thousand
unsynced changes, signed in with ``kamdesk login`` through a keyring backend
that keeps secrets in a temporary file (test only: a subprocess cannot share
an in-memory keyring; the app itself never stores tokens in files). Each
seed kills three syncs; then a clean sync must converge with nothing
lost and nothing applied twice. Kills are timed by the hub's progress (after
the k-th push or pull request it received, plus a random delay), so they land
mid-push and mid-pull whatever the machine's speed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from .conftest import PASSWORD

ACCOUNTS = 700
CONTACTS_PER_ACCOUNT = 2  # 2,100 changes in the outbox: five pushes, two pull pages

KEYRING_MODULE = '''
"""A keyring backend for kamdesk's tests: secrets in the JSON file named by
KAMDESK_TEST_KEYRING_FILE. Test only."""
import json
import os

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    def _load(self):
        try:
            with open(os.environ["KAMDESK_TEST_KEYRING_FILE"], encoding="utf-8") as handle:
                return json.load(handle)
        except FileNotFoundError:
            return {}

    def _save(self, secrets):
        path = os.environ["KAMDESK_TEST_KEYRING_FILE"]
        with open(path + ".tmp", "w", encoding="utf-8") as handle:
            json.dump(secrets, handle)
        os.replace(path + ".tmp", path)

    def get_password(self, service, username):
        return self._load().get(service + "\\n" + username)

    def set_password(self, service, username, password):
        secrets = self._load()
        secrets[service + "\\n" + username] = password
        self._save(secrets)

    def delete_password(self, service, username):
        secrets = self._load()
        secrets.pop(service + "\\n" + username, None)
        self._save(secrets)
'''


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Counting:
    """ASGI wrapper that counts the requests the hub received, per path."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.counts: dict[str, int] = {}

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.counts[scope["path"]] = self.counts.get(scope["path"], 0) + 1
        await self.app(scope, receive, send)


class ServedHub:
    """The hub app under uvicorn in a thread of this process."""

    def __init__(self, database: Path) -> None:
        import uvicorn

        from kamdesk.hub.app import create_app
        from kamdesk.hub.service import HubSettings

        self.app = create_app(HubSettings(database_url=f"sqlite:///{database}"))
        self.service = self.app.state.hub
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.counting = Counting(self.app)
        config = uvicorn.Config(
            self.counting, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ServedHub:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.service.engine.dispose()


@pytest.fixture
def served_hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServedHub]:
    from argon2 import PasswordHasher

    from kamdesk.hub import auth

    monkeypatch.setattr(
        auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    with ServedHub(tmp_path / "hub.sqlite3") as hub:
        hub.service.add_user("wang", "rep", PASSWORD)
        yield hub


def _environment(tmp_path: Path) -> dict[str, str]:
    module_dir = tmp_path / "keyring-backend"
    module_dir.mkdir(exist_ok=True)
    (module_dir / "kamdesk_test_keyring.py").write_text(KEYRING_MODULE, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(module_dir), env.get("PYTHONPATH")]))
    env["PYTHON_KEYRING_BACKEND"] = "kamdesk_test_keyring.FileKeyring"
    env["KAMDESK_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _kamdesk(*argv: str) -> list[str]:
    return [str(Path(sys.executable).with_name("kamdesk")), *argv]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A data directory with accounts and contacts never synced, and the values written
    (made once; each test syncs its own copy)."""
    from kamdesk.models import Account, Contact
    from kamdesk.models.base import new_id
    from kamdesk.paths import DataPaths
    from kamdesk.store import open_store

    root = tmp_path_factory.mktemp("filled") / "laptop"
    written: dict[str, dict[str, dict[str, Any]]] = {"account": {}, "contact": {}}
    with open_store(DataPaths(root).ensure()) as store, store.unit_of_work() as session:
        for n in range(ACCOUNTS):
            account = Account(
                id=new_id(), name=f"客户{n:05d}", industry="制造", region=f"区{n % 7}"
            )
            session.add(account)
            written["account"][account.id] = {"name": account.name, "region": account.region}
            for k in range(CONTACTS_PER_ACCOUNT):
                contact = Contact(
                    id=new_id(), account_id=account.id, name=f"联系人{n:05d}-{k}", title="经理"
                )
                session.add(contact)
                written["contact"][contact.id] = {"name": contact.name, "title": "经理"}
    return root, written


def _local(root: Path) -> tuple[dict[str, dict[str, dict[str, Any]]], int, str]:
    """Live rows (synced fields), unsent outbox entries, and PRAGMA integrity_check."""
    from kamdesk.models import Account, Contact
    from kamdesk.models.capture import synced_columns, to_json_value

    connection = sqlite3.connect(next(root.glob("*.sqlite3")))
    try:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        unsent = connection.execute(
            "SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'inflight')"
        ).fetchone()[0]
    finally:
        connection.close()
    from kamdesk.paths import DataPaths
    from kamdesk.store import open_store

    rows: dict[str, dict[str, dict[str, Any]]] = {}
    store = open_store(DataPaths(root), lock=False, maintenance=False)
    with store, store.reading() as session:
        for model in (Account, Contact):
            columns = [c for c in synced_columns(model) if c not in ("deleted", "created_at")]
            rows[model.entity] = {
                r.id: {c: to_json_value(getattr(r, c)) for c in columns}
                for r in session.query(model).filter(model.deleted.is_(False))
            }
    return rows, unsent, check


def _where(root: Path) -> str:
    """Where a killed sync stopped: changes acknowledged, the pull cursor."""
    connection = sqlite3.connect(next(root.glob("*.sqlite3")))
    try:
        acked = connection.execute(
            "SELECT count(*) FROM sync_outbox WHERE state = 'acked'"
        ).fetchone()[0]
        cursor = connection.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
    finally:
        connection.close()
    return f"{acked} changes acknowledged, pull cursor {cursor[0] if cursor else None}"


def _hub_rows(hub: ServedHub) -> dict[str, dict[str, dict[str, Any]]]:
    rows: dict[str, dict[str, dict[str, Any]]] = {"account": {}, "contact": {}}
    with hub.service.engine.connect() as connection:
        for entity, row_id, data, deleted in connection.execute(
            text("SELECT entity, id, data, deleted FROM hub_rows")
        ):
            assert not deleted
            rows[entity][row_id] = json.loads(data) if isinstance(data, str) else data
    return rows


def _ledger_mids(hub: ServedHub) -> list[int]:
    with hub.service.engine.connect() as connection:
        return sorted(
            mid for (mid,) in connection.execute(text("SELECT mid FROM hub_ledger")).all()
        )


@pytest.mark.parametrize("seed", [1, 2])
def test_a_sync_killed_at_random_points_converges_with_nothing_lost(
    served_hub: ServedHub, tmp_path: Path, seed: int, filled: tuple[Path, dict[str, Any]]
) -> None:
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL is POSIX")
    rng = random.Random(seed)
    root = tmp_path / "laptop"
    shutil.copytree(filled[0], root)
    written = filled[1]
    changes = sum(len(rows) for rows in written.values())
    env = _environment(tmp_path)
    data_dir = ("--data-dir", str(root))
    login = subprocess.run(
        _kamdesk("login", "--hub", served_hub.url, "--user", "wang", "--password-stdin", *data_dir),
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert login.returncode == 0, login.stderr
    assert PASSWORD not in Path(env["KAMDESK_TEST_KEYRING_FILE"]).read_text()  # a token, not it

    # Each sync is killed when the hub has received a chosen request (the
    # k-th push of this attempt, or a pull page) plus a random delay of up to
    # 400 ms: mid-push, between pushes, mid-pull.
    plan = [
        ("/v1/sync/push", rng.randint(2, 4)),
        ("/v1/sync/push", rng.randint(1, 2)),
        ("/v1/sync/pull", rng.randint(1, 2)),
    ]
    killed = 0
    for path, nth in plan:
        target = served_hub.counting.counts.get(path, 0) + nth
        process = subprocess.Popen(
            _kamdesk("sync", *data_dir),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while process.poll() is None and served_hub.counting.counts.get(path, 0) < target:
            assert time.monotonic() < deadline, f"the sync never sent {path} #{nth}"
            time.sleep(0.005)
        delay = rng.uniform(0, 0.4)
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
            killed += 1
            where = _where(root)
            print(f"seed {seed}: killed {delay * 1000:.0f} ms after {path} #{nth}: {where}")
        else:
            stderr = process.stderr.read().decode() if process.stderr else ""
            assert process.returncode == 0, stderr
        if process.stderr:
            process.stderr.close()
        _, _, check = _local(root)
        assert check == "ok"
    assert killed >= 2, "the syncs ended before they could be killed"

    final = subprocess.run(
        _kamdesk("sync", *data_dir), env=env, capture_output=True, text=True, timeout=120
    )
    assert final.returncode == 0, final.stderr
    again = subprocess.run(
        _kamdesk("sync", "--json", *data_dir), env=env, capture_output=True, text=True, timeout=60
    )
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["result"]["pushed"] == 0

    local, unsent, check = _local(root)
    assert check == "ok" and unsent == 0
    on_hub = _hub_rows(served_hub)
    for entity, rows in written.items():
        # Every edit made before the first sync is on the hub, and on the laptop.
        assert set(on_hub[entity]) == set(rows) == set(local[entity])
        for row_id, values in rows.items():
            for field, value in values.items():
                assert on_hub[entity][row_id][field] == value, (entity, row_id, field)
        # The laptop equals the hub, field by field.
        for row_id, values in local[entity].items():
            for field, value in values.items():
                assert on_hub[entity][row_id].get(field) == value, (entity, row_id, field)
    # Exactly once: one ledger entry per change, whatever was replayed.
    assert _ledger_mids(served_hub) == list(range(1, changes + 1))

"""``kamdesk-hub`` admin commands: users, devices, epochs, clear errors and exit codes."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from kamdesk.hub.cli import default_database, main

from .conftest import make_app


def _run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_adduser_list_passwd_revoke_and_rotate_epoch(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--database", database_url)
    run = lambda *a, stdin="": _run(capsys, monkeypatch, *a, *db, stdin=stdin)  # noqa: E731
    assert (
        run("adduser", "ann", "--role", "rep", "--password-stdin", stdin="first password\n")[0] == 0
    )
    assert (
        run("adduser", "max", "--role", "manager", "--password-stdin", stdin="boss password\n")[0]
        == 0
    )

    app = make_app(database_url)
    http = TestClient(app)
    login = {"protocol": 1, "username": "ann", "password": "first password"}
    signed_in = http.post("/v1/login", json=login).json()

    code, out, _ = run("list", "--json")
    users = {u["name"]: u for u in json.loads(out)["users"]}
    assert code == 0
    assert users["ann"]["role"] == "rep"
    assert [d["device_id"] for d in users["ann"]["devices"]] == [signed_in["device_id"]]
    assert "first password" not in out and signed_in["token"] not in out

    assert run("passwd", "ann", "--password-stdin", stdin="second password\n")[0] == 0
    assert http.post("/v1/login", json=login).status_code == 401
    assert http.post("/v1/login", json={**login, "password": "second password"}).status_code == 200

    code, out, _ = run("revoke", signed_in["device_id"])
    assert (code, out.split()[:2]) == (0, ["revoked", "device"])
    assert "(revoked)" in run("list")[1]

    code, out, _ = run("rotate-epoch")
    assert code == 0
    hello = http.post(
        "/v1/sync/hello",
        json={"protocol": 1, "schema_version": 8},
        headers={
            "Authorization": "Bearer "
            + http.post("/v1/login", json={**login, "password": "second password"}).json()["token"]
        },
    )
    assert hello.json()["hub_id"] != signed_in["hub_id"]
    assert hello.json()["hub_id"] in out
    http.close()
    app.state.hub.engine.dispose()


def test_clear_errors_and_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--database", str(tmp_path / "hub.sqlite3"))
    assert _run(
        capsys,
        monkeypatch,
        "adduser",
        "ann",
        "--role",
        "rep",
        "--password-stdin",
        *db,
        stdin="short\n",
    )[:3:2] == (1, "kamdesk-hub: password: at least 8 characters are needed\n")
    _run(
        capsys,
        monkeypatch,
        "adduser",
        "ann",
        "--role",
        "rep",
        "--password-stdin",
        *db,
        stdin="long enough\n",
    )
    code, _, err = _run(
        capsys,
        monkeypatch,
        "adduser",
        "ann",
        "--role",
        "rep",
        "--password-stdin",
        *db,
        stdin="long enough\n",
    )
    assert (code, "exists already" in err) == (1, True)
    code, _, err = _run(capsys, monkeypatch, "revoke", "nobody", *db)
    assert (code, err) == (1, "kamdesk-hub: no user or device 'nobody'\n")
    code, _, err = _run(
        capsys, monkeypatch, "passwd", "nobody", "--password-stdin", *db, stdin="long enough\n"
    )
    assert (code, err) == (1, "kamdesk-hub: no user 'nobody'\n")
    code, _, err = _run(capsys, monkeypatch, "list", "--database", "mysql://x@y/z")
    assert code == 1 and "unsupported database URL" in err
    with pytest.raises(SystemExit) as usage:
        _run(capsys, monkeypatch, "adduser", "ann", "--role", "boss", *db)
    assert usage.value.code == 2


def test_passwords_are_asked_twice_without_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--database", str(tmp_path / "hub.sqlite3"))
    answers = iter(["one password", "another one"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, _, err = _run(capsys, monkeypatch, "adduser", "ann", "--role", "rep", *db)
    assert (code, err) == (1, "kamdesk-hub: the two passwords differ\n")
    answers = iter(["same password", "same password"])
    assert _run(capsys, monkeypatch, "adduser", "ann", "--role", "rep", *db)[0] == 0


def test_the_default_database_is_a_file_in_the_platform_data_directory(
    isolated_user_dirs: Path,
) -> None:
    url = default_database()
    assert url.startswith("sqlite:///")
    assert url.endswith("kamdesk-hub/hub.sqlite3")
    assert str(Path.home()) in url


def test_serve_refuses_half_a_tls_configuration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--database", str(tmp_path / "hub.sqlite3"))
    code, _, err = _run(capsys, monkeypatch, "serve", "--ssl-certfile", "cert.pem", *db)
    assert (code, err) == (1, "kamdesk-hub: --ssl-certfile and --ssl-keyfile go together\n")


def test_serve_runs_the_hub_over_http(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "kamdesk.hub.cli", "serve", "--port", str(port)),
            *("--database", str(tmp_path / "hub.sqlite3")),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "the hub did not start"
                time.sleep(0.05)
        assert answer.json()["status"] == "ok"
        login = httpx.post(
            f"http://127.0.0.1:{port}/v1/login",
            json={"protocol": 1, "username": "nobody", "password": "x"},
        )
        assert login.status_code == 401
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert b"Traceback" not in err
    assert b'"password"' not in err  # nothing of the request bodies is logged

"""kamdesk login, sync, status, conflicts and resolve, against the real hub."""

from __future__ import annotations

import io
import json
import re

import pytest
from keyring.backends import fail

from kamdesk.app import main

from .conftest import PASSWORD


@pytest.fixture(autouse=True)
def _application(qapp):
    """The commands share the process-wide Qt application with the GUI tests."""
    return qapp


class _Borrowed:
    """The hub's TestClient lent to a command, which closes what it is given."""

    def __init__(self, client):
        self.client = client

    def post(self, *args, **kwargs):
        return self.client.post(*args, **kwargs)

    def close(self):
        pass


@pytest.fixture
def through_hub(hub, monkeypatch):
    from kamdesk.sync import transport

    monkeypatch.setattr(transport, "make_client", lambda: _Borrowed(hub.client))
    return hub


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def import_book(capsys, monkeypatch, folder, accounts: int) -> None:  # type: ignore[no-untyped-def]
    """A rep's own client book of ``accounts`` accounts with a contact each (not demo data)."""
    path = folder / "book.csv"
    lines = [f"客户{i}有限公司,联系人{i}" for i in range(accounts)]
    path.write_text("客户名称,联系人\n" + "\n".join(lines) + "\n", "utf-8")
    code, _out, err = run(capsys, monkeypatch, "import", str(path))
    assert code == 0, err


def sign_in(capsys, monkeypatch, user, password=PASSWORD, hub="http://testserver/"):
    """``kamdesk login`` as ``user``, the password on standard input."""
    return run(
        capsys,
        monkeypatch,
        "login",
        "--hub",
        hub,
        "--user",
        user,
        "--password-stdin",
        stdin=password + "\n",
    )


def test_login_sync_status_and_the_token_only_in_the_keyring(
    capsys, monkeypatch, through_hub, memory_keyring, data_paths, tmp_path
):
    code, out, err = sign_in(capsys, monkeypatch, "wang")
    assert code == 0, err
    assert "Signed in to http://testserver as wang" in out
    [(service, key)] = memory_keyring.secrets
    token = memory_keyring.secrets[(service, key)]
    assert (service, key) == ("kamdesk", "wang@http://testserver")
    # Nowhere in the data directory: not the database, not a setting, not a log.
    for path in data_paths.root.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path

    import_book(capsys, monkeypatch, tmp_path, 3)
    code, out, err = run(capsys, monkeypatch, "sync")
    assert code == 0, err
    assert re.search(r"^Synced: \d+ sent, 0 received\.$", out, re.M) and "Pending changes: 0" in out

    code, out, _ = run(capsys, monkeypatch, "status", "--json")
    status = json.loads(out)
    assert status["pending_changes"] == 0 and status["open_conflicts"] == 0
    assert status["user"] == "wang" and status["hub_url"] == "http://testserver"
    assert status["last_sync"] and status["last_error"] is None
    assert status["device_id"]

    code, out, _ = run(capsys, monkeypatch, "conflicts", "--json")
    assert code == 0 and json.loads(out) == []


def test_wrong_password_is_a_clear_error_and_stores_nothing(
    capsys, monkeypatch, through_hub, memory_keyring, data_paths
):
    code, _out, err = sign_in(
        capsys, monkeypatch, "wang", "not the password", hub="http://testserver"
    )
    assert code == 3
    assert err.strip() == "kamdesk: Wrong user name or password."
    assert memory_keyring.secrets == {}


def test_no_keyring_says_so_and_stores_nothing(capsys, monkeypatch, through_hub, data_paths):
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, out, err = sign_in(capsys, monkeypatch, "wang", hub="http://testserver")
    finally:
        keyring.set_keyring(previous)
    assert code == 1
    assert "No keyring is available" in err and "Nothing was stored" in err
    assert len(err.strip().splitlines()) == 1
    # The hub was not even asked: no device was made for this laptop.
    with through_hub.service.engine.connect() as connection:
        from sqlalchemy import text

        assert connection.execute(text("SELECT count(*) FROM hub_devices")).scalar_one() == 0
    code, out, _ = run(capsys, monkeypatch, "status", "--json")
    assert json.loads(out)["user"] is None


def test_sync_before_signing_in_says_how(capsys, monkeypatch, memory_keyring, data_paths, tmp_path):
    import_book(capsys, monkeypatch, tmp_path, 1)
    code, _out, err = run(capsys, monkeypatch, "sync")
    assert code == 3
    assert "kamdesk login --hub URL --user NAME" in err
    code, out, _ = run(capsys, monkeypatch, "status")
    assert "not signed in" in out and "Pending changes:" in out


def test_hub_down_exit_1_and_the_error_shows_in_status(
    capsys, monkeypatch, through_hub, memory_keyring, data_paths, tmp_path
):
    sign_in(capsys, monkeypatch, "wang", hub="http://testserver")
    import_book(capsys, monkeypatch, tmp_path, 1)
    import httpx

    from kamdesk.sync import transport

    def refuse(request):
        raise httpx.ConnectError("connection refused")

    monkeypatch.setattr(
        transport, "make_client", lambda: httpx.Client(transport=httpx.MockTransport(refuse))
    )
    code, _out, err = run(capsys, monkeypatch, "sync")
    assert code == 1
    assert "The hub cannot be reached" in err and "Traceback" not in err
    code, out, _ = run(capsys, monkeypatch, "status")
    assert "Last error: The hub cannot be reached" in out
    assert "Pending changes: 0" not in out


def test_conflicts_listed_and_resolved_from_the_command_line(
    capsys, monkeypatch, through_hub, laptops, data_paths
):
    from kamdesk.models import Account
    from kamdesk.store import open_store

    from .test_two_laptops import edit, read, sharing_laptops

    wang, li, account, _ = sharing_laptops(laptops)
    edit(wang, Account, account, region="华东")
    edit(li, Account, account, region="华南")
    wang.sync()
    li.sync()
    li.store.close()
    args = ("--data-dir", str(li.paths.root))
    code, out, _ = run(capsys, monkeypatch, "conflicts", *args)
    assert code == 0 and "Region" in out and "华东" in out and "华南" in out
    conflict_id = out.split()[0]
    code, out, err = run(capsys, monkeypatch, "resolve", conflict_id[:8], "use_other", *args)
    assert code == 0, err
    code, out, _ = run(capsys, monkeypatch, "sync", *args)
    assert code == 0
    code, out, _ = run(capsys, monkeypatch, "conflicts", *args)
    assert out == ""
    li.store = open_store(li.paths, lock=False)
    wang.sync()
    assert read(wang, Account, account).region == read(li, Account, account).region == "华东"


def _conflicting_laptops(laptops):  # type: ignore[no-untyped-def]
    """Wang and Li edit the region of a shared account; Wang deletes a contact Li edits.

    Returns Li's data directory, closed, with both conflicts in its log.
    """
    from kamdesk.models import Account, Contact

    from .test_two_laptops import add_account, add_contact, edit

    wang, li = laptops("wang"), laptops("li")
    wang.login()
    li.login()
    account = add_account(wang, "华达精密", shared_with=["li"])
    contact = add_contact(wang, account, "赵敏")
    wang.sync()
    li.sync()
    edit(wang, Account, account, region="华东")
    edit(wang, Contact, contact, deleted=True)
    edit(li, Account, account, region="华南")
    edit(li, Contact, contact, title="财务经理", phones=["139 1111 2222"])
    wang.sync()
    li.sync()
    li.store.close()
    return str(li.paths.root)


def test_conflicts_read_as_words_with_who_and_when(
    capsys, monkeypatch, through_hub, laptops, data_paths
):
    import re

    root = _conflicting_laptops(laptops)
    code, out, _ = run(capsys, monkeypatch, "--lang", "en", "conflicts", "--data-dir", root)
    assert code == 0
    assert "Account: 华达精密 · Region · Edited on both sides\n    Now: 华南\n" in out
    assert "    Other value: 华东\n" in out
    assert re.search(r"    Who and when: wang \(other value\), \d{4}-\d\d-\d\d \d\d:\d\d\n", out), (
        out
    )
    assert "Contact: 赵敏 · (the whole record) · Edited, but deleted elsewhere" in out
    assert "    Now: (deleted)\n    Other value: Title: 财务经理; Phones: 139 1111 2222\n" in out
    # No codes, JSON or ISO moments for people.
    assert "region" not in out and "_row" not in out and "{" not in out and "null" not in out
    assert not re.search(r"\d\dT\d\d|\+00:00", out)


def test_conflicts_in_chinese_are_chinese_but_for_names_and_ids(
    capsys, monkeypatch, through_hub, laptops, data_paths
):
    import re

    root = _conflicting_laptops(laptops)
    code, out, _ = run(capsys, monkeypatch, "--lang", "zh_CN", "conflicts", "--data-dir", root)
    assert code == 0
    assert "客户：华达精密 · 区域 · 两边都改了\n    当前值：华南\n    另一个值：华东\n" in out
    assert "联系人：赵敏 · （整条记录） · 已在别处删除，但这里改过" in out
    assert "    当前值：（已删除）\n    另一个值：职务：财务经理；电话：139 1111 2222\n" in out
    assert re.search(r"    修改人和时间：wang（另一个值），\d{4}-\d\d-\d\d \d\d:\d\d\n", out), out
    ids = [line.split()[0] for line in out.splitlines() if line and not line.startswith(" ")]
    words = out
    for kept in [*ids, "wang"]:  # the data: conflict ids and the other rep's user name
        words = words.replace(kept, "")
    assert not re.search(r"[A-Za-z]", words), words


def test_conflicts_json_stays_machine_readable(
    capsys, monkeypatch, through_hub, laptops, data_paths
):
    root = _conflicting_laptops(laptops)
    code, out, _ = run(
        capsys, monkeypatch, "--lang", "zh_CN", "conflicts", "--json", "--data-dir", root
    )
    assert code == 0
    found = {c["field"]: c for c in json.loads(out)}
    assert set(found) == {"region", "_row"}
    region = found["region"]
    assert set(region) == {
        "conflict_id",
        "entity",
        "row_id",
        "label",
        "field",
        "kind",
        "current",
        "other",
        "other_user",
        "mine_won",
        "detected_at",
        "resolved_at",
        "resolution",
        "reason",
    }
    assert (region["entity"], region["kind"], region["current"], region["other"]) == (
        "account",
        "overwrite",
        "华南",
        "华东",
    )
    assert region["other_user"] == "wang" and region["detected_at"].endswith("+00:00")
    assert found["_row"]["current"] is None
    assert found["_row"]["other"] == {"title": "财务经理", "phones": ["139 1111 2222"]}


def test_sync_prints_its_result_then_builds_the_search_index_a_first_download_left(
    capsys, monkeypatch, through_hub, laptops, data_paths
):
    """The rows are in when the result is printed; search is whole when the command ends,
    and says how far it is while it is not."""
    from kamdesk.models import search_index
    from kamdesk.services.search import search
    from kamdesk.store import open_store

    from .test_two_laptops import add_account

    maker = laptops("wang")
    maker.login()
    made = add_account(maker, "深圳市华达精密有限公司", shared_with=["li"])
    maker.sync()
    code, _, err = sign_in(capsys, monkeypatch, "li")
    assert code == 0, err
    printed: list[bool] = []
    import kamdesk.services.search as service

    real = service.prepare_search

    def prepare(store, **options):  # type: ignore[no-untyped-def]
        printed.append("received" in capsys.readouterr().out)  # already on stdout
        with store.reading() as session:
            assert search_index.defers_indexing(session.connection())
        return real(store, **options)

    monkeypatch.setattr(service, "prepare_search", prepare)
    code, out, err = run(capsys, monkeypatch, "sync")
    assert code == 0, err
    assert printed == [True]
    code, out, err = run(capsys, monkeypatch, "search", "huada", "--json")
    found = json.loads(out)
    assert found["preparing"] is None and [hit["id"] for hit in found["accounts"]] == [made]
    assert err == ""

    # An index still being built is said, on stderr and in the JSON.
    with open_store(data_paths, lock=False) as store, store.unit_of_work() as session:
        search_index.restart_pending(session.connection())
        search_index.build_step(session.connection(), batch=1)
        assert search(session, "huada").preparing is not None
    code, out, err = run(capsys, monkeypatch, "search", "huada", "--json")
    assert json.loads(out)["preparing"] == {"done": 1, "total": 2}
    code, out, err = run(capsys, monkeypatch, "--lang", "zh_CN", "search", "华达")
    assert code == 0
    assert "搜索索引仍在建立中（50%）" in err and "深圳市华达精密有限公司" in out


def test_sync_says_how_many_changes_the_hub_refused(
    capsys, monkeypatch, through_hub, laptops, data_paths
):
    from kamdesk.services.accounts import share_account
    from kamdesk.store import open_store

    from .test_two_laptops import sharing_laptops

    _wang, li, account, _ = sharing_laptops(laptops)
    with li.store.unit_of_work() as session:
        share_account(session, account, add=["boss"])  # only the owner may
    li.store.close()
    args = ("--data-dir", str(li.paths.root))
    code, out, _ = run(capsys, monkeypatch, "sync", *args)
    assert code == 0
    assert (
        "Synced: 0 sent, 0 received.\nChanges the hub refused: 1; see kamdesk conflicts.\n" in out
    )
    li.store = open_store(li.paths, lock=False)


def test_demo_data_stops_the_sync_until_kamdesk_demo_remove_takes_it_out(
    capsys, monkeypatch, through_hub, memory_keyring, data_paths
):
    sign_in(capsys, monkeypatch, "wang", hub="http://testserver")
    code, _out, _err = run(capsys, monkeypatch, "demo", "--accounts", "3")
    assert code == 0
    code, out, err = run(capsys, monkeypatch, "sync")
    assert code == 1 and out == ""
    assert "demo accounts: 3" in err and "kamdesk demo --remove" in err and "Traceback" not in err
    code, out, _ = run(capsys, monkeypatch, "status")
    assert "Demo data (demo accounts: 3): no sync until kamdesk demo --remove\n" in out
    code, out, _ = run(capsys, monkeypatch, "status", "--json")
    assert json.loads(out)["demo_accounts"] == 3
    code, out, err = run(capsys, monkeypatch, "--lang", "zh_CN", "sync")
    assert code == 1 and "演示客户 3 个" in err and "“帮助 ▸ 移除演示数据”" in err
    code, out, _ = run(capsys, monkeypatch, "demo", "--remove")
    assert code == 0
    assert re.fullmatch(
        r"Demo data removed: accounts: 3, contacts: \d+, visits: \d+, follow-ups: \d+\.\n", out
    ), out
    code, out, err = run(capsys, monkeypatch, "sync")
    assert code == 0, err
    assert out.startswith("Synced: 0 sent, 0 received.\n")
    code, out, _ = run(capsys, monkeypatch, "demo", "--remove", "--json")
    assert json.loads(out)["removed"]["accounts"] == 0
    code, out, _ = run(capsys, monkeypatch, "demo", "--remove")
    assert out == "There is no demo data here.\n"

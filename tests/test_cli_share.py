"""Sharing an account on the command line: `kamdesk share ACCOUNT --with/--remove`."""

from __future__ import annotations

import json

import pytest

from kamdesk.app import main
from kamdesk.models import Account
from kamdesk.models.sync import OutboxEntry
from kamdesk.paths import DataPaths
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.store import open_store


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture
def book(isolated_user_dirs):
    paths = DataPaths(isolated_user_dirs).ensure()
    with open_store(paths) as store, store.unit_of_work() as session:
        huawei = create_account(session, AccountInput(name="华为技术有限公司", short_name="华为"))
        create_account(session, AccountInput(name="中兴通讯"))
        create_account(session, AccountInput(name="中兴通讯"))
    return {"paths": paths, "huawei": huawei.ids[0]}


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _shared(book):
    with open_store(book["paths"], lock=False) as store, store.reading() as session:
        return list(session.get(Account, book["huawei"]).shared_with)


def _outbox(book):
    with open_store(book["paths"], lock=False) as store, store.reading() as session:
        return session.query(OutboxEntry).count()


def test_share_adds_names_and_prints_who_sees_it(capsys, book):
    code, out, err = run(capsys, "--lang", "en", "share", "华为", "--with", "li", "--with", "zhao")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "华为技术有限公司"
    assert lines[1].startswith("Owner: not yet known")
    assert lines[2] == "Shared with: li, zhao"
    assert "the hub checks the names" in lines[3]
    assert _shared(book) == ["li", "zhao"]


def test_remove_and_add_in_one_command(capsys, book):
    run(capsys, "share", book["huawei"], "--with", "li", "--with", "zhao")
    code, out, _ = run(
        capsys, "share", book["huawei"], "--remove", "li", "--with", "wang", "--json"
    )
    assert code == 0
    shown = json.loads(out)
    assert shown == {
        "id": book["huawei"],
        "name": "华为技术有限公司",
        "owner": None,
        "shared_with": ["zhao", "wang"],
        "changed": True,
    }
    assert _shared(book) == ["zhao", "wang"]


def test_without_options_it_only_prints_and_writes_nothing(capsys, book):
    with open_store(book["paths"]) as store, store.unit_of_work() as session:
        session.get(Account, book["huawei"]).owner_id = "wang"
    before = _outbox(book)
    code, out, _ = run(capsys, "--lang", "en", "share", "华为技术有限公司")
    assert code == 0
    assert out.splitlines() == ["华为技术有限公司", "Owner: wang", "Not shared"]
    code, out, _ = run(capsys, "share", "华为", "--json")
    assert json.loads(out)["changed"] is False
    assert json.loads(out)["owner"] == "wang"
    assert _outbox(book) == before


def test_removing_someone_it_is_not_shared_with_changes_nothing(capsys, book):
    before = _outbox(book)
    code, out, _ = run(capsys, "--lang", "en", "share", "华为", "--remove", "nobody", "--json")
    assert code == 0
    assert json.loads(out)["changed"] is False
    assert _outbox(book) == before


@pytest.mark.parametrize("name", ["two words", "a/b", "x" * 65, " "])
def test_a_bad_user_name_exits_2_and_writes_nothing(capsys, book, name):
    code, out, err = run(capsys, "--lang", "en", "share", "华为", "--with", "li", "--with", name)
    assert code == 2
    assert out == ""
    assert "--with/--remove" in err and "not a user name" in err
    assert _shared(book) == []


def test_an_unknown_account_exits_2(capsys, book):
    code, out, err = run(capsys, "--lang", "en", "share", "阿里巴巴", "--with", "li")
    assert (code, out) == (2, "")
    assert "Not found" in err and "阿里巴巴" in err


def test_an_ambiguous_name_exits_2_listing_the_ids(capsys, book):
    code, _, err = run(capsys, "--lang", "en", "share", "中兴通讯")
    assert code == 2
    assert "several accounts" in err


def test_without_a_database_it_says_the_account_is_not_found(capsys, isolated_user_dirs):
    code, _, err = run(capsys, "--lang", "en", "share", "华为")
    assert code == 2
    assert "Not found" in err

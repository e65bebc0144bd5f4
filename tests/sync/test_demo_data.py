"""Demo data never reaches the office hub: a data folder that holds it does not sync
until it is removed, and removing it keeps the rep's own work and its order."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from kamdesk.models import Account, Contact
from kamdesk.services.demo import demo_rows, generate_demo, remove_demo
from kamdesk.sync import DemoDataPresent
from kamdesk.sync import local as db

from .test_two_laptops import add_account, add_contact, outbox, read


def load_demo(laptop, accounts: int = 4) -> None:  # type: ignore[no-untyped-def]
    with laptop.store.unit_of_work() as session:
        generate_demo(session, accounts, seed=7)


def hub_accounts(hub) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """The hub's accounts: name → deleted."""
    with hub.service.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT data, deleted FROM hub_rows WHERE entity = 'account'")
        ).all()
    import json

    return {
        (json.loads(data) if isinstance(data, str) else data)["name"]: bool(deleted)
        for data, deleted in rows
    }


def demo_names(laptop) -> set[str]:  # type: ignore[no-untyped-def]
    with laptop.store.reading() as session:
        listed = session.connection().exec_driver_sql("SELECT account_id FROM demo_accounts")
        ids = list(listed.scalars())
        return set(session.scalars(select(Account.name).where(Account.id.in_(ids))))


def test_a_folder_with_demo_data_does_not_sync_until_it_is_removed(laptops, hub):
    wang = laptops("wang")
    wang.login()
    add_account(wang, "华达精密")
    wang.sync()
    before = add_account(wang, "深圳华强")  # not synced yet when the demo came
    load_demo(wang)
    demo = demo_names(wang)
    assert len(demo) == 4
    own = add_account(wang, "重庆银行")  # the rep's own, after the demo
    some_demo = next(iter(_ids_of(wang, demo)))
    add_contact(wang, some_demo, "赵敏")  # added to a demo account: goes with it

    with pytest.raises(DemoDataPresent) as refused:
        wang.sync()
    assert "demo accounts: 4" in refused.value.message()
    assert "kamdesk demo --remove" in refused.value.message()
    assert "demo data" in (wang.status().last_error or "")
    assert set(hub_accounts(hub)) == {"华达精密"}  # nothing of the demo left the laptop

    with wang.store.unit_of_work() as session:
        expected = demo_rows(session)
        removed = remove_demo(session)
    assert removed == expected and removed.accounts == 4 and removed.visits > 0
    with wang.store.reading() as session:
        left = session.scalars(select(Contact.name).where(Contact.account_id == some_demo))
        assert list(left) == []
        assert db.demo_account_count(session.connection()) == 0
    assert demo_names(wang) == set()
    assert read(wang, Account, own).name == "重庆银行"
    # What is left to send follows on from what the hub last took, without a gap.
    pending = outbox(wang)
    assert [(e.entity, e.row_id) for e in pending] == [("account", before), ("account", own)]
    assert pending[1].mutation_id == pending[0].mutation_id + 1

    result = wang.sync()
    assert result.pushed == 2 and result.rejected == 0
    assert hub_accounts(hub) == {"华达精密": False, "深圳华强": False, "重庆银行": False}
    add_account(wang, "蓝海科技")  # and the ledger goes on as before
    assert wang.sync().pushed == 1
    assert set(hub_accounts(hub)) == {"华达精密", "深圳华强", "重庆银行", "蓝海科技"}


def _ids_of(laptop, names: set[str]) -> list[str]:  # type: ignore[no-untyped-def]
    with laptop.store.reading() as session:
        return list(session.scalars(select(Account.id).where(Account.name.in_(names))))


def test_signing_in_is_refused_while_demo_data_is_here(laptops, memory_keyring):
    wang = laptops("wang")
    load_demo(wang, 2)
    with pytest.raises(DemoDataPresent):
        wang.login()
    assert memory_keyring.secrets == {}  # nothing was sent, nothing kept
    with wang.store.unit_of_work() as session:
        remove_demo(session)
    assert wang.login().user == "wang"


def test_demo_rows_the_hub_already_has_are_deleted_there_too(laptops, hub):
    """Demo data synced by a kamdesk that did not refuse it: removing it deletes it on the
    hub the way a rep's delete does (the hub knows the rows; forgetting them would not)."""
    wang, li = laptops("wang"), laptops("boss")
    wang.login()
    li.login()
    load_demo(wang, 3)
    with wang.store.unit_of_work() as session:
        listed = session.connection().exec_driver_sql("SELECT account_id FROM demo_accounts")
        marked = list(listed.scalars())
        session.connection().exec_driver_sql("DELETE FROM demo_accounts")  # as before 0009
    wang.sync()
    assert len(hub_accounts(hub)) == 3
    with wang.store.unit_of_work() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO demo_accounts (account_id) VALUES (?)", [(i,) for i in marked]
        )
        assert remove_demo(session).accounts == 3
    wang.sync()
    assert set(hub_accounts(hub).values()) == {True}  # tombstoned on the hub
    li.sync()  # the manager sees them go
    with li.store.reading() as session:
        assert list(session.scalars(select(Account).where(Account.deleted.is_(False)))) == []


def test_nothing_to_remove_changes_nothing(laptops):
    wang = laptops("wang")
    own = add_account(wang, "华达精密")
    with wang.store.unit_of_work() as session:
        assert remove_demo(session).total == 0
    assert [e.row_id for e in outbox(wang)] == [own]


def test_demo_data_loaded_while_a_sync_runs_is_not_sent(laptops, hub):
    """The sync checked for demo data when it began; the demo came during its hello."""
    wang = laptops("wang")
    wang.login()
    add_account(wang, "华达精密")

    class DemoDuringHello:
        def __getattr__(self, name):  # type: ignore[no-untyped-def]
            return getattr(hub.client, name)

        def post(self, url, **options):  # type: ignore[no-untyped-def]
            answer = hub.client.post(url, **options)
            if url.endswith("/v1/sync/hello"):
                load_demo(wang, 2)
            return answer

    from kamdesk.sync import run_sync

    with pytest.raises(DemoDataPresent):
        run_sync(wang.store, client=DemoDuringHello())
    assert hub_accounts(hub) == {}  # not even the rep's own: nothing left in a half state
    assert "demo data" in (wang.status().last_error or "")
    with wang.store.unit_of_work() as session:
        remove_demo(session)
    assert wang.sync().pushed == 1
    assert set(hub_accounts(hub)) == {"华达精密"}

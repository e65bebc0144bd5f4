"""The sync engine against the real hub: two laptops, offline edits, conflicts, deletes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kamdesk.models import Account, Contact
from kamdesk.models.sync import OutboxEntry
from kamdesk.services.accounts import share_account


def add_account(laptop, name: str, *, shared_with=()) -> str:
    with laptop.store.unit_of_work() as session:
        account = Account(name=name, industry="制造")
        session.add(account)
        session.flush()
        if shared_with:
            share_account(session, account.id, add=shared_with)
        return account.id


def add_contact(laptop, account_id: str, name: str, **values) -> str:
    with laptop.store.unit_of_work() as session:
        contact = Contact(account_id=account_id, name=name, **values)
        session.add(contact)
        session.flush()
        return contact.id


def edit(laptop, model, row_id: str, **values) -> None:
    with laptop.store.unit_of_work() as session:
        row = session.get(model, row_id)
        for name, value in values.items():
            setattr(row, name, value)


def read(laptop, model, row_id: str):
    with laptop.store.reading() as session:
        return session.get(model, row_id)


def outbox(laptop) -> list[OutboxEntry]:
    with laptop.store.reading() as session:
        unsent = select(OutboxEntry).where(OutboxEntry.state != "acked")
        return list(session.scalars(unsent.order_by(OutboxEntry.mutation_id)))


def sharing_laptops(laptops, **contact_values):  # type: ignore[no-untyped-def]
    """Wang and Li, signed in, sharing 华达精密 (with a contact named in ``contact_values``),
    both synced: ``(wang, li, account_id, contact_id or None)``."""
    wang, li = laptops("wang"), laptops("li")
    wang.login()
    li.login()
    account = add_account(wang, "华达精密", shared_with=["li"])
    contact = add_contact(wang, account, **contact_values) if contact_values else None
    wang.sync()
    li.sync()
    return wang, li, account, contact


@pytest.fixture
def pair(laptops):
    """Wang and Li, signed in, sharing one account with a contact, both synced."""
    return sharing_laptops(laptops, name="王伟", title="采购经理")


def test_first_sync_sends_everything_and_the_other_laptop_receives_it(pair):
    wang, li, account, contact = pair
    assert outbox(wang) == []
    assert read(li, Account, account).name == "华达精密"
    assert read(li, Account, account).owner_id == "wang"  # the hub made the pusher owner
    assert read(wang, Account, account).owner_id == "wang"
    assert read(li, Contact, contact).title == "采购经理"
    status = li.status()
    assert status.pending_changes == 0 and status.open_conflicts == 0
    assert status.last_sync is not None and status.last_error is None
    assert status.user == "li" and status.hub_url == "http://testserver"
    # Pulling wrote nothing to Li's outbox: nothing echoes back.
    assert outbox(li) == []


def test_offline_edits_on_both_sides_of_different_fields_merge(pair):
    wang, li, account, contact = pair
    edit(wang, Contact, contact, title="采购总监")
    edit(li, Contact, contact, email="wangwei@huada.cn")
    edit(li, Account, account, region="华南")
    wang.sync()
    li.sync()
    wang.sync()
    for laptop in (wang, li):
        row = read(laptop, Contact, contact)
        assert (row.title, row.email) == ("采购总监", "wangwei@huada.cn")
        assert read(laptop, Account, account).region == "华南"
        assert laptop.status().open_conflicts == 0


def test_same_field_on_both_sides_is_a_conflict_both_see_and_one_resolves(pair):
    from kamdesk.sync import resolve_conflict

    wang, li, _account, contact = pair
    edit(wang, Contact, contact, title="采购总监")
    edit(li, Contact, contact, title="副总经理")
    wang.sync()
    li.sync()  # later edit time: Li's value wins, Wang's is logged
    wang.sync()
    assert read(wang, Contact, contact).title == read(li, Contact, contact).title
    current = read(li, Contact, contact).title
    wang_view = wang.conflicts()
    li_view = li.conflicts()
    assert len(wang_view) == len(li_view) == 1
    seen = wang_view[0]
    assert seen.field == "title" and seen.entity == "contact"
    assert {seen.current, seen.other} == {"采购总监", "副总经理"}
    assert seen.current == current
    assert seen.label == "王伟"
    # Wang brings his value back ("use the other value").
    with wang.store.unit_of_work() as session:
        resolve_conflict(session, seen.conflict_id, "use_other")
    assert wang.conflicts() == []
    lost = seen.other
    assert read(wang, Contact, contact).title == lost
    wang.sync()
    li.sync()
    assert read(li, Contact, contact).title == lost
    assert li.conflicts() == []  # resolved for both
    assert wang.status().pending_changes == 0


def test_delete_on_one_side_wins_over_an_edit_on_the_other_and_restore_brings_it_back(pair):
    from kamdesk.services.accounts import delete_account
    from kamdesk.sync import resolve_conflict

    wang, li, account, contact = pair
    with wang.store.unit_of_work() as session:
        delete_account(session, account)
    edit(li, Contact, contact, notes="下周二回访")
    wang.sync()
    li.sync()
    assert read(li, Account, account).deleted
    assert read(li, Contact, contact).deleted  # the delete won
    conflicts = li.conflicts()
    assert [c.kind for c in conflicts] == ["edit_on_deleted"]
    assert conflicts[0].other == {"notes": "下周二回访"}  # Li's edit is kept in the log
    with li.store.unit_of_work() as session:
        resolve_conflict(session, conflicts[0].conflict_id, "restore")
    li.sync()
    wang.sync()
    for laptop in (wang, li):
        row = read(laptop, Contact, contact)
        assert not row.deleted and row.notes == "下周二回访"


def test_a_change_the_hub_refuses_is_kept_as_a_rejection(pair):
    _wang, li, account, _contact = pair
    with li.store.unit_of_work() as session:
        share_account(session, account, add=["boss"])  # only the owner may
    li.sync()
    assert read(li, Account, account).shared_with == ["li"]  # back to the hub's
    rejected = li.conflicts()
    assert [c.kind for c in rejected] == ["rejected"]
    assert rejected[0].reason == "not_owner"
    assert rejected[0].other == {"shared_with": ["li", "boss"]}
    assert li.status().pending_changes == 0

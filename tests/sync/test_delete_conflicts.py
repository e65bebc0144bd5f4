"""Deletes and the conflict log between two real laptops and the hub: a delete lists
only the edits its author never saw, and Restore brings back the edit that lost."""

from __future__ import annotations

import pytest

from kamdesk.models import Account
from kamdesk.services.accounts import delete_account

from .test_two_laptops import sharing_laptops


def edit(laptop, row_id: str, **values) -> None:
    with laptop.store.unit_of_work() as session:
        row = session.get(Account, row_id)
        for name, value in values.items():
            setattr(row, name, value)


def read(laptop, row_id: str) -> Account:
    with laptop.store.reading() as session:
        return session.get(Account, row_id)


def resolve(laptop, conflict_id: str, resolution: str) -> None:
    from kamdesk.sync import resolve_conflict

    with laptop.store.unit_of_work() as session:
        resolve_conflict(session, conflict_id, resolution)


@pytest.fixture
def pair(laptops):
    """Wang's account shared with Li, on both laptops."""
    wang, li, account, _ = sharing_laptops(laptops)
    return wang, li, account


@pytest.mark.parametrize(
    ("resolver", "resolution"),
    [("wang", "keep"), ("li", "keep"), ("wang", "use_other"), ("li", "use_other")],
)
def test_an_address_conflict_settled_before_the_delete_is_not_listed_again(
    pair, resolver, resolution
):
    wang, li, account = pair
    edit(wang, account, address="苏州工业园星湖街1号")
    edit(li, account, address="苏州工业园星湖街2号")
    wang.sync()
    li.sync()
    wang.sync()
    laptop = {"wang": wang, "li": li}[resolver]
    [conflict] = laptop.conflicts()
    resolve(laptop, conflict.conflict_id, resolution)
    laptop.sync()
    wang.sync()
    li.sync()
    assert wang.conflicts() == [] and li.conflicts() == []
    with wang.store.unit_of_work() as session:
        delete_account(session, account)
    wang.sync()
    li.sync()
    assert read(li, account).deleted
    assert li.conflicts() == [] and wang.conflicts() == []


def test_restore_of_an_edit_that_lost_to_the_delete_keeps_the_edit(pair):
    wang, li, account = pair
    with wang.store.unit_of_work() as session:
        delete_account(session, account)
    edit(li, account, address="深圳南山科技园")
    wang.sync()
    li.sync()
    [conflict] = li.conflicts()
    assert (conflict.kind, conflict.other) == ("edit_on_deleted", {"address": "深圳南山科技园"})
    # The deleter restores it: the account comes back with Li's address, and
    # nobody has a "use the other value" left to do.
    wang.sync()
    [seen] = wang.conflicts()
    resolve(wang, seen.conflict_id, "restore")
    wang.sync()
    li.sync()
    for laptop in (wang, li):
        row = read(laptop, account)
        assert not row.deleted and row.address == "深圳南山科技园"
        assert laptop.conflicts() == []
        assert laptop.status().pending_changes == 0

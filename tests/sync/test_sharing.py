"""Sharing an account with other reps (Account.shared_with, migration 0008)."""

from __future__ import annotations

import pytest

from kamdesk.models import Account
from kamdesk.models.sync import OutboxEntry
from kamdesk.services.accounts import ValidationFailed, share_account


def new_account(store) -> str:
    with store.unit_of_work() as session:
        account = Account(name="华达精密")
        session.add(account)
        session.flush()
        return account.id


def test_share_and_unshare_are_captured_changes(store):
    account = new_account(store)
    with store.unit_of_work() as session:
        changed = share_account(session, account, add=["li", " zhao ", "li"])
    assert changed.fields == {"shared_with"}
    with store.unit_of_work() as session:
        assert session.get(Account, account).shared_with == ["li", "zhao"]
        share_account(session, account, remove=["li"])
    with store.reading() as session:
        assert session.get(Account, account).shared_with == ["zhao"]
        entries = session.query(OutboxEntry).order_by(OutboxEntry.mutation_id).all()
        assert entries[-1].fields["shared_with"] == ["zhao"]  # merged into the pending upsert


def test_sharing_nothing_new_writes_nothing(store):
    account = new_account(store)
    with store.unit_of_work() as session:
        assert share_account(session, account, remove=["nobody"]).is_empty


@pytest.mark.parametrize("name", ["", "two words", "x" * 65, "a/b"])
def test_a_name_that_is_not_a_user_name_is_refused(store, name):
    account = new_account(store)
    with pytest.raises(ValidationFailed) as caught, store.unit_of_work() as session:
        share_account(session, account, add=[name])
    assert caught.value.fields() == ("shared_with",)
    assert "not a user name" in caught.value.message()
    with store.reading() as session:
        assert session.get(Account, account).shared_with == []

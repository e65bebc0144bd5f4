"""Lost answers, crashes, a restored hub, a copied data directory, refusals: nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text

from kamdesk.models import Account, Contact
from kamdesk.models.sync import STATE_INFLIGHT, OutboxEntry

from .conftest import Laptop
from .test_two_laptops import add_account, add_contact, edit, outbox, read


class Crash(BaseException):
    """The process dies here (nothing in the engine catches a BaseException)."""


class Faulty:
    """Wraps the hub's client: after the hub answered ``path`` (its work committed),
    the answer is lost (``lose``) or the laptop dies (``crash``)."""

    def __init__(self, inner: Any, path: str, mode: str, times: int = 1) -> None:
        self.inner, self.path, self.mode, self.times = inner, path, mode, times
        self.seen = 0

    def post(self, url: str, **options: Any) -> Any:
        response = self.inner.post(url, **options)
        if url.endswith(self.path) and self.seen < self.times:
            self.seen += 1
            if self.mode == "lose":
                raise httpx.ReadError("connection reset by peer")
            raise Crash()
        return response


def hub_row(hub, entity: str, row_id: str) -> dict[str, Any] | None:
    with hub.service.engine.connect() as connection:
        found = connection.execute(
            text("SELECT data FROM hub_rows WHERE entity = :e AND id = :i"),
            {"e": entity, "i": row_id},
        ).scalar()
    if found is None:
        return None
    import json

    return json.loads(found) if isinstance(found, str) else found


def ledger_size(hub) -> int:
    with hub.service.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM hub_ledger")).scalar_one()


def test_a_lost_answer_is_replayed_and_applied_once(laptops, hub):
    from kamdesk.sync import HubUnreachable, run_sync

    wang = laptops("wang")
    wang.login()
    account = add_account(wang, "华达精密")
    with pytest.raises(HubUnreachable) as caught:
        run_sync(wang.store, client=Faulty(hub.client, "/v1/sync/push", "lose"))
    assert "cannot be reached" in caught.value.message()
    assert hub_row(hub, "account", account)["name"] == "华达精密"  # the hub did apply it
    assert [e.state for e in outbox(wang)] == ["pending"]  # back to pending, kept
    assert wang.status().last_error is not None
    edit(wang, Account, account, region="华南")  # a later edit: a new entry, not a merge
    assert len(outbox(wang)) == 2
    applied = ledger_size(hub)
    wang.sync()
    assert ledger_size(hub) == applied + 1  # the replay added nothing; the edit did
    assert outbox(wang) == []
    assert hub_row(hub, "account", account)["region"] == "华南"
    assert wang.status().last_error is None


def test_a_crash_after_marking_inflight_loses_nothing(laptops, hub):
    from kamdesk.sync import run_sync

    wang = laptops("wang")
    wang.login()
    account = add_account(wang, "华达精密")
    with pytest.raises(Crash):
        run_sync(wang.store, client=Faulty(hub.client, "/v1/sync/push", "crash"))
    assert [e.state for e in outbox(wang)] == [STATE_INFLIGHT]  # as the crash left it
    # The rep goes on working before the next sync: that is a new entry.
    edit(wang, Account, account, name="华达精密（深圳）")
    entries = outbox(wang)
    assert len(entries) == 2 and entries[0].fields["name"] == "华达精密"
    # The app starts again (a new store on the same files) and syncs.
    wang.store.close()
    restarted = Laptop(wang.paths.root, hub, "wang")
    try:
        restarted.sync()
        assert outbox(restarted) == []
        assert hub_row(hub, "account", account)["name"] == "华达精密（深圳）"
        assert read(restarted, Account, account).name == "华达精密（深圳）"
    finally:
        restarted.close()
        wang.store = restarted.store


def test_a_crash_before_the_hub_got_anything_sends_it_next_time(laptops, hub):
    from kamdesk.sync import local

    wang = laptops("wang")
    wang.login()
    account = add_account(wang, "华达精密")
    with wang.store.unit_of_work() as session:
        connection = session.connection()
        local.mark_inflight(connection, local.next_pending(connection, 500))
    wang.sync()
    assert outbox(wang) == []
    assert hub_row(hub, "account", account)["name"] == "华达精密"


def test_a_restored_hub_makes_laptops_download_again_and_nothing_is_lost(laptops, hub, tmp_path):
    from fastapi.testclient import TestClient

    from kamdesk.hub.app import create_app
    from kamdesk.hub.service import HubSettings

    wang, li = laptops("wang"), laptops("li")
    wang.login()
    li.login()
    account = add_account(wang, "华达精密", shared_with=["li"])
    contact = add_contact(wang, account, "王伟", title="采购经理")
    wang.sync()
    li.sync()
    # The office's nightly backup of the hub...
    restored = tmp_path / "hub-restored.sqlite3"
    source, target = sqlite3.connect(tmp_path / "hub.sqlite3"), sqlite3.connect(restored)
    source.backup(target)
    source.close()
    target.close()
    # ...then a day of work that reaches the hub,
    edit(wang, Contact, contact, title="采购总监")
    late = add_contact(wang, account, "李娜", title="工程师")
    wang.sync()
    # and work still pending on the laptops.
    edit(wang, Account, account, region="华南")
    edit(li, Contact, contact, email="wangwei@huada.cn")
    # The hub is restored from the backup (and gets a new identity).
    app = create_app(HubSettings(database_url=f"sqlite:///{restored}"))
    app.state.hub.rotate_epoch()
    with TestClient(app) as client:
        hub.client, hub.service = client, app.state.hub
        first = wang.sync()
        assert first.reset
        li.sync()
        wang.sync()
        for laptop in (wang, li):
            assert read(laptop, Contact, contact).title == "采购总监"  # acked before: back
            assert read(laptop, Contact, late).name == "李娜"  # created before: back
            assert read(laptop, Account, account).region == "华南"  # pending: sent
            assert read(laptop, Contact, contact).email == "wangwei@huada.cn"
            assert laptop.status().pending_changes == 0
        assert hub_row(hub, "contact", contact)["title"] == "采购总监"


def test_a_laptop_restored_from_its_own_backup_gets_a_new_device_id(laptops, hub, tmp_path):
    wang = laptops("wang")
    wang.login()
    account = add_account(wang, "华达精密")
    wang.sync()
    wang.store.close()
    old_copy = tmp_path / "old-copy"
    shutil.copytree(wang.paths.root, old_copy)
    wang.store = Laptop(wang.paths.root, hub, "wang").store
    edit(wang, Account, account, region="华东")  # mid 2, reaches the hub
    wang.sync()
    wang.store.close()
    # The laptop's data folder is restored from that older copy.
    shutil.rmtree(wang.paths.root)
    shutil.copytree(old_copy, wang.paths.root)
    wang.store = Laptop(wang.paths.root, hub, "wang").store
    before = wang.status().device_id
    edit(wang, Account, account, region="西南")  # mid 2 again, other content
    wang.sync()  # device_fork → a new device, and the change is pushed
    assert wang.status().device_id != before
    assert outbox(wang) == []
    assert hub_row(hub, "account", account)["region"] == read(wang, Account, account).region
    # The value that lost is in the conflict log, not gone.
    assert {c.other for c in wang.conflicts()} == {"华东"}


def test_a_revoked_laptop_is_asked_to_sign_in_again_and_keeps_its_changes(laptops, hub):
    from kamdesk.sync import SignInRequired

    wang = laptops("wang")
    wang.login()
    account = add_account(wang, "华达精密")
    hub.service.revoke(wang.status().device_id)
    with pytest.raises(SignInRequired) as caught:
        wang.sync()
    assert "Sign in again" in caught.value.message()
    assert [e.state for e in outbox(wang)] == ["pending"]
    assert wang.status().last_error == caught.value.message()
    wang.login()
    wang.sync()
    assert outbox(wang) == []
    assert hub_row(hub, "account", account)["name"] == "华达精密"


def test_an_incompatible_hub_stops_the_sync_with_a_clear_message(laptops, hub, monkeypatch):
    from kamdesk.sync import UpgradeRequired, engine

    wang = laptops("wang")
    wang.login()
    add_account(wang, "华达精密")
    monkeypatch.setattr(engine, "schema_version", lambda: 7)
    with pytest.raises(UpgradeRequired) as caught:
        wang.sync()
    assert caught.value.exit_code == 4
    status = wang.status()
    assert status.upgrade_required and "newer version of kamdesk" in status.upgrade_required
    assert status.pending_changes == 1
    monkeypatch.undo()
    wang.sync()
    assert wang.status().upgrade_required is None and wang.status().pending_changes == 0


def test_a_hub_that_cannot_be_reached_keeps_everything(laptops, hub):
    from kamdesk.sync import HubUnreachable, run_sync

    wang = laptops("wang")
    wang.login()
    add_account(wang, "华达精密")

    def refuse(request):
        raise httpx.ConnectError("connection refused")

    with httpx.Client(transport=httpx.MockTransport(refuse)) as down, pytest.raises(HubUnreachable):
        run_sync(wang.store, client=down)
    assert [e.state for e in outbox(wang)] == ["pending"]


def test_one_sync_at_a_time(laptops, hub):
    from kamdesk.sync import SyncBusy
    from kamdesk.sync.engine import sync_lock

    wang = laptops("wang")
    wang.login()
    with sync_lock(wang.store), pytest.raises(SyncBusy):
        wang.sync()
    wang.sync()  # free again


def test_a_rep_who_loses_sight_of_an_account_drops_it_without_deleting(laptops, hub):
    from kamdesk.services.accounts import share_account

    wang, li = laptops("wang"), laptops("li")
    wang.login()
    li.login()
    account = add_account(wang, "华达精密", shared_with=["li"])
    contact = add_contact(wang, account, "王伟")
    wang.sync()
    li.sync()
    assert read(li, Contact, contact) is not None
    with wang.store.unit_of_work() as session:
        share_account(session, account, remove=["li"])
    wang.sync()
    li.sync()
    assert read(li, Account, account) is None and read(li, Contact, contact) is None
    assert outbox(li) == []  # no deletes made
    assert hub_row(hub, "account", account) is not None
    with li.store.reading() as session:
        assert session.execute(select(OutboxEntry)).first() is None  # not even acked ones


def test_a_local_database_locked_too_long_is_a_clear_error_and_loses_nothing(
    laptops, hub, monkeypatch
):
    import sqlite3 as sqlite

    from kamdesk import store as store_module
    from kamdesk.sync import LocalStoreBusy

    wang = laptops("wang")
    wang.login()
    add_account(wang, "华达精密")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    blocker = sqlite.connect(wang.paths.database, timeout=0.05)
    wang.store.engine.dispose()  # new connections take the short busy timeout
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(LocalStoreBusy) as caught:
            wang.sync()
        assert "busy" in caught.value.message()
    finally:
        blocker.rollback()
        blocker.close()
    wang.sync()
    assert outbox(wang) == []


def test_a_new_hub_epoch_keeps_pending_changes_and_makes_no_conflict_of_known_values(laptops, hub):
    wang, li = laptops("wang"), laptops("li")
    wang.login()
    li.login()
    account = add_account(wang, "华达精密", shared_with=["li"])
    contact = add_contact(wang, account, "王伟", title="采购经理")
    wang.sync()
    li.sync()
    edit(wang, Contact, contact, title="采购总监")  # pending on both sides
    edit(li, Account, account, region="华南")
    old_device = wang.status().device_id
    hub.service.rotate_epoch()
    assert wang.sync().reset
    assert li.sync().reset
    wang.sync()
    assert wang.status().device_id != old_device
    for laptop in (wang, li):
        assert read(laptop, Contact, contact).title == "采购总监"
        assert read(laptop, Account, account).region == "华南"
        assert laptop.status().pending_changes == 0
        # values both sides already agreed on were sent again as no-ops, not conflicts
        assert [(c.entity, c.field, c.current, c.other) for c in laptop.conflicts()] == []

"""Personality kept on the laptop never reaches the hub; progress and cancel of a sync."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kamdesk.cancel import CancelToken
from kamdesk.models import Account, Contact

from .test_faults import hub_row
from .test_two_laptops import add_account, add_contact, edit, outbox, read

ASSESSMENT = {"answers": {"pace": "fast"}, "confidence": 0.8}


def test_personality_of_a_contact_kept_on_the_laptop_is_never_sent(laptops, hub):
    wang, li = laptops("wang"), laptops("li")
    wang.login()
    li.login()
    account = add_account(wang, "华达精密", shared_with=["li"])
    kept = add_contact(
        wang,
        account,
        "王伟",
        personality="driver",
        personality_assessment=ASSESSMENT,
        keep_local=True,
    )
    shared = add_contact(wang, account, "李娜", personality="amiable", keep_local=False)
    wang.sync()
    edit(wang, Contact, kept, personality="professor", title="总监")
    wang.sync()
    li.sync()
    stored = hub_row(hub, "contact", kept)
    assert stored["title"] == "总监" and stored["keep_local"] is True
    assert stored.get("personality") is None and stored.get("personality_assessment") is None
    with hub.service.engine.connect() as connection:
        everything = " ".join(
            str(v) for v in connection.execute(text("SELECT data FROM hub_rows")).scalars()
        )
    assert "professor" not in everything and "driver" not in everything
    assert hub_row(hub, "contact", shared)["personality"] == "amiable"
    # Wang's laptop keeps its own assessment through every sync.
    mine = read(wang, Contact, kept)
    assert (mine.personality, mine.personality_assessment) == ("professor", ASSESSMENT)
    theirs = read(li, Contact, kept)
    assert theirs.title == "总监" and theirs.personality is None
    assert read(li, Contact, shared).personality == "amiable"

    # Sharing it after all: the personality travels from then on.
    edit(wang, Contact, kept, keep_local=False)
    wang.sync()
    li.sync()
    assert hub_row(hub, "contact", kept)["personality"] == "professor"
    assert read(li, Contact, kept).personality == "professor"

    # Keeping it local again erases the hub's copy; Wang's laptop keeps its own.
    edit(wang, Contact, kept, keep_local=True)
    wang.sync()
    li.sync()
    assert hub_row(hub, "contact", kept)["personality"] is None
    assert read(wang, Contact, kept).personality == "professor"
    assert read(li, Contact, kept).personality is None


def test_progress_is_told_and_a_cancelled_sync_keeps_whole_pages(laptops, hub):
    from kamdesk.sync import SyncCancelled
    from kamdesk.sync import local as db

    wang, li = laptops("wang"), laptops("li")
    wang.login()
    li.login()
    ids = [add_account(wang, f"客户{n:02}", shared_with=["li"]) for n in range(12)]
    wang.sync()

    token = CancelToken()
    told: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, message: str) -> None:
        told.append((done, total, message))
        if any("received" in m for _d, _t, m in told):
            token.cancel()  # after the first page

    with pytest.raises(SyncCancelled) as caught:
        li.sync(cancel=token, progress=progress, page_size=5)
    assert "Sync cancelled" in caught.value.message()
    with li.store.reading() as session:
        have = session.execute(text("SELECT count(*) FROM accounts")).scalar_one()
        cursor = int(db.get_state(session.connection(), db.K_CURSOR))
        shadows = session.execute(text("SELECT count(*) FROM sync_shadow")).scalar_one()
    assert have == shadows == 5  # exactly one whole page, with its cursor
    assert cursor > 0
    assert li.status().last_error is None  # a cancel is not an error
    result = li.sync(progress=lambda d, t, m: told.append((d, t, m)))
    assert result.pulled == 7
    assert sorted(ids) == sorted(a for a in ids if read(li, Account, a) is not None)
    done, total, _ = told[-1]
    assert done == total > 0
    assert outbox(li) == []

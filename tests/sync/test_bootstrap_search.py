"""After a first download the search index is exactly the one local writes make."""

from __future__ import annotations

import pytest

from kamdesk.models import Account, Contact
from kamdesk.services.accounts import delete_account
from kamdesk.services.search import search

COMPANIES = (
    ("深圳市华达精密有限公司", "华达精密", ["+8675588881234"]),
    ("重庆银行股份有限公司", "重庆银行", []),
    ("广州曾氏物流有限公司", "", ["+8613800138000"]),
)
PEOPLE = (("曾伟", "采购经理", "zengwei@huada.cn"), ("单丽", "总经理", ""), ("王芳", "工程师", ""))


def _make(laptop) -> dict[str, str]:
    ids: dict[str, str] = {}
    with laptop.store.unit_of_work() as session:
        for n, (name, short_name, phones) in enumerate(COMPANIES):
            account = Account(name=name, short_name=short_name, phones=phones, notes=f"备注{n}")
            session.add(account)
            session.flush()
            ids[name] = account.id
            person, title, email = PEOPLE[n]
            contact = Contact(
                account_id=account.id,
                name=person,
                title=title,
                email=email,
                phones=["+8613912345678"],
                notes="上次拜访谈到新产品线",
            )
            session.add(contact)
            session.flush()
            ids[person] = contact.id
    # A tombstoned account: neither it nor its contact is in anyone's index.
    with laptop.store.unit_of_work() as session:
        gone = Account(name="已删除公司", short_name="已删")
        session.add(gone)
        session.flush()
        session.add(Contact(account_id=gone.id, name="李娜", title="财务"))
        session.flush()
        delete_account(session, gone.id)
    return ids


def _index(laptop) -> dict[str, object]:
    """The index by entity (doc ids differ between laptops, nothing else may)."""
    with laptop.store.reading() as session:
        connection = session.connection()
        docs = {
            row[0]: row[1:]
            for row in connection.exec_driver_sql(
                "SELECT entity_id, kind, sort_key, keys, name_key FROM search_docs"
            )
        }
        keys = sorted(
            connection.exec_driver_sql(
                "SELECT k.key, d.entity_id, k.pos FROM search_keys k "
                "JOIN search_docs d ON d.doc_id = k.doc_id"
            ).all()
        )
        fts = sorted(
            tuple(row)
            for table in ("search_accounts_fts", "search_contacts_fts")
            for row in connection.exec_driver_sql(
                f"SELECT d.entity_id, f.* FROM {table} f JOIN search_docs d ON d.doc_id = f.rowid"
            )
        )
    return {"docs": docs, "keys": keys, "fts": fts}


def _found(laptop, query: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    with laptop.store.reading() as session:
        results = search(session, query)
    return (
        [(hit.id, hit.matched_field) for hit in results.accounts],
        [(hit.id, hit.matched_field) for hit in results.contacts],
    )


def test_first_download_indexes_rows_as_local_writes_do(laptops):
    maker = laptops("wang", "maker")
    maker.login()
    ids = _make(maker)
    maker.sync()

    fresh = laptops("boss", "fresh")  # a manager: sees wang's accounts
    fresh.login()
    result = fresh.sync()
    assert result.pulled >= len(ids)

    index = _index(maker)
    assert len(index["docs"]) == 2 * len(COMPANIES)
    assert _index(fresh) == index

    expected = {
        "华达": ids["深圳市华达精密有限公司"],
        "huada": ids["深圳市华达精密有限公司"],
        "hdjm": ids["深圳市华达精密有限公司"],
        "chongqing": ids["重庆银行股份有限公司"],
        "cqyh": ids["重庆银行股份有限公司"],
        "曾伟": ids["曾伟"],
        "zengwei": ids["曾伟"],
        "zw": ids["曾伟"],
        "shanli": ids["单丽"],
        "13800138000": ids["广州曾氏物流有限公司"],
    }
    for query, row_id in expected.items():
        found = _found(fresh, query)
        assert found == _found(maker, query), query
        assert row_id in {hit for hits in found for hit, _field in hits}, query
    assert _found(fresh, "已删除") == ([], [])
    assert _found(fresh, "李娜") == ([], [])

    # A later change arrives through the same path and keeps the indexes equal.
    with maker.store.unit_of_work() as session:
        session.get(Account, ids["重庆银行股份有限公司"]).name = "成都农商银行有限公司"
        session.get(Contact, ids["王芳"]).name = "曾芳"
    maker.sync()
    fresh.sync()
    assert _index(fresh) == _index(maker)
    assert ids["王芳"] in {hit for hit, _field in _found(fresh, "zengfang")[1]}
    assert ids["重庆银行股份有限公司"] in {hit for hit, _field in _found(fresh, "chengdu")[0]}


def _first_page_only(laptops):  # type: ignore[no-untyped-def]
    """A manager's fresh laptop whose first download stopped after its first page."""
    from kamdesk.cancel import CancelToken
    from kamdesk.sync import SyncCancelled

    fresh = laptops("boss", "fresh")
    fresh.login()
    token = CancelToken()

    def progress(_done: int, _total: int, message: str) -> None:
        if "received" in message:
            token.cancel()  # after the first page, before the index is built

    with pytest.raises(SyncCancelled):
        fresh.sync(cancel=token, progress=progress, page_size=2)
    return fresh


def test_a_first_download_cut_short_keeps_its_index_pending_until_it_is_built(laptops):
    from kamdesk.models import search_index
    from kamdesk.services.search import prepare_search
    from kamdesk.store import open_store

    maker = laptops("wang", "maker")
    maker.login()
    ids = _make(maker)
    maker.sync()

    fresh = _first_page_only(laptops)
    with fresh.store.reading() as session:
        connection = session.connection()
        kept = connection.exec_driver_sql("SELECT count(*) FROM accounts").scalar_one()
        assert search_index.is_pending(connection)
        assert search_index.defers_indexing(connection)
    assert kept >= 1
    with fresh.store.reading() as session:
        preparing = search(session, "huada").preparing
    assert preparing is not None and preparing.done == 0 and preparing.total >= kept

    # Opening the data directory again does not wait for the index (the window
    # builds it in the background); building it, in steps, makes search whole.
    fresh.store.close()
    fresh.store = open_store(fresh.paths)
    with fresh.store.reading() as session:
        assert search_index.is_pending(session.connection())
    seen: list[tuple[int, int]] = []
    last = prepare_search(fresh.store, batch=1, progress=lambda d, t, _m: seen.append((d, t)))
    assert last is not None and last.finished
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert seen[-1][0] == seen[-1][1] >= kept  # 100% at the end, not before
    assert all(done < total for done, total in seen[:-1])
    with fresh.store.reading() as session:
        connection = session.connection()
        assert not search_index.is_pending(connection)
        assert search(session, "huada").preparing is None
        indexed = connection.exec_driver_sql("SELECT count(*) FROM search_docs").scalar_one()
        live = connection.exec_driver_sql(
            "SELECT count(*) FROM accounts WHERE NOT deleted"
        ).scalar_one()
    assert indexed >= live >= 1
    assert prepare_search(fresh.store) is None  # nothing left to do
    fresh.store.close()
    fresh.store = open_store(fresh.paths, lock=False)

    # The rest of the download, and the index equals the maker's.
    fresh.sync()
    assert _index(fresh) == _index(maker)
    assert ids["曾伟"] in {hit for hit, _field in _found(fresh, "zengwei")[1]}


def test_the_window_sync_leaves_the_index_to_a_build_that_edits_do_not_upset(laptops):
    """``build_search=False`` (the window, ``kamdesk sync``): the rows are in, the
    index is built afterwards while the rep edits and syncs again."""
    from kamdesk.models import search_index
    from kamdesk.services.search import prepare_search

    maker = laptops("wang", "maker")
    maker.login()
    ids = _make(maker)
    maker.sync()

    fresh = laptops("boss", "fresh")
    fresh.login()
    result = fresh.sync(build_search=False)
    assert result.pulled >= len(ids)
    with fresh.store.reading() as session:
        results = search(session, "huada")
        assert results.preparing is not None and results.preparing.done == 0
        assert results.accounts == ()  # not in the index yet: the rep is told why
    # Two rows into the build: the accounts are passed in rowid order.
    with fresh.store.unit_of_work() as session:
        step = search_index.build_step(session.connection(), batch=2)
    assert step is not None and (step.done, step.finished) == (2, False)
    # Meanwhile the rep edits a row the build has passed and one it has not,
    # deletes one, and a sync brings another change to a passed row.
    with fresh.store.reading() as session:
        order = [
            row_id
            for (row_id,) in session.connection().exec_driver_sql(
                "SELECT id FROM accounts WHERE NOT deleted ORDER BY rowid"
            )
        ]
    passed, ahead = order[0], order[-1]
    with fresh.store.unit_of_work() as session:
        session.get(Account, ahead).notes = "新增备注：物流"
        session.get(Contact, ids["单丽"]).title = "董事长"
    with maker.store.unit_of_work() as session:
        session.get(Account, passed).name = "成都农商银行有限公司"
    maker.sync()
    fresh.sync(build_search=False)
    with fresh.store.reading() as session:
        renamed = search(session, "chengdu")
    assert [hit.id for hit in renamed.accounts] == [passed]  # indexed as it arrived
    with fresh.store.unit_of_work() as session:
        delete_account(session, ids["广州曾氏物流有限公司"])

    assert prepare_search(fresh.store, batch=2).finished  # type: ignore[union-attr]
    maker.sync()
    fresh.sync()
    with fresh.store.reading() as session:
        connection = session.connection()
        built = _index(fresh)
        search_index.rebuild(connection)  # what one pass over the rows makes
    assert built == _index(fresh)
    assert ids["单丽"] in {hit for hit, _field in _found(fresh, "董事长")[1]}
    assert _found(fresh, "13800138000") == ([], [])


def test_a_build_cut_short_carries_on_where_it_stopped(laptops):
    from kamdesk.cancel import Cancelled, CancelToken
    from kamdesk.models import search_index
    from kamdesk.services.search import prepare_search

    maker = laptops("wang", "maker")
    maker.login()
    _make(maker)
    maker.sync()
    fresh = laptops("boss", "fresh")
    fresh.login()
    fresh.sync(build_search=False)

    token = CancelToken()
    steps: list[int] = []

    def progress(done: int, _total: int, _message: str) -> None:
        steps.append(done)
        if len(steps) == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        prepare_search(fresh.store, batch=1, cancel=token, progress=progress)
    with fresh.store.reading() as session:
        halfway = search_index.build_progress(session.connection())
    assert halfway is not None and halfway.done == 2 and not halfway.finished
    resumed: list[int] = []
    prepare_search(fresh.store, batch=1, progress=lambda d, _t, _m: resumed.append(d))
    assert resumed[0] == 3  # not from the start again
    assert _index(fresh) == _index(maker)


def test_a_sync_cut_short_before_indexing_indexes_when_it_resumes(laptops):
    from kamdesk.models import search_index

    maker = laptops("wang", "maker")
    maker.login()
    _make(maker)
    maker.sync()
    fresh = _first_page_only(laptops)
    fresh.sync()  # carries on from its cursor: the rows already in are indexed too
    with fresh.store.reading() as session:
        assert not search_index.is_pending(session.connection())
    assert _index(fresh) == _index(maker)


def test_a_laptop_does_not_receive_its_own_changes_back(laptops):
    from .test_two_laptops import edit, read

    wang = laptops("wang")
    wang.login()
    ids = _make(wang)
    first = wang.sync()
    assert first.pushed >= len(ids) and first.pulled == 0
    edit(wang, Account, ids["重庆银行股份有限公司"], notes="新的备注")
    again = wang.sync()
    assert (again.pushed, again.pulled) == (1, 0)
    li = laptops("boss", "boss")
    li.login()
    li.sync()
    edit(li, Account, ids["重庆银行股份有限公司"], notes="经理的备注")
    li.sync()
    assert wang.sync().pulled == 1
    # A push whose answer brings another rep's edit of the same record counts it.
    edit(wang, Account, ids["重庆银行股份有限公司"], short_name="重银")
    edit(li, Account, ids["重庆银行股份有限公司"], notes="又改了备注")
    wang.sync()
    result = li.sync()
    assert (result.pushed, result.pulled) == (1, 1)
    assert read(li, Account, ids["重庆银行股份有限公司"]).short_name == "重银"

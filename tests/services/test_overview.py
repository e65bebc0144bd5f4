"""The client-book overview: counts and the lazy account listing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kamdesk.models import Account, Contact, Task, Visit
from kamdesk.services.overview import (
    ACCOUNT_SORT_KEYS,
    AccountRow,
    account_ids,
    account_rows,
    client_book_summary,
    collation_key,
)

WHEN = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def _account(session, name: str, **values) -> Account:  # type: ignore[no-untyped-def]
    account = Account(name=name, **values)
    session.add(account)
    session.flush()
    return account


def test_empty_store_has_an_empty_client_book(store) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        summary = client_book_summary(session)
    assert (summary.accounts, summary.contacts, summary.visits_planned, summary.open_tasks) == (
        0,
        0,
        0,
        0,
    )
    assert summary.is_empty


def test_summary_counts_only_rows_that_are_not_deleted(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        kept = _account(session, "华东电力")
        gone = _account(session, "已删除客户")
        gone.deleted = True
        session.add_all(
            [
                Contact(account_id=kept.id, name="王伟"),
                Contact(account_id=kept.id, name="李娜"),
                Contact(account_id=kept.id, name="已删除", deleted=True),
                Visit(account_id=kept.id, start=WHEN, status="planned"),
                Visit(account_id=kept.id, start=WHEN, status="done"),
                Visit(account_id=kept.id, start=WHEN, status="planned", deleted=True),
                Task(account_id=kept.id, title="寄样品", due=WHEN),
                Task(account_id=kept.id, title="回电", due=WHEN, done=True),
            ]
        )
    with store.reading() as session:
        summary = client_book_summary(session)
    assert summary.accounts == 1
    assert summary.contacts == 2
    assert summary.visits_planned == 1
    assert summary.open_tasks == 1
    assert not summary.is_empty


def test_summary_splits_the_accounts_by_class_and_category(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        _account(session, "A", lifecycle_class="loyal", category="industry")
        _account(session, "B", lifecycle_class="loyal", category="regional")
        _account(session, "C", lifecycle_class="sleeping")
        _account(session, "D", lifecycle_class="", category="industry")
        _account(session, "E", lifecycle_class="odd_one")
        _account(session, "F", lifecycle_class="loyal", deleted=True)
    with store.reading() as session:
        summary = client_book_summary(session)
    assert summary.accounts_by_class == (
        ("loyal", 2),
        ("fast_growing", 0),
        ("sleeping", 1),
        ("worth_cultivating", 0),
        ("odd_one", 1),
        (None, 1),
    )
    assert summary.accounts_by_category == (
        ("industry", 2),
        ("regional", 1),
        ("potential", 0),
        (None, 2),
    )


def test_an_empty_book_lists_every_class_with_none(store) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        summary = client_book_summary(session)
    assert [count for _code, count in summary.accounts_by_class] == [0, 0, 0, 0]
    assert [code for code, _count in summary.accounts_by_category] == [
        "industry",
        "regional",
        "potential",
    ]


def test_account_ids_sort_by_name_both_ways_and_skip_deleted(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        for name in ("Beta", "Alpha", "Gamma"):
            _account(session, name)
        _account(session, "Deleted", deleted=True)
    with store.reading() as session:
        up = account_ids(session)
        down = account_ids(session, "name", descending=True)
        names = {r.id: r.name for r in account_rows(session, up)}
    assert [names[i] for i in up] == ["Alpha", "Beta", "Gamma"]
    assert down == list(reversed(up))


def test_accounts_without_the_sort_value_come_last_in_both_directions(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        _account(session, "A", tier="B")
        _account(session, "B", tier=None)
        _account(session, "C", tier="A")
        _account(session, "D", tier="")
    with store.reading() as session:
        up = account_ids(session, "tier")
        down = account_ids(session, "tier", descending=True)
        names = {r.id: r.name for r in account_rows(session, up)}
    assert [names[i] for i in up] == ["C", "A", "B", "D"]
    assert [names[i] for i in down] == ["A", "C", "B", "D"]


def test_chinese_names_sort_by_pinyin_among_latin_ones(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        for name in (
            "上海晨华软件",
            "万源电商",
            "东莞华航网络",
            "Apex Trading",
            "中润数据",
            "北京远图",
        ):
            _account(session, name)
    with store.reading() as session:
        ids = account_ids(session)
        names = {r.id: r.name for r in account_rows(session, ids)}
    # apex, bei jing, dong guan, shang hai, wan yuan, zhong run
    assert [names[i] for i in ids] == [
        "Apex Trading",
        "北京远图",
        "东莞华航网络",
        "上海晨华软件",
        "万源电商",
        "中润数据",
    ]


def test_class_and_category_sort_in_the_manuals_order(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        for name, klass in (("A", "worth_cultivating"), ("B", "loyal"), ("C", "sleeping")):
            _account(session, name, lifecycle_class=klass, category="potential")
        _account(session, "D", lifecycle_class="fast_growing", category="industry")
    with store.reading() as session:
        by_class = account_ids(session, "lifecycle_class")
        by_category = account_ids(session, "category", descending=True)
        names = {r.id: r.name for r in account_rows(session, by_class)}
    assert [names[i] for i in by_class] == ["B", "D", "C", "A"]
    assert [names[i] for i in by_category] == ["A", "B", "C", "D"]


def test_collation_key_spells_han_characters_in_pinyin() -> None:
    assert collation_key("东莞 IT") == ("dong", "guan", "it")
    assert collation_key("") == ()


def test_every_sort_key_is_accepted(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        _account(session, "Only", category="industry", lifecycle_class="loyal")
    with store.reading() as session:
        for key in ACCOUNT_SORT_KEYS:
            assert len(account_ids(session, key)) == 1


def test_an_unknown_sort_key_is_refused(store) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session, pytest.raises(ValueError, match="notes"):
        account_ids(session, "notes")


def test_account_rows_come_in_the_order_asked_and_skip_missing_ids(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        first = _account(
            session,
            "上海明远科技有限公司",
            short_name="明远科技",
            industry="制造",
            region="华东",
            category="industry",
            lifecycle_class="fast_growing",
            tier="A",
        ).id
        second = _account(session, "Second").id
        gone = _account(session, "Gone", deleted=True).id
    with store.reading() as session:
        rows = account_rows(session, [second, "no-such-id", gone, first])
    assert [r.id for r in rows] == [second, first]
    assert rows[1] == AccountRow(
        id=first,
        name="上海明远科技有限公司",
        short_name="明远科技",
        industry="制造",
        region="华东",
        category="industry",
        lifecycle_class="fast_growing",
        tier="A",
    )
    assert rows[0].category is None and rows[0].short_name == ""


def test_account_rows_of_no_ids_is_empty(store) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        assert account_rows(session, []) == []

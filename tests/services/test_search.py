"""Search as you type: every matching rule, ranking, tombstones, and keeping the index current."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text, update

from kamdesk.models import Account, Contact
from kamdesk.models.capture import applying_remote, insert_new_rows
from kamdesk.models.search_index import FTS_TABLES, normalise, rebuild
from kamdesk.services import search as search_module
from kamdesk.services.demo import generate_demo
from kamdesk.services.search import (
    RANK_EXACT,
    RANK_NAME,
    RANK_OTHER,
    RANK_PREFIX,
    SearchResults,
    search,
)


def add(store, *rows):
    with store.unit_of_work() as session:
        session.add_all(rows)


def find(store, query: str, limit: int = 50) -> SearchResults:
    with store.reading() as session:
        return search(session, query, limit=limit)


def account_ids(store, query: str) -> list[str]:
    return [hit.id for hit in find(store, query).accounts]


def contact_ids(store, query: str) -> list[str]:
    return [hit.id for hit in find(store, query).contacts]


@pytest.fixture
def book(store):
    """A small client book with the cases the rules are about."""
    add(
        store,
        Account(
            id="huawei",
            name="华为技术有限公司",
            short_name="华为",
            phones=["+8675528780808"],
            notes="年底框架协议到期",
        ),
        Account(id="huada", name="深圳市华达精密制造有限公司", short_name="华达精密"),
        Account(id="ibm", name="IBM中国有限公司", short_name="IBM"),
        Contact(
            id="wangwei",
            account_id="huawei",
            name="王伟",
            title="采购经理",
            phones=["+8613800138000"],
            email="wangwei@huawei.com",
            notes="喜欢喝茶",
        ),
        Contact(id="david", account_id="ibm", name="David 王", title="IT主管"),
        Contact(id="zeng", account_id="huada", name="曾国强", title="总经理"),
        Contact(id="li", account_id="huada", name="李娜", phones=["0755-8888 1234"]),
    )
    return store


# --- what matches ----------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", " ", "\t\n", "\u3000"])
def test_an_empty_or_blank_query_finds_nothing(book, query):
    assert find(book, query) == SearchResults(query, (), (), 0)


def test_a_fragment_of_three_or_more_characters_finds_the_account_name(book):
    assert account_ids(book, "精密制造") == ["huada"]
    assert account_ids(book, "技术有限") == ["huawei"]


def test_a_short_name_finds_its_account(book):
    assert account_ids(book, "华达精密") == ["huada"]


def test_a_contact_is_found_by_name_title_email_and_notes(book):
    assert contact_ids(book, "王伟") == ["wangwei"]
    assert contact_ids(book, "采购经理") == ["wangwei"]
    assert contact_ids(book, "wangwei@huawei") == ["wangwei"]
    assert contact_ids(book, "喜欢喝茶") == ["wangwei"]


def test_an_email_is_found_from_its_start(book):
    assert contact_ids(book, "WangWei@") == ["wangwei"]
    assert contact_ids(book, "wangwei@huawei.com") == ["wangwei"]
    assert contact_ids(book, "ei@huawei") == []  # not from the middle


def test_account_notes_are_searched(book):
    assert account_ids(book, "框架协议") == ["huawei"]


def test_two_chinese_characters_find_names_that_contain_them_anywhere(book):
    assert account_ids(book, "华为") == ["huawei"]
    assert account_ids(book, "精密") == ["huada"]  # in the middle of the name
    assert contact_ids(book, "国强") == ["zeng"]  # the given name, not the start
    assert contact_ids(book, "经理") == ["wangwei", "zeng"]  # titles: 采购经理, 总经理


def test_two_characters_find_text_at_the_very_end_of_a_field(book):
    assert contact_ids(book, "喝茶") == ["wangwei"]  # the last two characters of the notes
    assert contact_ids(book, "主管") == ["david"]


def test_one_character_finds_names_that_contain_it(book):
    assert set(account_ids(book, "华")) == {"huawei", "huada"}
    assert set(contact_ids(book, "王")) == {"wangwei", "david"}
    assert contact_ids(book, "娜") == ["li"]


@pytest.mark.parametrize(
    "query",
    [
        "138 0013 8000",
        "+86 13800138000",
        "13800138000",
        "0013800",
        "+86-138-0013-8000",
        "008613800138000",
    ],
)
def test_a_mobile_is_found_by_any_run_of_its_digits_with_or_without_86_or_spaces(book, query):
    assert contact_ids(book, query) == ["wangwei"]


def test_a_run_of_digits_starting_with_00_is_a_run_not_an_international_prefix(store):
    add(
        store,
        Contact(id="inner", account_id="a", name="甲", phones=["+8613800138000"]),
        Contact(id="other", account_id="a", name="乙", phones=["+8613912345678"]),
    )
    assert contact_ids(store, "0013800") == ["inner"]  # not "13800", which 乙 lacks too
    assert contact_ids(store, "0012345") == []


def test_a_number_written_with_86_and_its_trunk_zero_is_found(book):
    assert contact_ids(book, "+86 (0)755 8888 1234") == ["li"]


def test_full_width_digits_find_a_phone(book):
    assert contact_ids(book, "１３８００１３８０００") == ["wangwei"]


def test_a_landline_is_found_with_its_trunk_zero_or_its_country_code(book):
    assert contact_ids(book, "0755 8888 1234") == ["li"]
    assert contact_ids(book, "+86 755 8888 1234") == ["li"]
    assert account_ids(book, "0755-28780808") == ["huawei"]


BEIJING = "+861081760752"  # shown as 010 8176 0752: area code 10, the one that starts with 1


@pytest.mark.parametrize(
    "query",
    [
        "01081760752",
        "010 8176",
        "010-81760752",
        "010 8176 0752",
        "(010) 8176-0752",
        "81760752",
        "1081760752",
        "+86 10 8176 0752",
        "0086 10 8176 0752",
        "+86 (0)10 8176 0752",
    ],
)
def test_a_beijing_landline_is_found_as_reps_type_it(store, query):
    add(
        store,
        Account(id="bj", name="北京燕华贸易有限公司", phones=[BEIJING]),
        Contact(id="zhao", account_id="bj", name="赵敏", phones=[BEIJING]),
    )
    results = find(store, query)
    assert [hit.id for hit in results.accounts] == ["bj"]
    assert [hit.id for hit in results.contacts] == ["zhao"]
    assert (results.contacts[0].matched_field, results.contacts[0].snippet) == ("phones", BEIJING)


def test_a_mobile_is_not_given_a_trunk_zero(book):
    assert contact_ids(book, "013800138000") == []
    assert contact_ids(book, "13800138000") == ["wangwei"]


def test_full_pinyin_finds_a_chinese_name(book):
    assert account_ids(book, "huawei") == ["huawei"]
    assert contact_ids(book, "wangwei") == ["wangwei"]


def test_pinyin_with_spaces_or_apostrophes_finds_the_name(book):
    assert account_ids(book, "hua wei") == ["huawei"]
    assert account_ids(book, "hua'wei") == ["huawei"]


def test_pinyin_initials_of_two_or_more_letters_find_the_name(book):
    assert account_ids(book, "hw") == ["huawei"]
    assert "huada" in account_ids(book, "hdjm")
    assert contact_ids(book, "ww") == ["wangwei"]


def test_pinyin_finds_a_company_past_its_place_name(book):
    assert account_ids(book, "huada") == ["huada"]  # 深圳市华达… has short name 华达精密
    assert account_ids(book, "huadajingmizhizao") == ["huada"]  # only in the full name


def test_pinyin_finds_a_place_name_in_brackets_later_in_the_name(store):
    add(
        store,
        Account(id="cq", name="创弘云计算（重庆）有限公司"),
        Account(id="bj", name="恒信达建筑装饰(北京)科技有限公司"),
        Account(id="sz", name="深圳市华达精密制造有限公司"),
    )
    for query, found, how in [
        ("chongqing", "cq", "pinyin"),
        ("chong qing", "cq", "pinyin"),
        ("cq", "cq", "initials"),
        ("beijing", "bj", "pinyin"),
        ("beijingkeji", "bj", "pinyin"),  # on past the bracket
        ("bj", "bj", "initials"),
        ("bjkj", "bj", "initials"),
    ]:
        hits = find(store, query).accounts
        assert [hit.id for hit in hits] == [found], query
        assert hits[0].matched_field == how, query
    assert account_ids(store, "qing") == []  # from a syllable's start only, as ever
    assert account_ids(store, "zhuangshi") == []  # past the fourth syllable, no bracket


def test_a_polyphonic_surname_is_read_as_a_surname(book):
    assert contact_ids(book, "zengguoqiang") == ["zeng"]  # 曾 as zeng, not ceng
    assert contact_ids(book, "zgq") == ["zeng"]


def test_one_letter_is_not_read_as_initials(book):
    assert find(book, "h").accounts == ()  # no name contains an "h"


def test_case_does_not_matter(book):
    assert contact_ids(book, "DAVID") == ["david"]
    assert contact_ids(book, "dAvId 王") == ["david"]
    assert account_ids(book, "ibm") == ["ibm"]
    assert account_ids(book, "HuaWei") == ["huawei"]


def test_full_width_letters_are_folded(book):
    assert account_ids(book, "ＩＢＭ") == ["ibm"]
    assert account_ids(book, "ｈｕａｗｅｉ") == ["huawei"]


def test_a_full_width_parenthesis_in_a_name_matches_a_plain_one(store):
    add(store, Account(id="a", name="华达精密（深圳）有限公司"))
    assert account_ids(store, "(深圳)") == ["a"]
    assert account_ids(store, "（深圳）") == ["a"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        '"华为',
        "*",
        "华*",
        "-",
        "-华为",
        "^",
        "AND",
        "OR",
        "NOT",
        "华为 AND 王伟",
        "NEAR(华为 王伟)",
        "(",
        ")",
        "{name}: 华为",
        "name:华为",
        "'",
        "\\",
        "%",
        "_",
        "\x00",
        "\x03",
        "\x1f华\x1f",
    ],
)
def test_fts_syntax_in_a_query_is_matched_literally_and_never_raises(book, query):
    results = find(book, query)
    assert isinstance(results, SearchResults)


def test_operators_are_text_not_syntax(store):
    add(store, Account(id="a", name="A-B 联合(中国)有限公司"))
    assert account_ids(store, "a-b") == ["a"]
    assert account_ids(store, "(中国)") == ["a"]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.text(max_size=12))
def test_any_query_string_never_raises(book, query):
    results = find(book, query)
    assert results.total >= len(results.accounts) + len(results.contacts)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.text(
        alphabet=st.sampled_from('华为王伟达精 "*-()^:{}AND OR NEAR hw13800+86'), max_size=10
    )
)
def test_queries_made_of_syntax_and_indexed_text_never_raise(book, query):
    find(book, query)


# --- ranking ---------------------------------------------------------------------------


def test_exact_name_first_then_names_that_start_with_it_then_the_rest(store):
    add(
        store,
        Account(id="contains", name="深圳华为代理有限公司"),
        Account(id="prefix", name="华为云计算有限公司"),
        Account(id="exact", name="华为", short_name=""),
        Account(id="notes", name="某某公司", notes="华为的供应商"),
    )
    hits = find(store, "华为").accounts
    assert [hit.id for hit in hits] == ["exact", "prefix", "contains", "notes"]
    assert [hit.rank for hit in hits] == [RANK_EXACT, RANK_PREFIX, RANK_NAME, RANK_OTHER]


def test_an_exact_short_name_ranks_with_exact_names(store):
    add(
        store,
        Account(id="prefix", name="华达电子有限公司"),
        Account(id="short", name="深圳市华达精密制造有限公司", short_name="华达"),
    )
    assert account_ids(store, "华达") == ["short", "prefix"]


def test_ties_are_in_pinyin_order_of_the_name(store):
    add(
        store,
        Contact(id="zhang", account_id="a", name="张伟"),
        Contact(id="an", account_id="a", name="安伟"),
        Contact(id="li", account_id="a", name="李伟"),
    )
    assert contact_ids(store, "伟") == ["an", "li", "zhang"]


def test_exact_pinyin_ranks_before_longer_names(store):
    add(
        store,
        Contact(id="wangweidong", account_id="a", name="王卫东"),
        Contact(id="wangwei", account_id="a", name="王伟"),
    )
    hits = find(store, "wangwei").contacts
    assert [(hit.id, hit.rank) for hit in hits] == [
        ("wangwei", RANK_EXACT),
        ("wangweidong", RANK_PREFIX),
    ]


# --- results ---------------------------------------------------------------------------


def test_a_contact_hit_names_its_account_and_title(book):
    (hit,) = find(book, "王伟").contacts
    assert (hit.kind, hit.account_id, hit.account_name, hit.title) == (
        "contact",
        "huawei",
        "华为技术有限公司",
        "采购经理",
    )


def test_the_matched_field_and_snippet_say_where_the_query_was_found(book):
    assert [(h.matched_field, h.snippet) for h in find(book, "IT主管").contacts] == [
        ("title", "IT主管")
    ]
    assert [(h.matched_field, h.snippet) for h in find(book, "138 0013").contacts] == [
        ("phones", "+8613800138000")
    ]
    assert [h.matched_field for h in find(book, "hw").accounts] == ["initials"]
    assert [h.matched_field for h in find(book, "huawei").accounts] == ["pinyin"]
    assert [h.matched_field for h in find(book, "华为").accounts] == ["name"]


def test_a_long_field_is_cut_around_the_match(store):
    notes = "第一次拜访时客户提到" * 5 + "明年计划新建仓储中心" + "，预算已经批下来了" * 5
    add(store, Account(id="a", name="某公司", notes=notes))
    (hit,) = find(store, "新建仓储").accounts
    assert hit.matched_field == "notes"
    assert "新建仓储" in hit.snippet and len(hit.snippet) < len(notes)
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")


def test_the_limit_applies_to_each_group_and_the_total_counts_every_match(store):
    add(
        store,
        *(Account(id=f"a{n}", name=f"华达{n:02d}号有限公司") for n in range(30)),
        *(Contact(id=f"c{n}", account_id="a0", name=f"华达{n:02d}") for n in range(20)),
    )
    results = find(store, "华达", limit=10)
    assert len(results.accounts) == len(results.contacts) == 10
    assert results.total == 50


def test_a_limit_below_one_is_refused(book):
    with pytest.raises(ValueError), book.reading() as session:
        search(session, "华为", limit=0)


# --- tombstones ------------------------------------------------------------------------


def test_a_tombstoned_account_is_not_found(book):
    with book.unit_of_work() as session:
        session.get(Account, "huawei").deleted = True
    assert account_ids(book, "华为") == []
    assert find(book, "huawei").accounts == ()


def test_contacts_of_a_tombstoned_account_are_not_found(book):
    with book.unit_of_work() as session:
        session.get(Account, "huawei").deleted = True  # its contact stays live
    assert contact_ids(book, "王伟") == []
    assert find(book, "王伟").total == 0


def test_a_restored_account_is_found_again_with_its_contacts(book):
    with book.unit_of_work() as session:
        session.get(Account, "huawei").deleted = True
    with book.unit_of_work() as session:
        session.get(Account, "huawei").deleted = False
    assert account_ids(book, "华为") == ["huawei"]
    assert contact_ids(book, "王伟") == ["wangwei"]


def test_a_tombstoned_contact_is_not_found(book):
    with book.unit_of_work() as session:
        session.get(Contact, "wangwei").deleted = True
    assert contact_ids(book, "王伟") == []
    assert contact_ids(book, "138 0013 8000") == []


def test_a_contact_added_to_a_tombstoned_account_is_not_found(book):
    with book.unit_of_work() as session:
        session.get(Account, "ibm").deleted = True
    add(book, Contact(id="late", account_id="ibm", name="Linda 陈"))
    assert contact_ids(book, "linda") == []


def test_a_hit_whose_row_was_tombstoned_behind_the_index_is_not_shown(book):
    # Even if the index were stale (a write it never saw), the live row decides.
    with book.unit_of_work() as session, applying_remote(session):
        session.connection().execute(text("UPDATE accounts SET deleted = 1 WHERE id = 'ibm'"))
    assert find(book, "ibm").accounts == ()


# --- keeping the index current -----------------------------------------------------------


def test_renaming_an_account_updates_the_index(book):
    with book.unit_of_work() as session:
        session.get(Account, "huawei").name = "荣耀终端有限公司"
    assert account_ids(book, "荣耀终端") == ["huawei"]
    assert account_ids(book, "rongyao") == ["huawei"]
    assert account_ids(book, "技术有限") == []
    assert find(book, "王伟").contacts[0].account_name == "荣耀终端有限公司"


def test_editing_a_contact_updates_the_index(book):
    with book.unit_of_work() as session:
        contact = session.get(Contact, "wangwei")
        contact.name = "王卫"
        contact.phones = ["+8613911112222"]
    assert contact_ids(book, "王卫") == ["wangwei"]
    assert contact_ids(book, "王伟") == []
    assert contact_ids(book, "1391111") == ["wangwei"]
    assert contact_ids(book, "13800138000") == []


def test_moving_a_contact_to_another_account_follows_the_account(book):
    with book.unit_of_work() as session:
        session.get(Contact, "wangwei").account_id = "ibm"
    (hit,) = find(book, "王伟").contacts
    assert hit.account_id == "ibm"


def test_rows_applied_from_the_hub_are_indexed(store):
    with store.unit_of_work() as session, applying_remote(session):
        session.add(Account(id="remote", name="远方物流有限公司", short_name="远方物流"))
    assert account_ids(store, "远方物流") == ["remote"]


def test_bulk_statements_applied_from_the_hub_keep_the_index_current(book):
    with book.unit_of_work() as session, applying_remote(session):
        session.execute(update(Account).where(Account.id == "ibm").values(name="联想中国有限公司"))
    assert account_ids(book, "联想中国") == ["ibm"]
    with book.unit_of_work() as session, applying_remote(session):
        session.execute(delete(Contact).where(Contact.id == "david"))
        session.execute(delete(Account).where(Account.id == "ibm"))
    assert account_ids(book, "联想") == []
    assert contact_ids(book, "david") == []


def test_a_rolled_back_write_leaves_the_index_as_it_was(book):
    with pytest.raises(RuntimeError), book.unit_of_work() as session:
        session.get(Account, "huawei").name = "改名公司"
        session.flush()
        raise RuntimeError("undone")
    assert account_ids(book, "华为") == ["huawei"]
    assert account_ids(book, "改名") == []


def test_rebuilding_the_index_finds_the_same(book):
    before = {q: (account_ids(book, q), contact_ids(book, q)) for q in ("华", "王伟", "hw")}
    with book.unit_of_work() as session:
        rebuild(session.connection())
    assert {q: (account_ids(book, q), contact_ids(book, q)) for q in before} == before


def index_by_entity(store) -> dict[str, tuple]:
    """Everything the index holds, by entity id (doc ids are only positions)."""
    with store.reading() as session:
        sql = session.connection().exec_driver_sql
        docs = {
            doc_id: [entity_id, kind, sort_key, listed, set()]
            for doc_id, entity_id, kind, sort_key, listed in sql(
                "SELECT doc_id, entity_id, kind, sort_key, keys FROM search_docs"
            )
        }
        for key, doc_id, pos in sql("SELECT key, doc_id, pos FROM search_keys"):
            docs[doc_id][4].add((key, pos))
        texts = {}
        for fts, _vocab, columns in FTS_TABLES.values():
            for doc_id, *values in sql(f"SELECT rowid, {', '.join(columns)} FROM {fts}"):
                texts[doc_id] = tuple(values)
    assert set(texts) == set(docs)
    return {entity_id: (*rest, texts[doc_id]) for doc_id, (entity_id, *rest) in docs.items()}


def test_rows_inserted_from_plain_values_are_indexed_as_a_rebuild_indexes_them(store):
    with store.unit_of_work() as session:
        generate_demo(session, 30, seed=2)
        (gone,) = insert_new_rows(session, Account, [{"name": "已删除有限公司", "deleted": True}])
        insert_new_rows(
            session,
            Contact,
            [
                {"account_id": gone["id"], "name": "赵敏"},
                {"account_id": "nowhere", "name": "曾国强", "email": "zeng@x.cn", "notes": "喝茶"},
                {"account_id": "nowhere", "name": "李娜", "deleted": True},
            ],
        )
    indexed = index_by_entity(store)
    assert len(indexed) == 30 + count_contacts_of_live_demo_accounts(store) + 1
    with store.unit_of_work() as session:
        rebuild(session.connection())
    assert index_by_entity(store) == indexed


def count_contacts_of_live_demo_accounts(store) -> int:
    with store.reading() as session:
        live = set(session.scalars(select(Account.id).where(~Account.deleted)))
        return sum(1 for c in session.scalars(select(Contact)) if c.account_id in live)


# --- against a brute-force scan of demo data -----------------------------------------------


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):
    from kamdesk.paths import DataPaths
    from kamdesk.store import open_store

    paths = DataPaths(tmp_path_factory.mktemp("search-demo")).ensure()
    store = open_store(paths, lock=False)
    with store.unit_of_work() as session:
        generate_demo(session, 400, seed=11)
    with store.unit_of_work() as session:
        # a few tombstones, to be left out
        for account in session.scalars(select(Account).limit(15)):
            account.deleted = True
        for contact in session.scalars(select(Contact).offset(100).limit(20)):
            contact.deleted = True
    with store.reading() as session:
        accounts = list(session.scalars(select(Account)))
        contacts = list(session.scalars(select(Contact)))
    yield store, accounts, contacts
    store.close()


def _two_character_queries(accounts, contacts) -> list[str]:
    names = [a.short_name for a in accounts[:40]] + [c.name for c in contacts[:40]]
    titles = [c.title for c in contacts[:20]]
    return sorted(
        {value[i : i + 2] for value in names + titles for i in range(len(value) - 1)}
        | {"有限", "公司", "经理", "喝茶", "深圳", "科技"}
    )


def test_two_chinese_characters_find_every_account_and_contact_containing_them(demo_book):
    store, accounts, contacts = demo_book
    live_accounts = {a.id for a in accounts if not a.deleted}
    # Chinese: Latin letters would also be read as pinyin, which no scan of the text sees.
    queries = [
        q for q in _two_character_queries(accounts, contacts) if all("一" <= ch <= "鿿" for ch in q)
    ]
    assert len(queries) > 100
    for query in queries:
        q = normalise(query)
        expected_accounts = {
            a.id
            for a in accounts
            if a.id in live_accounts
            and any(q in normalise(v) for v in (a.name, a.short_name, a.notes))
        }
        expected_contacts = {
            c.id
            for c in contacts
            if not c.deleted
            and c.account_id in live_accounts
            and any(q in normalise(v) for v in (c.name, c.title, c.notes))
        }
        results = find(store, query, limit=10_000)
        assert {h.id for h in results.accounts} == expected_accounts, query
        assert {h.id for h in results.contacts} == expected_contacts, query
        assert results.total == len(expected_accounts) + len(expected_contacts), query


def test_one_character_finds_every_name_containing_it(demo_book):
    store, accounts, contacts = demo_book
    live_accounts = {a.id for a in accounts if not a.deleted}
    for query in ["王", "华", "达", "伟", "司", "D"]:
        q = normalise(query)
        expected_accounts = {
            a.id
            for a in accounts
            if a.id in live_accounts and (q in normalise(a.name) or q in normalise(a.short_name))
        }
        expected_contacts = {
            c.id
            for c in contacts
            if not c.deleted and c.account_id in live_accounts and q in normalise(c.name)
        }
        results = find(store, query, limit=10_000)
        assert {h.id for h in results.accounts} == expected_accounts, query
        assert {h.id for h in results.contacts} == expected_contacts, query


def test_ranks_never_decrease_down_the_list(demo_book):
    store, accounts, _contacts = demo_book
    for query in ["华", "王伟", accounts[20].short_name, "li", "zh", "138"]:
        results = find(store, query)
        for group in (results.accounts, results.contacts):
            ranks = [hit.rank for hit in group]
            assert ranks == sorted(ranks), query


# --- the migration -------------------------------------------------------------------------


def test_upgrading_a_database_with_data_indexes_the_rows_already_there(data_paths):
    from alembic import command

    from kamdesk.store import _migrations_config, create_sqlite_engine, open_store

    engine = create_sqlite_engine(data_paths.database)
    config = _migrations_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO accounts (id, name, short_name, industry, region, address, phones,"
                " website, background, organisation_notes, biggest_project, competitors, notes,"
                " deleted, created_at, updated_at) VALUES ('old', '老客户贸易有限公司', '老客户',"
                " '', '', '', '[\"+862112345678\"]', '', '', '', '', '', '', 0,"
                " '2025-01-01 00:00:00', '2025-01-01 00:00:00'),"
                " ('gone', '已删除有限公司', '', '', '', '', '[]', '', '', '', '', '', '', 1,"
                " '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO contacts (id, account_id, name, title, department, phones, email,"
                " habitual_times, known_to_rep, keep_local, birthday_calendar, notes, deleted,"
                " created_at, updated_at) VALUES ('c', 'old', '赵敏', '采购经理', '', '[]', '',"
                " '[]', 0, 0, 'solar', '', 0, '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
            )
        )
    engine.dispose()
    with open_store(data_paths) as store:  # upgrades to head
        assert account_ids(store, "老客户") == ["old"]
        assert account_ids(store, "laokehu") == ["old"]
        assert account_ids(store, "021 1234 5678") == ["old"]
        assert contact_ids(store, "赵敏") == ["c"]
        assert account_ids(store, "已删除") == []


@pytest.mark.parametrize("walk", [2, 7, 8, 1000])
def test_many_name_matches_come_in_pinyin_order_wherever_they_sit_in_the_sort_index(
    store, monkeypatch, walk
):
    # More matches than are fetched whole, so the sort-key index is walked:
    # only its first `walk` entries (all of them with 1000), then every match
    # is sorted after all. The matches sit behind six that do not match.
    monkeypatch.setattr(search_module, "_FETCH_ALL_UP_TO", 2)
    monkeypatch.setattr(search_module, "_WALK_UP_TO", walk)
    add(
        store,
        *(Account(id=f"plain{i}", name=f"阿达{i}有限公司") for i in range(6)),
        Account(id="zhou", name="周誉有限公司"),
        Account(id="zhang2", name="张誉有限公司"),
        Account(id="zhang1", name="张誉有限公司"),
        Account(id="zheng", name="郑誉有限公司"),
        Account(id="zhao", name="赵誉有限公司"),
    )
    assert [hit.id for hit in find(store, "誉", limit=3).accounts] == ["zhang1", "zhang2", "zhao"]
    assert [hit.id for hit in find(store, "誉").accounts] == [
        "zhang1",
        "zhang2",
        "zhao",
        "zheng",
        "zhou",
    ]

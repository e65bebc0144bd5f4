"""The search index's rules: phone forms, pinyin keys, and indexing again when the rules change."""

from __future__ import annotations

import json

import pytest

from kamdesk.models import Account, Contact, search_index
from kamdesk.models.search_index import account_doc, phone_forms
from kamdesk.services.search import SearchResults, prepare_search, search
from kamdesk.store import open_store

BEIJING = "+861081760752"


@pytest.mark.parametrize(
    ("phone", "forms"),
    [
        (BEIJING, ["861081760752", "01081760752"]),  # area code 10: trunk 0 as for any landline
        ("010-8176 0752", ["861081760752", "01081760752"]),
        ("+862112345678", ["862112345678", "02112345678"]),
        ("+8675588881234", ["8675588881234", "075588881234"]),
        ("+8613800138000", ["8613800138000", "13800138000"]),  # mobiles have no trunk 0
        ("+8619912345678", ["8619912345678", "19912345678"]),
        ("13800138000", ["8613800138000", "13800138000"]),
        ("+864008123456", ["864008123456", "4008123456"]),
        ("+8612345", ["8612345", "12345"]),
        ("+85221234567", ["85221234567"]),
    ],
)
def test_a_phone_is_indexed_in_the_forms_it_is_dialled(phone, forms):
    assert phone_forms(phone) == forms


def pinyin_starts(name: str) -> list[int]:
    """The syllables the pinyin keys of an account named ``name`` start at."""
    doc = account_doc("a", name, "", [], "")
    return sorted({at for key, at in doc.keys if key.startswith("a:")})


def test_a_bracket_past_the_place_name_adds_keys_from_it_and_nothing_else_does():
    assert pinyin_starts("深圳市华达精密制造有限公司") == [0, 1, 2, 3]
    assert pinyin_starts("华为(深圳)有限公司") == [0, 1, 2, 3]  # within the first four already
    assert pinyin_starts("创弘云计算（重庆）有限公司") == [0, 1, 2, 3, 5]
    doc = account_doc("a", "创弘云计算（重庆）有限公司", "", [], "")
    assert ("a:chongqing", 5) in doc.keys
    assert ("a:cq", 5) in doc.keys


# --- indexing again when the rules change ----------------------------------------------


def add(store, *rows):
    with store.unit_of_work() as session:
        session.add_all(rows)


def find(store, query: str) -> SearchResults:
    with store.reading() as session:
        return search(session, query)


def account_ids(store, query: str) -> list[str]:
    return [hit.id for hit in find(store, query).accounts]


def index_as_an_earlier_kamdesk_made_it(store) -> None:
    """The index by the rules before version 2, which recorded no version."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            search_index,
            "_dialled_with_trunk_zero",
            lambda national: not national.startswith(("1", "400", "800")),
        )
        patch.setattr(
            search_index,
            "_company_starts",
            lambda _stem, syllables: list(range(min(4, len(syllables)))),
        )
        with store.unit_of_work() as session:
            connection = session.connection()
            search_index.rebuild(connection)
            connection.exec_driver_sql(
                "DELETE FROM sync_state WHERE key = ?", (search_index.RULES_KEY,)
            )


@pytest.fixture
def old_index(data_paths):
    """A data directory whose index an earlier kamdesk made: two accounts and a contact."""
    with open_store(data_paths) as store:
        add(
            store,
            Account(id="cq", name="创弘云计算（重庆）有限公司", phones=[BEIJING]),
            Account(id="huawei", name="华为技术有限公司", short_name="华为"),
            Contact(id="zhao", account_id="cq", name="赵敏", phones=[BEIJING]),
        )
        index_as_an_earlier_kamdesk_made_it(store)
        assert account_ids(store, "chongqing") == []  # what the earlier rules missed
        assert account_ids(store, "010 8176") == []
    return data_paths


def test_an_index_made_by_earlier_rules_is_built_again_in_the_background(old_index):
    with open_store(old_index) as store:  # this kamdesk opens the data directory
        with store.reading() as session:
            progress = search_index.build_progress(session.connection())
            # Every row is found meanwhile: the results carry no "search N% ready".
            assert search(session, "华为").preparing is None
        assert progress is not None and progress.done == 0 and progress.in_place

        # The entries are replaced where they stand: the account the build has
        # not reached yet is still found, by its old entry.
        with store.unit_of_work() as session:
            step = search_index.build_step(session.connection(), batch=1)
        assert step is not None and (step.done, step.finished) == (1, False)
        with store.reading() as session:
            assert search_index.build_progress(session.connection()).in_place
        assert account_ids(store, "chongqing") == ["cq"]  # passed: by the new rules
        assert account_ids(store, "华为") == ["huawei"]
        assert account_ids(store, "huawei") == ["huawei"]

        last = prepare_search(store)
        assert last is not None and last.finished
        assert account_ids(store, "cq") == ["cq"]
        assert [hit.id for hit in find(store, "010-81760752").contacts] == ["zhao"]
        assert find(store, "华为").preparing is None
        assert prepare_search(store) is None  # nothing left to do, now or next time


def test_a_build_an_earlier_kamdesk_began_starts_again_by_todays_rules(old_index):
    with open_store(old_index) as store:
        with store.unit_of_work() as session:
            # Half way, by its rules: the accounts done, the contacts not.
            state = {"table": "contact", "after": 0, "done": 2, "total": 3}
            session.connection().exec_driver_sql(
                "INSERT INTO sync_state (key, value) VALUES (?, ?)",
                (search_index.PENDING_KEY, json.dumps(state)),
            )
        seen: list[int] = []
        prepare_search(store, batch=1, progress=lambda done, _total, _message: seen.append(done))
        assert (seen[0], seen[-1]) == (1, 3)  # from the first account again, to the end
        assert account_ids(store, "chongqing") == ["cq"]
        assert find(store, "cq").preparing is None


def test_a_new_database_is_indexed_by_todays_rules(store):
    with store.reading() as session:
        assert not search_index.is_pending(session.connection())
    add(store, Account(id="cq", name="创弘云计算（重庆）有限公司"))
    assert account_ids(store, "chongqing") == ["cq"]
    assert find(store, "chongqing").preparing is None

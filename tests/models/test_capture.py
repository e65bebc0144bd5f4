"""Change capture: every write of a synced field reaches the outbox in the same transaction."""

from __future__ import annotations

import gc
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text, update

from kamdesk.models import Account, Contact, OutboxEntry, ShadowRow, Visit
from kamdesk.models.capture import (
    BULK_CACHE_MIB,
    CaptureBypassError,
    applying_remote,
    bulk_writing,
    insert_new_rows,
    replay_outbox,
    visible_state,
)


def outbox(store):
    with store.reading() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.mutation_id)))


def test_new_row_records_all_synced_fields(store):
    with store.unit_of_work() as session:
        session.add(Account(id="a1", name="华为技术有限公司", short_name="华为"))
    (entry,) = outbox(store)
    assert (entry.entity, entry.row_id, entry.op) == ("account", "a1", "upsert")
    assert entry.fields["name"] == "华为技术有限公司"
    assert entry.fields["deleted"] is False
    assert "updated_at" not in entry.fields  # bookkeeping never travels
    assert "id" not in entry.fields


def test_edit_records_only_changed_fields_with_base_from_shadow(store):
    with store.unit_of_work() as session:
        session.add(Account(id="a1", name="A"))
    with store.unit_of_work() as session, applying_remote(session):
        session.execute(delete(OutboxEntry))
        session.add(
            ShadowRow(
                entity="account",
                row_id="a1",
                data={"name": "A"},
                row_seq=7,
                field_seq={"name": 7, "industry": 5},
            )
        )
    with store.unit_of_work() as session:
        session.get(Account, "a1").industry = "制造"
    (entry,) = outbox(store)
    assert entry.op == "upsert"
    assert entry.fields == {"industry": "制造"}
    assert entry.base == {"industry": 5}


def test_repeated_edits_before_sync_merge_into_one_change_keeping_earliest_base(store):
    with store.unit_of_work() as session:
        session.add(Account(id="a1", name="A"))
    with store.unit_of_work() as session, applying_remote(session):
        session.execute(delete(OutboxEntry))
        session.add(ShadowRow(entity="account", row_id="a1", row_seq=3, field_seq={"name": 3}))
    for name in ("B", "C", "D"):
        with store.unit_of_work() as session:
            session.get(Account, "a1").name = name
    (entry,) = outbox(store)
    assert entry.fields == {"name": "D"}
    assert entry.base == {"name": 3}


def test_tombstone_and_restore_are_their_own_operations(store):
    with store.unit_of_work() as session:
        session.add(Account(id="a1", name="A"))
    with store.unit_of_work() as session:
        session.get(Account, "a1").deleted = True
    with store.unit_of_work() as session:
        session.get(Account, "a1").deleted = False
    assert [e.op for e in outbox(store)] == ["upsert", "delete", "restore"]


def test_one_local_transaction_shares_one_id(store):
    with store.unit_of_work() as session:
        session.add(Account(id="a1", name="A"))
        session.add(Contact(id="c1", account_id="a1", name="张伟"))
    with store.unit_of_work() as session:
        session.add(Contact(id="c2", account_id="a1", name="李娜"))
    entries = outbox(store)
    assert entries[0].local_txn == entries[1].local_txn != entries[2].local_txn


def test_rolled_back_write_leaves_no_outbox_entry(store):
    with pytest.raises(RuntimeError), store.unit_of_work() as session:
        session.add(Account(id="a1", name="A"))
        session.flush()
        raise RuntimeError("the user's action failed half-way")
    assert outbox(store) == []
    with store.reading() as session:
        assert session.get(Account, "a1") is None


def test_rows_applied_from_the_hub_record_nothing(store):
    with store.unit_of_work() as session, applying_remote(session):
        session.add(Account(id="a1", name="from the hub"))
    assert outbox(store) == []


def test_physically_deleting_a_synced_row_is_refused(store):
    with store.unit_of_work() as session:
        session.add(Account(id="a1", name="A"))
    with pytest.raises(CaptureBypassError), store.unit_of_work() as session:
        session.delete(session.get(Account, "a1"))
    with store.reading() as session:
        assert session.get(Account, "a1") is not None


@pytest.mark.parametrize(
    "statement",
    [
        update(Account).values(name="X"),
        delete(Account),
    ],
    ids=["bulk-update", "bulk-delete"],
)
def test_orm_bulk_writes_to_synced_tables_are_refused(store, statement):
    with store.unit_of_work() as session:
        session.add(Account(id="a1", name="A"))
    with pytest.raises(CaptureBypassError), store.unit_of_work() as session:
        session.execute(statement)


def test_datetimes_are_captured_as_utc_iso_text(store):
    start = datetime(2026, 3, 1, 2, 30, tzinfo=UTC)
    with store.unit_of_work() as session:
        session.add(Visit(id="v1", account_id="a1", start=start))
    (entry,) = outbox(store)
    assert datetime.fromisoformat(entry.fields["start"]) == start


def test_rows_inserted_from_plain_values_are_stored_as_a_flush_would_store_them(store):
    values = {
        "account_id": "a1",
        "name": "王伟",
        "phones": ["+8613800138000"],
        "habitual_times": [["20:00", "21:00"]],
        "known_to_rep": True,
        "personality": None,
    }
    with store.unit_of_work() as session:
        session.add(Contact(id="orm", **values))
        session.flush()
        (written,) = insert_new_rows(session, Contact, [{"id": "plain", **values}])
    assert written["id"] == "plain" and written["title"] == "" and written["keep_local"] is False
    with store.reading() as session:
        stored = {
            row.id: row._asdict()
            for row in session.execute(text("SELECT * FROM contacts"))  # the stored text
        }
    for row in stored.values():
        del row["id"], row["created_at"], row["updated_at"]
    assert stored["plain"] == stored["orm"]
    assert stored["plain"]["personality_assessment"] is None  # NULL, not JSON null


def test_rows_inserted_from_plain_values_are_captured_with_all_synced_fields(store):
    with store.unit_of_work() as session:
        rows = insert_new_rows(session, Account, [{"name": "华为技术有限公司"}, {"name": "B"}])
        session.add(Account(id="orm", name="华为技术有限公司"))
    entries = outbox(store)
    assert [(e.entity, e.row_id, e.op) for e in entries] == [
        ("account", rows[0]["id"], "upsert"),
        ("account", rows[1]["id"], "upsert"),
        ("account", "orm", "upsert"),
    ]
    assert len({e.local_txn for e in entries}) == 1
    plain, _b, orm = (e.fields for e in entries)
    assert set(plain) == set(orm)
    assert {k: v for k, v in plain.items() if k != "created_at"} == {
        k: v for k, v in orm.items() if k != "created_at"
    }
    assert datetime.fromisoformat(plain["created_at"]).tzinfo is not None
    with store.reading() as session:
        assert replay_outbox(session) == visible_state(session)


def test_inserting_rows_from_plain_values_is_refused_while_applying_the_hubs_rows(store):
    with (
        pytest.raises(CaptureBypassError),
        store.unit_of_work() as session,
        applying_remote(session),
    ):
        insert_new_rows(session, Account, [{"name": "from the hub"}])
    with store.reading() as session:
        assert session.scalars(select(Account)).all() == []


def test_a_plain_row_with_an_unknown_column_is_refused(store):
    with pytest.raises(TypeError), store.unit_of_work() as session:
        insert_new_rows(session, Account, [{"name": "A", "nmae": "typo"}])
    assert outbox(store) == []


def test_bulk_writing_gives_back_the_page_cache_and_the_collector_even_on_failure(store):
    def cache_size(session) -> int:
        return session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()

    assert gc.isenabled()
    with store.unit_of_work() as session:
        before = cache_size(session)
        with pytest.raises(RuntimeError), bulk_writing(session):
            assert cache_size(session) == -BULK_CACHE_MIB * 1024
            assert not gc.isenabled()
            raise RuntimeError("the user cancelled")
        assert cache_size(session) == before
        assert gc.isenabled()


# A random sequence of user-level operations; afterwards the outbox replayed
# over the shadow must give exactly the rows in the tables. A write that
# bypassed capture would make them differ.
names = st.text(alphabet="华为张伟李娜王芳abc 1", min_size=1, max_size=6)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add_account"), names),
        st.tuples(st.just("add_contact"), names),
        st.tuples(st.just("insert_rows"), names),
        st.tuples(st.just("rename"), names),
        st.tuples(
            st.just("phones"), st.lists(st.text("0123456789+", min_size=3, max_size=8), max_size=3)
        ),
        st.tuples(st.just("delete"), st.just("")),
        st.tuples(st.just("restore"), st.just("")),
        st.tuples(st.just("remote_edit"), names),
        st.tuples(st.just("fail"), names),
    ),
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=operations, data=st.data())
def test_outbox_replay_always_equals_the_visible_rows(store, ops, data):
    with store.unit_of_work() as session, applying_remote(session):
        for model in (Contact, Account, OutboxEntry, ShadowRow):
            session.execute(delete(model))
    for kind, value in ops:
        with store.reading() as session:
            accounts = [a.id for a in session.scalars(select(Account))]
            contacts = [c.id for c in session.scalars(select(Contact))]
        try:
            with store.unit_of_work() as session:
                if not accounts:
                    session.add(Account(name="首个客户"))
                elif kind == "add_account":
                    session.add(Account(name=value))
                elif kind == "insert_rows":
                    # the fast path for many new rows: an account and a contact of it
                    (account,) = insert_new_rows(session, Account, [{"name": value}])
                    insert_new_rows(
                        session,
                        Contact,
                        [
                            {
                                "account_id": account["id"],
                                "name": value,
                                "phones": ["+8613800138000"],
                            }
                        ],
                    )
                elif kind == "add_contact":
                    session.add(
                        Contact(account_id=data.draw(st.sampled_from(accounts)), name=value)
                    )
                elif kind == "rename":
                    session.get(Account, data.draw(st.sampled_from(accounts))).name = value
                elif kind == "phones" and contacts:
                    session.get(Contact, data.draw(st.sampled_from(contacts))).phones = list(value)
                elif kind in ("delete", "restore"):
                    session.get(Account, data.draw(st.sampled_from(accounts))).deleted = (
                        kind == "delete"
                    )
                elif kind == "remote_edit":
                    # What a pull does: the hub's value goes to the shadow, and the
                    # visible row is republished as shadow + pending local changes.
                    target = data.draw(st.sampled_from(accounts))
                    with applying_remote(session):
                        shadow = session.get(ShadowRow, ("account", target))
                        if shadow is None:
                            shadow = ShadowRow(entity="account", row_id=target, data={})
                            session.add(shadow)
                        shadow.data = {**shadow.data, "region": value}
                        session.flush()
                        published = replay_outbox(session)[("account", target)]
                        session.get(Account, target).region = published["region"]
                elif kind == "fail":
                    session.get(Account, data.draw(st.sampled_from(accounts))).notes = value
                    session.flush()
                    raise RuntimeError("undone")
        except RuntimeError:
            pass
    with store.reading() as session:
        replayed = replay_outbox(session)
        visible = visible_state(session)
    assert set(replayed) == set(visible)
    for key, row in visible.items():
        assert {k: replayed[key].get(k) for k in row} == row, key

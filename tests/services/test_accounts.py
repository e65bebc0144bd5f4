"""The accounts view's services: checked input, mutations, delete with Undo, listing, detail."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from kamdesk.errors import InvalidInput, NotFound
from kamdesk.models import (
    Account,
    Call,
    Contact,
    OutboxEntry,
    Score,
    SpecialDate,
    Task,
    Visit,
)
from kamdesk.models.capture import applying_remote
from kamdesk.services import accounts as accounts_module
from kamdesk.services.accounts import (
    CODES,
    MAX_NOTE_BYTES,
    SORT_KEYS,
    AccountFilter,
    AccountInput,
    AccountRow,
    Impact,
    NextAction,
    ValidationFailed,
    account_detail,
    account_ids,
    account_input_of,
    account_rows,
    create_account,
    delete_account,
    deletion_impact,
    filter_options,
    similar_accounts,
    sort_text,
    undo_deletion,
    update_account,
    validate_account,
)
from kamdesk.services.contacts import (
    ContactInput,
    contact_input_of,
    create_contact,
    delete_contact,
    update_contact,
    validate_contact,
)
from kamdesk.services.overview import collation_key
from kamdesk.services.search import search


def at(year: int, month: int, day: int, hour: int = 9) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def counts(store) -> tuple[int, int, int]:
    """Outbox entries, accounts and contacts: a write of any kind changes one of them."""
    with store.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (OutboxEntry, Account, Contact)
        )


def new_account(store, **fields) -> str:
    with store.unit_of_work() as session:
        return create_account(session, AccountInput(**{"name": "测试客户", **fields})).ids[0]


def new_contact(store, account_id: str, **fields) -> str:
    with store.unit_of_work() as session:
        return create_contact(session, account_id, ContactInput(**{"name": "王伟", **fields})).ids[
            0
        ]


def wrong_fields(data) -> list[str]:
    validate = validate_account if isinstance(data, AccountInput) else validate_contact
    return [error.where for error in validate(data)]


# --- validation: each rule reports its field -------------------------------------------

GOOD = AccountInput(name="华为技术有限公司")
GOOD_CONTACT = ContactInput(name="王伟")


def test_a_valid_account_has_no_errors():
    assert validate_account(GOOD) == []


@pytest.mark.parametrize("name", ["", "   ", "\x00\x01", "\u3000"])
def test_a_missing_name_is_reported_on_name(name):
    assert wrong_fields(replace(GOOD, name=name)) == ["name"]


def test_a_name_over_200_characters_is_reported_on_name():
    assert wrong_fields(replace(GOOD, name="华" * 200)) == []
    assert wrong_fields(replace(GOOD, name="华" * 201)) == ["name"]


@pytest.mark.parametrize(
    ("field_name", "limit"),
    [("short_name", 200), ("industry", 200), ("region", 200), ("address", 1000)],
)
def test_a_one_line_field_over_its_limit_is_reported_on_it(field_name, limit):
    assert wrong_fields(replace(GOOD, **{field_name: "x" * limit})) == []
    assert wrong_fields(replace(GOOD, **{field_name: "x" * (limit + 1)})) == [field_name]


def test_a_wrong_phone_is_reported_on_phones():
    assert wrong_fields(replace(GOOD, phones="0755-2878 0808; 12345")) == ["phones"]


def test_a_phone_text_over_1000_characters_is_reported_on_phones():
    assert wrong_fields(replace(GOOD, phones="1" * 1001)) == ["phones"]


def test_a_website_with_spaces_is_reported_on_website():
    assert wrong_fields(replace(GOOD, website="www.huawei.com")) == []
    assert wrong_fields(replace(GOOD, website="www huawei com")) == ["website"]


@pytest.mark.parametrize(
    "field_name", ["category", "lifecycle_class", "tier", "milestone", "source"]
)
def test_an_unknown_code_is_reported_on_its_field(field_name):
    assert wrong_fields(replace(GOOD, **{field_name: CODES[field_name][0]})) == []
    assert wrong_fields(replace(GOOD, **{field_name: "大客户"})) == [field_name]


def test_codes_are_read_in_any_case_and_stored_as_listed(store):
    account_id = new_account(store, tier="a", lifecycle_class="LOYAL", source=" Referral ")
    with store.reading() as session:
        detail = account_detail(session, account_id)
    assert (detail.tier, detail.lifecycle_class, detail.source) == ("A", "loyal", "referral")


@pytest.mark.parametrize("days", ["0", "3651", "abc", "-1", "1.5", True])
def test_a_contact_interval_outside_1_to_3650_days_is_reported_on_it(days):
    assert wrong_fields(replace(GOOD, contact_interval_days=days)) == ["contact_interval_days"]


@pytest.mark.parametrize("days", ["", "30", "３０", " 7 ", 3650, None])
def test_a_contact_interval_in_days_is_accepted(days):
    assert wrong_fields(replace(GOOD, contact_interval_days=days)) == []


@pytest.mark.parametrize(
    "field_name", ["background", "organisation_notes", "biggest_project", "competitors", "notes"]
)
def test_a_text_over_1_MB_is_reported_on_its_field(field_name):
    assert wrong_fields(replace(GOOD, **{field_name: "x" * (MAX_NOTE_BYTES + 1)})) == [field_name]
    # Counted in UTF-8: 400,000 Han characters are 1.2 MB.
    assert wrong_fields(replace(GOOD, **{field_name: "华" * 400_000})) == [field_name]


def test_a_value_that_is_not_text_is_reported_on_its_field():
    assert wrong_fields(replace(GOOD, name=42, region=["华东"])) == ["name", "region"]  # type: ignore[arg-type]


def test_every_wrong_field_is_reported_at_once_in_field_order():
    data = AccountInput(
        name="",
        phones="12345",
        tier="Z",
        contact_interval_days="0",
        website="a b",
    )
    errors = validate_account(data)
    assert [e.where for e in errors] == [
        "name",
        "phones",
        "website",
        "tier",
        "contact_interval_days",
    ]
    assert all(isinstance(e, InvalidInput) and e.reason for e in errors)


def test_validation_failed_lists_every_error_in_its_message(store):
    with store.unit_of_work() as session, pytest.raises(ValidationFailed) as raised:
        create_account(session, AccountInput(name="", tier="Z"))
    assert raised.value.fields() == ("name", "tier")
    assert "name: " in raised.value.message() and "tier: " in raised.value.message()


@pytest.mark.parametrize(
    ("data", "field_name"),
    [
        (replace(GOOD_CONTACT, name=""), "name"),
        (replace(GOOD_CONTACT, title="x" * 201), "title"),
        (replace(GOOD_CONTACT, department="x" * 201), "department"),
        (replace(GOOD_CONTACT, decision_role="boss"), "decision_role"),
        (replace(GOOD_CONTACT, phones="138"), "phones"),
        (replace(GOOD_CONTACT, email="wangwei@"), "email"),
        (replace(GOOD_CONTACT, email="a" * 60 + "@" + "b" * 200 + ".com"), "email"),
        (replace(GOOD_CONTACT, work_hours="18:00-09:00"), "work_hours"),
        (replace(GOOD_CONTACT, lunch="12:00"), "lunch"),
        (replace(GOOD_CONTACT, work_hours="09:00-18:00", lunch="19:00-20:00"), "lunch"),
        (replace(GOOD_CONTACT, timezone="Asia/Beijing"), "timezone"),
        (replace(GOOD_CONTACT, habitual_times="20:00-21:00; 20:30-22:00"), "habitual_times"),
        (replace(GOOD_CONTACT, known_to_rep="maybe"), "known_to_rep"),
        (replace(GOOD_CONTACT, personality="extrovert"), "personality"),
        (replace(GOOD_CONTACT, birthday="1985-02-30"), "birthday"),
        (replace(GOOD_CONTACT, notes="x" * (MAX_NOTE_BYTES + 1)), "notes"),
    ],
)
def test_each_contact_rule_reports_its_field(data, field_name):
    assert validate_contact(GOOD_CONTACT) == []
    assert wrong_fields(data) == [field_name]


@pytest.mark.parametrize("answer", [True, "yes", "是", "Y", "1"])
def test_known_to_rep_reads_yes_in_several_forms(store, answer):
    account_id = new_account(store)
    contact_id = new_contact(store, account_id, known_to_rep=answer)
    with store.reading() as session:
        assert session.get(Contact, contact_id).known_to_rep is True


# --- cleaning: odd input never crashes ---------------------------------------------------


def test_control_characters_are_removed_and_one_line_fields_collapsed(store):
    account_id = new_account(
        store,
        name=" 华为\x00技术\x07 \n有限公司 ",
        region="华\x1b南",
        notes="第一行\r\n\t第二行\x0b\x7f",
    )
    with store.reading() as session:
        detail = account_detail(session, account_id)
    assert detail.name == "华为技术 有限公司"
    assert detail.region == "华南"
    assert detail.notes == "第一行\r\n\t第二行"


def test_emoji_and_cjk_outside_the_bmp_are_kept(store):
    name = "𠀀𪚥科技 🚀 有限公司"
    account_id = new_account(store, name=name, notes="客户很满意 👍🏽 𩸽")
    with store.reading() as session:
        detail = account_detail(session, account_id)
        assert (detail.name, detail.notes) == (name, "客户很满意 👍🏽 𩸽")
        assert account_rows(session, [account_id])[0].name == name


def test_unpaired_surrogates_are_removed(store):
    account_id = new_account(store, name="华\ud800为", notes="\udfff备注")
    with store.reading() as session:
        detail = account_detail(session, account_id)
    assert (detail.name, detail.notes) == ("华为", "备注")


def test_a_1_MB_note_is_saved_whole(store):
    note = ("这是一段很长的拜访记录。" * 30_000)[: MAX_NOTE_BYTES // 3]
    assert len(note.encode("utf-8")) <= MAX_NOTE_BYTES
    account_id = new_account(store, notes=note, background="x" * MAX_NOTE_BYTES)
    with store.reading() as session:
        detail = account_detail(session, account_id)
    assert detail.notes == note
    assert len(detail.background) == MAX_NOTE_BYTES


def test_two_accounts_may_share_a_name_and_the_dialog_can_warn(store):
    first = new_account(store, name="华为技术有限公司")
    with store.reading() as session:
        assert similar_accounts(session, " 华为技术有限公司 ") == [(first, "华为技术有限公司")]
        assert similar_accounts(session, "华为技术有限公司", exclude_id=first) == []
        assert similar_accounts(session, "华为") == []
    second = new_account(store, name="华为技术有限公司")
    with store.reading() as session:
        assert {i for i, _ in similar_accounts(session, "华为技术有限公司")} == {first, second}


def test_similar_accounts_leaves_out_deleted_ones(store):
    account_id = new_account(store, name="华为")
    with store.unit_of_work() as session:
        delete_account(session, account_id)
    with store.reading() as session:
        assert similar_accounts(session, "华为") == []


# --- nothing written when any field is wrong --------------------------------------------


def test_a_create_with_any_wrong_field_writes_nothing(store):
    before = counts(store)
    with store.unit_of_work() as session, pytest.raises(ValidationFailed):
        create_account(session, AccountInput(name="华为", phones="x"))
    with store.unit_of_work() as session, pytest.raises(ValidationFailed):
        create_account(session, AccountInput(name="华为", notes="x" * (MAX_NOTE_BYTES + 1)))
    assert counts(store) == before


def test_an_update_with_any_wrong_field_writes_nothing(store):
    account_id = new_account(store, name="华为", region="华南")
    before = counts(store)
    with store.unit_of_work() as session, pytest.raises(ValidationFailed):
        update_account(session, account_id, AccountInput(name="华为改名", region="华东", tier="Q"))
    assert counts(store) == before
    with store.reading() as session:
        detail = account_detail(session, account_id)
    assert (detail.name, detail.region, detail.tier) == ("华为", "华南", None)


def test_a_contact_with_any_wrong_field_writes_nothing(store):
    account_id = new_account(store)
    contact_id = new_contact(store, account_id, title="采购经理")
    before = counts(store)
    with store.unit_of_work() as session, pytest.raises(ValidationFailed):
        create_contact(session, account_id, ContactInput(name="李娜", email="not-an-email"))
    with store.unit_of_work() as session, pytest.raises(ValidationFailed):
        update_contact(session, contact_id, ContactInput(name="王伟", title="总监", lunch="bad"))
    assert counts(store) == before
    with store.reading() as session:
        assert session.get(Contact, contact_id).title == "采购经理"


_ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=40)
#: For each field with rules: values that are right, values that are wrong.
_RULED = {
    "phones": (["", "0755-2878 0808", "+86 138 0013 8000; 400 800 8888"], ["12345", "电话"]),
    "website": (["", "www.huawei.com"], ["www huawei"]),
    "category": (["", *CODES["category"]], ["大客户"]),
    "lifecycle_class": (["", *CODES["lifecycle_class"], "Loyal"], ["x"]),
    "tier": (["", "A", "b"], ["D"]),
    "milestone": (["", *CODES["milestone"]], ["won"]),
    "source": (["", *CODES["source"]], ["朋友"]),
    "contact_interval_days": (["", "30", "３０"], ["0", "-3", "99999"]),
}


@st.composite
def _field_value(draw: st.DrawFn, name: str) -> str:
    """Free text: anything. A field with rules: mostly right, sometimes wrong or anything."""
    if name not in _RULED:
        return draw(_ANY_TEXT)
    right, wrong = _RULED[name]
    roll = draw(st.integers(0, 19))
    if roll == 0:
        return draw(_ANY_TEXT)
    return draw(st.sampled_from(wrong if roll == 1 else right))


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.builds(
        AccountInput,
        **{name: _field_value(name) for name in AccountInput.__dataclass_fields__},
    )
)
def test_any_text_in_any_account_field_saves_or_is_refused_whole(store, data):
    before = counts(store)
    try:
        with store.unit_of_work() as session:
            changed = create_account(session, data)
    except (ValidationFailed, InvalidInput):
        assert counts(store) == before
    else:
        outbox, accounts, contacts = counts(store)
        assert (accounts, contacts) == (before[1] + 1, before[2])
        assert outbox == before[0] + 1
        with store.reading() as session:
            detail = account_detail(session, changed.ids[0])
        # What was stored reads back as an input that saves unchanged.
        with store.unit_of_work() as session:
            assert update_account(session, detail.id, account_input_of(detail)).is_empty


# --- create and update ------------------------------------------------------------------


def test_an_account_and_its_contact_round_trip_with_chinese_text_and_a_lunar_birthday(store):
    data = AccountInput(
        name="深圳市华达精密制造有限公司",
        short_name="华达精密",
        industry="制造",
        region="华南",
        address="广东省深圳市南山区科技路88号华达大厦12楼",
        phones="0755-2878 0808 转 123; 400 800 8888",
        website="www.huada.com.cn",
        category="industry",
        lifecycle_class="fast_growing",
        tier="A",
        milestone="solution",
        source="referral",
        background="成立于2005年，员工约600人。",
        organisation_notes="决策链：使用部门 → 技术评估 → 采购 → 总经理。",
        biggest_project="MES系统升级",
        competitors="西门子、汇川技术",
        contact_interval_days="14",
        notes="年底框架协议到期。",
    )
    with store.unit_of_work() as session:
        changed = create_account(session, data)
        account_id = changed.ids[0]
        contact = create_contact(
            session,
            account_id,
            ContactInput(
                name="曾国强",
                title="总经理",
                department="总经办",
                decision_role="decision_maker",
                phones="+86 138 0013 8000",
                email="Zeng.GuoQiang@HUADA.com.cn",
                work_hours="8:30～17:30",
                lunch="12:00-13:30",
                timezone="Asia/Shanghai",
                habitual_times="20:00-21:00；07:30-08:00",
                known_to_rep="是",
                personality="driver",
                birthday="农历1963年闰4月8日",
                notes="喜欢喝茶。",
            ),
        )
    assert changed.op == "created" and changed.list_changed
    assert {"name", "tier", "phones"} <= changed.fields
    assert contact.account_ids == (account_id,) and not contact.list_changed

    with store.reading() as session:
        detail = account_detail(session, account_id)
    assert detail.name == "深圳市华达精密制造有限公司"
    assert detail.phone_numbers == ("+8675528780808;ext=123", "+864008008888")
    assert detail.phones[0].endswith("123")
    assert detail.contact_interval_days == 14
    assert (detail.category, detail.tier, detail.milestone) == ("industry", "A", "solution")
    assert detail.owner == ""
    (person,) = detail.contacts
    assert person.email == "Zeng.GuoQiang@huada.com.cn"
    assert person.phone_numbers == ("+8613800138000",)
    assert person.phones == ("138 0013 8000",)
    assert str(person.work_hours) == "08:30-17:30" and str(person.lunch) == "12:00-13:30"
    assert [str(r) for r in person.habitual_times] == ["07:30-08:00", "20:00-21:00"]
    assert person.known_to_rep and person.personality == "driver"
    assert person.birthday is not None
    assert (person.birthday.calendar, person.birthday.year, person.birthday.leap_month) == (
        "lunar",
        1963,
        True,
    )
    assert (person.birthday.month, person.birthday.day) == (4, 8)

    # The dialog's inputs, saved unchanged, change nothing.
    with store.unit_of_work() as session:
        assert update_account(session, account_id, account_input_of(detail)).is_empty
        assert update_contact(session, person.id, contact_input_of(person)).is_empty


def test_an_update_writes_and_reports_only_the_changed_fields(store):
    account_id = new_account(store, name="华为", region="华南", notes="旧")
    with store.reading() as session:
        detail = account_detail(session, account_id)
    with store.unit_of_work() as session:
        changed = update_account(
            session, account_id, replace(account_input_of(detail), notes="新", tier="B")
        )
    assert changed.ids == (account_id,) and changed.fields == {"notes", "tier"}
    assert changed.account_ids == (account_id,) and changed.list_changed  # tier is a column
    with store.reading() as session:
        entry = session.scalars(
            select(OutboxEntry).where(OutboxEntry.row_id == account_id)
        ).one()  # merged into the pending creation
    assert entry.fields["notes"] == "新" and entry.fields["tier"] == "B"


def test_an_edit_of_notes_only_keeps_the_list_as_it_is(store):
    account_id = new_account(store)
    with store.unit_of_work() as session:
        changed = update_account(session, account_id, AccountInput(name="测试客户", notes="新"))
    assert not changed.list_changed and changed.fields == {"notes"}


def test_a_contact_update_reports_its_fields_by_input_name(store):
    account_id = new_account(store)
    contact_id = new_contact(store, account_id, work_hours="09:00-18:00")
    with store.unit_of_work() as session:
        changed = update_contact(
            session,
            contact_id,
            ContactInput(name="王伟", work_hours="08:30-17:30", birthday="08-12"),
        )
    assert changed.fields == {"work_hours", "birthday"}
    assert changed.account_ids == (account_id,)


def test_editing_or_adding_to_a_missing_or_deleted_account_is_not_found(store):
    account_id = new_account(store)
    with store.unit_of_work() as session:
        delete_account(session, account_id)
    for call in (
        lambda s: update_account(s, account_id, GOOD),
        lambda s: update_account(s, "no-such-id", GOOD),
        lambda s: create_contact(s, account_id, GOOD_CONTACT),
        lambda s: update_contact(s, "no-such-id", GOOD_CONTACT),
        lambda s: account_detail(s, account_id),
    ):
        with store.unit_of_work() as session, pytest.raises(NotFound):
            call(session)


# --- delete with Undo -------------------------------------------------------------------


@pytest.fixture
def family(store):
    """An account with one live row of every child kind, and a contact deleted earlier."""
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="华达精密")).ids[0]
        kept = create_contact(session, account_id, ContactInput(name="王伟")).ids[0]
        earlier = create_contact(session, account_id, ContactInput(name="李娜")).ids[0]
        delete_contact(session, earlier)
        other = create_account(session, AccountInput(name="别的客户")).ids[0]
        rows = [
            Visit(id="v1", account_id=account_id, contact_ids=[kept], start=at(2025, 3, 3)),
            Visit(id="v2", account_id=account_id, start=at(2025, 4, 3), status="done"),
            Visit(id="v-old", account_id=account_id, start=at(2025, 1, 3), deleted=True),
            Call(id="c1", account_id=account_id, contact_id=kept, called_at=at(2025, 3, 1), outcome="appointment"),
            Task(id="t1", account_id=account_id, contact_id=kept, title="寄样品", due=at(2025, 3, 5)),
            SpecialDate(id="d1", account_id=account_id, contact_id=kept, kind="birthday", month=8, day=12),
            SpecialDate(id="d2", account_id=account_id, kind="founding_day", month=5, day=1),
            Score(id="s1", account_id=account_id, criterion="budget", weight=0.3, value=80),
            Visit(id="v-other", account_id=other, start=at(2025, 3, 3)),
        ]  # fmt: skip
        session.add_all(rows)
    return {"account": account_id, "kept": kept, "earlier": earlier, "other": other}


def deleted_ids(store, model) -> set[str]:
    with store.reading() as session:
        return set(session.scalars(select(model.id).where(model.deleted.is_(True))))


def test_deletion_impact_counts_the_live_children_of_each_kind(store, family):
    with store.reading() as session:
        impact = deletion_impact(session, family["account"])
    assert impact == Impact(contacts=1, visits=2, calls=1, tasks=1, special_dates=2, scores=1)
    assert impact.total == 8


def test_deleting_an_account_tombstones_it_and_every_live_child(store, family):
    with store.unit_of_work() as session:
        receipt = delete_account(session, family["account"])
    assert receipt.rows[0] == ("account", (family["account"],))
    assert dict(receipt.rows) == {
        "account": (family["account"],),
        "contact": (family["kept"],),
        "visit": ("v1", "v2"),
        "call": ("c1",),
        "task": ("t1",),
        "special_date": ("d1", "d2"),
        "score": ("s1",),
    }
    assert receipt.impact == Impact(1, 2, 1, 1, 2, 1)
    assert receipt.changed.op == "deleted" and receipt.changed.list_changed
    assert deleted_ids(store, Account) == {family["account"]}
    assert deleted_ids(store, Contact) == {family["kept"], family["earlier"]}
    assert deleted_ids(store, Visit) == {"v1", "v2", "v-old"}  # not the other account's
    for model in (Call, Task, SpecialDate, Score):
        with store.reading() as session:
            assert (
                session.scalar(select(func.count()).select_from(model).where(~model.deleted)) == 0
            )
    with store.reading() as session:
        assert family["account"] not in account_ids(session)


def test_undo_restores_exactly_the_rows_the_deletion_took(store, family):
    with store.unit_of_work() as session:
        receipt = delete_account(session, family["account"])
    with store.unit_of_work() as session:
        changed = undo_deletion(session, receipt)
    assert changed.op == "restored" and changed.ids == (family["account"],)
    assert changed.list_changed and changed.rows == receipt.rows
    # Rows deleted before the account stay deleted.
    assert deleted_ids(store, Contact) == {family["earlier"]}
    assert deleted_ids(store, Visit) == {"v-old"}
    assert deleted_ids(store, Account) == set()
    with store.reading() as session:
        assert [c.id for c in account_detail(session, family["account"]).contacts] == [
            family["kept"]
        ]
        assert deletion_impact(session, family["account"]).total == 8


def test_undo_twice_restores_nothing_the_second_time(store, family):
    with store.unit_of_work() as session:
        receipt = delete_account(session, family["account"])
    with store.unit_of_work() as session:
        undo_deletion(session, receipt)
    with store.unit_of_work() as session:
        again = undo_deletion(session, receipt)
    assert again.is_empty and again.rows == ()


def test_deleting_an_unknown_or_deleted_account_is_not_found(store, family):
    with store.unit_of_work() as session:
        delete_account(session, family["account"])
    for account_id in (family["account"], "no-such-id"):
        with store.unit_of_work() as session, pytest.raises(NotFound):
            delete_account(session, account_id)
        with store.reading() as session, pytest.raises(NotFound):
            deletion_impact(session, account_id)


def test_deleting_a_contact_takes_its_special_dates_and_leaves_what_happened(store, family):
    with store.unit_of_work() as session:
        receipt = delete_contact(session, family["kept"])
    assert dict(receipt.rows) == {"contact": (family["kept"],), "special_date": ("d1",)}
    with store.reading() as session:
        assert session.get(Visit, "v1").contact_ids == [family["kept"]]  # the record of who came
        assert not session.get(Visit, "v1").deleted
        assert not session.get(Task, "t1").deleted and not session.get(Call, "c1").deleted
        assert not session.get(SpecialDate, "d2").deleted  # the account's own date
        assert account_detail(session, family["account"]).contacts == ()
    with store.unit_of_work() as session:
        changed = undo_deletion(session, receipt)
    assert changed.ids == (family["kept"],) and not changed.list_changed
    with store.reading() as session:
        assert [c.id for c in account_detail(session, family["account"]).contacts] == [
            family["kept"]
        ]
        assert not session.get(SpecialDate, "d1").deleted


def test_deleting_a_deleted_contact_is_not_found(store, family):
    with store.unit_of_work() as session, pytest.raises(NotFound):
        delete_contact(session, family["earlier"])


def test_a_contact_cannot_come_back_into_a_deleted_account(store, family):
    with store.unit_of_work() as session:
        receipt = delete_contact(session, family["kept"])
        delete_account(session, family["account"])
    with store.unit_of_work() as session, pytest.raises(NotFound):
        undo_deletion(session, receipt)


# --- the search index follows -------------------------------------------------------------


def found(store, query: str) -> tuple[list[str], list[str]]:
    with store.reading() as session:
        results = search(session, query)
    return [h.id for h in results.accounts], [h.id for h in results.contacts]


def test_search_follows_creates_edits_deletes_and_undo(store):
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="鼎盛")).ids[0]
        contact_id = create_contact(session, account_id, ContactInput(name="欧阳娜娜")).ids[0]
    assert found(store, "鼎盛")[0] == [account_id]
    assert found(store, "ds")[0] == [account_id]  # pinyin initials
    assert found(store, "欧阳")[1] == [contact_id]

    with store.unit_of_work() as session:
        update_account(session, account_id, AccountInput(name="恒泰"))
    assert found(store, "鼎盛")[0] == []
    assert found(store, "恒泰")[0] == [account_id]
    assert found(store, "ht")[0] == [account_id]

    with store.unit_of_work() as session:
        receipt = delete_account(session, account_id)
    assert found(store, "恒泰") == ([], [])
    assert found(store, "欧阳") == ([], [])

    with store.unit_of_work() as session:
        undo_deletion(session, receipt)
    assert found(store, "恒泰")[0] == [account_id]
    assert found(store, "ht")[0] == [account_id]
    assert found(store, "欧阳")[1] == [contact_id]


# --- listing: filters and sorts ---------------------------------------------------------------


@pytest.fixture
def listing(store):
    """Five accounts (and a deleted one) whose every sortable value is known; by name: A B C D E."""
    specs = {
        "A": dict(name="Apex 贸易", short_name="Apex", industry="制造", region="华东",
                  category="industry", lifecycle_class="loyal", tier="A", milestone="contract"),
        "B": dict(name="北京远图", short_name="远图", industry="IT", region="华北",
                  category="regional", lifecycle_class="sleeping", tier="B", milestone="planning"),
        "C": dict(name="东莞华航", region="华南", category="potential",
                  lifecycle_class="fast_growing"),
        "D": dict(name="上海晨华", short_name="晨华", industry="制造",
                  lifecycle_class="worth_cultivating", tier="C", milestone="delivery"),
        "E": dict(name="中润数据", short_name="中润", industry="零售", region="华东",
                  category="industry", tier="A", milestone="relationship"),
    }  # fmt: skip
    ids: dict[str, str] = {}
    with store.unit_of_work() as session:
        for letter, fields in specs.items():
            ids[letter] = create_account(session, AccountInput(**fields)).ids[0]
        ids["F"] = create_account(session, AccountInput(name="Aaa 已删除", tier="A")).ids[0]
        delete_account(session, ids["F"])
        for letter, owner in (("B", "u-2"), ("C", "u-1")):
            session.get(Account, ids[letter]).owner_id = owner
        a, b, c, d, e = (ids[x] for x in "ABCDE")
        session.add_all(
            [
                Visit(account_id=a, start=at(2025, 1, 10), status="done"),
                Visit(account_id=b, start=at(2025, 3, 1), status="done"),
                Visit(account_id=d, start=at(2025, 2, 1), status="done"),
                Visit(account_id=d, start=at(2025, 12, 1), status="done", deleted=True),
                Visit(account_id=c, start=at(2025, 6, 1), status="cancelled"),
                Visit(id="va", account_id=a, start=at(2026, 2, 1), objectives="演示方案\n带样品"),
                Visit(id="vc", account_id=c, start=at(2026, 1, 20), place="客户会议室"),
                Visit(id="ve", account_id=e, start=at(2026, 1, 15)),
                Task(id="ta", account_id=a, title="寄送报价", kind="promise", due=at(2026, 1, 15)),
                Task(account_id=b, title="回电", kind="call_back", due=at(2026, 3, 1)),
                Task(account_id=b, title="早已完成", due=at(2026, 1, 1), done=True),
                Task(account_id=d, title="完成了", due=at(2026, 1, 2), done=True),
                Task(account_id=e, title="删掉的", due=at(2026, 1, 1), deleted=True),
            ]
        )
    return ids


EXPECTED_ORDER = {
    # key: (ascending, descending)
    "name": ("ABCDE", "EDCBA"),
    "short_name": ("ADBEC", "EBDAC"),  # apex, chen hua, yuan tu, zhong run; C has none
    "industry": ("BEADC", "ADEBC"),  # IT, 零售 ling, 制造 zhi; C has none
    "region": ("BAECD", "CAEBD"),  # 华北 bei, 华东 dong, 华南 nan; D has none
    "category": ("AEBCD", "CBAED"),  # the manual's order; D has none
    "lifecycle_class": ("ACBDE", "DBCAE"),
    "tier": ("AEBDC", "DBAEC"),
    "milestone": ("BEADC", "DAEBC"),
    "owner": ("ADECB", "BCADE"),  # the rep's own first, then u-1, u-2
    "last_visit": ("ADBCE", "BDACE"),  # C's only visit was cancelled, D's latest deleted
    "next_action": ("AECBD", "BCAED"),  # A's task and E's visit tie at 15 Jan: by name
}


def letters(ids: dict[str, str], order: list[str]) -> str:
    by_id = {v: k for k, v in ids.items()}
    return "".join(by_id[i] for i in order)


@pytest.mark.parametrize("key", SORT_KEYS)
def test_each_sort_key_orders_both_ways_with_missing_values_last(store, listing, key):
    assert set(EXPECTED_ORDER) == set(SORT_KEYS)
    with store.reading() as session:
        up = account_ids(session, None, key)
        down = account_ids(session, None, key, descending=True)
    assert (letters(listing, up), letters(listing, down)) == EXPECTED_ORDER[key]


def test_an_unknown_sort_key_is_refused(store):
    with store.reading() as session, pytest.raises(ValueError, match="notes"):
        account_ids(session, None, "notes")


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        (AccountFilter(), "ABCDE"),
        (AccountFilter(tier={"A"}), "AE"),
        (AccountFilter(tier={""}), "C"),
        (AccountFilter(region={"华东"}, category={"industry"}), "AE"),
        (AccountFilter(industry={"制造", ""}), "ACD"),
        (AccountFilter(milestone={"planning", "delivery"}, lifecycle_class={"sleeping"}), "B"),
        (AccountFilter(tier=frozenset()), ""),
        (AccountFilter(region={"西北"}), ""),
    ],
)
def test_filters_keep_the_accounts_with_the_chosen_values(store, listing, chosen, expected):
    with store.reading() as session:
        assert letters(listing, account_ids(session, chosen)) == expected


def test_a_filtered_list_keeps_the_sort_order(store, listing):
    with store.reading() as session:
        ids = account_ids(session, AccountFilter(industry={"制造", "零售"}), "industry", True)
    assert letters(listing, ids) == "ADE"


def test_filter_options_list_the_values_present_with_counts(store, listing):
    with store.reading() as session:
        options = filter_options(session)
    assert options.tier == (("A", 2), ("B", 1), ("C", 1), ("", 1))  # the deleted F not counted
    assert options.category == (("industry", 2), ("regional", 1), ("potential", 1), ("", 1))
    assert options.industry == (("IT", 1), ("零售", 1), ("制造", 2), ("", 1))
    assert options.region == (("华北", 1), ("华东", 2), ("华南", 1), ("", 1))
    assert options.lifecycle_class[0] == ("loyal", 1)
    assert options.milestone[-1] == ("", 1)


def test_account_rows_show_the_last_visit_and_the_next_action(store, listing):
    with store.reading() as session:
        rows = {r.id: r for r in account_rows(session, [listing[x] for x in "ABCDE"])}
    a, b, c, d, e = (rows[listing[x]] for x in "ABCDE")
    assert a.last_visit == at(2025, 1, 10)
    assert a.next_action == NextAction("task", "ta", at(2026, 1, 15), "promise", "寄送报价")
    assert b.next_action is not None and (b.next_action.code, b.next_action.title) == (
        "call_back",
        "回电",
    )
    assert c.last_visit is None  # cancelled visits do not count
    assert c.next_action == NextAction(
        "visit", "vc", at(2026, 1, 20), "existing_client", "客户会议室"
    )
    assert d.last_visit == at(2025, 2, 1)  # the later one is deleted
    assert d.next_action is None  # its only task is done
    assert e.next_action == NextAction("visit", "ve", at(2026, 1, 15), "existing_client", "")
    assert (b.owner, c.owner, a.owner) == ("u-2", "u-1", "")
    assert a.milestone == "contract"


def test_account_rows_come_in_the_order_asked_and_skip_missing_ids(store, listing):
    with store.reading() as session:
        rows = account_rows(session, [listing["E"], "no-such-id", listing["F"], listing["A"]])
    assert [r.id for r in rows] == [listing["E"], listing["A"]]
    assert isinstance(rows[0], AccountRow)


def test_the_detail_shows_the_next_action_and_contacts_by_role_then_name(store, listing):
    account_id = listing["A"]
    with store.unit_of_work() as session:
        for name, role in (
            ("张三", "user"),
            ("李四", "decision_maker"),
            ("王五", ""),
            ("陈六", "user"),
        ):
            create_contact(session, account_id, ContactInput(name=name, decision_role=role))
    with store.reading() as session:
        detail = account_detail(session, account_id)
    assert [c.name for c in detail.contacts] == ["李四", "陈六", "张三", "王五"]
    assert detail.next_action is not None and detail.next_action.id == "ta"
    assert detail.last_visit == at(2025, 1, 10)


# --- the list follows writes ----------------------------------------------------------------


def names_in_order(store, sort_key: str = "name") -> list[str]:
    with store.reading() as session:
        ids = account_ids(session, None, sort_key)
        return [r.name for r in account_rows(session, ids)]


def test_the_order_follows_a_rename_a_new_account_and_a_delete(store):
    for name in ("北京", "上海", "广州"):
        new_account(store, name=name)
    assert names_in_order(store) == ["北京", "广州", "上海"]  # bei, guang, shang
    with store.reading() as session:
        guangzhou = account_ids(session)[1]
    with store.unit_of_work() as session:
        update_account(session, guangzhou, AccountInput(name="天津"))
    assert names_in_order(store) == ["北京", "上海", "天津"]
    new_account(store, name="安徽")
    assert names_in_order(store) == ["安徽", "北京", "上海", "天津"]
    with store.unit_of_work() as session:
        delete_account(session, guangzhou)
    assert names_in_order(store) == ["安徽", "北京", "上海"]


def test_the_order_follows_a_new_visit(store, listing):
    with store.unit_of_work() as session:
        session.add(Visit(account_id=listing["E"], start=at(2025, 5, 1), status="done"))
    with store.reading() as session:
        assert letters(listing, account_ids(session, None, "last_visit")) == "ADBEC"


def test_a_write_that_is_rolled_back_leaves_the_order_as_it_was(store):
    for name in ("北京", "上海"):
        new_account(store, name=name)
    assert names_in_order(store) == ["北京", "上海"]
    with pytest.raises(RuntimeError), store.unit_of_work() as session:
        first = account_ids(session)[0]
        update_account(session, first, AccountInput(name="武汉"))
        assert len(account_ids(session)) == 2  # the session sees its own change
        raise RuntimeError("the user cancelled")
    assert names_in_order(store) == ["北京", "上海"]


def test_the_order_follows_rows_applied_from_the_hub(store):
    for name in ("北京", "上海"):
        new_account(store, name=name)
    assert names_in_order(store) == ["北京", "上海"]
    with store.unit_of_work() as session, applying_remote(session):
        beijing = session.scalars(select(Account).where(Account.name == "北京")).one()
        beijing.name = "香港"
    assert names_in_order(store) == ["上海", "香港"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12), st.text(max_size=12))
def test_sort_text_orders_like_the_collation_key(first, second):
    by_key = (collation_key(first) > collation_key(second)) - (
        collation_key(first) < collation_key(second)
    )
    by_text = (sort_text(first) > sort_text(second)) - (sort_text(first) < sort_text(second))
    if "\x00" not in first + second and "\x01" not in first + second:
        assert by_text == by_key


def test_the_order_follows_a_write_made_without_the_orm(store):
    for name in ("北京", "上海"):
        new_account(store, name=name)
    assert names_in_order(store) == ["北京", "上海"]
    accounts = Account.__table__
    with store.unit_of_work() as session:
        session.connection().execute(
            update(accounts).where(accounts.c.name == "北京").values(name="香港")
        )
    assert names_in_order(store) == ["上海", "香港"]


def _insert_behind_the_stores_back(store, account_id: str, name: str, tier: str) -> None:
    """Another program writing the file: no listener of this process sees it."""
    connection = sqlite3.connect(store.paths.database)
    with connection:
        connection.execute(
            "INSERT INTO accounts (id, name, short_name, industry, region, address, phones,"
            " website, background, organisation_notes, biggest_project, competitors, notes,"
            " tier, deleted, created_at, updated_at)"
            " VALUES (?, ?, '', '', '', '', '[]', '', '', '', '', '', '', ?, 0,"
            " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')",
            (account_id, name, tier),
        )
    connection.close()


@pytest.mark.parametrize("chosen", [None, AccountFilter(tier={"A"})])
def test_an_account_the_cached_order_has_not_seen_is_still_listed(store, chosen):
    with store.unit_of_work() as session:
        for n in range(20):  # enough that one tier-A account is "a few" of them
            create_account(session, AccountInput(name=f"客户{n:02d}", tier="A" if n == 7 else "B"))
    with store.reading() as session:
        before = account_ids(session, chosen)
    _insert_behind_the_stores_back(store, "outsider", "阿里巴巴", "A")
    with store.reading() as session:
        after = account_ids(session, chosen)
        names = [r.name for r in account_rows(session, after)]
    assert after[1:] == before and names[0] == "阿里巴巴"  # a li ba ba: first


def test_an_account_without_a_name_comes_last_in_both_directions(store):
    for name in ("北京", "上海"):
        new_account(store, name=name)
    with store.unit_of_work() as session, applying_remote(session):
        session.add(Account(id="nameless", name=""))
    with store.reading() as session:
        assert account_ids(session)[-1] == "nameless"
        assert account_ids(session, None, "name", descending=True)[-1] == "nameless"


def test_the_name_order_read_from_the_search_index_is_the_spelled_order(store, monkeypatch):
    names = [
        "北京",
        "上海",
        "广州",
        "",
        "Apple 中国",
        "apple",
        "曾氏",
        "增城",
        "上海",
        "（深圳）华达",
    ]
    with store.unit_of_work() as session:
        session.add_all([Account(name=name) for name in names])
        session.add(Account(name="已删除", deleted=True))
    monkeypatch.setattr(accounts_module, "_index_names_current", True)
    with store.reading() as session:
        monkeypatch.setattr(accounts_module, "sort_text", _no_spelling)
        from_index = accounts_module._name_order(session)
        monkeypatch.undo()
        monkeypatch.setattr(accounts_module, "_index_names_current", False)
        live = set(session.scalars(select(Account.id).where(Account.deleted.is_(False))))
        spelled = [i for i in accounts_module._name_order(session) if i in live]
    assert from_index == spelled
    assert len(from_index) == len(names)


def _no_spelling(text: str) -> str:
    raise AssertionError(f"spelled {text!r}: the order should come from the search index")


def test_renaming_an_account_without_the_orm_stops_the_order_trusting_the_index(store, monkeypatch):
    monkeypatch.setattr(accounts_module, "_index_names_current", True)
    new_account(store, name="北京")
    assert accounts_module._index_names_current  # a flush re-indexes what it writes
    accounts = Account.__table__
    with store.unit_of_work() as session:
        session.connection().execute(
            update(accounts).where(accounts.c.name == "北京").values(tier="A")
        )
    assert accounts_module._index_names_current  # not a name
    with store.unit_of_work() as session:
        session.connection().execute(
            update(accounts).where(accounts.c.name == "北京").values(name="香港")
        )
    assert not accounts_module._index_names_current


def test_an_account_s_working_day_is_checked_and_kept(store):
    from kamdesk.services.accounts import account_detail, account_input_of, validate_account

    errors = validate_account(AccountInput(name="华为", work_hours="18:00-09:00"))
    assert [e.where for e in errors] == ["work_hours"]
    errors = validate_account(
        AccountInput(name="华为", work_hours="09:00-18:00", lunch="08:00-09:30")
    )
    assert [e.where for e in errors] == ["lunch"]
    with store.unit_of_work() as session:
        account_id = create_account(
            session, AccountInput(name="华为", work_hours="9:00~18:00", lunch="12:00-13:00")
        ).ids[0]
    with store.reading() as session:
        detail = account_detail(session, account_id)
    assert (str(detail.work_hours), str(detail.lunch)) == ("09:00-18:00", "12:00-13:00")
    again = account_input_of(detail)
    assert (again.work_hours, again.lunch) == ("09:00-18:00", "12:00-13:00")

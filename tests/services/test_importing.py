"""Import: every file kind read, every cell validated, bad input reported and never stored."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kamdesk.cancel import Cancelled, CancelToken
from kamdesk.errors import InvalidInput, KamdeskError
from kamdesk.models import Account, Contact, OutboxEntry
from kamdesk.models.capture import dumps, replay_outbox, visible_state
from kamdesk.services.importing import (
    TEMPLATE_FIELDS,
    TEMPLATE_HEADERS,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
    template_csv,
    unmapped_headers,
)

HEADER_ZH = "客户名称,联系人,手机,邮箱,备注"


def write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
    return path


def snapshot(store) -> tuple[dict, list]:  # type: ignore[no-untyped-def]
    """Every synced row and every outbox entry, to prove that nothing changed."""
    with store.reading() as session:
        rows = {key: dumps(value) for key, value in visible_state(session).items()}
        outbox = [
            (e.mutation_id, e.entity, e.row_id, e.op, dumps(e.fields))
            for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.mutation_id))
        ]
    return rows, outbox


def run_import(store, path: Path, mapping=None):  # type: ignore[no-untyped-def]
    table = read_table(path)
    with store.unit_of_work() as session:
        plan = plan_import(session, table, mapping)
        result = apply_import(session, plan)
    return plan, result


def accounts(store) -> list[Account]:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return list(session.scalars(select(Account).order_by(Account.name)))


def contacts(store) -> list[Contact]:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return list(session.scalars(select(Contact).order_by(Contact.name)))


def outbox_count(store) -> int:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


@pytest.fixture
def booked(store):  # type: ignore[no-untyped-def]
    """A store that already holds an account with a contact."""
    with store.unit_of_work() as session:
        account = Account(name="深圳市华达精密制造有限公司", industry="制造", phones=[])
        session.add(account)
        session.flush()
        session.add(
            Contact(
                account_id=account.id,
                name="张伟",
                phones=["+8613800138000"],
                email="",
                title="采购经理",
            )
        )
    return store


# --- mapping ----------------------------------------------------------------------------


def test_template_headers_map_in_both_languages():
    for headers in TEMPLATE_HEADERS.values():
        mapping = guess_mapping(list(headers))
        assert [mapping[i] for i in range(len(headers))] == list(TEMPLATE_FIELDS)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("公司名称", "account"),
        ("客户", "account"),
        (" Account ", "account"),
        ("ACCOUNT_PHONE", "account_phone"),
        ("Account Phone", "account_phone"),
        ("姓名", "contact"),
        ("电话号码", "phone"),
        ("手机号", "phone"),
        ("E-mail", "email"),
        ("Email", "email"),
        ("工作时间（09:00-18:00）", "work_hours"),
        ("生日*", "birthday"),
        ("客户类型", "class"),
        ("大客户类别", "category"),
    ],
)
def test_headers_are_recognised_without_case_spaces_or_hints(header, field):
    assert guess_mapping([header]) == {0: field}


def test_unknown_and_repeated_headers_stay_unmapped():
    headers = ["客户名称", "来源渠道", "公司名称", ""]
    mapping = guess_mapping(headers)
    assert mapping == {0: "account"}
    assert unmapped_headers(headers, mapping) == ["来源渠道", "公司名称"]


def test_a_mapping_without_an_account_column_is_refused(store, tmp_path):
    path = write(tmp_path, "x.csv", "姓名,手机\n张伟,13800138000\n")
    table = read_table(path)
    with store.reading() as session, pytest.raises(InvalidInput) as caught:
        plan_import(session, table, guess_mapping(table.headers))
    assert "No column holds the account name" in caught.value.reason


def test_an_explicit_mapping_reads_other_headers(store, tmp_path):
    path = write(tmp_path, "x.csv", "单位全名,负责人,移动号\n蓝海科技,王芳,13900139000\n")
    plan, _ = run_import(store, path, {0: "account", 1: "contact", 2: "phone"})
    assert plan.problems == ()
    assert [c.phones for c in contacts(store)] == [["+8613900139000"]]


# --- CSV ----------------------------------------------------------------------------------


def test_the_template_imports_cleanly_in_both_languages(store, tmp_path):
    for language in ("zh_CN", "en"):
        path = write(tmp_path, f"template-{language}.csv", template_csv(language))
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        plan, result = run_import(store, path)
        assert plan.problems == (), language
        assert result.counts["contact"].created == 1
    stored = contacts(store)
    assert {c.personality for c in stored} == {"driver"}
    assert {c.known_to_rep for c in stored} == {True}
    assert {tuple(c.phones) for c in stored} == {("+8613800138000",)}
    assert {(c.work_start, c.work_end, c.lunch_start, c.lunch_end) for c in stored} == {
        ("09:00", "18:00", "12:00", "13:30")
    }
    assert {a.category for a in accounts(store)} == {"industry"}
    assert {a.lifecycle_class for a in accounts(store)} == {"loyal"}


def test_utf8_with_bom(store, tmp_path):
    path = write(tmp_path, "bom.csv", "\ufeff" + HEADER_ZH + "\n华达精密,张伟,13800138000,,\n")
    table = read_table(path)
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "客户名称"
    plan, _ = run_import(store, path)
    assert plan.counts["account"].created == 1


def test_gbk_csv(store, tmp_path):
    path = write(
        tmp_path, "gbk.csv", HEADER_ZH + "\n广州蓝天物流有限公司,李娜,13900139000,,老客户\n", "gbk"
    )
    table = read_table(path)
    assert table.encoding == "gb18030"
    run_import(store, path)
    assert [a.name for a in accounts(store)] == ["广州蓝天物流有限公司"]
    assert [c.notes for c in contacts(store)] == ["老客户"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_sniffed(store, tmp_path, delimiter):
    text = (
        delimiter.join(["客户名称", "联系人", "备注"])
        + "\n"
        + delimiter.join(["华达精密", "张伟", '"有逗号, 分号; 的备注"'])
        + "\n"
    )
    path = write(tmp_path, "d.csv", text)
    plan, _ = run_import(store, path)
    assert plan.problems == ()
    assert [c.notes for c in contacts(store)] == ["有逗号, 分号; 的备注"]


def test_an_empty_file_is_reported(store, tmp_path):
    before = snapshot(store)
    for content in (b"", b"\xef\xbb\xbf", b"\r\n \r\n"):
        path = write(tmp_path, "empty.csv", content)
        with pytest.raises(InvalidInput) as caught:
            read_table(path)
        assert caught.value.reason == "The file is empty."
    assert snapshot(store) == before


def test_a_binary_file_named_csv_is_not_a_csv_file(booked, tmp_path):
    before = snapshot(booked)
    zip_path = tmp_path / "real.zip"
    with zipfile.ZipFile(zip_path, "w") as archive:
        archive.writestr("a.txt", "hello" * 100)
    for content in (zip_path.read_bytes(), bytes(range(256)) * 10, b"\x89PNG\r\n\x1a\n\x00\x00"):
        path = write(tmp_path, "fake.csv", content)
        with pytest.raises(InvalidInput) as caught:
            read_table(path)
        assert caught.value.reason.startswith("This is not a CSV file")
    assert snapshot(booked) == before


def test_a_missing_file_and_unknown_types_are_reported(tmp_path):
    with pytest.raises(InvalidInput, match="There is no such file"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(InvalidInput, match=r"Unknown file type \.pdf"):
        read_table(write(tmp_path, "x.pdf", "a"))
    with pytest.raises(InvalidInput, match=r"old Excel file \(\.xls\)"):
        read_table(write(tmp_path, "x.xls", "a"))


def test_rows_with_another_number_of_cells_are_bad_rows_and_the_rest_go_in(store, tmp_path):
    path = write(
        tmp_path,
        "cells.csv",
        "客户名称,联系人,手机\n"
        "华达精密,张伟,13800138000\n"
        "蓝海科技,王芳\n"
        "天宇物流,李娜,13900139000,多出来的\n"
        "恒信咨询,赵敏,13700137000,,\n",
    )
    plan, result = run_import(store, path)
    assert [(p.row, p.column, p.reason) for p in plan.problems] == [
        (3, "", "The row has 2 cells; the header has 3."),
        (4, "", "The row has 4 cells; the header has 3."),
    ]
    assert plan.rows == 4 and plan.rows_bad == 2
    assert result.counts["account"].created == 2  # trailing empty cells are tolerated
    assert [a.name for a in accounts(store)] == ["华达精密", "恒信咨询"]


def test_each_bad_cell_is_reported_with_its_row_column_and_reason(store, tmp_path):
    path = write(
        tmp_path,
        "bad.csv",
        "客户名称,联系人,手机,邮箱,工作时间,时区,是否认识,性格类型,大客户类别,生日\n"
        "华达精密,张伟,13800138000,zw@huada.com,09:00-18:00,Asia/Shanghai,是,结果型,行业大客户,1985-08-12\n"
        "华达精密,李娜,1380013800,not-mail,18:00-09:00,Mars/Base,也许,超人型,大大客户,1985-02-30\n",
    )
    plan, result = run_import(store, path)
    reasons = {p.column: p.reason for p in plan.problems if p.row == 3}
    assert reasons == {
        "手机": "1380013800 is not a valid phone number.",
        "邮箱": "not-mail is not an e-mail address.",
        "工作时间": "In 18:00-09:00 the end must come after the start.",
        "时区": "Mars/Base is not a time zone (use a name like Asia/Shanghai).",
        "是否认识": "也许 is not yes or no (是/否).",
        "性格类型": "超人型 is not a personality style; use actor, driver, professor or amiable.",
        "大客户类别": "大大客户 is not a key-account category; use industry, regional or potential.",
        "生日": "1985-02-30 is not a day of the calendar.",
    }
    assert result.counts["contact"].created == 1
    assert [c.name for c in contacts(store)] == ["张伟"]


def test_enumerated_values_take_codes_english_and_chinese_words(store, tmp_path):
    rows = [
        ("行业大客户", "忠诚型", "演员型", "是"),
        ("regional", "Fast-growing", "driver", "no"),
        ("潜力大客户", "睡眠型", "教授型", "Y"),
        ("Industry", "值得培养", "老好人", "0"),
        ("区域大客户", "worth_cultivating", "Amiable", "true"),
        ("potential", "值得培养型", "PROFESSOR", "否"),
    ]
    text = "客户名称,大客户类别,客户类型,联系人,性格类型,是否认识\n" + "".join(
        f"客户{i},{c},{k},人{i},{p},{y}\n" for i, (c, k, p, y) in enumerate(rows)
    )
    plan, _ = run_import(store, write(tmp_path, "e.csv", text))
    assert plan.problems == ()
    by_name = {a.name: a for a in accounts(store)}
    assert [by_name[f"客户{i}"].category for i in range(6)] == [
        "industry", "regional", "potential", "industry", "regional", "potential",
    ]  # fmt: skip
    assert [by_name[f"客户{i}"].lifecycle_class for i in range(6)] == [
        "loyal", "fast_growing", "sleeping", "worth_cultivating", "worth_cultivating",
        "worth_cultivating",
    ]  # fmt: skip
    people = {c.name: c for c in contacts(store)}
    assert [people[f"人{i}"].personality for i in range(6)] == [
        "actor", "driver", "professor", "amiable", "amiable", "professor",
    ]  # fmt: skip
    assert [people[f"人{i}"].known_to_rep for i in range(6)] == [
        True, False, True, False, True, False,
    ]  # fmt: skip


def test_a_one_megabyte_note_is_kept_and_a_longer_one_refused_without_storing_it(booked, tmp_path):
    note = "备" * (1024 * 1024 // 3)  # 1,048,575 bytes of UTF-8: within 1 MiB
    path = write(tmp_path, "long.csv", f"客户名称,联系人,备注\n新客户,新人,{note}\n")
    plan, _ = run_import(booked, path)
    assert plan.problems == ()
    assert next(c.notes for c in contacts(booked) if c.name == "新人") == note

    before = snapshot(booked)
    longer = note + "备注"
    path = write(tmp_path, "longer.csv", f"客户名称,联系人,备注\n又一个客户,又一人,{longer}\n")
    plan, result = run_import(booked, path)
    assert [(p.row, p.column, p.reason) for p in plan.problems] == [
        (2, "备注", "The text takes 1,048,581 bytes; at most 1,048,576 (1 MB) are allowed.")
    ]
    assert result.rows_imported == 0
    assert snapshot(booked) == before


def test_overlong_one_line_fields_are_refused(store, tmp_path):
    path = write(tmp_path, "wide.csv", f"客户名称,简称,地址\n华达,{'简' * 201},{'址' * 1000}\n")
    plan, _ = run_import(store, path)
    assert [(p.column, p.reason) for p in plan.problems] == [
        ("简称", "The text has 201 characters; at most 200 are allowed.")
    ]


def test_control_characters_are_dropped(store, tmp_path):
    path = write(
        tmp_path,
        "ctl.csv",
        '客户名称,联系人,备注\n华达\x07精密\x1b,张\x00伟,"第一行\x0b\n第二行\t完"\n',
    )
    # NUL in a CSV makes it binary; without it the control characters are dropped.
    with pytest.raises(InvalidInput, match="not a CSV file"):
        read_table(path)
    path.write_bytes(path.read_bytes().replace(b"\x00", b"\x01"))
    plan, _ = run_import(store, path)
    assert plan.problems == ()
    assert [a.name for a in accounts(store)] == ["华达精密"]
    assert [(c.name, c.notes) for c in contacts(store)] == [("张伟", "第一行\n第二行\t完")]


def test_emoji_and_cjk_beyond_the_bmp_are_kept(store, tmp_path):
    path = write(
        tmp_path,
        "wide.csv",
        "客户名称,联系人,备注\n𠀀𪚥科技🚀有限公司,𪚥𠀀先生,喜欢🍵和𠀀字\n𠀀𪚥科技🚀有限公司,另一位,\n",
    )
    plan, _ = run_import(store, path)
    assert plan.problems == ()
    assert plan.counts["account"].created == 1
    assert [a.name for a in accounts(store)] == ["𠀀𪚥科技🚀有限公司"]
    assert {c.name: c.notes for c in contacts(store)} == {"𪚥𠀀先生": "喜欢🍵和𠀀字", "另一位": ""}


def test_a_title_row_above_the_header_is_skipped(store, tmp_path):
    path = write(
        tmp_path, "title.csv", "2026年客户名单,,\n客户名称,联系人,手机\n华达精密,张伟,13800138000\n"
    )
    table = read_table(path)
    assert table.headers == ["客户名称", "联系人", "手机"]
    assert table.notes == ["Row 1 above the header was skipped."]
    plan, _ = run_import(store, path)
    assert plan.problems == () and plan.preview[0].row == 3


def test_a_row_without_an_account_name_is_bad(store, tmp_path):
    path = write(tmp_path, "noacc.csv", "客户名称,联系人,手机,来源\n,张伟,13800138000,\n,,,展会\n")
    plan, _ = run_import(store, path)
    assert [(p.row, p.column, p.reason) for p in plan.problems] == [
        (2, "客户名称", "A name is required."),
        (3, "客户名称", "A name is required."),
    ]


def test_contact_details_without_a_contact_name_are_a_bad_row(store, tmp_path):
    path = write(tmp_path, "nocontact.csv", "客户名称,联系人,手机\n华达精密,,13800138000\n")
    plan, _ = run_import(store, path)
    assert [(p.column, p.reason) for p in plan.problems] == [
        ("联系人", "The row has contact details but no contact name.")
    ]


def test_a_row_without_a_contact_adds_the_account_with_its_notes(store, tmp_path):
    path = write(tmp_path, "acc.csv", "客户名称,联系人,备注\n华达精密,,年底续签\n")
    run_import(store, path)
    assert [(a.name, a.notes) for a in accounts(store)] == [("华达精密", "年底续签")]
    assert contacts(store) == []


def test_a_csv_injection_guard_is_taken_off(store, tmp_path):
    path = write(tmp_path, "guard.csv", "客户名称,联系人,备注\n华达精密,张伟,'=1+1\n")
    run_import(store, path)
    assert [c.notes for c in contacts(store)] == ["=1+1"]


# --- duplicates and re-import ----------------------------------------------------------------


def test_rows_of_one_account_and_duplicate_names_form_one_account(store, tmp_path):
    path = write(
        tmp_path,
        "dups.csv",
        "客户名称,行业,联系人,手机,邮箱\n"
        "华达（深圳）精密 有限公司,制造,张伟,13800138000,\n"
        "华达(深圳)精密  有限公司,,张伟,+86 138 0013 8000,zw@huada.com\n"
        "ACME Trading,,Tom,,\n"
        "acme trading,,tom,,\n"
        "华达(深圳)精密有限公司,IT,张伟,13900139000,\n",
    )
    plan, result = run_import(store, path)
    assert plan.problems == ()
    assert result.counts["account"].created == 3
    names = {a.name for a in accounts(store)}
    assert names == {"华达（深圳）精密 有限公司", "ACME Trading", "华达(深圳)精密有限公司"}
    huada = next(a for a in accounts(store) if a.name == "华达（深圳）精密 有限公司")
    assert huada.industry == "制造"
    people = contacts(store)
    assert len(people) == 3  # 张伟 (merged from two rows), Tom, and the other 张伟
    merged = next(c for c in people if c.account_id == huada.id)
    assert (merged.phones, merged.email) == (["+8613800138000"], "zw@huada.com")
    actions = [(r.account_action, r.contact_action) for r in plan.preview]
    assert actions == [
        ("create", "create"),
        ("merge", "merge"),
        ("create", "create"),
        ("merge", "merge"),
        ("create", "create"),
    ]


def test_the_same_name_with_other_phones_is_another_person(booked, tmp_path):
    path = write(
        tmp_path,
        "two.csv",
        "客户名称,联系人,手机\n深圳市华达精密制造有限公司,张伟,13900139000\n",
    )
    plan, _ = run_import(booked, path)
    assert plan.counts["contact"].created == 1
    assert sorted(tuple(c.phones) for c in contacts(booked)) == [
        ("+8613800138000",),
        ("+8613900139000",),
    ]


def test_reimporting_the_same_file_creates_nothing_and_writes_no_outbox_entry(store, tmp_path):
    path = write(tmp_path, "again.csv", template_csv("zh_CN"))
    run_import(store, path)
    before = snapshot(store)
    plan, result = run_import(store, path)
    assert result.counts["account"] == result.counts["account"].__class__(0, 0, 1)
    assert result.counts["contact"].unchanged == 1
    assert plan.kept == ()
    assert snapshot(store) == before


def test_a_match_fills_empty_fields_only_and_reports_what_it_kept(booked, tmp_path):
    path = write(
        tmp_path,
        "fill.csv",
        "客户名称,行业,区域,联系人,手机,职务,邮箱,是否认识\n"
        "深圳市华达精密制造有限公司,IT,华南,张伟,138 0013 8000;13900139000,总经理,zw@huada.com,否\n",
    )
    outbox_before = outbox_count(booked)
    plan, result = run_import(booked, path)
    assert result.counts["account"].updated == 1
    assert result.counts["contact"].updated == 1
    (account,) = accounts(booked)
    assert (account.industry, account.region) == ("制造", "华南")
    (person,) = contacts(booked)
    assert person.title == "采购经理"
    assert person.email == "zw@huada.com"
    assert person.phones == ["+8613800138000", "+8613900139000"]
    assert person.known_to_rep is False
    assert [(k.row, k.column, k.kept, k.ignored) for k in plan.kept] == [
        (2, "行业", "制造", "IT"),
        (2, "职务", "采购经理", "总经理"),
    ]
    # The rows were never synced, so capture folds the changes into their pending upserts.
    assert outbox_count(booked) == outbox_before
    with booked.reading() as session:
        assert replay_outbox(session) == visible_state(session)


def test_a_tombstoned_account_is_not_matched(booked, tmp_path):
    with booked.unit_of_work() as session:
        for account in session.scalars(select(Account)):
            account.deleted = True
    path = write(tmp_path, "t.csv", "客户名称\n深圳市华达精密制造有限公司\n")
    plan, _ = run_import(booked, path)
    assert plan.counts["account"].created == 1


def test_apply_respects_what_changed_since_the_plan(booked, tmp_path):
    path = write(tmp_path, "later.csv", "客户名称,区域\n深圳市华达精密制造有限公司,华南\n")
    table = read_table(path)
    with booked.reading() as session:
        plan = plan_import(session, table)
    assert plan.counts["account"].updated == 1
    with booked.unit_of_work() as session:
        session.scalars(select(Account)).one().region = "华东"
    with booked.unit_of_work() as session:
        result = apply_import(session, plan)
    assert result.counts["account"].unchanged == 1
    assert [k.kept for k in result.kept] == ["华东"]
    assert accounts(booked)[0].region == "华东"


def test_a_write_between_plan_and_apply_in_one_transaction_is_respected(booked, tmp_path):
    path = write(tmp_path, "same.csv", "客户名称,区域\n深圳市华达精密制造有限公司,华南\n")
    table = read_table(path)
    with booked.unit_of_work() as session:
        plan = plan_import(session, table)
        session.scalars(select(Account)).one().region = "华东"
        result = apply_import(session, plan)
    assert result.counts["account"].unchanged == 1
    assert accounts(booked)[0].region == "华东"


def test_a_dry_run_writes_nothing(booked, tmp_path):
    before = snapshot(booked)
    path = write(tmp_path, "dry.csv", template_csv("zh_CN"))
    with booked.reading() as session:
        plan = plan_import(session, read_table(path))
    assert plan.counts["account"].updated == 1  # the template's example is the booked account
    assert plan.counts["contact"].updated == 1
    assert snapshot(booked) == before


def test_cancel_leaves_nothing_behind(booked, tmp_path, monkeypatch):
    from kamdesk.services import importing

    monkeypatch.setattr(importing, "BATCH", 5)
    before = snapshot(booked)
    text = "客户名称,联系人\n" + "".join(f"客户{i},联系人{i}\n" for i in range(40))
    path = write(tmp_path, "many.csv", text)
    token = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, message: str = "") -> None:
        seen.append((done, total))
        if done >= 10 and total == 80:
            token.cancel()

    table = read_table(path)
    with pytest.raises(Cancelled), booked.unit_of_work() as session:
        plan = plan_import(session, table)
        apply_import(session, plan, progress=progress, cancel=token)
    assert (10, 80) in seen
    assert snapshot(booked) == before


# --- XLSX -----------------------------------------------------------------------------------


def make_workbook(path: Path, build) -> Path:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    workbook = Workbook()
    build(workbook)
    workbook.save(path)
    return path


def test_xlsx_values_formulas_and_merged_cells(store, tmp_path):
    from datetime import datetime

    def build(workbook) -> None:  # type: ignore[no-untyped-def]
        notes = workbook.active
        notes.title = "说明"
        notes["A1"] = "填写说明：每行一个联系人"
        sheet = workbook.create_sheet("客户")
        sheet.append(["客户名称", "联系人", "手机", "生日", "备注"])
        sheet.append(["华达精密", "张伟", 13800138000, datetime(1985, 8, 12), "=1+1"])
        sheet.append(["蓝海科技", "王芳", 13900139000, None, "正常"])
        sheet.append([None, "李娜", 13700137000, None, None])
        sheet.append(["天宇物流", "赵敏", "=A2&B2", None, None])
        sheet.append(["恒信咨询", "周杰", 13600136000, None, "=SUM(1,2)"])
        sheet.merge_cells("A3:A4")

    path = make_workbook(tmp_path / "book.xlsx", build)
    # Give the formula in E6 a saved value, as Excel would have.
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    sheet_xml = next(name for name in files if name.endswith("sheet2.xml"))
    files[sheet_xml] = (
        files[sheet_xml]
        .replace(b"<f>SUM(1,2)</f><v></v>", b"<f>SUM(1,2)</f><v>3</v>")
        .replace(b"<f>SUM(1,2)</f><v />", b"<f>SUM(1,2)</f><v>3</v>")
    )
    assert b"<v>3</v>" in files[sheet_xml]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)

    table = read_table(path)
    assert table.source == "xlsx" and table.headers[0] == "客户名称"
    plan, _ = run_import(store, path)
    assert [(p.row, p.column, p.reason) for p in plan.problems] == [
        (
            2,
            "备注",
            "The formula =1+1 has no saved value; open the file in Excel, save it and import it again.",
        ),
        (
            4,
            "客户名称",
            "The account name is empty: the cell is part of the merged cells A3:A4, whose value is only in their first row. Unmerge them and fill every row.",
        ),
        (
            5,
            "手机",
            "The formula =A2&B2 has no saved value; open the file in Excel, save it and import it again.",
        ),
    ]
    people = {c.name: c for c in contacts(store)}
    assert set(people) == {"王芳", "周杰"}
    assert people["王芳"].phones == ["+8613900139000"]
    assert people["周杰"].notes == "3"


def test_xlsx_dates_numbers_and_error_values(store, tmp_path):
    from datetime import datetime, time

    def build(workbook) -> None:  # type: ignore[no-untyped-def]
        sheet = workbook.active
        sheet.append(["客户名称", "联系人", "手机", "生日", "是否认识", "备注"])
        sheet.append(["华达精密", "张伟", 13800138000.0, datetime(1985, 8, 12), True, time(9, 30)])
        sheet.append(["蓝海科技", "王芳", 13900139000, None, False, "#DIV/0!"])

    path = make_workbook(tmp_path / "types.xlsx", build)
    plan, _ = run_import(store, path)
    assert [(p.row, p.column, p.reason) for p in plan.problems] == [
        (3, "备注", "The cell holds the error #DIV/0!.")
    ]
    (person,) = contacts(store)
    assert (person.phones, person.birthday, person.known_to_rep, person.notes) == (
        ["+8613800138000"],
        "1985-08-12",
        True,
        "09:30",
    )


def test_a_file_named_xlsx_that_is_not_a_workbook_is_reported(store, tmp_path):
    before = snapshot(store)
    for content in (b"not a zip at all", b"PK\x03\x04broken"):
        with pytest.raises(InvalidInput) as caught:
            read_table(write(tmp_path, "fake.xlsx", content))
        assert caught.value.reason == "This is not an Excel workbook (.xlsx)."
    assert snapshot(store) == before


# --- vCard ------------------------------------------------------------------------------------

VCARD_3 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:张;伟;;;\r\n"
    "FN:张伟\r\n"
    "ORG:深圳市华达精密制造有限公司;采购部\r\n"
    "TITLE:采购经理\r\n"
    "TEL;TYPE=CELL,VOICE:138 0013 8000\r\n"
    "TEL;TYPE=WORK:0755-8888 1234\r\n"
    "TEL;TYPE=FAX:0755-8888 1235\r\n"
    "EMAIL;TYPE=INTERNET:zw@qq.com\r\n"
    "EMAIL;TYPE=INTERNET,PREF:zhangwei@huada.com.cn\r\n"
    "NOTE:第一行\\n第二行\\, 逗号\\; 分号 \\\\ 反斜杠。这一行很长，需要折\r\n"
    " 行，折行之后继续\r\n"
    "BDAY:1985-08-12\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:没有公司的人\r\n"
    "TEL:13700137000\r\n"
    "END:VCARD\r\n"
)

VCARD_4 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:David Wang\n"
    "N:Wang;David;;;\n"
    "ORG:Acme Trading (Shanghai) Co.\\, Ltd.\n"
    'TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+86-139-0013-9000\n'
    "TEL;VALUE=uri;TYPE=work:tel:+86-21-5555-1234;ext=8021\n"
    "EMAIL:david.wang@ACME.CN\n"
    "BDAY:--0812\n"
    "NOTE:Line one\\nLine two is long and folded\n"
    "  here: the first space of this line is the fold\n"
    "item1.ADR;TYPE=work:;;88 Keji Road;Shanghai;;200000;China\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "N:;;;;\n"
    "ORG:Acme Trading (Shanghai) Co.\\, Ltd.\n"
    "FN:Lily Chen\n"
    "BDAY:19900101\n"
)


def test_vcard_3_with_folded_lines_escapes_and_a_card_without_organisation(store, tmp_path):
    path = write(tmp_path, "phone.vcf", VCARD_3)
    table = read_table(path)
    assert table.source == "vcard"
    assert table.notes == ["The card at line 1 has 2 e-mail addresses; the first was taken."]
    plan, _ = run_import(store, path)
    assert [(p.row, p.column, p.reason) for p in plan.problems] == [
        (
            16,
            "ORG",
            "The card has no organisation (ORG); kamdesk files every contact under an account.",
        )
    ]
    (account,) = accounts(store)
    assert account.name == "深圳市华达精密制造有限公司"
    (person,) = contacts(store)
    assert (person.name, person.title, person.department) == ("张伟", "采购经理", "采购部")
    assert person.phones == ["+8613800138000", "+8675588881234"]
    assert person.email == "zhangwei@huada.com.cn"
    assert person.birthday == "1985-08-12"
    assert (
        person.notes == "第一行\n第二行, 逗号; 分号 \\ 反斜杠。这一行很长，需要折行，折行之后继续"
    )


def test_vcard_4_with_uris_and_a_card_that_does_not_end(store, tmp_path):
    path = write(tmp_path, "export.vcf", VCARD_4)
    plan, _ = run_import(store, path)
    assert [(p.row, p.reason) for p in plan.problems] == [
        (14, "The card does not end (END:VCARD is missing).")
    ]
    (account,) = accounts(store)
    assert account.name == "Acme Trading (Shanghai) Co., Ltd."
    assert account.address == "88 Keji Road, Shanghai, 200000, China"
    (person,) = contacts(store)
    assert person.name == "David Wang"
    assert person.phones == ["+8613900139000", "+862155551234;ext=8021"]
    assert person.email == "david.wang@acme.cn"
    assert (person.birthday, person.birthday_calendar) == ("--08-12", "solar")
    assert (
        person.notes
        == "Line one\nLine two is long and folded here: the first space of this line is the fold"
    )


def test_vcard_2_1_quoted_printable_in_its_charset(store, tmp_path):
    name = "王芳".encode("gbk")
    quoted = "".join(f"={b:02X}" for b in name)
    org = "".join(f"={b:02X}" for b in "蓝海科技".encode())
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"FN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:{quoted}\r\n"
        f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{org[:12]}=\r\n{org[12:]}\r\n"
        "TEL;CELL;VOICE:13900139000\r\n"
        "END:VCARD\r\n"
    )
    plan, _ = run_import(store, write(tmp_path, "old.vcf", text))
    assert plan.problems == ()
    assert [(c.name, c.phones) for c in contacts(store)] == [("王芳", ["+8613900139000"])]
    assert [a.name for a in accounts(store)] == ["蓝海科技"]


def test_a_file_without_vcards_is_reported(tmp_path):
    with pytest.raises(InvalidInput, match="The file holds no vCard"):
        read_table(write(tmp_path, "none.vcf", "hello\nworld\n"))
    with pytest.raises(InvalidInput, match="This is not a vCard file"):
        read_table(write(tmp_path, "bin.vcf", b"\x00\x01\x02BEGIN:VCARD"))


def test_reimporting_a_vcard_changes_nothing(store, tmp_path):
    path = write(tmp_path, "again.vcf", VCARD_3)
    run_import(store, path)
    before = snapshot(store)
    plan, _ = run_import(store, path)
    assert plan.counts["contact"].unchanged == 1
    assert snapshot(store) == before


# --- fuzzing -----------------------------------------------------------------------------------


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=500).map(lambda t: t.encode("utf-8")),
        st.lists(
            st.lists(st.sampled_from(["客户名称", "联系人", "手机", "x", "", '"', "1380013", ";"])),
            max_size=6,
        ).map(lambda rows: "\n".join(",".join(r) for r in rows).encode("gb18030")),
    )
)
def test_random_bytes_as_csv_never_raise_anything_but_a_kamdesk_error(store, tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        table = read_table(path)
        with store.unit_of_work() as session:
            plan = plan_import(session, table)
            apply_import(session, plan)
    except KamdeskError as exc:
        assert exc.message()


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # an English export of accounts with their contacts
        (
            ["name", "short_name", "region", "contact_name", "contact_title", "contact_phone"],
            ["account", "short_name", "region", "contact", "title", "phone"],
        ),
        (["Name", "Region", "Address"], ["account", "region", "address"]),  # accounts only
        (["Company", "Name", "Title", "Email"], ["account", "contact", "title", "email"]),
        (["name", "title", "mobile"], ["contact", "title", "phone"]),  # refused later: no account
        (
            ["联系人职务", "联系人手机", "公司名称", "联系人"],
            ["title", "phone", "account", "contact"],
        ),
    ],
)
def test_a_bare_name_column_names_what_the_others_leave(headers, expected):
    mapping = guess_mapping(headers)
    assert [mapping.get(i) for i in range(len(headers))] == expected


def test_columns_the_user_mapped_are_kept_and_the_rest_guessed_around_them():
    headers = ["name", "contact_name", "owner", "联系电话"]
    # "owner" is the contact here; "contact_name" is then the rep's note, say.
    mapping = guess_mapping(headers, {2: "contact", 1: None})
    assert mapping == {0: "account", 2: "contact", 3: "phone"}

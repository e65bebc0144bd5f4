"""The phone-invitation templates: shipped texts, the rep's edits, checks, rendering, references."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from kamdesk.models import Visit
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.phone_script import (
    PLACEHOLDERS,
    STEPS,
    ScriptFacts,
    TemplateRefused,
    check_text,
    edited_path,
    load_templates,
    pick_reference_customer,
    render,
    reset_templates,
    salutation,
    save_templates,
    shipped_templates,
)

NOW = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
FACTS = ScriptFacts(
    rep_name="张伟",
    company="深圳云启科技",
    offer="销售管理软件",
    contact_name="李娜",
    contact_title="采购经理",
    account_name="华为技术有限公司",
    industry="通信",
    reference_customer="中兴通讯",
    reference_result="销售周期缩短了三成",
)


def _texts(templates):  # type: ignore[no-untyped-def]
    return {language: dict(steps) for language, steps in templates.texts.items()}


def test_shipped_templates_have_three_valid_steps_in_both_languages() -> None:
    templates = shipped_templates()
    assert templates.id == "phone_invitation"
    assert templates.version == "2"
    for language in ("zh_CN", "en"):
        for step in STEPS:
            check_text(language, step, templates.text(language, step))


@pytest.mark.parametrize(
    ("name", "title", "spoken"),
    [
        ("胡飞", "研发经理", "胡经理"),
        ("王建国", "总经理", "王总"),
        ("李娜", "副总经理", "李总"),
        ("张伟", "董事长", "张董"),
        ("陈静", "采购总监", "陈总监"),
        ("欧阳娜娜", "办公室主任", "欧阳主任"),
        ("刘洋", "高级工程师", "刘工"),
        ("赵敏", "采购", "赵敏"),  # nothing to say after the surname: the full name
        ("周杰", "", "周杰"),
        ("David 王", "总经理", "David 王"),  # not a Chinese name: as it is written
    ],
)
def test_a_chinese_caller_says_surname_and_title(name, title, spoken) -> None:  # type: ignore[no-untyped-def]
    assert salutation(name, title) == spoken


def test_render_fills_profile_contact_and_reference_in_chinese() -> None:
    rendered = render(shipped_templates(), "zh_CN", FACTS)
    introduce, benefit, appointment = rendered.steps
    assert introduce.startswith("李经理您好！")  # 李娜, 采购经理: not her full name
    assert appointment.startswith("李经理，")
    assert "张伟" in introduce and "深圳云启科技" in introduce and "销售管理软件" in introduce
    assert "中兴通讯" in benefit and "销售周期缩短了三成" in benefit
    assert "华为技术有限公司" in appointment
    assert "{" not in "".join(rendered.steps)
    assert rendered.missing_profile == ()
    assert (rendered.script_id, rendered.script_version) == ("phone_invitation", "2")


def test_unknown_reference_takes_the_languages_fallback_words() -> None:
    facts = ScriptFacts(**{**FACTS.__dict__, "reference_customer": "", "reference_result": ""})
    benefit = render(shipped_templates(), "en", facts).steps[1]
    assert "one of our customers" in benefit
    assert "{" not in benefit


def test_missing_profile_is_reported_and_its_placeholder_left() -> None:
    facts = ScriptFacts(**{**FACTS.__dict__, "rep_name": "", "offer": " "})
    rendered = render(shipped_templates(), "en", facts)
    assert rendered.missing_profile == ("rep_name", "offer")
    assert "{rep_name}" in rendered.steps[0]


@pytest.mark.parametrize(
    ("text", "problem", "placeholder"),
    [
        ("我是{company}的{rep_name}，提供{offer}，{wechat}", "unknown", "wechat"),
        ("我是{company}的{rep_name}", "missing", "offer"),
        ("我是{company}的{rep_name}，提供{offer", "unbalanced", "{offer"),
        ("我是{company}的rep_name}，提供{offer}", "unbalanced", "的rep_name}"),
        ("{0} {company} {rep_name} {offer}", "unknown", "0"),
        ("   ", "empty", ""),
    ],
)
def test_a_bad_template_is_refused_naming_language_step_and_placeholder(
    text: str, problem: str, placeholder: str
) -> None:
    with pytest.raises(TemplateRefused) as refused:
        check_text("zh_CN", "introduce", text)
    assert refused.value.problem == problem
    assert refused.value.placeholder.endswith(placeholder)
    message = refused.value.message()
    assert message.startswith("Chinese, step 1 (Introduce yourself): ")
    if problem in ("unknown", "missing"):
        assert "{" + placeholder + "}" in message


def test_every_placeholder_is_accepted_in_every_step() -> None:
    text = " ".join("{" + name + "}" for name in PLACEHOLDERS)
    for step in STEPS:
        check_text("en", step, text)


def test_saved_edit_overrides_the_shipped_text_with_a_new_version(data_paths) -> None:  # type: ignore[no-untyped-def]
    texts = _texts(shipped_templates())
    texts["en"]["introduce"] = "Hi {contact_name}, {rep_name} of {company} here, about {offer}."
    saved = save_templates(data_paths, texts)
    assert saved.edited and saved.version == "2-r1"
    assert load_templates(data_paths).text("en", "introduce").startswith("Hi {contact_name}")
    assert save_templates(data_paths, texts).version == "2-r2"
    assert reset_templates(data_paths).version == "2"
    assert not edited_path(data_paths).exists()


def test_a_refused_edit_writes_nothing(data_paths) -> None:  # type: ignore[no-untyped-def]
    texts = _texts(shipped_templates())
    texts["en"]["benefit"] = "We helped {customer}."
    with pytest.raises(TemplateRefused) as refused:
        save_templates(data_paths, texts)
    assert refused.value.message().startswith("English, step 2 (State the benefit): ")
    assert not edited_path(data_paths).exists()


def test_a_broken_edited_copy_falls_back_to_the_shipped_texts(data_paths) -> None:  # type: ignore[no-untyped-def]
    path = edited_path(data_paths)
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"version": "9", "languages": {"en": {"benefit": "{nope}"}}}), "utf-8"
    )
    templates = load_templates(data_paths)
    assert not templates.edited
    assert "{nope}" in templates.problem
    assert templates.version == "2"


def _account(session, name, industry, tier=None):  # type: ignore[no-untyped-def]
    return create_account(session, AccountInput(name=name, industry=industry, tier=tier)).ids[0]


def _visit(session, account_id, days_ago, satisfaction, status="done", outcome=""):  # type: ignore[no-untyped-def]
    session.add(
        Visit(
            account_id=account_id,
            start=NOW - timedelta(days=days_ago),
            status=status,
            satisfaction=satisfaction,
            outcome=outcome,
        )
    )


def test_reference_customers_rank_by_tier_then_a_recent_good_visit(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        target = _account(session, "华为技术有限公司", "通信", "B")
        plain_a = _account(session, "大唐电信", "通信", "A")
        good_a = _account(session, "中兴通讯", "通信", "A")
        good_b = _account(session, "烽火通信", " 通信 ", "B")
        old_good_b = _account(session, "普天", "通信", "B")
        _account(session, "美的集团", "家电", "A")
        _visit(session, good_a, 10, 5, outcome="交付周期缩短了三成。\n细节见报告")
        _visit(session, good_b, 30, 4)
        _visit(session, old_good_b, 500, 5)
        _visit(session, plain_a, 5, 2)
        _visit(session, plain_a, 3, 5, status="planned")
    with store.reading() as session:
        found = pick_reference_customer(session, target, now=NOW)
    assert [ref.account_id for ref in found] == [good_a, plain_a, good_b, old_good_b]
    assert found[0].result == "交付周期缩短了三成"
    assert found[0].satisfaction == 5
    assert not found[1].recent_success


def test_an_account_without_industry_has_no_reference(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        target = _account(session, "华为技术有限公司", "")
        _account(session, "中兴通讯", "")
    with store.reading() as session:
        assert pick_reference_customer(session, target, now=NOW) == []

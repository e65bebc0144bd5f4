"""Conflicts in the rep's words (kamdesk.sync.describe), in English and in Chinese."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kamdesk.models import SYNCED_MODELS, Account, Contact, Visit
from kamdesk.models.capture import synced_columns
from kamdesk.sync import ConflictView
from kamdesk.sync.describe import (
    describe_conflict,
    entity_label,
    field_label,
    record_names,
    value_text,
)

FOUND = datetime(2026, 11, 27, 1, 42, tzinfo=UTC)  # 09:42 in Shanghai


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The rep's computer is in China: local time is UTC+8."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    """kamdesk's zh_CN catalogue installed (the conftest uninstalls it after the test)."""
    from kamdesk.ui.translations import install_translations

    install_translations(qapp, "zh_CN")
    return qapp


def _view(**values: object) -> ConflictView:
    base = ConflictView(
        conflict_id="c1",
        entity="account",
        row_id="a1",
        label="华达精密",
        field="region",
        kind="overwrite",
        current="华南",
        other="华东",
        other_user="li",
        mine_won=True,
        detected_at=FOUND,
        resolved_at=None,
        resolution=None,
        reason=None,
    )
    return replace(base, **values)  # type: ignore[arg-type]


def _every_field() -> list[tuple[str, str]]:
    return [(e, f) for e, model in SYNCED_MODELS.items() for f in synced_columns(model)]


def _has_latin(text: str) -> bool:
    return re.search(r"[A-Za-z]", text) is not None


def test_every_synced_field_of_every_synced_model_has_a_label_of_its_own() -> None:
    unnamed = [
        f"{entity}.{field}"
        for entity, field in _every_field()
        if field_label(entity, field) == field.replace("_", " ")
    ]
    assert unnamed == []
    assert all(entity_label(e) != e for e in SYNCED_MODELS)


def test_a_field_is_named_as_its_record_calls_it() -> None:
    assert field_label("contact", "title") == "Title"
    assert field_label("task", "title") == "What to do"
    assert field_label("visit", "outcome") == "Outcome"
    assert field_label("call", "outcome") == "How the call ended"
    assert field_label("account", "_row") == field_label("account", "*") == "(the whole record)"


def test_values_read_as_words_not_codes_or_json(shanghai: None) -> None:
    assert value_text("visit", "start", "2026-12-01T06:30:00+00:00") == "2026-12-01 14:30"
    assert value_text("task", "due", "2026-12-01T06:30:00Z") == "2026-12-01 14:30"
    assert value_text("contact", "known_to_rep", True) == "yes"
    assert value_text("contact", "keep_local", False) == "no"
    assert value_text("account", "phones", ["010 6552 8888", "138 0013 8000"]) == (
        "010 6552 8888, 138 0013 8000"
    )
    assert value_text("account", "lifecycle_class", "fast_growing") == "Fast-growing"
    assert value_text("visit", "status", "cancelled") == "Cancelled"
    assert value_text("call", "outcome", "no_answer") == "No answer"
    assert value_text("contact", "habitual_times", [["20:00", "21:00"]]) == "20:00–21:00"
    assert value_text("account", "region", "") == value_text("account", "tier", None) == "(empty)"
    assert value_text("call", "duration_seconds", 125) == "2 min 05 s"
    assert value_text("visit", "checklist", {"ticked": {"a": True, "b": True, "c": False}}) == (
        "2 ticked"
    )
    assert value_text("contact", "birthday", "1985-08-12") == "1985-08-12"


def test_a_whole_record_lists_its_filled_fields_with_their_labels(shanghai: None) -> None:
    row = {
        "name": "华达精密",
        "region": "华东",
        "phones": ["010 6552 8888"],
        "category": "industry",
        "website": "",
        "tier": None,
        "deleted": False,
        "created_at": "2026-11-01T00:00:00+00:00",
    }
    assert value_text("account", "_row", row) == (
        "Name: 华达精密; Region: 华东; Phones: 010 6552 8888; Category: Industry"
    )


def test_a_missing_whole_record_is_deleted_unless_the_hub_refused_it() -> None:
    assert value_text("contact", "_row", None, kind="edit_on_deleted") == "(deleted)"
    assert value_text("contact", "*", None, kind="rejected") == "(not on the hub)"


def test_references_show_the_names_of_the_records(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        account = Account(name="华达精密")
        session.add(account)
        session.flush()
        wang = Contact(account_id=account.id, name="王伟")
        zhao = Contact(account_id=account.id, name="赵敏")
        session.add_all([wang, zhao])
        session.flush()
        visit = Visit(
            account_id=account.id,
            contact_ids=[wang.id],
            start=datetime(2026, 12, 1, 6, 30, tzinfo=UTC),
        )
        session.add(visit)
        session.flush()
        ids = account.id, wang.id, zhao.id, visit.id
    account_id, wang_id, zhao_id, visit_id = ids
    views = [
        _view(entity="visit", row_id=visit_id, label="", field="contact_ids", current=[wang_id]),
        _view(
            entity="task",
            row_id="no-such-task",
            label="",
            field="_row",
            kind="edit_on_deleted",
            current=None,
            other={"account_id": account_id, "contact_id": zhao_id},
        ),
    ]
    with store.reading() as session:
        names = record_names(session, views)
    assert names[account_id] == "华达精密" and names[wang_id] == "王伟"
    assert value_text("visit", "contact_ids", [wang_id, zhao_id], names) == "王伟, 赵敏"
    assert describe_conflict(views[1], names).other == "Account: 华达精密; Contact: 赵敏"
    assert describe_conflict(views[0], names).record.startswith("Visit: 2026-12-01 ")
    # An id nobody can name is shortened, never shown whole.
    assert value_text("task", "visit_id", "0193abcd-0000-7000-8000-000000000000") == "0193abcd"


def test_a_conflict_says_what_whose_and_when(shanghai: None) -> None:
    text = describe_conflict(_view())
    assert (text.record, text.field, text.kind) == (
        "Account: 华达精密",
        "Region",
        "Edited on both sides",
    )
    assert (text.current, text.other) == ("华南", "华东")
    # Li's value is the one that lost here: the line says which value is whose.
    assert text.who_when == "li (other value), 2026-11-27 09:42"
    assert text.reason == "" and text.resolved == ""
    lost = describe_conflict(_view(mine_won=False, current="华东", other="华南"))
    assert lost.who_when == "li (current value), 2026-11-27 09:42"

    refused = describe_conflict(
        _view(kind="rejected", field="*", other_user=None, reason="not_owner", other={})
    )
    assert refused.who_when == "this computer, 2026-11-27 09:42"
    assert refused.reason == "only the owner of the account may change this"

    # An edit that lost to a delete, seen by its editor and by the one who deleted.
    edited = describe_conflict(_view(kind="edit_on_deleted", field="_row", mine_won=False))
    assert edited.kind == "Edited, but deleted elsewhere"
    deleted = describe_conflict(_view(kind="edit_on_deleted", field="_row", mine_won=True))
    assert deleted.kind == "Deleted here, but edited elsewhere"

    done = describe_conflict(
        _view(resolved_at=datetime(2026, 11, 27, 2, 0, tzinfo=UTC), resolution="use_other")
    )
    assert done.resolved == "2026-11-27 10:00, used the other value"


def test_in_chinese_every_word_is_chinese_except_the_reps_data(chinese, shanghai: None) -> None:  # type: ignore[no-untyped-def]
    # Every field of every record, each with a value that shows as words (codes, yes/no…).
    samples = {
        "category": "potential",
        "lifecycle_class": "sleeping",
        "milestone": "contract",
        "source": "referral",
        "decision_role": "decision_maker",
        "personality": "amiable",
        "scenario": "cold_visit",
        "calendar": "lunar",
        "birthday_calendar": "solar",
    }
    for entity, field in _every_field():
        label = field_label(entity, field)
        assert not _has_latin(label), f"{entity}.{field}: {label}"
        value = samples.get(field)
        if value is not None:
            shown = value_text(entity, field, value)
            assert not _has_latin(shown), f"{entity}.{field}={value}: {shown}"
    for entity in SYNCED_MODELS:
        assert not _has_latin(entity_label(entity)), entity
    assert value_text("visit", "status", "done") == "已完成"
    assert value_text("call", "outcome", "refused") == "没有兴趣"
    assert value_text("task", "kind", "promise") == "承诺"
    assert value_text("contact", "known_to_rep", True) == "是"

    text = describe_conflict(
        _view(
            entity="contact",
            label="赵敏",
            field="_row",
            kind="edit_on_deleted",
            current=None,
            other={"title": "财务经理", "phones": ["139 1111 2222", "010 6552 8888"]},
            mine_won=False,
        )
    )
    assert text.record == "联系人：赵敏"
    assert text.field == "（整条记录）"
    assert text.kind == "已在别处删除，但这里改过"
    assert text.current == "（已删除）"
    assert text.other == "职务：财务经理；电话：139 1111 2222、010 6552 8888"
    assert text.who_when == "li（当前值），2026-11-27 09:42"

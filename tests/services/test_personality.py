"""Personality: the content files, scoring and confidence, overrides, re-checks, storage, privacy."""

from __future__ import annotations

import copy
import json
import math
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.errors import InvalidInput, NotFound
from kamdesk.models import Call, Contact, Visit
from kamdesk.models.sync import OutboxEntry
from kamdesk.paths import resources_dir
from kamdesk.services import personality as p
from kamdesk.services.accounts import CODES, AccountInput, ValidationFailed, create_account
from kamdesk.services.contacts import ContactInput, create_contact, update_contact
from kamdesk.services.personality import Observation, ObservationSource
from kamdesk.settings import Settings, load_settings, save_settings

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

#: Weight-1 behaviours of each pole (so the examples' arithmetic is plain).
FAST = ("speaks_fast", "impatient_with_detail")
SLOW = ("measured_pace", "consults_others_first")
PEOPLE = ("personal_talk", "shows_feelings")
TASK = ("keeps_to_business", "reserved_manner")


def seen(*behaviours: str, at: datetime = T0, source: ObservationSource | None = None):
    return [Observation(b, True, at, source) for b in behaviours]


def not_seen(*behaviours: str, at: datetime = T0):
    return [Observation(b, False, at) for b in behaviours]


# --- content -------------------------------------------------------------------------


def test_the_shipped_content_loads_with_a_version_for_every_file():
    content = p.shipped_content()
    assert set(content.versions) == set(p.CONTENT_FILES)
    assert all(content.versions.values())


def _both(text: p.Bilingual) -> None:
    assert text.zh_CN.strip() and text.en.strip()
    assert text.zh_CN != text.en


def test_every_style_has_cues_and_handling_in_both_languages():
    content = p.shipped_content()
    assert set(content.styles) == set(CODES["personality"])
    for code, style in content.styles.items():
        assert p.STYLE_OF_POLES[(style.pace, style.orientation)] == code
        for text in (style.name, style.summary, style.decides, style.example):
            _both(text)
        for aspect in p.RECOGNISE_ASPECTS:
            assert style.recognise[aspect], (code, aspect)
            for text in style.recognise[aspect]:
                _both(text)
        for phase in p.HANDLE_PHASES:
            assert style.handle[phase], (code, phase)
            for text in style.handle[phase]:
                _both(text)
    # The manual: actor and driver decide fast, professor and amiable slowly.
    assert {c: s.decision_speed for c, s in content.styles.items()} == {
        "actor": "fast",
        "driver": "fast",
        "professor": "slow",
        "amiable": "slow",
    }


def test_every_pair_of_styles_has_its_own_hint_in_both_languages():
    hints = set()
    for rep in p.STYLES:
        for client in p.STYLES:
            for language in ("zh_CN", "en"):
                hint = p.pair_hint(rep, client, language)
                assert hint is not None and hint.text.strip()
                hints.add(hint.text)
    assert len(hints) == 32


def test_the_driver_meeting_an_amiable_client_is_told_to_slow_down_and_start_personal():
    hint = p.pair_hint("driver", "amiable", "en")
    assert hint is not None
    assert "slow down" in hint.text.lower() and "personal" in hint.text.lower()
    assert "放慢" in p.pair_hint("driver", "amiable", "zh_CN").text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("rep", "client"), [(None, "driver"), ("driver", "undecided"), ("x", "actor")]
)
def test_there_is_no_pair_hint_without_two_known_styles(rep, client):
    assert p.pair_hint(rep, client) is None


def test_every_objection_card_is_complete_in_both_languages_and_every_situation_has_one():
    content = p.shipped_content()
    assert {"price", "competitor", "no_time", "ask_boss", "have_supplier"} <= set(
        content.situations
    )
    covered = set()
    for card in content.cards:
        covered.update(card.situations)
        for text in (card.title, card.client_says, *card.behind, *card.steps):
            _both(text)
        if card.example:
            _both(card.example)
        for style, note in card.by_style.items():
            assert style in p.STYLES
            _both(note)
        assert card.keywords["zh_CN"] and card.keywords["en"]
    assert covered == set(content.situations)


def test_the_price_card_follows_the_manual_four_steps():
    (card,) = [c for c in p.objection_cards(["price"], language="en") if c.id == "price_question"]
    assert card.basis == "manual"
    assert len(card.steps) == 4
    assert "head-on" in card.steps[0]
    assert "behind" in card.steps[1]
    assert "company" in card.steps[3]


def test_every_account_class_has_its_strategy_in_both_languages():
    content = p.shipped_content()
    assert tuple(content.classes) == CODES["lifecycle_class"]
    for entry in content.classes.values():
        for text in (entry.name, entry.description, entry.strategy, *entry.actions):
            _both(text)
    assert "after-sales" in p.class_strategy("loyal", "en").strategy  # type: ignore[union-attr]
    assert "more people" in p.class_strategy("fast_growing", "en").strategy  # type: ignore[union-attr]
    assert "new need" in p.class_strategy("sleeping", "en").strategy  # type: ignore[union-attr]
    assert "informed" in p.class_strategy("worth_cultivating", "en").strategy  # type: ignore[union-attr]


@pytest.mark.parametrize("code", [None, "", "retired_class"])
def test_an_account_without_a_known_class_has_no_strategy(code):
    assert p.class_strategy(code) is None


def test_the_checklist_has_8_to_12_behaviours_covering_every_pole():
    items = p.assessment_checklist("zh_CN")
    assert 8 <= len(items) <= 12
    assert {(i.axis, i.pole) for i in items} == {
        ("pace", "fast"),
        ("pace", "slow"),
        ("orientation", "people"),
        ("orientation", "task"),
    }
    assert all(i.text and i.weight > 0 for i in items)
    assert len({i.id for i in items}) == len(items)


def _documents() -> dict[str, object]:
    folder = resources_dir() / "personality"
    return {
        name: json.loads((folder / name).read_text(encoding="utf-8")) for name in p.CONTENT_FILES
    }


def _drop(data: dict, *path: str | int) -> None:
    for key in path[:-1]:
        data = data[key]
    del data[path[-1]]


def _set(data: dict, value: object, *path: str | int) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


@pytest.mark.parametrize(
    ("file", "change", "place"),
    [
        ("styles.json", lambda d: _drop(d, "version"), "styles.json: version"),
        (
            "styles.json",
            lambda d: _drop(d, "styles", "driver", "handle", "closing"),
            "styles.json: styles.driver.handle.closing",
        ),
        (
            "styles.json",
            lambda d: _set(d, "", "styles", "professor", "recognise", "office", 0, "en"),
            "styles.json: styles.professor.recognise.office[0].en",
        ),
        (
            "styles.json",
            lambda d: _set(d, "slow", "styles", "actor", "pace"),
            "styles.json: styles.actor.orientation",
        ),
        (
            "pairs.json",
            lambda d: _drop(d, "pairs", "actor", "driver", "zh_CN"),
            "pairs.json: pairs.actor.driver.zh_CN",
        ),
        ("pairs.json", lambda d: _drop(d, "pairs", "amiable"), "pairs.json: pairs.amiable"),
        (
            "objections.json",
            lambda d: _set(d, ["bargain"], "cards", 0, "situations"),
            "objections.json: cards[0].situations[0]",
        ),
        (
            "objections.json",
            lambda d: _set(d, "competitor", "cards", 3, "id"),
            "objections.json: cards[3].id",
        ),
        (
            "objections.json",
            lambda d: _set(d, {"zh_CN": "x", "en": "y"}, "cards", 0, "by_style", "boss"),
            "objections.json: cards[0].by_style.boss",
        ),
        (
            "strategies.json",
            lambda d: _drop(d, "classes", "sleeping"),
            "strategies.json: classes.sleeping",
        ),
        (
            "assessment.json",
            lambda d: _set(d, "people", "behaviours", 3, "pole"),
            "assessment.json: behaviours[3].pole",
        ),
        (
            "assessment.json",
            lambda d: _set(d, d["behaviours"][:7], "behaviours"),
            "assessment.json: behaviours",
        ),
        (
            "assessment.json",
            lambda d: _set(d, 1.5, "rules", "high_from"),
            "assessment.json: rules.high_from",
        ),
    ],
)
def test_a_wrong_content_file_is_refused_naming_the_file_and_the_place(file, change, place):
    documents = _documents()
    changed = copy.deepcopy(documents[file])
    change(changed)
    documents[file] = changed
    with pytest.raises(InvalidInput) as raised:
        p.parse_content(documents)
    assert raised.value.where == place


def test_a_missing_or_broken_content_file_names_its_path(tmp_path):
    folder = tmp_path / "personality"
    shutil.copytree(resources_dir() / "personality", folder)
    (folder / "pairs.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidInput) as raised:
        p.load_content(folder)
    assert raised.value.where == str(folder / "pairs.json")
    assert "JSON" in raised.value.reason
    (folder / "pairs.json").unlink()
    with pytest.raises(InvalidInput) as raised:
        p.load_content(folder)
    assert raised.value.where == str(folder / "pairs.json")


def test_the_loaded_copy_equals_the_shipped_content(tmp_path):
    assert p.load_content(Path(resources_dir()) / "personality") == p.shipped_content()


# --- scoring and confidence ----------------------------------------------------------


def test_two_observations_give_a_style_with_low_confidence():
    assessment = p.assess(seen("speaks_fast", "keeps_to_business"))
    assert assessment.computed_style == "driver"
    assert assessment.confidence == pytest.approx(1 - math.exp(-0.5), abs=1e-3)  # 0.39
    assert assessment.level == "low"


def test_eight_consistent_observations_give_high_confidence():
    observations = seen(*FAST, *TASK) + not_seen(*SLOW, *PEOPLE)
    assessment = p.assess(observations)
    assert assessment.computed_style == "driver"
    # Per axis: two seen (mass 1 each) + two not seen (0.5 each) = 3; 1 - e^-1.5.
    assert assessment.confidence == pytest.approx(1 - math.exp(-1.5), abs=1e-3)
    assert assessment.level == "high"
    assert len(assessment.observations) == 8


def test_eight_observations_split_evenly_leave_the_style_undecided_with_low_confidence():
    observations = seen(*FAST, *SLOW, *PEOPLE, *TASK)
    assessment = p.assess(observations)
    assert assessment.computed_style == p.UNDECIDED
    assert assessment.undecided_axes == ("pace", "orientation")
    assert assessment.confidence == 0
    assert assessment.level == "low"


def test_two_consistent_observations_per_axis_give_medium_confidence():
    assessment = p.assess(seen(*SLOW, *PEOPLE))
    assert assessment.computed_style == "amiable"
    assert assessment.confidence == pytest.approx(1 - math.exp(-1), abs=1e-3)  # 0.63
    assert assessment.level == "medium"


def test_three_against_one_is_less_sure_than_four_against_none():
    mixed = p.assess(
        seen("speaks_fast", "impatient_with_detail", "decides_on_the_spot", "measured_pace", *TASK)
    )
    clean = p.assess(seen("speaks_fast", "impatient_with_detail", "decides_on_the_spot", *TASK))
    assert mixed.computed_style == clean.computed_style == "driver"
    pace = mixed.axis("pace")
    # (1 + 1 + 1.5 - 1) / (1 + 1 + 1.5 + 1)
    assert pace.lean == pytest.approx(2.5 / 4.5, abs=1e-3)
    assert mixed.axis("pace").confidence < clean.axis("pace").confidence


def test_an_axis_without_observations_leaves_the_style_undecided():
    assessment = p.assess(seen("speaks_fast", "decides_on_the_spot", "impatient_with_detail"))
    assert assessment.computed_style == p.UNDECIDED
    assert assessment.undecided_axes == ("orientation",)
    assert assessment.axis("pace").pole == "fast"
    assert assessment.confidence == 0


def test_a_nearly_balanced_axis_is_undecided():
    # pace lean (1.5 - 1 - 1) / 3.5 < 0.25 in size
    assessment = p.assess(seen("decides_on_the_spot", *SLOW, *TASK))
    assert abs(assessment.axis("pace").lean) < p.shipped_content().rules.balanced_below
    assert assessment.computed_style == p.UNDECIDED
    assert assessment.undecided_axes == ("pace",)


@pytest.mark.parametrize(
    ("pace", "focus", "style"),
    [
        (FAST, PEOPLE, "actor"),
        (FAST, TASK, "driver"),
        (SLOW, TASK, "professor"),
        (SLOW, PEOPLE, "amiable"),
    ],
)
def test_each_quadrant_gives_its_style(pace, focus, style):
    assert p.assess(seen(*pace, *focus)).computed_style == style


def test_behaviours_looked_for_and_not_seen_point_to_the_other_pole_at_half_weight():
    assessment = p.assess(not_seen(*FAST, *TASK))
    assert assessment.computed_style == "amiable"
    assert assessment.axis("pace").mass == pytest.approx(1.0)
    assert assessment.confidence < p.assess(seen(*SLOW, *PEOPLE)).confidence


def test_the_same_behaviour_seen_again_adds_evidence_but_at_most_double():
    once = p.assess(seen("speaks_fast", "keeps_to_business"))
    twice = p.assess(
        seen("speaks_fast", "keeps_to_business")
        + seen("speaks_fast", "keeps_to_business", at=T0 + timedelta(days=7))
    )
    often = p.assess(
        [
            observation
            for day in range(6)
            for observation in seen("speaks_fast", "keeps_to_business", at=T0 + timedelta(days=day))
        ]
    )
    assert twice.axis("pace").mass == pytest.approx(1.5)
    assert often.axis("pace").mass == pytest.approx(2.0)
    assert once.confidence < twice.confidence < often.confidence
    # One behaviour seen six times says no more than two behaviours seen once each.
    assert often.confidence == p.assess(seen(*FAST, *TASK)).confidence
    assert len(twice.observations) == 4


def test_a_behaviour_seen_once_and_missed_once_counts_a_little_for_its_pole():
    assessment = p.assess(
        seen("speaks_fast") + not_seen("speaks_fast", at=T0 + timedelta(days=1)) + seen(*TASK)
    )
    pace = assessment.axis("pace")
    assert pace.lean == pytest.approx(1 / 3, abs=1e-3)  # (1 - 0.5) / (1 + 0.5)
    assert pace.pole == "fast"


def test_an_unknown_behaviour_is_refused_naming_it():
    with pytest.raises(InvalidInput) as raised:
        p.assess([*seen("speaks_fast"), Observation("smiles", True, T0)])
    assert raised.value.where == "observations[1].behaviour"


def test_the_evidence_is_kept_oldest_first():
    later = seen("personal_talk", at=T0 + timedelta(days=3))
    earlier = seen("speaks_fast", at=T0)
    assessment = p.assess(later + earlier)
    assert [o.behaviour for o in assessment.observations] == ["speaks_fast", "personal_talk"]


# --- re-checks -----------------------------------------------------------------------


def _driver() -> p.Assessment:
    return p.assess(seen(*FAST, *TASK))


def test_a_recheck_is_asked_for_after_three_visits():
    assert not p.needs_recheck(_driver(), 2).needed
    recheck = p.needs_recheck(_driver(), 3)
    assert recheck.needed and recheck.reasons == (p.RECHECK_VISITS,)
    assert recheck.after_visits == 3


def test_a_recheck_is_asked_for_when_new_observations_disagree():
    new = seen("personal_talk", "shows_feelings", at=NOW)
    recheck = p.needs_recheck(_driver(), 0, new)
    assert recheck.reasons == (p.RECHECK_DISAGREEMENT,)
    assert recheck.disagreeing_axes == ("orientation",)
    assert {o.behaviour for o in recheck.disagreeing} == {"personal_talk", "shows_feelings"}


def test_new_observations_that_agree_or_say_too_little_ask_for_no_recheck():
    assert not p.needs_recheck(_driver(), 0, seen("speaks_fast", at=NOW)).needed
    # One behaviour looked for and not seen is half a unit of evidence.
    assert not p.needs_recheck(_driver(), 0, not_seen("keeps_to_business", at=NOW)).needed


def test_new_observations_are_compared_with_the_override_in_force():
    overridden = p.Assessment(**{**_driver().__dict__, "override": p.Override("amiable", "", T0)})
    recheck = p.needs_recheck(overridden, 0, seen(*FAST, at=NOW))
    assert recheck.disagreeing_axes == ("pace",)


# --- storage -------------------------------------------------------------------------


@pytest.fixture
def book(store):  # type: ignore[no-untyped-def]
    """华为 with 李娜 and 王总; a visit with 李娜 and a call with her; one with 王总."""
    with store.unit_of_work() as session:
        account = create_account(
            session, AccountInput(name="华为技术有限公司", lifecycle_class="loyal")
        )
        account_id = account.ids[0]
        li = create_contact(session, account_id, ContactInput(name="李娜")).ids[0]
        wang = create_contact(session, account_id, ContactInput(name="王总")).ids[0]
        visit = Visit(account_id=account_id, contact_ids=[li], start=T0, status="done")
        call = Call(account_id=account_id, contact_id=li, called_at=T0, outcome="appointment")
        wang_call = Call(account_id=account_id, contact_id=wang, called_at=T0, outcome="refused")
        session.add_all([visit, call, wang_call])
        session.flush()
        ids = {
            "account": account_id,
            "li": li,
            "wang": wang,
            "visit": visit.id,
            "call": call.id,
            "wang_call": wang_call.id,
        }
    return ids


def _record(store, contact_id, observations, **options):  # type: ignore[no-untyped-def]
    options.setdefault("now", NOW)
    with store.unit_of_work() as session:
        return p.record_observations(session, contact_id, observations, by="王小明", **options)


def _style(store, contact_id, now=NOW) -> p.StyleView:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return p.contact_style(session, contact_id, now=now)


def _contact(store, contact_id) -> Contact:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        return contact


def test_a_contact_without_observations_is_not_assessed_and_offers_an_assessment(store, book):
    view = _style(store, book["li"])
    assert view.status == "not_assessed"
    assert view.style is None and view.level == "none" and view.offer_assessment
    assert "Not assessed" in p.describe_style(view)


def test_recorded_observations_give_the_contact_a_style_with_its_evidence(store, book):
    at_visit = ObservationSource("visit", book["visit"])
    on_call = ObservationSource("call", book["call"])
    changed = _record(
        store,
        book["li"],
        seen(*FAST, source=at_visit) + seen(*TASK, source=on_call) + not_seen(*SLOW, *PEOPLE),
        checklist=True,
    )
    assert changed.ids == (book["li"],)
    assert changed.fields == {"personality", "personality_assessment"}
    contact = _contact(store, book["li"])
    assert contact.personality == "driver"
    stored = contact.personality_assessment
    assert stored is not None and stored["version"] == p.ASSESSMENT_VERSION
    assert stored["style"] == "driver" and stored["level"] == "high"
    assert stored["observations"][0]["by"] == "王小明"
    view = _style(store, book["li"])
    assert (view.status, view.style, view.level) == ("assessed", "driver", "high")
    assert not view.offer_assessment
    assert view.evidence.observations == 8
    assert view.evidence.visit_ids == (book["visit"],)
    assert view.evidence.call_ids == (book["call"],)
    assert view.evidence.behaviours[0].seen == 1
    text = p.describe_style(view, "en")
    assert "Driver" in text and "high confidence" in text and "8" in text


def test_recording_goes_to_the_sync_outbox_in_the_same_transaction(store, book):
    _record(store, book["li"], seen("speaks_fast"))
    with store.reading() as session:
        entries = session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.entity == "contact", OutboxEntry.row_id == book["li"]
            )
        ).all()
    assert any("personality_assessment" in (e.fields or {}) for e in entries)


def test_observations_add_up_over_visits(store, book):
    _record(
        store, book["li"], seen("speaks_fast", "keeps_to_business"), now=T0 + timedelta(hours=1)
    )
    assert _style(store, book["li"]).level == "low"
    _record(
        store,
        book["li"],
        seen("impatient_with_detail", "reserved_manner", at=T0 + timedelta(days=1)),
    )
    view = _style(store, book["li"])
    assert view.evidence.observations == 4 and view.level == "medium"


@pytest.mark.parametrize(
    ("observation", "where"),
    [
        (Observation("smiles", True, T0), "observations[0].behaviour"),
        (Observation("speaks_fast", True, datetime(2026, 11, 2, 9)), "observations[0].at"),
        (Observation("speaks_fast", True, NOW + timedelta(days=1)), "observations[0].at"),
        (
            Observation("speaks_fast", True, T0, ObservationSource("visit", "nope")),
            "observations[0].source",
        ),
    ],
)
def test_a_wrong_observation_is_refused_naming_it_and_nothing_is_written(
    store, book, observation, where
):
    with pytest.raises(ValidationFailed) as raised:
        _record(store, book["li"], [observation])
    assert raised.value.fields() == (where,)
    assert _contact(store, book["li"]).personality_assessment is None


def test_an_observation_must_come_from_a_visit_the_contact_attended_or_their_own_call(store, book):
    with pytest.raises(ValidationFailed) as raised:
        _record(
            store,
            book["wang"],
            [
                *seen("speaks_fast", source=ObservationSource("visit", book["visit"])),
                *seen("keeps_to_business", source=ObservationSource("call", book["call"])),
                *seen("reserved_manner", source=ObservationSource("call", book["wang_call"])),
            ],
        )
    assert raised.value.fields() == ("observations[0].source", "observations[1].source")


def test_no_observations_and_a_missing_contact_are_refused(store, book):
    with pytest.raises(ValidationFailed) as raised:
        _record(store, book["li"], [])
    assert raised.value.fields() == ("observations",)
    with pytest.raises(NotFound):
        _record(store, "no-such-contact", seen("speaks_fast"))


def test_the_rep_may_override_and_the_computed_style_is_kept_beside_it(store, book):
    _record(store, book["li"], seen(*FAST, *TASK))
    with store.unit_of_work() as session:
        p.override_style(session, book["li"], "amiable", "她只是那天赶时间", by="王小明", now=NOW)
    assert _contact(store, book["li"]).personality == "amiable"
    view = _style(store, book["li"])
    assert (view.style, view.computed_style) == ("amiable", "driver")
    assert view.override is not None and view.override.reason == "她只是那天赶时间"
    assert view.override.kind == p.OVERRIDE_CHOSEN
    assert "the observations say: Driver" in p.describe_style(view, "en")
    with store.unit_of_work() as session:
        p.override_style(session, book["li"], None, now=NOW)
    view = _style(store, book["li"])
    assert (view.style, view.override) == ("driver", None)
    assert _contact(store, book["li"]).personality == "driver"


def test_a_wrong_override_is_refused_naming_the_field(store, book):
    with pytest.raises(ValidationFailed) as raised, store.unit_of_work() as session:
        p.override_style(session, book["li"], "boss", "x" * (p.MAX_REASON_CHARS + 1), now=NOW)
    assert raised.value.fields() == ("style", "reason")


def test_a_style_set_by_hand_shows_as_such_and_is_kept_as_an_override(store, book):
    with store.unit_of_work() as session:
        update_contact(session, book["wang"], ContactInput(name="王总", personality="driver"))
    view = _style(store, book["wang"])
    assert (view.status, view.style, view.level) == ("labelled", "driver", "none")
    assert view.offer_assessment
    assert "without observations" in p.describe_style(view, "en")
    _record(store, book["wang"], seen(*SLOW, *PEOPLE))
    view = _style(store, book["wang"])
    assert (view.status, view.style, view.computed_style) == ("assessed", "driver", "amiable")
    assert view.override is not None and view.override.kind == p.OVERRIDE_LABEL


def test_a_style_changed_in_the_contact_form_after_an_assessment_shows_as_the_reps_choice(
    store, book
):
    _record(store, book["li"], seen(*FAST, *TASK))
    with store.unit_of_work() as session:
        update_contact(session, book["li"], ContactInput(name="李娜", personality="actor"))
    view = _style(store, book["li"])
    assert (view.style, view.computed_style) == ("actor", "driver")
    assert view.override is not None and view.override.kind == p.OVERRIDE_LABEL


def test_clearing_an_assessment_can_be_undone(store, book):
    _record(store, book["li"], seen(*FAST, *TASK))
    before = _contact(store, book["li"]).personality_assessment
    with store.unit_of_work() as session:
        cleared = p.clear_assessment(session, book["li"])
    assert cleared.changed.fields == {"personality", "personality_assessment"}
    assert _style(store, book["li"]).status == "not_assessed"
    with store.unit_of_work() as session:
        p.restore_assessment(session, cleared)
    assert _contact(store, book["li"]).personality_assessment == before
    assert _style(store, book["li"]).style == "driver"


def test_an_undo_of_a_clear_does_not_overwrite_a_newer_assessment(store, book):
    _record(store, book["li"], seen(*FAST, *TASK))
    with store.unit_of_work() as session:
        cleared = p.clear_assessment(session, book["li"])
    _record(store, book["li"], seen(*SLOW, *PEOPLE))
    with pytest.raises(InvalidInput) as raised, store.unit_of_work() as session:
        p.restore_assessment(session, cleared)
    assert raised.value.where == "personality_assessment"
    assert _style(store, book["li"]).style == "amiable"


def _done_visit(store, book, contact, day):  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        session.add(
            Visit(
                account_id=book["account"],
                contact_ids=[contact],
                start=T0 + timedelta(days=day),
                status="done",
            )
        )


def test_the_contact_is_asked_for_a_recheck_after_three_visits_since_the_check(store, book):
    _record(store, book["li"], seen(*FAST, *TASK), checklist=True, now=T0 + timedelta(hours=1))
    _done_visit(store, book, book["li"], 3)
    _done_visit(store, book, book["li"], 5)
    _done_visit(store, book, book["wang"], 6)  # another person's visit does not count
    with store.unit_of_work() as session:
        session.add(
            Visit(
                account_id=book["account"], contact_ids=[book["li"]], start=T0 + timedelta(days=7)
            )
        )  # planned, not done
    view = _style(store, book["li"])
    assert view.recheck is not None and not view.recheck.needed
    assert view.recheck.visits_since == 2
    _done_visit(store, book, book["li"], 9)
    view = _style(store, book["li"])
    assert view.recheck is not None and view.recheck.reasons == (p.RECHECK_VISITS,)
    assert view.offer_assessment
    assert "3 visits" in p.describe_style(view, "en")
    # A new guided check starts the count again.
    _record(store, book["li"], seen("speaks_fast", at=NOW), checklist=True)
    assert not _style(store, book["li"]).recheck.needed  # type: ignore[union-attr]


def test_the_contact_is_asked_for_a_recheck_when_new_observations_disagree(store, book):
    _record(
        store, book["li"], seen(*FAST, *TASK, *FAST), checklist=True, now=T0 + timedelta(hours=1)
    )
    _record(store, book["li"], seen(*PEOPLE, at=T0 + timedelta(days=2)), now=T0 + timedelta(days=2))
    view = _style(store, book["li"])
    assert view.recheck is not None
    assert view.recheck.reasons == (p.RECHECK_DISAGREEMENT,)
    assert "disagree" in p.describe_style(view, "en")


# --- privacy -------------------------------------------------------------------------


def test_new_contacts_keep_personality_data_on_this_laptop_by_default(store, book):
    assert Settings().keep_personality_local_default is True
    assert _contact(store, book["li"]).keep_local is True


def test_the_setting_decides_for_new_contacts(store, book):
    setting = Settings().replace(keep_personality_local_default=False)
    with store.unit_of_work() as session:
        shared = create_contact(
            session,
            book["account"],
            ContactInput(name="赵敏"),
            keep_local=setting.keep_personality_local_default,
        ).ids[0]
    assert _contact(store, shared).keep_local is False


def test_keep_on_this_laptop_can_be_switched_per_contact(store, book):
    with store.unit_of_work() as session:
        changed = p.set_keep_local(session, book["li"], False)
    assert changed.fields == {"keep_local"}
    assert _style(store, book["li"]).keep_local is False
    with store.unit_of_work() as session:
        assert p.set_keep_local(session, book["li"], False).is_empty
    with pytest.raises(InvalidInput) as raised, store.unit_of_work() as session:
        p.set_keep_local(session, book["li"], "no")  # type: ignore[arg-type]
    assert raised.value.where == "keep_local"


@pytest.mark.parametrize(
    ("text", "value"), [("no", False), ("否", False), ("yes", True), ("是", True)]
)
def test_the_privacy_default_is_read_from_text_as_the_command_line_gives_it(text, value):
    assert (
        Settings().replace(keep_personality_local_default=text).keep_personality_local_default
        is value
    )


def test_a_privacy_default_that_is_not_yes_or_no_is_refused_naming_it():
    with pytest.raises(InvalidInput) as raised:
        Settings().replace(keep_personality_local_default="maybe")
    assert raised.value.where == "keep_personality_local_default"


# --- the rep's own style -------------------------------------------------------------


def test_the_reps_own_style_is_assessed_the_same_way_and_saved_in_the_settings(tmp_path):
    settings = Settings(rep_name="王小明")
    assert p.rep_style(settings).status == "not_assessed"
    settings = p.record_rep_observations(
        settings, seen(*FAST, *TASK) + not_seen(*SLOW, *PEOPLE), now=NOW
    )
    path = tmp_path / "settings.json"
    save_settings(path, settings)
    loaded = load_settings(path)
    view = p.rep_style(loaded)
    assert (view.status, view.style, view.level) == ("assessed", "driver", "high")
    assert view.contact_id is None and view.recheck is None
    assert p.pair_hint(view.style, "amiable") == p.pair_hint("driver", "amiable")
    chosen = p.override_rep_style(loaded, "professor", "同事都这么说", now=NOW)
    assert p.rep_style(chosen).style == "professor"
    assert p.rep_style(chosen).computed_style == "driver"
    assert p.rep_style(p.clear_rep_assessment(chosen)).status == "not_assessed"


def test_an_undecided_style_says_which_axes_are_not_clear_and_offers_an_assessment():
    settings = p.record_rep_observations(Settings(), seen(*FAST, *SLOW, "personal_talk"), now=NOW)
    view = p.rep_style(settings)
    assert (view.status, view.style, view.computed_style) == ("undecided", None, p.UNDECIDED)
    assert view.offer_assessment
    assert p.describe_style(view, "en") == "Undecided: Pace not clear yet (from 5 observations)."
    settings = p.record_rep_observations(Settings(), seen(*FAST, *SLOW), now=NOW)
    assert "Pace and Focus" in p.describe_style(p.rep_style(settings), "en")


def test_the_reps_own_observations_name_no_visit_or_call():
    with pytest.raises(ValidationFailed) as raised:
        p.record_rep_observations(
            Settings(), seen("speaks_fast", source=ObservationSource("call", "x")), now=NOW
        )
    assert raised.value.fields() == ("observations[0].source",)


def test_a_damaged_rep_assessment_in_the_settings_file_is_reported_with_its_place(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "rep_personality": {
                    "version": 1,
                    "observations": [{"behaviour": "speaks_fast", "seen": True, "at": "yesterday"}],
                }
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput) as raised:
        load_settings(path)
    assert raised.value.where == f"{path}: rep_personality.observations[0].at"


def test_a_stored_assessment_round_trips_through_json():
    assessment = p.assess(seen(*FAST, source=ObservationSource("visit", "v1")) + not_seen(*PEOPLE))
    assessment = p.Assessment(
        **{**assessment.__dict__, "override": p.Override("actor", "why", NOW, "王小明")}
    )
    again = p.assessment_from_json(json.loads(json.dumps(p.assessment_to_json(assessment))))
    assert again == assessment


def test_a_stored_assessment_from_a_newer_kamdesk_is_refused_naming_the_version():
    with pytest.raises(InvalidInput) as raised:
        p.assessment_from_json({"version": p.ASSESSMENT_VERSION + 1})
    assert raised.value.where == "personality_assessment.version"


def test_an_assessment_from_a_newer_kamdesk_is_never_overwritten(store, book):
    newer = {"version": p.ASSESSMENT_VERSION + 1, "observations": "another shape"}
    with store.unit_of_work() as session:
        session.get(Contact, book["li"]).personality_assessment = newer  # type: ignore[union-attr]
    with pytest.raises(InvalidInput) as raised:
        _record(store, book["li"], seen("speaks_fast"))
    assert raised.value.where == "personality_assessment.version"
    with pytest.raises(InvalidInput), store.unit_of_work() as session:
        p.override_style(session, book["li"], "actor", now=NOW)
    assert _contact(store, book["li"]).personality_assessment == newer


# --- objection cards -----------------------------------------------------------------


def test_objection_cards_are_found_by_situation_or_by_words_in_either_language():
    assert p.objection_cards(["price"])[0].id == "price_question"
    assert [c.id for c in p.objection_cards(["ask_boss"])] == ["ask_boss"]
    found = [c.id for c in p.objection_cards(["客户嫌价格太贵，说已经有供应商了"])]
    assert found == ["price_question", "have_supplier"]
    assert [c.id for c in p.objection_cards(["We are TOO BUSY"])] == ["no_time"]
    assert p.objection_cards(["weather"]) == ()


def test_cards_matching_more_keywords_come_first():
    found = p.objection_cards(["competitor", "price", "太贵"])
    assert [c.id for c in found][:2] == ["price_question", "competitor"]
    assert found[0].matched == ("price", "太贵")


def test_without_keywords_every_card_is_given_in_the_files_order():
    assert [c.id for c in p.objection_cards()] == [c.id for c in p.shipped_content().cards]


def test_a_card_carries_its_note_for_the_clients_style():
    (card,) = [c for c in p.objection_cards(["price"], style="professor", language="en")]
    assert card.style_note is not None and "breakdown" in card.style_note
    (card,) = p.objection_cards(["have_supplier"], style="professor")
    assert card.style_note is None
    assert p.objection_cards(["price"], style=p.UNDECIDED)[0].style_note is None


def test_a_style_card_is_given_in_the_language_asked_for():
    card = p.style_card("amiable", "zh_CN")
    assert card.name == "老好人" and card.decision_speed == "slow"
    assert [phase for phase, _ in card.handle] == list(p.HANDLE_PHASES)
    assert p.style_card("amiable", "en").name == "Amiable"
    with pytest.raises(InvalidInput) as raised:
        p.style_card("boss")
    assert raised.value.where == "style"

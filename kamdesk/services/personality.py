"""Personality styles from the rep's own observations (issue 6, points 1-4).

The method is the sales manual's (part 3, 客户性格分析): four styles on two
axes, pace (fast or slow) and focus (people or task)::

                 people           task
    fast         actor 演员型     driver 结果型
    slow         amiable 老好人   professor 教授型

Content
    Everything the app teaches about them is bilingual data in
    ``resources/personality/`` (see :data:`CONTENT_FILES`): the styles (how to
    recognise and handle each, how fast each decides), a hint for every pair
    of the rep's style and the client's, the objection cards, the strategy for
    each account class, and the assessment checklist with the rules that
    weigh it. :func:`load_content` checks every file and names the file and
    the place of the first thing wrong (``styles.json: styles.driver.handle.
    closing[0].en: ...``); :func:`shipped_content` reads the shipped files once.

Assessment, never a bare label
    The rep ticks observable behaviours of the checklist (seen, or looked for
    and not seen), each with when and at which visit or call.
    :func:`assess` turns them into a style with a confidence, keeping the
    evidence; the formula is explained there. The rep may override the style
    (kept beside the computed one with the reason). :func:`needs_recheck`
    asks for a new check after a few visits or when new observations
    disagree.

Storage
    A contact keeps its assessment in ``Contact.personality_assessment`` (the
    versioned JSON shape of :func:`assessment_to_json`) and the style in
    force in ``Contact.personality`` (the override, else the computed style,
    else ``None``). A style written there by the contact form or an import,
    without observations, is shown as set by hand and offers an assessment;
    once the rep records observations it is kept as an override of kind
    ``"label"``. :func:`record_observations`, :func:`override_style`,
    :func:`clear_assessment` (with :func:`restore_assessment` for Undo) and
    :func:`set_keep_local` write in the caller's unit of work and return
    :class:`~kamdesk.services.accounts.Changed` as every other mutation; the
    store's session events put each write in the sync outbox.
    :func:`contact_style` reads what the UI shows (:class:`StyleView`).

The rep's own style
    Assessed the same way and kept in :attr:`kamdesk.settings.Settings.rep_personality`:
    :func:`record_rep_observations`, :func:`override_rep_style` and
    :func:`clear_rep_assessment` return new settings for the caller to save;
    :func:`rep_style` reads it; :func:`pair_hint` gives the hint for the rep's
    style facing a client's.

Privacy
    Observations and styles are personal data about a third person.
    ``Contact.keep_local`` keeps them on this laptop (the sync layer must leave
    ``personality`` and ``personality_assessment`` of such a contact out of
    what it sends); new contacts take
    :attr:`~kamdesk.settings.Settings.keep_personality_local_default`
    (:func:`kamdesk.services.contacts.create_contact`'s ``keep_local``), and
    :func:`set_keep_local` switches it per contact.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.errors import InvalidInput
from kamdesk.i18n import LANGUAGES, join_sentences, translate
from kamdesk.models import Call, Contact, Visit
from kamdesk.models.base import utcnow
from kamdesk.services.accounts import (
    CODES,
    OP_UPDATED,
    Changed,
    ValidationFailed,
    get_live,
    is_live,
)
from kamdesk.settings import Settings

# --- codes ---------------------------------------------------------------------------

#: The four styles, as stored.
STYLES: Final[tuple[str, ...]] = tuple(CODES["personality"])
#: The computed style when an axis is balanced or not observed.
UNDECIDED: Final = "undecided"
#: The two axes and their poles; the first pole of each counts positive.
AXES: Final[Mapping[str, tuple[str, str]]] = {
    "pace": ("fast", "slow"),
    "orientation": ("people", "task"),
}
#: The style of each quadrant, by (pace pole, orientation pole).
STYLE_OF_POLES: Final[Mapping[tuple[str, str], str]] = {
    ("fast", "people"): "actor",
    ("fast", "task"): "driver",
    ("slow", "task"): "professor",
    ("slow", "people"): "amiable",
}
#: Confidence levels, lowest first; ``none`` is a style without observations.
LEVELS: Final = ("none", "low", "medium", "high")
#: What a contact's style view says (see :class:`StyleView`).
STATUSES: Final = ("not_assessed", "labelled", "undecided", "assessed")
#: Why a re-check is asked for.
RECHECK_VISITS: Final = "visits"
RECHECK_DISAGREEMENT: Final = "disagreement"
#: How an override came about: chosen by the rep, or a style set by hand
#: (contact form, import) before any observation.
OVERRIDE_CHOSEN: Final = "chosen"
OVERRIDE_LABEL: Final = "label"
#: Where an observation was made.
SOURCE_KINDS: Final = ("visit", "call")

#: The sections of a style's "how to recognise" and "how to handle", in display order.
RECOGNISE_ASPECTS: Final = ("speech", "pace", "office", "deciding")
HANDLE_PHASES: Final = ("opening", "presenting", "objections", "closing", "follow_up", "avoid")

#: The version of the stored assessment's JSON shape (:func:`assessment_to_json`).
ASSESSMENT_VERSION: Final = 1
#: The content folder, relative to the resources directory, and its files.
CONTENT_RESOURCE: Final = ("personality",)
CONTENT_FILES: Final = (
    "styles.json",
    "pairs.json",
    "objections.json",
    "strategies.json",
    "assessment.json",
)
#: Most observations one call of :func:`record_observations` takes.
MAX_BATCH: Final = 100
#: Most observations kept per person; the oldest go first beyond it.
MAX_KEPT: Final = 400
#: Longest override reason.
MAX_REASON_CHARS: Final = 1000
#: How far in the future an observation's time may lie (clocks differ a little).
CLOCK_SLACK: Final = timedelta(minutes=5)

_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


# --- content -------------------------------------------------------------------------


@dataclass(frozen=True)
class Bilingual:
    """One text in both shipped languages."""

    zh_CN: str
    en: str

    def text(self, language: str) -> str:
        """The text in ``language`` (``zh_CN`` or ``en``; anything else is English)."""
        return self.zh_CN if language == "zh_CN" else self.en


@dataclass(frozen=True)
class StyleContent:
    """One style as the content file describes it."""

    code: str
    name: Bilingual
    pace: str
    orientation: str
    summary: Bilingual
    #: ``fast`` or ``slow``
    decision_speed: str
    decides: Bilingual
    #: aspect of :data:`RECOGNISE_ASPECTS` -> cues
    recognise: Mapping[str, tuple[Bilingual, ...]]
    example: Bilingual
    #: phase of :data:`HANDLE_PHASES` -> tips
    handle: Mapping[str, tuple[Bilingual, ...]]


@dataclass(frozen=True)
class Behaviour:
    """One item of the assessment checklist: what to look for, and where it points."""

    id: str
    axis: str
    pole: str
    weight: float
    text: Bilingual

    @property
    def sign(self) -> int:
        """+1 when the pole is the axis's first (fast, people), else -1."""
        return 1 if AXES[self.axis][0] == self.pole else -1


@dataclass(frozen=True)
class Rules:
    """How observations are weighed (``assessment.json``'s ``rules``; see :func:`assess`)."""

    absence_weight: float = 0.5
    repeat_weight: float = 0.5
    repeat_cap: float = 2.0
    amount_scale: float = 2.0
    balanced_below: float = 0.25
    medium_from: float = 0.45
    high_from: float = 0.75
    recheck_after_visits: int = 3
    disagreement_min_mass: float = 1.0


@dataclass(frozen=True)
class CardContent:
    """One objection card as the content file describes it."""

    id: str
    #: ``manual`` (the manual works this situation through) or ``method`` (its
    #: method applied to a situation it does not describe)
    basis: str
    situations: tuple[str, ...]
    keywords: Mapping[str, tuple[str, ...]]
    title: Bilingual
    client_says: Bilingual
    behind: tuple[Bilingual, ...]
    steps: tuple[Bilingual, ...]
    example: Bilingual | None
    by_style: Mapping[str, Bilingual]


@dataclass(frozen=True)
class ClassContent:
    """The strategy for one account class."""

    code: str
    name: Bilingual
    description: Bilingual
    strategy: Bilingual
    actions: tuple[Bilingual, ...]


@dataclass(frozen=True)
class PersonalityContent:
    """Everything in ``resources/personality/``, checked."""

    #: file name -> its version
    versions: Mapping[str, str]
    axis_names: Mapping[str, Bilingual]
    pole_names: Mapping[str, Bilingual]
    styles: Mapping[str, StyleContent]
    #: (rep style, client style) -> hint
    pairs: Mapping[tuple[str, str], Bilingual]
    situations: tuple[str, ...]
    cards: tuple[CardContent, ...]
    classes: Mapping[str, ClassContent]
    behaviours: tuple[Behaviour, ...]
    rules: Rules

    @property
    def version(self) -> str:
        """One version for all the files (``styles 1, pairs 1, ...`` joined), stored with assessments."""
        return "+".join(self.versions[name] for name in CONTENT_FILES)

    def behaviour(self, behaviour_id: str) -> Behaviour | None:
        for behaviour in self.behaviours:
            if behaviour.id == behaviour_id:
                return behaviour
        return None


def _bad(source: str, where: str, reason: str) -> InvalidInput:
    return InvalidInput(f"{source}: {where}" if where else source, reason)


class _Reader:
    """Reads one content file, raising :class:`InvalidInput` at the first wrong place."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, reason: str) -> InvalidInput:
        return _bad(self.source, where, reason)

    def obj(self, value: object, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, translate("personality", "expected an object"))
        return value

    def entry(self, parent: Mapping[str, Any], key: str, where: str) -> Any:
        if key not in parent:
            place = f"{where}.{key}" if where else key
            raise self.fail(place, translate("personality", "missing"))
        return parent[key]

    def text(self, value: object, where: str) -> Bilingual:
        data = self.obj(value, where)
        texts: dict[str, str] = {}
        for language in LANGUAGES:
            text = data.get(language)
            if not isinstance(text, str) or not text.strip():
                raise self.fail(
                    f"{where}.{language}",
                    translate("personality", "the text in %1 is missing or empty").replace(
                        "%1", language
                    ),
                )
            texts[language] = " ".join(text.split())
        return Bilingual(zh_CN=texts["zh_CN"], en=texts["en"])

    def texts(self, value: object, where: str) -> tuple[Bilingual, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail(where, translate("personality", "expected a list that is not empty"))
        return tuple(self.text(item, f"{where}[{index}]") for index, item in enumerate(value))

    def code(self, value: object, where: str, allowed: Sequence[str]) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(
                where,
                translate("personality", "%1 is not one of: %2")
                .replace("%1", json.dumps(value, ensure_ascii=False))
                .replace("%2", ", ".join(allowed)),
            )
        return value

    def ident(self, value: object, where: str, seen: set[str]) -> str:
        if not isinstance(value, str) or not _ID.match(value):
            raise self.fail(
                where,
                translate("personality", "an id needs lower-case letters, digits and _"),
            )
        if value in seen:
            raise self.fail(
                where, translate("personality", "the id %1 is used twice").replace("%1", value)
            )
        seen.add(value)
        return value

    def number(self, value: object, where: str, low: float, high: float) -> float:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise self.fail(
                where,
                translate("personality", "expected a number from %1 to %2")
                .replace("%1", f"{low:g}")
                .replace("%2", f"{high:g}"),
            )
        return float(value)

    def keys(self, value: object, where: str, expected: Sequence[str]) -> Mapping[str, Any]:
        """An object with exactly the keys ``expected`` (reported in that order)."""
        data = self.obj(value, where)
        for key in expected:
            self.entry(data, key, where)
        for key in data:
            if key not in expected:
                raise self.fail(
                    f"{where}.{key}" if where else key,
                    translate("personality", "unknown entry; expected one of: %1").replace(
                        "%1", ", ".join(expected)
                    ),
                )
        return data

    def version(self, data: Mapping[str, Any]) -> str:
        version = data.get("version")
        if (
            isinstance(version, bool)
            or not isinstance(version, str | int)
            or not str(version).strip()
        ):
            raise self.fail("version", translate("personality", "the file has no version"))
        return str(version).strip()


def _read_styles(
    data: object, source: str
) -> tuple[str, Mapping[str, Bilingual], Mapping[str, Bilingual], Mapping[str, StyleContent]]:
    read = _Reader(source)
    top = read.obj(data, "")
    version = read.version(top)
    axes = read.keys(read.entry(top, "axes", ""), "axes", tuple(AXES))
    axis_names: dict[str, Bilingual] = {}
    pole_names: dict[str, Bilingual] = {}
    for axis, poles in AXES.items():
        here = f"axes.{axis}"
        entry = read.obj(axes[axis], here)
        axis_names[axis] = read.text(read.entry(entry, "name", here), f"{here}.name")
        listed = read.keys(read.entry(entry, "poles", here), f"{here}.poles", poles)
        for pole in poles:
            pole_names[pole] = read.text(listed[pole], f"{here}.poles.{pole}")
    styles_data = read.keys(read.entry(top, "styles", ""), "styles", STYLES)
    styles: dict[str, StyleContent] = {}
    for code in STYLES:
        here = f"styles.{code}"
        entry = read.obj(styles_data[code], here)
        pace = read.code(read.entry(entry, "pace", here), f"{here}.pace", AXES["pace"])
        orientation = read.code(
            read.entry(entry, "orientation", here), f"{here}.orientation", AXES["orientation"]
        )
        if STYLE_OF_POLES[(pace, orientation)] != code:
            raise read.fail(
                f"{here}.orientation",
                translate("personality", "%1 and %2 make the style %3, not %4")
                .replace("%1", pace)
                .replace("%2", orientation)
                .replace("%3", STYLE_OF_POLES[(pace, orientation)])
                .replace("%4", code),
            )
        decides = read.obj(read.entry(entry, "decides", here), f"{here}.decides")
        recognise = read.keys(
            read.entry(entry, "recognise", here),
            f"{here}.recognise",
            (*RECOGNISE_ASPECTS, "example"),
        )
        handle = read.keys(read.entry(entry, "handle", here), f"{here}.handle", HANDLE_PHASES)
        styles[code] = StyleContent(
            code=code,
            name=read.text(read.entry(entry, "name", here), f"{here}.name"),
            pace=pace,
            orientation=orientation,
            summary=read.text(read.entry(entry, "summary", here), f"{here}.summary"),
            decision_speed=read.code(
                read.entry(decides, "speed", f"{here}.decides"),
                f"{here}.decides.speed",
                AXES["pace"],
            ),
            decides=read.text(
                read.entry(decides, "text", f"{here}.decides"), f"{here}.decides.text"
            ),
            recognise={
                aspect: read.texts(recognise[aspect], f"{here}.recognise.{aspect}")
                for aspect in RECOGNISE_ASPECTS
            },
            example=read.text(recognise["example"], f"{here}.recognise.example"),
            handle={
                phase: read.texts(handle[phase], f"{here}.handle.{phase}")
                for phase in HANDLE_PHASES
            },
        )
    return version, axis_names, pole_names, styles


def _read_pairs(data: object, source: str) -> tuple[str, Mapping[tuple[str, str], Bilingual]]:
    read = _Reader(source)
    top = read.obj(data, "")
    version = read.version(top)
    by_rep = read.keys(read.entry(top, "pairs", ""), "pairs", STYLES)
    pairs: dict[tuple[str, str], Bilingual] = {}
    for rep in STYLES:
        by_client = read.keys(by_rep[rep], f"pairs.{rep}", STYLES)
        for client in STYLES:
            pairs[(rep, client)] = read.text(by_client[client], f"pairs.{rep}.{client}")
    return version, pairs


def _keywords(read: _Reader, value: object, where: str) -> Mapping[str, tuple[str, ...]]:
    data = read.keys(value, where, LANGUAGES)
    keywords: dict[str, tuple[str, ...]] = {}
    for language in LANGUAGES:
        words = data[language]
        here = f"{where}.{language}"
        if not isinstance(words, list) or not words:
            raise read.fail(here, translate("personality", "expected a list that is not empty"))
        for index, word in enumerate(words):
            if not isinstance(word, str) or len(_fold(word)) < 2:
                raise read.fail(
                    f"{here}[{index}]",
                    translate("personality", "a keyword needs at least two characters"),
                )
        keywords[language] = tuple(_fold(w) for w in words)
    return keywords


def _read_cards(data: object, source: str) -> tuple[str, tuple[str, ...], tuple[CardContent, ...]]:
    read = _Reader(source)
    top = read.obj(data, "")
    version = read.version(top)
    listed = read.entry(top, "situations", "")
    if not isinstance(listed, list) or not listed:
        raise read.fail("situations", translate("personality", "expected a list that is not empty"))
    seen_situations: set[str] = set()
    situations = tuple(
        read.ident(s, f"situations[{i}]", seen_situations) for i, s in enumerate(listed)
    )
    items = read.entry(top, "cards", "")
    if not isinstance(items, list) or not items:
        raise read.fail("cards", translate("personality", "expected a list that is not empty"))
    seen: set[str] = set()
    covered: set[str] = set()
    cards: list[CardContent] = []
    for index, item in enumerate(items):
        here = f"cards[{index}]"
        entry = read.obj(item, here)
        card_id = read.ident(read.entry(entry, "id", here), f"{here}.id", seen)
        fits = read.entry(entry, "situations", here)
        if not isinstance(fits, list) or not fits:
            raise read.fail(
                f"{here}.situations", translate("personality", "expected a list that is not empty")
            )
        card_situations = tuple(
            read.code(s, f"{here}.situations[{i}]", situations) for i, s in enumerate(fits)
        )
        covered.update(card_situations)
        by_style_data = read.obj(entry.get("by_style", {}), f"{here}.by_style")
        by_style = {
            read.code(style, f"{here}.by_style.{style}", STYLES): read.text(
                text, f"{here}.by_style.{style}"
            )
            for style, text in by_style_data.items()
        }
        example = entry.get("example")
        cards.append(
            CardContent(
                id=card_id,
                basis=read.code(
                    read.entry(entry, "basis", here), f"{here}.basis", ("manual", "method")
                ),
                situations=card_situations,
                keywords=_keywords(read, read.entry(entry, "keywords", here), f"{here}.keywords"),
                title=read.text(read.entry(entry, "title", here), f"{here}.title"),
                client_says=read.text(
                    read.entry(entry, "client_says", here), f"{here}.client_says"
                ),
                behind=read.texts(read.entry(entry, "behind", here), f"{here}.behind"),
                steps=read.texts(read.entry(entry, "steps", here), f"{here}.steps"),
                example=None if example is None else read.text(example, f"{here}.example"),
                by_style=by_style,
            )
        )
    missing = [s for s in situations if s not in covered]
    if missing:
        raise read.fail(
            "situations",
            translate("personality", "no card fits the situation %1").replace("%1", missing[0]),
        )
    return version, situations, tuple(cards)


def _read_classes(data: object, source: str) -> tuple[str, Mapping[str, ClassContent]]:
    read = _Reader(source)
    top = read.obj(data, "")
    version = read.version(top)
    codes = CODES["lifecycle_class"]
    listed = read.keys(read.entry(top, "classes", ""), "classes", codes)
    classes: dict[str, ClassContent] = {}
    for code in codes:
        here = f"classes.{code}"
        entry = read.obj(listed[code], here)
        classes[code] = ClassContent(
            code=code,
            name=read.text(read.entry(entry, "name", here), f"{here}.name"),
            description=read.text(read.entry(entry, "description", here), f"{here}.description"),
            strategy=read.text(read.entry(entry, "strategy", here), f"{here}.strategy"),
            actions=read.texts(read.entry(entry, "actions", here), f"{here}.actions"),
        )
    return version, classes


def _read_assessment(data: object, source: str) -> tuple[str, tuple[Behaviour, ...], Rules]:
    read = _Reader(source)
    top = read.obj(data, "")
    version = read.version(top)
    names = tuple(f.name for f in dataclasses.fields(Rules))
    rules_data = read.keys(read.entry(top, "rules", ""), "rules", names)
    values: dict[str, Any] = {}
    for name in names:
        if name == "recheck_after_visits":
            number = read.number(rules_data[name], f"rules.{name}", 1, 100)
            if number != int(number):
                raise read.fail(
                    f"rules.{name}", translate("personality", "expected a whole number")
                )
            values[name] = int(number)
        elif name == "amount_scale":
            values[name] = read.number(rules_data[name], f"rules.{name}", 0.1, 100)
        elif name == "repeat_cap":
            values[name] = read.number(rules_data[name], f"rules.{name}", 1, 10)
        elif name == "disagreement_min_mass":
            values[name] = read.number(rules_data[name], f"rules.{name}", 0, 100)
        else:
            values[name] = read.number(rules_data[name], f"rules.{name}", 0, 1)
    if values["medium_from"] >= values["high_from"]:
        raise read.fail("rules.medium_from", translate("personality", "must be below high_from"))
    items = read.entry(top, "behaviours", "")
    if not isinstance(items, list):
        raise read.fail("behaviours", translate("personality", "expected a list that is not empty"))
    if not 8 <= len(items) <= 12:
        raise read.fail(
            "behaviours",
            translate("personality", "the checklist needs 8 to 12 behaviours, not %1").replace(
                "%1", str(len(items))
            ),
        )
    seen: set[str] = set()
    behaviours: list[Behaviour] = []
    for index, item in enumerate(items):
        here = f"behaviours[{index}]"
        entry = read.obj(item, here)
        axis = read.code(read.entry(entry, "axis", here), f"{here}.axis", tuple(AXES))
        behaviours.append(
            Behaviour(
                id=read.ident(read.entry(entry, "id", here), f"{here}.id", seen),
                axis=axis,
                pole=read.code(read.entry(entry, "pole", here), f"{here}.pole", AXES[axis]),
                weight=read.number(read.entry(entry, "weight", here), f"{here}.weight", 0.1, 5),
                text=read.text(read.entry(entry, "text", here), f"{here}.text"),
            )
        )
    for axis, poles in AXES.items():
        for pole in poles:
            if not any(b.axis == axis and b.pole == pole for b in behaviours):
                raise read.fail(
                    "behaviours",
                    translate("personality", "no behaviour points to %1").replace("%1", pole),
                )
    return version, tuple(behaviours), Rules(**values)


def parse_content(documents: Mapping[str, object], folder: str = "") -> PersonalityContent:
    """Checks and reads the content files' data, by file name (:data:`CONTENT_FILES`).

    Raises:
        InvalidInput: the first thing wrong, named by file and place, such as
            ``styles.json: styles.driver.handle.closing[0].en``.
    """

    def source(name: str) -> str:
        return str(Path(folder) / name) if folder else name

    for name in CONTENT_FILES:
        if name not in documents:
            raise _bad(source(name), "", translate("personality", "the file is missing"))
    styles_version, axis_names, pole_names, styles = _read_styles(
        documents["styles.json"], source("styles.json")
    )
    pairs_version, pairs = _read_pairs(documents["pairs.json"], source("pairs.json"))
    cards_version, situations, cards = _read_cards(
        documents["objections.json"], source("objections.json")
    )
    classes_version, classes = _read_classes(
        documents["strategies.json"], source("strategies.json")
    )
    checklist_version, behaviours, rules = _read_assessment(
        documents["assessment.json"], source("assessment.json")
    )
    return PersonalityContent(
        versions={
            "styles.json": styles_version,
            "pairs.json": pairs_version,
            "objections.json": cards_version,
            "strategies.json": classes_version,
            "assessment.json": checklist_version,
        },
        axis_names=axis_names,
        pole_names=pole_names,
        styles=styles,
        pairs=pairs,
        situations=situations,
        cards=cards,
        classes=classes,
        behaviours=behaviours,
        rules=rules,
    )


def load_content(folder: Path) -> PersonalityContent:
    """Reads and checks the content files in ``folder``.

    Raises:
        InvalidInput: a file is missing, cannot be read, is no JSON, or holds
            something wrong; the message names the file and the place.
    """
    documents: dict[str, object] = {}
    for name in CONTENT_FILES:
        path = folder / name
        try:
            documents[name] = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise _bad(str(path), "", translate("personality", "the file is missing")) from None
        except OSError as error:
            raise _bad(
                str(path),
                "",
                translate("personality", "cannot read the file (%1)").replace(
                    "%1", error.strerror or str(error)
                ),
            ) from None
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise _bad(
                str(path),
                "",
                translate("personality", "the file is not JSON (%1)").replace("%1", str(error)),
            ) from None
    return parse_content(documents, str(folder))


@cache
def shipped_content() -> PersonalityContent:
    """The content shipped in ``resources/personality/`` (read once)."""
    from kamdesk.paths import resources_dir

    return load_content(resources_dir().joinpath(*CONTENT_RESOURCE))


def content_language(language: str | None = None) -> str:
    """``language``, or the language messages are shown in now (zh_CN or en)."""
    from kamdesk.services.visits import content_language as shown_language

    return shown_language(language)


# --- views of the content ------------------------------------------------------------


@dataclass(frozen=True)
class StyleCard:
    """One style in one language: the style card of the briefing."""

    style: str
    name: str
    pace: str
    orientation: str
    summary: str
    #: ``fast`` or ``slow``
    decision_speed: str
    decides: str
    #: (aspect of :data:`RECOGNISE_ASPECTS`, cues)
    recognise: tuple[tuple[str, tuple[str, ...]], ...]
    example: str
    #: (phase of :data:`HANDLE_PHASES`, tips)
    handle: tuple[tuple[str, tuple[str, ...]], ...]


def style_card(
    style: str, language: str | None = None, content: PersonalityContent | None = None
) -> StyleCard:
    """How to recognise and handle ``style``, in ``language`` (``None``: the language shown).

    Raises:
        InvalidInput: ``style`` is not one of :data:`STYLES` (``where`` is ``style``).
    """
    content = content or shipped_content()
    style = _style_code(style, "style")
    language = content_language(language)
    entry = content.styles[style]
    return StyleCard(
        style=style,
        name=entry.name.text(language),
        pace=entry.pace,
        orientation=entry.orientation,
        summary=entry.summary.text(language),
        decision_speed=entry.decision_speed,
        decides=entry.decides.text(language),
        recognise=tuple(
            (aspect, tuple(t.text(language) for t in entry.recognise[aspect]))
            for aspect in RECOGNISE_ASPECTS
        ),
        example=entry.example.text(language),
        handle=tuple(
            (phase, tuple(t.text(language) for t in entry.handle[phase])) for phase in HANDLE_PHASES
        ),
    )


def style_name(
    style: str | None, language: str | None = None, content: PersonalityContent | None = None
) -> str:
    """A style's name (演员型, Driver); ``undecided`` and ``None`` in words too."""
    if style is None:
        return translate("personality", "not assessed")
    if style == UNDECIDED:
        return translate("personality", "undecided")
    content = content or shipped_content()
    entry = content.styles.get(style)
    return entry.name.text(content_language(language)) if entry else style


@dataclass(frozen=True)
class ChecklistItem:
    """One behaviour of the guided checklist, in one language."""

    id: str
    axis: str
    pole: str
    weight: float
    text: str


def assessment_checklist(
    language: str | None = None, content: PersonalityContent | None = None
) -> tuple[ChecklistItem, ...]:
    """The behaviours to look for, in the content's order (the guided checklist)."""
    content = content or shipped_content()
    language = content_language(language)
    return tuple(
        ChecklistItem(b.id, b.axis, b.pole, b.weight, b.text.text(language))
        for b in content.behaviours
    )


@dataclass(frozen=True)
class PairHint:
    """What the rep should do differently with this client, given both styles."""

    rep_style: str
    client_style: str
    text: str


def pair_hint(
    rep_style: str | None,
    client_style: str | None,
    language: str | None = None,
    content: PersonalityContent | None = None,
) -> PairHint | None:
    """The hint for a rep of ``rep_style`` meeting a client of ``client_style``.

    Returns ``None`` when either style is unknown (``None``, ``undecided``):
    there is no pair to speak of.
    """
    if rep_style not in STYLES or client_style not in STYLES:
        return None
    content = content or shipped_content()
    text = content.pairs[(rep_style, client_style)].text(content_language(language))
    return PairHint(rep_style, client_style, text)


@dataclass(frozen=True)
class ObjectionCard:
    """One objection card in one language."""

    id: str
    basis: str
    situations: tuple[str, ...]
    title: str
    client_says: str
    behind: tuple[str, ...]
    steps: tuple[str, ...]
    example: str | None
    #: the note for the style asked for, when the card has one
    style_note: str | None
    #: the query keywords this card matched (empty when none were given)
    matched: tuple[str, ...]


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def objection_cards(
    keywords: Iterable[str] | None = None,
    style: str | None = None,
    language: str | None = None,
    content: PersonalityContent | None = None,
) -> tuple[ObjectionCard, ...]:
    """The objection cards that fit ``keywords``, best first; all of them without keywords.

    A query keyword fits a card when it is one of the card's situation codes
    (``price``, ``competitor``, ``no_time``, ``ask_boss``, ``have_supplier``,
    ...), or when one of the card's keywords (either language) occurs in it
    or it occurs in one of them, compared without case and width. So a
    visit's whole "objections met" text can be passed as one keyword. Cards
    matching more keywords come first; ties keep the file's order.

    Args:
        style: a style of :data:`STYLES`: each card carries its note for that
            style, if it has one (``None``, ``undecided``: no notes).
        language: ``zh_CN`` or ``en``; ``None`` is the language shown.
    """
    content = content or shipped_content()
    language = content_language(language)
    queries = [q for q in (_fold(k) for k in (keywords or ()) if isinstance(k, str)) if q]
    found: list[tuple[int, int, CardContent, tuple[str, ...]]] = []
    for order, card in enumerate(content.cards):
        words = [w for language_words in card.keywords.values() for w in language_words]
        matched = tuple(
            q
            for q in queries
            if q in card.situations or any(w in q or (len(q) >= 2 and q in w) for w in words)
        )
        if queries and not matched:
            continue
        found.append((-len(matched), order, card, matched))
    found.sort(key=lambda entry: (entry[0], entry[1]))
    cards = []
    for _, _, card, matched in found:
        note = card.by_style.get(style) if style in STYLES else None
        cards.append(
            ObjectionCard(
                id=card.id,
                basis=card.basis,
                situations=card.situations,
                title=card.title.text(language),
                client_says=card.client_says.text(language),
                behind=tuple(t.text(language) for t in card.behind),
                steps=tuple(t.text(language) for t in card.steps),
                example=card.example.text(language) if card.example else None,
                style_note=note.text(language) if note else None,
                matched=matched,
            )
        )
    return tuple(cards)


@dataclass(frozen=True)
class ClassStrategy:
    """The strategy for an account class, in one language."""

    lifecycle_class: str
    name: str
    description: str
    strategy: str
    actions: tuple[str, ...]


def class_strategy(
    lifecycle_class: str | None,
    language: str | None = None,
    content: PersonalityContent | None = None,
) -> ClassStrategy | None:
    """The strategy for ``lifecycle_class`` (a code of ``Account.lifecycle_class``).

    Returns ``None`` for an account without a class or with a code this
    version does not know (one synced from a newer kamdesk).
    """
    content = content or shipped_content()
    entry = content.classes.get(lifecycle_class or "")
    if entry is None:
        return None
    language = content_language(language)
    return ClassStrategy(
        lifecycle_class=entry.code,
        name=entry.name.text(language),
        description=entry.description.text(language),
        strategy=entry.strategy.text(language),
        actions=tuple(t.text(language) for t in entry.actions),
    )


# --- assessment ----------------------------------------------------------------------


@dataclass(frozen=True)
class ObservationSource:
    """Where an observation was made: a visit or a call, by id."""

    kind: str
    id: str


@dataclass(frozen=True)
class Observation:
    """One answer of the checklist: a behaviour seen (or looked for and not seen), when, where.

    Attributes:
        behaviour: the id of a checklist behaviour.
        seen: ``True`` when the behaviour was seen; ``False`` when the rep
            looked for it and it was not there.
        at: when (aware).
        source: the visit or call it was seen at, or ``None``.
        by: who observed it (the rep's name), as recorded.
    """

    behaviour: str
    seen: bool
    at: datetime
    source: ObservationSource | None = None
    by: str = ""


@dataclass(frozen=True)
class AxisScore:
    """What the observations say about one axis.

    Attributes:
        axis: ``pace`` or ``orientation``.
        lean: from -1 to 1; positive toward the first pole (fast, people).
        mass: how much evidence there is (see :func:`assess`).
        behaviours: how many different behaviours of this axis were observed.
        pole: the pole it points to, or ``None`` when balanced or not observed.
        confidence: ``amount(mass) * |lean|``, from 0 to 1.
    """

    axis: str
    lean: float
    mass: float
    behaviours: int
    pole: str | None
    confidence: float


@dataclass(frozen=True)
class Override:
    """A style the rep chose instead of the computed one.

    Attributes:
        style: the style chosen.
        reason: why, in the rep's words ("" if none given).
        at: when.
        by: who.
        kind: :data:`OVERRIDE_CHOSEN`, or :data:`OVERRIDE_LABEL` for a style
            set by hand (contact form, import) before any observation.
    """

    style: str
    reason: str
    at: datetime
    by: str = ""
    kind: str = OVERRIDE_CHOSEN


@dataclass(frozen=True)
class Assessment:
    """A person's style from observations, with the evidence and any override.

    Attributes:
        computed_style: the quadrant of the two axis scores, or
            :data:`UNDECIDED` when an axis is balanced or not observed.
        confidence: from 0 to 1 (see :func:`assess`).
        level: ``low``, ``medium`` or ``high``.
        axes: the pace and orientation scores, in that order.
        observations: the evidence, oldest first.
        override: the rep's choice, if any.
        assessed_at: the last time observations or the override were recorded.
        assessed_by: who recorded them then.
        checked_at: the last guided check (or the first observations);
            re-checks count visits and new observations from here.
        content_version: the content's version when last recorded.
    """

    computed_style: str
    confidence: float
    level: str
    axes: tuple[AxisScore, AxisScore]
    observations: tuple[Observation, ...] = ()
    override: Override | None = None
    assessed_at: datetime | None = None
    assessed_by: str = ""
    checked_at: datetime | None = None
    content_version: str = ""

    @property
    def style(self) -> str:
        """The style in force: the override, else the computed style (may be ``undecided``)."""
        return self.override.style if self.override else self.computed_style

    @property
    def undecided_axes(self) -> tuple[str, ...]:
        """The axes that are balanced or not observed."""
        return tuple(a.axis for a in self.axes if a.pole is None)

    def axis(self, name: str) -> AxisScore:
        return self.axes[0] if name == "pace" else self.axes[1]


def _axis_score(
    axis: str, observations: Sequence[Observation], content: PersonalityContent
) -> AxisScore:
    rules = content.rules
    by_behaviour: dict[str, list[bool]] = {}
    for observation in observations:
        behaviour = content.behaviour(observation.behaviour)
        if behaviour is not None and behaviour.axis == axis:
            by_behaviour.setdefault(behaviour.id, []).append(observation.seen)
    signed = mass = 0.0
    for behaviour_id, answers in by_behaviour.items():
        behaviour = content.behaviour(behaviour_id)
        assert behaviour is not None
        yes = sum(answers)
        no = len(answers) - yes
        total = len(answers)
        # Seen on several occasions: more sure it is a trait, not a bad day, up to a cap.
        repeats = min(1 + rules.repeat_weight * (total - 1), rules.repeat_cap)
        weight = behaviour.weight * repeats
        signed += behaviour.sign * weight * (yes - rules.absence_weight * no) / total
        mass += weight * (yes + rules.absence_weight * no) / total
    lean = signed / mass if mass > 0 else 0.0
    amount = 1 - math.exp(-mass / rules.amount_scale)
    pole: str | None = None
    if mass > 0 and abs(lean) >= rules.balanced_below:
        pole = AXES[axis][0] if lean > 0 else AXES[axis][1]
    return AxisScore(
        axis=axis,
        lean=round(lean, 4),
        mass=round(mass, 4),
        behaviours=len(by_behaviour),
        pole=pole,
        confidence=round(amount * abs(lean), 4),
    )


def confidence_level(confidence: float, content: PersonalityContent | None = None) -> str:
    """``low``, ``medium`` or ``high`` for a confidence (the thresholds are content rules)."""
    rules = (content or shipped_content()).rules
    if confidence >= rules.high_from:
        return "high"
    if confidence >= rules.medium_from:
        return "medium"
    return "low"


def _check_known(observations: Sequence[Observation], content: PersonalityContent) -> None:
    for index, observation in enumerate(observations):
        if content.behaviour(observation.behaviour) is None:
            raise InvalidInput(
                f"observations[{index}].behaviour",
                translate("personality", "unknown behaviour %1").replace(
                    "%1", str(observation.behaviour)
                ),
            )


def assess(
    observations: Sequence[Observation], content: PersonalityContent | None = None
) -> Assessment:
    """The style and its confidence from ``observations``, keeping them as evidence.

    The formula (its constants are the content's :class:`Rules`; shipped
    values in brackets):

    1. Each behaviour points to one pole of one axis with a weight ``w``.
       Its ``k`` observations are pooled: with ``y`` "seen" and ``n`` "not
       seen" (``k = y + n``), it adds ``W * (y - a*n) / k`` toward its pole
       (negative: toward the other) and ``W * (y + a*n) / k`` to the axis's
       *mass* of evidence. ``a`` is ``absence_weight`` [0.5]: not seeing a
       behaviour says less than seeing it. ``W = w * min(1 + r*(k - 1), c)``
       with ``repeat_weight`` ``r`` [0.5] and ``repeat_cap`` ``c`` [2.0]:
       the same behaviour observed on more occasions is surer to be a trait
       rather than a mood, but it stays one behaviour, so it counts at most
       double.
    2. An axis's *lean* is the sum of what its behaviours add divided by its
       mass: +1 or -1 when every observation agrees, 0 when they cancel out.
    3. An axis is *balanced* when ``|lean| < balanced_below`` [0.25] or it
       has no observation; the style is then :data:`UNDECIDED`. Otherwise the
       two poles give the quadrant (fast+people actor, fast+task driver,
       slow+task professor, slow+people amiable).
    4. An axis's confidence is ``amount * |lean|`` with
       ``amount = 1 - exp(-mass / amount_scale)`` [2.0]: it grows with the
       evidence and saturates (1 behaviour seen: 0.39; 2: 0.63; 3: 0.78;
       4: 0.86). The style needs both axes, so its confidence is the lower of
       the two; ``low`` below ``medium_from`` [0.45], ``high`` from
       ``high_from`` [0.75].

    So two observations (one per axis) give 0.39, low; eight consistent ones
    (four per axis, weight 1) give 0.86, high; eight split evenly give an
    undecided style with confidence 0.

    Raises:
        InvalidInput: an observation names an unknown behaviour
            (``observations[2].behaviour``).
    """
    content = content or shipped_content()
    _check_known(observations, content)
    ordered = tuple(sorted(observations, key=lambda o: o.at))
    pace = _axis_score("pace", ordered, content)
    orientation = _axis_score("orientation", ordered, content)
    confidence = min(pace.confidence, orientation.confidence)
    if pace.pole is None or orientation.pole is None:
        style = UNDECIDED
    else:
        style = STYLE_OF_POLES[(pace.pole, orientation.pole)]
    return Assessment(
        computed_style=style,
        confidence=confidence,
        level=confidence_level(confidence, content),
        axes=(pace, orientation),
        observations=ordered,
        assessed_at=ordered[-1].at if ordered else None,
        checked_at=ordered[0].at if ordered else None,
        content_version=content.version,
    )


@dataclass(frozen=True)
class Recheck:
    """Whether to check the style again, and why.

    Attributes:
        needed: a re-check is advised.
        reasons: :data:`RECHECK_VISITS` and/or :data:`RECHECK_DISAGREEMENT`.
        visits_since: visits done with the person since the last check.
        after_visits: the content's number of visits after which to re-check.
        disagreeing_axes: the axes on which the new observations point to
            the other pole than the style in force.
        disagreeing: the new observations that point against the style.
    """

    needed: bool
    reasons: tuple[str, ...] = ()
    visits_since: int = 0
    after_visits: int = 0
    disagreeing_axes: tuple[str, ...] = ()
    disagreeing: tuple[Observation, ...] = ()


def needs_recheck(
    assessment: Assessment,
    visits_since: int,
    new_observations: Sequence[Observation] = (),
    content: PersonalityContent | None = None,
) -> Recheck:
    """Whether ``assessment`` should be checked again.

    Two reasons: ``visits_since`` has reached ``recheck_after_visits`` [3]
    (people show more of themselves over time), or the new observations
    (made after the last check) disagree with the style in force (the
    override, else the computed style): on some axis they alone have at least
    ``disagreement_min_mass`` [1.0] of evidence (one behaviour seen, or two
    looked for and not seen) and lean to the other pole by at least
    ``balanced_below``. An undecided style cannot be disagreed with; it is
    offered an assessment instead.
    """
    content = content or shipped_content()
    rules = content.rules
    reasons: list[str] = []
    if visits_since >= rules.recheck_after_visits:
        reasons.append(RECHECK_VISITS)
    against_axes: list[str] = []
    against: list[Observation] = []
    style = assessment.style
    if style in STYLES and new_observations:
        _check_known(new_observations, content)
        entry = content.styles[style]
        held = {"pace": entry.pace, "orientation": entry.orientation}
        for axis in AXES:
            score = _axis_score(axis, new_observations, content)
            if (
                score.pole is not None
                and score.pole != held[axis]
                and score.mass >= rules.disagreement_min_mass
            ):
                against_axes.append(axis)
                for observation in new_observations:
                    behaviour = content.behaviour(observation.behaviour)
                    assert behaviour is not None
                    if (
                        behaviour.axis == axis
                        and (behaviour.pole == held[axis]) != observation.seen
                    ):
                        against.append(observation)
        if against_axes:
            reasons.append(RECHECK_DISAGREEMENT)
    return Recheck(
        needed=bool(reasons),
        reasons=tuple(reasons),
        visits_since=visits_since,
        after_visits=rules.recheck_after_visits,
        disagreeing_axes=tuple(against_axes),
        disagreeing=tuple(against),
    )


# --- the stored shape ----------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def assessment_to_json(assessment: Assessment) -> dict[str, Any]:
    """The assessment as stored in ``Contact.personality_assessment`` and the settings.

    Shape (version 1)::

        {"version": 1, "content_version": "1+1+1+1+1",
         "observations": [{"behaviour": "speaks_fast", "seen": true,
                           "at": "2026-11-20T09:30:00+00:00",
                           "source": {"kind": "visit", "id": "..."} | null,
                           "by": "王小明"}, ...],
         "style": "driver" | "undecided", "confidence": 0.86, "level": "high",
         "axes": {"pace": {"lean": 1.0, "mass": 4.0, "behaviours": 4}, "orientation": {...}},
         "override": {"style": "amiable", "reason": "...", "at": "...", "by": "...",
                      "kind": "chosen" | "label"} | null,
         "assessed_at": "...", "assessed_by": "王小明", "checked_at": "..."}

    ``style``, ``confidence``, ``level`` and ``axes`` are a summary for other
    readers (export, the hub); kamdesk recomputes them from the observations
    with the content in force.
    """
    override = assessment.override
    return {
        "version": ASSESSMENT_VERSION,
        "content_version": assessment.content_version,
        "observations": [
            {
                "behaviour": o.behaviour,
                "seen": o.seen,
                "at": o.at.isoformat(),
                "source": {"kind": o.source.kind, "id": o.source.id} if o.source else None,
                "by": o.by,
            }
            for o in assessment.observations
        ],
        "style": assessment.computed_style,
        "confidence": assessment.confidence,
        "level": assessment.level,
        "axes": {
            a.axis: {"lean": a.lean, "mass": a.mass, "behaviours": a.behaviours}
            for a in assessment.axes
        },
        "override": None
        if override is None
        else {
            "style": override.style,
            "reason": override.reason,
            "at": override.at.isoformat(),
            "by": override.by,
            "kind": override.kind,
        },
        "assessed_at": _iso(assessment.assessed_at),
        "assessed_by": assessment.assessed_by,
        "checked_at": _iso(assessment.checked_at),
    }


def _stored_time(value: object, where: str) -> datetime:
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            return moment
    raise InvalidInput(
        where,
        translate("personality", "not a date and time with a time zone: %1").replace(
            "%1", json.dumps(value, ensure_ascii=False)
        ),
    )


def _stored_text(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput(where, translate("personality", "expected a text"))
    return value


def assessment_from_json(
    data: object,
    where: str = "personality_assessment",
    content: PersonalityContent | None = None,
) -> Assessment:
    """Reads a stored assessment and recomputes its scores with the content in force.

    Observations of behaviours the content no longer has are kept as
    evidence but count for nothing.

    Raises:
        InvalidInput: the data is not of this shape; ``where`` leads the place
            (``personality_assessment.observations[3].at``).
    """
    content = content or shipped_content()
    if not isinstance(data, dict):
        raise InvalidInput(where, translate("personality", "expected an object"))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidInput(f"{where}.version", translate("personality", "missing or not a number"))
    if version > ASSESSMENT_VERSION:
        raise InvalidInput(
            f"{where}.version",
            translate("personality", "written by a newer kamdesk (version %1)").replace(
                "%1", str(version)
            ),
        )
    listed = data.get("observations", [])
    if not isinstance(listed, list):
        raise InvalidInput(f"{where}.observations", translate("personality", "expected a list"))
    observations: list[Observation] = []
    for index, item in enumerate(listed):
        here = f"{where}.observations[{index}]"
        if not isinstance(item, dict):
            raise InvalidInput(here, translate("personality", "expected an object"))
        seen = item.get("seen")
        if not isinstance(seen, bool):
            raise InvalidInput(f"{here}.seen", translate("personality", "expected true or false"))
        source_data = item.get("source")
        source = None
        if source_data is not None:
            if (
                not isinstance(source_data, dict)
                or source_data.get("kind") not in SOURCE_KINDS
                or not isinstance(source_data.get("id"), str)
            ):
                raise InvalidInput(
                    f"{here}.source",
                    translate("personality", "expected a visit or a call with its id"),
                )
            source = ObservationSource(source_data["kind"], source_data["id"])
        observations.append(
            Observation(
                behaviour=_stored_text(item.get("behaviour"), f"{here}.behaviour"),
                seen=seen,
                at=_stored_time(item.get("at"), f"{here}.at"),
                source=source,
                by=_stored_text(item.get("by", ""), f"{here}.by"),
            )
        )
    override_data = data.get("override")
    override = None
    if override_data is not None:
        here = f"{where}.override"
        if not isinstance(override_data, dict):
            raise InvalidInput(here, translate("personality", "expected an object"))
        style = override_data.get("style")
        if style not in STYLES:
            raise InvalidInput(
                f"{here}.style",
                translate("personality", "%1 is not one of: %2")
                .replace("%1", json.dumps(style, ensure_ascii=False))
                .replace("%2", ", ".join(STYLES)),
            )
        kind = override_data.get("kind", OVERRIDE_CHOSEN)
        if kind not in (OVERRIDE_CHOSEN, OVERRIDE_LABEL):
            raise InvalidInput(
                f"{here}.kind",
                translate("personality", "%1 is not one of: %2")
                .replace("%1", json.dumps(kind, ensure_ascii=False))
                .replace("%2", f"{OVERRIDE_CHOSEN}, {OVERRIDE_LABEL}"),
            )
        override = Override(
            style=str(style),
            reason=_stored_text(override_data.get("reason", ""), f"{here}.reason"),
            at=_stored_time(override_data.get("at"), f"{here}.at"),
            by=_stored_text(override_data.get("by", ""), f"{here}.by"),
            kind=str(kind),
        )
    known = [o for o in observations if content.behaviour(o.behaviour) is not None]
    computed = assess(known, content)
    assessed_at = data.get("assessed_at")
    checked_at = data.get("checked_at")
    return dataclasses.replace(
        computed,
        observations=tuple(sorted(observations, key=lambda o: o.at)),
        override=override,
        assessed_at=None
        if assessed_at is None
        else _stored_time(assessed_at, f"{where}.assessed_at"),
        assessed_by=_stored_text(data.get("assessed_by", ""), f"{where}.assessed_by"),
        checked_at=None if checked_at is None else _stored_time(checked_at, f"{where}.checked_at"),
        content_version=_stored_text(data.get("content_version", ""), f"{where}.content_version"),
    )


# --- recording -----------------------------------------------------------------------


def _style_code(value: object, where: str) -> str:
    text = _fold(value) if isinstance(value, str) else value
    if text not in STYLES:
        raise InvalidInput(
            where,
            translate("personality", "%1 is not one of: %2")
            .replace("%1", json.dumps(value, ensure_ascii=False))
            .replace("%2", ", ".join(STYLES)),
        )
    return str(text)


def _reason(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInput("reason", translate("personality", "expected a text"))
    text = _CONTROL.sub("", unicodedata.normalize("NFC", value)).strip()
    if len(text) > MAX_REASON_CHARS:
        raise InvalidInput(
            "reason",
            translate("personality", "at most %1 characters").replace("%1", str(MAX_REASON_CHARS)),
        )
    return text


def _by(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(_CONTROL.sub("", value).split())[:200]


def _now(now: datetime | None) -> datetime:
    if now is None:
        return utcnow()
    if now.tzinfo is None:
        raise InvalidInput("now", translate("personality", "a time needs its time zone"))
    return now


def _checked_observations(
    observations: Sequence[Observation],
    content: PersonalityContent,
    now: datetime,
    by: str,
    source_error: Callable[[ObservationSource], str] | None = None,
) -> tuple[list[Observation], list[InvalidInput]]:
    """The observations as they will be stored, and every error (``observations[i].field``)."""
    errors: list[InvalidInput] = []
    if not observations:
        errors.append(
            InvalidInput("observations", translate("personality", "no observation was given"))
        )
    elif len(observations) > MAX_BATCH:
        errors.append(
            InvalidInput(
                "observations",
                translate("personality", "at most %1 observations at a time").replace(
                    "%1", str(MAX_BATCH)
                ),
            )
        )
    kept: list[Observation] = []
    for index, observation in enumerate(observations[:MAX_BATCH]):
        here = f"observations[{index}]"
        ok = True
        if not isinstance(observation, Observation):
            errors.append(InvalidInput(here, translate("personality", "not an observation")))
            continue
        if content.behaviour(observation.behaviour) is None:
            errors.append(
                InvalidInput(
                    f"{here}.behaviour",
                    translate("personality", "unknown behaviour %1").replace(
                        "%1", str(observation.behaviour)
                    ),
                )
            )
            ok = False
        if not isinstance(observation.seen, bool):
            errors.append(
                InvalidInput(f"{here}.seen", translate("personality", "expected true or false"))
            )
            ok = False
        at = observation.at
        if not isinstance(at, datetime) or at.tzinfo is None:
            errors.append(
                InvalidInput(f"{here}.at", translate("personality", "a time needs its time zone"))
            )
            ok = False
        elif at > now + CLOCK_SLACK:
            errors.append(
                InvalidInput(f"{here}.at", translate("personality", "lies in the future"))
            )
            ok = False
        if observation.source is not None and source_error is not None:
            problem = source_error(observation.source)
            if problem:
                errors.append(InvalidInput(f"{here}.source", problem))
                ok = False
        if ok:
            kept.append(dataclasses.replace(observation, by=_by(observation.by) or by))
    return kept, errors


def _merged(
    previous: Assessment | None,
    added: Sequence[Observation],
    content: PersonalityContent,
    *,
    override: Override | None,
    by: str,
    now: datetime,
    checklist: bool,
) -> Assessment:
    earlier = previous.observations if previous else ()
    observations = sorted((*earlier, *added), key=lambda o: o.at)[-MAX_KEPT:]
    known = [o for o in observations if content.behaviour(o.behaviour) is not None]
    computed = assess(known, content)
    checked_at = now if checklist or previous is None else previous.checked_at
    return dataclasses.replace(
        computed,
        observations=tuple(observations),
        override=override,
        assessed_at=now,
        assessed_by=by,
        checked_at=checked_at,
        content_version=content.version,
    )


def _stored(contact: Contact, content: PersonalityContent) -> Assessment | None:
    """The contact's stored assessment, or ``None`` (none, or one this version cannot read)."""
    if not contact.personality_assessment:
        return None
    try:
        return assessment_from_json(contact.personality_assessment, content=content)
    except InvalidInput:
        return None


def _stored_for_write(contact: Contact, content: PersonalityContent) -> Assessment | None:
    """The contact's stored assessment; one that cannot be read is never overwritten.

    Raises:
        InvalidInput: the stored assessment cannot be read (a newer kamdesk
            wrote it, or it is damaged); ``where`` names the place.
    """
    if not contact.personality_assessment:
        return None
    return assessment_from_json(contact.personality_assessment, content=content)


def _hand_label(contact: Contact, stored: Assessment | None) -> str | None:
    """A style written to the contact by the form or an import, not by an assessment."""
    style = contact.personality
    if style not in STYLES:
        return None
    if stored is not None and stored.style == style:
        return None
    return style


def _write(session: Session, contact: Contact, assessment: Assessment | None) -> Changed:
    values: dict[str, Any] = {"personality": None, "personality_assessment": None}
    if assessment is not None:
        values["personality"] = assessment.style if assessment.style in STYLES else None
        values["personality_assessment"] = assessment_to_json(assessment)
    changed = {name for name, value in values.items() if getattr(contact, name) != value}
    for name in changed:
        setattr(contact, name, values[name])
    if not changed:
        return Changed(entity="contact", op=OP_UPDATED, ids=())
    session.flush()
    return Changed(
        entity="contact",
        op=OP_UPDATED,
        ids=(contact.id,),
        fields=frozenset(changed),
        account_ids=(contact.account_id,),
        rows=(("contact", (contact.id,)),),
    )


def _source_checker(session: Session, contact: Contact) -> Callable[[ObservationSource], str]:
    def problem(source: ObservationSource) -> str:
        if not isinstance(source, ObservationSource) or source.kind not in SOURCE_KINDS:
            return translate("personality", "expected a visit or a call with its id")
        if source.kind == "visit":
            visit = session.get(Visit, source.id)
            if visit is None or visit.deleted:
                return translate("personality", "no such visit: %1").replace("%1", source.id)
            if contact.id not in (visit.contact_ids or []):
                return translate("personality", "%1 did not attend this visit").replace(
                    "%1", contact.name
                )
            return ""
        call = session.get(Call, source.id)
        if call is None or call.deleted:
            return translate("personality", "no such call: %1").replace("%1", source.id)
        if call.contact_id != contact.id:
            return translate("personality", "this call was with someone else")
        return ""

    return problem


def record_observations(
    session: Session,
    contact_id: str,
    observations: Sequence[Observation],
    *,
    by: str = "",
    checklist: bool = False,
    now: datetime | None = None,
    content: PersonalityContent | None = None,
) -> Changed:
    """Adds observations of a contact and recomputes the style.

    The earlier observations stay (the evidence grows; the newest
    :data:`MAX_KEPT` are kept). A style set by hand before (contact form,
    import) is kept as an override of kind ``label``.

    Args:
        by: who observed (the rep's name), for observations that do not say.
        checklist: ``True`` when the rep went through the guided checklist:
            this is a (re-)check, and re-checks count from now.
        now: the time of recording (aware); ``None`` is now.

    Raises:
        NotFound: no live contact has this id.
        ValidationFailed: an observation is wrong (an unknown behaviour, a
            time without zone or in the future, a visit the contact did not
            attend, another person's call); each error names it
            (``observations[1].source``); nothing was written.
        InvalidInput: the stored assessment cannot be read (written by a
            newer kamdesk): it is left as it is.
    """
    content = content or shipped_content()
    now = _now(now)
    by = _by(by)
    contact = get_live(session, Contact, contact_id, "contact")
    added, errors = _checked_observations(
        observations, content, now, by, _source_checker(session, contact)
    )
    if errors:
        raise ValidationFailed(errors)
    stored = _stored_for_write(contact, content)
    override = stored.override if stored else None
    label = _hand_label(contact, stored)
    if label is not None:
        override = Override(label, "", now, by, OVERRIDE_LABEL)
    assessment = _merged(
        stored, added, content, override=override, by=by, now=now, checklist=checklist
    )
    return _write(session, contact, assessment)


def override_style(
    session: Session,
    contact_id: str,
    style: str | None,
    reason: str = "",
    *,
    by: str = "",
    now: datetime | None = None,
    content: PersonalityContent | None = None,
) -> Changed:
    """Sets the style the rep chose for a contact, kept beside the computed one.

    Args:
        style: one of :data:`STYLES`; ``None`` removes the override, so the
            computed style is in force again.
        reason: why (what the rep saw), kept with it.

    Raises:
        NotFound: no live contact has this id.
        ValidationFailed: ``style`` or ``reason`` is wrong; nothing was written.
        InvalidInput: the stored assessment cannot be read (written by a
            newer kamdesk): it is left as it is.
    """
    content = content or shipped_content()
    now = _now(now)
    by = _by(by)
    errors: list[InvalidInput] = []
    code: str | None = None
    if style is not None:
        try:
            code = _style_code(style, "style")
        except InvalidInput as error:
            errors.append(error)
    try:
        text = _reason(reason)
    except InvalidInput as error:
        errors.append(error)
    if errors:
        raise ValidationFailed(errors)
    contact = get_live(session, Contact, contact_id, "contact")
    stored = _stored_for_write(contact, content)
    if stored is None and code is None:
        if contact.personality is None:
            return Changed(entity="contact", op=OP_UPDATED, ids=())
        return _write(session, contact, None)
    base = stored or dataclasses.replace(assess([], content), checked_at=now)
    override = None if code is None else Override(code, text, now, by, OVERRIDE_CHOSEN)
    assessment = dataclasses.replace(
        base, override=override, assessed_at=now, assessed_by=by, content_version=content.version
    )
    if not assessment.observations and override is None:
        return _write(session, contact, None)
    return _write(session, contact, assessment)


@dataclass(frozen=True)
class ClearedAssessment:
    """What :func:`clear_assessment` removed, for :func:`restore_assessment` (Undo)."""

    contact_id: str
    account_id: str
    personality: str | None
    assessment: Mapping[str, Any] | None
    changed: Changed


def clear_assessment(session: Session, contact_id: str) -> ClearedAssessment:
    """Removes a contact's style, observations and override.

    Raises:
        NotFound: no live contact has this id.
    """
    contact = get_live(session, Contact, contact_id, "contact")
    personality = contact.personality
    stored = dict(contact.personality_assessment) if contact.personality_assessment else None
    changed = _write(session, contact, None)
    return ClearedAssessment(contact_id, contact.account_id, personality, stored, changed)


def restore_assessment(session: Session, cleared: ClearedAssessment) -> Changed:
    """Puts back what :func:`clear_assessment` removed (only if nothing was recorded since).

    Raises:
        NotFound: the contact is no longer live.
        InvalidInput: the contact has a new assessment since (``where`` is
            ``personality_assessment``); nothing was written.
    """
    contact = get_live(session, Contact, cleared.contact_id, "contact")
    if contact.personality_assessment or contact.personality:
        raise InvalidInput(
            "personality_assessment",
            translate("personality", "the contact has been assessed again since"),
        )
    contact.personality = cleared.personality
    contact.personality_assessment = (
        dict(cleared.assessment) if cleared.assessment is not None else None
    )
    session.flush()
    return Changed(
        entity="contact",
        op=OP_UPDATED,
        ids=(contact.id,),
        fields=frozenset({"personality", "personality_assessment"}),
        account_ids=(contact.account_id,),
        rows=(("contact", (contact.id,)),),
    )


def set_keep_local(session: Session, contact_id: str, keep: bool) -> Changed:
    """Switches "keep on this laptop" for a contact's observations and style.

    Raises:
        NotFound: no live contact has this id.
        InvalidInput: ``keep`` is not a bool (``where`` is ``keep_local``).
    """
    if not isinstance(keep, bool):
        raise InvalidInput("keep_local", translate("personality", "expected true or false"))
    contact = get_live(session, Contact, contact_id, "contact")
    if contact.keep_local == keep:
        return Changed(entity="contact", op=OP_UPDATED, ids=())
    contact.keep_local = keep
    session.flush()
    return Changed(
        entity="contact",
        op=OP_UPDATED,
        ids=(contact_id,),
        fields=frozenset({"keep_local"}),
        account_ids=(contact.account_id,),
        rows=(("contact", (contact_id,)),),
    )


# --- reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class BehaviourEvidence:
    """How often one behaviour was seen or looked for in vain."""

    behaviour: str
    axis: str
    pole: str
    seen: int
    not_seen: int
    last_at: datetime


@dataclass(frozen=True)
class Evidence:
    """A summary of the observations behind a style.

    Attributes:
        observations: how many.
        behaviours: per behaviour, most seen first.
        visit_ids: the visits they were made at, oldest first.
        call_ids: the calls they were made on, oldest first.
        first_at: the oldest observation's time.
        last_at: the newest one's.
    """

    observations: int = 0
    behaviours: tuple[BehaviourEvidence, ...] = ()
    visit_ids: tuple[str, ...] = ()
    call_ids: tuple[str, ...] = ()
    first_at: datetime | None = None
    last_at: datetime | None = None


def evidence_of(
    observations: Sequence[Observation], content: PersonalityContent | None = None
) -> Evidence:
    """The summary of ``observations`` (behaviours the content lacks are left out of it)."""
    content = content or shipped_content()
    if not observations:
        return Evidence()
    tally: dict[str, list[Any]] = {}
    visits: list[str] = []
    calls: list[str] = []
    for observation in sorted(observations, key=lambda o: o.at):
        behaviour = content.behaviour(observation.behaviour)
        if behaviour is not None:
            entry = tally.setdefault(behaviour.id, [behaviour, 0, 0, observation.at])
            entry[1 if observation.seen else 2] += 1
            entry[3] = observation.at
        source = observation.source
        if source is not None:
            listed = visits if source.kind == "visit" else calls
            if source.id not in listed:
                listed.append(source.id)
    order = {b.id: i for i, b in enumerate(content.behaviours)}
    behaviours = sorted(
        (
            BehaviourEvidence(b.id, b.axis, b.pole, seen, not_seen, last)
            for b, seen, not_seen, last in tally.values()
        ),
        key=lambda e: (-e.seen, -e.not_seen, order[e.behaviour]),
    )
    times = [o.at for o in observations]
    return Evidence(
        observations=len(observations),
        behaviours=tuple(behaviours),
        visit_ids=tuple(visits),
        call_ids=tuple(calls),
        first_at=min(times),
        last_at=max(times),
    )


@dataclass(frozen=True)
class StyleView:
    """What a contact's (or the rep's) style shows: never a bare label.

    Attributes:
        contact_id: the contact, or ``None`` for the rep.
        status: ``not_assessed`` (nothing known: offer an assessment),
            ``labelled`` (a style set by hand or chosen, without
            observations), ``undecided`` (observations, but an axis is
            balanced or not observed), ``assessed`` (observations and a style).
        style: the style in force (the override, else the computed one), or
            ``None`` when not assessed or undecided.
        computed_style: the style the observations give, :data:`UNDECIDED`,
            or ``None`` without observations.
        confidence: from 0 to 1 (0 without observations).
        level: ``none`` without observations, else ``low``/``medium``/``high``.
        override: the rep's choice, if any (its ``kind`` says whether it was
            chosen or came from the contact form or an import).
        undecided_axes: the axes that are balanced or not observed.
        evidence: the summary of the observations.
        recheck: whether to check again (``None`` for the rep's own style).
        offer_assessment: the view should offer the checklist: not assessed,
            only labelled, undecided, low confidence, or a re-check advised.
        keep_local: the observations stay on this laptop.
        assessed_at: the last recording, if any.
    """

    contact_id: str | None
    status: str
    style: str | None
    computed_style: str | None
    confidence: float
    level: str
    override: Override | None
    undecided_axes: tuple[str, ...]
    evidence: Evidence
    recheck: Recheck | None
    offer_assessment: bool
    keep_local: bool
    assessed_at: datetime | None = None


def _view(
    contact_id: str | None,
    assessment: Assessment | None,
    label: str | None,
    recheck: Recheck | None,
    keep_local: bool,
    content: PersonalityContent,
) -> StyleView:
    if assessment is None or (not assessment.observations and assessment.override is None):
        return StyleView(
            contact_id=contact_id,
            status="not_assessed" if label is None else "labelled",
            style=label,
            computed_style=None,
            confidence=0.0,
            level="none",
            override=None,
            undecided_axes=tuple(AXES),
            evidence=Evidence(),
            recheck=recheck,
            offer_assessment=True,
            keep_local=keep_local,
        )
    override = assessment.override
    if label is not None:
        override = Override(label, "", assessment.assessed_at or utcnow(), "", OVERRIDE_LABEL)
    observed = bool(assessment.observations)
    style = override.style if override else assessment.computed_style
    if not observed:
        status = "labelled"
    elif style == UNDECIDED:
        status = "undecided"
    else:
        status = "assessed"
    level = assessment.level if observed else "none"
    offer = status != "assessed" or level == "low" or (recheck is not None and recheck.needed)
    return StyleView(
        contact_id=contact_id,
        status=status,
        style=style if style in STYLES else None,
        computed_style=assessment.computed_style if observed else None,
        confidence=assessment.confidence if observed else 0.0,
        level=level,
        override=override,
        undecided_axes=assessment.undecided_axes,
        evidence=evidence_of(assessment.observations, content),
        recheck=recheck,
        offer_assessment=offer,
        keep_local=keep_local,
        assessed_at=assessment.assessed_at,
    )


def visits_since(session: Session, contact: Contact, since: datetime, now: datetime) -> int:
    """How many visits done with ``contact`` started after ``since`` and by ``now``."""
    statement = select(Visit.contact_ids).where(
        Visit.account_id == contact.account_id,
        Visit.status == "done",
        is_live(Visit),
        Visit.start > since,
        Visit.start <= now,
    )
    return sum(1 for ids in session.scalars(statement) if contact.id in (ids or []))


def contact_style(
    session: Session,
    contact_id: str,
    *,
    now: datetime | None = None,
    content: PersonalityContent | None = None,
) -> StyleView:
    """A contact's style with its confidence and evidence, or "not assessed".

    Raises:
        NotFound: no live contact has this id.
    """
    content = content or shipped_content()
    now = _now(now)
    contact = get_live(session, Contact, contact_id, "contact")
    stored = _stored(contact, content)
    label = _hand_label(contact, stored)
    recheck = None
    if stored is not None and stored.observations:
        since = stored.checked_at or stored.observations[0].at
        # New observations are compared with the style as it stood at the last
        # check: once they have tipped the style itself, it is too late to ask.
        known = [o for o in stored.observations if content.behaviour(o.behaviour) is not None]
        override = stored.override
        if label is not None:
            override = Override(label, "", now, "", OVERRIDE_LABEL)
        at_check = dataclasses.replace(
            assess([o for o in known if o.at <= since], content), override=override
        )
        recheck = needs_recheck(
            at_check,
            visits_since(session, contact, since, now),
            [o for o in known if o.at > since],
            content,
        )
    return _view(contact.id, stored, label, recheck, bool(contact.keep_local), content)


def describe_style(view: StyleView, language: str | None = None) -> str:
    """One line that says the style, how sure it is and from what; for the CLI and tooltips."""
    content = shipped_content()
    name = style_name(view.style, language, content) if view.style else ""
    count = view.evidence.observations
    if view.status == "not_assessed":
        return translate(
            "personality", "Not assessed yet. Note what you observe to find the style."
        )
    if view.status == "labelled":
        return translate(
            "personality", "%1, set by hand without observations: assess to confirm."
        ).replace("%1", name)
    evidence = translate("personality", "from %n observation(s)", "", count)
    if view.status == "undecided":
        names = [
            content.axis_names[a].text(content_language(language)) for a in view.undecided_axes
        ]
        axes = names[0]
        if len(names) > 1:
            axes = (
                translate("personality", "%1 and %2")
                .replace("%1", names[0])
                .replace("%2", names[1])
            )
        text = (
            translate("personality", "Undecided: %1 not clear yet (%2).")
            .replace("%1", axes)
            .replace("%2", evidence)
        )
    else:
        level = {
            "low": translate("personality", "low confidence"),
            "medium": translate("personality", "medium confidence"),
            "high": translate("personality", "high confidence"),
        }.get(view.level, view.level)
        text = (
            translate("personality", "%1, %2 (%3).")
            .replace("%1", name)
            .replace("%2", level)
            .replace("%3", evidence)
        )
        if view.override is not None and view.computed_style != view.override.style:
            text = join_sentences(
                text,
                translate("personality", "Chosen by you; the observations say: %1.").replace(
                    "%1", style_name(view.computed_style, language, content)
                ),
            )
    if view.recheck is not None and view.recheck.needed:
        if RECHECK_DISAGREEMENT in view.recheck.reasons:
            text = join_sentences(
                text, translate("personality", "New observations disagree: check the style again.")
            )
        else:
            visits = view.recheck.visits_since
            text = join_sentences(
                text,
                translate(
                    "personality",
                    "%n visit(s) since the last check: check the style again.",
                    "",
                    visits,
                ),
            )
    return text


# --- the rep's own style -------------------------------------------------------------


def rep_assessment(
    settings: Settings, content: PersonalityContent | None = None
) -> Assessment | None:
    """The rep's own assessment from the settings, or ``None`` when there is none.

    Raises:
        InvalidInput: the stored assessment cannot be read (``rep_personality...``).
    """
    if not settings.rep_personality:
        return None
    return assessment_from_json(settings.rep_personality, "rep_personality", content)


def rep_style(settings: Settings, content: PersonalityContent | None = None) -> StyleView:
    """The rep's own style as a :class:`StyleView` (``contact_id`` ``None``, no re-check)."""
    content = content or shipped_content()
    return _view(None, rep_assessment(settings, content), None, None, True, content)


def record_rep_observations(
    settings: Settings,
    observations: Sequence[Observation],
    *,
    checklist: bool = True,
    now: datetime | None = None,
    content: PersonalityContent | None = None,
) -> Settings:
    """New settings with the rep's own observations added (for the caller to save).

    Raises:
        ValidationFailed: an observation is wrong, or names a visit or call
            (the rep's own observations have none).
    """
    content = content or shipped_content()
    now = _now(now)

    def no_source(source: ObservationSource) -> str:
        return translate("personality", "your own observations have no visit or call")

    added, errors = _checked_observations(observations, content, now, settings.rep_name, no_source)
    if errors:
        raise ValidationFailed(errors)
    previous = rep_assessment(settings, content)
    assessment = _merged(
        previous,
        added,
        content,
        override=previous.override if previous else None,
        by=settings.rep_name,
        now=now,
        checklist=checklist,
    )
    return settings.replace(rep_personality=assessment_to_json(assessment))


def override_rep_style(
    settings: Settings,
    style: str | None,
    reason: str = "",
    *,
    now: datetime | None = None,
    content: PersonalityContent | None = None,
) -> Settings:
    """New settings with the rep's own style chosen (``None`` removes the choice).

    Raises:
        ValidationFailed: ``style`` or ``reason`` is wrong.
    """
    content = content or shipped_content()
    now = _now(now)
    errors: list[InvalidInput] = []
    code: str | None = None
    if style is not None:
        try:
            code = _style_code(style, "style")
        except InvalidInput as error:
            errors.append(error)
    try:
        text = _reason(reason)
    except InvalidInput as error:
        errors.append(error)
    if errors:
        raise ValidationFailed(errors)
    previous = rep_assessment(settings, content)
    base = previous or dataclasses.replace(assess([], content), checked_at=now)
    override = None if code is None else Override(code, text, now, settings.rep_name)
    if not base.observations and override is None:
        return settings.replace(rep_personality={})
    assessment = dataclasses.replace(
        base,
        override=override,
        assessed_at=now,
        assessed_by=settings.rep_name,
        content_version=content.version,
    )
    return settings.replace(rep_personality=assessment_to_json(assessment))


def clear_rep_assessment(settings: Settings) -> Settings:
    """New settings without the rep's own assessment."""
    return settings.replace(rep_personality={})


def check_stored_rep_personality(data: Mapping[str, Any]) -> None:
    """Raises :class:`InvalidInput` if ``data`` is not a readable assessment (settings check)."""
    if data:
        assessment_from_json(dict(data), "rep_personality")

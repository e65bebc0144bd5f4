"""The three-step phone invitation (电话邀约) as bilingual templates (issue 4, point 4).

The manual's three steps:

1. ``introduce`` (自我介绍): who I am, whom I work for, what I offer;
2. ``benefit`` (晓之以利): what we do, how we helped a company like theirs and
   what it brought them, and that we can do the same for them;
3. ``appointment`` (以约会收尾): a natural invitation without pressure,
   confirming time, place and person.

The texts ship in ``resources/scripts/phone_invitation.json``, per language
and step, with placeholders such as ``{rep_name}`` (:data:`PLACEHOLDERS`).
A rep can edit them: the edited copy lives in the data directory
(``scripts/phone_invitation.json``) and overrides the shipped texts step by
step. A template is checked before it is used or saved
(:func:`check_text`): every placeholder must be known, the step's required
ones (:data:`REQUIRED`) present and the braces balanced; a refusal is a
:class:`TemplateRefused` naming the language, the step and the placeholder.

:func:`render` fills a language's steps from :class:`ScriptFacts`: the rep's
profile (the Settings), the contact and the reference customer. A profile
value the rep has not filled in yet is left as its placeholder and listed in
:attr:`RenderedScript.missing_profile`, so the UI can send the rep to
Settings. :func:`pick_reference_customer` ranks the rep's other accounts of
the same industry.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.errors import InvalidInput
from kamdesk.i18n import LANGUAGES, translate
from kamdesk.models import Account, Visit
from kamdesk.paths import DataPaths

#: The shipped templates, relative to the resources directory.
SCRIPT_RESOURCE: Final = ("scripts", "phone_invitation.json")
#: The rep's edited copy, relative to the data directory.
EDITED_SCRIPT_FILE: Final = ("scripts", "phone_invitation.json")
#: The three steps, in call order.
STEPS: Final = ("introduce", "benefit", "appointment")
#: Every placeholder a template may use.
PLACEHOLDERS: Final = (
    "rep_name",
    "company",
    "offer",
    "contact_name",
    "contact_title",
    "salutation",
    "account_name",
    "industry",
    "reference_customer",
    "reference_result",
)
#: The placeholders each step must use: the manual's points of that step.
REQUIRED: Final[Mapping[str, tuple[str, ...]]] = {
    "introduce": ("rep_name", "company", "offer"),
    "benefit": ("reference_customer",),
    "appointment": (),
}
#: The profile values (Settings fields) the script needs.
PROFILE_FIELDS: Final = ("rep_name", "company", "offer")
#: A visit at least this satisfying makes a reference customer (1-5).
GOOD_SATISFACTION: Final = 4
#: How far back a good visit counts as recent.
RECENT_VISIT: Final = timedelta(days=365)
#: Longest text of one step.
MAX_STEP_CHARS: Final = 4000

_TIER_RANK: Final = {"A": 0, "B": 1, "C": 2}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def step_label(step: str) -> str:
    """A step's title in the user's language."""
    return {
        "introduce": translate("phone_script", "Introduce yourself"),
        "benefit": translate("phone_script", "State the benefit"),
        "appointment": translate("phone_script", "Close with an appointment"),
    }.get(step, step)


def language_label(language: str) -> str:
    """A template language's name in the user's language."""
    return {
        "zh_CN": translate("phone_script", "Chinese"),
        "en": translate("phone_script", "English"),
    }.get(language, language)


class TemplateRefused(InvalidInput):
    """A template text that cannot be used; nothing was saved.

    Attributes:
        language: the template's language (``zh_CN``, ``en``).
        step: the step (:data:`STEPS`).
        placeholder: the placeholder at fault, when one is.
        problem: ``unknown``, ``missing``, ``unbalanced``, ``empty`` or ``too_long``.
    """

    def __init__(self, language: str, step: str, problem: str, placeholder: str = "") -> None:
        self.language = language
        self.step = step
        self.problem = problem
        self.placeholder = placeholder
        super().__init__(f"{language}.{step}", self._reason())

    def _reason(self) -> str:
        texts = {
            "unknown": translate(
                "phone_script", "unknown placeholder {%1}; the ones you can use are: %2"
            ),
            "missing": translate("phone_script", "this step must say {%1}"),
            "unbalanced": translate(
                "phone_script", "a brace is not closed or not opened: %1 (write {name})"
            ),
            "empty": translate("phone_script", "the text is empty"),
            "too_long": translate("phone_script", "the text is longer than %1 characters"),
        }
        text = texts[self.problem]
        if self.problem == "unknown":
            known = " ".join("{" + name + "}" for name in PLACEHOLDERS)
            return text.replace("%1", self.placeholder).replace("%2", known)
        if self.problem == "too_long":
            return text.replace("%1", str(MAX_STEP_CHARS))
        return text.replace("%1", self.placeholder)

    def message(self) -> str:
        where = translate("phone_script", "%1, step %2 (%3)")
        where = (
            where.replace("%1", language_label(self.language))
            .replace("%2", str(STEPS.index(self.step) + 1 if self.step in STEPS else "?"))
            .replace("%3", step_label(self.step))
        )
        return f"{where}: {self._reason()}"


def placeholders_in(text: str) -> list[str] | str:
    """The placeholders of ``text`` in order, or the unbalanced piece (a ``str``) when braces are."""
    found: list[str] = []
    position = 0
    while position < len(text):
        opening = text.find("{", position)
        closing = text.find("}", position)
        if opening == -1 and closing == -1:
            break
        if opening == -1 or (closing != -1 and closing < opening):
            return text[max(0, closing - 12) : closing + 1]
        end = text.find("}", opening + 1)
        again = text.find("{", opening + 1)
        if end == -1 or (again != -1 and again < end):
            return text[opening : opening + 16]
        found.append(text[opening + 1 : end])
        position = end + 1
    return found


def check_text(language: str, step: str, text: str) -> None:
    """Checks one step's text.

    Raises:
        TemplateRefused: the text is empty or too long, a brace is unbalanced,
            a placeholder unknown, or a required one missing.
    """
    if not text.strip():
        raise TemplateRefused(language, step, "empty")
    if len(text) > MAX_STEP_CHARS:
        raise TemplateRefused(language, step, "too_long")
    names = placeholders_in(text)
    if isinstance(names, str):
        raise TemplateRefused(language, step, "unbalanced", names)
    for name in names:
        if not _NAME.match(name) or name not in PLACEHOLDERS:
            raise TemplateRefused(language, step, "unknown", name)
    for name in REQUIRED.get(step, ()):
        if name not in names:
            raise TemplateRefused(language, step, "missing", name)


@dataclass(frozen=True)
class ScriptTemplates:
    """The templates in force.

    Attributes:
        id: the template's id (recorded with each call).
        version: its version; an edited copy has its own (``1-r2``: shipped 1, second edit).
        texts: language -> step -> text.
        fallbacks: language -> placeholder -> words used when the value is unknown
            (no reference customer, no industry).
        edited: the rep's edited copy is in force.
        problem: why the rep's copy could not be used (the shipped texts are then), or "".
    """

    id: str
    version: str
    texts: Mapping[str, Mapping[str, str]]
    fallbacks: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    edited: bool = False
    problem: str = ""

    def text(self, language: str, step: str) -> str:
        chosen = self.texts.get(language) or self.texts.get("en") or {}
        return chosen.get(step, "")


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput(
            str(path),
            translate("phone_script", "the script file cannot be read: %1").replace(
                "%1", str(error)
            ),
        ) from None


def _texts_of(data: object, source: str) -> dict[str, dict[str, str]]:
    if not isinstance(data, dict) or not isinstance(data.get("languages"), dict):
        raise InvalidInput(
            source, translate("phone_script", "the script file has no texts by language")
        )
    texts: dict[str, dict[str, str]] = {}
    for language, steps in data["languages"].items():
        if language not in LANGUAGES or not isinstance(steps, dict):
            continue
        texts[language] = {s: t for s, t in steps.items() if s in STEPS and isinstance(t, str)}
    return texts


def shipped_templates() -> ScriptTemplates:
    """The templates shipped in ``resources/``."""
    from kamdesk.paths import resources_dir

    path = resources_dir().joinpath(*SCRIPT_RESOURCE)
    data = _read_json(path)
    texts = _texts_of(data, str(path))
    fallbacks = {
        language: {k: v for k, v in values.items() if isinstance(v, str)}
        for language, values in (data.get("fallbacks") or {}).items()
        if isinstance(values, dict)
    }
    return ScriptTemplates(
        id=str(data.get("id", "phone_invitation")),
        version=str(data.get("version", "1")),
        texts=texts,
        fallbacks=fallbacks,
    )


def edited_path(paths: DataPaths) -> Path:
    """Where the rep's edited copy lives."""
    return paths.root.joinpath(*EDITED_SCRIPT_FILE)


def _checked(templates: ScriptTemplates) -> ScriptTemplates:
    for language, steps in templates.texts.items():
        for step in STEPS:
            check_text(language, step, steps.get(step, ""))
    return templates


def load_templates(paths: DataPaths | None = None) -> ScriptTemplates:
    """The rep's edited templates when there are, over the shipped ones.

    A rep's copy that cannot be read or fails the checks is not used: the
    shipped texts are returned with :attr:`ScriptTemplates.problem` saying why.
    """
    shipped = shipped_templates()
    if paths is None or not edited_path(paths).exists():
        return shipped
    try:
        data = _read_json(edited_path(paths))
        own = _texts_of(data, str(edited_path(paths)))
        merged = {
            language: {**shipped.texts.get(language, {}), **own.get(language, {})}
            for language in LANGUAGES
        }
        return _checked(
            ScriptTemplates(
                id=shipped.id,
                version=str(data.get("version") or shipped.version),
                texts=merged,
                fallbacks=shipped.fallbacks,
                edited=True,
            )
        )
    except InvalidInput as error:
        return ScriptTemplates(
            id=shipped.id,
            version=shipped.version,
            texts=shipped.texts,
            fallbacks=shipped.fallbacks,
            problem=error.message(),
        )


def _next_version(shipped: str, current: str) -> str:
    match = re.fullmatch(re.escape(shipped) + r"-r(\d+)", current)
    return f"{shipped}-r{int(match.group(1)) + 1 if match else 1}"


def save_templates(paths: DataPaths, texts: Mapping[str, Mapping[str, str]]) -> ScriptTemplates:
    """Checks and saves the rep's texts (language -> step -> text) as the edited copy.

    The file is written atomically; the version becomes a new edit of the
    shipped one, so every call records which texts it was made with.

    Raises:
        TemplateRefused: a text fails :func:`check_text`; nothing was written.
    """
    shipped = shipped_templates()
    for language in LANGUAGES:
        for step in STEPS:
            check_text(language, step, texts.get(language, {}).get(step, ""))
    current = load_templates(paths)
    version = _next_version(shipped.version, current.version if current.edited else "")
    data = {
        "id": shipped.id,
        "version": version,
        "languages": {
            language: {step: texts[language][step] for step in STEPS} for language in LANGUAGES
        },
    }
    target = edited_path(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".phone_invitation-", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return load_templates(paths)


def reset_templates(paths: DataPaths) -> ScriptTemplates:
    """Removes the rep's edited copy: the shipped texts are in force again."""
    edited_path(paths).unlink(missing_ok=True)
    return shipped_templates()


# --- rendering ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ScriptFacts:
    """The values the placeholders take; an empty value is unknown."""

    rep_name: str = ""
    company: str = ""
    offer: str = ""
    contact_name: str = ""
    contact_title: str = ""
    account_name: str = ""
    industry: str = ""
    reference_customer: str = ""
    reference_result: str = ""


#: Two-character surnames (复姓) common enough to meet on a call.
COMPOUND_SURNAMES: Final = frozenset(
    {
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
        "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "南宫", "西门", "独孤", "百里",
    }
)  # fmt: skip
#: How a title is spoken after the surname, by the title's ending: 胡 + 研发经理 → 胡经理.
#: The first ending that fits wins; 总经理 and 总裁 make 胡总.
_HONORIFICS: Final = (
    ("副总经理", "总"),
    ("总经理", "总"),
    ("总裁", "总"),
    ("副总", "总"),
    ("董事长", "董"),
    ("总监", "总监"),
    ("总工程师", "总工"),
    ("工程师", "工"),
    ("经理", "经理"),
    ("主任", "主任"),
    ("主管", "主管"),
    ("处长", "处长"),
    ("科长", "科长"),
    ("局长", "局长"),
    ("部长", "部长"),
    ("厂长", "厂长"),
    ("院长", "院长"),
    ("所长", "所长"),
    ("校长", "校长"),
    ("秘书长", "秘书长"),
    ("教授", "教授"),
    ("老师", "老师"),
    ("律师", "律师"),
    ("医生", "医生"),
    ("书记", "书记"),
)
_HAN_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")


def salutation(name: str, title: str) -> str:
    """How a Chinese caller addresses the contact: surname and title (胡经理, 王总).

    A name that is not two to four Chinese characters (David 王), or a title
    that says nothing spoken (采购), leaves the full name.
    """
    name, title = name.strip(), title.strip()
    if not _HAN_NAME.match(name):
        return name
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else name[:1]
    for ending, spoken in _HONORIFICS:
        if title.endswith(ending):
            return surname + spoken
    return name


@dataclass(frozen=True)
class RenderedScript:
    """A language's three steps, filled in.

    Attributes:
        steps: the texts of :data:`STEPS`, in order.
        missing_profile: the rep's profile fields (:data:`PROFILE_FIELDS`) used
            by the texts but not filled in Settings; their placeholders stay.
        script_id, script_version: what the call records.
    """

    steps: tuple[str, ...]
    missing_profile: tuple[str, ...]
    script_id: str
    script_version: str


def _fill(text: str, values: Mapping[str, str]) -> str:
    return re.sub(
        r"\{([A-Za-z_][A-Za-z0-9_]*)\}",
        lambda match: values.get(match.group(1), match.group(0)),
        text,
    )


def render(templates: ScriptTemplates, language: str, facts: ScriptFacts) -> RenderedScript:
    """Fills the steps of ``language`` (English when it has none) with ``facts``."""
    chosen = language if language in templates.texts else "en"
    fallbacks = templates.fallbacks.get(chosen, {})
    values: dict[str, str] = {}
    missing: list[str] = []
    for name in PLACEHOLDERS:
        if name == "salutation":
            value = salutation(facts.contact_name, facts.contact_title)
        else:
            value = getattr(facts, name).strip()
        if not value and name == "contact_title":
            value = facts.contact_name.strip()
        if not value:
            value = fallbacks.get(name, "")
        if value:
            values[name] = value
    texts = tuple(_fill(templates.text(chosen, step), values) for step in STEPS)
    for name in PROFILE_FIELDS:
        if name not in values and any(
            "{" + name + "}" in templates.text(chosen, step) for step in STEPS
        ):
            missing.append(name)
    return RenderedScript(texts, tuple(missing), templates.id, templates.version)


def profile_field_label(name: str) -> str:
    """A Settings field the script needs, in the user's language."""
    return {
        "rep_name": translate("phone_script", "your name"),
        "company": translate("phone_script", "your company"),
        "offer": translate("phone_script", "what you offer"),
    }.get(name, name)


# --- the reference customer ----------------------------------------------------------------


@dataclass(frozen=True)
class ReferenceCustomer:
    """An account to mention in step 2: a company like theirs that we helped.

    Attributes:
        account_id, name, tier: the account.
        good_visit_at: its latest done visit with satisfaction >= :data:`GOOD_SATISFACTION`.
        satisfaction: that visit's satisfaction.
        result: what it brought them, from that visit's outcome (first line), or "".
    """

    account_id: str
    name: str
    tier: str | None
    good_visit_at: datetime | None
    satisfaction: int | None
    result: str

    @property
    def recent_success(self) -> bool:
        return self.good_visit_at is not None


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().rstrip("。.")
    return ""


def pick_reference_customer(
    session: Session, account_id: str, now: datetime | None = None, limit: int = 20
) -> list[ReferenceCustomer]:
    """The rep's other live accounts in the same industry, best reference first.

    Higher tier first (A, B, C, none); within a tier, an account with a recent
    (:data:`RECENT_VISIT`) done visit of good satisfaction first, the latest
    such visit first; then by name. The first is the one picked automatically;
    the rest let the rep pick another. An account without an industry has no
    references.
    """
    from kamdesk.models.base import utcnow

    now = now or utcnow()
    account = session.get(Account, account_id)
    if account is None or not account.industry.strip():
        return []
    industry = account.industry.strip().casefold()
    candidates = [
        other
        for other in session.scalars(
            select(Account).where(Account.deleted.is_(False), Account.id != account_id)
        )
        if other.industry.strip().casefold() == industry
    ]
    if not candidates:
        return []
    ids = [other.id for other in candidates]
    good: dict[str, Visit] = {}
    visits = session.scalars(
        select(Visit)
        .where(
            Visit.deleted.is_(False),
            Visit.status == "done",
            Visit.satisfaction >= GOOD_SATISFACTION,
            Visit.account_id.in_(ids),
            Visit.start >= now - RECENT_VISIT,
        )
        .order_by(Visit.start.desc())
    )
    for visit in visits:
        good.setdefault(visit.account_id, visit)
    found = [
        ReferenceCustomer(
            account_id=other.id,
            name=other.short_name or other.name,
            tier=other.tier,
            good_visit_at=good[other.id].start if other.id in good else None,
            satisfaction=good[other.id].satisfaction if other.id in good else None,
            result=_first_line(good[other.id].outcome) if other.id in good else "",
        )
        for other in candidates
    ]

    def rank(ref: ReferenceCustomer) -> tuple[int, int, float, str]:
        seen = -ref.good_visit_at.timestamp() if ref.good_visit_at else 0.0
        return (_TIER_RANK.get(ref.tier or "", 3), 0 if ref.recent_success else 1, seen, ref.name)

    found.sort(key=rank)
    return found[:limit]

"""The pre-visit briefing as a one-page PDF, made to be read on a phone before walking in.

:func:`render_briefing` lays a :class:`~kamdesk.services.briefing.Briefing`
out on ONE narrow, tall page (105 × 297 mm, half an A4 sheet lengthwise: a phone shows it
at full width and the rep scrolls down) in large type, the most important first: the
time and the account; who the rep meets, each with their style, how to
handle them and the hint for the rep's style facing theirs; the account's
class and its strategy; the promises still open; the last visit's outcome;
what is left of the preparation checklist; the objection cards; when each
attendee can be called today. Lists that do not fit are cut from the least
important end, each with "…and 3 more", never flowing to a second page; only
if all cuts are not enough is the whole page scaled down a little.

Personality data IS printed here, deliberately: this is the rep's own
briefing, for their eyes, not the manager's visit report. The visit report
(:mod:`kamdesk.reports.render`) never prints styles or observations.

The text comes already in the briefing's language; the fixed words come
from :func:`~kamdesk.i18n.translate`. The fonts are the visit reports'
(:func:`~kamdesk.reports.fonts.report_fonts`: Noto Sans SC embedded, with
fallbacks), and every text a user typed is escaped through
:meth:`~kamdesk.reports.fonts.FontSet.markup`, so ``<b>`` prints as typed.
Nothing here touches the database or Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kamdesk.i18n import translate
from kamdesk.reports.fonts import FontSet, report_fonts
from kamdesk.reports.render import Output, _write
from kamdesk.services.briefing import BriefAttendee, Briefing, excerpt

PAGE_WIDTH = 105 * mm
PAGE_HEIGHT = 297 * mm
MARGIN = 6 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#52606D")
ACCENT_HEX = "#1F4E79"
ACCENT = colors.HexColor(ACCENT_HEX)
WARN_HEX = "#B44D12"
SHADE = colors.HexColor("#EEF3F8")
HINT = colors.HexColor("#FFF4D6")
RULE = colors.HexColor("#C5D0DC")
_WIDE = 0x2E80  # CJK radicals and everything above


@dataclass(frozen=True)
class _Styles:
    kicker: ParagraphStyle
    title: ParagraphStyle
    when: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    name: ParagraphStyle
    item: ParagraphStyle
    more: ParagraphStyle


def _styles(fonts: FontSet, language: str = "en") -> _Styles:
    body = ParagraphStyle(
        "b_body",
        # Chinese lines break between any two characters; English ones at spaces.
        wordWrap="CJK" if language == "zh_CN" else None,  # (see _para for mixed texts)
        fontName=fonts.regular,
        fontSize=10.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=1.5,
        splitLongWords=True,
    )
    return _Styles(
        kicker=ParagraphStyle(
            "b_kicker", parent=body, fontName=fonts.bold, fontSize=10, textColor=ACCENT
        ),
        title=ParagraphStyle(
            "b_title", parent=body, fontName=fonts.bold, fontSize=16, leading=20, spaceAfter=2
        ),
        when=ParagraphStyle("b_when", parent=body, fontName=fonts.bold, fontSize=12, leading=16),
        body=body,
        small=ParagraphStyle("b_small", parent=body, fontSize=9, leading=11.5, textColor=MUTED),
        heading=ParagraphStyle(
            "b_heading",
            parent=body,
            fontName=fonts.bold,
            fontSize=10.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=2,
        ),
        name=ParagraphStyle(
            "b_name", parent=body, fontName=fonts.bold, fontSize=13.5, leading=16.5, spaceAfter=0
        ),
        item=ParagraphStyle(
            "b_item", parent=body, leftIndent=10, firstLineIndent=-10, spaceAfter=1
        ),
        more=ParagraphStyle("b_more", parent=body, fontSize=9, leading=11.5, textColor=MUTED),
    )


@dataclass
class _Limits:
    """How much of each list is printed; :func:`_fit` lowers them until the page is full."""

    attendees: int = 6
    tips: int = 4
    promises: int = 5
    checklist: int = 8
    cards: int = 4
    steps: int = 3
    actions: int = 2
    windows: int = 6
    #: 1: the last visit's notes excerpt is printed (its outcome and next steps always are)
    notes: int = 1
    objectives: bool = True
    cuts: list[str] = field(default_factory=list)


#: The order in which lists are cut, the least important first: (limit, lowest value).
_CUTS: tuple[tuple[str, int], ...] = (
    ("notes", 0),
    ("windows", 3),
    ("steps", 2),
    ("actions", 1),
    ("cards", 3),
    ("checklist", 5),
    ("tips", 3),
    ("cards", 2),
    ("promises", 3),
    ("checklist", 3),
    ("tips", 2),
    ("cards", 1),
    ("windows", 1),
    ("actions", 0),
    ("attendees", 4),
    ("promises", 2),
    ("steps", 1),
    ("checklist", 1),
    ("attendees", 3),
    ("tips", 1),
    ("cards", 0),
    ("checklist", 0),
    ("windows", 0),
    ("attendees", 2),
)


#: The lists given back room after the cuts, the most important first.
_GROWTH: tuple[str, ...] = (
    "attendees",
    "tips",
    "promises",
    # A ready answer to what they objected last time beats the second step of
    # the preparation, which is mostly done by now.
    "cards",
    "checklist",
    "steps",
    "actions",
    "windows",
    "notes",
)


class _Labels:
    """The fixed words, in the language installed now."""

    def __init__(self) -> None:
        self.kicker = translate("briefing", "Before you go in")
        self.who = translate("briefing", "Who you meet")
        self.account = translate("briefing", "The account")
        self.promises = translate("briefing", "Open promises")
        self.last_visit = translate("briefing", "Last visit")
        self.checklist = translate("briefing", "Still to prepare")
        self.cards = translate("briefing", "If they object")
        self.windows = translate("briefing", "Call windows today")
        self.goal = translate("briefing", "Goal")
        self.outcome = translate("briefing", "Outcome")
        self.next_steps = translate("briefing", "Next")
        self.objections = translate("briefing", "Objected")
        self.you = translate("briefing", "You (%1) with them:")
        self.your_style_unknown = translate(
            "briefing", "Assess your own style in Settings to get a hint for this pair."
        )
        self.overdue = translate("briefing", "overdue")
        self.due = translate("briefing", "due %1")
        self.all_ticked = translate("briefing", "All prepared.")
        self.none_open = translate("briefing", "No open promises.")
        self.first_visit = translate("briefing", "No earlier visit: this is the first.")
        self.no_window = translate("briefing", "no good time today")
        self.tier = translate("briefing", "Tier %1")
        self.no_class = translate("briefing", "No class set: set one to get its strategy.")
        self.for_style = translate("briefing", "With %1:")
        self.also = translate("briefing", "Also: %1")
        self.phases = {
            "opening": translate("briefing", "Open"),
            "presenting": translate("briefing", "Present"),
            "objections": translate("briefing", "Objections"),
            "closing": translate("briefing", "Close"),
            "follow_up": translate("briefing", "Follow up"),
            "avoid": translate("briefing", "Avoid"),
        }


def _more(count: int, style: ParagraphStyle, fonts: FontSet) -> list[Flowable]:
    if count <= 0:
        return []
    text = translate("briefing", "…and %n more", "", count)
    return [_para(fonts.markup(text), style, text)]


def _para(markup: str, style: ParagraphStyle, text: str) -> Paragraph:
    """A paragraph that breaks lines the way its text needs: a text with Chinese
    between any two characters (it has no spaces to break at), others at spaces."""
    if style.wordWrap != "CJK" and any(ord(c) >= _WIDE for c in text):
        style = ParagraphStyle(f"{style.name}_cjk", parent=style, wordWrap="CJK")
    return Paragraph(markup, style)


def _p(text: str, style: ParagraphStyle, fonts: FontSet, bold: bool = False) -> Paragraph:
    return _para(fonts.markup(text, bold=bold), style, text)


def _labelled(label: str, text: str, style: ParagraphStyle, fonts: FontSet) -> Paragraph:
    """``label``: ``text`` with the label in bold."""
    markup = f"<b>{fonts.markup(label, bold=True)}</b> {fonts.markup(text)}"
    return _para(markup, style, label + text)


def _box(
    content: list[Flowable], background: Any, pad: float = 4, width: float = FRAME_WIDTH
) -> Table:
    table = Table([[content]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LEFTPADDING", (0, 0), (-1, -1), pad + 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ]
        )
    )
    return table


def _clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def _header(b: Briefing, s: _Styles, fonts: FontSet, labels: _Labels, limits: _Limits) -> list[Any]:
    from kamdesk.reports.data import long_date, time_span

    kicker = labels.kicker
    if b.minutes_until is not None and 0 <= b.minutes_until <= 24 * 60:
        kicker += " · " + translate("briefing", "in %n min", "", b.minutes_until)
    story: list[Any] = [
        _p(kicker, s.kicker, fonts, bold=True),
        _p(b.account.name or "—", s.title, fonts, bold=True),
        _p(
            f"{long_date(b.start.date())} · {time_span(b.start, b.end)}",
            s.when,
            fonts,
            bold=True,
        ),
    ]
    about = " · ".join(part for part in (b.scenario_label, excerpt(b.place, 60)) if part)
    story.append(_p(about, s.small, fonts))
    if b.objectives.strip() and limits.objectives:
        story.append(_labelled(labels.goal, excerpt(b.objectives, 90), s.body, fonts))
    return story


def _attendee(
    b: Briefing, person: BriefAttendee, s: _Styles, fonts: FontSet, labels: _Labels, tips: int
) -> list[Any]:
    from kamdesk.services.validation import format_phone

    head = person.name
    parts: list[Any] = [_p(head, s.name, fonts, bold=True)]
    if person.title:
        parts.append(_p(person.title, s.small, fonts))
    parts.append(
        _para(
            f'<font color="{ACCENT_HEX}">{fonts.markup(person.style_line)}</font>',
            s.body,
            person.style_line,
        )
    )
    card = person.card
    if card is not None:
        handle = dict(card.handle)
        # What to do first, what not to do, how to close; then how to present.
        phases = [p for p in ("opening", "avoid", "closing", "presenting") if handle.get(p)]
        for phase in phases[:tips]:
            text = handle[phase][0]
            parts.append(_labelled(f"{labels.phases[phase]}:", text, s.item, fonts))
    if person.pair_hint is not None:
        you = labels.you.replace("%1", _style_name(b))
        parts.append(Spacer(1, 2))
        inner = FRAME_WIDTH - 2 * (3 + 1)  # inside the person's box and its padding
        hint = _labelled(you, person.pair_hint.text, s.body, fonts)
        parts.append(_box([hint], HINT, pad=3, width=inner))
    phone = format_phone(person.phones[0]) if person.phones else ""
    call = " · ".join(part for part in (phone, person.call_now) if part)
    if call:
        parts.append(Spacer(1, 2))
        parts.append(_p(call, s.small, fonts))
    return [_box(parts, SHADE, pad=3), Spacer(1, 3)]


def _short_style(person: BriefAttendee, language: str) -> str:
    from kamdesk.services.personality import style_name

    if person.style.status == "undecided":
        return style_name("undecided", language)
    return style_name(person.style.style, language)


def _style_name(b: Briefing) -> str:
    from kamdesk.services.personality import style_name

    return style_name(b.rep_style.style, b.language)


def _who(b: Briefing, s: _Styles, fonts: FontSet, labels: _Labels, limits: _Limits) -> list[Any]:
    story: list[Any] = [_p(labels.who, s.heading, fonts, bold=True)]
    shown = b.attendees[: limits.attendees]
    for person in shown:
        story += _attendee(b, person, s, fonts, labels, limits.tips)
    rest = b.attendees[len(shown) :]
    if rest:  # the others by name at least, with their style in a word
        names = "; ".join(f"{p.name} ({_short_style(p, b.language)})" for p in rest)
        story.append(_p(labels.also.replace("%1", names), s.small, fonts))
    if b.rep_style.style is None and any(p.card is not None for p in shown):
        story.append(_p(labels.your_style_unknown, s.small, fonts))
    return story


def _account(
    b: Briefing, s: _Styles, fonts: FontSet, labels: _Labels, limits: _Limits
) -> list[Any]:
    account = b.account
    facts = [account.class_label, account.category_label]
    if account.tier:
        facts.append(labels.tier.replace("%1", account.tier))
    story: list[Any] = [
        _p(labels.account, s.heading, fonts, bold=True),
        _p(" · ".join(f for f in facts if f), s.body, fonts, bold=True),
    ]
    strategy = account.strategy
    if strategy is None:
        story.append(_p(labels.no_class, s.small, fonts))
        return story
    story.append(_p(strategy.strategy, s.body, fonts))
    for action in strategy.actions[: limits.actions]:
        story.append(_p(f"→ {action}", s.item, fonts))
    return story


def _promises(
    b: Briefing, s: _Styles, fonts: FontSet, labels: _Labels, limits: _Limits
) -> list[Any]:
    story: list[Any] = [_p(labels.promises, s.heading, fonts, bold=True)]
    if not b.open_promises:
        story.append(_p(labels.none_open, s.small, fonts))
        return story
    now = b.now or b.start
    shown = b.open_promises[: limits.promises]
    for promise in shown:
        due = promise.due.astimezone(b.start.tzinfo)
        when = labels.due.replace("%1", f"{due:%m-%d}")
        text = f"□ {fonts.markup(promise.title)}  "
        if promise.due < now:
            text += f'<font color="{WARN_HEX}">{fonts.markup(f"{when}, {labels.overdue}")}</font>'
        else:
            text += f'<font color="{ACCENT_HEX}">{fonts.markup(when)}</font>'
        story.append(_para(text, s.item, promise.title))
    story += _more(len(b.open_promises) - len(shown), s.more, fonts)
    return story


def _last(b: Briefing, s: _Styles, fonts: FontSet, labels: _Labels, limits: _Limits) -> list[Any]:
    from kamdesk.reports.data import long_date

    story: list[Any] = [_p(labels.last_visit, s.heading, fonts, bold=True)]
    last = b.last_visit
    if last is None:
        story.append(_p(labels.first_visit, s.small, fonts))
        return story
    when = long_date(last.start.date())
    if last.satisfaction is not None and fonts.has(fonts.regular, "★☆"):
        when += "  " + "★" * last.satisfaction + "☆" * (5 - last.satisfaction)
    story.append(_p(when, s.small, fonts))
    if last.outcome.strip():
        story.append(_labelled(labels.outcome + ":", excerpt(last.outcome, 120), s.body, fonts))
    if last.objections.strip():
        story.append(
            _labelled(labels.objections + ":", excerpt(last.objections, 90), s.body, fonts)
        )
    if last.next_steps.strip():
        story.append(
            _labelled(labels.next_steps + ":", excerpt(last.next_steps, 120), s.body, fonts)
        )
    if limits.notes and last.notes_excerpt:
        story.append(_p(excerpt(last.notes_excerpt, 110), s.small, fonts))
    return story


def _checklist(
    b: Briefing, s: _Styles, fonts: FontSet, labels: _Labels, limits: _Limits
) -> list[Any]:
    story: list[Any] = [_p(labels.checklist, s.heading, fonts, bold=True)]
    left = [item for item in b.checklist if not item.ticked]
    if not left:
        story.append(_p(labels.all_ticked, s.small, fonts))
        return story
    shown = left[: limits.checklist]
    for item in shown:
        story.append(_p(f"□ {item.text}", s.item, fonts))
    story += _more(len(left) - len(shown), s.more, fonts)
    return story


def _cards(b: Briefing, s: _Styles, fonts: FontSet, labels: _Labels, limits: _Limits) -> list[Any]:
    if not b.objection_cards:
        return []
    from kamdesk.services.personality import style_name

    story: list[Any] = [_p(labels.cards, s.heading, fonts, bold=True)]
    shown = b.objection_cards[: limits.cards]
    for index, card in enumerate(shown):
        parts: list[Any] = [
            _p(card.title, s.body, fonts, bold=True),
            _p(card.client_says, s.small, fonts),
        ]
        for number, step in enumerate(card.steps[: limits.steps], start=1):
            parts.append(_p(f"{number}. {step}", s.item, fonts))
        noted = b.card_note_styles[index] if index < len(b.card_note_styles) else None
        if card.style_note and noted:
            label = labels.for_style.replace("%1", style_name(noted, b.language))
            parts.append(_labelled(label, card.style_note, s.item, fonts))
        story += [_box(parts, SHADE, pad=3), Spacer(1, 3)]
    rest = b.objection_cards[len(shown) :]
    if rest and shown:
        titles = labels.also.replace("%1", "; ".join(card.title for card in rest))
        story.append(_p(titles, s.small, fonts))
    elif rest:
        story += [_p(f"• {card.title}", s.item, fonts) for card in rest]
    return story


def _windows(
    b: Briefing, s: _Styles, fonts: FontSet, labels: _Labels, limits: _Limits
) -> list[Any]:
    if not b.attendees:
        return []
    story: list[Any] = [_p(labels.windows, s.heading, fonts, bold=True)]
    shown = b.attendees[: limits.windows]
    for person in shown:
        spans = ", ".join(f"{_clock(w.start)}–{_clock(w.end)}" for w in person.windows_today)
        story.append(_labelled(person.name + ":", spans or labels.no_window, s.item, fonts))
    story += _more(len(b.attendees) - len(shown), s.more, fonts)
    return story


_SECTIONS: tuple[Callable[[Briefing, _Styles, FontSet, _Labels, _Limits], list[Any]], ...] = (
    _header,
    _who,
    _account,
    _promises,
    _last,
    _checklist,
    _cards,
    _windows,
)


def _story(b: Briefing, s: _Styles, fonts: FontSet, labels: _Labels, limits: _Limits) -> list[Any]:
    story: list[Any] = []
    for section in _SECTIONS:
        story += section(b, s, fonts, labels, limits)
    return story


def _height(story: Sequence[Flowable]) -> float:
    total = 0.0
    for index, flowable in enumerate(story):
        _width, height = flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT * 4)
        total += height + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
    return total


def _fit(b: Briefing, s: _Styles, fonts: FontSet, labels: _Labels) -> tuple[list[Any], _Limits]:
    """The story cut down, list by list from the least important, until it fits the page."""
    limits = _Limits()
    story = _story(b, s, fonts, labels, limits)
    for name, lowest in _CUTS:
        if _height(story) <= FRAME_HEIGHT:
            break
        if getattr(limits, name) > lowest:
            limits.cuts.append(name)
            setattr(limits, name, lowest)
            story = _story(b, s, fonts, labels, limits)
    # Then give back, the more important lists first, what still fits, one item
    # at a time: a late cut of a long list does not leave half a page empty.
    defaults = _Limits()
    for name in _GROWTH:
        while getattr(limits, name) < getattr(defaults, name):
            setattr(limits, name, getattr(limits, name) + 1)
            grown = _story(b, s, fonts, labels, limits)
            if _height(grown) > FRAME_HEIGHT:
                setattr(limits, name, getattr(limits, name) - 1)
                break
            story = grown
    if _height(story) > FRAME_HEIGHT:
        limits.notes, limits.objectives = 0, False
        story = _story(b, s, fonts, labels, limits)
    return story, limits


def briefing_story(b: Briefing) -> list[Flowable]:
    """The page's content as platypus flowables, already fitted to one page."""
    fonts = report_fonts()
    styles = _styles(fonts, b.language)
    story, _limits = _fit(b, styles, fonts, _Labels())
    # The last resort for a page that is still too full: scale it, never flow it on.
    return [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, story, mode="shrink")]


def _build(b: Briefing, stream: IO[bytes]) -> None:
    fonts = report_fonts()
    doc = BaseDocTemplate(
        stream,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=translate("briefing", "Briefing") + f" · {b.account.name}",
        creator="kamdesk",
        initialFontName=fonts.regular,
        initialFontSize=11,
        lang="zh-CN" if b.language == "zh_CN" else "en",
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="briefing",
    )
    doc.addPageTemplates([PageTemplate(id="briefing", frames=[frame])])
    doc.build(briefing_story(b))


def render_briefing(b: Briefing, out: Output) -> None:
    """Writes the briefing as a one-page PDF to ``out`` (a path or a binary file).

    A path is written whole or not at all: a temporary file beside it
    replaces it at the end.
    """
    _write(out, lambda stream: _build(b, stream))

"""A person's personality style in words: never a bare label (issue 6).

:func:`style_line` is the short line shown wherever a contact appears with
its style ("Driver · high confidence (8 observations)"); :func:`style_tips_html`
is the tooltip beside it: how to handle that style, the hint for the rep's
own style facing it, the evidence and whether to check again. Both read a
:class:`~kamdesk.services.personality.StyleView` and import the service
only when called (the window shows before SQLAlchemy loads).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from kamdesk.i18n import translate

if TYPE_CHECKING:
    from datetime import datetime

    from kamdesk.services.personality import StyleView


def level_text(level: str) -> str:
    """``low`` -> "low confidence", in words."""
    words = {
        "low": QCoreApplication.translate("style_text", "low confidence"),
        "medium": QCoreApplication.translate("style_text", "medium confidence"),
        "high": QCoreApplication.translate("style_text", "high confidence"),
    }
    return words.get(level, level)


def observations_text(count: int) -> str:
    """ "8 observations" """
    return translate("style_text", "%n observation(s)", "", count)


def date_text(moment: datetime | None) -> str:
    """A moment's local date, short ("" for None)."""
    if moment is None:
        return ""
    from PySide6.QtCore import QDateTime

    local = QDateTime.fromSecsSinceEpoch(round(moment.timestamp())).date()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def style_line(view: StyleView) -> str:
    """The style with how sure it is, in one short line.

    "Driver · high confidence (8 observations)", "Actor · set by hand, assess
    to confirm", "Undecided · 3 observations", "Not assessed yet".
    """
    from kamdesk.services.personality import style_name

    count = view.evidence.observations
    if view.status == "not_assessed":
        return QCoreApplication.translate("style_text", "Not assessed yet")
    name = style_name(view.style) if view.style else ""
    if view.status == "labelled":
        if view.override is not None and view.override.kind == "chosen":
            return QCoreApplication.translate(
                "style_text", "%1 · chosen by you without observations"
            ).replace("%1", name)
        return QCoreApplication.translate(
            "style_text", "%1 · set by hand, assess to confirm"
        ).replace("%1", name)
    if view.status == "undecided":
        return QCoreApplication.translate("style_text", "Undecided · %1").replace(
            "%1", observations_text(count)
        )
    line = (
        QCoreApplication.translate("style_text", "%1 · %2 (%3)")
        .replace("%1", name)
        .replace("%2", level_text(view.level))
        .replace("%3", observations_text(count))
    )
    if view.override is not None and view.computed_style not in (None, view.override.style):
        line += " · " + QCoreApplication.translate("style_text", "chosen by you")
    return line


def recheck_text(view: StyleView) -> str:
    """Why to check the style again ("" when no re-check is advised)."""
    recheck = view.recheck
    if recheck is None or not recheck.needed:
        return ""
    if "disagreement" in recheck.reasons:
        return QCoreApplication.translate(
            "style_text", "New observations disagree with this style: check it again."
        )
    visits = recheck.visits_since  # lupdate reads a plural's count only as a plain name
    return translate(
        "style_text", "%n visit(s) since the last check: check the style again.", "", visits
    )


def style_tips_html(
    view: StyleView, rep_view: StyleView | None = None, *, headline: bool = True
) -> str:
    """How to handle the person, as rich text for a tooltip (every value escaped).

    Args:
        headline: start with the style line and its description (a tooltip);
            ``False`` where the style line is shown just above.
    """
    from kamdesk.services.personality import describe_style, pair_hint, style_card

    e = html.escape
    parts = []
    if headline:
        parts.append(f"<p><b>{e(style_line(view))}</b><br>{e(describe_style(view))}</p>")
    if view.style is not None:
        card = style_card(view.style)
        parts.append(f"<p>{e(card.summary)}</p>")
        phases = {
            "opening": QCoreApplication.translate("style_text", "Opening"),
            "presenting": QCoreApplication.translate("style_text", "Presenting"),
            "objections": QCoreApplication.translate("style_text", "Objections"),
            "closing": QCoreApplication.translate("style_text", "Closing"),
            "follow_up": QCoreApplication.translate("style_text", "Follow-up"),
            "avoid": QCoreApplication.translate("style_text", "Avoid"),
        }
        rows = "".join(
            f"<tr><td style='color:gray;padding-right:8px' valign='top'>"
            f"{e(phases.get(phase, phase))}</td><td>{'<br>'.join(e(t) for t in tips)}</td></tr>"
            for phase, tips in card.handle
        )
        parts.append(f"<table cellspacing='0' cellpadding='1'>{rows}</table>")
        if rep_view is not None:
            hint = pair_hint(rep_view.style, view.style)
            if hint is not None:
                you = QCoreApplication.translate("style_text", "You and them:")
                parts.append(f"<p><b>{e(you)}</b> {e(hint.text)}</p>")
    if view.evidence.observations:
        evidence = view.evidence
        first, last = date_text(evidence.first_at), date_text(evidence.last_at)
        seen = (
            QCoreApplication.translate("style_text", "Observed on %1.").replace("%1", first)
            if first == last
            else QCoreApplication.translate("style_text", "Observed from %1 to %2.")
            .replace("%1", first)
            .replace("%2", last)
        )
        visits, calls = len(evidence.visit_ids), len(evidence.call_ids)
        if visits:
            seen += " " + translate("style_text", "At %n visit(s).", "", visits)
        if calls:
            seen += " " + translate("style_text", "On %n call(s).", "", calls)
        parts.append(f"<p style='color:gray'>{e(seen)}</p>")
    return "".join(parts)

"""Visit reports laid out with ReportLab's platypus: one visit, or many in one PDF.

Takes :class:`~kamdesk.reports.data.VisitReportData` (text already in the
user's language) and writes A4 PDF. Nothing here touches the database, the
settings or Qt, so it runs on any worker thread; a batch reports progress
and checks its cancel token as each visit starts.

Layout: a letterhead (logo, company name, document title, a rule), the account
as the title, a block of facts (date, time, place, kind of visit, status), the
attendees as a table, the typed sections, the promises as a table, next steps,
satisfaction, and the rep's name with signature and date lines. Each page
carries a footer with the company, the account and "Page 2 of 3", counted
within each visit's report when several share one file.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kamdesk.cancel import CancelToken, Progress
from kamdesk.reports.data import SATISFACTION_MAX, ReportSection, VisitReportData
from kamdesk.reports.fonts import FontSet, report_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
#: A typed paragraph longer than this is cut into several (at a sentence or a
#: space when there is one near), in units of a Latin letter (a Hanzi counts
#: two): about 36 lines, so one Paragraph never outgrows a page, and laying out
#: a very long note stays linear in its length. Each cut shows as a line that
#: ends early, so the pieces are as long as that allows.
CHUNK_UNITS = 3600
_WIDE = 0x2E80  # CJK radicals and everything above: drawn about twice as wide

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
ACCENT_HEX = "#1F4E79"
ACCENT = colors.HexColor(ACCENT_HEX)
RULE = colors.HexColor("#C5D0DC")
SHADE = colors.HexColor("#F0F4F8")

_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|[。！？；]")
_SPACE = re.compile(r"\s")

Output = str | os.PathLike[str] | IO[bytes]


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    muted: ParagraphStyle
    empty: ParagraphStyle
    company: ParagraphStyle
    doc_title: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle


def _styles(fonts: FontSet) -> _Styles:
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=10,
        leading=15,
        textColor=INK,
        spaceAfter=5,
        splitLongWords=True,
    )
    return _Styles(
        body=body,
        muted=ParagraphStyle("muted", parent=body, fontSize=9, leading=13, textColor=MUTED),
        empty=ParagraphStyle("empty", parent=body, textColor=MUTED),
        company=ParagraphStyle(
            "company", parent=body, fontName=fonts.bold, fontSize=13, leading=17, spaceAfter=0
        ),
        doc_title=ParagraphStyle(
            "doc_title",
            parent=body,
            fontName=fonts.bold,
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=fonts.bold, fontSize=19, leading=25, spaceAfter=2
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=9.5, leading=14, textColor=MUTED, spaceAfter=0
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.bold,
            fontSize=11.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=11,
            spaceAfter=5,
            keepWithNext=True,
        ),
        label=ParagraphStyle(
            "label", parent=body, fontSize=9, leading=14, textColor=MUTED, spaceAfter=0
        ),
        cell=ParagraphStyle("cell", parent=body, leading=14, spaceAfter=0),
        cell_head=ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=fonts.bold,
            fontSize=9,
            leading=13,
            textColor=MUTED,
            spaceAfter=0,
        ),
    )


class _VisitStart(Flowable):
    """Marks where a visit's report begins; at that moment the canvas learns which visit it
    draws (for the footer and the page count) and a batch reports progress or stops."""

    def __init__(self, index: int, on_start: Callable[[int], None] | None) -> None:
        super().__init__()
        self.index = index
        self.on_start = on_start
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.on_start is not None:
            self.on_start(self.index)
        self.canv._kamdesk_visit = self.index  # type: ignore[attr-defined]


def _numbered_canvas(datas: Sequence[VisitReportData], fonts: FontSet) -> type[Canvas]:
    """A canvas class that holds its pages until the end, then writes each page's footer
    with "Page n of m" counted within that page's visit."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kamdesk_visit = 0
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals: dict[int, int] = {}
            for state in self._held:
                totals[state["_kamdesk_visit"]] = totals.get(state["_kamdesk_visit"], 0) + 1
            seen: dict[int, int] = {}
            for state in self._held:
                self.__dict__.update(state)
                visit = state["_kamdesk_visit"]
                seen[visit] = seen.get(visit, 0) + 1
                _draw_footer(self, datas[visit], seen[visit], totals[visit], fonts)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_footer(
    canvas: Canvas, data: VisitReportData, page: int, pages: int, fonts: FontSet
) -> None:
    canvas.saveState()
    y = MARGIN_BOTTOM - 10 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y + 11, PAGE_WIDTH - MARGIN_X, y + 11)
    canvas.setFillColor(MUTED)
    number = data.labels.page.replace("%1", str(page)).replace("%2", str(pages))
    canvas.setFont(fonts.regular, 8)
    number_width = canvas.stringWidth(number, fonts.regular, 8)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, number)
    parts = [p for p in (data.company, data.labels.title, data.account_name) if p]
    left = " · ".join(parts)
    room = FRAME_WIDTH - number_width - 12 * mm
    while left and canvas.stringWidth(left, fonts.regular, 8) > room:
        left = left[:-2] + "…"
    _draw_runs(canvas, fonts, MARGIN_X, y, left, 8)
    canvas.restoreState()


def _draw_runs(canvas: Canvas, fonts: FontSet, x: float, y: float, text: str, size: float) -> None:
    """Draws one line of ``text``, each character in a font that has it."""
    if fonts.has(fonts.regular, text):
        canvas.setFont(fonts.regular, size)
        canvas.drawString(x, y, text)
        return
    for font, run in fonts._runs(text, fonts.chain(fonts.regular)):
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, font, size)


def _chunks(block: str) -> list[str]:
    """``block`` cut into pieces of at most :data:`CHUNK_UNITS` (a Hanzi or other wide
    character counts two), each cut after a line break, else a sentence, else a space,
    in the second half of the piece."""
    if len(block) * 2 <= CHUNK_UNITS:
        return [block]
    pieces = []
    start, length = 0, len(block)
    while start < length:
        end, units = start, 0
        while end < length and units < CHUNK_UNITS:
            units += 2 if ord(block[end]) >= _WIDE else 1
            end += 1
        if end >= length:
            pieces.append(block[start:])
            break
        half = start + (end - start) // 2
        window = block[half:end]
        cut = None
        if "\n" in window:
            cut = half + window.rindex("\n") + 1
        else:
            for pattern in (_SENTENCE_END, _SPACE):
                for match in pattern.finditer(window):
                    cut = half + match.end()
                if cut is not None:
                    break
        cut = cut or end
        pieces.append(block[start:cut].rstrip("\n"))
        start = cut
    return pieces


def typed_text(text: str, style: ParagraphStyle, fonts: FontSet) -> list[Flowable]:
    """What the user typed as paragraphs: escaped, newlines kept, blank lines between
    paragraphs, very long paragraphs cut so each piece fits on a page."""
    flowables: list[Flowable] = []
    for block in _BLANK_LINES.split(text.strip("\n")):
        if not block.strip():
            continue
        chunks = _chunks(block)
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            piece_style = style if last else ParagraphStyle("piece", parent=style, spaceAfter=0)
            flowables.append(Paragraph(fonts.markup(chunk), piece_style))
    return flowables


def _section(section: ReportSection, styles: _Styles, fonts: FontSet, empty: str) -> list[Flowable]:
    heading = Paragraph(fonts.markup(section.heading, bold=True), styles.heading)
    body = typed_text(section.text, styles.body, fonts) if section.text.strip() else []
    if not body:
        body = [Paragraph(fonts.markup(empty), styles.empty)]
    return [heading, *body]


def _table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    """A table with a shaded header row repeated on each page it spans."""
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ]
    table.setStyle(TableStyle(commands))
    return table


def _logo(path: str) -> Image | None:
    """The logo scaled to the letterhead, or None when the file is gone or unreadable."""
    if not path:
        return None
    try:
        reader = ImageReader(path)
        width, height = reader.getSize()
    except Exception:  # a missing or broken logo is left out, never fatal
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(16 * mm / height, 45 * mm / width)
    return Image(path, width=width * scale, height=height * scale)


def _letterhead(data: VisitReportData, styles: _Styles, fonts: FontSet) -> list[Flowable]:
    logo = _logo(data.logo_path)
    company = Paragraph(fonts.markup(data.company, bold=True), styles.company)
    title = Paragraph(fonts.markup(data.labels.title, bold=True), styles.doc_title)
    title_width = 50 * mm
    if logo is not None:
        logo_width = logo.drawWidth + 5 * mm
        cells = [[logo, company, title]]
        widths = [logo_width, FRAME_WIDTH - logo_width - title_width, title_width]
    else:
        cells = [[company, title]]
        widths = [FRAME_WIDTH - title_width, title_width]
    head = Table(cells, colWidths=widths, hAlign="LEFT")
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, 0), 1.4, ACCENT),
            ]
        )
    )
    return [head, Spacer(1, 7 * mm)]


def _facts(data: VisitReportData, styles: _Styles, fonts: FontSet) -> Table:
    labels = data.labels

    def label(text: str) -> Paragraph:
        return Paragraph(fonts.markup(text), styles.label)

    def value(text: str) -> Paragraph:
        return Paragraph(fonts.markup(text or "—"), styles.cell)

    rows = [
        [label(labels.date), value(data.date_text), label(labels.time), value(data.time_text)],
        [label(labels.place), value(data.place), label(labels.scenario), value(data.scenario)],
    ]
    stars = satisfaction_text(data.satisfaction, fonts)
    score = (
        Paragraph(f'<font color="{ACCENT_HEX}">{fonts.markup(stars)}</font>', styles.cell)
        if stars
        else Paragraph(fonts.markup(labels.not_recorded), styles.label)
    )
    rows.append([label(labels.status), value(data.status), label(labels.satisfaction), score])
    label_width = 24 * mm
    value_width = FRAME_WIDTH / 2 - label_width
    table = Table(
        rows, colWidths=[label_width, value_width, label_width, value_width], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("TOPPADDING", (0, 1), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                # The smaller labels sit on the values' baseline.
                ("TOPPADDING", (0, 0), (0, 0), 7.8),
                ("TOPPADDING", (2, 0), (2, 0), 7.8),
                ("TOPPADDING", (0, 1), (0, -1), 2.8),
                ("TOPPADDING", (2, 1), (2, -1), 2.8),
            ]
        )
    )
    return table


def _attendees(data: VisitReportData, styles: _Styles, fonts: FontSet) -> list[Flowable]:
    labels = data.labels
    heading = Paragraph(fonts.markup(labels.attendees, bold=True), styles.heading)
    if not data.attendees:
        return [heading, Paragraph(fonts.markup(labels.no_attendees), styles.empty)]
    rows: list[list[Flowable]] = [
        [
            Paragraph(fonts.markup(labels.name, bold=True), styles.cell_head),
            Paragraph(fonts.markup(labels.job_title, bold=True), styles.cell_head),
        ]
    ]
    rows += [
        [
            Paragraph(fonts.markup(person.name or "—"), styles.cell),
            Paragraph(fonts.markup(person.title or "—"), styles.cell),
        ]
        for person in data.attendees
    ]
    return [heading, _table(rows, [FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55])]


def _promises(data: VisitReportData, styles: _Styles, fonts: FontSet) -> list[Flowable]:
    labels = data.labels
    heading = Paragraph(fonts.markup(labels.promises, bold=True), styles.heading)
    if not data.promises:
        return [heading, Paragraph(fonts.markup(labels.no_promises), styles.empty)]
    rows: list[list[Flowable]] = [
        [
            Paragraph(fonts.markup(text, bold=True), styles.cell_head)
            for text in (labels.promise, labels.due, labels.done)
        ]
    ]
    rows += [
        [
            Paragraph(fonts.markup(promise.what), styles.cell),
            Paragraph(fonts.markup(promise.due), styles.cell),
            Paragraph(
                fonts.markup(labels.promise_done if promise.done else labels.promise_open),
                styles.cell,
            ),
        ]
        for promise in data.promises
    ]
    return [heading, _table(rows, [FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.18])]


def satisfaction_text(score: int | None, fonts: FontSet) -> str:
    """``★★★★☆ 4/5`` when the font draws stars, else ``4 / 5``; empty for no score."""
    if score is None:
        return ""
    if fonts.has(fonts.regular, "★☆"):
        return "★" * score + "☆" * (SATISFACTION_MAX - score) + f"  {score}/{SATISFACTION_MAX}"
    return f"{score} / {SATISFACTION_MAX}"


def _signature(data: VisitReportData, styles: _Styles, fonts: FontSet) -> Flowable:
    """The sign-off: the rep's name, a line to sign on and the date, each over its label."""
    labels = data.labels
    gap = 8 * mm
    column = (FRAME_WIDTH - 2 * gap) / 3
    rows = [
        [
            Paragraph(fonts.markup(data.rep_name), styles.cell),
            "",
            "",
            "",
            Paragraph(fonts.markup(data.signed_on), styles.cell),
        ],
        [
            Paragraph(fonts.markup(text), styles.label)
            for text in (labels.prepared_by, "", labels.signature, "", labels.signed_on)
        ],
    ]
    table = Table(rows, colWidths=[column, gap, column, gap, column], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 20),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ("TOPPADDING", (0, 1), (-1, 1), 2),
                ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, INK),
                ("LINEBELOW", (4, 0), (4, 0), 0.8, INK),
            ]
        )
    )
    return KeepTogether([Spacer(1, 6 * mm), table])


def visit_flowables(
    data: VisitReportData, fonts: FontSet, styles: _Styles | None = None
) -> list[Flowable]:
    """One visit's report as platypus flowables (for :func:`render_reports` and previews)."""
    styles = styles or _styles(fonts)
    labels = data.labels
    story: list[Flowable] = [*_letterhead(data, styles, fonts)]
    story.append(Paragraph(fonts.markup(data.account_name or "—", bold=True), styles.title))
    about = " · ".join(part for part in (data.industry, data.address) if part)
    if about:
        story.append(Paragraph(fonts.markup(about), styles.subtitle))
    story.append(Spacer(1, 5 * mm))
    story.append(_facts(data, styles, fonts))
    story += _attendees(data, styles, fonts)
    for section in data.sections:
        story += _section(section, styles, fonts, labels.not_recorded)
    story += _promises(data, styles, fonts)
    story += _section(data.next_steps, styles, fonts, labels.not_recorded)
    story.append(_signature(data, styles, fonts))
    return story


def _build(
    datas: Sequence[VisitReportData],
    stream: IO[bytes],
    on_start: Callable[[int], None] | None = None,
) -> None:
    fonts = report_fonts()
    styles = _styles(fonts)
    first = datas[0]
    doc = BaseDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{first.labels.title} · {first.account_name}"
        if len(datas) == 1
        else first.labels.title,
        author=first.rep_name,
        creator="kamdesk",
        initialFontName=fonts.regular,
        initialFontSize=10,
        lang="zh-CN" if first.language == "zh_CN" else "en",
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])
    story: list[Flowable] = []
    for index, data in enumerate(datas):
        if index:
            story.append(PageBreak())
        story.append(_VisitStart(index, on_start))
        story += visit_flowables(data, fonts, styles)
    doc.build(story, canvasmaker=_numbered_canvas(datas, fonts))


def _write(out: Output, write: Callable[[IO[bytes]], None]) -> None:
    """Writes through ``write`` to a binary file, or to a path by way of a temporary file
    in the same folder that replaces the path only when complete."""
    if hasattr(out, "write"):
        write(out)  # type: ignore[arg-type]
        return
    target = Path(os.fspath(out))  # type: ignore[arg-type]
    fd, temporary = tempfile.mkstemp(prefix=".kamdesk-", suffix=".pdf.part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def render_visit_report(data: VisitReportData, out: Output) -> None:
    """Writes the report of one visit as a PDF to ``out`` (a path or a binary file).

    A path is written whole or not at all: a temporary file beside it replaces it at the end.
    """
    _write(out, lambda stream: _build([data], stream))


def render_reports(
    datas: Sequence[VisitReportData],
    out: Output,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Writes the reports of several visits into one PDF, each starting on a new page and
    numbering its own pages.

    Args:
        progress: told ``(done, total, account name)`` as each visit's report starts
            and once all are laid out.
        cancel: checked as each visit starts; when cancelled, raises
            :class:`~kamdesk.cancel.Cancelled` and a path ``out`` is left as it was.

    Raises:
        ValueError: ``datas`` is empty.
    """
    if not datas:
        raise ValueError("no visit to report")
    total = len(datas)

    def on_start(index: int) -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(index, total, datas[index].account_name)

    def write(stream: IO[bytes]) -> None:
        _build(datas, stream, on_start)
        if cancel is not None:  # cancelled while the last visit was laid out
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(total, total, "")

    _write(out, write)

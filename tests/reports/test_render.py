"""The PDF itself: its text read back with pypdf, every page drawn by pdftoppm, in both
languages; what the user typed printed literally; long notes; mixed scripts; the logo."""

from __future__ import annotations

import dataclasses
import io
import itertools
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from kamdesk.reports.data import ReportPerson, ReportPromise, ReportSection, report_data
from kamdesk.reports.fonts import FontSet, report_fonts
from kamdesk.reports.render import (
    MARGIN_X,
    PAGE_WIDTH,
    render_reports,
    render_visit_report,
    satisfaction_text,
)

from .conftest import draw_pages, flat, pdf_pages

TODAY = date(2026, 1, 6)


@pytest.fixture
def data(store, book, settings):  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return report_data(session, book["visit"], settings, TODAY)


def _render(data, tmp_path: Path, name: str = "report.pdf") -> tuple[list[str], list[Path]]:  # type: ignore[no-untyped-def]
    target = tmp_path / name
    render_visit_report(data, target)
    return pdf_pages(target), draw_pages(target, tmp_path / f"{name}-pages")


def test_an_english_report_holds_the_visit(data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pages, drawn = _render(data, tmp_path)
    assert len(drawn) == len(pages) >= 1
    text = "\n".join(pages)
    for expected in (
        "蓝海软件 BlueSea",
        "Visit report",
        "比亚迪股份有限公司",
        "Monday, 5 January 2026",
        "09:30–11:00",
        "Existing client",
        "Attendees",
        "李 Wei Zhang",
        "Ångström 张",
        "采购总监",
        "Objectives",
        "Notes",
        "Needs found",
        "Objections",
        "Outcome",
        "Promises made",
        "2026-01-09",
        "Next steps",
        "Satisfaction",
        "4/5",
        "Prepared by",
        "王小明",
        "Signature",
        "2026-01-06",
    ):
        assert expected in text, expected
    for expected in (
        "客户对自动分拣很感兴趣。",
        "发送正式报价单",
        "价格比竞品高约15%",
        "周五前发报价单",
    ):
        assert expected in flat(text), expected
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
    # 李 Wei Zhang's personality style (driver, 结果型) is private: never printed.
    assert "driver" not in text.lower() and "结果型" not in flat(text)


def test_a_chinese_report_holds_the_visit(store, book, settings, zh_cn, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        data = report_data(session, book["visit"], settings, TODAY)
    pages, _ = _render(data, tmp_path)
    text = flat("\n".join(pages))
    for expected in (
        "拜访报告",
        "2026年1月5日星期一",
        "老客户拜访",
        "参会人员",
        "姓名",
        "职务",
        "李WeiZhang",
        "Ångström张",
        "拜访目的",
        "拜访记录",
        "发现的需求",
        "客户异议",
        "拜访结果",
        "承诺事项",
        "截止日期",
        "下一步计划",
        "客户满意度",
        "报告人",
        "签名",
    ):
        assert expected in text, expected
    for number, page in enumerate(pages, 1):
        assert f"第{number}页，共{len(pages)}页" in flat(page)


def test_the_fonts_are_embedded_and_draw_every_character_of_mixed_names(data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    fonts = report_fonts()
    assert fonts.embedded
    for name in (
        "李 Wei Zhang",
        "Ångström 张",
        "Zoë Müller-Łukasz 欧阳娜娜",
        "Đặng 王",
        "Жанна 李",
    ):
        assert fonts.draws(name), name
        assert fonts.draws(name, bold=True), name
    people = (*data.attendees, ReportPerson("Zoë Müller-Łukasz 欧阳娜娜", "Đặng · Жанна"))
    pages, _ = _render(dataclasses.replace(data, attendees=people), tmp_path)
    assert "Zoë Müller-Łukasz" in pages[0]
    assert "欧阳娜娜" in flat(pages[0])
    reader = PdfReader(tmp_path / "report.pdf")
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if font["/BaseFont"] == "/Helvetica":
                continue  # ReportLab lists it on every page; no text uses it
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_what_the_user_typed_prints_literally(data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    typed = "<b>not bold</b> & AT&T &amp; <font size=40>x</font> <br/> a\x00b"
    data = dataclasses.replace(
        data,
        account_name="A&B <i>Co</i>",
        notes=ReportSection("Notes", typed + "\nsecond line"),
        promises=(ReportPromise("<para>send & check</para>", "2026-01-09", True),),
        attendees=(ReportPerson("<b>Li</b>", "R&D"),),
    )
    pages, _ = _render(data, tmp_path)
    text = "\n".join(pages)
    assert "<b>not bold</b> & AT&T &amp; <font size=40>x</font> <br/> ab" in text
    assert "A&B <i>Co</i>" in text
    assert "<para>send & check</para>" in text
    assert "<b>Li</b>" in text and "R&D" in text
    assert "second line" in text


def test_a_fifty_page_note_flows_across_pages(data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sentence = "客户介绍了今年的仓储扩建计划，并详细询问了 AGV 调度与 WMS 的接口。"
    paragraphs = [f"第 {n} 段：" + sentence * 12 for n in range(1, 241)]
    one_line = "没有换行也没有标点的一段很长很长的文字" * 400  # one paragraph of 8,000 characters
    note = "\n\n".join(paragraphs) + "\n\n" + one_line + "\n\nTHE END OF THE NOTE"
    pages, drawn = _render(dataclasses.replace(data, notes=ReportSection("Notes", note)), tmp_path)
    assert len(pages) >= 50
    assert len(drawn) == len(pages)
    text = flat("\n".join(pages))
    assert "第1段：" in text and "第240段：" in text
    assert "THEENDOFTHENOTE" in text
    assert body(pages).count("没有换行也没有标点") == 400
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def body(pages: list[str]) -> str:
    """The pages' text without white space and without their footers."""
    out = []
    for number, page in enumerate(pages, 1):
        text = flat(page)
        for footer in (
            f"Page{number}of{len(pages)}",
            "蓝海软件BlueSea·Visitreport·比亚迪股份有限公司",
        ):
            assert footer in text
            text = text.replace(footer, "")
        out.append(text)
    return "".join(out)


def test_a_visit_with_nothing_recorded(store, book, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        data = report_data(session, book["empty"], settings, TODAY)
    pages, drawn = _render(data, tmp_path)
    assert len(pages) == len(drawn) == 1
    text = pages[0]
    assert "中兴通讯" in text
    assert text.count("Nothing recorded.") == 7  # five sections, next steps, satisfaction
    assert "No promises made." in text
    assert "赵敏" in text
    nobody = dataclasses.replace(data, attendees=())
    pages, _ = _render(nobody, tmp_path, "nobody.pdf")
    assert "No attendees recorded." in pages[0]


def _ink_outside_the_margins(png: Path) -> bool:
    image = Image.open(png).convert("L")
    scale = image.width / PAGE_WIDTH
    inside_left = int((MARGIN_X - 1) * scale)
    inside_right = int((PAGE_WIDTH - MARGIN_X + 1) * scale) + 1
    for x in (*range(inside_left), *range(inside_right, image.width)):
        for y in range(image.height):
            if image.getpixel((x, y)) < 200:
                return True
    return False


def test_tables_and_text_never_leave_the_page(data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    unbroken = "x" * 300
    wide = dataclasses.replace(
        data,
        attendees=(ReportPerson("名" * 120, unbroken),),
        promises=(ReportPromise(unbroken + " " + "很长的承诺" * 60, "2026-01-09", False),),
        place=unbroken,
        notes=ReportSection("Notes", "https://example.com/" + "a" * 500),
    )
    target = tmp_path / "wide.pdf"
    render_visit_report(wide, target)
    drawn = draw_pages(target, tmp_path / "wide", dpi=50)
    assert drawn
    for png in drawn:
        assert not _ink_outside_the_margins(png), png.name
    assert "名" * 20 in flat("".join(pdf_pages(target)))


def test_the_logo_is_printed_and_a_missing_one_is_left_out(data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 78, 121)).save(logo)
    render_visit_report(dataclasses.replace(data, logo_path=str(logo)), tmp_path / "with.pdf")
    assert len(PdfReader(tmp_path / "with.pdf").pages[0].images) == 1
    draw_pages(tmp_path / "with.pdf", tmp_path / "with")

    logo.unlink()
    _, drawn = _render(dataclasses.replace(data, logo_path=str(logo)), tmp_path, "without.pdf")
    assert drawn
    assert len(PdfReader(tmp_path / "without.pdf").pages[0].images) == 0
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    pages, _ = _render(dataclasses.replace(data, logo_path=str(broken)), tmp_path, "broken.pdf")
    assert "比亚迪股份有限公司" in pages[0]


def test_satisfaction_as_stars_only_when_the_font_draws_them() -> None:
    fonts = report_fonts()
    assert satisfaction_text(4, fonts) == "★★★★☆  4/5"
    assert satisfaction_text(None, fonts) == ""
    plain = FontSet(regular="R", bold="B", embedded=True, _cmaps={"R": frozenset(range(128))})
    assert satisfaction_text(4, plain) == "4 / 5"


def test_markup_escapes_and_falls_back_per_run() -> None:
    fonts = report_fonts()
    assert fonts.markup("a<b>&c\nd  e") == "a&lt;b&gt;&amp;c<br/>d &#160;e"
    # 喆 is in GBK but not in GB2312: the bold face lacks it, the regular one draws it.
    assert fonts.has(fonts.regular, "喆") and not fonts.has(fonts.bold, "喆")
    assert fonts.markup("王喆", bold=True) == f'王<font face="{fonts.regular}">喆</font>'


def test_several_visits_in_one_file_each_start_a_page_and_count_their_own(  # type: ignore[no-untyped-def]
    data, tmp_path
) -> None:
    long_note = ReportSection("Notes", "A long note. " * 900)
    second = dataclasses.replace(data, account_name="第二家客户", notes=long_note)
    third = dataclasses.replace(data, account_name="Third Account Ltd")
    target = tmp_path / "week.pdf"
    calls: list[tuple[int, int, str]] = []
    render_reports(
        [data, second, third],
        target,
        progress=lambda done, total, message: calls.append((done, total, message)),
    )
    pages = pdf_pages(target)
    draw_pages(target, tmp_path / "week")
    starts = [i for i, page in enumerate(pages) if "Page 1 of" in page]
    assert len(starts) == 3
    assert starts[0] == 0
    counts = [b - a for a, b in itertools.pairwise([*starts, len(pages)])]
    assert counts[1] >= 2
    for start, count in zip(starts, counts, strict=True):
        for offset in range(count):
            assert f"Page {offset + 1} of {count}" in pages[start + offset]
    assert "第二家客户" in pages[starts[1]]
    assert "Third Account Ltd" in pages[starts[2]]
    assert [c[0] for c in calls] == [0, 1, 2, 3]
    assert {c[1] for c in calls} == {3}


def test_a_report_goes_to_an_open_binary_file(data) -> None:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    render_visit_report(data, buffer)
    assert buffer.getvalue().startswith(b"%PDF-")


def test_without_any_embeddable_font_the_builtin_cid_font_still_prints_chinese(  # type: ignore[no-untyped-def]
    data, tmp_path, monkeypatch
) -> None:
    from kamdesk.reports import fonts as report_font_module

    monkeypatch.setattr(report_font_module, "_SYSTEM_CANDIDATES", ())
    monkeypatch.setattr("kamdesk.paths.resources_dir", lambda: tmp_path)
    monkeypatch.setattr(report_font_module, "_fonts", None)
    fonts = report_font_module.report_fonts()
    assert (fonts.regular, fonts.embedded) == ("STSong-Light", False)
    pages, drawn = _render(data, tmp_path)
    assert drawn
    assert "比亚迪股份有限公司" in flat(pages[0])
    assert satisfaction_text(4, fonts) in {"★★★★☆  4/5", "4 / 5"}

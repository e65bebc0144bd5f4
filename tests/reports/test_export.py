"""Batches of reports written to files: one combined PDF or one each, with progress and
cancel, never a half-written file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kamdesk.cancel import Cancelled, CancelToken
from kamdesk.errors import InvalidInput, NotFound
from kamdesk.reports.export import export_reports, find_visits

from .conftest import add_visit, at, draw_pages, pdf_pages

TODAY = date(2026, 1, 6)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_one_combined_file_with_progress(store, book, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "week.pdf"
    calls: list[tuple[int, int]] = []
    result = export_reports(
        store,
        [book["empty"], book["visit"]],
        target,
        each=False,
        settings=settings,
        progress=lambda done, total, message: calls.append((done, total)),
        today=TODAY,
    )
    assert result.files == (target,)
    assert result.visits == 2
    assert _files(tmp_path) == ["week.pdf"]
    pages = pdf_pages(target)
    draw_pages(target, tmp_path / "pages")
    # Sorted by start: 比亚迪 on the 5th before 中兴 on the 6th.
    assert "比亚迪股份有限公司" in pages[0]
    assert "中兴通讯" in pages[-1] and "Page 1 of 1" in pages[-1]
    assert calls[-1] == (4, 4)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert {total for _, total in calls} == {4}


def test_one_file_each_named_by_day_and_account(store, book, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    again = add_visit(store, book["byd"], book["li"], at(5, 15), outcome="第二次")
    folder = tmp_path / "reports" / "week 2"
    result = export_reports(
        store,
        [book["visit"], again, book["empty"]],
        folder,
        each=True,
        settings=settings,
        today=TODAY,
    )
    assert _files(folder) == [
        "2026-01-05_比亚迪股份有限公司_visit-report.pdf",
        "2026-01-05_比亚迪股份有限公司_visit-report_2.pdf",
        "2026-01-06_中兴通讯_visit-report.pdf",
    ]
    assert [p.name for p in result.files] == _files(folder)
    assert "第二次" in "".join(pdf_pages(folder / _files(folder)[1]))
    for path in result.files:
        draw_pages(path, tmp_path / path.stem)


@pytest.mark.parametrize("each", [False, True])
def test_cancelling_leaves_no_file(store, book, settings, tmp_path, each: bool) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "kept.txt").write_text("already here")
    target = folder if each else folder / "week.pdf"
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done >= 3:  # both read, the first laid out
            token.cancel()

    with pytest.raises(Cancelled):
        export_reports(
            store,
            [book["visit"], book["empty"]],
            target,
            each=each,
            settings=settings,
            progress=progress,
            cancel=token,
        )
    assert 3 in seen
    assert _files(folder) == ["kept.txt"]


def test_cancelled_before_it_starts(store, book, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_reports(
            store, [book["visit"]], tmp_path / "a.pdf", each=False, settings=settings, cancel=token
        )
    assert _files(tmp_path) == []


def test_an_existing_file_is_replaced_whole_or_refused(store, book, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    with pytest.raises(InvalidInput, match="already exists"):
        export_reports(
            store, [book["visit"]], target, each=False, settings=settings, overwrite=False
        )
    assert target.read_bytes() == b"old"
    export_reports(store, [book["visit"]], target, each=False, settings=settings)
    assert target.read_bytes().startswith(b"%PDF-")
    assert _files(tmp_path) == ["a.pdf"]


def test_bad_targets_and_visits_write_nothing(store, book, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="does not exist"):
        export_reports(
            store, [book["visit"]], tmp_path / "no" / "a.pdf", each=False, settings=settings
        )
    (tmp_path / "file.pdf").write_bytes(b"x")
    with pytest.raises(InvalidInput, match="not a folder"):
        export_reports(store, [book["visit"]], tmp_path / "file.pdf", each=True, settings=settings)
    with pytest.raises(InvalidInput, match="no visit"):
        export_reports(store, [], tmp_path / "a.pdf", each=False, settings=settings)
    with pytest.raises(NotFound):
        export_reports(
            store, [book["visit"], "missing"], tmp_path / "a.pdf", each=False, settings=settings
        )
    assert _files(tmp_path) == ["file.pdf"]


def test_visits_are_found_by_id_or_its_beginning(store, book) -> None:  # type: ignore[no-untyped-def]
    with store.reading() as session:
        found = find_visits(session, [book["visit"][:-6], book["empty"], book["visit"]])
        assert found == [book["visit"], book["empty"]]
        with pytest.raises(NotFound):
            find_visits(session, ["ffffffff-0000"])
        # Ids made in the same millisecond share their beginning.
        common = next(
            i for i, (a, b) in enumerate(zip(book["visit"], book["empty"], strict=True)) if a != b
        )
        if common:
            with pytest.raises(InvalidInput, match="several visits"):
                find_visits(session, [book["visit"][:common]])


def test_a_session_factory_works_as_well_as_a_store(store, book, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = export_reports(
        store.reading, [book["visit"]], tmp_path / "a.pdf", each=False, settings=settings
    )
    assert result.files[0].read_bytes().startswith(b"%PDF-")

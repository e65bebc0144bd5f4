"""``kamdesk report VISIT... -o OUT [--each] [--force]``."""

from __future__ import annotations

import json

import pytest

from kamdesk.app import main

from .conftest import draw_pages, pdf_pages


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    """The commands share the process-wide Qt application with the GUI tests."""
    return qapp


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def visit_ids(store, book):  # type: ignore[no-untyped-def]
    """The book's two visits; the store is closed so the command opens its own."""
    store.close()
    return book["visit"], book["empty"]


def test_one_visit_by_the_beginning_of_its_id(capsys, visit_ids, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "visit.pdf"
    code, out, err = run(capsys, "report", visit_ids[0][:-6], "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"{target}\n"
    pages = pdf_pages(target)
    assert "比亚迪股份有限公司" in pages[0]
    draw_pages(target, tmp_path / "pages")


def test_several_visits_in_one_file_or_one_each(capsys, visit_ids, tmp_path) -> None:  # type: ignore[no-untyped-def]
    combined = tmp_path / "week.pdf"
    code, out, _ = run(capsys, "report", *visit_ids, "-o", str(combined))
    assert code == 0
    assert sum("Page 1 of" in page for page in pdf_pages(combined)) == 2

    folder = tmp_path / "each"
    code, out, _ = run(capsys, "report", *visit_ids, "-o", str(folder), "--each", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["visits"] == 2
    assert sorted(p.name for p in folder.iterdir()) == [
        "2026-01-05_比亚迪股份有限公司_visit-report.pdf",
        "2026-01-06_中兴通讯_visit-report.pdf",
    ]
    assert sorted(shown["files"]) == sorted(str(p) for p in folder.iterdir())


def test_bad_input_is_said_clearly_with_exit_status_2(capsys, visit_ids, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cases = [
        (("report", "nonesuch", "-o", str(tmp_path / "a.pdf")), "visit nonesuch"),
        (("report", visit_ids[0], "-o", str(tmp_path / "a.txt")), ".pdf"),
        (("report", visit_ids[0], "-o", str(tmp_path / "no" / "a.pdf")), "does not exist"),
        (("report", visit_ids[0]), "-o/--output"),
    ]
    (tmp_path / "file.pdf").write_bytes(b"mine")
    cases += [
        (("report", visit_ids[0], "-o", str(tmp_path / "file.pdf")), "--force"),
        (("report", visit_ids[0], "-o", str(tmp_path / "file.pdf"), "--each"), "is a file"),
    ]
    for argv, said in cases:
        code, out, err = run(capsys, *argv)
        assert code == 2, argv
        assert out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("kamdesk: "), err
        assert said in err, (argv, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.pdf"]
    assert (tmp_path / "file.pdf").read_bytes() == b"mine"
    code, _, _ = run(capsys, "report", visit_ids[0], "-o", str(tmp_path / "file.pdf"), "--force")
    assert code == 0
    assert (tmp_path / "file.pdf").read_bytes().startswith(b"%PDF-")

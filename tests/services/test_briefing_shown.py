"""What briefings popped up already: kept in the data directory, read leniently."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kamdesk.services.briefing_shown import KEEP_FOR, read_shown, take_unshown

NOW = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)


def test_each_visit_is_taken_once_for_its_start(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shown.json"
    a, b = ("a", NOW + timedelta(minutes=20)), ("b", NOW + timedelta(minutes=25))
    assert take_unshown(path, [a], NOW) == [a]
    assert take_unshown(path, [a, b], NOW) == [b]
    assert take_unshown(path, [a, b], NOW) == []
    moved = ("a", NOW + timedelta(hours=1))
    assert take_unshown(path, [moved], NOW) == [moved]
    assert read_shown(path) == {"a": moved[1], "b": b[1]}


def test_old_entries_are_dropped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shown.json"
    take_unshown(path, [("old", NOW)], NOW - timedelta(minutes=5))
    later = NOW + KEEP_FOR + timedelta(minutes=1)
    assert take_unshown(path, [], later) == []
    assert read_shown(path) == {}


def test_a_damaged_file_reads_as_empty_and_is_replaced(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shown.json"
    for text in ("{", "[]", '{"shown": {"x": "not a time", "y": "2026-11-26T06:00:00"}}'):
        path.write_text(text, encoding="utf-8")
        assert read_shown(path) == {}
    visit = ("v", NOW + timedelta(minutes=10))
    assert take_unshown(path, [visit], NOW) == [visit]
    assert read_shown(path) == {"v": visit[1]}

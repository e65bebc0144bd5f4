"""Paths and the typed, versioned settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kamdesk.errors import InvalidInput
from kamdesk.paths import default_data_dir, resolve_data_dir
from kamdesk.settings import SETTINGS_VERSION, Settings, load_settings, save_settings


def test_data_dir_option_beats_the_environment_which_beats_the_platform_default(
    monkeypatch, tmp_path
):
    monkeypatch.setenv("KAMDESK_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir(str(tmp_path / "from-option")).root == tmp_path / "from-option"
    assert resolve_data_dir(None).root == tmp_path / "from-env"
    monkeypatch.delenv("KAMDESK_DATA_DIR")
    assert resolve_data_dir(None).root == default_data_dir()
    assert "kamdesk" in str(default_data_dir())


def test_the_platform_default_follows_the_users_data_location(monkeypatch, tmp_path):
    monkeypatch.delenv("KAMDESK_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir(None).root == tmp_path / "xdg" / "kamdesk"


def test_missing_settings_give_the_defaults(tmp_path):
    settings = load_settings(tmp_path / "settings.json")
    assert settings == Settings()
    assert (settings.work_start, settings.work_end, settings.language) == (
        "09:00",
        "18:00",
        "system",
    )


def test_settings_round_trip_with_chinese_text(tmp_path):
    path = tmp_path / "settings.json"
    chosen = Settings().replace(
        rep_name="王小明", company="蓝海软件", offer="智能仓储方案", language="zh_CN"
    )
    save_settings(path, chosen)
    assert load_settings(path) == chosen
    assert "王小明" in path.read_text(encoding="utf-8")  # readable, not \u-escaped
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == SETTINGS_VERSION


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"work_start": "9am"}, "work_start"),
        ({"work_start": "25:00"}, "work_start"),
        ({"work_start": "18:00", "work_end": "09:00"}, "work_end"),
        ({"lunch_start": "13:00", "lunch_end": "12:00"}, "lunch_end"),
        ({"language": "fr"}, "language"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
    ],
)
def test_an_invalid_setting_names_its_field(changes, field):
    with pytest.raises(InvalidInput) as caught:
        Settings().replace(**changes)
    assert caught.value.where == field


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"version": 99}', '{"work_start": 9}', '{"work_start": "late"}'],
    ids=["not-json", "not-object", "newer", "wrong-type", "invalid-value"],
)
def test_a_bad_settings_file_is_reported_with_its_path_and_never_overwritten(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        load_settings(path)
    assert str(path) in caught.value.message()
    assert path.read_text(encoding="utf-8") == content


def test_saving_invalid_settings_writes_nothing(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(path, Settings(rep_name="before"))
    with pytest.raises(InvalidInput):
        save_settings(path, Settings(rep_name="after", work_start="nope"))
    assert load_settings(path).rep_name == "before"
    assert [p.name for p in Path(tmp_path).iterdir()] == ["settings.json"]


def test_settings_an_older_kamdesk_does_not_know_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "rep_name": "李雷", "retired_option": true}', encoding="utf-8")
    assert load_settings(path).rep_name == "李雷"


def test_briefing_lead_minutes_is_checked_and_read_from_text(tmp_path: Path) -> None:
    settings = Settings()
    assert settings.briefing_lead_minutes == 30
    assert settings.replace(briefing_lead_minutes="0").briefing_lead_minutes == 0
    assert settings.replace(briefing_lead_minutes=240).briefing_lead_minutes == 240
    for bad in (241, -5, True, "soon"):
        with pytest.raises(InvalidInput) as raised:
            settings.replace(briefing_lead_minutes=bad)
        assert raised.value.where == "briefing_lead_minutes"
    path = tmp_path / "settings.json"
    save_settings(path, settings.replace(briefing_lead_minutes=45))
    assert load_settings(path).briefing_lead_minutes == 45

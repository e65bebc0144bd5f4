"""The letterhead's logo setting: a readable PNG or JPEG, or a clear error naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from kamdesk.errors import InvalidInput
from kamdesk.settings import Settings, load_settings, save_settings


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_a_png_or_jpeg_logo_is_kept_with_its_absolute_path(  # type: ignore[no-untyped-def]
    tmp_path, monkeypatch, kind: str
) -> None:
    Image.new("RGB", (120, 40), (200, 30, 30)).save(tmp_path / "logo.img", kind)
    monkeypatch.chdir(tmp_path)
    settings = Settings().replace(logo_path="logo.img")
    assert settings.logo_path == str(tmp_path.resolve() / "logo.img")
    assert settings.replace(logo_path="").logo_path == ""


def test_a_bad_logo_is_refused_naming_the_field(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not an image")
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    Image.new("RGB", (10, 10)).save(tmp_path / "logo.gif", "GIF")
    for name, said in (
        ("missing.png", "no such file"),
        ("notes.txt", "not a PNG or JPEG"),
        ("logo.gif", "not a PNG or JPEG"),
        ("broken.png", "damaged"),
    ):
        with pytest.raises(InvalidInput) as raised:
            Settings().replace(logo_path=str(tmp_path / name))
        assert raised.value.where == "logo_path"
        assert said in raised.value.reason, name


def test_a_logo_that_went_missing_does_not_stop_the_settings_loading(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (10, 10)).save(logo)
    path = tmp_path / "settings.json"
    save_settings(path, Settings().replace(logo_path=str(logo), company="蓝海"))
    logo.unlink()
    loaded = load_settings(path)
    assert (loaded.logo_path, loaded.company) == (str(logo.resolve()), "蓝海")

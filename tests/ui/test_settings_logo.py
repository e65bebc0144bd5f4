"""Settings: the company logo for the visit reports, chosen, shown as a thumbnail, cleared."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from kamdesk.settings import Settings
from kamdesk.ui.settings_dialog import SettingsDialog


def _image(path: Path, width: int = 400, height: int = 100) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    assert image.save(str(path))
    return path


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the patched file dialog answers next (one path per call)."""
    answers: list[str] = []

    def ask(cls, parent, start):  # type: ignore[no-untyped-def]
        return answers.pop(0) if answers else None

    monkeypatch.setattr(SettingsDialog, "ask_logo_file", classmethod(ask))
    return answers


def _dialog(qtbot, settings: Settings, saved: list[Settings]) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings, saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_chosen_logo_is_shown_and_saved_as_an_absolute_path(qtbot, tmp_path, chosen) -> None:  # type: ignore[no-untyped-def]
    logo = _image(tmp_path / "logo.png")
    saved: list[Settings] = []
    dialog = _dialog(qtbot, Settings(company="深圳云启科技"), saved)
    assert dialog.logo_preview.text() == "No logo"
    assert not dialog.logo_clear_button.isEnabled()

    chosen.append(str(logo))
    dialog.logo_choose_button.click()
    pixmap = dialog.logo_preview.pixmap()
    assert not pixmap.isNull()
    # Scaled into the thumbnail's box, keeping the 4:1 shape.
    size = pixmap.deviceIndependentSize()
    assert size.width() <= 180 and size.height() <= 48
    assert abs(size.width() / size.height() - 4) < 0.1
    assert dialog.logo_name_label.text() == "logo.png"
    assert dialog.logo_clear_button.isEnabled()

    dialog.save_button.click()
    assert [s.logo_path for s in saved] == [str(logo.resolve())]
    assert saved[0].company == "深圳云启科技"


def test_a_file_that_is_not_an_image_is_refused_at_the_field(qtbot, tmp_path, chosen) -> None:  # type: ignore[no-untyped-def]
    logo = _image(tmp_path / "logo.jpg")
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture", encoding="utf-8")
    saved: list[Settings] = []
    dialog = _dialog(qtbot, Settings(logo_path=str(logo)), saved)
    assert not dialog.logo_preview.pixmap().isNull()

    chosen.append(str(fake))
    dialog.logo_choose_button.click()
    error = dialog.error_labels["logo_path"]
    assert error.isVisible()
    assert "is not a PNG or JPEG image" in error.text()
    # The logo in force stays.
    assert dialog.candidate().logo_path == str(logo)
    assert dialog.logo_name_label.text() == "logo.jpg"
    # Editing another field does not hide the message.
    dialog.rep_name_edit.setText("张伟")
    assert error.isVisible()


def test_clear_removes_the_logo(qtbot, tmp_path, chosen) -> None:  # type: ignore[no-untyped-def]
    logo = _image(tmp_path / "logo.png")
    saved: list[Settings] = []
    dialog = _dialog(qtbot, Settings(logo_path=str(logo)), saved)
    dialog.logo_clear_button.click()
    assert dialog.logo_preview.text() == "No logo"
    dialog.save_button.click()
    assert [s.logo_path for s in saved] == [""]


def test_a_logo_that_went_missing_says_so(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, Settings(logo_path=str(tmp_path / "gone.png")), [])
    assert dialog.logo_preview.text() == "File missing"
    assert dialog.logo_name_label.text() == "gone.png"

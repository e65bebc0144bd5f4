"""Windows open no bigger than the screen they are on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from kamdesk.ui.desktop import SCREEN_SHARE, resize_to_fit


def test_a_window_asked_bigger_than_its_screen_fits_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    free = dialog.screen().availableGeometry()
    resize_to_fit(dialog, free.width() * 2, free.height() + 400)
    assert dialog.width() == free.width() * SCREEN_SHARE // 100
    assert dialog.height() == free.height() * SCREEN_SHARE // 100
    resize_to_fit(dialog, 300, 200)  # one that fits keeps its size
    assert (dialog.width(), dialog.height()) == (300, 200)

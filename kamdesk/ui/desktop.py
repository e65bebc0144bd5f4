"""Hand-overs to the desktop (file manager), and windows sized to fit its screen.

Tests patch :func:`open_folder`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

#: Of the screen's free area, at most this share (in %) is taken by a new window.
SCREEN_SHARE = 92


def open_folder(path: Path) -> bool:
    """Shows ``path`` in the system's file manager; False if none could be started."""
    # Imported here: the window imports this module before it shows, and needs it later.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Gives ``widget`` the size ``width`` × ``height``, smaller where its screen is.

    A dialog taller than a laptop's screen (1366 × 768, a task bar below)
    would hide its buttons below the screen's edge.
    """
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() * SCREEN_SHARE // 100)
        height = min(height, free.height() * SCREEN_SHARE // 100)
    widget.resize(width, height)

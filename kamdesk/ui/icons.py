"""The shipped SVG icons, optionally tinted to a palette colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from kamdesk.paths import resources_dir


@cache
def _icons_dir() -> str:
    return str(resources_dir() / "icons")


def icon_path(name: str) -> str:
    return f"{_icons_dir()}/{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as an icon, in the colours it was drawn in."""
    return QIcon(icon_path(name))


def app_icon() -> QIcon:
    return icon("kamdesk")


def tinted_pixmap(name: str, size: int, color: QColor, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The icon ``name`` rendered at ``size`` logical pixels in one colour.

    The line icons are drawn in one colour, so recolouring keeps them crisp
    while they follow the palette (light or dark).
    """
    pixels = round(size * device_pixel_ratio)
    pixmap = icon(name).pixmap(QSize(pixels, pixels))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    # A pixmap of the colour drawn "source in": not fillRect(), whose overloads
    # make PySide build the Python enums of the whole Qt namespace, and the
    # navigation's icons are drawn before the window shows (see main_window).
    colour = QPixmap(pixmap.size())
    colour.fill(color)
    colour.setDevicePixelRatio(device_pixel_ratio)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.drawPixmap(0, 0, colour)
    painter.end()
    return pixmap


def tinted_icon(name: str, normal: QColor, selected: QColor, size: int = 20) -> QIcon:
    """An icon drawn in ``normal``, and in ``selected`` when its item is selected."""
    result = QIcon()
    for ratio in (1.0, 2.0):
        result.addPixmap(tinted_pixmap(name, size, normal, ratio), QIcon.Mode.Normal)
        result.addPixmap(tinted_pixmap(name, size, selected, ratio), QIcon.Mode.Selected)
    return result

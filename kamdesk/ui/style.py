"""The look: Fusion everywhere, with a few touches derived from the palette.

Colours come from the palette (light or dark, the system's accent), never
hard-coded, so the window stays readable whatever the desktop's theme.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

#: One style on every platform, so the window looks the same for every rep.
STYLE = "fusion"


def application_arguments(program: str) -> list[str]:
    """The command line for a new QApplication: the program's name and :data:`STYLE`.

    The style is named on Qt's command line (``-style``, which like ``setStyle``
    takes precedence over ``QT_STYLE_OVERRIDE``) rather than set with
    ``QApplication.setStyle()``: that call returns the ``QStyle``, and handing a
    ``QStyle`` to Python makes PySide build its Python enums (hundreds of
    members, some 20 ms) before the window can show.
    """
    return [program, "-style", STYLE]


def apply_application_style(app: QApplication) -> None:
    """Sets :data:`STYLE` on an application made elsewhere (an embedding program, the tests)."""
    app.setStyle(STYLE)


def _rgba(color: QColor, alpha: float = 1.0) -> str:
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {alpha:.3f})"


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def main_window_stylesheet(palette: QPalette) -> str:
    """The main window's style sheet for ``palette``."""
    role = QPalette.ColorRole
    window = palette.color(role.Window)
    base = palette.color(role.Base)
    text = palette.color(role.WindowText)
    accent = palette.color(role.Highlight)
    dark = is_dark(palette)
    panel = _mix(window, text, 0.05 if dark else 0.035)
    border = _mix(window, text, 0.14)
    page = base if not dark else window
    muted = _mix(text, window, 0.42)
    selected_text = accent.lighter(150) if dark else accent.darker(135)
    return f"""
QWidget#navPanel {{
    background: {_rgba(panel)};
    border-right: 1px solid {_rgba(border)};
}}
QLabel#brandName {{ color: {_rgba(text)}; }}
QListWidget#navigation {{
    background: transparent;
    border: none;
    outline: 0;
}}
QListWidget#navigation::item {{
    color: {_rgba(text, 0.86)};
    padding: 9px 10px;
    margin: 1px 0px;
    border-radius: 7px;
}}
QListWidget#navigation::item:hover:!selected {{
    background: {_rgba(text, 0.06)};
}}
QListWidget#navigation::item:selected {{
    background: {_rgba(accent, 0.16)};
    color: {_rgba(selected_text)};
}}
QStackedWidget#pages, QStackedWidget#pages > QWidget {{
    background: {_rgba(page)};
}}
QLabel#pageSubtitle, QLabel#pageNote, QLabel#summaryCaption {{
    color: {_rgba(muted)};
}}
QFrame#summaryCard {{
    background: {_rgba(_mix(page, accent, 0.045))};
    border: 1px solid {_rgba(_mix(page, accent, 0.16))};
    border-radius: 10px;
}}
QFrame#breakdownPanel {{
    background: {_rgba(page)};
    border: 1px solid {_rgba(border)};
    border-radius: 10px;
}}
QLabel#breakdownCount {{ color: {_rgba(muted)}; }}
QLabel#summaryValue {{ color: {_rgba(selected_text)}; }}
QTableView#accountsTable {{
    border: 1px solid {_rgba(border)};
    border-radius: 6px;
    background: {_rgba(base)};
    alternate-background-color: {_rgba(_mix(base, text, 0.025))};
    selection-background-color: {_rgba(accent, 0.22)};
    selection-color: {_rgba(text)};
}}
QTableView#accountsTable::item {{
    padding: 0px 8px;
    border: none;
}}
QTableView#accountsTable QHeaderView::section {{
    background: {_rgba(_mix(base, text, 0.04))};
    color: {_rgba(muted)};
    border: none;
    border-bottom: 1px solid {_rgba(border)};
    padding: 6px 8px 6px 11px;
    font-weight: 600;
}}
QPushButton#emptyStateAction {{
    background: {_rgba(accent)};
    color: {_rgba(palette.color(role.HighlightedText))};
    border: 1px solid {_rgba(accent.darker(115))};
    border-radius: 6px;
    padding: 7px 20px;
    font-weight: 600;
}}
QPushButton#emptyStateAction:hover {{ background: {_rgba(accent.lighter(108))}; }}
QPushButton#emptyStateAction:pressed {{ background: {_rgba(accent.darker(110))}; }}
QStatusBar {{
    border-top: 1px solid {_rgba(border)};
}}
QStatusBar QLabel {{ color: {_rgba(muted)}; padding: 0px 6px; }}
"""

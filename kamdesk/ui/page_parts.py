"""Pieces the pages share: the page header, the summary card, the breakdown panel.

They hold no texts of their own; the page that uses them sets the texts, so
every message belongs to (and is translated in the context of) that page.

The page header is in the window's first frame, so this module leaves
``PySide6.QtCore.Qt`` alone when it loads (see :mod:`kamdesk.ui.main_window`):
the pieces shown with data import it where they use it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

PAGE_MARGINS = (36, 28, 36, 20)


class PageHeader(QWidget):
    """A page's title and one line under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.75)
        font.setWeight(font.Weight.DemiBold)
        self.title_label.setFont(font)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("pageSubtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)

    def set_texts(self, title: str, subtitle: str) -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)


class SummaryCard(QFrame):
    """One number with what it counts under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.value_label = QLabel("–", self)
        self.value_label.setObjectName("summaryValue")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setWeight(font.Weight.DemiBold)
        self.value_label.setFont(font)
        self.caption_label = QLabel(self)
        self.caption_label.setObjectName("summaryCaption")
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(2)
        layout.addWidget(self.value_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        self.setMinimumWidth(100)

    def set_value(self, value: int) -> None:
        self.value_label.setText(QLocale().toString(value))

    def set_caption(self, caption: str) -> None:
        self.caption_label.setText(caption)


class ShareBar(QWidget):
    """A thin horizontal bar filled to ``share`` (0..1) in the accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share = 0.0
        self.setFixedHeight(8)
        self.setMinimumWidth(60)

    def set_share(self, share: float) -> None:
        self._share = max(0.0, min(1.0, share))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        from PySide6.QtCore import Qt

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        track = QColor(accent)
        track.setAlpha(30)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(track)
        painter.drawRoundedRect(rect, radius, radius)
        if self._share > 0:
            filled = QRectF(rect)
            filled.setWidth(max(rect.height(), rect.width() * self._share))
            painter.setBrush(accent)
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class BreakdownPanel(QFrame):
    """A titled list of "label — bar — count" rows, such as the accounts per class."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breakdownPanel")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("breakdownTitle")
        font = self.title_label.font()
        font.setWeight(font.Weight.DemiBold)
        self.title_label.setFont(font)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(10)
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self._rows: list[tuple[QLabel, ShareBar, QLabel]] = []

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        """Shows ``(label, count)`` rows; bars are relative to the total of the counts."""
        from PySide6.QtCore import Qt

        total = sum(count for _label, count in rows)
        while len(self._rows) < len(rows):
            index = len(self._rows)
            name = QLabel(self)
            bar = ShareBar(self)
            count = QLabel(self)
            count.setObjectName("breakdownCount")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(name, index, 0)
            self._grid.addWidget(bar, index, 1, Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(count, index, 2)
            self._rows.append((name, bar, count))
        locale = QLocale()
        for index, (name, bar, count) in enumerate(self._rows):
            visible = index < len(rows)
            for widget in (name, bar, count):
                widget.setVisible(visible)
            if visible:
                label, value = rows[index]
                name.setText(label)
                bar.set_share(value / total if total else 0.0)
                count.setText(locale.toString(value))

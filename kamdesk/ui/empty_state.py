"""The empty state: what a page shows when it has nothing to show yet.

An icon, a headline, one sentence that says what to do and what will appear,
and an optional action button. The page that owns it sets the texts (and sets
them again when the language changes).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kamdesk.ui.icons import tinted_pixmap

_BADGE = 88
_GLYPH = 40


class EmptyState(QWidget):
    """A calm, centred explanation of an empty page.

    Signals:
        action_triggered: the action button was clicked.
    """

    action_triggered = Signal()

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline_label = QLabel(self)
        self.headline_label.setObjectName("emptyStateHeadline")
        self.headline_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline_label.setWordWrap(True)
        font = self.headline_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(font.Weight.DemiBold)
        self.headline_label.setFont(font)
        self.body_label = QLabel(self)
        self.body_label.setObjectName("emptyStateBody")
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_label.setWordWrap(True)
        self.body_label.setTextFormat(Qt.TextFormat.RichText)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("emptyStateAction")
        self.action_button.setVisible(False)
        self.action_button.clicked.connect(self.action_triggered)

        # The texts sit in a column of bounded width; word-wrapped labels only get
        # their full height when the layout gives them the column's whole width.
        column = QWidget(self)
        column.setMaximumWidth(540)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(0)
        column_layout.addWidget(self.icon_label)
        column_layout.addSpacing(20)
        column_layout.addWidget(self.headline_label)
        column_layout.addSpacing(10)
        column_layout.addWidget(self.body_label)
        column_layout.addSpacing(24)
        column_layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignHCenter)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 48)
        layout.setSpacing(0)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self._paint_colours()

    def set_texts(self, headline: str, body: str, action: str | None = None) -> None:
        """Sets the headline, the sentence (rich text) and the action's label (None: no action).

        The sentence is shown as rich text, so it may emphasise a command
        (``<b>kamdesk import FILE</b>``); escape any text that comes from data.
        """
        self.headline_label.setText(headline)
        self.body_label.setText(f'<div style="line-height: 135%;">{body}</div>')
        self.action_button.setVisible(action is not None)
        self.action_button.setText(action or "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_colours()
        super().changeEvent(event)

    def _paint_colours(self) -> None:
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        ratio = self.devicePixelRatioF()
        badge = QPixmap(round(_BADGE * ratio), round(_BADGE * ratio))
        badge.setDevicePixelRatio(ratio)
        badge.fill(Qt.GlobalColor.transparent)
        painter = QPainter(badge)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        circle = QColor(accent)
        circle.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(circle)
        painter.drawEllipse(QRectF(0, 0, _BADGE, _BADGE))
        glyph = tinted_pixmap(self._icon_name, _GLYPH, accent, ratio)
        offset = (_BADGE - _GLYPH) / 2
        painter.drawPixmap(QRectF(offset, offset, _GLYPH, _GLYPH), glyph, QRectF(glyph.rect()))
        painter.end()
        self.icon_label.setPixmap(badge)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        body_palette = self.body_label.palette()
        body_palette.setColor(QPalette.ColorRole.WindowText, muted)
        self.body_label.setPalette(body_palette)

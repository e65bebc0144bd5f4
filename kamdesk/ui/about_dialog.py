"""Help ▸ About kamdesk: version, where the data lives, the versions underneath."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kamdesk import __version__
from kamdesk.ui.icons import app_icon


class AboutDialog(QDialog):
    """What kamdesk is, which version, and where this rep's data lives."""

    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_folder = data_folder
        self.setMinimumWidth(480)

        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(app_icon().pixmap(64, 64))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel("kamdesk", self)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(font.Weight.DemiBold)
        self.name_label.setFont(font)
        self.version_label = QLabel(self)
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)

        self.data_caption = QLabel(self)
        self.data_value = QLabel(html.escape(str(data_folder)), self)
        self.data_value.setWordWrap(True)
        self.data_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qt_caption = QLabel(self)
        self.qt_value = QLabel(
            f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}",
            self,
        )
        self.qt_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QFormLayout()
        details.setHorizontalSpacing(12)
        details.setVerticalSpacing(6)
        details.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        details.addRow(self.data_caption, self.data_value)
        details.addRow(self.qt_caption, self.qt_value)

        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.name_label)
        text.addWidget(self.version_label)
        text.addSpacing(8)
        text.addWidget(self.description_label)
        text.addSpacing(12)
        text.addLayout(details)

        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.retranslate()

    @classmethod
    def show_about(cls, data_folder: Path, parent: QWidget | None = None) -> None:
        """Runs the dialog modally. Tests patch this."""
        dialog = cls(data_folder, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About kamdesk"))
        self.version_label.setText(self.tr("Version %1").replace("%1", __version__))
        self.description_label.setText(
            self.tr(
                "Key-account management for field sales reps. Your accounts, contacts, calls "
                "and visits live on this computer, and everything works without a network."
            )
        )
        self.data_caption.setText(self.tr("Your data:"))
        self.qt_caption.setText(self.tr("Built with:"))

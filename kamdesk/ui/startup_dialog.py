"""The dialog shown when the data cannot be opened at start-up.

It says what happened and what to do (:meth:`StoreProblem.what_happened`,
:meth:`StoreProblem.what_to_do`) and offers what can be done from here:
restore the latest backup (when there is one), try again (when another
kamdesk holds the data), open the data folder, or quit. The dialog itself
changes nothing on disk; the caller acts on the choice, and a restore never
deletes the damaged file (:func:`kamdesk.store.restore_database`).
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kamdesk.errors import StoreProblem, StoreProblemKind
from kamdesk.ui import desktop
from kamdesk.ui.icons import app_icon
from kamdesk.ui.labels import moment_label


class StartupChoice(enum.Enum):
    RESTORE_LATEST_BACKUP = "restore"
    TRY_AGAIN = "retry"
    QUIT = "quit"


class StartupProblemDialog(QDialog):
    """Explains a :class:`StoreProblem` and asks what to do."""

    def __init__(self, problem: StoreProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.choice = StartupChoice.QUIT
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(560)

        self.icon_label = QLabel(self)
        style = self.style()
        standard = (
            QStyle.StandardPixmap.SP_MessageBoxInformation
            if problem.kind is StoreProblemKind.LOCKED
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        self.icon_label.setPixmap(style.standardIcon(standard).pixmap(48, 48))
        self.headline_label = QLabel(self)
        font = self.headline_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(font.Weight.DemiBold)
        self.headline_label.setFont(font)
        self.headline_label.setWordWrap(True)
        self.happened_label = self._paragraph()
        self.to_do_label = self._paragraph()
        self.backup_label = self._paragraph()
        self.backup_label.setVisible(problem.latest_backup is not None)

        self.restore_button = QPushButton(self)
        self.restore_button.setVisible(problem.latest_backup is not None)
        self.restore_button.clicked.connect(
            lambda: self._choose(StartupChoice.RESTORE_LATEST_BACKUP)
        )
        self.retry_button = QPushButton(self)
        self.retry_button.setVisible(problem.kind is StoreProblemKind.LOCKED)
        self.retry_button.clicked.connect(lambda: self._choose(StartupChoice.TRY_AGAIN))
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.quit_button = QPushButton(self)
        self.quit_button.clicked.connect(lambda: self._choose(StartupChoice.QUIT))
        default = (
            self.restore_button
            if problem.latest_backup is not None
            else self.retry_button
            if problem.kind is StoreProblemKind.LOCKED
            else self.quit_button
        )
        default.setDefault(True)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.restore_button)

        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(self.headline_label)
        text.addWidget(self.happened_label)
        text.addWidget(self.to_do_label)
        text.addWidget(self.backup_label)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(22)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.retranslate()

    @classmethod
    def ask(cls, problem: StoreProblem, parent: QWidget | None = None) -> StartupChoice:
        """Runs the dialog modally and returns the rep's choice. Tests patch this."""
        dialog = cls(problem, parent)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()

    def _paragraph(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _choose(self, choice: StartupChoice) -> None:
        self.choice = choice
        if choice is StartupChoice.QUIT:
            self.reject()
        else:
            self.accept()

    def _on_folder_button_clicked(self) -> None:
        desktop.open_folder(self.problem.path.parent)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        problem = self.problem
        if problem.kind is StoreProblemKind.LOCKED:
            self.setWindowTitle(self.tr("kamdesk is already open"))
            self.headline_label.setText(self.tr("Your data is in use by another kamdesk"))
        else:
            self.setWindowTitle(self.tr("kamdesk cannot open your data"))
            self.headline_label.setText(self.tr("kamdesk cannot open your data"))
        self.happened_label.setText(problem.what_happened())
        self.to_do_label.setText(problem.what_to_do())
        if problem.latest_backup is not None:
            self.backup_label.setText(
                self.tr(
                    "Restore latest backup puts back your data as it was on %1. The file that "
                    "cannot be opened is not deleted: it stays in the data folder under a new name."
                ).replace("%1", _made_at(problem.latest_backup))
            )
        self.restore_button.setText(self.tr("Restore latest backup"))
        self.retry_button.setText(self.tr("Try again"))
        self.folder_button.setText(self.tr("Open data folder"))
        self.quit_button.setText(self.tr("Quit"))


def _made_at(backup: Path) -> str:
    """When ``backup`` was made, as the rep reads dates."""
    try:
        return moment_label(backup.stat().st_mtime)
    except OSError:
        return backup.name

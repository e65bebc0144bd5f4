"""File ▸ Restore from backup: pick one of the backups, or another backup file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.backup import BackupInfo
from kamdesk.ui.labels import backup_kind_label, moment_label

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    """Lists the backups, newest first; :attr:`chosen` is the one to restore."""

    def __init__(
        self, backups: list[BackupInfo], backups_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._folder = backups_folder
        self.chosen: Path | None = None
        self.resize(620, 400)

        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnCount(3)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        locale = QLocale()
        for info in backups:
            item = QTreeWidgetItem(
                [
                    moment_label(info.created.timestamp()),
                    backup_kind_label(info.kind),
                    locale.formattedDataSize(info.size),
                ]
            )
            item.setData(0, _PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.list.itemSelectionChanged.connect(self._on_list_selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self._on_buttons_accepted())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(self)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.clicked.connect(self._on_other_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        if backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._on_list_selection_changed()
        self.retranslate()

    @classmethod
    def choose(
        cls, backups: list[BackupInfo], backups_folder: Path, parent: QWidget | None = None
    ) -> Path | None:
        """Runs the dialog modally; the backup to restore, or None. Tests patch this."""
        dialog = cls(backups, backups_folder, parent)
        try:
            dialog.exec()
            return dialog.chosen
        finally:
            dialog.deleteLater()

    def _selected(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(0, _PATH_ROLE)) if items else None

    def _on_list_selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _on_buttons_accepted(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.chosen = chosen
            self.accept()

    def _on_other_button_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self._folder),
            self.tr("kamdesk backups (*.sqlite3);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        if self._backups:
            intro = self.tr(
                "Choose the backup to go back to. Your current data is kept as a backup first."
            )
        else:
            intro = self.tr(
                "There are no backups in the backups folder yet. You can restore a backup "
                "file from elsewhere."
            )
        self.intro_label.setText(intro)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.restore_button.setText(self.tr("Restore…"))
        self.other_button.setText(self.tr("Other file…"))

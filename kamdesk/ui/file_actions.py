"""File ▸ Import…, Export… and Save import template…, in the window's File menu.

The actions are made with the window; the wizard and the export dialog are
imported when first asked for, so that they cost nothing at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

    from kamdesk.services.importing import ImportResult
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.export_dialog import ExportDialog
    from kamdesk.ui.import_wizard import ImportWizard


class FileTransferActions(QObject):
    """File ▸ Import…, Export… and Save import template…, at the top of the window's File menu.

    Args:
        window: the main window; its ``file_menu`` gets the actions, its status
            bar the outcome of an import.
        data: the window's data directory; an import makes it emit ``data_changed``.
    """

    def __init__(self, window: QMainWindow, data: DataContext) -> None:
        super().__init__(window)
        self._data = data
        self.wizard: ImportWizard | None = None
        self.export_dialog: ExportDialog | None = None
        self.import_action = QAction(window)
        self.import_action.setShortcuts([QKeySequence("Ctrl+I")])
        self.import_action.triggered.connect(lambda: self.import_file())
        self.export_action = QAction(window)
        self.export_action.setShortcuts([QKeySequence("Ctrl+Shift+E")])
        self.export_action.triggered.connect(lambda: self.export())
        self.template_action = QAction(window)
        self.template_action.triggered.connect(lambda: self.save_template())
        menu: QMenu = window.file_menu  # type: ignore[attr-defined]
        first = menu.actions()[0]  # Back up now
        menu.insertActions(first, [self.import_action, self.export_action, self.template_action])
        menu.insertSeparator(first)
        self._data.data_changed.connect(self._on_data_changed)
        self._on_data_changed()
        self.retranslate()

    def _window(self) -> QMainWindow:
        # The window is the parent, not an attribute: the window holds this object, and a
        # reference back would make a cycle that only the garbage collector frees, maybe
        # on a worker thread, where a QObject must never be deleted.
        return cast("QMainWindow", self.parent())

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setStatusTip(
            self.tr("Import accounts and contacts from CSV, Excel, vCard or a kamdesk export")
        )
        self.export_action.setText(self.tr("&Export…"))
        self.export_action.setStatusTip(
            self.tr("Export everything (JSON) or the contact list (CSV)")
        )
        self.template_action.setText(self.tr("Save import &template…"))
        self.template_action.setStatusTip(
            self.tr("Save a file with the columns kamdesk reads and one example row")
        )

    def _on_data_changed(self) -> None:
        is_open = self._data.is_open
        for action in (self.import_action, self.export_action):
            action.setEnabled(is_open)

    def import_file(self) -> ImportWizard:
        """File ▸ Import…: opens the wizard (window-modal; one at a time)."""
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from kamdesk.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self._data, self._window())
        wizard.imported.connect(self._on_imported)
        wizard.finished.connect(lambda _code: self._on_wizard_finished(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _on_wizard_finished(self, wizard: ImportWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()

    def _on_imported(self, result: ImportResult) -> None:
        changed = result.counts
        accounts = changed.get("account")
        contacts = changed.get("contact")
        self._window().statusBar().showMessage(
            self.tr("Import finished. New accounts: %1; new contacts: %2.")
            .replace("%1", str(accounts.created if accounts else 0))
            .replace("%2", str(contacts.created if contacts else 0)),
            12_000,
        )
        self._data.data_changed.emit()  # every page reloads what it shows

    def export(self) -> ExportDialog | None:
        """File ▸ Export…: asks for a JSON or CSV file and writes it."""
        from kamdesk.ui.export_dialog import ExportDialog

        self.export_dialog = ExportDialog.start(self._data, self._window())
        return self.export_dialog

    def save_template(self) -> ExportDialog | None:
        """File ▸ Save import template…."""
        from kamdesk.ui.export_dialog import ExportDialog

        self.export_dialog = ExportDialog.start(self._data, self._window(), "template")
        return self.export_dialog

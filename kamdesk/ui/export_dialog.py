"""File ▸ Export… and Save import template…: choose a file, write it on the worker.

The work itself is :mod:`kamdesk.services.exporting`: JSON is lossless
(everything, with ids), CSV is the contact list in the import template's
columns, and the template is that CSV's header row with one example. The
headers and the enumerated words are in the window's language; the import
reads both languages.

Export is a single streaming pass that the service does not interrupt (it
takes no cancel token), so the progress dialog has no Cancel button; the
service writes through a temporary file, so a failed export leaves nothing
behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from kamdesk.ui.messages import MessageBoxes, describe_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.exporting import ExportResult
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskContext, TaskHandle

#: What can be written: the whole book as JSON, the contact list as CSV, the template.
KINDS = ("json", "csv", "template")


def content_language() -> str:
    """The language of exported headers and words: the window's (``zh_CN`` or ``en``)."""
    from kamdesk.ui.translations import current_language

    return current_language() or "en"


def entity_label(entity: str) -> str:
    """A synced entity's name (``account``…) as a plural noun, for counts."""
    words = {
        "account": QCoreApplication.translate("ExportDialog", "Accounts"),
        "contact": QCoreApplication.translate("ExportDialog", "Contacts"),
        "visit": QCoreApplication.translate("ExportDialog", "Visits"),
        "call": QCoreApplication.translate("ExportDialog", "Calls"),
        "task": QCoreApplication.translate("ExportDialog", "Follow-ups"),
        "special_date": QCoreApplication.translate("ExportDialog", "Special dates"),
        "score": QCoreApplication.translate("ExportDialog", "Scores"),
    }
    return words.get(entity, entity)


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class ExportDialog(QProgressDialog):
    """The progress shown while one export is written; :meth:`start` asks where first.

    Signals:
        exported(object): the service's :class:`~kamdesk.services.exporting.ExportResult`.
        export_failed(str): why nothing was written, in words.
    """

    exported = Signal(object)
    export_failed = Signal(str)

    def __init__(
        self, data: DataContext, kind: str, target: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown export kind {kind!r}")
        self._data = data
        self.kind = kind
        self.target = target
        self.handle: TaskHandle | None = None
        self.setWindowTitle(
            self.tr("Save import template") if kind == "template" else self.tr("Export")
        )
        self.setLabelText(self.tr("Writing %1…").replace("%1", target.name))
        self.setCancelButton(None)  # the export service cannot be interrupted
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)

    # -- entry point ---------------------------------------------------------------------

    @classmethod
    def start(
        cls, data: DataContext, parent: QWidget | None = None, kind: str | None = None
    ) -> ExportDialog | None:
        """Asks for a file, confirms replacing one, and starts writing it.

        Args:
            kind: ``template`` for the import template; None lets the file's
                type (JSON or CSV) decide.

        Returns:
            The progress dialog of the running export, or None when the rep
            chose no file or declined to replace one.
        """
        target = cls.ask_target(parent, template=kind == "template")
        if target is None:
            return None
        if target.exists() and not MessageBoxes.confirm(
            parent,
            QCoreApplication.translate("ExportDialog", "Replace file"),
            QCoreApplication.translate(
                "ExportDialog", "%1 already exists.\n\nReplace it with the new file?"
            ).replace("%1", str(target)),
            QCoreApplication.translate("ExportDialog", "Replace"),
        ):
            return None
        if kind is None:
            kind = "json" if target.suffix.lower() == ".json" else "csv"
        dialog = cls(data, kind, target, parent)
        dialog.run()
        return dialog

    @staticmethod
    def ask_target(parent: QWidget | None, *, template: bool = False) -> Path | None:
        """The file to write, from a save dialog, its extension completed; None if cancelled."""
        translate = QCoreApplication.translate
        json_filter = translate("ExportDialog", "Everything, lossless JSON (*.json)")
        csv_filter = translate("ExportDialog", "Contact list, CSV for Excel (*.csv)")
        if template:
            caption = translate("ExportDialog", "Save import template")
            name = translate("ExportDialog", "kamdesk import template") + ".csv"
            filters = [translate("ExportDialog", "Import template, CSV for Excel (*.csv)")]
        else:
            caption = translate("ExportDialog", "Export")
            name = "kamdesk.json"
            filters = [json_filter, csv_filter]
        chosen, selected = QFileDialog.getSaveFileName(
            parent,
            caption,
            str(_documents_folder() / name),
            ";;".join(filters),
            filters[0],
            # The overwrite question is asked in start(), the same on every platform.
            QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return None
        target = Path(chosen)
        wanted = ".json" if selected == json_filter and not template else ".csv"
        if target.suffix.lower() not in (".json", ".csv") or (
            template and target.suffix.lower() != ".csv"
        ):
            target = target.with_name(target.name + wanted)
        return target

    # -- the work ------------------------------------------------------------------------

    def run(self) -> TaskHandle | None:
        """Writes the file on the database worker; the dialog shows until it is done."""
        kind, target, language = self.kind, self.target, content_language()

        def export(session: Session) -> ExportResult:
            from kamdesk.services.exporting import export_csv, export_json

            if kind == "json":
                return export_json(session, target)
            return export_csv(session, target, language)

        def write_template(ctx: TaskContext) -> ExportResult:
            from kamdesk.services.exporting import write_template

            return write_template(target, language)

        if kind == "template":
            handle = self._data.run(
                write_template,
                label=self.tr("Saving the import template"),
                on_done=self._on_done,
                on_error=self._on_failed,
            )
        else:
            # read() gives a read-only session; the services only read the book.
            handle = self._data.read(
                export,
                label=self.tr("Exporting"),
                on_done=self._on_done,
                on_error=self._on_failed,
            )
        self.handle = handle
        if handle is None:  # the window is closing
            self.close()
            return None
        self.show()
        return handle

    def _finish(self) -> None:
        self.close()
        self.deleteLater()

    def _on_done(self, result: ExportResult) -> None:
        self._finish()
        parent = self.parentWidget()
        if self.kind == "template":
            title = self.tr("Import template saved")
            text = self.tr(
                "The import template was saved to\n%1\n\nFill in one row per contact and "
                "import it with File ▸ Import…."
            ).replace("%1", str(result.path))
        elif self.kind == "json":
            title = self.tr("Export finished")
            counts = "\n".join(
                self.tr("%1: %2").replace("%1", entity_label(entity)).replace("%2", str(count))
                for entity, count in result.counts.items()
            )
            text = (
                self.tr("Everything was exported to\n%1").replace("%1", str(result.path))
                + "\n\n"
                + counts
            )
        else:
            title = self.tr("Export finished")
            text = self.tr("%n row(s) exported to\n%1", "", result.counts.get("rows", 0)).replace(
                "%1", str(result.path)
            )
        self.exported.emit(result)
        MessageBoxes.information(parent, title, text)

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        message = describe_error(error)
        self.export_failed.emit(message)
        MessageBoxes.warning(
            self.parentWidget(),
            self.tr("Export failed"),
            self.tr("%1 could not be written: %2")
            .replace("%1", str(self.target))
            .replace("%2", message),
        )

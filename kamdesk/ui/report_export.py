"""Visit reports as PDF: preview one in the app before saving it, or export many at once.

:func:`preview_visit_report` (the visit editor's Ctrl+P) reads the visit on
the database worker (:func:`kamdesk.reports.export.read_reports`), lays the
PDF out on the pool (:func:`kamdesk.reports.render.render_visit_report`) in
memory, and shows it in a :class:`ReportPreviewDialog` with QtPdf: every page
in one scrolling view, as wide as the window. "Save as PDF…" asks where
(the day and the account make the file's name), asks before replacing a
file, and writes it whole or not at all.

:func:`export_visit_reports` (the week's visits, from the Visits page) asks
for one combined PDF or one file per visit and where, then writes them with
a progress dialog whose Cancel stops the work and leaves no file behind:
the combined PDF goes through a temporary file, and files per visit are
written to a hidden folder beside their destination and moved into place
only when all of them are done.

Why not :func:`kamdesk.reports.export.export_reports` in one call: it reads
and lays out in one go, which would hold the database worker (and every
editor's autosave queued behind it) for the whole batch. Here the reading is
done on the database worker and the laying out on the pool; the file names
are the same (:func:`~kamdesk.reports.export.unique_names`).

Nothing here runs ReportLab or touches a file on the GUI thread.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.desktop import resize_to_fit
from kamdesk.ui.form_parts import message_label
from kamdesk.ui.messages import MessageBoxes, describe_error

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    from kamdesk.paths import DataPaths
    from kamdesk.reports.data import VisitReportData
    from kamdesk.settings import Settings
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskContext, TaskHandle

T = TypeVar("T")

#: How the reports of several visits are written.
COMBINED = "combined"
EACH = "each"


def rep_settings(paths: DataPaths) -> Settings:
    """The rep's saved settings, or the defaults when they cannot be read (call on a worker)."""
    from kamdesk.errors import InvalidInput
    from kamdesk.settings import Settings, load_settings

    try:
        return load_settings(paths.settings)
    except InvalidInput:
        return Settings()


def documents_folder() -> Path:
    """Where a report is offered to be saved: the rep's Documents folder, else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def _read_reports(
    data_context: DataContext, visit_ids: Sequence[str], ctx: TaskContext
) -> list[VisitReportData]:
    """The reports' data in the order the visits took place (on the database worker).

    Only the reading happens there; the PDFs are laid out on the pool, so the
    editors' autosaves never wait behind a batch of reports.
    """
    from kamdesk.reports.export import read_reports

    store = data_context.store
    if store is None:
        raise RuntimeError("the data directory is not open")
    settings = rep_settings(data_context.paths)
    return read_reports(store, visit_ids, settings, ctx.progress, ctx.cancel)


def _render_bytes(data: VisitReportData) -> bytes:
    import io

    from kamdesk.reports.render import render_visit_report

    buffer = io.BytesIO()
    render_visit_report(data, buffer)
    return buffer.getvalue()


def write_whole(target: Path, content: bytes) -> Path:
    """Writes ``content`` to ``target`` through a temporary file beside it (whole or not at all)."""
    fd, temporary = tempfile.mkstemp(prefix=".kamdesk-", suffix=".pdf.part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def write_each(
    datas: Sequence[VisitReportData], folder: Path, names: Sequence[str], ctx: TaskContext
) -> list[Path]:
    """Writes one PDF per report into ``folder``; on cancel or failure, writes none.

    The files are made in a hidden folder inside ``folder`` and moved into
    place once all of them are complete.
    """
    from kamdesk.reports.render import render_visit_report

    staging = Path(tempfile.mkdtemp(prefix=".kamdesk-reports-", dir=folder))
    try:
        total = len(datas)
        for index, (data, name) in enumerate(zip(datas, names, strict=True)):
            ctx.cancel.raise_if_cancelled()
            ctx.progress(index, total, data.account_name)
            render_visit_report(data, staging / name)
        ctx.cancel.raise_if_cancelled()
        ctx.progress(total, total, "")
        written = []
        for name in names:
            os.replace(staging / name, folder / name)
            written.append(folder / name)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def write_combined(datas: Sequence[VisitReportData], target: Path, ctx: TaskContext) -> list[Path]:
    """Writes all reports into one PDF at ``target``; on cancel the file is left as it was."""
    from kamdesk.reports.render import render_reports

    render_reports(datas, target, progress=ctx.progress, cancel=ctx.cancel)
    return [target]


def _run_pool(
    data_context: DataContext,
    fn: Callable[[TaskContext], T],
    *,
    label: str,
    on_done: Callable[[T], object],
    on_error: Callable[[BaseException], object],
    on_progress: Callable[[int, int, str], object] | None = None,
) -> TaskHandle | None:
    """Runs ``fn`` on the runner's pool; None (and nothing runs) once kamdesk is closing."""
    if data_context.closing:
        return None
    try:
        return data_context.runner.run_pool(
            fn, label=label, on_done=on_done, on_error=on_error, on_progress=on_progress
        )
    except RuntimeError:  # the runner has shut down: the application is quitting
        return None


def _confirm_replace(parent: QWidget | None, text: str) -> bool:
    return MessageBoxes.confirm(
        parent,
        QCoreApplication.translate("ReportExport", "Replace file"),
        text,
        QCoreApplication.translate("ReportExport", "Replace"),
    )


# -- preview ----------------------------------------------------------------------------


class ReportPreviewDialog(QDialog):
    """One visit's report as it will print, with Save as PDF… and Close.

    Signals:
        ready: the report is shown (``document`` holds its pages).
        failed(str): the report could not be made; the message is for the rep.
        saved_to(str): the PDF was saved at this path.
    """

    ready = Signal()
    failed = Signal(str)
    saved_to = Signal(str)

    def __init__(
        self, data_context: DataContext, visit_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setObjectName("reportPreview")
        self._data = data_context
        self.visit_id = visit_id
        self.report: VisitReportData | None = None
        self.pdf = b""
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()

        self.document: QPdfDocument = QPdfDocument(self)
        self.view: QPdfView = QPdfView(self)
        self.view.setObjectName("reportPages")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("previewStatus")
        self.status_label.setWordWrap(True)
        self.error_label = message_label(self)
        self.error_label.setObjectName("previewError")
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("previewPages")
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("previewSaved")
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        # A long path is cut off rather than widening the dialog; the tooltip has it whole.
        self.saved_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePdf")
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closePreview")
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addSpacing(12)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()
        resize_to_fit(self, 760, 900)

    # -- making the PDF -------------------------------------------------------------------

    def start(self) -> None:
        """Reads the visit, then lays out its report on the pool."""
        visit_id, data = self.visit_id, self._data
        self.status_label.setText(self.tr("Preparing the report…"))
        self.status_label.setVisible(True)
        self._data.run(
            lambda ctx: _read_reports(data, [visit_id], ctx)[0],
            label=self.tr("Reading the visit for its report"),
            on_done=self._on_read,
            on_error=self._on_failed,
        )

    def _on_read(self, report: VisitReportData) -> None:
        if not shiboken6.isValid(self):
            return
        self.report = report
        _run_pool(
            self._data,
            lambda ctx: _render_bytes(report),
            label=self.tr("Laying out the report"),
            on_done=self._on_rendered,
            on_error=self._on_failed,
        )

    def _on_rendered(self, pdf: bytes) -> None:
        if not shiboken6.isValid(self):
            return
        from PySide6.QtPdf import QPdfDocument

        self.pdf = pdf
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self._on_failed(RuntimeError(self.tr("the PDF could not be shown")))
            return
        self.status_label.setVisible(False)
        self.view.setVisible(True)
        self.save_button.setEnabled(True)
        self._show_page(self.view.pageNavigator().currentPage())
        self.setWindowTitle(
            self.tr("Visit report: %1").replace("%1", self.report.account_name)
            if self.report is not None
            else self.tr("Visit report")
        )
        self.save_button.setFocus()
        self.ready.emit()

    def _show_page(self, page: int) -> None:
        count = self.document.pageCount()
        self.pages_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count))
            if count
            else ""
        )

    def _on_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        message = describe_error(error)
        self.status_label.setVisible(False)
        self.error_label.setText(self.tr("The report could not be made: %1").replace("%1", message))
        self.error_label.setVisible(True)
        self.failed.emit(message)

    # -- saving ---------------------------------------------------------------------------

    @classmethod
    def ask_target(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The file to save the PDF as, from a save dialog; None if cancelled. Tests patch this."""
        chosen, _selected = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ReportExport", "Save visit report"),
            str(suggested),
            QCoreApplication.translate("ReportExport", "PDF documents (*.pdf)"),
            "",
            # The replace question is asked by kamdesk, the same on every platform.
            QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return None
        target = Path(chosen)
        return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")

    def save_as(self) -> TaskHandle | None:
        """Save as PDF…: asks where, asks before replacing, writes on the pool."""
        if self.report is None or not self.pdf:
            return None
        target = self.ask_target(self, documents_folder() / f"{self.report.file_stem}.pdf")
        if target is None:
            return None
        if target.exists() and not _confirm_replace(
            self,
            self.tr("%1 already exists.\n\nReplace it with this report?").replace(
                "%1", str(target)
            ),
        ):
            return None
        content = self.pdf
        handle = _run_pool(
            self._data,
            lambda ctx: write_whole(target, content),
            label=self.tr("Saving the report"),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
        )
        self.save_button.setEnabled(handle is None)
        return handle

    def _on_saved(self, target: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self.save_button.setEnabled(True)
        self.saved_label.setText(self.tr("Saved to %1").replace("%1", str(target)))
        self.saved_label.setToolTip(str(target))
        self.saved_to.emit(str(target))

    def _on_save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.save_button.setEnabled(True)
        MessageBoxes.warning(
            self,
            self.tr("Report not saved"),
            self.tr("The report could not be saved: %1").replace("%1", describe_error(error)),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Visit report"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    def done(self, result: int) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        super().done(result)


def preview_visit_report(
    parent: QWidget | None, data_context: DataContext, visit_id: str
) -> ReportPreviewDialog:
    """Shows ``visit_id``'s report as a PDF (non-modal, returns at once), with Save as PDF…."""
    from PySide6.QtCore import Qt

    dialog = ReportPreviewDialog(data_context, visit_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.start()
    return dialog


# -- many at once -----------------------------------------------------------------------


@dataclass(frozen=True)
class ExportChoice:
    """How to export: ``mode`` is :data:`COMBINED` (``target`` is the PDF) or :data:`EACH`
    (``target`` is the folder)."""

    mode: str
    target: Path


class ExportOptionsDialog(QDialog):
    """Asks for one combined PDF or one file per visit, and where."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportExportOptions")
        self._count = count
        folder = documents_folder()
        stem = QCoreApplication.translate("ReportExport", "Visit reports %1").replace(
            "%1", date.today().isoformat()
        )
        self._paths = {COMBINED: str(folder / f"{stem}.pdf"), EACH: str(folder)}

        self.count_label = QLabel(self)
        self.combined_radio = QRadioButton(self)
        self.combined_radio.setObjectName("combinedPdf")
        self.each_radio = QRadioButton(self)
        self.each_radio.setObjectName("pdfPerVisit")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.combined_radio)
        self.mode_group.addButton(self.each_radio)
        self.combined_radio.setChecked(True)
        self.target_label = QLabel(self)
        self.target_edit = QLineEdit(self._paths[COMBINED], self)
        self.target_edit.setObjectName("exportTarget")
        self.target_edit.setMinimumWidth(380)
        self.target_label.setBuddy(self.target_edit)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("browseTarget")
        self.problem_label = message_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.target_label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.combined_radio)
        layout.addWidget(self.each_radio)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.combined_radio.toggled.connect(self._on_mode_toggled)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    @classmethod
    def ask(cls, count: int, parent: QWidget | None = None) -> ExportChoice | None:
        """Runs the dialog modally; the rep's choice, or None. Tests patch this."""
        dialog = cls(count, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def mode(self) -> str:
        return COMBINED if self.combined_radio.isChecked() else EACH

    def choice(self) -> ExportChoice:
        return ExportChoice(self.mode(), Path(self.target_edit.text().strip()).expanduser())

    def _on_mode_toggled(self) -> None:
        # Each mode remembers its own path: a file for one PDF, a folder for many.
        other = EACH if self.mode() == COMBINED else COMBINED
        self._paths[other] = self.target_edit.text()
        self.target_edit.setText(self._paths[self.mode()])
        self.problem_label.setVisible(False)
        self.retranslate()

    def _browse(self) -> None:
        current = self.target_edit.text().strip()
        if self.mode() == COMBINED:
            chosen, _selected = QFileDialog.getSaveFileName(
                self,
                self.tr("One PDF with all reports"),
                current,
                self.tr("PDF documents (*.pdf)"),
                "",
                QFileDialog.Option.DontConfirmOverwrite,
            )
        else:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the reports"), current
            )
        if chosen:
            self.target_edit.setText(chosen)

    def problem(self) -> str:
        """What is wrong with the destination, or ``""``."""
        text = self.target_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the reports.")
        target = Path(text).expanduser()
        if self.mode() == EACH:
            if not target.is_dir():
                return self.tr("%1 is not a folder.").replace("%1", str(target))
        elif target.is_dir():
            return self.tr("%1 is a folder; give a file name.").replace("%1", str(target))
        elif not target.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(target.parent))
        return ""

    def _on_accepted(self) -> None:
        if self.mode() == COMBINED:
            text = self.target_edit.text().strip()
            if text and not text.lower().endswith(".pdf"):
                self.target_edit.setText(text + ".pdf")
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        if not problem:
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export visit reports"))
        self.count_label.setText(self.tr("%n visit report(s) to export as PDF.", "", self._count))
        self.combined_radio.setText(self.tr("One PDF with all reports"))
        self.each_radio.setText(self.tr("One PDF file per visit"))
        self.target_label.setText(
            self.tr("Save as:") if self.mode() == COMBINED else self.tr("Into folder:")
        )
        self.browse_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))


class ReportExportProgress(QProgressDialog):
    """Writes the chosen reports off the GUI thread, with progress and Cancel.

    Signals:
        exported(object): the list of files written.
        export_failed(str): nothing was written; why, in words.
        export_cancelled: the rep cancelled; nothing was written.
    """

    exported = Signal(object)
    export_failed = Signal(str)
    export_cancelled = Signal()

    def __init__(
        self,
        data_context: DataContext,
        visit_ids: Sequence[str],
        choice: ExportChoice,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportExportProgress")
        self._data = data_context
        self.visit_ids = list(visit_ids)
        self.choice = choice
        self.handle: TaskHandle | None = None
        self._ended = False
        self.setWindowTitle(self.tr("Export visit reports"))
        self.setLabelText(self.tr("Reading the visits…"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, len(self.visit_ids))
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(440)
        self.canceled.connect(self._on_canceled)

    def run(self) -> None:
        """Reads the visits on the database worker, then writes the PDF(s) on the pool."""
        visit_ids, data = self.visit_ids, self._data
        self.show()
        self.handle = self._data.run(
            lambda ctx: _read_reports(data, visit_ids, ctx),
            label=self.tr("Reading the visits for their reports"),
            on_done=self._on_read,
            on_error=self._on_failed,
        )
        if self.handle is None:
            self._finish()
            return
        self.handle.progress.connect(self._on_reading_progress)
        self.handle.cancelled.connect(self._on_work_cancelled)

    def _on_read(self, datas: list[VisitReportData]) -> None:
        if self._ended or not shiboken6.isValid(self):
            return
        choice = self.choice
        if choice.mode == EACH:
            from kamdesk.reports.export import unique_names

            names = unique_names(datas)
            existing = [name for name in names if (choice.target / name).exists()]
            if existing and not _confirm_replace(
                self,
                self.tr(
                    "%n file(s) with the same name already exist in %1, such as %2.\n\n"
                    "Replace them with the new reports?",
                    "",
                    len(existing),
                )
                .replace("%1", str(choice.target))
                .replace("%2", existing[0]),
            ):
                self._on_canceled()
                return

            def work(ctx: TaskContext) -> list[Path]:
                return write_each(datas, choice.target, names, ctx)
        else:

            def work(ctx: TaskContext) -> list[Path]:
                return write_combined(datas, choice.target, ctx)

        self.setLabelText(self.tr("Writing the reports…"))
        self.setValue(0)
        self.handle = _run_pool(
            self._data,
            work,
            label=self.tr("Writing visit reports"),
            on_done=self._on_written,
            on_error=self._on_failed,
            on_progress=self._on_progress,
        )
        if self.handle is None:  # kamdesk is closing
            self._ended = True
            self._finish()
            return
        self.handle.cancelled.connect(self._on_work_cancelled)

    def _on_reading_progress(self, done: int, total: int, _account: str) -> None:
        if not self._ended and shiboken6.isValid(self):
            self.setValue(min(done, self.maximum()))

    def _on_progress(self, done: int, total: int, account: str) -> None:
        if self._ended or not shiboken6.isValid(self):
            return
        if total:
            self.setMaximum(total)
        self.setValue(min(done, self.maximum()))
        if account:
            self.setLabelText(
                self.tr("Writing %1 of %2: %3")
                .replace("%1", str(done + 1))
                .replace("%2", str(total))
                .replace("%3", account)
            )

    def _on_canceled(self) -> None:
        if self._ended:
            return
        if self.handle is not None and not self.handle.done:
            # The work stops at the next report; its cancelled signal ends the dialog.
            self.setLabelText(self.tr("Cancelling…"))
            self.handle.cancel()
            return
        self._ended = True
        self._finish()
        self.export_cancelled.emit()

    def _on_work_cancelled(self) -> None:
        if self._ended or not shiboken6.isValid(self):
            return
        self._ended = True
        self._finish()
        self.export_cancelled.emit()

    def _on_written(self, written: list[Path]) -> None:
        if self._ended or not shiboken6.isValid(self):
            return
        self._ended = True
        parent = self.parentWidget()
        self._finish()
        self.exported.emit(written)
        if self.choice.mode == COMBINED:
            text = self.tr("%n visit report(s) saved in\n%1", "", len(self.visit_ids)).replace(
                "%1", str(self.choice.target)
            )
        else:
            text = self.tr("%n PDF file(s) saved in\n%1", "", len(written)).replace(
                "%1", str(self.choice.target)
            )
        MessageBoxes.information(parent, self.tr("Reports exported"), text)

    def _on_failed(self, error: BaseException) -> None:
        if self._ended or not shiboken6.isValid(self):
            return
        self._ended = True
        parent = self.parentWidget()
        self._finish()
        message = describe_error(error)
        self.export_failed.emit(message)
        MessageBoxes.warning(
            parent,
            self.tr("Export failed"),
            self.tr("The reports could not be written (no file was saved): %1").replace(
                "%1", message
            ),
        )

    def _finish(self) -> None:
        self.close()
        self.deleteLater()


def export_visit_reports(
    parent: QWidget | None, data_context: DataContext, visit_ids: Sequence[str]
) -> ReportExportProgress | None:
    """Asks how and where, then writes the reports of ``visit_ids`` with progress and Cancel.

    Returns:
        The progress dialog of the running export, or None when the rep
        cancelled the question or there is nothing to export.
    """
    if not visit_ids:
        MessageBoxes.information(
            parent,
            QCoreApplication.translate("ReportExport", "Export visit reports"),
            QCoreApplication.translate("ReportExport", "There are no visits to export."),
        )
        return None
    choice = ExportOptionsDialog.ask(len(visit_ids), parent)
    if choice is None:
        return None
    if (
        choice.mode == COMBINED
        and choice.target.exists()
        and not _confirm_replace(
            parent,
            QCoreApplication.translate(
                "ReportExport", "%1 already exists.\n\nReplace it with the new file?"
            ).replace("%1", str(choice.target)),
        )
    ):
        return None
    dialog = ReportExportProgress(data_context, visit_ids, choice, parent)
    dialog.run()
    return dialog

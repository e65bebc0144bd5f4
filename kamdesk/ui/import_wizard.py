"""File ▸ Import…: choose a file, map its columns, preview the dry run, import.

The steps are those of :mod:`kamdesk.services.importing`, which does all the
work: :func:`~kamdesk.services.importing.read_table` reads the file (on the
worker), :func:`~kamdesk.services.importing.guess_mapping` proposes the
columns, :func:`~kamdesk.services.importing.plan_import` is the dry run the
preview shows, and :func:`~kamdesk.services.importing.apply_import` writes the
valid rows in one unit of work, so Cancel leaves nothing behind. Bad rows are
listed with their row, column and reason (in the user's language: the
service translates them).

The mapping step is shown when some column of the file is not recognised or
the recognised ones cannot work (no account column); Back from the preview
always leads to it, so the rep can check any file's columns.

:class:`FileTransferActions` puts Import…, Export… and Save import template…
at the top of the window's File menu.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.i18n import join_sentences
from kamdesk.ui.desktop import resize_to_fit
from kamdesk.ui.export_dialog import ExportDialog, entity_label
from kamdesk.ui.messages import describe_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.importing import ImportPlan, ImportResult, RawTable
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskContext, TaskHandle

#: The steps, in order (:attr:`ImportWizard.step`).
STEPS = ("file", "mapping", "preview", "result")
#: How many bad rows the preview lists (the rest are counted).
SHOWN_PROBLEMS = 500


def _table(parent: QWidget, columns: int) -> QTableWidget:
    from PySide6.QtCore import Qt

    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setMinimumWidth(72)
    table.setWordWrap(False)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only lists: no current cell to show
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class ImportWizard(QDialog):
    """The import, step by step (see the module's notes); shown with ``open()``.

    Signals:
        table_read(object): the file was read (a :class:`RawTable`).
        plan_made(object): the dry run is ready (an :class:`ImportPlan`).
        imported(object): the rows were written (an :class:`ImportResult`).
        import_cancelled: the import was cancelled; nothing was written.
        problem_shown(str): a file or mapping that cannot be used; the text shown.
    """

    table_read = Signal(object)
    plan_made = Signal(object)
    imported = Signal(object)
    import_cancelled = Signal()
    problem_shown = Signal(str)

    def __init__(self, data: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self.table: RawTable | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.handle: TaskHandle | None = None
        self._mapping_shown = False
        self.setObjectName("importWizard")
        resize_to_fit(self, 760, 560)
        self.setMinimumSize(640, 480)

        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(font.Weight.DemiBold)
        self.title_label.setFont(font)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("importStep")

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_preview_page())
        self.pages.addWidget(self._build_result_page())

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("importStatus")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setVisible(False)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(220)

        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.step_label)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)

        self.retranslate()
        self._show_step("file")

    # -- pages ----------------------------------------------------------------------------

    def _build_file_page(self) -> QWidget:
        page = QWidget(self)
        self.file_intro_label = QLabel(page)
        self.file_intro_label.setWordWrap(True)
        self.file_label = QLabel(page)
        self.path_edit = QLineEdit(page)
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.path_edit.returnPressed.connect(self.go_next)
        self.file_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(page)
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.template_label = QLabel(page)
        self.template_label.setWordWrap(True)
        self.template_button = QPushButton(page)
        self.template_button.clicked.connect(self.save_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.file_intro_label)
        layout.addSpacing(12)
        layout.addWidget(self.file_label)
        layout.addLayout(row)
        layout.addSpacing(24)
        layout.addWidget(self.template_label)
        layout.addLayout(template_row)
        layout.addStretch(1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget(self)
        self.mapping_intro_label = QLabel(page)
        self.mapping_intro_label.setWordWrap(True)
        self.mapping_table = _table(page, 3)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.mapping_combos: list[QComboBox] = []
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.mapping_intro_label)
        layout.addWidget(self.mapping_table, 1)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        self.preview_summary_label = QLabel(page)
        self.preview_summary_label.setWordWrap(True)
        self.counts_table = _table(page, 3)
        self.counts_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problems_label = QLabel(page)
        self.problems_label.setWordWrap(True)
        self.problems_table = _table(page, 3)
        problems_header = self.problems_table.horizontalHeader()
        problems_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        problems_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        problems_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.preview_notes_label = QLabel(page)
        self.preview_notes_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.preview_summary_label)
        layout.addWidget(self.counts_table)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.preview_notes_label)
        layout.addStretch(0)  # takes the room of the problems when there are none
        self._preview_layout = layout
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        self.result_progress = QProgressBar(page)
        self.result_counts_table = _table(page, 3)
        self.result_counts_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.result_counts_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.result_counts_table.setVisible(False)
        self.result_notes_label = QLabel(page)
        self.result_notes_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.result_label)
        layout.addWidget(self.result_progress)
        layout.addWidget(self.result_counts_table)
        layout.addWidget(self.result_notes_label)
        layout.addStretch(1)
        return page

    # -- words ----------------------------------------------------------------------------

    def field_labels(self) -> dict[str, str]:
        """The fields a column can be imported as, in words (keys as in ``importing.FIELDS``)."""
        return {
            "account": self.tr("Account name"),
            "short_name": self.tr("Short name"),
            "industry": self.tr("Industry"),
            "region": self.tr("Region"),
            "address": self.tr("Address"),
            "account_phone": self.tr("Account phone"),
            "category": self.tr("Key-account category"),
            "class": self.tr("Account class"),
            "website": self.tr("Website"),
            "account_notes": self.tr("Account notes"),
            "contact": self.tr("Contact name"),
            "title": self.tr("Job title"),
            "department": self.tr("Department"),
            "phone": self.tr("Mobile phone"),
            "email": self.tr("E-mail"),
            "work_hours": self.tr("Work hours"),
            "lunch": self.tr("Lunch break"),
            "timezone": self.tr("Time zone"),
            "known": self.tr("Known to me"),
            "habitual_times": self.tr("Usual contact times"),
            "personality": self.tr("Personality type"),
            "birthday": self.tr("Birthday"),
            "notes": self.tr("Notes"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import"))
        self.file_intro_label.setText(
            self.tr(
                "Import accounts and contacts from a spreadsheet (CSV or Excel .xlsx), "
                "vCards (.vcf) or a kamdesk export (.json). You see what would change "
                "before anything is written; importing the same file again adds no "
                "duplicates."
            )
        )
        self.file_label.setText(self.tr("&File to import:"))
        self.path_edit.setPlaceholderText(self.tr("Choose a file…"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.template_label.setText(
            self.tr(
                "Starting a new list? Save the import template, fill in one row per "
                "contact (rows with the same account name form one account) and import it."
            )
        )
        self.template_button.setText(self.tr("&Save template…"))
        self.mapping_intro_label.setText(
            self.tr(
                "Choose what each column of the file holds. Columns recognised by their "
                "header are already set; columns set to “Don't import” are left out. "
                "One column must hold the account name."
            )
        )
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Import as")]
        )
        counts_headers = [self.tr("New"), self.tr("Updated"), self.tr("Unchanged")]
        self.counts_table.setHorizontalHeaderLabels(counts_headers)
        self.result_counts_table.setHorizontalHeaderLabels(counts_headers)
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.back_button.setText(self.tr("< &Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.table is not None and self.mapping_combos:
            labels = self.field_labels()
            for combo in self.mapping_combos:
                combo.setItemText(0, self.tr("Don't import"))
                for index in range(1, combo.count()):
                    combo.setItemText(index, labels.get(combo.itemData(index), ""))
        self._show_step(self.step)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- navigation -----------------------------------------------------------------------

    @property
    def step(self) -> str:
        """The step shown: one of :data:`STEPS`."""
        return STEPS[self.pages.currentIndex()]

    def _show_step(self, step: str) -> None:
        self.pages.setCurrentIndex(STEPS.index(step))
        titles = {
            "file": self.tr("Choose a file"),
            "mapping": self.tr("Match the columns"),
            "preview": self.tr("Check before importing"),
            "result": self.tr("Import"),
        }
        self.title_label.setText(titles[step])
        self.step_label.setText(
            self.tr("Step %1 of %2").replace("%1", str(STEPS.index(step) + 1)).replace("%2", "4")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.step
        busy = self.handle is not None
        self.back_button.setVisible(step in ("mapping", "preview"))
        self.back_button.setEnabled(not busy)
        self.browse_button.setEnabled(not busy)
        self.path_edit.setReadOnly(busy)
        if step == "file":
            self.next_button.setText(self.tr("&Next >"))
            self.next_button.setEnabled(not busy and bool(self.path_edit.text().strip()))
        elif step == "mapping":
            self.next_button.setText(self.tr("&Next >"))
            self.next_button.setEnabled(not busy)
        elif step == "preview":
            self.next_button.setText(self.tr("&Import"))
            self.next_button.setEnabled(
                not busy and self.plan is not None and self.plan.rows_valid > 0
            )
        else:
            self.next_button.setText(self.tr("&Close"))
            self.next_button.setEnabled(not busy)
        self.next_button.setVisible(not (step == "result" and busy))
        self.cancel_button.setVisible(not (step == "result" and not busy))

    def go_next(self) -> None:
        """The Next (Import, Close) button: the next step for the one shown."""
        if self.handle is not None:
            return
        step = self.step
        if step == "file":
            self.read_file()
        elif step == "mapping":
            self.make_plan()
        elif step == "preview":
            self.start_import()
        else:
            self.accept()

    def go_back(self) -> None:
        if self.handle is not None:
            return
        self._show_problem("")
        if self.step == "preview" and self.table is not None and self.table.source != "json":
            self._show_step("mapping")
        else:
            self._show_step("file")

    def _on_cancel_button_clicked(self) -> None:
        if self.step == "result" and self.handle is not None:
            self.handle.cancel()  # the import rolls back; the result step says so
            self.status_label.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.handle is not None:
            if self.step == "result":
                return  # an import in progress ends by itself once cancelled
            self.handle.cancel()
            self.handle = None
        super().reject()

    def _show_problem(self, text: str) -> None:
        self.status_label.setStyleSheet("color: #c0392b;" if text else "")
        self.status_label.setText(text)
        if text:
            self.problem_shown.emit(text)

    # -- work on the worker -----------------------------------------------------------------

    def _started(self, handle: TaskHandle | None, message: str) -> bool:
        if handle is None:  # the window is closing
            return False
        self.handle = handle
        handle.progress.connect(self._on_progress)
        self.status_label.setStyleSheet("")
        self.status_label.setText(message)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(self.step != "result")
        self._update_buttons()
        return True

    def _ended(self, handle: TaskHandle | None) -> bool:
        """True if ``handle`` is the task the wizard waits for (a cancelled one is ignored)."""
        if handle is None or handle is not self.handle:
            return False
        self.handle = None
        self.progress_bar.setVisible(False)
        self.status_label.setText("")
        self._update_buttons()
        return True

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        bar = self.result_progress if self.step == "result" else self.progress_bar
        bar.setRange(0, max(total, 0))
        bar.setValue(min(done, total) if total else 0)

    def browse(self) -> None:
        """Browse…: picks the file to import."""
        start = self.path_edit.text().strip() or str(Path.home())
        chosen, _selected = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            start,
            self.tr("Importable files (*.csv *.xlsx *.vcf *.json);;All files (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def save_template(self) -> ExportDialog | None:
        """Save template…: writes the import template with headers in the window's language."""
        return ExportDialog.start(self._data, self, "template")

    def read_file(self) -> TaskHandle | None:
        """Reads the chosen file on the worker; the mapping or the preview follows."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        self._show_problem("")
        self.table = self.plan = None

        def read(ctx: TaskContext) -> Any:
            from kamdesk.errors import InvalidInput
            from kamdesk.services.importing import read_table

            try:
                return read_table(path)
            except InvalidInput as problem:  # the rep's file, not a failure of kamdesk
                return problem

        handle = self._data.run(
            read, label=self.tr("Reading the file"), on_done=None, on_error=self._on_failed
        )
        if not self._started(handle, self.tr("Reading %1…").replace("%1", path.name)):
            return None
        assert handle is not None
        handle.finished.connect(lambda table: self._on_table_read(handle, table))
        return handle

    def _on_table_read(self, handle: TaskHandle, table: Any) -> None:
        from kamdesk.errors import InvalidInput
        from kamdesk.services.importing import check_mapping, guess_mapping, unmapped_headers

        if not self._ended(handle):
            return
        if isinstance(table, InvalidInput):
            self._show_problem(table.reason)
            return
        self.table = table
        self.table_read.emit(table)
        if table.source == "json":
            self.make_plan()
            return
        guessed = guess_mapping(table.headers)
        self._fill_mapping(guessed)
        try:
            check_mapping(table, guessed)
        except InvalidInput:
            needs_mapping = True
        else:
            needs_mapping = bool(unmapped_headers(table.headers, guessed))
        if needs_mapping:
            self._show_step("mapping")
        else:
            self.make_plan()

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        from PySide6.QtCore import Qt

        from kamdesk.services.importing import FIELDS

        assert self.table is not None
        table = self.table
        labels = self.field_labels()
        self.mapping_table.setRowCount(len(table.headers))
        self.mapping_combos = []
        for column, header in enumerate(table.headers):
            sample = next((row[column] for row in table.rows[:20] if row[column].strip()), "")
            name = header.strip() or self.tr("Column %1").replace("%1", str(column + 1))
            self.mapping_table.setItem(column, 0, _item(name))
            self.mapping_table.setItem(column, 1, _item(sample.replace("\n", " ")))
            combo = QComboBox(self.mapping_table)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(self.tr("Don't import"), "")
            for field in FIELDS:
                combo.addItem(labels[field], field)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column, "")), 0))
            combo.setMaxVisibleItems(len(FIELDS) + 1)
            combo.currentIndexChanged.connect(
                lambda _index, c=column: self._on_mapping_combo_changed(c)
            )
            self.mapping_table.setCellWidget(column, 2, combo)
            self.mapping_combos.append(combo)
            bold = self.mapping_table.item(column, 0)
            assert bold is not None
            font = bold.font()
            font.setWeight(font.Weight.DemiBold)
            bold.setFont(font)
            bold.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.resizeColumnToContents(2)
        self.mapping_table.setColumnWidth(0, min(self.mapping_table.columnWidth(0), 220))
        self.mapping_table.resizeRowsToContents()

    def _on_mapping_combo_changed(self, column: int) -> None:
        """A field goes to one column only: the column that had it before is set to ignore."""
        field = self.mapping_combos[column].currentData()
        if not field:
            return
        for other, combo in enumerate(self.mapping_combos):
            if other != column and combo.currentData() == field:
                combo.setCurrentIndex(0)

    def mapping(self) -> dict[int, str]:
        """The mapping step's choices: column index → field code."""
        return {
            column: combo.currentData()
            for column, combo in enumerate(self.mapping_combos)
            if combo.currentData()
        }

    def set_mapping(self, column: int, field: str) -> None:
        """Sets what ``column`` is imported as (``""``: not imported), as the rep would."""
        combo = self.mapping_combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def make_plan(self) -> TaskHandle | None:
        """The dry run over the file and the mapping shown, on the worker; the preview follows."""
        from kamdesk.errors import InvalidInput
        from kamdesk.services.importing import check_mapping

        table = self.table
        if table is None:
            return None
        mapping: dict[int, str] = {}
        if table.source != "json":
            mapping = self.mapping()
            if "account" not in mapping.values():
                self._show_step("mapping")
                self._show_problem(
                    self.tr(
                        "No column is imported as the account name: set the column that "
                        "holds it to “%1”."
                    ).replace("%1", self.field_labels()["account"])
                )
                return None
            try:
                mapping = check_mapping(table, mapping)
            except InvalidInput as problem:
                self._show_step("mapping")
                self._show_problem(problem.reason)
                return None
        self._show_problem("")
        data = self._data

        def plan(ctx: TaskContext) -> ImportPlan:
            from kamdesk.services.importing import plan_import

            store = data.store  # read on the worker, where it is set
            if store is None:
                raise RuntimeError("the data directory is not open")
            with store.reading() as session:
                return plan_import(
                    session, table, mapping, progress=ctx.progress, cancel=ctx.cancel
                )

        handle = data.run(plan, label=self.tr("Checking the rows"), on_error=self._on_failed)
        if not self._started(handle, self.tr("Checking the rows…")):
            return None
        assert handle is not None
        handle.finished.connect(lambda made: self._on_plan_made(handle, made))
        handle.cancelled.connect(lambda: self._ended(handle))
        return handle

    def _on_plan_made(self, handle: TaskHandle, plan: ImportPlan) -> None:
        if not self._ended(handle):
            return
        self.plan = plan
        self._show_plan(plan)
        self._show_step("preview")
        self.plan_made.emit(plan)

    def _fill_counts(self, table: QTableWidget, counts: dict[str, Any]) -> None:
        from PySide6.QtCore import Qt

        shown = [
            (entity, c)
            for entity, c in counts.items()
            if entity in ("account", "contact") or c.created or c.updated or c.unchanged
        ]
        locale = QLocale()
        table.setRowCount(len(shown))
        table.setVerticalHeaderLabels([entity_label(entity) for entity, _c in shown])
        table.verticalHeader().setVisible(True)
        for row, (_entity, c) in enumerate(shown):
            for column, value in enumerate((c.created, c.updated, c.unchanged)):
                item = _item(locale.toString(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    def _show_plan(self, plan: ImportPlan) -> None:
        kind = {"csv": "CSV", "xlsx": "Excel", "vcard": "vCard", "json": "kamdesk JSON"}.get(
            plan.source, plan.source
        )
        if plan.encoding:
            kind += f", {plan.encoding.upper()}"
        read = self.tr("%1 (%2): %n row(s).", "", plan.rows)
        read = read.replace("%1", Path(plan.path).name).replace("%2", kind)
        if plan.rows_bad:
            valid = self.tr(
                "%n row(s) can be imported; the rows listed below cannot.", "", plan.rows_valid
            )
        else:
            valid = self.tr("Every row can be imported.")
        summary = join_sentences(read, valid, self.tr("Importing would make these changes:"))
        self.preview_summary_label.setText(summary)
        self._fill_counts(self.counts_table, plan.counts)

        bad_rows = len({p.row for p in plan.problems})
        self.problems_label.setVisible(bool(plan.problems))
        self.problems_table.setVisible(bool(plan.problems))
        self._preview_layout.setStretch(self._preview_layout.count() - 1, 0 if plan.problems else 1)
        self.problems_label.setText(
            self.tr("%n row(s) with problems will not be imported:", "", bad_rows)
        )
        shown = plan.problems[:SHOWN_PROBLEMS]
        self.problems_table.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            self.problems_table.setItem(row, 0, _item(str(problem.row)))
            self.problems_table.setItem(row, 1, _item(problem.column or "—"))
            self.problems_table.setItem(row, 2, _item(problem.reason))

        notes: list[str] = []
        if len(plan.problems) > SHOWN_PROBLEMS:
            notes.append(
                self.tr("Only the first %1 problems are listed.").replace("%1", str(SHOWN_PROBLEMS))
            )
        if plan.unmapped:
            notes.append(
                self.tr("Columns not imported: %1").replace("%1", ", ".join(plan.unmapped))
            )
        if plan.kept:
            notes.append(
                self.tr(
                    "%n value(s) in the file differ from those already stored; the stored "
                    "ones are kept.",
                    "",
                    len(plan.kept),
                )
            )
        notes.extend(plan.notes)
        if not plan.rows_valid:
            notes.append(self.tr("No row can be imported: correct the file and try again."))
        self.preview_notes_label.setText("\n".join(notes))
        self.preview_notes_label.setVisible(bool(notes))

    def start_import(self) -> TaskHandle | None:
        """Writes the valid rows of the plan shown, in one unit of work, with progress and Cancel."""
        plan = self.plan
        if plan is None or not plan.rows_valid:
            return None

        from kamdesk.ui.contact_dialog import keep_local_default

        keep_local = keep_local_default(self._data.paths)

        def write(session: Session, ctx: TaskContext) -> ImportResult:
            from kamdesk.services.importing import apply_import

            return apply_import(
                session, plan, progress=ctx.progress, cancel=ctx.cancel, keep_local=keep_local
            )

        handle = self._data.write(write, label=self.tr("Importing"), on_error=self._on_failed)
        self._show_step("result")
        self.result_progress.setRange(0, 0)
        self.result_progress.setVisible(True)
        self.result_counts_table.setVisible(False)
        self.result_notes_label.setText("")
        self.result_label.setText(
            self.tr("Importing %n row(s)…", "", plan.rows_valid)
            + "\n"
            + self.tr("Cancel stops the import and leaves your data as it was.")
        )
        if not self._started(handle, ""):
            return None
        assert handle is not None
        handle.finished.connect(lambda result: self._on_imported(handle, result))
        handle.cancelled.connect(lambda: self._on_import_cancelled(handle))
        return handle

    def _on_imported(self, handle: TaskHandle, result: ImportResult) -> None:
        if not self._ended(handle):
            return
        self.result = result
        self.result_progress.setVisible(False)
        self.title_label.setText(self.tr("Import finished"))
        self.result_label.setText(
            join_sentences(
                self.tr("%n row(s) imported.", "", result.rows_imported),
                self.tr("Your data now holds these changes:"),
            )
        )
        self._fill_counts(self.result_counts_table, result.counts)
        self.result_counts_table.setVisible(True)
        notes: list[str] = []
        bad_rows = len({p.row for p in result.problems})
        if bad_rows:
            notes.append(
                self.tr(
                    "%n row(s) with problems were not imported; correct them in the file and "
                    "import it again: the rows already imported are not duplicated.",
                    "",
                    bad_rows,
                )
            )
        if result.kept:
            notes.append(
                self.tr(
                    "%n value(s) in the file differ from those already stored; the stored "
                    "ones were kept.",
                    "",
                    len(result.kept),
                )
            )
        self.result_notes_label.setText("\n\n".join(notes))
        self.imported.emit(result)

    def _on_import_cancelled(self, handle: TaskHandle) -> None:
        if not self._ended(handle):
            return
        self.result_progress.setVisible(False)
        self.title_label.setText(self.tr("Import cancelled"))
        self.result_label.setText(self.tr("The import was cancelled; nothing was changed."))
        self.import_cancelled.emit()

    def _on_failed(self, error: BaseException) -> None:
        if not self._ended(self.handle):
            return  # a task the wizard gave up on (it was closed meanwhile)
        message = describe_error(error)
        if self.step == "result":
            self.result_progress.setVisible(False)
            self.title_label.setText(self.tr("Import failed"))
            self.result_label.setText(
                self.tr("The import failed: %1\n\nNothing was changed.").replace("%1", message)
            )
        else:
            self._show_problem(message)

"""The Conflicts dialog: edits made on two computers at once, and changes the hub refused.

Each row says which record (account, contact, visit… and its name), which
field, the value it holds now and the other one, whose and when, and the
kind: an overwrite, an edit of a record deleted elsewhere, or a change the
hub refused (with the reason). The rep keeps the current value (Enter), uses
the other one (Ctrl+O) or restores a deleted record; each choice is one
:func:`~kamdesk.sync.resolve_conflict` on the database worker, and it syncs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.sync.describe import ConflictText, describe_conflict
from kamdesk.ui.desktop import resize_to_fit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.sync import ConflictView
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskContext, TaskHandle

_SHORT = 60


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _SHORT else line[: _SHORT - 1] + "…"


def _escape(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br>")


class ConflictsDialog(QDialog):
    """The list of conflicts, with Keep current, Use the other value and Restore.

    Signals:
        resolved(object): a conflict was resolved; its :class:`ConflictView`.

    Attributes:
        conflicts: the conflicts listed, in order.
    """

    resolved = Signal(object)

    def __init__(self, data: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self._data = data
        self.conflicts: list[ConflictView] = []
        #: the names of the records the conflicts name or refer to, by id
        self._names: dict[str, str] = {}
        self._texts: dict[str, ConflictText] = {}
        self.loading: TaskHandle | None = None
        self.resolving: TaskHandle | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.show_resolved = QCheckBox(self)
        self.show_resolved.toggled.connect(lambda _on: self.reload())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("conflictList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(6)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.tree.itemActivated.connect(lambda *_: self.keep_current())
        self.empty = QLabel(self)
        self.empty.setObjectName("conflictsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        self.details = QTextBrowser(self)
        self.details.setObjectName("conflictDetails")
        self.details.setMaximumHeight(150)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setVisible(False)

        self.keep_button = QPushButton(self)
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(lambda: self.keep_current())
        self.other_button = QPushButton(self)
        self.other_button.clicked.connect(lambda: self.use_other())
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(lambda: self.restore())
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=lambda: self.use_other())
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.show_resolved)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        resize_to_fit(self, 920, 500)
        self.retranslate()
        self._fill()
        data.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self) -> None:
        if self.isVisible() and self.resolving is None:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.intro.setText(
            self.tr(
                "The same thing was changed on two computers, or the hub refused a change. "
                "Nothing was lost: choose which value stays."
            )
        )
        self.show_resolved.setText(self.tr("Show &resolved"))
        self.tree.setHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Now"),
                self.tr("Other value"),
                self.tr("Who and when"),
                self.tr("Kind"),
            ]
        )
        self.keep_button.setText(self.tr("&Keep current"))
        self.keep_button.setToolTip(self.tr("Keep the value the record holds now (Enter)"))
        self.other_button.setText(self.tr("Use the &other value"))
        self.other_button.setToolTip(self.tr("Put the other value in its place (Ctrl+O)"))
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setToolTip(
            self.tr("Bring the deleted record back, with the changes made to it")
        )
        self.close_button.setText(self.tr("Close"))

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> TaskHandle | None:
        """Reads the conflicts, and the names of the records they name, on the database worker."""
        from kamdesk.sync import list_conflicts
        from kamdesk.sync.describe import record_names

        include = self.show_resolved.isChecked()

        def read(session: Session) -> tuple[list[ConflictView], dict[str, str]]:
            found = list_conflicts(session, include_resolved=include)
            return found, record_names(session, found)

        self.loading = self._data.read(
            read, label=self.tr("Reading the sync conflicts"), on_done=self._on_loaded
        )
        return self.loading

    def _on_loaded(self, loaded: tuple[list[ConflictView], dict[str, str]]) -> None:
        self.loading = None
        current = self.current()
        self.conflicts, self._names = list(loaded[0]), loaded[1]
        self._fill(current.conflict_id if current is not None else None)

    def _fill(self, select: str | None = None) -> None:
        self.tree.clear()
        # In words now: the language may have changed since the last fill.
        self._texts = {c.conflict_id: describe_conflict(c, self._names) for c in self.conflicts}
        chosen: QTreeWidgetItem | None = None
        for view in self.conflicts:
            text = self._texts[view.conflict_id]
            item = QTreeWidgetItem(
                [
                    text.record,
                    text.field,
                    _short(text.current),
                    _short(text.other),
                    text.who_when,
                    self._kind_text(view, text),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, view.conflict_id)
            self.tree.addTopLevelItem(item)
            if chosen is None or view.conflict_id == select:
                chosen = item
        for column, width in ((0, 170), (1, 90), (2, 140), (3, 140), (4, 230)):
            self.tree.setColumnWidth(column, width)
        if self.conflicts:
            self.stack.setCurrentWidget(self.tree)
            self.tree.setCurrentItem(chosen)
            self.tree.setFocus()
        self.details.setVisible(bool(self.conflicts))
        if not self.conflicts:
            self.stack.setCurrentWidget(self.empty)
            self.empty.setText(
                self.tr(
                    "No conflicts: none of your changes clashed with another rep's, and the hub "
                    "refused none."
                )
                if not self.show_resolved.isChecked()
                else self.tr("No conflicts, open or resolved.")
            )
        self._show_current()

    def _kind_text(self, view: ConflictView, text: ConflictText) -> str:
        if view.resolved_at is None:
            return text.kind
        return text.kind + " · " + self.tr("resolved")

    def current(self) -> ConflictView | None:
        """The conflict selected, if any."""
        item = self.tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.conflicts if c.conflict_id == wanted), None)

    def _show_current(self) -> None:
        view = self.current()
        open_one = view is not None and view.resolved_at is None
        busy = self.resolving is not None
        self.keep_button.setEnabled(open_one and not busy)
        self.other_button.setEnabled(open_one and not busy and view.kind != "edit_on_deleted")
        self.restore_button.setEnabled(open_one and not busy and view.kind == "edit_on_deleted")
        self.details.setHtml(self._details_html(view) if view is not None else "")

    def _details_html(self, view: ConflictView) -> str:
        text = self._texts.get(view.conflict_id) or describe_conflict(view, self._names)
        yours, theirs = (text.current, text.other) if view.mine_won else (text.other, text.current)
        other = view.other_user or self.tr("another computer")
        rows = [
            (self.tr("Record"), text.record),
            (self.tr("Field"), text.field),
            (self.tr("Kind"), text.kind),
            (self.tr("Yours"), yours),
            (self.tr("Theirs (%1)").replace("%1", other), theirs),
            (
                self.tr("Now in the record"),
                self.tr("yours") if view.mine_won else self.tr("the other value"),
            ),
            (self.tr("Found"), text.when),
        ]
        if view.kind == "edit_on_deleted":
            rows.append(
                (self.tr("Note"), self.tr("The record was deleted; Restore brings it back."))
            )
        if text.reason:
            rows.append((self.tr("Reason"), text.reason))
        if text.resolved:
            rows.append((self.tr("Resolved"), text.resolved))
        cells = "".join(
            f"<tr><td style='color:gray;padding-right:12px' valign='top'>{_escape(label)}</td>"
            f"<td>{_escape(value)}</td></tr>"
            for label, value in rows
        )
        return f"<table>{cells}</table>"

    # -- resolving ----------------------------------------------------------------------

    def keep_current(self) -> TaskHandle | None:
        """Keeps the value the record holds now (Enter)."""
        return self._resolve("keep")

    def use_other(self) -> TaskHandle | None:
        """Puts the other value in place (Ctrl+O)."""
        view = self.current()
        if view is not None and view.kind == "edit_on_deleted":
            return None
        return self._resolve("use_other")

    def restore(self) -> TaskHandle | None:
        """Restores a record deleted elsewhere, with the edits made to it."""
        view = self.current()
        if view is None or view.kind != "edit_on_deleted":
            return None
        return self._resolve("restore")

    def _resolve(self, resolution: str) -> TaskHandle | None:
        view = self.current()
        if view is None or view.resolved_at is not None or self.resolving is not None:
            return None
        from kamdesk.sync import resolve_conflict

        conflict_id = view.conflict_id

        def write(session: Session, _ctx: TaskContext) -> ConflictView:
            return resolve_conflict(session, conflict_id, resolution)

        self.message.setVisible(False)
        self.resolving = self._data.write(
            write,
            label=self.tr("Resolving a sync conflict"),
            on_done=self._on_resolved,
            on_error=self._on_failed,
        )
        self._show_current()
        return self.resolving

    def _on_resolved(self, view: ConflictView) -> None:
        self.resolving = None
        self.resolved.emit(view)
        self._data.data_changed.emit()  # the record may have changed: pages reload
        self.reload()

    def _on_failed(self, error: BaseException) -> None:
        from kamdesk.ui.messages import describe_error

        self.resolving = None
        self.message.setText(describe_error(error))
        self.message.setVisible(True)
        self._show_current()
        self.reload()

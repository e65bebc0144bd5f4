"""Builds the search index in the background after a first download.

A first download of a big client book leaves the search index to be built
once its rows are in (:func:`kamdesk.services.search.prepare_search`): the
sync is done as soon as the rows are, and the rep works meanwhile. This
object runs that build on the task runner's pool whenever the data is opened
or changed (a sync, a restore), shows "Preparing the search… 45%" with a thin
progress bar in the status bar while it runs, and says so when it is done.
The build is a transaction per step of a few thousand rows, so the rep's own
saves wait a fraction of a second at most; a build cut short (quitting) goes
on from where it stopped the next time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from kamdesk.ui.sync_actions import status_progress_bar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from kamdesk.models.search_index import BuildProgress
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskContext, TaskHandle

_STATUS_MS = 8_000


class SearchPreparer(QObject):
    """The background build of the search index and its place in the status bar.

    Signals:
        finished: a build ran to its end (search finds every row again).

    Attributes:
        handle: the running build, if any.
    """

    finished = Signal()

    def __init__(self, window: QMainWindow, data: DataContext) -> None:
        super().__init__(window)
        self._window = window
        self._data = data
        self.handle: TaskHandle | None = None
        self._again = False
        self.label = QLabel(window)
        self.label.setObjectName("searchPreparing")
        self.label.setVisible(False)
        self.progress_bar = status_progress_bar(window, "searchPreparingProgress")
        bar = window.statusBar()
        bar.insertPermanentWidget(0, self.label)
        bar.insertPermanentWidget(1, self.progress_bar)
        data.data_changed.connect(self.start)

    def start(self) -> TaskHandle | None:
        """Builds a pending index, if there is one; None when nothing was started."""
        if not self._data.is_open or self._data.closing:
            return None
        if self.handle is not None:
            self._again = True  # a sync may have left more to do once this ends
            return None
        store = self._data.store

        def work(ctx: TaskContext) -> BuildProgress | None:
            from kamdesk.services.search import prepare_search

            assert store is not None
            return prepare_search(store, cancel=ctx.cancel, progress=ctx.progress)

        self.handle = self._data.runner.run_pool(
            work,
            label=self.tr("Preparing the search"),
            on_done=self._on_done,
            on_error=self._on_failed,
            on_progress=self._on_progress,
        )
        self.handle.cancelled.connect(self._end)
        return self.handle

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        percent = min(100, done * 100 // max(total, 1))
        self.label.setText(self.tr("Preparing the search… %1%").replace("%1", str(percent)))
        self.label.setToolTip(
            self.tr(
                "After a first download kamdesk builds its search index while you work. "
                "Until it is done, search may miss some clients."
            )
        )
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.label.setVisible(True)
        self.progress_bar.setVisible(True)

    def _end(self) -> None:
        self.handle = None
        self.label.setVisible(False)
        self.progress_bar.setVisible(False)

    def _on_done(self, result: BuildProgress | None) -> None:
        self._end()
        if result is not None:
            self._window.statusBar().showMessage(
                self.tr("Search is ready: every client can be found."), _STATUS_MS
            )
            self.finished.emit()
            self._data.data_changed.emit()  # the accounts view reads its order from the index
        elif self._again:
            self._again = False
            self.start()

    def _on_failed(self, error: BaseException) -> None:
        from kamdesk.ui.messages import describe_error

        self._end()
        self._again = False
        self._window.statusBar().showMessage(
            self.tr("The search index could not be built: %1 It is tried again next time.").replace(
                "%1", describe_error(error)
            ),
            _STATUS_MS,
        )

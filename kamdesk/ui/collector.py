"""Python's cyclic garbage collector, run from the GUI thread's event loop only.

Left to itself, the collector runs wherever an allocation crosses its
threshold: in a database worker in the middle of a query, or in the GUI
thread in the middle of a Qt callback (a model's ``data()``, a signal being
emitted, a widget being destroyed). Either way it may free a cycle that
holds Qt objects while Qt still uses them, from the wrong thread or at the
wrong moment, and the process crashes. So automatic collection is switched
off and a timer in the GUI thread collects, generation by generation with
Python's own thresholds, between events: the pattern calibre and pyqtgraph
use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the counts are checked.
INTERVAL_MS = 500


class GarbageCollector(QObject):
    """Owns the collection for as long as it lives (a child of the application)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collects the generations whose counts passed their thresholds; returns what it freed."""
        first, second, third = gc.get_count()
        freed = 0
        if first > self.threshold[0]:
            freed += gc.collect(0)
            if second > self.threshold[1]:
                freed += gc.collect(1)
                if third > self.threshold[2]:
                    freed += gc.collect(2)
        return freed

    def stop(self) -> None:
        """Gives collection back to Python (as it was before)."""
        self.timer.stop()
        if self._was_enabled:
            gc.enable()


_installed: GarbageCollector | None = None


def install_collector(app: QObject) -> GarbageCollector:
    """The application's collector, made once (and again after it was stopped)."""
    global _installed
    if _installed is None or not _installed.timer.isActive():
        _installed = GarbageCollector(app)
    return _installed

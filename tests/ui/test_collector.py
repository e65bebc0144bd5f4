"""The garbage collector runs from the GUI thread's event loop, never on its own."""

from __future__ import annotations

import gc
import weakref

from kamdesk.ui.collector import GarbageCollector


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycle() -> weakref.ref[_Node]:
    first, second = _Node(), _Node()
    first.other, second.other = second, first
    return weakref.ref(first)


def test_collection_is_off_until_the_collector_s_timer_runs_it(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    collector = GarbageCollector(qapp, interval_ms=10)
    try:
        assert not gc.isenabled()
        with qtbot.waitSignal(collector.timer.timeout, timeout=2_000):
            pass  # the timer runs in the GUI thread's event loop
        gone = _cycle()
        # Live objects cross the first threshold (freeing them would count back down).
        alive = [[] for _ in range(2 * collector.threshold[0])]
        assert gone() is not None  # nothing collects by itself
        assert collector.check() >= 2
        assert gone() is None
        assert collector.check() == 0  # under the threshold again: nothing to do
        del alive
    finally:
        collector.stop()
        collector.deleteLater()


def test_stopping_gives_collection_back_as_it_was(qapp) -> None:  # type: ignore[no-untyped-def]
    owner_disabled_it = not gc.isenabled()  # the session's collector, in these tests
    gc.enable()
    try:
        collector = GarbageCollector(qapp)
        assert not gc.isenabled()
        collector.stop()
        assert gc.isenabled()
        collector.deleteLater()
    finally:
        if owner_disabled_it:
            gc.disable()

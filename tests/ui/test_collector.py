"""The garbage collector runs from the GUI thread's event loop, never on its own."""

from __future__ import annotations

import gc
import threading
import weakref

from kamdesk.ui.collector import GarbageCollector


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycle() -> weakref.ref[_Node]:
    first, second = _Node(), _Node()
    first.other, second.other = second, first
    return weakref.ref(first)


def test_cycles_are_freed_by_the_timer_in_the_gui_thread(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    collected_in: list[str] = []

    def note(_phase: str, _info: dict[str, int]) -> None:
        collected_in.append(threading.current_thread().name)

    collector = GarbageCollector(qapp, interval_ms=10)
    gc.callbacks.append(note)
    try:
        assert not gc.isenabled()
        gone = _cycle()

        def freed() -> bool:
            # Keep allocating, as a running app does: each poll crosses the first
            # threshold, and older generations follow after enough young ones.
            garbage = [[] for _ in range(collector.threshold[0] + 10)]
            del garbage
            return gone() is None

        qtbot.waitUntil(freed, timeout=5_000)
        assert set(collected_in) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)
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

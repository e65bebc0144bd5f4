"""The Accounts page on a big client book: time to the first painted rows, and memory.

Each run is a fresh process that starts kamdesk the way ``kamdesk gui``
does (:func:`kamdesk.ui.application.run_gui`: the window shows, then the
store opens on the database worker and every page reloads) on the data
directory that ``bench_accounts.py`` fills (100,000 accounts, about 310,000
contacts, visits and follow-ups; made once, then reused). As soon as the data
is open (the first ``data_changed``) it switches to the Accounts page, the
way a rep who clicks it at once would, and times the wall clock from that
switch to the first paint of the table's viewport that shows rows with their
contents (not the blank stand-ins the model shows until a block of rows
arrives from the worker). Then, in the same process:

* "re-open": back to the Today page and to Accounts again (ids and rows
  already loaded), to the first paint with rows;
* the resident memory (VmRSS) with the view open, after scrolling to the
  middle of the list and after scrolling to its end (each once those rows
  have painted with their contents).

Prints each run, then the median and the maximum.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_accounts_view.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_accounts_view.py --runs 7 \\
        --data-dir /tmp/kamdesk-bench-accounts-100k

Issue 3's targets: first rows in at most 300 ms, resident memory at most 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_FIRST_ROWS_MS = 300.0
TARGET_RSS_MB = 300.0
#: Any step that has not painted by then is a failure, not a slow figure.
TIMEOUT_MS = int(os.environ.get("BENCH_TIMEOUT_MS", "60000"))


def _rss_mb() -> float:
    """This process's resident set size, in MB (10^6 bytes), from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024 / 1e6
    return float("nan")  # pragma: no cover - not Linux


def _child(data_dir: str) -> int:
    """One measured start; prints one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from kamdesk.paths import DataPaths
    from kamdesk.ui.application import run_gui

    result: dict[str, Any] = {}

    class RowsPainted(QObject):
        """Calls ``then`` at the first paint of the viewport whose top row has its contents."""

        def __init__(self, window: Any) -> None:
            super().__init__(window)  # owned by the window: Python's collector must not take it
            self.page = window.accounts_page
            self.then: Callable[[], None] | None = None
            self.page.table.viewport().installEventFilter(self)

        def wait(self, then: Callable[[], None]) -> None:
            self.then = then

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.then is not None and event.type() == QEvent.Type.Paint:
                model, table = self.page.model, self.page.table
                top = max(0, table.rowAt(0))
                # The blank stand-in of a row not fetched yet has no text.
                if model.rowCount() > 0 and model.data(model.index(top, 0)) is not None:
                    then, self.then = self.then, None
                    QTimer.singleShot(0, then)
            return False

    def after_show(window: QMainWindow) -> None:
        data = window._data  # type: ignore[attr-defined]
        opened_at: list[float] = []
        watchers: list[RowsPainted] = []

        def on_data_changed() -> None:
            if opened_at or not data.is_open:
                return
            opened_at.append(time.perf_counter())
            QTimer.singleShot(0, switch)

        def switch() -> None:
            watcher = RowsPainted(window)
            watchers.append(watcher)
            started = time.perf_counter()

            def first_rows() -> None:
                result["first_rows_ms"] = (time.perf_counter() - started) * 1000
                result["rows"] = watcher.page.model.rowCount()
                result["rss_open_mb"] = _rss_mb()
                window.show_page("today")  # type: ignore[attr-defined]
                QTimer.singleShot(50, reopen)

            def reopen() -> None:
                again = time.perf_counter()

                def painted() -> None:
                    result["reopen_ms"] = (time.perf_counter() - again) * 1000
                    scroll(0.5, "rss_middle_mb", lambda: scroll(1.0, "rss_end_mb", done))

                watcher.wait(painted)
                window.show_page("accounts")  # type: ignore[attr-defined]

            def scroll(share: float, key: str, then: Callable[[], None]) -> None:
                bar = watcher.page.table.verticalScrollBar()

                def painted() -> None:
                    result[key] = _rss_mb()
                    then()

                watcher.wait(painted)
                bar.setValue(round(bar.maximum() * share))

            def done() -> None:
                result["rss_peak_mb"] = _peak_rss_mb()
                window.close()

            watcher.wait(first_rows)
            window.show_page("accounts")  # type: ignore[attr-defined]

        data.data_changed.connect(on_data_changed)
        QTimer.singleShot(TIMEOUT_MS, lambda: (result.setdefault("timeout", True), window.close()))
        window.resize(1280, 800)

    status = run_gui(DataPaths(Path(data_dir)), "zh_CN", after_show=after_show)
    QApplication.processEvents()
    print(json.dumps(result), flush=True)
    return status if "timeout" not in result else 1


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def _ensure_data(data_dir: str, accounts: int) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_accounts import _prepare

    from kamdesk.paths import DataPaths
    from kamdesk.store import open_store

    with open_store(DataPaths(Path(data_dir)).ensure()) as store:
        _prepare(store, accounts)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--data-dir", default="/tmp/kamdesk-bench-accounts-100k", help="kept between runs"
    )
    parser.add_argument("--accounts", type=int, default=100_000, help="if it must be filled")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _child(args.data_dir)

    _ensure_data(args.data_dir, args.accounts)
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    runs: list[dict[str, Any]] = []
    print(
        f"{'run':>4} {'first rows ms':>14} {'re-open ms':>11} {'rows':>8} {'RSS open':>9} "
        f"{'middle':>7} {'end':>7} {'peak':>7}  (MB)"
    )
    for number in range(1, args.runs + 1):
        finished = subprocess.run(
            [sys.executable, __file__, "--child", "--data-dir", args.data_dir],
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
        if finished.returncode != 0 or not lines:
            print(f"run {number} failed ({finished.returncode}):\n{finished.stderr[-3000:]}")
            return 1
        run = json.loads(lines[-1])
        runs.append(run)
        print(
            f"{number:>4} {run['first_rows_ms']:>14.0f} {run['reopen_ms']:>11.0f} "
            f"{run['rows']:>8,} {run['rss_open_mb']:>9.0f} {run['rss_middle_mb']:>7.0f} "
            f"{run['rss_end_mb']:>7.0f} {run['rss_peak_mb']:>7.0f}",
            flush=True,
        )
    for key, label, target in (
        ("first_rows_ms", "first rows (ms)", TARGET_FIRST_ROWS_MS),
        ("reopen_ms", "re-open (ms)", None),
        ("rss_end_mb", "RSS after scrolling to the end (MB)", TARGET_RSS_MB),
        ("rss_peak_mb", "peak RSS (MB)", TARGET_RSS_MB),
    ):
        values = [run[key] for run in runs]
        verdict = ""
        if target is not None:
            verdict = "  within target" if max(values) <= target else f"  OVER {target:g}"
        print(
            f"{label:<38} median {statistics.median(values):>6.0f}  max {max(values):>6.0f}"
            f"{verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Cold start of the kamdesk window, against a bare PySide6 window started the same way.

Each run is a new Python process timed from just before it is spawned to the
moment its main window is shown (the child prints ``time.time()`` then), so
both include interpreter start-up and imports. kamdesk runs through its real
entry point (``kamdesk.app.main``) on an empty data directory, which it
creates, migrates and backs up as a first start does; a second series runs on
that same, existing directory (a normal morning start).

Then resident memory at idle: kamdesk's window shown, 3 s of idle, VmRSS.

Targets (issue 2): kamdesk on an empty data directory / bare <= 1.5; idle RSS
<= 150 MB. The three series are interleaved run by run, so that a busy moment
of the machine slows all of them, and each reports its median. Bytecode may be
written (an installed package has its own), whatever PYTHONDONTWRITEBYTECODE
the calling shell sets.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time

BARE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("hello"))
    window.resize(1200, 760)
    window.show()
    def shown():
        print(time.time(), flush=True)
        app.quit()
    QTimer.singleShot(0, shown)
    app.exec()
    """
)

KAMDESK = textwrap.dedent(
    """
    import sys, time
    import kamdesk.ui.application as application
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    idle_ms = int(sys.argv[2])
    original = application.run_gui

    def report(window):
        def done():
            rss = 0
            if idle_ms:
                with open("/proc/self/status") as status:
                    rss = next(int(l.split()[1]) for l in status if l.startswith("VmRSS"))
            print(shown_at, rss, flush=True)
            QApplication.instance().quit()
        global shown_at
        shown_at = time.time()
        QTimer.singleShot(idle_ms, done)

    application.run_gui = lambda paths, lang, **kw: original(paths, lang, after_show=report, **kw)
    from kamdesk.app import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def time_to_shown(code: str, *args: str) -> tuple[float, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed kamdesk, like PySide6, has its bytecode compiled: a shell
    # that forbids writing it would make kamdesk recompile on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    fields = done.stdout.split()
    return float(fields[0]) - started, fields[1:]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs

    # Warm the OS file cache and the bytecode of both, as a second launch would find them.
    time_to_shown(BARE)
    time_to_shown(KAMDESK, tempfile.mkdtemp(prefix="kamdesk-bench-"), "0")
    bare, first, again = [], [], []
    for _ in range(runs):  # interleaved, so that a busy moment of the machine hits all three
        data = tempfile.mkdtemp(prefix="kamdesk-bench-")
        bare.append(time_to_shown(BARE)[0])
        first.append(time_to_shown(KAMDESK, data, "0")[0])
        again.append(time_to_shown(KAMDESK, data, "0")[0])
    _, (rss_kb,) = time_to_shown(KAMDESK, tempfile.mkdtemp(prefix="kamdesk-bench-"), "3000")

    b, f, a = (statistics.median(x) for x in (bare, first, again))
    print(f"bare PySide6 window      median {b * 1000:7.0f} ms  (runs: {runs})")
    print(f"kamdesk, first start     median {f * 1000:7.0f} ms  ratio {f / b:.2f}  (target <= 1.5)")
    print(f"kamdesk, existing data   median {a * 1000:7.0f} ms  ratio {a / b:.2f}")
    print(f"kamdesk idle RSS         {int(rss_kb) / 1024:7.1f} MB  (target <= 150 MB)")


if __name__ == "__main__":
    main()

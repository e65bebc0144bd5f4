"""A kamdesk process with one visit's report editor open, for the autosave tests to kill.

Usage: ``python visit_editor_child.py VISIT_ID TEXT [PAUSE_MS]`` (the data
directory from ``KAMDESK_DATA_DIR``). Opens the store and the editor as the app
does, types ``TEXT`` (ASCII, with QTest key clicks) into the notes, prints
``typed`` when the last key is in, ``saved`` on its own line once the editor
says the report is in the store, then waits in the event loop until it is
killed. Prints ``failed: …`` if the save fails. ``PAUSE_MS`` sets how long
typing must pause before the autosave, so that a kill is sure to fall inside
that pause.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(visit_id: str, text: str, pause_ms: int | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kamdesk.paths import DataPaths
    from kamdesk.store import open_store
    from kamdesk.ui import visit_editor
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskRunner
    from kamdesk.ui.visit_editor import open_visit_editor

    if pause_ms is not None:
        visit_editor.AUTOSAVE_DELAY_MS = pause_ms

    app = QApplication([sys.argv[0]])
    paths = DataPaths(Path(os.environ["KAMDESK_DATA_DIR"])).ensure()
    runner = TaskRunner()
    data = DataContext(runner, paths, open_store(paths))
    editor = open_visit_editor(None, data, visit_id)

    def say(line: str) -> None:
        print(line, flush=True)

    typed: list[bool] = []

    def type_notes() -> None:
        if typed:
            return
        typed.append(True)
        say("loaded")
        QTest.keyClicks(editor.text_edits["notes"], text)
        say("typed")

    editor.loaded.connect(type_notes)
    editor.saved.connect(lambda: say("saved"))
    editor.save_failed.connect(lambda message: say(f"failed: {message}"))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None))

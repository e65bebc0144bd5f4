"""Autosave of the visit report: nothing already typed is lost when kamdesk is killed or closed."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMainWindow

from kamdesk.services import visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.drafts import DraftJournal
from kamdesk.services.visits import VisitPlan
from kamdesk.store import open_store
from kamdesk.ui.data_context import DataContext
from kamdesk.ui.visit_editor import AUTOSAVE_DELAY_MS, VisitEditor

CHILD = Path(__file__).with_name("visit_editor_child.py")
SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def visit_id(store) -> str:  # type: ignore[no-untyped-def]
    now = datetime.now(SHANGHAI)
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="中兴通讯")).ids[0]
        zhao = create_contact(session, account_id, ContactInput(name="赵敏")).ids[0]
        return visits.plan_visit(
            session, VisitPlan(account_id, (zhao,), now + timedelta(hours=2)), now=now
        ).visit_id


def _read_line(process: subprocess.Popen[str], deadline: float) -> str:
    assert process.stdout is not None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.2)
        if ready:
            line = process.stdout.readline()
            if not line:
                break
            return line.strip()
        if process.poll() is not None:
            break
    stderr = process.stderr.read() if process.stderr and process.poll() is not None else ""
    raise AssertionError(f"the editor process said nothing more (exit {process.poll()}): {stderr}")


def _notes(data_paths, visit_id: str) -> str:  # type: ignore[no-untyped-def]
    """The visit's notes as a freshly opened store reads them."""
    reopened = open_store(data_paths)
    try:
        with reopened.reading() as session:
            return visits.visit_detail(session, visit_id).notes
    finally:
        reopened.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_text_saved_by_the_editor_survives_a_kill(store, data_paths, visit_id) -> None:  # type: ignore[no-untyped-def]
    # The child opens the database itself, as a second kamdesk would after a crash.
    store.close()
    text = "Budget 800k for Q1; wants a demo & <b>pricing</b>"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, str(CHILD), visit_id, text],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        lines = []
        while "saved" not in lines:
            lines.append(_read_line(process, deadline))
            assert not lines[-1].startswith("failed"), lines[-1]
        assert lines[:2] == ["loaded", "typed"]
        # Killed at once, with no chance to save anything more or close cleanly.
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    assert process.returncode == -signal.SIGKILL
    assert _notes(data_paths, visit_id) == text


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_text_typed_just_before_a_kill_is_recovered_by_the_next_editor(  # type: ignore[no-untyped-def]
    qtbot, store, data_paths, visit_id, task_runner
) -> None:
    store.close()
    text = "Budget 800k for Q1; wants a demo & <b>pricing</b> by Friday"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    # A pause of a minute before the autosave: the kill is sure to fall inside it.
    process = subprocess.Popen(
        [sys.executable, str(CHILD), visit_id, text, "60000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        assert _read_line(process, deadline) == "loaded"
        assert _read_line(process, deadline) == "typed"
        # Killed right after the last keystroke, without waiting for any save.
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    assert process.returncode == -signal.SIGKILL
    # The store never got the text: only the draft journal has it.
    assert _notes(data_paths, visit_id) == ""
    journal = DraftJournal.of(data_paths)
    assert journal.read(visit_id) is not None

    # kamdesk starts again on the same data directory and the visit is opened.
    data = DataContext(task_runner, data_paths, open_store(data_paths))
    try:
        editor = VisitEditor(data, visit_id)
        qtbot.addWidget(editor)
        with qtbot.waitSignal(editor.saved, timeout=10_000):
            editor.show()
        assert editor.text_edits["notes"].toPlainText() == text
        assert editor.recovery_banner.isVisible()
        notice = editor.recovery_label.text()
        assert "closed unexpectedly at" in notice
        assert not editor.keep_draft_button.isVisible()  # nothing to decide: it is saved
        with data.store.reading() as session:  # type: ignore[union-attr]
            assert visits.visit_detail(session, visit_id).notes == text
        assert journal.read(visit_id) is None
        editor.close()
        assert not journal.directory.exists() or not list(journal.paths())
    finally:
        task_runner.shutdown(5_000)
        data.close()


def test_closing_the_editor_while_the_typing_pause_runs_saves_first(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit_id
) -> None:
    editor = VisitEditor(data_context, visit_id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=5_000):
        editor.show()
    qtbot.keyClicks(editor.text_edits["notes"], "closed right away")
    assert editor.save_state == "pending"
    assert editor._timer.isActive()  # still inside the pause after typing
    # Not in the store yet, but already on disk.
    draft = DraftJournal.of(data_context.paths).read(visit_id)
    assert draft is not None and draft.fields == {"notes": "closed right away"}
    started = time.monotonic()
    editor.close()
    # close() returned only once the save was in the store: no event loop needed after it.
    with store.reading() as session:
        assert visits.visit_detail(session, visit_id).notes == "closed right away"
    assert not editor.isVisible()
    # Closed normally: no draft journal is left to be recovered.
    assert list(DraftJournal.of(data_context.paths).paths()) == []
    assert time.monotonic() - started < AUTOSAVE_DELAY_MS / 1000 + 5


def test_quitting_the_main_window_saves_an_open_editor_first(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit_id
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    editor = VisitEditor(data_context, visit_id, window)
    with qtbot.waitSignal(editor.loaded, timeout=5_000):
        editor.show()
    qtbot.keyClicks(editor.text_edits["notes"], "typed just before quitting")
    assert editor._timer.isActive()
    window.close()
    # The window's runner shuts down next (see kamdesk.ui.application): nothing may be pending.
    data_context.shutdown(5_000)
    with store.reading() as session:
        assert visits.visit_detail(session, visit_id).notes == "typed just before quitting"

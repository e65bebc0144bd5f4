"""The visit editor's draft journal: text left by a kamdesk that closed unexpectedly comes back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from kamdesk.services import visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.drafts import BROKEN_DIR, DraftJournal, VisitDraft
from kamdesk.services.visits import VisitPlan
from kamdesk.ui.draft_recovery import recover_drafts_at_start
from kamdesk.ui.visit_editor import VisitEditor

SHANGHAI = ZoneInfo("Asia/Shanghai")
EMPTY_REPORT = {
    "notes": "",
    "needs_found": "",
    "objections": "",
    "outcome": "",
    "next_steps": "",
    "satisfaction": None,
    "status": "planned",
}


def _plan(store, account: str) -> str:  # type: ignore[no-untyped-def]
    now = datetime.now(SHANGHAI)
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name=account)).ids[0]
        contact = create_contact(session, account_id, ContactInput(name="李娜")).ids[0]
        return visits.plan_visit(
            session, VisitPlan(account_id, (contact,), now + timedelta(hours=1)), now=now
        ).visit_id


@pytest.fixture
def visit_id(store) -> str:  # type: ignore[no-untyped-def]
    return _plan(store, "华为技术有限公司")


@pytest.fixture
def journal(data_paths) -> DraftJournal:  # type: ignore[no-untyped-def]
    return DraftJournal.of(data_paths)


def _left_behind(journal: DraftJournal, visit_id: str, fields, base=None, minutes_ago: int = 3):  # type: ignore[no-untyped-def]
    """A journal as a kamdesk killed while typing leaves it."""
    draft = VisitDraft(
        visit_id=visit_id,
        fields=fields,
        base=base if base is not None else {name: EMPTY_REPORT[name] for name in fields},
        written_at=datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=minutes_ago),
        account_name="华为技术有限公司",
    )
    journal.write(draft)
    return draft


def _stored(store, visit_id):  # type: ignore[no-untyped-def]
    with store.reading() as session:
        return visits.visit_detail(session, visit_id, "en")


def _open(qtbot, data_context, visit_id) -> VisitEditor:  # type: ignore[no-untyped-def]
    editor = VisitEditor(data_context, visit_id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=5_000):
        editor.show()
    return editor


def test_an_editor_takes_a_journal_left_behind_says_so_and_saves_it(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit_id, journal, wait_idle
) -> None:
    draft = _left_behind(journal, visit_id, {"notes": "客户预算 80 万", "satisfaction": 4})
    editor = _open(qtbot, data_context, visit_id)
    assert editor.text_edits["notes"].toPlainText() == "客户预算 80 万"
    assert editor.stars.rating() == 4
    assert editor.recovery_banner.isVisibleTo(editor)
    written = draft.written_at.astimezone(ZoneInfo(editor._zone())).strftime("%H:%M")
    assert editor.recovery_label.text() == (
        f"Recovered what you typed before kamdesk closed unexpectedly at {written}."
    )
    if editor.save_state != "saved":
        with qtbot.waitSignal(editor.saved, timeout=5_000):
            pass
    wait_idle()
    stored = _stored(store, visit_id)
    assert (stored.notes, stored.satisfaction) == ("客户预算 80 万", 4)
    assert journal.read(visit_id) is None
    qtbot.mouseClick(editor.dismiss_recovery_button, Qt.MouseButton.LeftButton)
    assert not editor.recovery_banner.isVisibleTo(editor)


def test_a_journal_already_saved_is_dropped_without_a_word(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit_id, journal
) -> None:
    with store.unit_of_work() as session:
        visits.save_report(session, visit_id, {"notes": "saved just before the kill"})
    _left_behind(journal, visit_id, {"notes": "saved just before the kill"})
    editor = _open(qtbot, data_context, visit_id)
    assert not editor.recovery_banner.isVisibleTo(editor)
    assert journal.read(visit_id) is None
    assert editor.save_state == "idle"


def test_a_report_changed_since_is_not_overwritten_until_the_rep_keeps_the_text(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit_id, journal, wait_idle
) -> None:
    _left_behind(journal, visit_id, {"notes": "typed on the laptop"})
    with store.unit_of_work() as session:  # then a sync brought another version
        visits.save_report(session, visit_id, {"notes": "written on the tablet"})
    editor = _open(qtbot, data_context, visit_id)
    assert editor.text_edits["notes"].toPlainText() == "typed on the laptop"
    assert editor.holding_recovered_text
    assert editor.keep_draft_button.isVisibleTo(editor)
    assert editor.use_stored_button.isVisibleTo(editor)
    assert "changed elsewhere (Notes)" in editor.recovery_label.text()
    assert editor.use_stored_button.toolTip() == "Notes: written on the tablet"
    assert editor.save_state == "pending"
    # Nothing is saved by itself, not even by typing on or by Ctrl+S.
    qtbot.keyClicks(editor.text_edits["notes"], " and more")
    editor.save_now()
    wait_idle()
    assert _stored(store, visit_id).notes == "written on the tablet"
    # The journal follows the typing and still knows what it was typed on.
    held = journal.read(visit_id)
    assert held is not None
    assert held.fields == {"notes": "typed on the laptop and more"}
    assert held.base == {"notes": ""}

    with qtbot.waitSignal(editor.saved, timeout=5_000):
        qtbot.mouseClick(editor.keep_draft_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert _stored(store, visit_id).notes == "typed on the laptop and more"
    assert not editor.recovery_banner.isVisibleTo(editor)
    assert journal.read(visit_id) is None


def test_the_rep_may_take_the_report_changed_since_instead(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit_id, journal, wait_idle
) -> None:
    _left_behind(journal, visit_id, {"notes": "typed on the laptop"})
    with store.unit_of_work() as session:
        visits.save_report(session, visit_id, {"notes": "written on the tablet"})
    editor = _open(qtbot, data_context, visit_id)
    qtbot.mouseClick(editor.use_stored_button, Qt.MouseButton.LeftButton)
    assert editor.text_edits["notes"].toPlainText() == "written on the tablet"
    assert not editor.holding_recovered_text
    assert journal.read(visit_id) is None
    wait_idle()
    assert _stored(store, visit_id).notes == "written on the tablet"


def test_closing_before_choosing_keeps_the_recovered_text_for_next_time(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit_id, journal, wait_idle, modals
) -> None:
    _left_behind(journal, visit_id, {"notes": "typed on the laptop"})
    with store.unit_of_work() as session:
        visits.save_report(session, visit_id, {"notes": "written on the tablet"})
    editor = _open(qtbot, data_context, visit_id)
    editor.close()
    assert not editor.isVisible()
    assert not modals.messages  # nothing to confirm: the text is kept, not lost
    wait_idle()
    assert _stored(store, visit_id).notes == "written on the tablet"
    kept = journal.read(visit_id)
    assert kept is not None and kept.fields == {"notes": "typed on the laptop"}


def test_a_broken_journal_is_set_aside_and_the_editor_works(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit_id, journal, wait_idle
) -> None:
    path = journal.path_for(visit_id)
    path.parent.mkdir(parents=True)
    path.write_text('{"format": 1, "visit_id": "', encoding="utf-8")  # cut short
    editor = _open(qtbot, data_context, visit_id)
    assert editor.recovery_banner.isVisibleTo(editor)
    (moved,) = (journal.directory / BROKEN_DIR).iterdir()
    assert str(moved) in editor.recovery_label.text()
    assert "could not be read" in editor.recovery_label.text()
    assert not path.exists()
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        qtbot.keyClicks(editor.text_edits["notes"], "typing goes on")
    wait_idle()
    assert _stored(store, visit_id).notes == "typing goes on"


def test_a_deleted_visits_journal_is_kept_and_reported(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit_id, journal
) -> None:
    _left_behind(journal, visit_id, {"notes": "typed before it was deleted"})
    with store.unit_of_work() as session:
        visits.delete_visit(session, visit_id)
    editor = VisitEditor(data_context, visit_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.load_error.isVisibleTo(editor), timeout=5_000)
    text = editor.load_error.text()
    assert "closed unexpectedly" in text
    assert str(journal.path_for(visit_id)) in text
    assert journal.read(visit_id) is not None


def test_typing_back_to_the_stored_text_leaves_no_journal(  # type: ignore[no-untyped-def]
    qtbot, data_context, visit_id, journal
) -> None:
    editor = _open(qtbot, data_context, visit_id)
    qtbot.keyClicks(editor.text_edits["notes"], "x")
    assert journal.read(visit_id) is not None
    qtbot.keyClick(editor.text_edits["notes"], Qt.Key.Key_Backspace)
    assert journal.read(visit_id) is None


def test_start_up_saves_journals_of_visits_not_open_and_tells_the_rep(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, visit_id, journal, wait_idle, modals
) -> None:
    changed = _plan(store, "中兴通讯")
    _left_behind(journal, visit_id, {"notes": "recovered at start"})
    _left_behind(journal, changed, {"outcome": "typed here"})
    with store.unit_of_work() as session:
        visits.save_report(session, changed, {"outcome": "changed since"})
    opened: list[str] = []
    modals.confirm_answer = True
    handle = recover_drafts_at_start(None, data_context, "Asia/Shanghai", opened.append)  # type: ignore[arg-type]
    assert handle is not None
    wait_idle()
    assert _stored(store, visit_id).notes == "recovered at start"
    assert journal.read(visit_id) is None
    # The one changed since is kept, not saved; the rep is offered to open it.
    assert _stored(store, changed).outcome == "changed since"
    assert journal.read(changed) is not None
    (text,) = modals.texts("confirm")
    assert "Visit to 华为技术有限公司" in text and "recovered and saved" in text
    assert "Visit to 中兴通讯" in text and "changed elsewhere since" in text
    assert opened == [changed]


def test_a_start_without_journals_runs_nothing(data_context, journal) -> None:  # type: ignore[no-untyped-def]
    assert recover_drafts_at_start(None, data_context, "Asia/Shanghai") is None  # type: ignore[arg-type]


def test_kamdesk_started_again_saves_what_was_typed_before_it_was_killed(  # type: ignore[no-untyped-def]
    qtbot, data_paths, modals
) -> None:
    from PySide6.QtWidgets import QApplication

    from kamdesk.store import open_store
    from kamdesk.ui.application import run_gui

    store = open_store(data_paths)
    try:
        visit_id = _plan(store, "华为技术有限公司")
    finally:
        store.close()
    journal = DraftJournal.of(data_paths)
    _left_behind(journal, visit_id, {"notes": "typed just before the kill"})
    checked: list[bool] = []

    def after_show(window) -> None:  # type: ignore[no-untyped-def]
        try:
            qtbot.waitUntil(lambda: bool(modals.texts("information")), timeout=10_000)
            checked.append(True)
        finally:
            QApplication.instance().quit()

    assert run_gui(data_paths, "en", after_show=after_show) == 0
    assert checked
    (text,) = modals.texts("information")
    assert "was recovered and saved" in text
    assert journal.read(visit_id) is None
    store = open_store(data_paths)
    try:
        assert _stored(store, visit_id).notes == "typed just before the kill"
    finally:
        store.close()

"""The personality assessment dialog: keys answer the checklist, the result follows, Save writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.services.personality import (
    Observation,
    assessment_checklist,
    contact_style,
    record_observations,
    rep_style,
)
from kamdesk.services.visits import VisitPlan, plan_visit
from kamdesk.settings import Settings
from kamdesk.ui.personality_dialog import PersonalityDialog

#: driver: fast and task-oriented
DRIVER_KEYS = {
    "speaks_fast": "1",
    "decides_on_the_spot": "1",
    "impatient_with_detail": "1",
    "measured_pace": "2",
    "takes_time_to_decide": "2",
    "consults_others_first": "0",
    "personal_talk": "2",
    "shows_feelings": "2",
    "office_personal": "0",
    "asks_for_data": "1",
    "keeps_to_business": "1",
    "reserved_manner": "1",
}


def _contact(store, **contact) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as session:
        account_id = create_account(session, AccountInput(name="比亚迪股份有限公司")).ids[0]
        contact_id = create_contact(
            session, account_id, ContactInput(name="王总", title="总经理", **contact)
        ).ids[0]
    return account_id, contact_id


def _opened(qtbot, data_context, settings, contact_id):  # type: ignore[no-untyped-def]
    dialog = PersonalityDialog(data_context, settings, contact_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5_000):
        dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type_answers(qtbot, dialog, keys: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Answers row by row with the keys, as a rep does: each key moves to the next row."""
    for item in assessment_checklist():
        focused = QApplication.focusWidget()
        assert focused is not None and getattr(focused, "item", None) is not None
        assert focused.item.id == item.id  # type: ignore[attr-defined]
        qtbot.keyClick(focused, keys.get(item.id, "0"))


def test_keys_answer_the_checklist_and_the_result_follows_live(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, wait_idle
) -> None:
    _account_id, contact_id = _contact(store)
    dialog = _opened(qtbot, data_context, Settings(rep_name="李雷"), contact_id)
    assert "Not assessed yet" in dialog.current_label.text()
    assert dialog.result_style.text() == "Not assessed yet"
    first = dialog.rows[0]
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, "1")  # speaks fast: seen
    assert dialog.answers() == {"speaks_fast": True}
    assert QApplication.focusWidget() is dialog.rows[1]
    # Only the pace is known: the other axis is undecided.
    assert dialog.result_style.text() == "Undecided"
    assert "1 observation" in dialog.result_confidence.text()
    assert "not clear yet" in dialog.result_confidence.text()
    assert "balanced" not in dialog.result_axes.text()
    assert "nothing observed yet" in dialog.result_axes.text()
    # Up goes back, 0 takes the answer back.
    qtbot.keyClick(dialog.rows[1], Qt.Key.Key_Up)
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, "0")
    assert dialog.answers() == {}
    qtbot.keyClick(dialog.rows[1], Qt.Key.Key_Up)
    # Two observations, one per axis: a driver, with low confidence.
    qtbot.keyClick(QApplication.focusWidget(), "1")
    dialog.answer("asks_for_data", True)
    assert dialog.result_style.text() == "Driver"
    confidence = dialog.result_confidence.text()  # "2 observations: low confidence. ..."
    assert confidence.startswith("2 observation") and ": low confidence." in confidence
    assert "Speaks quickly" in dialog.evidence_label.text()
    assert "(new)" in dialog.evidence_label.text()


def test_an_assessment_through_the_dialog_is_saved_with_its_evidence(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, wait_idle
) -> None:
    account_id, contact_id = _contact(store)
    visit_start = datetime.now(UTC) - timedelta(days=2)
    with store.unit_of_work() as session:
        visit_id = plan_visit(
            session,
            VisitPlan(
                account_id=account_id,
                start=visit_start,
                end=visit_start + timedelta(hours=1),
                contact_ids=(contact_id,),
                place="深圳坪山",
            ),
            now=visit_start - timedelta(days=1),
        ).ids[0]
    dialog = _opened(qtbot, data_context, Settings(rep_name="李雷"), contact_id)
    assert dialog.source_combo.count() == 2
    dialog.source_combo.setCurrentIndex(1)
    assert "深圳坪山" in dialog.source_combo.currentText()
    dialog.rows[0].setFocus()
    _type_answers(qtbot, dialog, DRIVER_KEYS)
    assert dialog.result_style.text() == "Driver"
    assert "high confidence" in dialog.result_confidence.text()
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter saves
    wait_idle()
    assert not dialog.isVisible()
    with store.reading() as session:
        view = contact_style(session, contact_id)
    assert view.style == "driver" and view.level == "high"
    assert view.evidence.observations == 10  # the two "don't know" are not kept
    assert view.evidence.visit_ids == (visit_id,)
    assert view.evidence.first_at is not None
    assert abs((view.evidence.first_at - visit_start).total_seconds()) < 1


def test_the_rep_overrides_with_a_reason_and_can_give_it_up(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, wait_idle
) -> None:
    _account_id, contact_id = _contact(store)
    dialog = _opened(qtbot, data_context, Settings(), contact_id)
    dialog.answer("speaks_fast", True)
    dialog.answer("asks_for_data", True)
    qtbot.mouseClick(dialog.override_check, Qt.MouseButton.LeftButton)
    dialog.override_combo.setCurrentIndex(dialog.override_combo.findData("amiable"))
    dialog.reason_edit.setText("他跟我说话时一直很慢，只是那天赶时间")
    assert dialog.result_style.text() == "Amiable (chosen by you)"
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.accept()
    with store.reading() as session:
        view = contact_style(session, contact_id)
    assert view.style == "amiable" and view.computed_style == "driver"
    assert view.override is not None and view.override.reason.startswith("他跟我")

    again = _opened(qtbot, data_context, Settings(), contact_id)
    assert again.override_check.isChecked()
    assert again.reason_edit.text().startswith("他跟我")
    again.override_check.setChecked(False)
    with qtbot.waitSignal(again.saved, timeout=5_000):
        again.accept()
    with store.reading() as session:
        assert contact_style(session, contact_id).style == "driver"


def test_nothing_answered_says_so_and_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, wait_idle
) -> None:
    _account_id, contact_id = _contact(store)
    dialog = _opened(qtbot, data_context, Settings(), contact_id)
    dialog.accept()
    assert dialog.isVisible()
    assert "Answer at least one behaviour" in dialog.save_error.text()
    with store.reading() as session:
        assert contact_style(session, contact_id).status == "not_assessed"


def test_a_refused_reason_shows_at_the_choice_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, wait_idle
) -> None:
    _account_id, contact_id = _contact(store)
    dialog = _opened(qtbot, data_context, Settings(), contact_id)
    dialog.answer("speaks_fast", True)
    dialog.override_check.setChecked(True)
    dialog.reason_edit.setText("太长" * 600)
    dialog.accept()
    wait_idle()
    qtbot.waitUntil(lambda: dialog.override_error.isVisible(), timeout=5_000)
    assert "1000" in dialog.override_error.text()
    assert dialog.isVisible()
    with store.reading() as session:
        # the answers were rolled back with the refused choice
        assert contact_style(session, contact_id).status == "not_assessed"


def test_a_recheck_is_asked_for_when_new_observations_disagree(  # type: ignore[no-untyped-def]
    qtbot, data_context, store, wait_idle
) -> None:
    _account_id, contact_id = _contact(store)
    earlier = datetime.now(UTC) - timedelta(days=30)
    with store.unit_of_work() as session:
        record_observations(
            session,
            contact_id,
            [
                Observation(b, True, earlier)
                for b in (
                    "speaks_fast",
                    "decides_on_the_spot",
                    "asks_for_data",
                    "keeps_to_business",
                )
            ],
            checklist=True,
            now=earlier,
        )
        record_observations(
            session,
            contact_id,
            [
                Observation(b, True, earlier + timedelta(days=10))
                for b in ("measured_pace", "takes_time_to_decide")
            ],
            now=earlier + timedelta(days=10),
        )
    dialog = _opened(qtbot, data_context, Settings(), contact_id)
    assert dialog.recheck_label.isVisible()
    assert "disagree" in dialog.recheck_label.text()


def test_the_reps_own_style_gives_new_settings(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(rep_name="李雷")
    dialog = PersonalityDialog(None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.source_box.isVisible()
    assert dialog.windowTitle() == "Your own style"
    # About oneself the answers are yes and no, as the instructions say.
    assert "1 yes, 2 no, 0 don't know" in dialog.intro_label.text()
    first = dialog.rows[0].buttons
    assert [first[a].text() for a in (True, False, None)] == ["1 Yes", "2 No", "0 Don't know"]
    for behaviour in ("speaks_fast", "decides_on_the_spot", "personal_talk", "shows_feelings"):
        dialog.answer(behaviour, True)
    assert dialog.result_style.text() == "Actor"
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.accept()
    new = saved.args[0]
    assert isinstance(new, Settings)
    assert new.rep_name == "李雷"
    view = rep_style(new)
    assert view.style == "actor" and view.evidence.observations == 4
    assert settings.rep_personality == {}  # the settings given are left as they were

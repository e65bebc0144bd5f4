"""At start-up: report text left in the draft journal by a kamdesk that closed unexpectedly.

:func:`recover_drafts_at_start` runs once the data directory is open. On the
database worker, in one unit of work, it saves every journal whose visit's
report has not changed since the typing began
(:func:`kamdesk.services.drafts.recover_drafts`); once that is committed it
removes those journals and tells the rep what happened: what was recovered
and saved, what was kept because the report changed since (the rep chooses in
the visit's editor, which it offers to open), what belonged to a deleted
visit (kept in a file), and which journal could not be read (set aside).
Journals of visits whose editor is open are left to that editor.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kamdesk.ui.messages import MessageBoxes, describe_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.drafts import DraftRecovery
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskContext, TaskHandle


def _when(moment: datetime | None, zone: str) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(zone))
    if local.date() == datetime.now(ZoneInfo(zone)).date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def describe_recoveries(recoveries: list[DraftRecovery], zone: str) -> list[str]:
    """One sentence for the rep per journal found (none for one already saved)."""
    from kamdesk.services.drafts import Outcome

    lines = []
    for found in recoveries:
        when = _when(found.written_at, zone)
        name = found.account_name or found.visit_id
        if found.outcome is Outcome.APPLY:
            text = QCoreApplication.translate(
                "DraftRecovery",
                "Visit to %1: what you typed before kamdesk closed unexpectedly at %2 was "
                "recovered and saved.",
            )
        elif found.outcome is Outcome.CONFLICT:
            text = QCoreApplication.translate(
                "DraftRecovery",
                "Visit to %1: what you typed before kamdesk closed unexpectedly at %2 is kept but "
                "not saved, because the report was changed elsewhere since. Open the visit to "
                "choose which to keep.",
            )
        elif found.outcome is Outcome.DELETED:
            text = QCoreApplication.translate(
                "DraftRecovery",
                "Visit to %1 was deleted; what you typed in it before kamdesk closed "
                "unexpectedly at %2 is kept in %3.",
            )
        elif found.outcome is Outcome.BROKEN:
            text = QCoreApplication.translate(
                "DraftRecovery", "A copy of a visit report that could not be read was moved to %3."
            )
        else:
            continue
        lines.append(
            text.replace("%1", name).replace("%2", when).replace("%3", str(found.path or ""))
        )
    return lines


def recover_drafts_at_start(
    window: QWidget,
    data: DataContext,
    zone: str,
    open_visit: Callable[[str], object] | None = None,
) -> TaskHandle | None:
    """Recovers the journals left over (see the module's docstring); call once the store is open.

    Args:
        window: where the message goes.
        zone: the rep's time zone, for the times said.
        open_visit: opens a visit's editor; offered for reports changed since.

    Returns:
        The task, or None when there is no journal at all (nothing runs).
    """
    from kamdesk.services.drafts import DraftJournal

    journal = DraftJournal.of(data.paths)
    if next(journal.paths(), None) is None:
        return None  # the usual start: no file, no task
    from kamdesk.ui.visit_editor import open_editors

    skip = frozenset(editor.visit_id for editor in open_editors())

    def work(session: Session, ctx: TaskContext) -> list[DraftRecovery]:
        from kamdesk.services.drafts import recover_drafts

        return recover_drafts(session, journal, skip)

    def done(recoveries: list[DraftRecovery]) -> None:
        from kamdesk.services.drafts import Outcome, settle_recoveries

        settle_recoveries(journal, recoveries)
        if any(found.outcome is Outcome.APPLY for found in recoveries):
            data.data_changed.emit()
        lines = describe_recoveries(recoveries, zone)
        if not lines:
            return
        title = QCoreApplication.translate("DraftRecovery", "Recovered what you typed")
        text = "\n\n".join(lines)
        held = [found.visit_id for found in recoveries if found.outcome is Outcome.CONFLICT]
        if held and open_visit is not None:
            if MessageBoxes.confirm(
                window,
                title,
                text,
                QCoreApplication.translate("DraftRecovery", "Open the visits now"),
            ):
                for visit_id in held:
                    open_visit(visit_id)
        else:
            MessageBoxes.information(window, title, text)

    def failed(error: BaseException) -> None:
        MessageBoxes.warning(
            window,
            QCoreApplication.translate("DraftRecovery", "Recovered what you typed"),
            QCoreApplication.translate(
                "DraftRecovery",
                "What you typed before kamdesk closed unexpectedly could not be saved: %1\n"
                "It is kept and offered again when you open the visit.",
            ).replace("%1", describe_error(error)),
        )

    return data.write(
        work,
        label=QCoreApplication.translate("DraftRecovery", "Recovering what you typed"),
        on_done=done,
        on_error=failed,
    )

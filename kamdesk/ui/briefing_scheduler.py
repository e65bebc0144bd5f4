"""The briefing that pops up by itself N minutes before a planned visit.

:class:`BriefingScheduler` asks :func:`kamdesk.services.briefing.due_briefings`
at every tick of a QTimer (its interval is a parameter) which planned visits
start within the next ``Settings.briefing_lead_minutes`` (0 turns it off), and
shows each one's briefing once: the check runs on the database worker, which
also keeps what was shown in the data directory
(:mod:`kamdesk.services.briefing_shown`), so a restart does not pop it again.

When the main window is visible the briefing window opens; when it is hidden
or minimised a system-tray message says which visit is near, and clicking it
opens the briefing. Where the desktop has no system tray, the window opens.

The clock is a ``now`` callable, so tests move a fake clock and call
:meth:`BriefingScheduler.check` themselves; nothing sleeps.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.settings import Settings
    from kamdesk.ui.data_context import DataContext
    from kamdesk.ui.tasks import TaskHandle

#: The default lead, for settings that do not have the field yet.
DEFAULT_LEAD_MINUTES = 30
#: How often the scheduler looks (a visit pops within this of its moment).
CHECK_INTERVAL_MS = 30_000
#: How long the tray message stays.
TRAY_MESSAGE_MS = 20_000
#: How far ahead "the next visit" is looked for.
NEXT_VISIT_HORIZON = timedelta(days=60)


class Tray(Protocol):
    """What the scheduler needs of a tray icon (QSystemTrayIcon, or a fake in tests)."""

    messageClicked: Any  # a signal without arguments

    def showMessage(self, title: str, message: str, icon: Any, msecs: int) -> None: ...

    def show(self) -> None: ...


def lead_minutes(settings: Settings) -> int:
    """``settings.briefing_lead_minutes`` (30 for settings without the field); 0 is off."""
    value = getattr(settings, "briefing_lead_minutes", DEFAULT_LEAD_MINUTES)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _due_unshown(
    session: Session, settings: Settings, now: datetime, lead: int, state: Any
) -> list[tuple[str, datetime, str]]:
    """On the database worker: the due visits not shown yet, marked shown, with their account."""
    from kamdesk.services.briefing import due_briefings
    from kamdesk.services.briefing_shown import take_unshown
    from kamdesk.services.visits import visit_detail

    fresh = take_unshown(state, due_briefings(session, settings, now, lead), now)
    return [
        (visit_id, start, visit_detail(session, visit_id).account_name) for visit_id, start in fresh
    ]


def next_visit_id(session: Session, now: datetime) -> str | None:
    """The planned visit that starts next (or has begun and not ended), or None."""
    from kamdesk.services.visits import visits_between

    for visit in visits_between(session, now - timedelta(days=1), now + NEXT_VISIT_HORIZON):
        if visit.status == "planned" and visit.end > now:
            return visit.id
    return None


class BriefingScheduler(QObject):
    """Pops each planned visit's briefing once, ``briefing_lead_minutes`` before it.

    Args:
        data: the data directory; nothing is checked until it is open.
        settings_getter: the settings in force (read at every check).
        window: the main window: visible, the briefing opens; hidden or
            minimised, the tray says it.
        now: the clock (aware datetimes); the real one by default.
        interval_ms: how often :meth:`check` runs once started.
        tray: the tray icon to use; by default a QSystemTrayIcon when the
            desktop has a tray, else none (the window opens instead).
        opener: opens a visit's briefing; by default :func:`open_briefing`
            on ``window``.

    Signals:
        popped(str, str): a briefing popped up: the visit's id and how
            (``window`` or ``tray``).
    """

    popped = Signal(str, str)

    def __init__(
        self,
        data: DataContext,
        settings_getter: Callable[[], Settings],
        window: QWidget | None,
        *,
        now: Callable[[], datetime] | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        tray: Tray | None = None,
        opener: Callable[[str], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._settings = settings_getter
        self._window = window
        self._now = now or (lambda: datetime.now(UTC))
        self._opener = opener or self._open
        self._tray: Tray | None = tray
        self._tray_made = tray is not None
        self._tray_visit: str | None = None
        self._checking = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        if tray is not None:
            tray.messageClicked.connect(self._on_tray_clicked)

    @property
    def state_path(self) -> Any:
        from kamdesk.services.briefing_shown import FILE_NAME

        return self._data.paths.root / FILE_NAME

    def start(self) -> None:
        """Checks now, then at every interval."""
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> TaskHandle | None:
        """Looks for visits due (on the database worker); pops the new ones when it answers.

        Returns the task, or None when nothing is looked for (data not open,
        the lead is 0, or a check is still on its way).
        """
        lead = lead_minutes(self._settings())
        if lead <= 0 or self._checking or not self._data.is_open or self._data.closing:
            return None
        settings, now, state = self._settings(), self._now(), self.state_path
        handle = self._data.read(
            lambda session: _due_unshown(session, settings, now, lead, state),
            label=self.tr("Looking for visits about to start"),
            on_done=self._on_due,
            on_error=self._on_failed,
        )
        self._checking = handle is not None
        return handle

    def _on_failed(self, _error: BaseException) -> None:
        # Logged by the task runner; the next tick tries again.
        self._checking = False

    def _on_due(self, due: list[tuple[str, datetime, str]]) -> None:
        self._checking = False
        if not shiboken6.isValid(self):
            return
        for visit_id, start, account in due:
            self.pop(visit_id, start, account)

    def window_hidden(self) -> bool:
        """True when the main window is not on screen (hidden or minimised)."""
        window = self._window
        if window is None or not shiboken6.isValid(window):
            return True
        return window.isHidden() or window.isMinimized()

    def tray(self) -> Tray | None:
        """The tray icon, made when first needed; None where the desktop has no tray."""
        if not self._tray_made:
            self._tray_made = True
            if QSystemTrayIcon.isSystemTrayAvailable():
                from kamdesk.ui.icons import app_icon

                icon = QSystemTrayIcon(app_icon(), self)
                icon.setToolTip("kamdesk")
                icon.messageClicked.connect(self._on_tray_clicked)
                self._tray = icon
        return self._tray

    def pop(self, visit_id: str, start: datetime, account: str) -> None:
        """Shows ``visit_id``'s briefing: the window, or a tray message when hidden."""
        tray = self.tray() if self.window_hidden() else None
        if tray is None:
            self._opener(visit_id)
            self.popped.emit(visit_id, "window")
            return
        minutes = max(0, int((start - self._now()).total_seconds() // 60))
        tray.show()
        self._tray_visit = visit_id
        tray.showMessage(
            self.tr("Visit in %n minute(s)", "", minutes),
            self.tr("%1 at %2. Click to read the briefing.")
            .replace("%1", account)
            .replace("%2", start.strftime("%H:%M")),
            QSystemTrayIcon.MessageIcon.Information,
            TRAY_MESSAGE_MS,
        )
        self.popped.emit(visit_id, "tray")

    def _on_tray_clicked(self) -> None:
        if self._tray_visit is None:
            return
        visit_id, self._tray_visit = self._tray_visit, None
        window = self._window
        if window is not None and shiboken6.isValid(window) and window.isMinimized():
            # The rep wants kamdesk back, with the briefing on top.
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
        self._opener(visit_id)

    def _open(self, visit_id: str) -> None:
        from kamdesk.ui.briefing_window import open_briefing

        open_briefing(self._window, self._data, self._settings, visit_id, now=self._now)

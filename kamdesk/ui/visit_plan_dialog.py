"""The plan-visit dialog: plan a visit with an account's people, or change a visit's plan.

The rep picks the account in a search field (the accounts matching what is
typed are offered as it is typed, :func:`kamdesk.services.search.search`),
ticks the attendees among its contacts, sets the start and the end (an hour
after the start unless changed), the place (the account's address unless
changed), the scenario and the objectives. Each field is checked as it is
typed by :func:`~kamdesk.services.visits.validate_visit_plan` and a wrong
field says so under it (:class:`~kamdesk.ui.form_parts.FieldErrors`).

Visits whose times overlap the one planned are listed under the time as
soon as the time is set: a warning, not a refusal (two colleagues may see
two people of one account one after the other).

Saving runs :func:`~kamdesk.services.visits.plan_visit` (or
``update_visit_plan``) on the database worker, in one unit of work; if the
service still refuses, its errors go to their fields and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.settings import Settings
from kamdesk.ui.account_search import readiness_text
from kamdesk.ui.data_context import DataContext
from kamdesk.ui.form_parts import (
    ERROR_COLOUR,
    FORM_STYLE,
    WARNING_COLOUR,
    FieldErrors,
    message_label,
)
from kamdesk.ui.messages import describe_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.errors import InvalidInput
    from kamdesk.services.accounts import AccountDetail, ValidationFailed
    from kamdesk.services.search import BuildProgress
    from kamdesk.services.visits import VisitDetail, VisitPlan, VisitSaved, VisitSummary

#: The role of a suggested account's id in the completer's model.
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role of an attendee's contact id in the attendees list.
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: How many accounts the search field suggests.
SUGGESTIONS = 20
SEARCH_DELAY_MS = 150
OVERLAP_DELAY_MS = 200
_DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
#: A wrong attendees list or time is framed like a wrong line edit.
_STYLE = FORM_STYLE + (
    f' QListWidget[invalid="true"], QDateTimeEdit[invalid="true"] '
    f"{{ border: 1px solid {ERROR_COLOUR}; border-radius: 3px; }}"
)


# -- on the database worker -----------------------------------------------------------------


def _suggest(session: Session, text: str) -> tuple[list[tuple[str, str]], BuildProgress | None]:
    """(id, name) of the accounts that match ``text``, best first; how far the index is."""
    from kamdesk.services.search import search

    results = search(session, text, SUGGESTIONS)
    seen: dict[str, str] = {}
    for hit in results.accounts:
        seen.setdefault(hit.account_id, hit.account_name)
    return list(seen.items()), results.preparing


def _account(session: Session, account_id: str) -> AccountDetail:
    from kamdesk.services.accounts import account_detail

    return account_detail(session, account_id)


def _visit_with_account(
    session: Session, visit_id: str
) -> tuple[VisitDetail, AccountDetail | None]:
    from kamdesk.errors import NotFound
    from kamdesk.services.visits import visit_detail

    detail = visit_detail(session, visit_id)
    try:
        account = _account(session, detail.account_id)
    except NotFound:
        account = None
    return detail, account


def _overlapping(
    session: Session, start: datetime, end: datetime, exclude_id: str | None
) -> list[VisitSummary]:
    from kamdesk.services.visits import overlapping

    return overlapping(session, start, end, exclude_id=exclude_id)


def _save(session: Session, visit_id: str | None, plan: VisitPlan) -> VisitSaved | ValidationFailed:
    """Plans or re-plans the visit; a refusal is returned, not raised (nothing was written)."""
    from kamdesk.services.accounts import ValidationFailed
    from kamdesk.services.visits import plan_visit, update_visit_plan

    try:
        if visit_id is None:
            return plan_visit(session, plan)
        return update_visit_plan(session, visit_id, plan)
    except ValidationFailed as refused:
        return refused


# -- helpers --------------------------------------------------------------------------------


def _qdatetime(moment: datetime, zone: ZoneInfo) -> QDateTime:
    local = moment.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _moment(edit: QDateTimeEdit, zone: ZoneInfo) -> datetime:
    day, clock = edit.date(), edit.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=zone)


def next_full_hour(now: datetime, zone: ZoneInfo) -> datetime:
    """The next full hour on the rep's clock (the default start of a new visit)."""
    local = now.astimezone(zone).replace(minute=0, second=0, microsecond=0)
    return local + timedelta(hours=1)


class VisitPlanDialog(QDialog):
    """Plan a new visit (``visit_id`` None) or change the plan of one.

    Args:
        data: the data directory.
        settings: the rep's settings (the time zone the times are typed in).
        account_id: the account to preset (a visit planned from an account).
        visit_id: the visit whose plan is changed.
        start: the start to preset for a new visit (default: the next full hour).

    Signals:
        loaded: the preset account (or the visit) and its contacts are shown.
        suggestions_shown: the accounts matching the search field are offered.
        overlaps_checked: the overlap warning under the time is up to date.
        saved(object): the visit was written; the service's ``VisitSaved``.
    """

    loaded = Signal()
    suggestions_shown = Signal()
    overlaps_checked = Signal()
    saved = Signal(object)

    def __init__(
        self,
        data: DataContext,
        settings: Settings,
        account_id: str | None = None,
        visit_id: str | None = None,
        start: datetime | None = None,
        parent: QWidget | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitPlanDialog")
        self.setStyleSheet(_STYLE)
        self._data = data
        self._zone = ZoneInfo(settings.timezone)
        self._visit_id = visit_id
        self._account_id: str | None = None
        self._account_name = ""
        self._address = ""
        self._saving = False
        self._search_generation = 0
        self._account_generation = 0
        self._overlap_generation = 0
        self._length = timedelta(hours=1)
        self.overlaps: list[VisitSummary] = []
        self.errors = FieldErrors(self._check, self)

        self.account_edit = QLineEdit(self)
        self.account_edit.setObjectName("visitAccountEdit")
        self.account_edit.setClearButtonEnabled(True)
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        # The service has already matched (pinyin, initials, short names): show all it found.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.account_edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._on_suggestion_activated)
        self.account_edit.textEdited.connect(self._on_account_text_edited)
        #: Says when nothing matches, or that the search is still being prepared.
        self.account_note = QLabel(self)
        self.account_note.setObjectName("visitAccountNote")
        self.account_note.setWordWrap(True)
        self.account_note.setEnabled(False)
        self.account_note.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)

        self.attendees = QListWidget(self)
        self.attendees.setObjectName("visitAttendees")
        self.attendees.setMinimumHeight(84)
        self.attendees.setMaximumHeight(150)
        self.attendees.itemChanged.connect(lambda _item: self.errors.touch("contact_ids"))
        self.attendees_note = QLabel(self)
        self.attendees_note.setObjectName("visitAttendeesNote")
        self.attendees_note.setWordWrap(True)
        self.attendees_note.setEnabled(False)

        start = start or next_full_hour(now or datetime.now(UTC), self._zone)
        self.start_edit = QDateTimeEdit(self)
        self.start_edit.setObjectName("visitStartEdit")
        self.end_edit = QDateTimeEdit(self)
        self.end_edit.setObjectName("visitEndEdit")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(_DATE_TIME_FORMAT)
        self.start_edit.setDateTime(_qdatetime(start, self._zone))
        self.end_edit.setDateTime(_qdatetime(start + self._length, self._zone))
        self.start_edit.dateTimeChanged.connect(self._on_start_changed)
        self.end_edit.dateTimeChanged.connect(self._on_end_changed)
        self.to_label = QLabel("–", self)
        time_row = QWidget(self)
        time_layout = QHBoxLayout(time_row)
        time_layout.setContentsMargins(0, 0, 0, 0)
        time_layout.addWidget(self.start_edit, 1)
        time_layout.addWidget(self.to_label)
        time_layout.addWidget(self.end_edit, 1)
        self.overlap_label = message_label(self, WARNING_COLOUR)
        self.overlap_label.setObjectName("visitOverlaps")
        self._overlap_timer = QTimer(self)
        self._overlap_timer.setSingleShot(True)
        self._overlap_timer.setInterval(OVERLAP_DELAY_MS)
        self._overlap_timer.timeout.connect(self._check_overlaps)

        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("visitPlaceEdit")
        self.scenario_combo = QComboBox(self)
        self.scenario_combo.setObjectName("visitScenarioCombo")
        self.objectives_edit = QPlainTextEdit(self)
        self.objectives_edit.setObjectName("visitObjectivesEdit")
        self.objectives_edit.setTabChangesFocus(True)
        self.objectives_edit.setMinimumHeight(72)

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        account = self.errors.add("account_id", self.account_edit)
        account.layout().addWidget(self.account_note)
        self._add_row(form, "account_id", account, self.account_edit)
        attendees = self.errors.add("contact_ids", self.attendees)
        attendees.layout().addWidget(self.attendees_note)
        self._add_row(form, "contact_ids", attendees, self.attendees)
        start_field = self.errors.add("start", self.start_edit, time_row)
        no_row = QWidget(self)
        no_row.setFixedHeight(0)
        end_message = self.errors.add("end", self.end_edit, no_row)
        # The end's message sits under the start's, both under the one time row.
        start_field.layout().addWidget(end_message)
        start_field.layout().addWidget(self.overlap_label)
        self._add_row(form, "start", start_field, self.start_edit)
        self._add_row(form, "place", self.errors.add("place", self.place_edit))
        self._add_row(form, "scenario", self.errors.add("scenario", self.scenario_combo))
        self._add_row(form, "objectives", self.errors.add("objectives", self.objectives_edit))

        self.save_error = message_label(self)
        self.save_error.setObjectName("saveError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.ok_button.setAutoDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)

        self.retranslate()
        self._show_attendees(None)
        self.setMinimumWidth(520)
        self.resize(max(580, self.sizeHint().width()), self.sizeHint().height())
        if visit_id is not None:
            self._set_busy(True)
            self._data.read(
                lambda session: _visit_with_account(session, visit_id),
                label=self.tr("Loading the visit"),
                on_done=self._on_visit_loaded,
                on_error=self._on_load_failed,
            )
        elif account_id is not None:
            self.choose_account(account_id)
            self.attendees.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.account_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, self, self.loaded.emit)
        self._overlap_timer.start()

    def _add_row(
        self, form: QFormLayout, name: str, field: QWidget, buddy: QWidget | None = None
    ) -> None:
        label = QLabel(self)
        label.setBuddy(buddy or field)
        self.labels[name] = label
        form.addRow(label, field)

    # -- state ----------------------------------------------------------------------------

    @property
    def visit_id(self) -> str | None:
        """The visit edited; for a new one, its id once saved."""
        return self._visit_id

    @property
    def account_id(self) -> str | None:
        """The account chosen (None while the field does not name one)."""
        return self._account_id

    def plan(self) -> VisitPlan:
        """The visit as the fields give it, for the service to check."""
        from kamdesk.services.visits import VisitPlan

        return VisitPlan(
            account_id=self._account_id or "",
            contact_ids=tuple(self.checked_contacts()),
            start=_moment(self.start_edit, self._zone),
            end=_moment(self.end_edit, self._zone),
            place=self.place_edit.text(),
            scenario=self.scenario_combo.currentData() or "",
            objectives=self.objectives_edit.toPlainText(),
        )

    def checked_contacts(self) -> list[str]:
        ids = []
        for row in range(self.attendees.count()):
            item = self.attendees.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(CONTACT_ID_ROLE)))
        return ids

    def set_checked(self, contact_ids: Sequence[str]) -> None:
        """Ticks exactly ``contact_ids`` among the account's contacts."""
        wanted = set(contact_ids)
        for row in range(self.attendees.count()):
            item = self.attendees.item(row)
            if item is not None:
                checked = item.data(CONTACT_ID_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _check(self) -> list[InvalidInput]:
        from kamdesk.services.visits import validate_visit_plan

        errors = validate_visit_plan(self.plan())
        if self._account_id is None and self.account_edit.text().strip():
            # Text typed but no account picked: say what to do, not just "choose".
            errors = [e for e in errors if e.where != "account_id"]
            from kamdesk.errors import InvalidInput

            errors.insert(
                0,
                InvalidInput("account_id", self.tr("Pick the account from the list of matches.")),
            )
        return errors

    # -- the account ----------------------------------------------------------------------

    def _on_account_text_edited(self, text: str) -> None:
        if self._account_id is not None and text != self._account_name:
            self._account_id = None
            self._account_generation += 1
            self._show_attendees(None)
        self._search_timer.start()

    def _search(self) -> None:
        text = self.account_edit.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        if not text or not self._data.is_open:
            self._show_suggestions(generation, text, ([], None))
            return
        self._data.read(
            lambda session: _suggest(session, text),
            label=self.tr("Looking for accounts"),
            on_done=lambda found: self._show_suggestions(generation, text, found),
            on_error=lambda _error: None,
        )

    def _show_suggestions(
        self,
        generation: int,
        text: str,
        answer: tuple[list[tuple[str, str]], BuildProgress | None],
    ) -> None:
        if not shiboken6.isValid(self) or generation != self._search_generation:
            return
        found, preparing = answer
        self._show_account_note(text, found, preparing)
        self.suggestions.clear()
        for account_id, name in found:
            item = QStandardItem(name)
            item.setData(account_id, ACCOUNT_ID_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        exact = [(a, n) for a, n in found if n == text]
        if len(exact) == 1 and self._account_id is None:
            self.choose_account(*exact[0])  # typed in full: no need to pick it
        elif found and self._account_id is None and self.account_edit.hasFocus():
            self.completer.complete()
        self.suggestions_shown.emit()

    def _show_account_note(
        self, text: str, found: list[tuple[str, str]], preparing: BuildProgress | None
    ) -> None:
        note = readiness_text(preparing) if text else ""
        if text and not found and self._account_id is None:
            nothing = self.tr("No account matches “%1”.").replace("%1", text)
            note = f"{nothing}\n{note}" if note else nothing
        self.account_note.setText(note)
        self.account_note.setVisible(bool(note))

    def _on_suggestion_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        account_id = index.data(ACCOUNT_ID_ROLE)
        if isinstance(account_id, str):
            self.choose_account(account_id, str(index.data(Qt.ItemDataRole.DisplayRole)))

    def choose_account(self, account_id: str, name: str = "") -> None:
        """Takes ``account_id`` as the visit's account and lists its contacts."""
        self._account_id = account_id
        self._account_generation += 1
        generation = self._account_generation
        if name:
            self._account_name = name
            self.account_edit.setText(name)
        self.errors.touch("account_id")
        self._data.read(
            lambda session: _account(session, account_id),
            label=self.tr("Loading the account"),
            on_done=lambda detail: self._on_account_loaded(generation, detail),
            on_error=self._on_load_failed,
        )

    def _on_account_loaded(self, generation: int, detail: AccountDetail) -> None:
        if not shiboken6.isValid(self) or generation != self._account_generation:
            return
        self._account_name = detail.name
        self.account_edit.setText(detail.name)
        self.account_edit.setCursorPosition(0)
        place = self.place_edit.text().strip()
        if not place or place == self._address:
            self.place_edit.setText(detail.address)
            self.place_edit.setCursorPosition(0)
        self._address = detail.address
        contacts = [(c.id, c.name, c.title, False) for c in detail.contacts]
        self._show_attendees(contacts)
        if len(contacts) == 1:
            self.set_checked([contacts[0][0]])
        self.errors.check_now()
        self.loaded.emit()

    def _show_attendees(self, contacts: Sequence[tuple[str, str, str, bool]] | None) -> None:
        """Lists ``(id, name, title, deleted)`` to tick; None: no account chosen yet."""
        checked = set(self.checked_contacts())
        self.attendees.blockSignals(True)
        self.attendees.clear()
        for contact_id, name, title, deleted in contacts or ():
            text = f"{name} · {title}" if title else name
            if deleted:
                text = self.tr("%1 (deleted)").replace("%1", text)
            item = QListWidgetItem(text, self.attendees)
            item.setData(CONTACT_ID_ROLE, contact_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if contact_id in checked else Qt.CheckState.Unchecked
            )
        self.attendees.blockSignals(False)
        if contacts is None:
            note = self.tr("Choose the account first; its contacts are listed here.")
        elif not contacts:
            note = self.tr("This account has no contacts yet: add one on the Accounts page.")
        else:
            note = self.tr("Tick the people you will meet (Space ticks the selected one).")
        self.attendees_note.setText(note)
        if contacts and self.attendees.currentRow() < 0:
            self.attendees.setCurrentRow(0)

    # -- editing an existing visit --------------------------------------------------------

    def _on_visit_loaded(self, loaded: tuple[VisitDetail, AccountDetail | None]) -> None:
        if not shiboken6.isValid(self):
            return
        detail, account = loaded
        self._set_busy(False)
        self._account_id = detail.account_id
        self._account_name = detail.account_name
        self.account_edit.setText(detail.account_name)
        self.account_edit.setCursorPosition(0)
        self._address = account.address if account is not None else ""
        live = {c.id for c in account.contacts} if account is not None else set()
        contacts = [(c.id, c.name, c.title, False) for c in account.contacts] if account else []
        for attendee in detail.attendees:
            if attendee.contact_id not in live:
                contacts.append((attendee.contact_id, attendee.name, attendee.title, True))
        self._show_attendees(contacts)
        self.set_checked([a.contact_id for a in detail.attendees])
        end = detail.end or detail.start + timedelta(hours=1)
        self._length = end - detail.start
        self.start_edit.blockSignals(True)
        self.start_edit.setDateTime(_qdatetime(detail.start, self._zone))
        self.start_edit.blockSignals(False)
        self.end_edit.setDateTime(_qdatetime(end, self._zone))
        self.place_edit.setText(detail.place)
        self.place_edit.setCursorPosition(0)
        self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(detail.scenario)))
        self.objectives_edit.setPlainText(detail.objectives)
        self._overlap_timer.start()
        self.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.save_error.setText(describe_error(error))
        self.save_error.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    # -- the time and its overlaps --------------------------------------------------------

    def _on_start_changed(self, _value: QDateTime) -> None:
        # The end moves with the start, keeping the visit's length.
        start = _moment(self.start_edit, self._zone)
        self.end_edit.blockSignals(True)
        self.end_edit.setDateTime(_qdatetime(start + self._length, self._zone))
        self.end_edit.blockSignals(False)
        self.errors.touch("start")
        self._overlap_timer.start()

    def _on_end_changed(self, _value: QDateTime) -> None:
        length = _moment(self.end_edit, self._zone) - _moment(self.start_edit, self._zone)
        if length > timedelta(0):
            self._length = length
        self.errors.touch("end")
        self._overlap_timer.start()

    def _check_overlaps(self) -> None:
        start, end = _moment(self.start_edit, self._zone), _moment(self.end_edit, self._zone)
        self._overlap_generation += 1
        generation = self._overlap_generation
        if end <= start or not self._data.is_open:
            self._show_overlaps(generation, [])
            return
        exclude = self._visit_id
        self._data.read(
            lambda session: _overlapping(session, start, end, exclude),
            label=self.tr("Looking for visits at the same time"),
            on_done=lambda found: self._show_overlaps(generation, found),
            on_error=lambda _error: None,
        )

    def _show_overlaps(self, generation: int, found: list[VisitSummary]) -> None:
        if not shiboken6.isValid(self) or generation != self._overlap_generation:
            return
        from kamdesk.services.calls import scenario_label
        from kamdesk.ui.visits_page import WARNING_SIGN, time_span

        self.overlaps = list(found)
        lines = []
        for visit in found:
            lines.append(
                self.tr("%1 Overlaps %2 %3 (%4)")
                .replace("%1", WARNING_SIGN)
                .replace("%2", time_span(visit, self._zone))
                .replace("%3", visit.account_name)
                .replace("%4", scenario_label(visit.scenario))
            )
        self.overlap_label.setText("\n".join(lines))
        self.overlap_label.setVisible(bool(lines))
        self.overlaps_checked.emit()

    # -- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        """OK: saves if every field is right; otherwise shows what is wrong, where."""
        if self._saving or not self.ok_button.isEnabled():
            return
        first = self.errors.show_all()
        if first is not None:
            return
        plan = self.plan()
        visit_id = self._visit_id
        handle = self._data.write(
            lambda session, _ctx: _save(session, visit_id, plan),
            label=self.tr("Saving the visit"),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
        )
        if handle is not None:
            self._saving = True
            self.ok_button.setEnabled(False)

    def reject(self) -> None:
        """Cancel (Esc); not while saving: the visit may be written already."""
        if not self._saving:
            super().reject()

    def _on_saved(self, result: object) -> None:
        if not shiboken6.isValid(self):
            return
        from kamdesk.services.accounts import ValidationFailed

        self._saving = False
        self.ok_button.setEnabled(True)
        if isinstance(result, ValidationFailed):
            self.errors.show_all(result.errors)
            return
        visit_id = getattr(result, "visit_id", "")
        if self._visit_id is None and visit_id:
            self._visit_id = visit_id
        self.saved.emit(result)
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.ok_button.setEnabled(True)
        self.save_error.setText(
            self.tr("The visit could not be saved: %1").replace("%1", describe_error(error))
        )
        self.save_error.setVisible(True)

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        from kamdesk.services.calls import SCENARIOS, scenario_label

        self.setWindowTitle(
            self.tr("Plan a visit") if self._visit_id is None else self.tr("Edit the visit plan")
        )
        titles = {
            "account_id": self.tr("&Account:"),
            "contact_ids": self.tr("A&ttendees:"),
            "start": self.tr("Ti&me:"),
            "place": self.tr("&Place:"),
            "scenario": self.tr("&Scenario:"),
            "objectives": self.tr("&Objectives:"),
        }
        for name, title in titles.items():
            self.labels[name].setText(title)
        self.account_edit.setPlaceholderText(self.tr("Type a name, short name or pinyin"))
        self.place_edit.setPlaceholderText(self.tr("The account's address unless you change it"))
        self.objectives_edit.setPlaceholderText(
            self.tr("What you want to achieve, e.g. present the new range, agree a trial order")
        )
        current = self.scenario_combo.currentData() or "existing_client"
        self.scenario_combo.clear()
        for scenario in SCENARIOS:
            self.scenario_combo.addItem(scenario_label(scenario), scenario)
        self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(current)))
        self.ok_button.setText(self.tr("Save"))


def open_visit_plan_dialog(
    parent: QWidget | None,
    data: DataContext,
    settings: Settings,
    *,
    account_id: str | None = None,
    visit_id: str | None = None,
    start: datetime | None = None,
) -> VisitPlanDialog:
    """Opens the dialog (window-modal, returns at once); connect ``saved`` to refresh."""
    dialog = VisitPlanDialog(data, settings, account_id, visit_id, start, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _settings_near(widget: QWidget | None, data: DataContext) -> Settings:
    """The settings in force: the window's (a parent that has ``settings``), else the file's."""
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, Settings):
            return settings
        widget = widget.parentWidget()
    from kamdesk.errors import InvalidInput
    from kamdesk.settings import load_settings

    try:
        return load_settings(data.paths.settings)
    except (InvalidInput, OSError):
        return Settings()


def edit_visit_plan(
    parent: QWidget | None,
    data: DataContext,
    visit_id: str,
    settings: Settings | None = None,
) -> VisitPlanDialog:
    """Opens the dialog on ``visit_id``'s plan (the visit editor's "Edit plan…").

    Once the plan is saved every page reloads (:attr:`DataContext.data_changed`).
    """
    dialog = open_visit_plan_dialog(
        parent, data, settings or _settings_near(parent, data), visit_id=visit_id
    )
    dialog.saved.connect(lambda _saved: data.data_changed.emit())
    return dialog

"""What a visit report prints, as plain data in the user's language.

:func:`report_data` reads one visit through :func:`kamdesk.services.visits.visit_detail`
and the rep's settings and turns everything into text: labels, dates in the
rep's time zone, scenario and status words. The renderer
(:mod:`kamdesk.reports.render`) only lays that text out, so it needs no
session, no settings and no translator, and can run on any thread.

What the report never holds: personality styles or any other assessment of a
person. :class:`~kamdesk.services.visits.VisitDetail` carries none, and this
module copies field by field rather than passing the detail through, so a
field added to the detail later does not reach the paper by accident.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kamdesk.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.visits import VisitDetail
    from kamdesk.settings import Settings

#: The highest satisfaction a visit can get.
SATISFACTION_MAX = 5
#: Longest account name kept in a file name (characters).
_FILE_NAME_ACCOUNT_CHARS = 60
_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


@dataclass(frozen=True)
class ReportLabels:
    """The fixed words of the report, in the report's language."""

    title: str
    date: str
    time: str
    place: str
    scenario: str
    status: str
    attendees: str
    name: str
    job_title: str
    objectives: str
    notes: str
    needs_found: str
    objections: str
    outcome: str
    promises: str
    promise: str
    due: str
    done: str
    promise_done: str
    promise_open: str
    next_steps: str
    satisfaction: str
    prepared_by: str
    signature: str
    signed_on: str
    not_recorded: str
    no_attendees: str
    no_promises: str
    #: "Page %1 of %2": %1 the page within the visit's report, %2 its page count.
    page: str


@dataclass(frozen=True)
class ReportPerson:
    """An attendee: name and job title, nothing else."""

    name: str
    title: str


@dataclass(frozen=True)
class ReportPromise:
    """A promise made at the visit: what, by when (a day, as text) and whether it is kept."""

    what: str
    due: str
    done: bool


@dataclass(frozen=True)
class ReportSection:
    """A heading and the text the rep typed under it (empty: nothing recorded)."""

    heading: str
    text: str


@dataclass(frozen=True)
class VisitReportData:
    """Everything one visit report prints, already in its language.

    ``language`` is ``zh_CN`` or ``en``: the language the labels and dates are in.
    ``logo_path`` may name a file that is gone by the time the report is
    drawn; the renderer then leaves the logo out.
    """

    visit_id: str
    language: str
    labels: ReportLabels
    company: str
    logo_path: str
    account_name: str
    industry: str
    address: str
    date_text: str
    time_text: str
    place: str
    scenario: str
    status: str
    attendees: tuple[ReportPerson, ...]
    objectives: ReportSection
    notes: ReportSection
    needs_found: ReportSection
    objections: ReportSection
    outcome: ReportSection
    promises: tuple[ReportPromise, ...]
    next_steps: ReportSection
    satisfaction: int | None
    rep_name: str
    signed_on: str
    #: The file name without ".pdf": day, account, "visit report".
    file_stem: str
    #: When the visit starts (UTC): batches are sorted by it.
    start: datetime

    @property
    def sections(self) -> tuple[ReportSection, ...]:
        """The typed sections before the promises, in the order they are printed."""
        return (self.objectives, self.notes, self.needs_found, self.objections, self.outcome)


def report_labels() -> ReportLabels:
    """The report's fixed words in the language messages are shown in now."""
    return ReportLabels(
        title=translate("reports", "Visit report"),
        date=translate("reports", "Date"),
        time=translate("reports", "Time"),
        place=translate("reports", "Place"),
        scenario=translate("reports", "Kind of visit"),
        status=translate("reports", "Status"),
        attendees=translate("reports", "Attendees"),
        name=translate("reports", "Name"),
        job_title=translate("reports", "Title"),
        objectives=translate("reports", "Objectives"),
        notes=translate("reports", "Notes"),
        needs_found=translate("reports", "Needs found"),
        objections=translate("reports", "Objections"),
        outcome=translate("reports", "Outcome"),
        promises=translate("reports", "Promises made"),
        promise=translate("reports", "Promise"),
        due=translate("reports", "Due"),
        done=translate("reports", "Done"),
        promise_done=translate("reports", "Kept"),
        promise_open=translate("reports", "Open"),
        next_steps=translate("reports", "Next steps"),
        satisfaction=translate("reports", "Satisfaction"),
        prepared_by=translate("reports", "Prepared by"),
        signature=translate("reports", "Signature"),
        signed_on=translate("reports", "Date"),
        not_recorded=translate("reports", "Nothing recorded."),
        no_attendees=translate("reports", "No attendees recorded."),
        no_promises=translate("reports", "No promises made."),
        page=translate("reports", "Page %1 of %2"),
    )


def _weekday(day: date) -> str:
    return (
        translate("reports", "Monday"),
        translate("reports", "Tuesday"),
        translate("reports", "Wednesday"),
        translate("reports", "Thursday"),
        translate("reports", "Friday"),
        translate("reports", "Saturday"),
        translate("reports", "Sunday"),
    )[day.weekday()]


def _month(day: date) -> str:
    return (
        translate("reports", "January"),
        translate("reports", "February"),
        translate("reports", "March"),
        translate("reports", "April"),
        translate("reports", "May"),
        translate("reports", "June"),
        translate("reports", "July"),
        translate("reports", "August"),
        translate("reports", "September"),
        translate("reports", "October"),
        translate("reports", "November"),
        translate("reports", "December"),
    )[day.month - 1]


def long_date(day: date) -> str:
    """``Monday, 5 January 2026`` / ``2026年1月5日 星期一``."""
    return (
        translate(
            "reports",
            "%4, %3 %5 %1",
            "a long date: %1 year, %2 month number, %3 day, %4 weekday, %5 month name",
        )
        .replace("%1", str(day.year))
        .replace("%2", str(day.month))
        .replace("%3", str(day.day))
        .replace("%4", _weekday(day))
        .replace("%5", _month(day))
    )


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    if moment.tzinfo is None:  # the store keeps naive UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone)


def time_span(start: datetime, end: datetime) -> str:
    """``09:30–11:00``; an end on another day carries its date."""
    if end.date() == start.date():
        return f"{start:%H:%M}–{end:%H:%M}"
    return f"{start:%H:%M} – {end:%Y-%m-%d %H:%M}"


def safe_file_stem(*parts: str) -> str:
    """Joins ``parts`` with ``_`` into a file name safe on Windows, macOS and Linux.

    Characters no file system takes (``<>:"/\\|?*``, control characters) become
    spaces, runs of spaces one, and leading or trailing dots and spaces go
    (Windows drops them silently).
    """
    cleaned = []
    for part in parts:
        text = unicodedata.normalize("NFC", part)
        text = _UNSAFE_IN_FILE_NAMES.sub(" ", text)
        text = " ".join(text.split()).strip(" .")
        if text:
            cleaned.append(text)
    return "_".join(cleaned) or "report"


def _account_for_file(name: str) -> str:
    name = name.strip()
    if len(name) > _FILE_NAME_ACCOUNT_CHARS:
        name = name[:_FILE_NAME_ACCOUNT_CHARS].rstrip()
    return name


def build_report_data(
    detail: VisitDetail, settings: Settings, today: date | None = None
) -> VisitReportData:
    """The report of ``detail`` with the rep's company, logo, name and time zone.

    Args:
        today: the date printed beside the signature (default: today in the
            rep's time zone).
    """
    from kamdesk.services.calls import scenario_label, visit_status_label
    from kamdesk.services.visits import content_language

    zone = ZoneInfo(settings.timezone)
    start = _local(detail.start, zone)
    end = _local(detail.end, zone)
    if today is None:
        today = datetime.now(zone).date()
    labels = report_labels()
    account = detail.account
    account_name = detail.account_name or (account.name if account is not None else "")
    attendees = tuple(ReportPerson(name=a.name, title=a.title) for a in detail.attendees)
    promises = tuple(
        ReportPromise(what=p.title, due=_local(p.due, zone).date().isoformat(), done=p.done)
        for p in detail.promises
    )
    return VisitReportData(
        visit_id=detail.id,
        language=content_language(),
        labels=labels,
        company=settings.company,
        logo_path=settings.logo_path,
        account_name=account_name,
        industry=account.industry if account is not None else "",
        address=account.address if account is not None else "",
        date_text=long_date(start.date()),
        time_text=time_span(start, end),
        place=detail.place,
        scenario=scenario_label(detail.scenario),
        status=_capitalized(visit_status_label(detail.status)),
        attendees=attendees,
        objectives=ReportSection(labels.objectives, detail.objectives),
        notes=ReportSection(labels.notes, detail.notes),
        needs_found=ReportSection(labels.needs_found, detail.needs_found),
        objections=ReportSection(labels.objections, detail.objections),
        outcome=ReportSection(labels.outcome, detail.outcome),
        promises=promises,
        next_steps=ReportSection(labels.next_steps, detail.next_steps),
        satisfaction=detail.satisfaction,
        rep_name=settings.rep_name,
        signed_on=today.isoformat(),
        file_stem=safe_file_stem(
            start.date().isoformat(),
            _account_for_file(account_name),
            translate("reports", "visit-report", "in file names"),
        ),
        start=_local(detail.start, ZoneInfo("UTC")),
    )


def report_data(
    session: Session, visit_id: str, settings: Settings, today: date | None = None
) -> VisitReportData:
    """The report of the live visit ``visit_id``.

    Raises:
        NotFound: no live visit has this id.
    """
    from kamdesk.services.visits import visit_detail

    return build_report_data(visit_detail(session, visit_id), settings, today)

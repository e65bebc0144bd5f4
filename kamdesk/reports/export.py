"""Visit reports written to files: one visit, a batch in one PDF, or a batch one file each.

:func:`export_reports` is what the command line and the window's export call:
it reads every visit first (one short reading session), then lays the
reports out with no database open, so it can run on a worker thread with a
progress callback and a cancel token. A file appears only when it is
complete: each is written to a temporary file beside its target and renamed
at the end; cancelling or failing removes the temporary files and leaves the
folder as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamdesk.cancel import CancelToken, Progress, no_progress
from kamdesk.errors import InvalidInput
from kamdesk.i18n import translate
from kamdesk.reports.data import VisitReportData, report_data

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.settings import Settings

#: Opens a reading session: ``Store.reading`` or any session factory used as a context manager.
Reading = Callable[[], AbstractContextManager["Session"]]


@dataclass(frozen=True)
class ExportedReports:
    """The files written, in the order of the visits they hold."""

    files: tuple[Path, ...]
    visits: int


def find_visits(session: Session, references: Sequence[str]) -> list[str]:
    """The ids of the live visits named by ``references``: ids or unambiguous beginnings of them.

    Duplicates are dropped; the order is kept.

    Raises:
        NotFound: no live visit's id is or begins with a reference.
        InvalidInput: several visits' ids begin with a reference.
    """
    from kamdesk.services.visits import find_visit

    found: list[str] = []
    for reference in references:
        visit_id = find_visit(session, reference)
        if visit_id not in found:
            found.append(visit_id)
    return found


def _reader(source: Any) -> Reading:
    reading = getattr(source, "reading", None)
    return reading if callable(reading) else source  # type: ignore[no-any-return]


def read_reports(
    source: Any,
    visit_ids: Sequence[str],
    settings: Settings,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    today: date | None = None,
    total: int | None = None,
) -> list[VisitReportData]:
    """The report data of ``visit_ids`` (sorted by when each visit starts), read in one session.

    Args:
        source: a :class:`~kamdesk.store.Store` or a callable opening a reading session.
    """
    total = total or len(visit_ids)
    datas = []
    with _reader(source)() as session:
        for index, visit_id in enumerate(visit_ids):
            if cancel is not None:
                cancel.raise_if_cancelled()
            datas.append(report_data(session, visit_id, settings, today))
            progress(index + 1, total, datas[-1].account_name)
    return sorted(datas, key=lambda data: data.start)


def _temporary(folder: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=".kamdesk-", suffix=".pdf.part", dir=folder)
    os.close(fd)
    return Path(name)


def unique_names(datas: Sequence[VisitReportData]) -> list[str]:
    """A file name per report (``2026-01-05_比亚迪_拜访报告.pdf``), numbered when two would clash."""
    names: list[str] = []
    taken: set[str] = set()
    for data in datas:
        name = f"{data.file_stem}.pdf"
        number = 2
        while name.casefold() in taken:
            name = f"{data.file_stem}_{number}.pdf"
            number += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def export_reports(
    source: Any,
    visit_ids: Sequence[str],
    target: str | os.PathLike[str],
    *,
    each: bool,
    settings: Settings,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    overwrite: bool = True,
    today: date | None = None,
) -> ExportedReports:
    """Writes the reports of ``visit_ids``: one PDF at ``target``, or with ``each`` one PDF
    per visit into the folder ``target`` (made if missing), named by day and account.

    Args:
        source: a :class:`~kamdesk.store.Store` or a callable opening a reading session.
        progress: ``(done, total, message)``; reading counts for the first half.
        cancel: checked before each visit; when cancelled, raises
            :class:`~kamdesk.cancel.Cancelled` and no file is written or changed.
        overwrite: when False, an existing file of the same name is refused
            before anything is written.
        today: the date beside the signature (default: today in the rep's zone).

    Raises:
        InvalidInput: no visit given, the folder is missing or not a folder, or a
            file exists and ``overwrite`` is False.
        NotFound: a visit does not exist (nothing is written).
    """
    from kamdesk.reports.render import render_reports, render_visit_report

    report = progress or no_progress
    target = Path(target)
    if not visit_ids:
        raise InvalidInput(str(target), translate("reports", "no visit to report"))
    folder = target if each else target.parent
    if each:
        if target.exists() and not target.is_dir():
            raise InvalidInput(str(target), translate("reports", "is a file, not a folder"))
        target.mkdir(parents=True, exist_ok=True)
    elif not folder.is_dir():
        raise InvalidInput(str(target), translate("reports", "the folder does not exist"))
    elif target.is_dir():
        raise InvalidInput(str(target), translate("reports", "is a folder; name a file to write"))
    total = 2 * len(visit_ids)
    datas = read_reports(source, visit_ids, settings, report, cancel, today, total)
    done = len(datas)
    if not each:
        if target.exists() and not overwrite:
            raise InvalidInput(
                str(target), translate("reports", "already exists; choose a new file name")
            )

        def rendered(index: int, _total: int, message: str) -> None:
            report(done + index, total, message)

        render_reports(datas, target, rendered, cancel)
        return ExportedReports(files=(target,), visits=len(datas))
    targets = [target / name for name in unique_names(datas)]
    if not overwrite:
        for path in targets:
            if path.exists():
                raise InvalidInput(
                    str(path), translate("reports", "already exists; choose a new file name")
                )
    written: list[Path] = []
    try:
        for index, data in enumerate(datas):
            if cancel is not None:
                cancel.raise_if_cancelled()
            report(done + index, total, data.account_name)
            temporary = _temporary(folder)
            written.append(temporary)
            with temporary.open("wb") as handle:
                render_visit_report(data, handle)
                handle.flush()
                os.fsync(handle.fileno())
        if cancel is not None:
            cancel.raise_if_cancelled()
        for temporary, path in zip(written, targets, strict=True):
            os.replace(temporary, path)
    except BaseException:
        for temporary in written:
            temporary.unlink(missing_ok=True)
        raise
    report(total, total, "")
    return ExportedReports(files=tuple(targets), visits=len(datas))

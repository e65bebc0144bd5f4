"""The commands of ``kamdesk`` other than the window, over the same services.

Each command prints plain text for people, or with ``--json`` a stable shape
documented in docs/cli.md. Commands that only read open the database without
the instance lock, so they also work while the window is open; commands that
write take the lock and are refused clearly while another kamdesk holds it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kamdesk import backup
from kamdesk.errors import InvalidInput, KamdeskError, NotFound, UsageError
from kamdesk.i18n import translate
from kamdesk.paths import DataPaths, resolve_data_dir
from kamdesk.store import Store, head_revision, inspect_database, open_store

if TYPE_CHECKING:
    from kamdesk.sync import SyncResult


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Runs the parsed command; returns the exit status."""
    handler = COMMANDS.get(args.command)
    if handler is None:
        raise UsageError(translate("cli", "unknown command: %1").replace("%1", str(args.command)))
    return handler(args, resolve_data_dir(getattr(args, "data_dir", None)), out)


def _emit_json(out: TextIO, value: Any) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2, default=_json_default) + "\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(type(value).__name__)


def _reader(paths: DataPaths) -> Store:
    """The store for a command that only reads: no lock, no upgrade, no backup."""
    return open_store(paths, lock=False, maintenance=False)


def _stderr_progress(label: str) -> Callable[[int, int, str], None]:
    interactive = sys.stderr.isatty()

    def report(done: int, total: int, message: str = "") -> None:
        if interactive and total:
            sys.stderr.write(f"\r{label} {done}/{total}")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return report


def cmd_demo(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.services.demo import generate_demo
    from kamdesk.services.overview import client_book_summary

    if args.remove:
        return _remove_demo(args, paths, out)
    with open_store(paths) as store:
        with store.reading() as session:
            existing = client_book_summary(session).accounts
        if existing and not args.add:
            raise InvalidInput(
                str(paths.root),
                translate(
                    "cli",
                    "already holds accounts (%1); use an empty data directory (--data-dir) or --add",
                ).replace("%1", str(existing)),
            )
        with store.unit_of_work() as session:
            result = generate_demo(
                session,
                args.accounts,
                seed=args.seed,
                progress=_stderr_progress(translate("cli", "accounts")),
            )
    if args.json:
        _emit_json(
            out,
            {"data_dir": str(paths.root), "accounts": result.accounts, "contacts": result.contacts},
        )
    else:
        out.write(
            translate("cli", "Demo data added to %3: accounts: %1, contacts: %2")
            .replace("%1", str(result.accounts))
            .replace("%2", str(result.contacts))
            .replace("%3", str(paths.root))
            + "\n"
        )
    return 0


def _remove_demo(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.services.demo import remove_demo

    with open_store(paths) as store, store.unit_of_work() as session:
        removed = remove_demo(session)
    if args.json:
        _emit_json(out, {"data_dir": str(paths.root), "removed": dataclasses.asdict(removed)})
    elif not removed.total:
        out.write(translate("cli", "There is no demo data here.") + "\n")
    else:
        out.write(
            translate(
                "cli",
                "Demo data removed: accounts: %1, contacts: %2, visits: %3, follow-ups: %4.",
            )
            .replace("%1", str(removed.accounts))
            .replace("%2", str(removed.contacts))
            .replace("%3", str(removed.visits))
            .replace("%4", str(removed.tasks))
            + "\n"
        )
    return 0


def cmd_search(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.services.search import search

    with _reader(paths) as store, store.reading() as session:
        results = search(session, args.query, limit=args.limit)
    preparing = results.preparing
    if args.json:
        _emit_json(
            out,
            {
                "query": results.query,
                "total": results.total,
                "accounts": [dataclasses.asdict(h) for h in results.accounts],
                "contacts": [dataclasses.asdict(h) for h in results.contacts],
                "preparing": None
                if preparing is None
                else {"done": preparing.done, "total": preparing.total},
            },
        )
        return 0
    if preparing is not None:
        percent = str(100 * preparing.done // preparing.total)
        sys.stderr.write(
            translate(
                "cli",
                "The search index is still being built (%1%); rows not yet in it are not "
                "found. It is finished by the window or by kamdesk sync.",
            ).replace("%1", percent)
            + "\n"
        )
    if not results.accounts and not results.contacts:
        out.write(
            translate("cli", "No account or contact matches %1.").replace("%1", args.query) + "\n"
        )
        return 0
    if results.accounts:
        out.write(
            translate("cli", "Accounts (%1)").replace("%1", str(len(results.accounts))) + "\n"
        )
        for hit in results.accounts:
            out.write(f"  {hit.name}  [{hit.id}]\n")
    if results.contacts:
        out.write(
            translate("cli", "Contacts (%1)").replace("%1", str(len(results.contacts))) + "\n"
        )
        for hit in results.contacts:
            details = " · ".join(part for part in (hit.title, hit.account_name) if part)
            out.write(f"  {hit.name}  {details}  [{hit.id}]\n")
    return 0


def cmd_backup(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    if args.list:
        found = backup.list_backups(paths)
        if args.json:
            _emit_json(
                out,
                [
                    {
                        "path": str(b.path),
                        "kind": b.kind,
                        "created": b.created.isoformat(),
                        "size": b.size,
                    }
                    for b in found
                ],
            )
        elif not found:
            out.write(
                translate("cli", "No backups yet in %1").replace("%1", str(paths.backups)) + "\n"
            )
        else:
            for b in found:
                out.write(f"{b.created:%Y-%m-%d %H:%M}  {b.kind:<14} {b.size:>12,}  {b.path}\n")
        return 0
    if inspect_database(paths) is None:
        raise NotFound(str(paths.database))
    made = backup.manual_backup(paths, Path(args.file) if args.file else None)
    if args.json:
        _emit_json(out, {"path": str(made)})
    else:
        out.write(translate("cli", "Backed up to %1").replace("%1", str(made)) + "\n")
    return 0


def cmd_restore(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.locking import InstanceLock
    from kamdesk.store import known_revisions, restore_database

    if bool(args.file) == bool(args.latest):
        raise UsageError(
            translate("cli", "name a backup FILE or give --latest (see kamdesk restore --help)")
        )
    paths.ensure()
    with InstanceLock(paths.lock, paths.database):
        if args.latest:
            source = backup.latest_restorable(paths, known_revisions())
            if source is None:
                raise NotFound(translate("cli", "a backup in %1").replace("%1", str(paths.backups)))
        else:
            source = Path(args.file)
        kept = restore_database(paths, source)
    out.write(translate("cli", "Restored %1").replace("%1", str(source)) + "\n")
    if kept is not None:
        out.write(
            translate("cli", "The previous database was kept as %1").replace("%1", str(kept)) + "\n"
        )
    return 0


def cmd_info(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk import __version__
    from kamdesk.services.overview import client_book_summary

    revision = inspect_database(paths)
    counts: dict[str, Any] = {}
    if revision is not None and revision == head_revision():
        with _reader(paths) as store, store.reading() as session:
            counts = dataclasses.asdict(client_book_summary(session))
    info = {
        "version": __version__,
        "data_dir": str(paths.root),
        "database": str(paths.database),
        "schema": revision,
        "schema_head": head_revision(),
        "settings": str(paths.settings),
        "backups_dir": str(paths.backups),
        "backups": len(backup.list_backups(paths)),
        "counts": counts,
    }
    if args.json:
        _emit_json(out, info)
        return 0
    labels = {
        "version": translate("cli", "Version"),
        "data_dir": translate("cli", "Data directory"),
        "database": translate("cli", "Database"),
        "schema": translate("cli", "Schema"),
        "schema_head": translate("cli", "Newest schema"),
        "settings": translate("cli", "Settings"),
        "backups_dir": translate("cli", "Backups folder"),
        "backups": translate("cli", "Backups"),
    }
    width = max(len(v) for v in labels.values())
    for key, label in labels.items():
        out.write(f"{label:<{width}}  {info[key] if info[key] is not None else '-'}\n")
    count_labels = {
        "accounts": translate("cli", "Accounts"),
        "contacts": translate("cli", "Contacts"),
        "visits_planned": translate("cli", "Visits planned"),
        "open_tasks": translate("cli", "Open follow-ups"),
        "accounts_by_class": translate("cli", "Accounts by class"),
        "accounts_by_category": translate("cli", "Accounts by category"),
    }
    for key, value in counts.items():
        if isinstance(value, list | tuple):
            value = ", ".join(f"{code} {count}" for code, count in value) or "-"
        out.write(f"{count_labels.get(key, key):<{width}}  {value}\n")
    return 0


def cmd_settings(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.locking import InstanceLock
    from kamdesk.settings import EDITABLE_FIELDS, load_settings, save_settings

    current = load_settings(paths.settings)
    if args.key is not None and args.key not in EDITABLE_FIELDS:
        raise InvalidInput(
            args.key,
            translate("cli", "unknown setting; one of: %1").replace(
                "%1", ", ".join(EDITABLE_FIELDS)
            ),
        )
    if args.value is not None:
        paths.ensure()
        with InstanceLock(paths.lock, paths.database):
            current = current.replace(**{args.key: args.value})
            save_settings(paths.settings, current)
    shown = {k: getattr(current, k) for k in EDITABLE_FIELDS if args.key in (None, k)}
    if args.json:
        _emit_json(out, shown)
    elif args.key is not None and args.value is None:
        out.write(f"{shown[args.key]}\n")
    else:
        width = max(len(k) for k in shown)
        for key, value in shown.items():
            out.write(f"{key:<{width}}  {value}\n")
    return 0


def _content_language(args: argparse.Namespace, paths: DataPaths) -> str:
    """The language of files written for people (CSV headers): --lang, the setting, the system's."""
    import os

    from kamdesk.i18n import LANGUAGES, resolve_language
    from kamdesk.settings import load_settings

    requested = getattr(args, "lang", None)
    if requested in LANGUAGES:
        return str(requested)
    try:
        setting = load_settings(paths.settings).language
    except (OSError, KamdeskError):
        setting = "system"  # a broken settings file is reported by `kamdesk settings`
    system = next(
        (os.environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(k)), ""
    )
    return resolve_language(setting, system)


def _import_mapping(args: argparse.Namespace, headers: list[str]) -> dict[int, str]:
    """Each ``--map COLUMN=FIELD`` (FIELD ``-`` leaves it out), the rest guessed around them."""
    from kamdesk.services.importing import FIELDS, guess_mapping

    pinned: dict[int, str | None] = {}
    for option in args.map or ():
        column, sep, field = option.rpartition("=")
        column, field = column.strip(), field.strip()
        if not sep or not column:
            raise UsageError(
                translate("cli", "--map takes COLUMN=FIELD, not %1").replace("%1", option)
            )
        indexes = [i for i, h in enumerate(headers) if h.strip() == column]
        if not indexes and column.isdigit() and 1 <= int(column) <= len(headers):
            indexes = [int(column) - 1]
        if not indexes:
            raise UsageError(
                translate("cli", "no column %1 in the file; its columns are: %2")
                .replace("%1", column)
                .replace("%2", ", ".join(h for h in headers if h.strip()))
            )
        if field != "-" and field not in FIELDS:
            raise UsageError(
                translate("cli", "unknown field %1; one of: %2")
                .replace("%1", field)
                .replace("%2", ", ".join(FIELDS))
            )
        for index, mapped in list(pinned.items()):
            if mapped == field != "-":
                del pinned[index]  # the later option wins
        pinned[indexes[0]] = None if field == "-" else field
    return guess_mapping(headers, pinned)


def _problem_line(row: int, column: str, reason: str) -> str:
    if column:
        return (
            translate("cli", "row %1, column %2: %3")
            .replace("%1", str(row))
            .replace("%2", column)
            .replace("%3", reason)
        )
    return translate("cli", "row %1: %2").replace("%1", str(row)).replace("%2", reason)


def cmd_import(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    import contextlib

    from kamdesk.services.importing import apply_import, check_mapping, plan_import, read_table

    source = Path(args.file)
    table = read_table(source)
    mapping: dict[int, str] = {}
    if table.source != "json":
        mapping = check_mapping(table, _import_mapping(args, table.headers))
    progress = _stderr_progress(translate("cli", "rows"))
    if args.dry_run:
        with contextlib.ExitStack() as stack:
            if inspect_database(paths) is None:
                session = stack.enter_context(_empty_book())
            else:
                store = stack.enter_context(_reader(paths))
                session = stack.enter_context(store.reading())
            plan = plan_import(session, table, mapping, progress=progress)
        counts, kept = plan.counts, plan.kept
    else:
        from kamdesk.settings import load_settings

        # new contacts keep personality notes on this laptop as the rep's setting says
        keep_local = load_settings(paths.settings).keep_personality_local_default
        with open_store(paths) as store, store.unit_of_work() as session:
            plan = plan_import(session, table, mapping, progress=progress)
            result = apply_import(session, plan, progress=progress, keep_local=keep_local)
        counts, kept = result.counts, result.kept
    if args.json:
        _emit_json(
            out,
            {
                "file": str(source),
                "source": plan.source,
                "encoding": plan.encoding,
                "dry_run": bool(args.dry_run),
                "rows": plan.rows,
                "rows_imported": plan.rows_valid,
                "rows_bad": plan.rows_bad,
                "counts": {entity: dataclasses.asdict(c) for entity, c in counts.items()},
                "problems": [dataclasses.asdict(p) for p in plan.problems],
                "kept": [dataclasses.asdict(k) for k in kept],
                "mapping": {table.headers[i]: f for i, f in sorted(plan.mapping.items())},
                "unmapped": list(plan.unmapped),
                "notes": list(plan.notes),
            },
        )
        return 0
    encoding = f", {plan.encoding}" if plan.encoding else ""
    out.write(
        translate("cli", "Read %1 (%3). Rows: %2.")
        .replace("%1", str(source))
        .replace("%2", str(plan.rows))
        .replace("%3", plan.source.upper() + encoding)
        + "\n"
    )
    names = {"account": translate("cli", "Accounts"), "contact": translate("cli", "Contacts")}
    for entity, count in counts.items():
        if entity not in names and not (count.created or count.unchanged or count.updated):
            continue
        out.write(
            translate("cli", "%1: %2 new, %3 updated, %4 unchanged.")
            .replace("%1", names.get(entity, entity))
            .replace("%2", str(count.created))
            .replace("%3", str(count.updated))
            .replace("%4", str(count.unchanged))
            + "\n"
        )
    if plan.unmapped:
        out.write(
            translate("cli", "Columns not imported: %1").replace("%1", ", ".join(plan.unmapped))
            + "\n"
        )
    for note in plan.notes:
        out.write(note + "\n")
    if kept:
        out.write(
            translate(
                "cli",
                "Values in the file that differ from those stored: %1; the stored ones were kept.",
            ).replace("%1", str(len(kept)))
            + "\n"
        )
    if plan.rows_bad:
        out.write(
            translate("cli", "Rows not imported: %1; their problems are listed on stderr.").replace(
                "%1", str(plan.rows_bad)
            )
            + "\n"
        )
        for problem in plan.problems:
            sys.stderr.write(_problem_line(problem.row, problem.column, problem.reason) + "\n")
    if args.dry_run:
        out.write(translate("cli", "Dry run: nothing was written.") + "\n")
    return 0


def _empty_book() -> Any:
    """A session on an empty, in-memory client book: a dry run before the first start."""
    from contextlib import contextmanager

    from sqlalchemy import create_engine

    from kamdesk.models import Base
    from kamdesk.store import KamdeskSession

    @contextmanager
    def session() -> Any:
        engine = create_engine("sqlite://")
        try:
            Base.metadata.create_all(engine)
            with KamdeskSession(bind=engine) as opened:
                yield opened
        finally:
            engine.dispose()

    return session()


def _export_calendar(args: argparse.Namespace, paths: DataPaths, out: TextIO, target: Path) -> int:
    from kamdesk.services.calendar_export import export_ics
    from kamdesk.settings import load_settings

    if args.template:
        raise UsageError(translate("cli", "--ics and --template cannot be used together"))
    if target.suffix.lower() != ".ics":
        raise UsageError(translate("cli", "a calendar file is named FILE.ics"))
    if target.exists() and not args.force:
        raise InvalidInput(
            str(target), translate("cli", "already exists; choose a new file name or add --force")
        )
    rep = load_settings(paths.settings)
    with _reader(paths) as store, store.reading() as session:
        result = export_ics(session, target, rep.timezone)
    if args.json:
        _emit_json(
            out,
            {
                "file": str(target),
                "format": "ics",
                "counts": {"visits": result.visits, "call_backs": result.call_backs},
            },
        )
        return 0
    out.write(
        translate("cli", "Wrote %1 planned visits and %2 call-backs to %3")
        .replace("%1", str(result.visits))
        .replace("%2", str(result.call_backs))
        .replace("%3", str(target))
        + "\n"
    )
    return 0


def cmd_export(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.services.exporting import export_csv, export_json, write_template

    target = Path(args.file)
    suffix = target.suffix.lower()
    if args.ics or suffix == ".ics":
        return _export_calendar(args, paths, out, target)
    if args.template and suffix != ".csv":
        raise UsageError(translate("cli", "the template is a CSV file: name it FILE.csv"))
    if suffix not in (".json", ".csv"):
        raise UsageError(
            translate("cli", "FILE must end in .json (everything) or .csv (the contact list)")
        )
    if target.exists() and not args.force:
        raise InvalidInput(
            str(target), translate("cli", "already exists; choose a new file name or add --force")
        )
    language = _content_language(args, paths)
    if args.template:
        result = write_template(target, language)
        kind = "template"
    else:
        with _reader(paths) as store, store.reading() as session:
            if suffix == ".json":
                result = export_json(session, target)
                kind = "json"
            else:
                result = export_csv(session, target, language)
                kind = "csv"
    if args.json:
        _emit_json(out, {"file": str(target), "format": kind, "counts": result.counts})
        return 0
    if kind == "json":
        summary = ", ".join(f"{entity} {count}" for entity, count in result.counts.items())
        out.write(
            translate("cli", "Exported to %1: %2").replace("%1", str(target)).replace("%2", summary)
            + "\n"
        )
    elif kind == "csv":
        out.write(
            translate("cli", "Rows exported to %2: %1")
            .replace("%1", str(result.counts["rows"]))
            .replace("%2", str(target))
            + "\n"
        )
    else:
        out.write(
            translate("cli", "Wrote the import template to %1").replace("%1", str(target)) + "\n"
        )
    return 0


def _parse_day(text: str | None, zone: str) -> date:
    """``--date``: ``YYYY-MM-DD``, or today in ``zone`` when not given."""
    from zoneinfo import ZoneInfo

    if text is None:
        return datetime.now(ZoneInfo(zone)).date()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            translate("cli", "--date must be a day like 2026-11-26, not %1").replace("%1", text)
        ) from None


def cmd_windows(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from zoneinfo import ZoneInfo

    from kamdesk.services import call_timing
    from kamdesk.services.contacts import find_contact
    from kamdesk.settings import load_settings

    rep = load_settings(paths.settings)
    rules = call_timing.load_rules(paths.root)
    day = _parse_day(args.date, rep.timezone)
    with _reader(paths) as store, store.reading() as session:
        contact, account = find_contact(session, args.contact)
        profile = call_timing.profile_of(contact, rep, account)
        account_name = account.name if account is not None else ""
        contact_id, contact_name = contact.id, contact.name
    plan = call_timing.rep_day(profile, day, rep.timezone, rules)
    now = datetime.now(ZoneInfo(rep.timezone))
    status = call_timing.call_status(profile, now, rules)
    unknown_years = sorted({d.day.year for d in plan.contact_days if not d.info.calendar_known})
    if args.json:
        _emit_json(
            out,
            {
                "contact": {"id": contact_id, "name": contact_name, "account": account_name},
                "date": day,
                "rep_timezone": rep.timezone,
                "contact_timezone": profile.zone,
                "known_to_rep": profile.known,
                "hours": {
                    "start": profile.hours.start.strftime("%H:%M"),
                    "end": profile.hours.end.strftime("%H:%M"),
                    "lunch": None
                    if profile.hours.lunch_start is None or profile.hours.lunch_end is None
                    else [
                        profile.hours.lunch_start.strftime("%H:%M"),
                        profile.hours.lunch_end.strftime("%H:%M"),
                    ],
                    "from": profile.hours.source,
                },
                "contact_days": [
                    {
                        "date": d.day,
                        "kind": d.info.kind.value,
                        "holiday": d.info.holiday,
                        "calendar_known": d.info.calendar_known,
                    }
                    for d in plan.contact_days
                ],
                "windows": [
                    {
                        "start": w.start,
                        "end": w.end,
                        "kinds": [kind.value for kind in w.kinds],
                    }
                    for w in plan.windows
                ],
                "now": {
                    "at": now,
                    "good_time": status.now,
                    "until": status.until,
                    "next": status.next_start,
                },
            },
        )
        return 0
    title = " · ".join(part for part in (contact_name, account_name) if part)
    out.write(
        translate("cli", "%1: when to call on %2 (times in %3)")
        .replace("%1", title)
        .replace("%2", day.isoformat())
        .replace("%3", rep.timezone)
        + "\n"
    )
    for contact_day in plan.contact_days:
        label = call_timing.day_label(contact_day.info)
        if profile.zone != rep.timezone:
            label = translate("cli", "%1 in %2: %3").replace("%1", contact_day.day.isoformat())
            label = label.replace("%2", profile.zone).replace(
                "%3", call_timing.day_label(contact_day.info)
            )
        out.write(f"  {label}\n")
    if not plan.windows:
        out.write("  " + translate("cli", "No good time to call on this day.") + "\n")
    for window in plan.windows:
        kinds = ", ".join(call_timing.window_label(kind) for kind in window.kinds)
        end = window.end.strftime("%H:%M") if window.end.date() == day else "24:00"
        out.write(f"  {window.start.strftime('%H:%M')}-{end}  {kinds}\n")
    for year in unknown_years:
        out.write("  " + call_timing.calendar_note(year) + "\n")
    out.write(
        translate("cli", "Now: %1").replace(
            "%1", call_timing.describe_status(status, now, rep.timezone)
        )
        + "\n"
    )
    return 0


def cmd_calls(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.services import call_timing
    from kamdesk.services.call_list import call_list, describe_reason
    from kamdesk.services.validation import format_phone
    from kamdesk.settings import load_settings

    rep = load_settings(paths.settings)
    rules = call_timing.load_rules(paths.root)
    day = _parse_day(args.date, rep.timezone)
    with _reader(paths) as store, store.reading() as session:
        plan = call_list(session, day, rep, rules)
    if args.json:
        _emit_json(
            out,
            {
                "date": day,
                "rep_timezone": rep.timezone,
                "more_suggestions": plan.more_suggestions,
                "calendar_known": plan.calendar_known,
                "calls": [
                    {
                        "contact": {
                            "id": item.contact_id,
                            "name": item.contact_name,
                            "title": item.title,
                            "phones": list(item.phones),
                        },
                        "account": {"id": item.account_id, "name": item.account_name},
                        "reason": item.reason,
                        "detail": item.detail,
                        "task_id": item.task_id,
                        "since": item.since,
                        "quiet_days": item.quiet_days,
                        "next_window": None
                        if item.window is None
                        else {"start": item.window.start, "end": item.window.end},
                        "windows": [{"start": w.start, "end": w.end} for w in item.windows],
                    }
                    for item in plan.items
                ],
            },
        )
        return 0
    out.write(
        translate("cli", "Calls for %1 (times in %2)")
        .replace("%1", day.isoformat())
        .replace("%2", rep.timezone)
        + "\n"
    )
    if not plan.items:
        out.write("  " + translate("cli", "Nobody to call on this day.") + "\n")
    for item in plan.items:
        if item.window is None:
            when = translate("cli", "no good time")
        else:
            when = f"{item.window.start.strftime('%H:%M')}-{item.window.end.strftime('%H:%M')}"
        who = " · ".join(
            part for part in (item.contact_name, item.title, item.account_name) if part
        )
        phone = f"  {format_phone(item.phones[0])}" if item.phones else ""
        out.write(f"  {when:<11}  {who}{phone}\n")
        out.write(f"  {'':<11}  {describe_reason(item)}\n")
    if plan.more_suggestions:
        out.write(
            translate(
                "cli", "%1 more accounts are waiting for a call; they come up on the next days."
            ).replace("%1", str(plan.more_suggestions))
            + "\n"
        )
    if not plan.calendar_known:
        out.write(call_timing.calendar_note(day.year) + "\n")
    return 0


# --- visits ---------------------------------------------------------------------------------

#: The option that gives each field of a visit plan, for error messages.
_VISIT_OPTIONS = {
    "account_id": "--account",
    "contact_ids": "--contact",
    "start": "--start",
    "end": "--end",
    "scenario": "--scenario",
    "place": "--place",
    "objectives": "--objectives",
}


def _parse_moment(text: str, option: str, zone: str) -> datetime:
    """An ISO date and time; without an offset it is in ``zone`` (the rep's)."""
    from zoneinfo import ZoneInfo

    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            translate("cli", "%1 must be a date and time like 2026-12-01T14:30, not %2")
            .replace("%1", option)
            .replace("%2", text)
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment


def _visit_json(summary: Any) -> dict[str, Any]:
    return {
        "id": summary.id,
        "account": {"id": summary.account_id, "name": summary.account_name},
        "start": summary.start,
        "end": summary.end,
        "place": summary.place,
        "scenario": summary.scenario,
        "status": summary.status,
        "attendees": list(summary.attendee_names),
        "objectives": summary.objectives,
        "overlaps": list(summary.overlaps),
    }


def _visit_line(summary: Any, zone: str, short_id: str | None = None) -> str:
    """One visit on a line; ``short_id``: the beginning of its id that names it alone."""
    from zoneinfo import ZoneInfo

    from kamdesk.services.calls import scenario_label, visit_status_label

    start = summary.start.astimezone(ZoneInfo(zone))
    end = summary.end.astimezone(ZoneInfo(zone))
    when = f"{start:%Y-%m-%d %H:%M}-{end:%H:%M}"
    if end.date() != start.date():
        when = f"{start:%Y-%m-%d %H:%M}-{end:%Y-%m-%d %H:%M}"
    who = summary.account_name
    if summary.attendee_names:
        who += " · " + ", ".join(summary.attendee_names)
    return "  ".join(
        (
            when,
            who,
            scenario_label(summary.scenario),
            visit_status_label(summary.status),
            short_id or summary.id,
        )
    )


def _visit_plan(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.services import visits
    from kamdesk.services.accounts import ValidationFailed
    from kamdesk.settings import load_settings

    zone = load_settings(paths.settings).timezone
    start = _parse_moment(args.start, "--start", zone)
    end = _parse_moment(args.end, "--end", zone) if args.end is not None else None
    with open_store(paths) as store:
        try:
            with store.unit_of_work() as session:
                account = visits.find_account(session, args.account)
                people = tuple(
                    visits.find_attendee(session, account.id, c).id for c in args.contact
                )
                plan = visits.VisitPlan(
                    account_id=account.id,
                    contact_ids=people,
                    start=start,
                    end=end,
                    place=args.place or "",
                    scenario=args.scenario,
                    objectives=args.objectives or "",
                )
                saved = visits.plan_visit(session, plan)
                detail = visits.visit_detail(session, saved.visit_id)
                others = visits.overlapping(
                    session, detail.start, detail.end, exclude_id=saved.visit_id
                )
        except ValidationFailed as failed:
            raise UsageError(
                "; ".join(
                    f"{_VISIT_OPTIONS.get(e.where, e.where)}: {e.reason}" for e in failed.errors
                )
            ) from None
        except (NotFound, InvalidInput) as wrong:
            raise UsageError(wrong.message()) from None
    for other in others:
        sys.stderr.write(
            translate("cli", "warning: at the same time as %1").replace(
                "%1", _visit_line(other, zone)
            )
            + "\n"
        )
    if args.json:
        _emit_json(out, _visit_json(detail))
    else:
        out.write(saved.visit_id + "\n")
    return 0


def _visit_list(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from datetime import time, timedelta
    from zoneinfo import ZoneInfo

    from kamdesk.services import visits
    from kamdesk.settings import load_settings

    zone = load_settings(paths.settings).timezone
    first = _parse_day(args.date_from, zone)
    last = _parse_day(args.date_to, zone) if args.date_to else first + timedelta(days=6)
    if last < first:
        raise UsageError(
            translate("cli", "--to %1 comes before --from %2")
            .replace("%1", last.isoformat())
            .replace("%2", first.isoformat())
        )
    start = datetime.combine(first, time(0), ZoneInfo(zone))
    end = datetime.combine(last + timedelta(days=1), time(0), ZoneInfo(zone))
    with _reader(paths) as store, store.reading() as session:
        found = visits.visits_between(session, start, end)
        names = visits.short_ids(session, [summary.id for summary in found])
    if args.json:
        _emit_json(
            out,
            {
                "from": first,
                "to": last,
                "rep_timezone": zone,
                "visits": [_visit_json(v) for v in found],
            },
        )
        return 0
    out.write(
        translate("cli", "Visits from %1 to %2 (times in %3)")
        .replace("%1", first.isoformat())
        .replace("%2", last.isoformat())
        .replace("%3", zone)
        + "\n"
    )
    if not found:
        out.write("  " + translate("cli", "No visits on these days.") + "\n")
    for summary in found:
        mark = " !" if summary.overlaps else ""
        out.write(f"  {_visit_line(summary, zone, names[summary.id])}{mark}\n")
    if any(summary.overlaps for summary in found):
        out.write(translate("cli", "! at the same time as another visit") + "\n")
    return 0


def _visit_show(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from zoneinfo import ZoneInfo

    from kamdesk.services import visits
    from kamdesk.services.calls import scenario_label, visit_status_label
    from kamdesk.settings import load_settings

    zone = load_settings(paths.settings).timezone
    with _reader(paths) as store, store.reading() as session:
        detail = visits.visit_detail(
            session, visits.find_visit(session, args.visit), _content_language(args, paths)
        )
    if args.json:
        shape = _visit_json(detail)
        shape["account"] = (
            dataclasses.asdict(detail.account) if detail.account else shape["account"]
        )
        shape["attendees"] = [dataclasses.asdict(a) for a in detail.attendees]
        shape.update(
            {
                field: getattr(detail, field)
                for field in ("notes", "needs_found", "objections", "outcome", "next_steps")
            }
        )
        shape["satisfaction"] = detail.satisfaction
        shape["checklist"] = [dataclasses.asdict(item) for item in detail.checklist]
        shape["promises"] = [dataclasses.asdict(p) for p in detail.promises]
        shape["earlier_promises"] = [dataclasses.asdict(p) for p in detail.earlier_promises]
        shape["updated_at"] = detail.updated_at
        _emit_json(out, shape)
        return 0
    local = ZoneInfo(zone)

    def line(label: str, value: str) -> None:
        if value:
            out.write(translate("cli", "%1: %2").replace("%1", label).replace("%2", value) + "\n")

    def block(label: str, text: str) -> None:
        if text.strip():
            out.write(label + ":\n")
            for row in text.rstrip().splitlines():
                out.write(f"  {row}\n")

    def promise_line(promise: Any) -> str:
        box = "[x]" if promise.done else "[ ]"
        return f"  {box} {promise.due.astimezone(local):%Y-%m-%d %H:%M}  {promise.title}"

    out.write(_visit_line(detail, zone) + "\n")
    line(translate("cli", "Id"), detail.id)
    line(translate("cli", "Scenario"), scenario_label(detail.scenario))
    line(translate("cli", "Status"), visit_status_label(detail.status))
    line(translate("cli", "Place"), detail.place)
    line(
        translate("cli", "Attendees"),
        ", ".join(a.name for a in detail.attendees if not a.deleted),
    )
    if detail.overlaps:
        line(translate("cli", "At the same time as"), ", ".join(detail.overlaps))
    block(translate("cli", "Objectives"), detail.objectives)
    block(translate("cli", "Notes"), detail.notes)
    block(translate("cli", "Needs found"), detail.needs_found)
    block(translate("cli", "Objections"), detail.objections)
    block(translate("cli", "Outcome"), detail.outcome)
    block(translate("cli", "Next steps"), detail.next_steps)
    if detail.satisfaction is not None:
        line(translate("cli", "Satisfaction"), f"{detail.satisfaction}/5")
    if detail.promises:
        out.write(translate("cli", "Promises made") + ":\n")
        for promise in detail.promises:
            out.write(promise_line(promise) + "\n")
    if detail.earlier_promises:
        out.write(translate("cli", "Open promises from before") + ":\n")
        for promise in detail.earlier_promises:
            out.write(promise_line(promise) + "\n")
    out.write(translate("cli", "Preparation") + ":\n")
    for item in detail.checklist:
        out.write(f"  {'[x]' if item.ticked else '[ ]'} {item.text}\n")
    return 0


def cmd_visit(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    actions = {"plan": _visit_plan, "list": _visit_list, "show": _visit_show}
    action = actions.get(getattr(args, "visit_command", None) or "")
    if action is None:
        raise UsageError(translate("cli", "say what to do: kamdesk visit plan, list or show"))
    return action(args, paths, out)


# --- visit reports ---------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.reports.export import export_reports, find_visits
    from kamdesk.settings import load_settings

    target = Path(args.output)
    if args.each:
        if target.exists() and not target.is_dir():
            raise UsageError(
                translate("cli", "with --each, OUT is a folder; %1 is a file").replace(
                    "%1", str(target)
                )
            )
    elif target.suffix.lower() != ".pdf" or target.is_dir():
        raise UsageError(
            translate(
                "cli", "OUT must name a .pdf file (or, with --each, a folder), not %1"
            ).replace("%1", str(target))
        )
    elif not target.parent.is_dir():
        raise UsageError(
            translate("cli", "the folder %1 does not exist").replace("%1", str(target.parent))
        )
    elif target.exists() and not args.force:
        raise UsageError(
            f"{target}: "
            + translate("cli", "already exists; choose a new file name or add --force")
        )
    if inspect_database(paths) is None:
        raise NotFound(str(paths.database))
    settings = load_settings(paths.settings)
    with _reader(paths) as store:
        try:
            with store.reading() as session:
                visit_ids = find_visits(session, args.visits)
            result = export_reports(
                store,
                visit_ids,
                target,
                each=args.each,
                settings=settings,
                progress=_stderr_progress(translate("cli", "reports")),
                overwrite=args.force,
            )
        except (NotFound, InvalidInput) as wrong:
            raise UsageError(wrong.message()) from None
    if args.json:
        _emit_json(out, {"files": [str(f) for f in result.files], "visits": result.visits})
    else:
        for written in result.files:
            out.write(f"{written}\n")
    return 0


# --- the pre-visit briefing -------------------------------------------------------------------


def cmd_briefing(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.services import call_timing
    from kamdesk.services.briefing import briefing, briefing_text, briefing_to_json
    from kamdesk.services.visits import find_visit
    from kamdesk.settings import load_settings

    target = Path(args.pdf) if args.pdf else None
    if target is not None:
        if target.suffix.lower() != ".pdf" or target.is_dir():
            raise UsageError(
                translate("cli", "--pdf must name a .pdf file, not %1").replace("%1", str(target))
            )
        if not target.parent.is_dir():
            raise UsageError(
                translate("cli", "the folder %1 does not exist").replace("%1", str(target.parent))
            )
        if target.exists() and not args.force:
            raise UsageError(
                f"{target}: "
                + translate("cli", "already exists; choose a new file name or add --force")
            )
    if inspect_database(paths) is None:
        raise NotFound(str(paths.database))
    settings = load_settings(paths.settings)
    rules = call_timing.load_rules(paths.root)
    language = _content_language(args, paths)
    with _reader(paths) as store, store.reading() as session:
        found = briefing(
            session, find_visit(session, args.visit), settings, language=language, rules=rules
        )
    if target is not None:
        from kamdesk.reports.briefing import render_briefing

        render_briefing(found, target)
    if args.json:
        shape = briefing_to_json(found)
        if target is not None:
            shape["pdf"] = str(target)
        _emit_json(out, shape)
    elif target is not None:
        out.write(f"{target}\n")
    else:
        out.write(briefing_text(found))
    return 0


# --- sync with the office hub (kamdesk.sync) -------------------------------------------


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass(
            translate("cli", "Password for %1 on %2: ")
            .replace("%1", args.user)
            .replace("%2", args.hub)
        )
    if not password:
        raise UsageError(translate("cli", "no password given"))
    return password


def cmd_login(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.sync import login

    if not args.hub.startswith(("http://", "https://")):
        raise UsageError(
            translate("cli", "--hub must be an http:// or https:// address, not %1").replace(
                "%1", args.hub
            )
        )
    password = _read_password(args)
    with open_store(paths) as store:
        signed = login(store, args.hub, args.user, password)
    out.write(
        translate("cli", "Signed in to %1 as %2. The sign-in is kept in the system keyring.")
        .replace("%1", signed.hub_url)
        .replace("%2", signed.user)
        + "\n"
    )
    return 0


def _status_lines(status: Any) -> list[str]:
    if not status.signed_in:
        lines = [translate("cli", "Hub: not signed in (kamdesk login --hub URL --user NAME)")]
    else:
        lines = [
            translate("cli", "Hub: %1 (user %2)")
            .replace("%1", status.hub_url)
            .replace("%2", status.user)
        ]
    lines.append(translate("cli", "Pending changes: %1").replace("%1", str(status.pending_changes)))
    lines.append(translate("cli", "Open conflicts: %1").replace("%1", str(status.open_conflicts)))
    last = (
        status.last_sync.astimezone().strftime("%Y-%m-%d %H:%M")
        if status.last_sync
        else translate("cli", "never")
    )
    lines.append(translate("cli", "Last successful sync: %1").replace("%1", last))
    if status.demo_accounts:
        lines.append(
            translate(
                "cli", "Demo data (demo accounts: %1): no sync until kamdesk demo --remove"
            ).replace("%1", str(status.demo_accounts))
        )
    elif status.last_error:
        lines.append(translate("cli", "Last error: %1").replace("%1", status.last_error))
    return lines


def cmd_sync(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.services.search import prepare_search
    from kamdesk.sync import run_sync

    if inspect_database(paths) is None:
        raise NotFound(str(paths.database))
    with open_store(paths) as store:
        result = run_sync(
            store, progress=_stderr_progress(translate("cli", "sync")), build_search=False
        )
        _print_sync_result(args, result, store, out)
        # The rows are in: the search index a first download left is built now.
        prepare_search(store, progress=_stderr_progress(translate("cli", "search index")))
    return 0


def _print_sync_result(
    args: argparse.Namespace, result: SyncResult, store: Store, out: TextIO
) -> None:
    from kamdesk.sync import sync_status

    with store.reading() as session:
        status = sync_status(session)
    if args.json:
        _emit_json(out, {"result": dataclasses.asdict(result), "status": status.as_json()})
        out.flush()
        return
    out.write(
        translate("cli", "Synced: %1 sent, %2 received.")
        .replace("%1", str(result.pushed))
        .replace("%2", str(result.pulled))
        + "\n"
    )
    if result.rejected:
        out.write(
            translate("cli", "Changes the hub refused: %1; see kamdesk conflicts.").replace(
                "%1", str(result.rejected)
            )
            + "\n"
        )
    if result.reset:
        out.write(
            translate("cli", "The hub was restored or replaced: everything was downloaded again.")
            + "\n"
        )
    for line in _status_lines(status):
        out.write(line + "\n")
    out.flush()


def cmd_status(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.sync import SyncStatus, sync_status

    if inspect_database(paths) is None:
        status = SyncStatus(None, None, None, None, 0, 0, None, None, None, None, None, None)
    else:
        with _reader(paths) as store, store.reading() as session:
            status = sync_status(session)
    if args.json:
        _emit_json(out, status.as_json())
    else:
        for line in _status_lines(status):
            out.write(line + "\n")
    return 0


def _conflict_lines(conflict: Any, names: dict[str, str]) -> list[str]:
    """One conflict for people: its id, record, field and kind, then the values, who and when."""
    from kamdesk.sync.describe import describe_conflict

    text = describe_conflict(conflict, names)
    head = [text.record, text.field, text.kind]
    if conflict.resolved_at is not None:
        head.append(translate("ConflictsDialog", "resolved"))
    lines = [conflict.conflict_id + "  " + " · ".join(head)]
    rows = [
        (translate("ConflictsDialog", "Now"), text.current),
        (translate("ConflictsDialog", "Other value"), text.other),
        (translate("ConflictsDialog", "Who and when"), text.who_when),
    ]
    if text.reason:
        rows.append((translate("ConflictsDialog", "Reason"), text.reason))
    if text.resolved:
        rows.append((translate("ConflictsDialog", "Resolved"), text.resolved))
    for label, value in rows:
        lines.append(
            "    "
            + translate("ConflictsDialog", "%1: %2").replace("%1", label).replace("%2", value)
        )
    return lines


def cmd_conflicts(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.sync import list_conflicts
    from kamdesk.sync.describe import record_names

    names: dict[str, str] = {}
    if inspect_database(paths) is None:
        found = []
    else:
        with _reader(paths) as store, store.reading() as session:
            found = list_conflicts(session, include_resolved=args.all)
            if not args.json:
                names = record_names(session, found)
    if args.json:
        _emit_json(out, [c.as_json() for c in found])
        return 0
    for position, conflict in enumerate(found):
        if position:
            out.write("\n")
        for line in _conflict_lines(conflict, names):
            out.write(line + "\n")
    return 0


def cmd_resolve(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.sync import list_conflicts, resolve_conflict

    if inspect_database(paths) is None:
        raise NotFound(str(paths.database))
    with open_store(paths) as store:
        with store.reading() as session:
            matching = [
                c.conflict_id
                for c in list_conflicts(session)
                if c.conflict_id.startswith(args.conflict)
            ]
        if not matching:
            raise NotFound(translate("cli", "open conflict %1").replace("%1", args.conflict))
        if len(matching) > 1:
            raise UsageError(
                translate("cli", "%1 names several conflicts; give more of its id").replace(
                    "%1", args.conflict
                )
            )
        with store.unit_of_work() as session:
            resolve_conflict(session, matching[0], args.resolution)
    out.write(
        translate("cli", "Resolved; the choice is sent with the next sync: %1").replace(
            "%1", matching[0]
        )
        + "\n"
    )
    return 0


def _sharing_json(account: Any, changed: bool) -> dict[str, Any]:
    return {
        "id": account.id,
        "name": account.name,
        "owner": account.owner_id,
        "shared_with": list(account.shared_with or []),
        "changed": changed,
    }


def cmd_share(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.services.accounts import ValidationFailed, share_account
    from kamdesk.services.visits import find_account

    asks_change = bool(args.add or args.remove)
    if inspect_database(paths) is None:
        raise UsageError(
            NotFound(translate("cli", "account %1").replace("%1", args.account)).message()
        )
    opened = open_store(paths) if asks_change else _reader(paths)
    with opened as store:
        try:
            with store.unit_of_work() if asks_change else store.reading() as session:
                account = find_account(session, args.account)
                changed = False
                if asks_change:
                    changed = not share_account(
                        session, account.id, add=args.add, remove=args.remove
                    ).is_empty
                shown = _sharing_json(account, changed)
        except ValidationFailed as failed:
            raise UsageError(
                "; ".join(
                    f"{'--with/--remove' if e.where == 'shared_with' else e.where}: {e.reason}"
                    for e in failed.errors
                )
            ) from None
        except (NotFound, InvalidInput) as wrong:
            raise UsageError(wrong.message()) from None
    if args.json:
        _emit_json(out, shown)
        return 0
    out.write(f"{shown['name']}\n")
    owner = shown["owner"] or translate("cli", "not yet known (the hub sets it at the next sync)")
    out.write(translate("cli", "Owner: %1").replace("%1", owner) + "\n")
    if shown["shared_with"]:
        out.write(
            translate("cli", "Shared with: %1").replace("%1", ", ".join(shown["shared_with"]))
            + "\n"
        )
    else:
        out.write(translate("cli", "Not shared") + "\n")
    if changed:
        out.write(
            translate(
                "cli",
                "Changed; the hub checks the names and who may share when you sync "
                "(a refusal is listed by kamdesk conflicts).",
            )
            + "\n"
        )
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, DataPaths, TextIO], int]] = {
    "demo": cmd_demo,
    "search": cmd_search,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "info": cmd_info,
    "settings": cmd_settings,
    "import": cmd_import,
    "export": cmd_export,
    "windows": cmd_windows,
    "calls": cmd_calls,
    "visit": cmd_visit,
    "report": cmd_report,
    "briefing": cmd_briefing,
    "login": cmd_login,
    "sync": cmd_sync,
    "status": cmd_status,
    "conflicts": cmd_conflicts,
    "resolve": cmd_resolve,
    "share": cmd_share,
}

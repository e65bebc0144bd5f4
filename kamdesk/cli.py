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
from typing import Any, TextIO

from kamdesk import backup
from kamdesk.errors import InvalidInput, NotFound, UsageError
from kamdesk.i18n import translate
from kamdesk.paths import DataPaths, resolve_data_dir
from kamdesk.store import Store, head_revision, inspect_database, open_store


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

    with open_store(paths) as store:
        with store.reading() as session:
            existing = client_book_summary(session).accounts
        if existing and not args.add:
            raise InvalidInput(
                str(paths.root),
                translate(
                    "cli",
                    "already holds %1 accounts; use an empty data directory (--data-dir) or --add",
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
            translate("cli", "Added %1 demo accounts with %2 contacts to %3")
            .replace("%1", str(result.accounts))
            .replace("%2", str(result.contacts))
            .replace("%3", str(paths.root))
            + "\n"
        )
    return 0


def cmd_search(args: argparse.Namespace, paths: DataPaths, out: TextIO) -> int:
    from kamdesk.services.search import search

    with _reader(paths) as store, store.reading() as session:
        results = search(session, args.query, limit=args.limit)
    if args.json:
        _emit_json(
            out,
            {
                "query": results.query,
                "total": results.total,
                "accounts": [dataclasses.asdict(h) for h in results.accounts],
                "contacts": [dataclasses.asdict(h) for h in results.contacts],
            },
        )
        return 0
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
    for key, value in counts.items():
        out.write(f"{key:<{width}}  {value}\n")
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


COMMANDS: dict[str, Callable[[argparse.Namespace, DataPaths, TextIO], int]] = {
    "demo": cmd_demo,
    "search": cmd_search,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "info": cmd_info,
    "settings": cmd_settings,
}

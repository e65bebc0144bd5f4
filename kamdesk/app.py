"""Start-up: the command line and, for the window, the hand-over to ``kamdesk.ui``.

``kamdesk`` with no command (or ``kamdesk gui``) opens the window; every
other command runs the same services without a window (DESIGN.md, "Command
line"). Messages are translated by Qt's translators in both cases: the
window's QApplication, or a QCoreApplication for the commands.

Errors are one line on stderr with exit status 1 (2 for usage), never a
traceback; an unexpected error is logged with its traceback to the data
directory's ``logs/`` and named in that one line.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from kamdesk import __version__
from kamdesk.errors import KamdeskError, UsageError
from kamdesk.i18n import LANGUAGES, translate

GUI_COMMANDS = frozenset({"gui"})


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            translate("cli", "%1 (see %2 --help)").replace("%1", message).replace("%2", self.prog)
        )


def _argparse_messages() -> tuple[str, ...]:
    """argparse's own messages that users see, listed so that lupdate collects them.

    :func:`_translate_argparse` routes argparse's ``_()`` through these.
    """
    return (
        translate("argparse", "usage: "),
        translate("argparse", "positional arguments"),
        translate("argparse", "options"),
        translate("argparse", "show this help message and exit"),
        translate("argparse", "show program's version number and exit"),
        translate("argparse", "expected one argument"),
        translate("argparse", "expected at most one argument"),
        translate("argparse", "expected at least one argument"),
        translate("argparse", "the following arguments are required: %s"),
        translate("argparse", "unrecognized arguments: %s"),
        translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        translate("argparse", "invalid %(type)s value: %(value)r"),
        translate("argparse", "argument %(argument_name)s: %(message)s"),
        translate("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        translate("argparse", "not allowed with argument %s"),
        translate("argparse", "one of the arguments %s is required"),
    )


def _translate_argparse() -> None:
    """Makes argparse's messages (usage, errors) follow the user's language."""
    # argparse looks its module-level ``_`` up at each call. A partial, not a
    # call with a variable text, which lupdate could not read.
    argparse._ = functools.partial(translate, "argparse")  # type: ignore[attr-defined]


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar=translate("cli", "DIR"),
        default=default,
        help=translate(
            "cli", "the data directory (default: $KAMDESK_DATA_DIR, else the platform's)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help=translate("cli", "the language of messages (default: the setting, else the system's)"),
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; help texts in the language installed now."""
    parser = _Parser(
        prog="kamdesk",
        description=translate(
            "cli", "kamdesk: key-account management for field sales reps, offline-first."
        ),
        epilog=translate("cli", "Without a command, kamdesk opens its window."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"kamdesk {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("cli", "open the window on a fresh data directory filled with demo data"),
    )
    _common(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))

    def command(name: str, help_text: str, *, json: bool = False) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _common(sub, suppress=True)
        if json:
            sub.add_argument(
                "--json",
                action="store_true",
                help=translate("cli", "print JSON (the shape is documented in docs/cli.md)"),
            )
        return sub

    command("gui", translate("cli", "open the window (the default)"))

    demo = command("demo", translate("cli", "fill the data directory with demo data"), json=True)
    demo.add_argument(
        "--accounts",
        type=_positive_int,
        default=200,
        metavar="N",
        help=translate("cli", "how many accounts (default 200)"),
    )
    demo.add_argument("--seed", type=int, default=None, help=translate("cli", "random seed"))
    demo.add_argument(
        "--add",
        action="store_true",
        help=translate("cli", "add to a data directory that already holds accounts"),
    )
    demo.add_argument(
        "--remove",
        action="store_true",
        help=translate(
            "cli", "remove the demo data, with everything added to demo accounts (before a sync)"
        ),
    )

    search = command(
        "search",
        translate("cli", "search accounts and contacts, as the search box does"),
        json=True,
    )
    search.add_argument("query", metavar=translate("cli", "QUERY"))
    search.add_argument("--limit", type=_positive_int, default=50, metavar="N")

    backup = command(
        "backup", translate("cli", "write a consistent copy of the database"), json=True
    )
    backup.add_argument(
        "file",
        nargs="?",
        metavar=translate("cli", "FILE"),
        help=translate("cli", "where to write it (default: a new file in the backups folder)"),
    )
    backup.add_argument(
        "--list", action="store_true", help=translate("cli", "list the backups instead")
    )

    restore = command("restore", translate("cli", "replace the database with a backup"))
    restore.add_argument("file", nargs="?", metavar=translate("cli", "FILE"))
    restore.add_argument(
        "--latest", action="store_true", help=translate("cli", "restore the newest backup")
    )

    command(
        "info", translate("cli", "where the data lives, its schema, counts and backups"), json=True
    )

    settings = command("settings", translate("cli", "show or change a setting"), json=True)
    settings.add_argument("key", nargs="?", metavar=translate("cli", "KEY"))
    settings.add_argument("value", nargs="?", metavar=translate("cli", "VALUE"))

    importing = command(
        "import",
        translate(
            "cli", "import accounts and contacts from CSV, XLSX, vCard or a kamdesk JSON export"
        ),
        json=True,
    )
    importing.add_argument("file", metavar=translate("cli", "FILE"))
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "check the file and say what would change; write nothing"),
    )
    importing.add_argument(
        "--map",
        action="append",
        metavar=translate("cli", "COLUMN=FIELD"),
        help=translate(
            "cli",
            "read the column COLUMN (its header or number) as FIELD, or leave it out with FIELD -; may be repeated",
        ),
    )

    exporting = command(
        "export",
        translate(
            "cli", "export everything to FILE.json (lossless) or the contact list to FILE.csv"
        ),
        json=True,
    )
    exporting.add_argument("file", metavar=translate("cli", "FILE"))
    exporting.add_argument(
        "--template",
        action="store_true",
        help=translate("cli", "write the import template (a CSV file with an example row) instead"),
    )
    exporting.add_argument(
        "--ics",
        action="store_true",
        help=translate(
            "cli", "write planned visits and call-backs as a calendar file (FILE.ics) instead"
        ),
    )
    exporting.add_argument(
        "--force", action="store_true", help=translate("cli", "replace FILE if it exists")
    )

    windows = command(
        "windows",
        translate("cli", "a contact's good times to call on a day, in your time zone"),
        json=True,
    )
    windows.add_argument(
        "contact",
        metavar=translate("cli", "CONTACT"),
        help=translate("cli", "the contact's id or name"),
    )
    windows.add_argument(
        "--date",
        metavar=translate("cli", "DAY"),
        help=translate("cli", "the day, as 2026-11-26 (default: today)"),
    )

    calls = command(
        "calls",
        translate("cli", "the day's call list: whom to call, why, and when"),
        json=True,
    )
    calls.add_argument(
        "--date",
        metavar=translate("cli", "DAY"),
        help=translate("cli", "the day, as 2026-11-26 (default: today)"),
    )

    visit = command("visit", translate("cli", "plan, list and show visits"))
    visit_commands = visit.add_subparsers(dest="visit_command", metavar=translate("cli", "ACTION"))

    def visit_action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = visit_commands.add_parser(name, help=help_text, description=help_text)
        _common(sub, suppress=True)
        sub.add_argument(
            "--json",
            action="store_true",
            help=translate("cli", "print JSON (the shape is documented in docs/cli.md)"),
        )
        return sub

    plan = visit_action("plan", translate("cli", "plan a visit; prints its id"))
    plan.add_argument(
        "--account",
        required=True,
        metavar=translate("cli", "ACCOUNT"),
        help=translate("cli", "the account's id or name"),
    )
    plan.add_argument(
        "--contact",
        required=True,
        action="append",
        metavar=translate("cli", "CONTACT"),
        help=translate(
            "cli", "an attendee: a contact of the account, by id or name; may be repeated"
        ),
    )
    plan.add_argument(
        "--start",
        required=True,
        metavar=translate("cli", "TIME"),
        help=translate(
            "cli",
            "when it starts, as 2026-12-01T14:30 (in your time zone unless an offset is given)",
        ),
    )
    plan.add_argument(
        "--end",
        metavar=translate("cli", "TIME"),
        help=translate("cli", "when it ends (default: an hour after the start)"),
    )
    plan.add_argument(
        "--scenario",
        default="existing_client",
        choices=("cold_visit", "referral", "existing_client", "client_visits_us"),
        help=translate("cli", "the kind of visit (default: existing_client)"),
    )
    plan.add_argument("--place", metavar=translate("cli", "PLACE"), help=translate("cli", "where"))
    plan.add_argument(
        "--objectives",
        metavar=translate("cli", "TEXT"),
        help=translate("cli", "what you want from the visit"),
    )

    listing = visit_action("list", translate("cli", "the visits on some days, by start"))
    listing.add_argument(
        "--from",
        dest="date_from",
        metavar=translate("cli", "DAY"),
        help=translate("cli", "the first day, as 2026-11-26 (default: today)"),
    )
    listing.add_argument(
        "--to",
        dest="date_to",
        metavar=translate("cli", "DAY"),
        help=translate("cli", "the last day (default: six days after the first)"),
    )

    show = visit_action("show", translate("cli", "everything about one visit"))
    show.add_argument(
        "visit",
        metavar=translate("cli", "VISIT"),
        help=translate("cli", "the visit's id, or the beginning of it"),
    )

    report = command(
        "report", translate("cli", "write visit reports as PDF, one file or one each"), json=True
    )
    report.add_argument(
        "visits",
        nargs="+",
        metavar=translate("cli", "VISIT"),
        help=translate("cli", "the visit's id, or the beginning of it"),
    )
    report.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("cli", "OUT"),
        help=translate(
            "cli", "the PDF to write (several visits: one after the other); with --each, a folder"
        ),
    )
    report.add_argument(
        "--each",
        action="store_true",
        help=translate("cli", "one PDF per visit in the folder OUT, named by day and account"),
    )
    report.add_argument(
        "--force", action="store_true", help=translate("cli", "replace files that exist")
    )

    brief = command(
        "briefing",
        translate("cli", "the pre-visit briefing: who you meet and how to handle them"),
        json=True,
    )
    brief.add_argument(
        "visit",
        metavar=translate("cli", "VISIT"),
        help=translate("cli", "the visit's id, or the beginning of it"),
    )
    brief.add_argument(
        "--pdf",
        metavar=translate("cli", "FILE"),
        help=translate("cli", "also write it as a one-page PDF to read on the phone"),
    )
    brief.add_argument(
        "--force", action="store_true", help=translate("cli", "replace files that exist")
    )
    login = command(
        "login", translate("cli", "sign in to the office hub (the token goes to the keyring)")
    )
    login.add_argument(
        "--hub",
        required=True,
        metavar=translate("cli", "URL"),
        help=translate("cli", "the hub's address, as https://hub.example.com"),
    )
    login.add_argument(
        "--user",
        required=True,
        metavar=translate("cli", "NAME"),
        help=translate("cli", "your user name on the hub"),
    )
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("cli", "read the password from the first line of standard input"),
    )
    command(
        "sync",
        translate("cli", "sync with the office hub now: send your changes, receive the team's"),
        json=True,
    )
    command(
        "status",
        translate("cli", "pending changes, open conflicts, last sync and last error"),
        json=True,
    )
    conflicts = command(
        "conflicts",
        translate("cli", "values that lost a concurrent edit, and changes the hub refused"),
        json=True,
    )
    conflicts.add_argument("--all", action="store_true", help=translate("cli", "resolved ones too"))
    resolve = command(
        "resolve",
        translate(
            "cli",
            "resolve a conflict: keep the current value, use the other, or restore the record",
        ),
    )
    resolve.add_argument(
        "conflict",
        metavar=translate("cli", "CONFLICT"),
        help=translate("cli", "the conflict's id, or the beginning of it"),
    )
    resolve.add_argument("resolution", choices=("keep", "use_other", "restore"))
    share = command(
        "share",
        translate("cli", "share an account with other reps, or stop; prints who it is shared with"),
        json=True,
    )
    share.add_argument(
        "account",
        metavar=translate("cli", "ACCOUNT"),
        help=translate("cli", "the account's id or name"),
    )
    share.add_argument(
        "--with",
        dest="add",
        action="append",
        default=[],
        metavar=translate("cli", "USER"),
        help=translate("cli", "share it with this rep (a hub user name); may be repeated"),
    )
    share.add_argument(
        "--remove",
        action="append",
        default=[],
        metavar=translate("cli", "USER"),
        help=translate("cli", "stop sharing it with this rep; may be repeated"),
    )
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "not a whole number: %1").replace("%1", text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("cli", "must be at least 1: %1").replace("%1", text)
        )
    return value


def _prescan(argv: Sequence[str]) -> tuple[str | None, str | None, str | None]:
    """The command, --lang and --data-dir, read before translations exist."""
    scout = _Parser(prog="kamdesk", add_help=False)
    scout.add_argument("--lang")
    scout.add_argument("--data-dir")
    try:
        known, rest = scout.parse_known_args(list(argv))
    except UsageError:
        # The full parser reports it, translated: find the language by hand.
        lang = next((b for a, b in itertools.pairwise(argv) if a == "--lang"), None)
        return None, lang, None
    command = next((a for a in rest if not a.startswith("-")), None)
    return command, known.lang, known.data_dir


def _setting_language(data_dir: str | None) -> str | None:
    from kamdesk.paths import resolve_data_dir
    from kamdesk.settings import load_settings

    try:
        return load_settings(resolve_data_dir(data_dir).settings).language
    except (KamdeskError, OSError):
        return None  # a broken settings file is reported by the command that reads it


def _install_cli_translations(language: str | None, data_dir: str | None) -> object:
    from PySide6.QtCore import QCoreApplication

    from kamdesk.ui.translations import install_translations, system_language

    app = QCoreApplication.instance() or QCoreApplication(["kamdesk"])
    if language not in LANGUAGES:
        setting = _setting_language(data_dir)
        language = setting if setting in LANGUAGES else system_language()
    install_translations(app, language)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Runs ``kamdesk``; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        _translate_argparse()
        command, lang, data_dir = _prescan(argv)
        if lang is not None and lang not in LANGUAGES:
            lang = None  # argparse reports it below
        asks_for_text = any(a in ("-h", "--help", "--version") for a in argv)
        if (command is None or command in GUI_COMMANDS) and not asks_for_text:
            try:
                args = build_parser().parse_args(argv)
            except UsageError:
                _install_cli_translations(lang, data_dir)  # to say what is wrong in words
                build_parser().parse_args(argv)
                raise
            return _run_gui(args)
        _app = _install_cli_translations(lang, data_dir)
        args = build_parser().parse_args(argv)
        from kamdesk import cli

        return cli.run(args, sys.stdout)
    except KamdeskError as exc:
        _print_error(exc.message())
        return exc.exit_code
    except KeyboardInterrupt:
        _print_error(translate("cli", "interrupted"))
        return 130
    except BrokenPipeError:
        return 1
    except SystemExit as exc:  # --help and --version end through argparse's exit
        return exc.code if isinstance(exc.code, int) else 0
    except Exception as exc:  # the last line of defence: never a traceback
        log = _log_internal_error(argv)
        _print_error(
            translate("cli", "internal error (%1: %2); details in %3")
            .replace("%1", type(exc).__name__)
            .replace("%2", str(exc))
            .replace("%3", log)
        )
        return 1


def _run_gui(args: argparse.Namespace) -> int:
    from kamdesk.paths import resolve_data_dir

    demo_accounts = None
    if args.demo:
        import tempfile
        from pathlib import Path

        demo_accounts = 200
        if args.data_dir and (
            not Path(args.data_dir).exists() or not any(Path(args.data_dir).iterdir())
        ):
            paths = resolve_data_dir(args.data_dir)
        else:
            paths = resolve_data_dir(tempfile.mkdtemp(prefix="kamdesk-demo-"))
    else:
        paths = resolve_data_dir(args.data_dir)
    from kamdesk.ui.application import run_gui

    return run_gui(paths, args.lang, demo_accounts=demo_accounts)


def _print_error(message: str) -> None:
    one_line = " ".join(message.split())
    with contextlib.suppress(BrokenPipeError, OSError):
        print(f"kamdesk: {one_line}", file=sys.stderr)


def _log_internal_error(argv: Sequence[str]) -> str:
    """Writes the traceback to the log; returns where (or "stderr log" if it cannot)."""
    try:
        from kamdesk.paths import resolve_data_dir

        _, _, data_dir = _prescan(argv)
        logs = resolve_data_dir(data_dir).logs
        logs.mkdir(parents=True, exist_ok=True)
        target = logs / "kamdesk.log"
        handler = logging.FileHandler(target, encoding="utf-8")
        logger = logging.getLogger("kamdesk.crash")
        logger.addHandler(handler)
        try:
            logger.error("internal error running kamdesk %s", " ".join(argv), exc_info=True)
        finally:
            logger.removeHandler(handler)
            handler.close()
        return str(target)
    except Exception:
        return "?"

"""``kamdesk-hub``: run the office hub and manage its users and devices.

    kamdesk-hub serve [--host H] [--port P] [--database URL] [--ssl-certfile F --ssl-keyfile F]
    kamdesk-hub adduser NAME --role rep|manager [--password-stdin]
    kamdesk-hub passwd NAME [--password-stdin]
    kamdesk-hub revoke USER|DEVICE
    kamdesk-hub list [--json]
    kamdesk-hub rotate-epoch

``--database`` (every command; or ``KAMDESK_HUB_DATABASE``) is an SQLite file
path or URL, or ``postgresql://user@host/db``; by default an SQLite file in
the platform's data directory. Every command first brings the store to the
newest schema. Errors go to stderr with exit status 1 (2 for usage).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

ENV_DATABASE = "KAMDESK_HUB_DATABASE"


def default_database() -> str:
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('kamdesk-hub', appauthor=False)) / 'hub.sqlite3'}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kamdesk-hub", description="The kamdesk office hub: sync server and team accounts."
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        default=os.environ.get(ENV_DATABASE) or None,
        help="SQLite file or URL, or postgresql://user@host/db (default: a file in the "
        f"platform data directory; or ${ENV_DATABASE})",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", parents=[common], help="run the hub (uvicorn)")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    serve.add_argument("--port", type=int, default=8470, help="port (default 8470)")
    serve.add_argument("--ssl-certfile", help="TLS certificate (PEM), with --ssl-keyfile")
    serve.add_argument("--ssl-keyfile", help="TLS private key (PEM), with --ssl-certfile")
    serve.add_argument(
        "--max-body-mb", type=float, default=8.0, help="largest request body in MB (default 8)"
    )

    adduser = commands.add_parser("adduser", parents=[common], help="add a user")
    adduser.add_argument("name")
    adduser.add_argument("--role", required=True, choices=["rep", "manager"])
    adduser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )

    passwd = commands.add_parser("passwd", parents=[common], help="set a user's password")
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true")

    revoke = commands.add_parser(
        "revoke", parents=[common], help="revoke a user (all devices) or one device"
    )
    revoke.add_argument("target", metavar="USER|DEVICE")

    listing = commands.add_parser("list", parents=[common], help="users and their devices")
    listing.add_argument("--json", action="store_true", help="print JSON")

    commands.add_parser(
        "rotate-epoch",
        parents=[common],
        help="new hub identity (after restoring a backup): every client downloads again",
    )
    return parser


class CommandError(Exception):
    pass


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError("no password on standard input")
        return password
    first = getpass.getpass("Password: ")
    second = getpass.getpass("Password again: ")
    if first != second:
        raise CommandError("the two passwords differ")
    return first


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from kamdesk.hub.db import DatabaseUrlError, create_hub_engine, normalise_url, upgrade
    from kamdesk.hub.service import AdminError, Hub, HubSettings

    url = args.database or default_database()
    try:
        url = normalise_url(url)
        if args.command == "serve":
            return _serve(args, url)
        engine = create_hub_engine(url)
        upgrade(engine)
        hub = Hub(engine, HubSettings(database_url=url))
        if args.command == "adduser":
            hub.add_user(args.name, args.role, _read_password(args.password_stdin))
            print(f"added {args.role} {args.name}")
        elif args.command == "passwd":
            hub.set_password(args.name, _read_password(args.password_stdin))
            print(f"password of {args.name} changed")
        elif args.command == "revoke":
            kind = hub.revoke(args.target)
            print(f"revoked {kind} {args.target}")
        elif args.command == "list":
            users = hub.list_users()
            if args.json:
                print(json.dumps({"users": users}, ensure_ascii=False, indent=2))
            else:
                _print_users(users)
        elif args.command == "rotate-epoch":
            print(f"new hub id {hub.rotate_epoch()}: clients will download everything again")
        engine.dispose()
    except (CommandError, AdminError, DatabaseUrlError) as error:
        print(f"kamdesk-hub: {error}", file=sys.stderr)
        return 1
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        print(f"kamdesk-hub: database {_redacted(url)}: {detail}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def _redacted(url: str) -> str:
    """The URL without a password, fit for a message."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(unreadable URL)"


def _print_users(users: list[dict[str, object]]) -> None:
    if not users:
        print("no users yet: kamdesk-hub adduser NAME --role rep|manager")
        return
    for user in users:
        state = " (revoked)" if user["revoked"] else ""
        print(f"{user['name']}\t{user['role']}{state}")
        for device in user["devices"]:  # type: ignore[attr-defined]
            flag = " (revoked)" if device["revoked"] else ""
            seen = device["last_seen_at"] or "never"
            print(f"  {device['device_id']}\t{device['label']}\tlast seen {seen}{flag}")


def _serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    from kamdesk.hub.app import create_app
    from kamdesk.hub.service import HubSettings

    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise CommandError("--ssl-certfile and --ssl-keyfile go together")
    for path in (args.ssl_certfile, args.ssl_keyfile):
        if path and not Path(path).is_file():
            raise CommandError(f"{path}: no such file")
    settings = HubSettings(database_url=url, max_body_bytes=int(args.max_body_mb * 1024 * 1024))
    app = create_app(settings)
    print(f"kamdesk hub on {_redacted(url)}", file=sys.stderr)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        proxy_headers=False,
        server_header=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

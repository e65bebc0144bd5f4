"""What the hub does: sign-in, devices, push with merge, pull, conflicts, content.

Plain Python over the hub store; :mod:`kamdesk.hub.app` puts HTTP around it
and :mod:`kamdesk.hub.cli` the admin commands. The protocol is the one of
/work/briefs/sync-contract.md (shared/research/sync-protocol.md section 7):

* one writing transaction per push, holding the sequence lock from its start
  (:func:`kamdesk.hub.db.writing`), every change getting the next sequence;
* a ledger of (device, mutation id, SHA-256 of the mutation, result), so a
  replay returns the first answer and applies nothing twice;
* per-field merge by the sequence the editor saw; concurrent edits decided by
  the skew-corrected edit time (else arrival order), the loser logged;
* delete beats edit; deleting an account tombstones its children, restoring
  it restores those it took along; an edit pushed onto a deleted row is merged
  into the tombstone and logged, so restoring brings it back (and settles those
  conflicts); a delete logs only the edits made after the version its author saw;
* visibility by account: owner, shares, managers; a change of who may see an
  account moves its rows in (new sequences) and out (exits).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    String,
    Text,
    and_,
    any_,
    bindparam,
    cast,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY

from kamdesk.hub import PROTOCOL_VERSION
from kamdesk.hub.auth import (
    MIN_PASSWORD_LENGTH,
    LoginThrottle,
    hash_password,
    new_token,
    token_digest,
    verify_password,
)
from kamdesk.hub.db import SeqCounter, bulk_insert, is_postgres, reading, small_write, writing
from kamdesk.hub.schema import (
    hub_access,
    hub_conflicts,
    hub_content,
    hub_devices,
    hub_exits,
    hub_ledger,
    hub_rows,
    hub_users,
    sync_meta,
)

ROLE_REP = "rep"
ROLE_MANAGER = "manager"
ROLES = (ROLE_REP, ROLE_MANAGER)

#: The synced entities (kamdesk/models/entities.py SYNCED_MODELS).
ENTITIES = frozenset({"account", "contact", "visit", "call", "task", "special_date", "score"})

#: Long text fields: a concurrent edit is logged as ``text_fork`` (merge by hand)
#: instead of ``overwrite``; the winner is chosen the same way.
TEXT_FIELDS: dict[str, frozenset[str]] = {
    "account": frozenset(
        {"background", "organisation_notes", "biggest_project", "competitors", "notes"}
    ),
    "contact": frozenset({"notes"}),
    "visit": frozenset(
        {"objectives", "notes", "outcome", "needs_found", "objections", "next_steps"}
    ),
    "call": frozenset({"outcome_reason"}),
    "task": frozenset({"notes"}),
}

#: Content a manager may publish to every rep (POST /v1/content/{kind}).
CONTENT_KINDS = ("phone_script", "call_timing", "visit_checklist", "personality")

OPS = ("upsert", "delete", "restore", "resolve")
RESOLUTIONS = ("keep", "use_other", "restore")

MAX_MUTATIONS = 500
DEFAULT_PULL_LIMIT = 2000
MAX_PULL_LIMIT = 10_000
#: A device clock further off than this is not trusted to order concurrent edits.
MAX_TRUSTED_OFFSET_MS = 5 * 60 * 1000

_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_USER_NAME = re.compile(r"^[\w.@-]{1,64}$")


class HubError(Exception):
    """A request the hub answers with an HTTP error: ``{"error": code, "message": …}``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, **self.extra}


class AdminError(Exception):
    """An admin command that cannot be done (unknown user, weak password…)."""


class Rejected(Exception):
    """One mutation the user may not make, or cannot be applied; its group is rolled back."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class User:
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role == ROLE_MANAGER

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role}


@dataclass(frozen=True)
class Device:
    device_id: str
    user: User
    last_mutation_id: int
    clock_offset_ms: int | None


@dataclass
class HubSettings:
    """What a hub is configured with (``kamdesk-hub serve`` options, tests)."""

    database_url: str
    #: request bodies over this many bytes are refused with 413
    max_body_bytes: int = 8 * 1024 * 1024
    login_failures_per_user: int = 5
    login_failures_per_address: int = 20
    login_window_seconds: float = 300.0
    #: client schema versions (their Alembic head number) this hub serves
    schema_min: int | None = None
    schema_max: int | None = None


def now_utc() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 time as an aware datetime; ``None`` when missing or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def mutation_digest(mutation: dict[str, Any]) -> str:
    """SHA-256 of a mutation in canonical JSON: what the ledger compares replays by."""
    canonical = json.dumps(mutation, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _is_uuid(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _conflict_json(row: Any) -> dict[str, Any]:
    return {
        "conflict_id": row.conflict_id,
        "entity": row.entity,
        "id": row.row_id,
        "account_id": row.account_id,
        "field": row.field,
        "kind": row.kind,
        "winner_value": row.winner_value,
        "loser_value": row.loser_value,
        "winner_user": row.winner_user,
        "winner_device": row.winner_device,
        "loser_user": row.loser_user,
        "loser_device": row.loser_device,
        "base_seq": row.base_seq,
        "winner_seq": row.winner_seq,
        "seq": row.seq,
        "created_at": _iso(row.created_at),
        "resolved": row.resolved_at is not None,
        "resolved_at": _iso(row.resolved_at),
        "resolved_by": row.resolved_by,
        "resolution": row.resolution,
    }


def _row_json(row: Any) -> dict[str, Any]:
    """A row as push results carry it (``row_seq``) and pulls (``seq``): both keys are given."""
    return {
        "entity": row.entity,
        "id": row.id,
        "row_seq": row.row_seq,
        "seq": row.row_seq,
        "deleted": bool(row.deleted),
        "data": row.data,
        "field_seq": row.field_seq,
    }


#: A pulled row's columns, ``data`` and ``field_seq`` as the JSON text stored.
_PULLED = (
    hub_rows.c.entity,
    hub_rows.c.id,
    hub_rows.c.row_seq,
    hub_rows.c.deleted,
    cast(hub_rows.c.data, Text).label("data"),
    cast(hub_rows.c.field_seq, Text).label("field_seq"),
)
_DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
#: Entity names and row ids are plain ASCII words (ids are UUIDs): quoted as they are.
_PLAIN = re.compile(r"[A-Za-z0-9_.:-]*")


def _json_string(text: str) -> str:
    return f'"{text}"' if _PLAIN.fullmatch(text) else _DUMPS(text)


def _pulled_row_json(row: Any) -> str:
    """:func:`_row_json` of a pulled row, as JSON text (see ``HubService.pull``)."""
    seq = int(row.row_seq)
    return (
        f'{{"entity":{_json_string(row.entity)},"id":{_json_string(row.id)},'
        f'"row_seq":{seq},"seq":{seq},"deleted":{"true" if row.deleted else "false"},'
        f'"data":{row.data},"field_seq":{row.field_seq}}}'
    )


def default_schema_range() -> tuple[int, int]:
    """The client schemas a hub of this release serves: from 8 (``shared_with``) to the
    newest client migration shipped beside it."""
    from pathlib import Path

    versions = Path(__file__).resolve().parents[1] / "migrations" / "versions"
    numbers = [int(p.name[:4]) for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py")]
    newest = max(numbers, default=8)
    return min(8, newest), newest


@dataclass
class _Push:
    """The state of one push transaction."""

    connection: Connection
    counter: SeqCounter
    user: User
    device_id: str
    clock_offset_ms: int | None
    now: datetime
    managers: frozenset[str]
    known_users: frozenset[str]
    #: whether the user may see an account, by account id (dropped when its access changes)
    visible: dict[str, bool] = field(default_factory=dict)
    #: rows read in this push, by (entity, id); ``None``: no such row (dropped when written)
    rows: dict[tuple[str, str], Any] = field(default_factory=dict)
    #: ledger entries, written together at the end of the push
    ledger: list[dict[str, Any]] = field(default_factory=list)
    #: the mutation being applied (its id goes into the conflicts it loses)
    mid: int | None = None
    #: new rows not yet inserted: written together before the next statement on hub_rows
    new_rows: list[dict[str, Any]] = field(default_factory=list)
    #: new ``hub_access`` rows not yet inserted: written with the new rows, and
    #: before any statement on ``hub_access``
    new_access: list[dict[str, Any]] = field(default_factory=list)

    def flush(self) -> None:
        if self.new_rows:
            bulk_insert(self.connection, hub_rows, self.new_rows)
            self.new_rows = []
        if self.new_access:
            bulk_insert(self.connection, hub_access, self.new_access)
            self.new_access = []

    def execute(self, statement: Any) -> Any:
        """Runs a statement on ``hub_rows`` after writing the new rows still pending."""
        self.flush()
        return self.connection.execute(statement)

    def trusted_offset(self) -> int | None:
        offset = self.clock_offset_ms
        if offset is None or abs(offset) > MAX_TRUSTED_OFFSET_MS:
            return None
        return offset


class Hub:
    """The hub over one store. Thread-safe: every call opens its own transaction."""

    def __init__(self, engine: Engine, settings: HubSettings) -> None:
        self.engine = engine
        self.settings = settings
        self.throttle = LoginThrottle(
            settings.login_failures_per_user,
            settings.login_failures_per_address,
            settings.login_window_seconds,
        )
        low, high = default_schema_range()
        self.schema_min = settings.schema_min if settings.schema_min is not None else low
        self.schema_max = settings.schema_max if settings.schema_max is not None else high
        #: the counter of writing transactions (tests swap in a naive one to prove
        #: that the ordering test catches a cursor skipping a row)
        self.counter_class: type[SeqCounter] = SeqCounter
        #: called with the pushing device inside every push transaction just before
        #: it commits (tests use it to hold a writer between its seqs and its commit)
        self.before_commit: Callable[[Device], None] | None = None

    # --- meta ---------------------------------------------------------------------

    def hub_id(self) -> str:
        with self.engine.connect() as connection:
            return str(connection.execute(select(sync_meta.c.hub_id)).scalar_one())

    def head_seq(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(sync_meta.c.seq)).scalar_one())

    def rotate_epoch(self) -> str:
        """A new ``hub_id``: every client re-downloads (after pushing what it holds)."""
        new_id = str(uuid.uuid4())
        with writing(self.engine) as counter:
            counter.connection.execute(update(sync_meta).values(hub_id=new_id))
        return new_id

    def check_versions(self, protocol: Any, schema_version: Any | None = None) -> None:
        if protocol != PROTOCOL_VERSION:
            raise HubError(
                426,
                "upgrade_required",
                f"This hub speaks sync protocol {PROTOCOL_VERSION}, the app sent {protocol!r}: "
                "update kamdesk (or the hub) so both speak the same protocol.",
                protocol=PROTOCOL_VERSION,
            )
        if schema_version is None:
            return
        if not isinstance(schema_version, int) or not (
            self.schema_min <= schema_version <= self.schema_max
        ):
            hint = (
                "update kamdesk on this laptop"
                if isinstance(schema_version, int) and schema_version < self.schema_min
                else "update the hub"
            )
            raise HubError(
                426,
                "upgrade_required",
                f"This hub serves app database versions {self.schema_min} to {self.schema_max}, "
                f"the app has {schema_version!r}: {hint}. Work continues offline meanwhile.",
                schema={"min": self.schema_min, "max": self.schema_max},
            )

    def check_hub_id(self, connection: Connection, hub_id: Any) -> str:
        current = str(connection.execute(select(sync_meta.c.hub_id)).scalar_one())
        if hub_id != current:
            raise HubError(
                409,
                "reset_required",
                "The hub was restored or replaced: download everything again "
                "(pending changes are kept and pushed).",
                hub_id=current,
            )
        return current

    # --- users and devices (admin) -------------------------------------------------

    def add_user(self, name: str, role: str, password: str) -> None:
        if not _USER_NAME.match(name):
            raise AdminError(
                f"user name {name!r}: use 1 to 64 letters, digits, '.', '_', '-' or '@'"
            )
        if role not in ROLES:
            raise AdminError(f"role {role!r}: use rep or manager")
        _check_password(password)
        with small_write(self.engine) as connection:
            if connection.execute(select(hub_users.c.name).where(hub_users.c.name == name)).first():
                raise AdminError(f"user {name!r} exists already (passwd changes the password)")
            connection.execute(
                insert(hub_users).values(
                    name=name,
                    role=role,
                    password_hash=hash_password(password),
                    created_at=now_utc(),
                )
            )

    def set_password(self, name: str, password: str) -> None:
        _check_password(password)
        with small_write(self.engine) as connection:
            done = connection.execute(
                update(hub_users)
                .where(hub_users.c.name == name)
                .values(password_hash=hash_password(password))
            )
            if done.rowcount == 0:
                raise AdminError(f"no user {name!r}")

    def revoke(self, target: str) -> str:
        """Revokes a user (and all their devices) or one device; says which it was."""
        now = now_utc()
        with small_write(self.engine) as connection:
            if connection.execute(
                select(hub_users.c.name).where(hub_users.c.name == target)
            ).first():
                connection.execute(
                    update(hub_users).where(hub_users.c.name == target).values(revoked_at=now)
                )
                connection.execute(
                    update(hub_devices)
                    .where(hub_devices.c.user_name == target, hub_devices.c.revoked_at.is_(None))
                    .values(revoked_at=now)
                )
                return "user"
            done = connection.execute(
                update(hub_devices).where(hub_devices.c.device_id == target).values(revoked_at=now)
            )
            if done.rowcount:
                return "device"
        raise AdminError(f"no user or device {target!r}")

    def list_users(self) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            users = connection.execute(select(hub_users).order_by(hub_users.c.name)).all()
            devices = connection.execute(
                select(hub_devices).order_by(hub_devices.c.user_name, hub_devices.c.created_at)
            ).all()
        return [
            {
                "name": user.name,
                "role": user.role,
                "revoked": user.revoked_at is not None,
                "devices": [
                    {
                        "device_id": device.device_id,
                        "label": device.label,
                        "app_version": device.app_version,
                        "created_at": _iso(device.created_at),
                        "last_seen_at": _iso(device.last_seen_at),
                        "revoked": device.revoked_at is not None,
                    }
                    for device in devices
                    if device.user_name == user.name
                ],
            }
            for user in users
        ]

    # --- sign-in ----------------------------------------------------------------

    def login(
        self,
        username: str,
        password: str,
        *,
        address: str,
        label: str = "",
        app_version: str = "",
        next_mid: int = 1,
    ) -> dict[str, Any]:
        wait = self.throttle.retry_after(username, address)
        if wait:
            raise HubError(
                429,
                "rate_limited",
                f"Too many failed sign-ins: try again in {wait} s.",
                headers={"Retry-After": str(wait)},
                retry_after=wait,
            )
        with self.engine.connect() as connection:
            user = connection.execute(select(hub_users).where(hub_users.c.name == username)).first()
        if not verify_password(user.password_hash if user else None, password) or user is None:
            self.throttle.failed(username, address)
            raise HubError(401, "unauthorized", "Wrong user name or password.")
        if user.revoked_at is not None:
            raise HubError(401, "revoked", "This user was revoked on the hub.")
        self.throttle.succeeded(username)
        with small_write(self.engine) as connection:
            return self._new_device(
                connection, User(user.name, user.role), label, app_version, next_mid
            )

    def _new_device(
        self, connection: Connection, user: User, label: str, app_version: str, next_mid: int
    ) -> dict[str, Any]:
        token = new_token()
        device_id = str(uuid.uuid4())
        now = now_utc()
        connection.execute(
            insert(hub_devices).values(
                device_id=device_id,
                user_name=user.name,
                label=label[:200],
                app_version=app_version[:64],
                token_sha256=token_digest(token),
                last_mutation_id=max(0, next_mid - 1),
                created_at=now,
                last_seen_at=now,
            )
        )
        hub_id = str(connection.execute(select(sync_meta.c.hub_id)).scalar_one())
        return {"device_id": device_id, "token": token, "hub_id": hub_id, "user": user.as_json()}

    def authenticate(self, token: str | None) -> Device:
        if not token:
            raise HubError(401, "unauthorized", "Sign in to the hub first (no device token).")
        with self.engine.connect() as connection:
            found = connection.execute(
                select(
                    hub_devices.c.device_id,
                    hub_devices.c.last_mutation_id,
                    hub_devices.c.clock_offset_ms,
                    hub_devices.c.revoked_at,
                    hub_users.c.name,
                    hub_users.c.role,
                    hub_users.c.revoked_at.label("user_revoked_at"),
                )
                .join(hub_users, hub_users.c.name == hub_devices.c.user_name)
                .where(hub_devices.c.token_sha256 == token_digest(token))
            ).first()
        if found is None:
            raise HubError(401, "unauthorized", "Unknown device token: sign in again.")
        if found.revoked_at is not None or found.user_revoked_at is not None:
            raise HubError(401, "revoked", "This device or user was revoked: sign in again.")
        return Device(
            found.device_id,
            User(found.name, found.role),
            int(found.last_mutation_id),
            found.clock_offset_ms,
        )

    def rotate_device(self, device: Device, next_mid: int) -> dict[str, Any]:
        """A new device id and token for the same user; the old device is retired."""
        with small_write(self.engine) as connection:
            label, app_version = connection.execute(
                select(hub_devices.c.label, hub_devices.c.app_version).where(
                    hub_devices.c.device_id == device.device_id
                )
            ).one()
            created = self._new_device(connection, device.user, label, app_version, next_mid)
            connection.execute(
                update(hub_devices)
                .where(hub_devices.c.device_id == device.device_id)
                .values(revoked_at=now_utc(), replaced_by=created["device_id"])
            )
        return created

    # --- hello -----------------------------------------------------------------------

    def hello(
        self, device: Device, *, client_now: Any = None, schema_version: int | None = None
    ) -> dict[str, Any]:
        now = now_utc()
        offset = _offset_ms(now, client_now)
        with small_write(self.engine) as connection:
            values: dict[str, Any] = {"last_seen_at": now, "schema_version": schema_version}
            if offset is not None:
                values["clock_offset_ms"] = offset
            connection.execute(
                update(hub_devices)
                .where(hub_devices.c.device_id == device.device_id)
                .values(**values)
            )
            meta = connection.execute(select(sync_meta.c.hub_id, sync_meta.c.seq)).one()
            open_count = connection.execute(
                select(func.count())
                .select_from(hub_conflicts)
                .where(self._conflicts_of(device.user), hub_conflicts.c.resolved_at.is_(None))
            ).scalar_one()
        return {
            "hub_id": meta.hub_id,
            "server_now": now.isoformat(),
            "head_seq": int(meta.seq),
            "user": device.user.as_json(),
            "device_id": device.device_id,
            "open_conflicts": int(open_count),
            "schema": {"min": self.schema_min, "max": self.schema_max},
            "protocol": PROTOCOL_VERSION,
            "clock_offset_ms": offset,
        }

    # --- visibility --------------------------------------------------------------

    def _visible_accounts(self, user: User) -> Any:
        """A subquery of the account ids ``user`` may see (not for managers: they see all)."""
        return select(hub_access.c.account_id).where(hub_access.c.user_name == user.name)

    def _conflicts_of(self, user: User) -> Any:
        mine = or_(
            hub_conflicts.c.winner_user == user.name, hub_conflicts.c.loser_user == user.name
        )
        if user.is_manager:
            return mine
        return and_(mine, hub_conflicts.c.account_id.in_(self._visible_accounts(user)))

    # --- pull ------------------------------------------------------------------------

    def pull(self, device: Device, *, hub_id: Any, cursor: int, limit: int) -> bytes:
        """One page of the rows ``device`` may see after ``cursor``, as the JSON answer.

        The rows' ``data`` and ``field_seq`` are spliced in as the database stores
        them, never decoded and encoded again: a first download is hundreds of
        thousands of rows, and building and encoding their dicts was most of the
        hub's work.
        """
        user = device.user
        limit = max(1, min(limit, MAX_PULL_LIMIT))
        with reading(self.engine) as connection:
            current_hub = self.check_hub_id(connection, hub_id)
            head = int(connection.execute(select(sync_meta.c.seq)).scalar_one())
            if cursor > head:
                raise HubError(
                    409,
                    "reset_required",
                    "The hub is behind this laptop (restored from a backup): download everything "
                    "again (pending changes are kept and pushed).",
                    hub_id=current_hub,
                )
            query = select(*_PULLED).where(hub_rows.c.row_seq > cursor)
            if cursor == 0:
                query = query.where(hub_rows.c.deleted.is_(False))
            if not user.is_manager:
                query = query.where(hub_rows.c.account_id.in_(self._visible_accounts(user)))
            rows = connection.execute(query.order_by(hub_rows.c.row_seq).limit(limit + 1)).all()
            exits: list[Any] = []
            if cursor > 0:
                exits = connection.execute(
                    select(hub_exits)
                    .where(hub_exits.c.user_name == user.name, hub_exits.c.seq > cursor)
                    .order_by(hub_exits.c.seq)
                    .limit(limit + 1)
                ).all()
            items: list[tuple[int, str, Any]] = sorted(
                [(int(r.row_seq), "row", r) for r in rows]
                + [(int(e.seq), "exit", e) for e in exits],
                key=lambda item: item[0],
            )
            has_more = len(items) > limit
            page = items[:limit]
            next_cursor = page[-1][0] if has_more else head
            conflict_query = select(hub_conflicts).where(
                self._conflicts_of(user),
                hub_conflicts.c.seq > cursor,
                hub_conflicts.c.seq <= next_cursor,
            )
            if cursor == 0:
                conflict_query = conflict_query.where(hub_conflicts.c.resolved_at.is_(None))
            conflicts = connection.execute(conflict_query.order_by(hub_conflicts.c.seq)).all()
        returned = {(item.entity, item.id) for _, kind, item in page if kind == "row"}
        rows_json = ",".join(_pulled_row_json(item) for _, kind, item in page if kind == "row")
        rest = {
            # An exit followed in the same page by the row itself (the user lost the
            # account and got it back) is left out: within a page order does not matter.
            "exits": [
                {"entity": item.entity, "id": item.id, "seq": int(item.seq)}
                for _, kind, item in page
                if kind == "exit" and (item.entity, item.id) not in returned
            ],
            "conflicts": [_conflict_json(c) for c in conflicts],
            "next_cursor": next_cursor,
            "has_more": has_more,
            "head_seq": head,
            "hub_id": current_hub,
        }
        return b"".join((b'{"rows":[', rows_json.encode(), b"],", _DUMPS(rest)[1:].encode()))

    # --- conflicts ---------------------------------------------------------------

    def open_conflicts(self, device: Device) -> list[dict[str, Any]]:
        with reading(self.engine) as connection:
            found = connection.execute(
                select(hub_conflicts)
                .where(self._conflicts_of(device.user), hub_conflicts.c.resolved_at.is_(None))
                .order_by(hub_conflicts.c.seq)
            ).all()
        return [_conflict_json(c) for c in found]

    def resolve(
        self, device: Device, *, hub_id: Any, conflict_id: str, resolution: str
    ) -> dict[str, Any]:
        with writing(self.engine, self.counter_class) as counter:
            self.check_hub_id(counter.connection, hub_id)
            push = self._push_state(counter, device, None)
            savepoint = counter.connection.begin_nested()
            try:
                self._resolve(
                    push,
                    conflict_id,
                    resolution,
                    edit_time=round(push.now.timestamp() * 1000),
                )
            except Rejected as rejected:
                savepoint.rollback()
                raise HubError(
                    404 if rejected.reason == "not_found" else 403,
                    rejected.reason,
                    rejected.message,
                ) from None
            savepoint.commit()
            conflict = counter.connection.execute(
                select(hub_conflicts).where(hub_conflicts.c.conflict_id == conflict_id)
            ).one()
            row = self._visible_row(push, conflict.entity, conflict.row_id)
        return {"conflict": _conflict_json(conflict), "row": row}

    # --- content -----------------------------------------------------------------

    def publish_content(self, device: Device, kind: str, document: Any) -> dict[str, Any]:
        if kind not in CONTENT_KINDS:
            raise HubError(
                404, "unknown_kind", f"content kind {kind!r}: use one of {', '.join(CONTENT_KINDS)}"
            )
        if not device.user.is_manager:
            raise HubError(403, "forbidden", "Only a manager may publish content to the team.")
        if not isinstance(document, dict):
            raise HubError(422, "invalid_request", "document: a JSON object is needed")
        with writing(self.engine) as counter:
            connection = counter.connection
            version = (
                connection.execute(
                    select(func.max(hub_content.c.version)).where(hub_content.c.kind == kind)
                ).scalar()
                or 0
            ) + 1
            published_at = now_utc()
            connection.execute(
                insert(hub_content).values(
                    kind=kind,
                    version=version,
                    document=document,
                    published_by=device.user.name,
                    published_at=published_at,
                )
            )
        return {
            "kind": kind,
            "version": version,
            "published_by": device.user.name,
            "published_at": published_at.isoformat(),
        }

    def list_content(self) -> list[dict[str, Any]]:
        with reading(self.engine) as connection:
            newest = (
                select(hub_content.c.kind, func.max(hub_content.c.version).label("version"))
                .group_by(hub_content.c.kind)
                .subquery()
            )
            found = connection.execute(
                select(hub_content)
                .join(
                    newest,
                    and_(
                        newest.c.kind == hub_content.c.kind,
                        newest.c.version == hub_content.c.version,
                    ),
                )
                .order_by(hub_content.c.kind)
            ).all()
        return [
            {
                "kind": item.kind,
                "version": item.version,
                "document": item.document,
                "published_by": item.published_by,
                "published_at": _iso(item.published_at),
            }
            for item in found
        ]

    # --- push ------------------------------------------------------------------------

    def push(
        self,
        device: Device,
        *,
        hub_id: Any,
        client_now: Any,
        mutations: Sequence[dict[str, Any]],
    ) -> dict[str, Any]:
        if len(mutations) > MAX_MUTATIONS:
            raise HubError(413, "too_many_mutations", f"at most {MAX_MUTATIONS} mutations per push")
        mids = [m["mid"] for m in mutations]
        if any(b <= a for a, b in itertools.pairwise(mids)):
            raise HubError(
                422, "invalid_request", "mutations: mids must be strictly increasing in a push"
            )
        now = now_utc()
        offset = _offset_ms(now, client_now)
        results: list[dict[str, Any]] = []
        with writing(self.engine, self.counter_class) as counter:
            connection = counter.connection
            self.check_hub_id(connection, hub_id)
            dev = connection.execute(
                select(hub_devices.c.last_mutation_id, hub_devices.c.revoked_at).where(
                    hub_devices.c.device_id == device.device_id
                )
            ).one()
            if dev.revoked_at is not None:
                raise HubError(401, "revoked", "This device was revoked: sign in again.")
            last = int(dev.last_mutation_id)
            push = self._push_state(counter, device, offset, now)

            fresh: list[tuple[dict[str, Any], str]] = []
            expected = last + 1
            for mutation in mutations:
                digest = mutation_digest(mutation)
                if mutation["mid"] <= last:
                    results.append(self._replay(push, mutation, digest))
                    continue
                if mutation["mid"] != expected:
                    raise HubError(
                        409,
                        "gap",
                        f"mutation {mutation['mid']} arrived but the hub expects {expected} next: "
                        "send again from there",
                        expected=expected,
                    )
                expected += 1
                fresh.append((mutation, digest))

            self._prefetch(push, (mutation for mutation, _digest in fresh))
            for group in _groups(fresh):
                results.extend(self._apply_group(push, group))
            push.flush()
            bulk_insert(connection, hub_ledger, push.ledger)
            self._add_rows(push, results)
            if fresh:
                last = fresh[-1][0]["mid"]
            values: dict[str, Any] = {"last_mutation_id": last, "last_seen_at": now}
            if offset is not None:
                values["clock_offset_ms"] = offset
            connection.execute(
                update(hub_devices)
                .where(hub_devices.c.device_id == device.device_id)
                .values(**values)
            )
            if self.before_commit is not None:
                self.before_commit(device)
            head = counter.last
        return {"last_mutation_id": last, "head_seq": head, "results": results}

    def _push_state(
        self,
        counter: SeqCounter,
        device: Device,
        offset: int | None,
        now: datetime | None = None,
    ) -> _Push:
        connection = counter.connection
        users = connection.execute(select(hub_users.c.name, hub_users.c.role)).all()
        return _Push(
            connection=connection,
            counter=counter,
            user=device.user,
            device_id=device.device_id,
            clock_offset_ms=offset if offset is not None else device.clock_offset_ms,
            now=now or now_utc(),
            managers=frozenset(u.name for u in users if u.role == ROLE_MANAGER),
            known_users=frozenset(u.name for u in users),
        )

    def _replay(self, push: _Push, mutation: dict[str, Any], digest: str) -> dict[str, Any]:
        stored = push.connection.execute(
            select(hub_ledger).where(
                hub_ledger.c.device_id == push.device_id, hub_ledger.c.mid == mutation["mid"]
            )
        ).first()
        if stored is None or stored.payload_sha256 != digest:
            raise HubError(
                409,
                "device_fork",
                f"mutation {mutation['mid']} of this device was already applied with other "
                "content: this data directory was restored or copied; get a new device id "
                "(POST /v1/devices/rotate) and push again",
                mid=mutation["mid"],
            )
        result = dict(stored.result)
        return {
            **result,
            "mid": mutation["mid"],
            "status": "duplicate",
            "original_status": stored.status,
            "row": (mutation["entity"], mutation["id"]),
        }

    def _add_rows(self, push: _Push, results: list[dict[str, Any]]) -> None:
        """Replaces each result's ``row`` key, (entity, id), by that row as it now is
        (``None`` where the user may not see it): read together at the end of the push."""
        keys = {r["row"] for r in results if r["row"][0] in ENTITIES and _is_uuid(r["row"][1])}
        # Rows read or written in this push are cached as they now are (a write drops
        # its row from the cache): only the others are read back.
        found: dict[tuple[str, str], Any] = {
            key: push.rows[key] for key in keys if push.rows.get(key) is not None
        }
        for row in self._read_rows(push, keys - found.keys()):
            found[(row.entity, row.id)] = row
        for result in results:
            row = found.get(result["row"])
            visible = row is not None and self._may_see(push, row.account_id)
            result["row"] = _row_json(row) if visible else None

    def _apply_group(
        self, push: _Push, group: list[tuple[dict[str, Any], str]]
    ) -> list[dict[str, Any]]:
        connection = push.connection
        saved_seq = push.counter.last
        # A single upsert or delete is refused before it writes anything; other
        # groups may be refused halfway and are rolled back to this savepoint.
        savepoint = None
        if not (len(group) == 1 and group[0][0]["op"] in ("upsert", "delete")):
            # Rows pending from earlier groups are not this group's to roll back;
            # without a savepoint they stay pending (one INSERT for many groups).
            push.flush()
            savepoint = connection.begin_nested()
        outcomes: list[dict[str, Any]] = []
        failed: tuple[int, Rejected] | None = None
        for mutation, _digest in group:
            push.mid = mutation["mid"]
            try:
                outcomes.append(self._apply(push, mutation))
            except Rejected as rejected:
                failed = (mutation["mid"], rejected)
                break
        if failed is None:
            if savepoint is not None:
                savepoint.commit()
        else:
            if savepoint is not None:
                push.new_rows = []  # this group's, never written
                push.new_access = []
                savepoint.rollback()
            push.counter.last = saved_seq
            push.visible.clear()
            push.rows.clear()
            failed_mid, rejected = failed
            outcomes = []
            for mutation, _digest in group:
                if mutation["mid"] == failed_mid:
                    outcomes.append(
                        {
                            "status": "rejected",
                            "reason": rejected.reason,
                            "message": rejected.message,
                        }
                    )
                else:
                    outcomes.append(
                        {
                            "status": "rejected",
                            "reason": "txn_rejected",
                            "message": f"made together with mutation {failed_mid}, which was "
                            f"rejected: {rejected.message}",
                        }
                    )
        results = []
        for (mutation, digest), outcome in zip(group, outcomes, strict=True):
            outcome.setdefault("conflicts", [])
            push.ledger.append(
                {
                    "device_id": push.device_id,
                    "mid": mutation["mid"],
                    "payload_sha256": digest,
                    "status": outcome["status"],
                    "result": outcome,
                    "seq": outcome.get("seq"),
                    "received_at": push.now,
                }
            )
            results.append(
                {**outcome, "mid": mutation["mid"], "row": (mutation["entity"], mutation["id"])}
            )
        return results

    # --- one mutation -------------------------------------------------------------------

    def _apply(self, push: _Push, mutation: dict[str, Any]) -> dict[str, Any]:
        entity, row_id, op = mutation["entity"], mutation["id"], mutation["op"]
        if entity not in ENTITIES:
            raise Rejected("invalid", f"entity {entity!r}: not a synced entity")
        if not _is_uuid(row_id):
            raise Rejected("invalid", f"id {row_id!r}: not a UUID")
        fields = mutation.get("fields") or {}
        base = mutation.get("base") or {}
        if not isinstance(fields, dict) or not isinstance(base, dict):
            raise Rejected("invalid", "fields and base must be JSON objects")
        for name in fields:
            if name != "deleted" and not _FIELD_NAME.match(name) and op != "resolve":
                raise Rejected("invalid", f"field {name!r}: not a field name")
        seq = push.counter.next()
        edit_time = _edit_time(mutation.get("client_ts"), push.trusted_offset())
        conflicts: list[dict[str, Any]] = []
        if op == "resolve":
            self._resolve(
                push,
                fields.get("conflict_id"),
                fields.get("resolution"),
                seq=seq,
                edit_time=edit_time,
            )
            return {"status": "applied", "seq": seq, "conflicts": []}
        row = self._row(push, entity, row_id)
        if op == "upsert":
            conflicts = self._upsert(push, entity, row_id, row, fields, base, seq, edit_time)
        elif op == "delete":
            if row is None:
                raise Rejected("not_found", f"{entity} {row_id}: the hub has no such row")
            self._authorise_row(push, row, deleting=True)
            if not row.deleted:
                self._merge_fields(push, row, _without_deleted(fields), base, seq, edit_time, [])
                row = self._row(push, entity, row_id)
            conflicts = self._delete(push, row, base, seq)
        elif op == "restore":
            if row is None:
                raise Rejected("not_found", f"{entity} {row_id}: the hub has no such row")
            self._authorise_row(push, row)
            self._restore(push, row, seq)
            row = self._row(push, entity, row_id)
            rest = _without_deleted(fields)
            if rest:
                conflicts = self._upsert(
                    push, entity, row_id, row, rest, base, push.counter.next(), edit_time
                )
        else:
            raise Rejected("invalid", f"op {op!r}: use upsert, delete, restore or resolve")
        return {
            "status": "applied_with_conflict" if conflicts else "applied",
            "seq": seq,
            "conflicts": conflicts,
        }

    # authorisation -------------------------------------------------------------------

    def _may_see(self, push: _Push, account_id: str) -> bool:
        if push.user.is_manager:
            return True
        known = push.visible.get(account_id)
        if known is None:
            push.flush()
            known = push.visible[account_id] = (
                push.connection.execute(
                    select(hub_access.c.account_id).where(
                        hub_access.c.account_id == account_id,
                        hub_access.c.user_name == push.user.name,
                    )
                ).first()
                is not None
            )
        return known

    def _account(self, push: _Push, account_id: str) -> Any:
        return self._row(push, "account", account_id)

    def _row(self, push: _Push, entity: str, row_id: str) -> Any:
        key = (entity, row_id)
        if key not in push.rows:
            push.flush()
            push.rows[key] = _get_row(push.connection, entity, row_id)
        return push.rows[key]

    def _prefetch(self, push: _Push, mutations: Iterable[dict[str, Any]]) -> None:
        """Reads the rows a push will touch, and their accounts, in a few queries."""
        keys: set[tuple[str, str]] = set()
        for mutation in mutations:
            keys.add((mutation["entity"], mutation["id"]))
            account_id = (mutation.get("fields") or {}).get("account_id")
            if isinstance(account_id, str):
                keys.add(("account", account_id))
        wanted = {k for k in keys if k[0] in ENTITIES and _is_uuid(k[1])}
        push.rows.update(dict.fromkeys(wanted))
        for row in self._read_rows(push, wanted):
            push.rows[(row.entity, row.id)] = row

    def _read_rows(self, push: _Push, keys: Iterable[tuple[str, str]]) -> Iterator[Any]:
        """The stored rows of ``keys`` (entity, id), one query per entity and 1,000 ids.

        On PostgreSQL the ids travel as one array (``id = ANY(…)``): the text of
        an ``IN`` of hundreds of parameters was parsed anew by the driver on
        every push (a fifth of a push of 500 new rows).
        """
        by_entity: dict[str, list[str]] = {}
        for entity, row_id in sorted(keys):
            by_entity.setdefault(entity, []).append(row_id)
        postgres = is_postgres(push.connection)
        for entity, ids in by_entity.items():
            for start in range(0, len(ids), 1000):
                chunk = ids[start : start + 1000]
                matches = (
                    hub_rows.c.id == any_(bindparam("ids", chunk, type_=ARRAY(String(36))))
                    if postgres
                    else hub_rows.c.id.in_(chunk)
                )
                yield from push.execute(
                    select(hub_rows).where(hub_rows.c.entity == entity, matches)
                )

    def _authorise_row(self, push: _Push, row: Any, *, deleting: bool = False) -> None:
        if not self._may_see(push, row.account_id):
            raise Rejected(
                "not_visible",
                f"{row.entity} {row.id}: its account is not yours nor shared with you",
            )
        if (
            deleting
            and row.entity == "account"
            and not push.user.is_manager
            and row.data.get("owner_id") != push.user.name
        ):
            raise Rejected(
                "not_owner",
                f"account {row.id}: only its owner ({row.data.get('owner_id')}) or a manager "
                "may delete it",
            )

    def _check_people(self, push: _Push, fields: dict[str, Any]) -> None:
        if "owner_id" in fields:
            owner = fields["owner_id"]
            if owner is not None and (not isinstance(owner, str) or owner not in push.known_users):
                raise Rejected("invalid", f"owner_id {owner!r}: no such user on the hub")
        if "shared_with" in fields:
            shared = fields["shared_with"]
            if shared is None:
                return
            if not isinstance(shared, list) or not all(isinstance(n, str) for n in shared):
                raise Rejected("invalid", "shared_with: a list of user names is needed")
            unknown = sorted(set(shared) - push.known_users)
            if unknown:
                raise Rejected("invalid", f"shared_with: no such user {', '.join(unknown)}")

    # upsert --------------------------------------------------------------------------

    def _upsert(
        self,
        push: _Push,
        entity: str,
        row_id: str,
        row: Any,
        fields: dict[str, Any],
        base: dict[str, Any],
        seq: int,
        edit_time: int | None,
        *,
        author: tuple[str | None, str | None] | None = None,
    ) -> list[dict[str, Any]]:
        fields = _without_deleted(fields)
        user = push.user
        if entity == "account":
            fields.pop("account_id", None)
            self._check_people(push, fields)
        if row is None:
            if not fields:
                raise Rejected("not_found", f"{entity} {row_id}: the hub has no such row")
            return self._insert(push, entity, row_id, fields, seq, edit_time)

        # an existing row
        self._authorise_row(push, row)
        if entity == "account":
            changes_people = any(
                name in fields and fields[name] != row.data.get(name)
                for name in ("owner_id", "shared_with")
            )
            if changes_people and not user.is_manager and row.data.get("owner_id") != user.name:
                raise Rejected(
                    "not_owner",
                    f"account {row_id}: only its owner ({row.data.get('owner_id')}) or a manager "
                    "may change its owner or shares",
                )
        elif "account_id" in fields and fields["account_id"] != row.account_id:
            self._check_account(push, fields["account_id"])

        conflicts: list[dict[str, Any]] = []
        applied = self._merge_fields(
            push, row, fields, base, seq, edit_time, conflicts, author=author
        )
        if row.deleted and applied:
            # Delete beats edit: the row stays deleted. The edit is merged into the
            # tombstone as onto a live row (each field with its seq and editor), so
            # restoring the row brings it back, and its author sees it in the log.
            conflicts.append(self._edit_on_deleted(push, row, applied, row, seq))
        return conflicts

    def _check_account(self, push: _Push, account_id: Any) -> Any:
        if not isinstance(account_id, str) or not _is_uuid(account_id):
            raise Rejected("invalid", f"account_id {account_id!r}: not a UUID")
        account = self._account(push, account_id)
        if account is None:
            raise Rejected("unknown_account", f"account {account_id}: the hub has no such account")
        if not self._may_see(push, account_id):
            raise Rejected("not_visible", f"account {account_id}: not yours nor shared with you")
        return account

    def _insert(
        self,
        push: _Push,
        entity: str,
        row_id: str,
        fields: dict[str, Any],
        seq: int,
        edit_time: int | None,
    ) -> list[dict[str, Any]]:
        user = push.user
        data = dict(fields)
        deleted_with = None
        if entity == "account":
            account_id = row_id
            if data.get("owner_id") is None:
                data["owner_id"] = user.name
            elif data["owner_id"] != user.name and not user.is_manager:
                raise Rejected(
                    "not_owner",
                    f"account {row_id}: a rep creates accounts for themselves, not for "
                    f"{data['owner_id']}",
                )
            data.setdefault("shared_with", [])
        else:
            if "account_id" not in data:
                raise Rejected("invalid", f"{entity} {row_id}: account_id is missing")
            account = self._check_account(push, data["account_id"])
            account_id = account.id
            if account.deleted:
                deleted_with = account.deleted_seq
        meta = {"u": user.name, "d": push.device_id, "t": edit_time}
        values = {
            "entity": entity,
            "id": row_id,
            "account_id": account_id,
            "data": data,
            "field_seq": dict.fromkeys(data, seq),
            "field_meta": {name: meta for name in data},
            "row_seq": seq,
            "deleted": deleted_with is not None,
            "deleted_seq": seq if deleted_with is not None else None,
            "deleted_with": deleted_with,
        }
        push.new_rows.append(values)
        push.rows[(entity, row_id)] = SimpleNamespace(**values)
        if entity == "account":
            self._set_access(push, row_id, _people(data), set(), seq)
            return []
        if deleted_with is None:
            return []
        # A new row under an account deleted meanwhile: delete beats edit; it goes
        # to the conflict log and comes back when the account is restored.
        row = self._row(push, entity, row_id)
        return [self._edit_on_deleted(push, row, data, account, seq)]

    def _edit_on_deleted(
        self, push: _Push, row: Any, values: dict[str, Any], deleted: Any, seq: int
    ) -> dict[str, Any]:
        """Logs ``values`` pushed onto ``row`` while ``deleted`` (the row itself, or its
        account) is a tombstone: delete beats edit, and the edit waits in the log."""
        return self._log_conflict(
            push,
            row,
            field="_row",
            kind="edit_on_deleted",
            winner_value=None,
            loser_value=values,
            winner_user=_deleter(deleted),
            winner_device=None,
            loser_user=push.user.name,
            loser_device=push.device_id,
            base_seq=None,
            winner_seq=deleted.deleted_seq,
            seq=seq,
        )

    def _merge_fields(
        self,
        push: _Push,
        row: Any,
        fields: dict[str, Any],
        base: dict[str, Any],
        seq: int,
        edit_time: int | None,
        conflicts: list[dict[str, Any]],
        *,
        author: tuple[str | None, str | None] | None = None,
    ) -> dict[str, Any]:
        """Per-field merge of ``fields`` into ``row`` (research note 7.8); returns the
        values written (those that were new and did not lose a concurrent edit).
        They are recorded as edits of ``author`` (user, device; the pusher by default)."""
        if not fields:
            return {}
        data = dict(row.data)
        field_seq = dict(row.field_seq)
        field_meta = dict(row.field_meta)
        user, device = author or (push.user.name, push.device_id)
        mine = {"u": user, "d": device, "t": edit_time}
        applied: dict[str, Any] = {}
        text_fields = TEXT_FIELDS.get(row.entity, frozenset())
        for name, value in fields.items():
            current = data.get(name, _MISSING)
            if current == value:
                continue
            current_seq = int(field_seq.get(name, 0) or 0)
            seen = base.get(name, 0)
            seen = seen if isinstance(seen, int) else 0
            if seen >= current_seq:
                data[name], field_seq[name], field_meta[name] = value, seq, mine
                applied[name] = value
                continue
            # concurrent: both changed the field since the editor last saw it
            theirs = field_meta.get(name) or {}
            their_time = theirs.get("t")
            incoming_wins = edit_time is None or their_time is None or edit_time >= their_time
            kind = "text_fork" if name in text_fields else "overwrite"
            current_value = None if current is _MISSING else current
            if incoming_wins:
                data[name], field_seq[name], field_meta[name] = value, seq, mine
                applied[name] = value
                winner = (value, push.user.name, push.device_id, seq)
                loser = (current_value, theirs.get("u"), theirs.get("d"))
            else:
                winner = (current_value, theirs.get("u"), theirs.get("d"), current_seq)
                loser = (value, push.user.name, push.device_id)
            conflicts.append(
                self._log_conflict(
                    push,
                    row,
                    field=name,
                    kind=kind,
                    winner_value=winner[0],
                    loser_value=loser[0],
                    winner_user=winner[1],
                    winner_device=winner[2],
                    loser_user=loser[1],
                    loser_device=loser[2],
                    base_seq=seen,
                    winner_seq=winner[3],
                    seq=seq,
                )
            )
        if not applied:
            return applied
        old_people = _people(row.data) if row.entity == "account" else None
        new_account_id = (
            data.get("account_id", row.account_id) if row.entity != "account" else row.id
        )
        push.rows.pop((row.entity, row.id), None)
        push.execute(
            update(hub_rows)
            .where(hub_rows.c.entity == row.entity, hub_rows.c.id == row.id)
            .values(
                data=data,
                field_seq=field_seq,
                field_meta=field_meta,
                row_seq=seq,
                account_id=new_account_id,
            )
        )
        if row.entity == "account":
            new_people = _people(data)
            if new_people != old_people:
                self._set_access(push, row.id, new_people, old_people or set(), seq)
        elif new_account_id != row.account_id:
            lost = self._audience(push, row.account_id) - self._audience(push, new_account_id)
            self._exits(push, lost, [(row.entity, row.id)], seq)
        return applied

    # visibility changes -----------------------------------------------------------

    def _audience(self, push: _Push, account_id: str) -> set[str]:
        """The reps (not managers) who may see ``account_id``."""
        push.flush()
        names = push.connection.execute(
            select(hub_access.c.user_name).where(hub_access.c.account_id == account_id)
        ).scalars()
        return set(names) - push.managers

    def _set_access(
        self, push: _Push, account_id: str, new: set[str], old: set[str], seq: int
    ) -> None:
        connection = push.connection
        # hub_access will hold exactly ``new``: what the pusher may see needs no query
        push.visible[account_id] = push.user.name in new
        if old:  # hub_access holds exactly the old people: none, nothing to delete
            push.flush()
            connection.execute(delete(hub_access).where(hub_access.c.account_id == account_id))
        push.new_access.extend({"account_id": account_id, "user_name": n} for n in sorted(new))
        if not old:
            return  # a new account: nobody had it
        # Move-in: every live child gets a new sequence, so those who may now see the
        # account receive it whatever their cursor; those who may not get exits.
        lost = old - new - push.managers
        moved = [("account", account_id, seq)]
        children = push.execute(
            select(hub_rows.c.entity, hub_rows.c.id)
            .where(
                hub_rows.c.account_id == account_id,
                hub_rows.c.entity != "account",
                hub_rows.c.deleted.is_(False),
            )
            .order_by(hub_rows.c.row_seq)
        ).all()
        for child in children:
            child_seq = push.counter.next()
            push.execute(
                update(hub_rows)
                .where(hub_rows.c.entity == child.entity, hub_rows.c.id == child.id)
                .values(row_seq=child_seq)
            )
            push.rows.pop((child.entity, child.id), None)
            moved.append((child.entity, child.id, child_seq))
        if lost:
            connection.execute(
                insert(hub_exits),
                [
                    {"user_name": name, "seq": row_seq, "entity": entity, "id": row_id}
                    for name in sorted(lost)
                    for entity, row_id, row_seq in moved
                ],
            )

    def _exits(
        self, push: _Push, users: Iterable[str], rows: list[tuple[str, str]], seq: int
    ) -> None:
        values = [
            {"user_name": name, "seq": seq, "entity": entity, "id": row_id}
            for name in sorted(users)
            for entity, row_id in rows
        ]
        if values:
            push.connection.execute(insert(hub_exits), values)

    # delete and restore -------------------------------------------------------------

    def _delete(
        self, push: _Push, row: Any, base: dict[str, Any], seq: int
    ) -> list[dict[str, Any]]:
        if row.deleted:
            return []
        conflicts: list[dict[str, Any]] = []
        seen = _seen_row(base)
        # Delete beats edit: edits made by others after the deleter's view are kept
        # in the tombstone and logged, so their author sees them and may restore.
        edited = {
            name: row.data.get(name)
            for name, name_seq in row.field_seq.items()
            if name != "deleted"
            and int(name_seq or 0) > seen
            and (row.field_meta.get(name) or {}).get("d") != push.device_id
        }
        if edited:
            edited = self._not_settled(push, row, edited)
        if edited:
            editors = [(row.field_meta.get(name) or {}).get("u") for name in edited]
            conflicts.append(
                self._log_conflict(
                    push,
                    row,
                    field="_row",
                    kind="edit_on_deleted",
                    winner_value=None,
                    loser_value=edited,
                    winner_user=push.user.name,
                    winner_device=push.device_id,
                    loser_user=next((e for e in editors if e), None),
                    loser_device=(row.field_meta.get(next(iter(edited))) or {}).get("d"),
                    base_seq=seen,
                    winner_seq=seq,
                    seq=seq,
                )
            )
        self._set_deleted(push, row, seq, deleted_with=None, by=push.user.name)
        if row.entity == "account":
            children = push.execute(
                select(
                    hub_rows.c.entity, hub_rows.c.id, hub_rows.c.field_seq, hub_rows.c.field_meta
                )
                .where(
                    hub_rows.c.account_id == row.id,
                    hub_rows.c.entity != "account",
                    hub_rows.c.deleted.is_(False),
                )
                .order_by(hub_rows.c.row_seq)
            ).all()
            for child in children:
                self._set_deleted(
                    push, child, push.counter.next(), deleted_with=seq, by=push.user.name
                )
        return conflicts

    def _not_settled(self, push: _Push, row: Any, edited: dict[str, Any]) -> dict[str, Any]:
        """``edited`` without the values the deleter was shown in a resolved conflict
        on that field (as the winner, the loser or the one who resolved it): those
        were settled, and deleting the row loses nothing the deleter did not see."""
        shown = push.connection.execute(
            select(
                hub_conflicts.c.field, hub_conflicts.c.winner_value, hub_conflicts.c.loser_value
            ).where(
                hub_conflicts.c.entity == row.entity,
                hub_conflicts.c.row_id == row.id,
                hub_conflicts.c.field.in_(sorted(edited)),
                hub_conflicts.c.resolved_at.is_not(None),
                or_(
                    hub_conflicts.c.winner_user == push.user.name,
                    hub_conflicts.c.loser_user == push.user.name,
                    hub_conflicts.c.resolved_by == push.user.name,
                ),
            )
        ).all()
        settled = {c.field for c in shown if edited[c.field] in (c.winner_value, c.loser_value)}
        return {name: value for name, value in edited.items() if name not in settled}

    def _set_deleted(
        self, push: _Push, row: Any, seq: int, *, deleted_with: int | None, by: str
    ) -> None:
        self._write_deleted(push, row, seq, deleted=True, deleted_with=deleted_with, by=by)

    def _write_deleted(
        self,
        push: _Push,
        row: Any,
        seq: int,
        *,
        deleted: bool,
        deleted_with: int | None,
        by: str,
    ) -> None:
        """Sets the row's tombstone (or takes it off) at ``seq``, as ``by``'s edit."""
        field_seq = {**row.field_seq, "deleted": seq}
        field_meta = {**row.field_meta, "deleted": {"u": by, "d": push.device_id, "t": None}}
        push.execute(
            update(hub_rows)
            .where(hub_rows.c.entity == row.entity, hub_rows.c.id == row.id)
            .values(
                deleted=deleted,
                deleted_seq=seq if deleted else None,
                deleted_with=deleted_with if deleted else None,
                row_seq=seq,
                field_seq=field_seq,
                field_meta=field_meta,
            )
        )
        push.rows.pop((row.entity, row.id), None)

    def _restore(self, push: _Push, row: Any, seq: int) -> None:
        if not row.deleted:
            return
        if row.entity != "account":
            account = self._row(push, "account", row.account_id)
            if account is not None and account.deleted:
                # a child cannot live under a deleted account: the account comes back too
                self._restore(push, account, push.counter.next())
        self._set_live(push, row, seq)
        if row.entity == "account" and row.deleted_seq is not None:
            children = push.execute(
                select(
                    hub_rows.c.entity, hub_rows.c.id, hub_rows.c.field_seq, hub_rows.c.field_meta
                )
                .where(
                    hub_rows.c.account_id == row.id,
                    hub_rows.c.entity != "account",
                    hub_rows.c.deleted_with == row.deleted_seq,
                )
                .order_by(hub_rows.c.row_seq)
            ).all()
            for child in children:
                self._set_live(push, child, push.counter.next())

    def _set_live(self, push: _Push, row: Any, seq: int) -> None:
        self._write_deleted(push, row, seq, deleted=False, deleted_with=None, by=push.user.name)
        # The row is back, with the edits that lost to its delete (kept in the
        # tombstone): the question those conflicts asked is answered.
        push.connection.execute(
            update(hub_conflicts)
            .where(
                hub_conflicts.c.entity == row.entity,
                hub_conflicts.c.row_id == row.id,
                hub_conflicts.c.kind == "edit_on_deleted",
                hub_conflicts.c.resolved_at.is_(None),
            )
            .values(resolved_at=push.now, resolved_by=push.user.name, resolution="restore", seq=seq)
        )

    # conflicts ------------------------------------------------------------------------

    def _log_conflict(self, push: _Push, row: Any, *, seq: int, **values: Any) -> dict[str, Any]:
        conflict_id = str(uuid.uuid4())
        push.connection.execute(
            insert(hub_conflicts).values(
                conflict_id=conflict_id,
                entity=row.entity,
                row_id=row.id,
                account_id=row.account_id,
                loser_mid=push.mid if values.get("loser_device") == push.device_id else None,
                seq=seq,
                created_at=push.now,
                **values,
            )
        )
        stored = push.connection.execute(
            select(hub_conflicts).where(hub_conflicts.c.conflict_id == conflict_id)
        ).one()
        return _conflict_json(stored)

    def _resolve(
        self,
        push: _Push,
        conflict_id: Any,
        resolution: Any,
        *,
        seq: int | None = None,
        edit_time: int | None = None,
    ) -> None:
        """Closes a conflict as ``keep``, ``use_other`` or ``restore``.

        * keep: nothing changes but the conflict.
        * use_other on a field conflict: the losing value is written as an edit of
          the resolver, having seen the current value.
        * restore, or use_other on ``edit_on_deleted``: the row comes back (an
          account with the children its delete took along, a child with its
          account) holding the edits that lost to the delete: they were merged
          into the tombstone as they arrived, each field with its seq and editor.
          Every open ``edit_on_deleted`` conflict of the rows that come back is
          resolved with it (``restore``). A losing value that the tombstone does
          not hold and that nobody changed since (a conflict logged before edits
          were merged) is written as an edit of its author.
        """
        if resolution not in RESOLUTIONS:
            raise Rejected("invalid", f"resolution {resolution!r}: use keep, use_other or restore")
        if not isinstance(conflict_id, str):
            raise Rejected("invalid", "conflict_id is missing")
        connection = push.connection
        conflict = connection.execute(
            select(hub_conflicts).where(hub_conflicts.c.conflict_id == conflict_id)
        ).first()
        if conflict is None:
            raise Rejected("not_found", f"conflict {conflict_id}: the hub has no such conflict")
        user = push.user
        if not self._may_see(push, conflict.account_id) or (
            not user.is_manager and user.name not in (conflict.winner_user, conflict.loser_user)
        ):
            raise Rejected("not_visible", f"conflict {conflict_id}: not one of yours")
        if conflict.resolved_at is not None:
            return  # resolved already (on another device): nothing more to do
        seq = seq if seq is not None else push.counter.next()
        row = self._row(push, conflict.entity, conflict.row_id)
        if row is not None and resolution != "keep":
            if conflict.kind == "edit_on_deleted" or resolution == "restore":
                if row.deleted:
                    self._restore(push, row, push.counter.next())
                    row = self._row(push, conflict.entity, conflict.row_id)
                if isinstance(conflict.loser_value, dict) and conflict.kind == "edit_on_deleted":
                    missing = {
                        name: value
                        for name, value in conflict.loser_value.items()
                        if row.data.get(name, _MISSING) != value
                        and int(row.field_seq.get(name, 0) or 0) < conflict.seq
                    }
                    if missing:
                        author = (conflict.loser_user, conflict.loser_device)
                        self._force_fields(push, row, missing, edit_time, author=author)
            elif conflict.field != "_row":
                self._force_fields(push, row, {conflict.field: conflict.loser_value}, edit_time)
        connection.execute(
            update(hub_conflicts)
            .where(hub_conflicts.c.conflict_id == conflict_id)
            .values(resolved_at=push.now, resolved_by=user.name, resolution=resolution, seq=seq)
        )

    def _force_fields(
        self,
        push: _Push,
        row: Any,
        fields: dict[str, Any],
        edit_time: int | None,
        *,
        author: tuple[str | None, str | None] | None = None,
    ) -> None:
        """Applies ``fields`` as an edit made having seen the current row (no new
        conflict), by ``author`` (user, device; the pusher by default)."""
        self._upsert(
            push,
            row.entity,
            row.id,
            row,
            fields,
            {name: int(row.field_seq.get(name, 0) or 0) for name in fields},
            push.counter.next(),
            edit_time,
            author=author,
        )

    # post-state --------------------------------------------------------------------

    def _visible_row(self, push: _Push, entity: str, row_id: str) -> dict[str, Any] | None:
        """The row as the hub now holds it, or ``None`` if the user may not see it."""
        if entity not in ENTITIES or not isinstance(row_id, str):
            return None
        row = self._row(push, entity, row_id)
        if row is None or not self._may_see(push, row.account_id):
            return None
        return _row_json(row)


_MISSING = object()


def _get_row(connection: Connection, entity: str, row_id: str) -> Any:
    return connection.execute(
        select(hub_rows).where(hub_rows.c.entity == entity, hub_rows.c.id == row_id)
    ).first()


def _without_deleted(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k != "deleted"}


def _people(data: dict[str, Any]) -> set[str]:
    """Who may see an account besides managers: its owner and those it is shared with."""
    people = {n for n in (data.get("shared_with") or []) if isinstance(n, str)}
    if isinstance(data.get("owner_id"), str):
        people.add(data["owner_id"])
    return people


def _seen_row(base: dict[str, Any]) -> int:
    """The version of a row its deleter saw: ``base["_row"]``; from a client that
    does not send it, the newest field seq in ``base`` (it saw the row at least
    that far), else 0 (every edit by another device is then logged)."""
    seen = base.get("_row")
    if isinstance(seen, int) and not isinstance(seen, bool):
        return seen
    seqs = [v for v in base.values() if isinstance(v, int) and not isinstance(v, bool)]
    return max(seqs, default=0)


def _deleter(row: Any) -> str | None:
    return (row.field_meta.get("deleted") or {}).get("u")


def _groups(
    mutations: list[tuple[dict[str, Any], str]],
) -> Iterable[list[tuple[dict[str, Any], str]]]:
    """Consecutive mutations of one local transaction (``txn``) form a group."""
    group: list[tuple[dict[str, Any], str]] = []
    for item in mutations:
        if group and item[0].get("txn") != group[-1][0].get("txn"):
            yield group
            group = []
        group.append(item)
    if group:
        yield group


def _offset_ms(now: datetime, client_now: Any) -> int | None:
    """Server clock minus client clock, in ms; ``None`` when the client sent no time."""
    client = parse_time(client_now)
    if client is None:
        return None
    return round((now - client).total_seconds() * 1000)


def _edit_time(client_ts: Any, offset_ms: int | None) -> int | None:
    """The skew-corrected edit time in ms since the epoch; ``None`` when not trusted."""
    edited = parse_time(client_ts)
    if edited is None or offset_ms is None:
        return None
    return round(edited.timestamp() * 1000) + offset_ms


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AdminError(f"password: at least {MIN_PASSWORD_LENGTH} characters are needed")

"""The sync engine: hello → push → pull → push again, one sync at a time per data directory.

shared/research/sync-protocol.md 7.7 and the contract in briefs/sync-contract.md:

* **push**: pending outbox entries in mutation order, whole local
  transactions, at most :data:`PUSH_BATCH` per request. They are marked
  ``inflight`` in SQLite before the request and go back to ``pending`` when
  it fails (or at the start of the next sync, after a crash); a sent entry is
  never changed again, so its replay is recognised by the hub's ledger. Each
  result's post-state row updates the shadow at once; conflicts and
  rejections are kept in ``sync_conflicts``.
* **pull**: pages of :data:`PAGE_SIZE` rows (growing up to
  :data:`MAX_PAGE_SIZE` while a page applies quickly), each applied in one
  transaction with its cursor: shadow per field where the incoming seq is
  greater, then the visible rows as shadow plus pending changes. Rows that
  left the rep's sight are removed locally without deletes. Cancelling
  stops between pages, so the database always holds whole pages. A first
  download writes its rows unindexed; the search index is built once they
  are all in (``build_search``), by the window in the background.
* **protocol cases**: ``reset_required`` (the hub was restored or replaced):
  a new device id, a fresh shadow, pending changes kept and rebased on the
  new download (a field the hub now holds otherwise than the editor saw is a
  logged conflict), this laptop's recent acknowledged changes and rows the
  new hub lacks sent again, so nothing is lost; ``device_fork`` and a ``gap`` the outbox cannot fill: a new
  device id whose ledger starts at the oldest unsent change;
  ``upgrade_required``: stop, say so, keep working offline; 401: ask to sign
  in again, the outbox kept.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from kamdesk import __version__
from kamdesk.cancel import Cancelled, CancelToken, Progress, no_progress
from kamdesk.errors import StoreProblem
from kamdesk.i18n import translate
from kamdesk.locking import InstanceLock
from kamdesk.models import search_index
from kamdesk.models.base import utcnow
from kamdesk.models.capture import applying_remote
from kamdesk.models.entities import SYNCED_MODELS
from kamdesk.store import Store, head_revision, prepare_search
from kamdesk.sync import credentials
from kamdesk.sync import local as db
from kamdesk.sync.errors import (
    DemoDataPresent,
    HubFailed,
    LocalStoreBusy,
    NotSignedIn,
    SignInRequired,
    SyncBusy,
    SyncCancelled,
    SyncError,
    UpgradeRequired,
)
from kamdesk.sync.transport import Hub, PayloadTooLarge, ProtocolSignal

#: :attr:`SyncStatus.last_error_kind` when the hub is older than this kamdesk
HUB_OUTDATED = "HubOutdated"

PUSH_BATCH = 500
PAGE_SIZE = 2000
#: two pages are in memory at once (one applied, the next arriving): bigger pages
#: save little time and raise the first download's peak (100,000 accounts: 333 MB
#: with pages of 10,000 rows)
MAX_PAGE_SIZE = 4000
#: a page applied faster than this lets the next one be twice as large
FAST_PAGE_SECONDS = 0.25
#: protocol retries (gap, fork, reset) within one sync before giving up
MAX_PROTOCOL_RETRIES = 4


def schema_version() -> int:
    """The local schema as the hub knows it: the Alembic head as a number."""
    return int(head_revision())


@dataclass(frozen=True)
class SyncResult:
    """What one sync did."""

    pushed: int
    rejected: int
    pulled: int
    removed: int
    new_conflicts: int
    #: the hub had been restored or replaced; everything was downloaded again
    reset: bool
    head_seq: int


@dataclass(frozen=True)
class LoginResult:
    hub_url: str
    user: str
    role: str
    device_id: str


@contextmanager
def sync_lock(store: Store) -> Iterator[None]:
    """One sync at a time per data directory (also between threads of one process)."""
    lock = InstanceLock(store.paths.root / "sync.lock", store.paths.database)
    try:
        lock.acquire()
    except StoreProblem:
        raise SyncBusy() from None
    try:
        yield
    finally:
        lock.release()


@contextmanager
def _writing(store: Store) -> Iterator[Connection]:
    """One write transaction whose writes are the hub's (never captured)."""
    with store.unit_of_work() as session, applying_remote(session):
        yield session.connection()


def _now_text() -> str:
    return utcnow().isoformat()


# --- sign-in --------------------------------------------------------------------------


def login(
    store: Store,
    hub_url: str,
    user: str,
    password: str,
    *,
    client: Any | None = None,
    device_label: str | None = None,
) -> LoginResult:
    """Signs in to the hub; the device token goes to the OS keyring only.

    Raises:
        NoKeyring: no usable keyring; nothing was sent or stored.
        WrongPassword: the hub refused the name or password.
        HubUnreachable, HubFailed, UpgradeRequired: as the words say.
    """
    credentials.require_keyring()
    url = credentials.normalise_url(hub_url)
    with store.reading() as session:
        _refuse_demo_data(session.connection())
        next_mid = db.first_unsent_mid(session.connection())
    import platform

    with Hub(url, client) as hub:
        answer = hub.post(
            "/v1/login",
            {
                "username": user,
                "password": password,
                "device_label": device_label or platform.node() or "kamdesk",
                "app_version": __version__,
                "schema_version": schema_version(),
                "next_mid": next_mid,
            },
            login=True,
        )
    token = str(answer["token"])
    name = str((answer.get("user") or {}).get("name") or user)
    role = str((answer.get("user") or {}).get("role") or "")
    credentials.store_token(url, name, token)
    with _writing(store) as connection:
        state = db.all_state(connection)
        if (state.get(db.K_HUB_URL), state.get(db.K_USER)) != (url, name) and state.get(db.K_USER):
            # Another hub or another rep: what this laptop holds was confirmed
            # for someone else; start a fresh shadow, keep every pending change.
            _start_epoch(connection, str(answer.get("hub_id") or ""), recovering=False)
        elif state.get(db.K_HUB_ID) not in (None, answer.get("hub_id")):
            _start_epoch(connection, str(answer.get("hub_id") or ""), recovering=True)
        elif state.get(db.K_HUB_ID) is None:
            db.set_state(connection, db.K_HUB_ID, str(answer.get("hub_id") or ""))
            db.set_state(connection, db.K_CURSOR, "0")
        db.set_state(connection, db.K_HUB_URL, url)
        db.set_state(connection, db.K_USER, name)
        db.set_state(connection, db.K_ROLE, role)
        db.set_state(connection, db.K_DEVICE, str(answer["device_id"]))
        db.set_state(connection, db.K_LAST_ERROR, None)
    return LoginResult(url, name, role, str(answer["device_id"]))


def _refuse_demo_data(connection: Connection) -> None:
    """Raises :class:`DemoDataPresent` while demo data is here: it must not reach the hub."""
    demo = db.demo_account_count(connection)
    if demo:
        raise DemoDataPresent(demo)


def logout(store: Store) -> None:
    """Forgets the token (keyring); pending changes and the synced data stay."""
    with store.reading() as session:
        state = db.all_state(session.connection())
    if state.get(db.K_HUB_URL) and state.get(db.K_USER):
        credentials.forget_token(state[db.K_HUB_URL], state[db.K_USER])


def _start_epoch(connection: Connection, hub_id: str, *, recovering: bool) -> None:
    """A fresh shadow for hub ``hub_id``; pending changes kept, their bases set to 0.

    ``recovering``: this laptop's recently acknowledged changes are queued
    again, and after the download local rows the hub does not have are sent
    as new (a hub restored from a backup lacks them).
    """
    if recovering:
        # Both read the old shadow: before it is cleared.
        db.requeue_acked(connection)
        db.remember_seen(connection)
    else:
        connection.exec_driver_sql("DELETE FROM sync_outbox WHERE state = 'acked'")
    db.clear_shadow(connection)
    db.zero_bases(connection)
    db.set_state(connection, db.K_HUB_ID, hub_id)
    db.set_state(connection, db.K_CURSOR, "0")
    db.set_state(connection, db.K_RECOVERING, "1" if recovering else None)
    if recovering:
        # The rows are downloaded again over the ones here: the index is built anew.
        search_index.restart_pending(connection)


# --- one sync -------------------------------------------------------------------------


def run_sync(
    store: Store,
    *,
    client: Any | None = None,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
    page_size: int = PAGE_SIZE,
    build_search: bool = True,
) -> SyncResult:
    """Runs one sync of this data directory with its hub.

    Safe to call from a worker thread (the window does); the rep may keep
    editing meanwhile: changes made during a sync wait for the next one, or
    the final push of this one.

    Args:
        store: the open data directory.
        client: the HTTP client (tests pass the hub's TestClient); by default
            one of its own.
        cancel: checked between requests and pages; a cancelled sync raises
            :class:`SyncCancelled` and leaves whole pages only.
        progress: told ``(done, total, message)`` as pages arrive.
        page_size: the first pull page's size.
        build_search: build the search index a first download left pending
            before returning (see ``search_index.PENDING_KEY``). The window
            and ``kamdesk sync`` pass False: the sync is done once the rows
            are in, and they build the index afterwards with
            :func:`kamdesk.store.prepare_search`, the rep working
            meanwhile.

    Raises:
        SyncError: one of its subclasses, with a message for the rep; the
            outbox is intact in every case, and the error is kept for
            :func:`~kamdesk.sync.status.sync_status`.
    """
    token = cancel or CancelToken()
    report = progress or no_progress
    with sync_lock(store):
        with store.reading() as session:
            state = db.all_state(session.connection())
        url, user = state.get(db.K_HUB_URL), state.get(db.K_USER)
        if not url or not user:
            raise NotSignedIn()
        try:
            with store.reading() as session:
                _refuse_demo_data(session.connection())
        except DemoDataPresent as refused:
            _record_error(store, refused)
            raise
        secret = credentials.load_token(url, user)
        if not secret:
            _record_error(store, SignInRequired("no token in the keyring"))
            raise SignInRequired("no token in the keyring")
        run = _Run(store, Hub(url, client, secret), user, token, report, page_size, build_search)
        try:
            try:
                result = run.sync()
            except OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                raise LocalStoreBusy(str(exc.orig)) from None
        except SyncCancelled:
            _after_failure(store, None)
            raise
        except SyncError as error:
            _after_failure(store, error)
            raise
        finally:
            run.hub.close()
        with _writing(store) as connection:
            db.set_state(connection, db.K_LAST_OK, _now_text())
            db.set_state(connection, db.K_LAST_ERROR, None)
            db.set_state(connection, db.K_LAST_ERROR_AT, None)
            db.set_state(connection, db.K_LAST_ERROR_KIND, None)
            db.set_state(connection, db.K_UPGRADE, None)
        return result


def _after_failure(store: Store, error: SyncError | None) -> None:
    """Sent entries back to pending and the error kept; if the store is locked, the
    next sync does both (it reverts inflight entries first)."""
    try:
        with _writing(store) as connection:
            db.revert_inflight(connection)
        if error is not None:
            _record_error(store, error)
    except OperationalError:
        pass


def _record_error(store: Store, error: SyncError) -> None:
    with _writing(store) as connection:
        db.set_state(connection, db.K_LAST_ERROR, error.message())
        db.set_state(connection, db.K_LAST_ERROR_AT, _now_text())
        kind = type(error).__name__
        if isinstance(error, UpgradeRequired) and error.hub_outdated:
            kind = HUB_OUTDATED  # the office must update the hub, not the rep kamdesk
        db.set_state(connection, db.K_LAST_ERROR_KIND, kind)
        if isinstance(error, UpgradeRequired):
            db.set_state(connection, db.K_UPGRADE, error.message())


class _Run:
    """The state of one sync."""

    def __init__(
        self,
        store: Store,
        hub: Hub,
        user: str,
        cancel: CancelToken,
        progress: Progress,
        page_size: int,
        build_search: bool,
    ) -> None:
        self.store = store
        self.hub = hub
        self.user = user
        self.cancel = cancel
        self.progress = progress
        self.page_size = max(1, min(page_size, MAX_PAGE_SIZE))
        self.pushed = self.rejected = self.pulled = self.removed = self.conflicts = 0
        self.reset = False
        self.head_seq = 0
        #: build a search index left pending before returning
        self.build_search = build_search
        self.retries = 0

    # state helpers

    def _state(self) -> dict[str, str]:
        with self.store.reading() as session:
            return db.all_state(session.connection())

    def _check(self) -> None:
        if self.cancel.cancelled:
            raise SyncCancelled()

    def _body(self, **extra: Any) -> dict[str, Any]:
        state = self._state()
        return {
            "schema_version": schema_version(),
            "hub_id": state.get(db.K_HUB_ID) or "",
            "device_id": state.get(db.K_DEVICE) or "",
            **extra,
        }

    # the loop

    def sync(self) -> SyncResult:
        with _writing(self.store) as connection:
            db.revert_inflight(connection)  # left by a crash: this process holds the sync lock
        self._check()
        self.progress(0, 0, translate("sync", "Connecting to the hub…"))
        fresh = self._hello()
        if not fresh:
            self._push_all()
        self._pull_all()
        self._push_all()
        if self.build_search:
            self._build_search()
        return SyncResult(
            self.pushed,
            self.rejected,
            self.pulled,
            self.removed,
            self.conflicts,
            self.reset,
            self.head_seq,
        )

    def _hello(self) -> bool:
        """Says hello; returns True when a reset started (pull before push then)."""
        sent_at = time.time()
        try:
            answer = self.hub.post(
                "/v1/sync/hello", self._body(client_now=_now_text(), app_version=__version__)
            )
        except ProtocolSignal as signal:
            if signal.code == "reset_required":
                self._reset(str(signal.body.get("hub_id") or ""))
                return True
            raise HubFailed(signal.code) from None
        received_at = time.time()
        with _writing(self.store) as connection:
            user = answer.get("user") or {}
            if isinstance(user, Mapping) and user.get("role"):
                db.set_state(connection, db.K_ROLE, str(user["role"]))
            server_now = answer.get("server_now")
            if isinstance(server_now, str):
                try:
                    server = datetime.fromisoformat(server_now.replace("Z", "+00:00"))
                    middle = (sent_at + received_at) / 2
                    offset = server.timestamp() - middle
                    db.set_state(connection, db.K_CLOCK_OFFSET, str(int(offset * 1000)))
                except ValueError:
                    pass
            self.head_seq = int(answer.get("head_seq") or 0)
        state = self._state()
        hub_id = str(answer.get("hub_id") or "")
        if hub_id and state.get(db.K_HUB_ID) and hub_id != state.get(db.K_HUB_ID):
            self._reset(hub_id)
            return True
        if hub_id and not state.get(db.K_HUB_ID):
            with _writing(self.store) as connection:
                db.set_state(connection, db.K_HUB_ID, hub_id)
        return state.get(db.K_RECOVERING) == "1"

    # protocol cases

    def _count_retry(self, what: str) -> None:
        self.retries += 1
        if self.retries > MAX_PROTOCOL_RETRIES:
            raise HubFailed(translate("sync", "the hub keeps answering %1").replace("%1", what))

    def _rotate_device(self) -> None:
        """A new device id whose ledger starts at the oldest unsent change."""
        self._count_retry("device")
        with _writing(self.store) as connection:
            db.revert_inflight(connection)
            next_mid = db.first_unsent_mid(connection)
        answer = self.hub.post("/v1/devices/rotate", self._body(next_mid=next_mid))
        token = str(answer.get("token") or "")
        if token:
            credentials.store_token(self.hub.url, self.user, token)
            self.hub.token = token
        with _writing(self.store) as connection:
            db.set_state(connection, db.K_DEVICE, str(answer["device_id"]))

    def _reset(self, hub_id: str) -> None:
        """The hub has another identity (restored, replaced): start its epoch, lose nothing."""
        self._count_retry("reset_required")
        self.reset = True
        self._rotate_device()
        with _writing(self.store) as connection:
            _start_epoch(connection, hub_id, recovering=True)

    # push

    def _push_all(self) -> None:
        batch = PUSH_BATCH
        while True:
            self._check()
            with _writing(self.store) as connection:
                # Demo data loaded while this sync runs is not sent either.
                _refuse_demo_data(connection)
                entries = db.next_pending(connection, batch)
                if not entries:
                    return
                wire = self._wire(connection, entries)
                db.mark_inflight(connection, wire)
            sending = len(wire)  # lupdate reads a plural's count only as a plain name
            self.progress(0, 0, translate("sync", "Sending changes: %n…", "", sending))
            try:
                answer = self.hub.post(
                    "/v1/sync/push",
                    self._body(
                        client_now=_now_text(),
                        mutations=[_mutation(entry) for entry in wire],
                    ),
                )
            except ProtocolSignal as signal:
                with _writing(self.store) as connection:
                    db.revert_inflight(connection)
                self._on_push_signal(signal)
                continue
            except PayloadTooLarge:
                with _writing(self.store) as connection:
                    db.revert_inflight(connection)
                if batch == 1:
                    raise HubFailed(
                        translate("sync", "one change is larger than the hub accepts")
                    ) from None
                batch = max(1, batch // 2)
                continue
            if not self._apply_push(wire, answer):
                # The hub answered without a result for any of them: stop here
                # rather than send the same again; they wait for the next sync.
                raise HubFailed(translate("sync", "the hub gave no result for the changes sent"))

    def _on_push_signal(self, signal: ProtocolSignal) -> None:
        if signal.code == "reset_required":
            self._reset(str(signal.body.get("hub_id") or ""))
            self._pull_all()  # a fresh shadow (and differences queued) before pushing
            return
        if signal.code == "device_fork":
            self._rotate_device()
            return
        if signal.code == "gap":
            expected = int(signal.body.get("expected") or 0)
            with self.store.reading() as session:
                first = db.first_unsent_mid(session.connection())
            if expected < first:
                # The hub lacks changes this laptop no longer holds as unsent:
                # start a new ledger at the oldest unsent one.
                self._rotate_device()
            else:
                self._count_retry("gap")
            return
        raise HubFailed(signal.code)

    def _wire(self, connection: Connection, entries: Sequence[db.Entry]) -> list[db.Entry]:
        """Entries as they are sent: personality of keep_local contacts left out.

        Computed once, the first time an entry is sent; afterwards the stored
        payload is sent as it is (a replay must be byte-identical in meaning).
        """
        contacts = [e.row_id for e in entries if e.entity == "contact" and e.attempts == 0]
        keep = db.keep_local_ids(connection, contacts) if contacts else set()
        personal = _personal_values(connection, contacts) if contacts else {}
        shadows = db.load_shadows(connection, "contact", contacts) if contacts else {}
        wire: list[db.Entry] = []
        for entry in entries:
            if entry.entity != "contact" or entry.attempts > 0 or entry.op == db.OP_RESOLVE:
                wire.append(entry)
                continue
            fields = dict(entry.fields)
            base = dict(entry.base)
            keep_local = bool(fields.get("keep_local", entry.row_id in keep))
            if keep_local:
                for name in db.PERSONAL_FIELDS:
                    fields.pop(name, None)
                    base.pop(name, None)
                if fields.get("keep_local") is True and "created_at" not in fields:
                    # Just switched on: erase the copy the hub may hold.
                    seen = shadows.get(entry.row_id)
                    for name in db.PERSONAL_FIELDS:
                        fields[name] = None
                        base[name] = seen.field_seq.get(name, 0) if seen else 0
            elif fields.get("keep_local") is False and entry.row_id not in keep:
                # Switched off: the personality travels from now on.
                seen = shadows.get(entry.row_id)
                for name in db.PERSONAL_FIELDS:
                    if name not in fields and entry.row_id in personal:
                        fields[name] = personal[entry.row_id][name]
                        base[name] = seen.field_seq.get(name, 0) if seen else 0
            wire.append(
                db.Entry(
                    entry.mid,
                    entry.txn,
                    entry.entity,
                    entry.row_id,
                    entry.op,
                    fields,
                    base,
                    entry.client_ts,
                    entry.state,
                    entry.attempts,
                )
            )
        return wire

    def _apply_push(self, sent: Sequence[db.Entry], answer: Mapping[str, Any]) -> int:
        """Applies a push answer; returns for how many of ``sent`` it had a result."""
        by_mid = {entry.mid: entry for entry in sent}
        results = answer.get("results") or []
        done: list[int] = []
        refused: list[int] = []
        posts: dict[str, list[Mapping[str, Any]]] = {}
        touched: dict[str, set[str]] = {}
        #: entity → row → the fields this laptop sent (see _merge_and_publish)
        sent: dict[str, dict[str, set[str]]] = {}
        for entry in by_mid.values():
            sent.setdefault(entry.entity, {}).setdefault(entry.row_id, set()).update(entry.fields)
        with _writing(self.store) as connection:
            for result in results:
                entry = by_mid.get(int(result.get("mid", -1)))
                if entry is None:
                    continue
                status = str(result.get("status", ""))
                if status == "duplicate":
                    # a replay: the first answer, with the row as the hub holds it now
                    status = str(result.get("original_status") or "applied")
                touched.setdefault(entry.entity, set()).add(entry.row_id)
                row = result.get("row")
                if isinstance(row, Mapping) and row.get("entity") in SYNCED_MODELS:
                    posts.setdefault(str(row["entity"]), []).append(row)
                    touched.setdefault(str(row["entity"]), set()).add(str(row["id"]))
                if status == "rejected":
                    shadow = db.load_shadows(connection, entry.entity, [entry.row_id])
                    current = shadow[entry.row_id].data if entry.row_id in shadow else None
                    reason = str(result.get("reason") or result.get("message") or "rejected")
                    if entry.op != db.OP_RESOLVE:
                        db.add_rejection(connection, entry, reason, current)
                        self.conflicts += 1
                    self.rejected += 1
                    refused.append(entry.mid)
                else:
                    self.pushed += 1
                self.conflicts += db.store_conflicts(
                    connection,
                    result.get("conflicts") or [],
                    self.user,
                    entity=entry.entity,
                    row_id=entry.row_id,
                )
                done.append(entry.mid)
            # A refused change lives on in the conflict log, not in the outbox.
            db.remove_entries(connection, refused)
            db.mark_acked(connection, [mid for mid in done if mid not in set(refused)])
            leftover = [mid for mid in by_mid if mid not in set(done)]
            if leftover:
                db.set_error(connection, leftover, "no result from the hub")
                connection.exec_driver_sql(
                    "UPDATE sync_outbox SET state = 'pending' WHERE mutation_id = ?",
                    [(mid,) for mid in leftover],
                )
            for entity, ids in touched.items():
                self.pulled += self._merge_and_publish(
                    connection,
                    entity,
                    sorted(ids),
                    posts.get(entity, []),
                    [],
                    sent=sent.get(entity, {}),
                )
        return len(done)

    # pull

    def _pull_all(self) -> None:
        """Pulls and applies pages until the hub has no more.

        The next page is requested on a worker thread while the current one is
        applied (SQLite and the socket release the GIL, so the hub's work and
        the download overlap the local writes); pages are still applied in
        order, each in one transaction with its cursor.
        """
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kamdesk-pull") as pool:
            self._pull_pages(pool)

    def _fetch(self, cursor: int, limit: int) -> dict[str, Any]:
        return self.hub.post("/v1/sync/pull", self._body(cursor=cursor, limit=limit))

    def _pull_pages(self, pool: ThreadPoolExecutor) -> None:
        limit = self.page_size
        state = self._state()
        cursor = int(state.get(db.K_CURSOR) or 0)
        start = cursor
        ahead: Future[dict[str, Any]] | None = None
        while True:
            self._check()
            if ahead is None:
                ahead = pool.submit(self._fetch, cursor, limit)
            try:
                answer = ahead.result()
            except ProtocolSignal as signal:
                if signal.code != "reset_required":
                    raise HubFailed(signal.code) from None
                self._reset(str(signal.body.get("hub_id") or ""))
                cursor = start = 0
                ahead = None
                continue
            finally:
                ahead = None
            hub_id = str(answer.get("hub_id") or "")
            known = self._state().get(db.K_HUB_ID)
            if hub_id and known and hub_id != known:
                self._reset(hub_id)
                cursor = start = 0
                continue
            rows = answer.get("rows") or []
            next_cursor = int(answer.get("next_cursor", cursor) or cursor)
            has_more = bool(answer.get("has_more"))
            if has_more:
                # Requested now, applied after this page (a reset or another hub id
                # in its answer is seen then, as above).
                ahead = pool.submit(self._fetch, next_cursor, limit)
            began = time.monotonic()
            with _writing(self.store) as connection, db.bulk(connection, len(rows)):
                recovering = db.get_state(connection, db.K_RECOVERING) == "1"
                if start == 0 and rows:
                    # A first download: its rows are indexed once they are all in.
                    search_index.mark_pending(connection)
                self._apply_page(connection, rows, answer.get("exits") or [])
                self.conflicts += db.store_conflicts(
                    connection, answer.get("conflicts") or [], self.user
                )
                db.set_state(connection, db.K_CURSOR, str(next_cursor))
                if not has_more and recovering:
                    db.rebase_pending(connection)
                    db.recover_unknown_rows(connection)
                    db.set_state(connection, db.K_RECOVERING, None)
            elapsed = time.monotonic() - began
            self.head_seq = max(self.head_seq, int(answer.get("head_seq") or 0))
            total = max(self.head_seq - start, 0)
            pulled = self.pulled  # lupdate reads a plural's count only as a plain name
            done = min(max(next_cursor - start, 0), total)
            received = translate("sync", "Changes received: %n…", "", pulled)
            self.progress(done, total, received)
            if not has_more:
                return
            if elapsed < FAST_PAGE_SECONDS and len(rows) >= limit:
                limit = min(MAX_PAGE_SIZE, limit * 2)
            cursor = next_cursor

    def _build_search(self) -> None:
        """Builds a search index left pending, a transaction per step (see ``build_search``)."""
        try:
            prepare_search(self.store, cancel=self.cancel, progress=self.progress)
        except Cancelled:
            raise SyncCancelled() from None

    def _apply_page(
        self,
        connection: Connection,
        rows: Sequence[Mapping[str, Any]],
        exits: Sequence[Mapping[str, Any]],
    ) -> None:
        by_entity: dict[str, list[Mapping[str, Any]]] = {}
        exits_by_entity: dict[str, list[Mapping[str, Any]]] = {}
        for row in rows:
            if row.get("entity") in SYNCED_MODELS:
                by_entity.setdefault(str(row["entity"]), []).append(row)
        for gone in exits:
            if gone.get("entity") in SYNCED_MODELS:
                exits_by_entity.setdefault(str(gone["entity"]), []).append(gone)
        for entity in SYNCED_MODELS:
            incoming = by_entity.get(entity, [])
            leaving = exits_by_entity.get(entity, [])
            if not incoming and not leaving:
                continue
            ids = sorted({str(r["id"]) for r in incoming} | {str(r["id"]) for r in leaving})
            self.pulled += self._merge_and_publish(
                connection, entity, ids, incoming, leaving, unchanged_too=False
            )

    def _merge_and_publish(
        self,
        connection: Connection,
        entity: str,
        ids: Sequence[str],
        incoming: Sequence[Mapping[str, Any]],
        leaving: Sequence[Mapping[str, Any]],
        *,
        unchanged_too: bool = True,
        sent: Mapping[str, set[str]] | None = None,
    ) -> int:
        """Merges hub rows (and exits) into the shadows and writes the visible rows.

        A pulled row this laptop holds already at its seq (the answer to its own
        push brought it) changes nothing and is neither counted nor written
        again, unless ``unchanged_too`` (a push answer: a refused change must
        still be taken off the visible row).

        ``sent``: the rows are a push's answers, and these the fields this laptop
        sent per row; a row counts as received only if it also brought a value
        from someone else (an answer carries the row as the hub merged it).

        Returns:
            How many incoming rows brought something new to this laptop.
        """
        shadows = db.load_shadows(connection, entity, ids)
        keep: set[str] = set()
        if entity == "contact":
            keep = db.keep_local_ids(connection, ids)
        events = sorted(
            [(db.row_seq_of(r), 0, r) for r in incoming]
            + [(int(g.get("seq") or 0), 1, g) for g in leaving],
            key=lambda item: (item[0], item[1]),
        )
        exited: set[str] = set()
        changed: dict[str, db.Shadow] = {}
        received = 0
        for seq, kind, item in events:
            row_id = str(item["id"])
            if kind == 1:
                shadow = shadows.get(row_id)
                if shadow is None or seq >= shadow.row_seq:
                    shadows.pop(row_id, None)
                    changed.pop(row_id, None)
                    exited.add(row_id)
                continue
            # Kept on this laptop (and not shared again by the incoming row): the
            # local personality stays. A laptop that did not keep it takes the
            # row as it comes, an erased personality included.
            known = shadows.get(row_id)
            if known is not None and seq <= known.row_seq and db.holds(known, item):
                continue
            keep_local = row_id in keep and (item.get("data") or {}).get("keep_local") is not False
            before = dict(known.data) if sent is not None and known is not None else None
            merged = db.merge(known, item, keep_local=keep_local)
            shadows[row_id] = changed[row_id] = merged
            exited.discard(row_id)
            if sent is None:
                received += 1
            elif before is not None:  # a row this laptop created brings nothing new
                mine = sent.get(row_id, set())
                if any(
                    value != before.get(name) and name not in mine
                    for name, value in merged.data.items()
                ):
                    received += 1
        db.save_shadows(connection, entity, changed)
        if exited:
            db.drop_shadows(connection, entity, sorted(exited))
            self.removed += len(exited)
        written = ids if unchanged_too else sorted(changed.keys() | exited)
        if written:
            entries = db.entries_for(connection, entity, written)
            # Left to the build of a first download's index while it has not begun.
            index = not search_index.defers_indexing(connection)
            db.publish(connection, entity, written, shadows, entries, index=index)
        return received


def _mutation(entry: db.Entry) -> dict[str, Any]:
    stamp = entry.client_ts
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return {
        "mid": entry.mid,
        "txn": entry.txn,
        "entity": entry.entity,
        "id": entry.row_id,
        "op": entry.op,
        "fields": entry.fields,
        "base": entry.base,
        "client_ts": stamp.isoformat(),
    }


def _personal_values(connection: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    from sqlalchemy import select

    from kamdesk.models.entities import Contact

    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in connection.execute(
            select(Contact.id, Contact.personality, Contact.personality_assessment).where(
                Contact.id.in_(chunk)
            )
        ):
            found[row.id] = {
                "personality": row.personality,
                "personality_assessment": row.personality_assessment,
            }
    return found

"""What the status bar and the Conflicts dialog show, and resolving a conflict.

Plain data, no Qt: :func:`sync_status` (pending changes, open conflicts, last
successful sync, last error, hub and user), :func:`list_conflicts` and
:func:`resolve_conflict`.

A resolution is one local transaction: the conflict is closed here, a
``resolve`` mutation goes to the outbox (so the hub closes it for the other
rep and the rep's other laptops), and "use the other value" or "restore" also
writes that value or clears the tombstone as an ordinary, captured edit.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.errors import InvalidInput, NotFound
from kamdesk.i18n import translate
from kamdesk.models.base import new_id, utcnow
from kamdesk.models.capture import _LOCAL_TXN
from kamdesk.models.entities import SYNCED_MODELS
from kamdesk.models.sync import SyncConflict
from kamdesk.sync import local as db

RESOLUTIONS = ("keep", "use_other", "restore")


@dataclass(frozen=True)
class SyncStatus:
    """The sync state of a data directory, for the status bar and ``kamdesk status``."""

    hub_url: str | None
    user: str | None
    role: str | None
    device_id: str | None
    pending_changes: int
    open_conflicts: int
    last_sync: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    #: the kind of the last error (its class name, e.g. ``HubUnreachable``): the
    #: indicator's words for it after a restart
    last_error_kind: str | None
    #: the hub's message when it needs a newer kamdesk (pushing stopped)
    upgrade_required: str | None
    #: the hub's identity the local cursor belongs to
    hub_id: str | None
    #: accounts demo data added: while there are any this folder does not sync
    demo_accounts: int = 0

    @property
    def signed_in(self) -> bool:
        """A hub and a user are known (the token itself is only in the keyring)."""
        return bool(self.hub_url and self.user)

    def as_json(self) -> dict[str, Any]:
        """The shape of ``kamdesk status --json`` (docs/cli.md)."""
        values = asdict(self)
        for key in ("last_sync", "last_error_at"):
            if values[key] is not None:
                values[key] = values[key].isoformat()
        return values


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def sync_status(session: Session) -> SyncStatus:
    """The current sync state, read in one query per table."""
    connection = session.connection()
    state = db.all_state(connection)
    open_conflicts = connection.exec_driver_sql(
        "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"
    ).scalar_one()
    return SyncStatus(
        hub_url=state.get(db.K_HUB_URL),
        user=state.get(db.K_USER),
        role=state.get(db.K_ROLE),
        device_id=state.get(db.K_DEVICE),
        pending_changes=db.pending_count(connection),
        open_conflicts=int(open_conflicts),
        last_sync=_time(state.get(db.K_LAST_OK)),
        last_error=state.get(db.K_LAST_ERROR),
        last_error_at=_time(state.get(db.K_LAST_ERROR_AT)),
        last_error_kind=state.get(db.K_LAST_ERROR_KIND),
        upgrade_required=state.get(db.K_UPGRADE),
        hub_id=state.get(db.K_HUB_ID),
        demo_accounts=db.demo_account_count(connection),
    )


@dataclass(frozen=True)
class ConflictView:
    """One conflict as the Conflicts dialog lists it.

    ``current`` is the value the row holds now (the winner), ``other`` the
    value that lost; ``mine_won`` says whose is current. For ``rejected``
    (a change the hub refused) ``other`` is the refused change and ``reason``
    says why; for ``edit_on_deleted`` the row is deleted and may be restored.
    """

    conflict_id: str
    entity: str
    row_id: str
    #: the row's name where it has one (account, contact), else ""
    label: str
    field: str
    kind: str
    current: Any
    other: Any
    other_user: str | None
    mine_won: bool
    detected_at: datetime
    resolved_at: datetime | None
    resolution: str | None
    reason: str | None

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        for key in ("detected_at", "resolved_at"):
            if values[key] is not None:
                values[key] = values[key].isoformat()
        return values


def _loads(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _label(session: Session, entity: str, row_id: str) -> str:
    model = SYNCED_MODELS.get(entity)
    if model is None or not hasattr(model, "name"):
        return ""
    name = session.scalar(select(model.name).where(model.id == row_id))  # type: ignore[attr-defined]
    return str(name or "")


def _view(session: Session, conflict: SyncConflict) -> ConflictView:
    mine, theirs = _loads(conflict.mine), _loads(conflict.theirs)
    mine_won = conflict.winner == "mine"
    reason = None
    if conflict.kind == "rejected" and isinstance(mine, dict):
        reason = mine.get("reason")
        mine = mine.get("fields")
    return ConflictView(
        conflict_id=conflict.conflict_id,
        entity=conflict.entity,
        row_id=conflict.row_id,
        label=_label(session, conflict.entity, conflict.row_id),
        field=conflict.field,
        kind=conflict.kind,
        current=mine if mine_won else theirs,
        other=theirs if mine_won else mine,
        other_user=conflict.theirs_user,
        mine_won=mine_won,
        detected_at=conflict.detected_at,
        resolved_at=conflict.resolved_at,
        resolution=conflict.resolution,
        reason=reason,
    )


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    """Conflicts, newest first; open ones only unless ``include_resolved``."""
    query = select(SyncConflict).order_by(SyncConflict.detected_at.desc(), SyncConflict.conflict_id)
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at.is_(None))
    return [_view(session, c) for c in session.scalars(query)]


def resolve_conflict(session: Session, conflict_id: str, resolution: str) -> ConflictView:
    """Resolves a conflict: ``keep`` the current value, ``use_other``, or ``restore`` the row.

    Call inside one unit of work. The resolution syncs: a ``resolve``
    mutation for the hub (not for a rejection, which only this laptop knows),
    and for ``use_other``/``restore`` an ordinary edit of the row.

    Raises:
        NotFound: no such conflict.
        InvalidInput: an unknown resolution, one that does not fit the
            conflict (restore of a row that is not deleted), or a conflict
            already resolved.
    """
    if resolution not in RESOLUTIONS:
        raise InvalidInput(
            "resolution",
            translate("sync", "must be one of %1").replace("%1", ", ".join(RESOLUTIONS)),
        )
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFound(f"conflict {conflict_id}")
    if conflict.resolved_at is not None:
        raise InvalidInput(conflict_id, translate("sync", "this conflict is already resolved"))
    view = _view(session, conflict)
    model = SYNCED_MODELS.get(conflict.entity)
    row = session.get(model, conflict.row_id) if model is not None else None
    if resolution == "restore" and (row is None or not row.deleted):  # type: ignore[attr-defined]
        raise InvalidInput("resolution", translate("sync", "restore: the record is not deleted"))
    txn = session.info.setdefault(_LOCAL_TXN, new_id())
    if row is not None and resolution in ("use_other", "restore"):
        if resolution == "restore":
            row.deleted = False  # type: ignore[attr-defined]
        lost = view.other  # the value that is not current: the one to bring back
        if resolution == "use_other" or conflict.kind == "edit_on_deleted":
            _write_values(session, row, conflict, lost)
        session.flush()
    if not conflict.conflict_id.startswith("local-"):
        db.add_entries(
            session.connection(),
            [
                {
                    "local_txn": txn,
                    "entity": conflict.entity,
                    "row_id": conflict.row_id,
                    "op": db.OP_RESOLVE,
                    "fields": {"conflict_id": conflict.conflict_id, "resolution": resolution},
                    "base": {},
                }
            ],
        )
    conflict.resolved_at = utcnow()
    conflict.resolution = resolution
    session.flush()
    return _view(session, conflict)


def _write_values(session: Session, row: Any, conflict: SyncConflict, value: Any) -> None:
    """Writes the chosen value(s) to the row as an ordinary edit (captured)."""
    if conflict.field in ("*", "_row") and isinstance(value, dict):
        values = value
    elif conflict.field not in ("*", "_row"):
        values = {conflict.field: value}
    else:
        return
    entity = conflict.entity
    dialect = session.get_bind().dialect
    columns = db.codec(entity, dialect).synced
    for name, raw in values.items():
        if name in columns or name == "deleted":
            setattr(row, name, db.from_json(entity, dialect, name, raw))

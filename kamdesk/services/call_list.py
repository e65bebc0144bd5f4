"""The day's call list: whom to phone, why, and when (issue 4, "Today's call list").

Reasons, strongest first; a contact appears once, for its strongest reason:

* ``call_back``: a call-back or a retry after no answer falls due;
* ``follow_up``: a follow-up or a promise made falls due on that contact;
* ``arrange_visit``: an account early in the pipeline (a milestone listed in
  the rules, by default planning and building the relationship) with no visit
  done or planned: call to arrange one;
* ``gone_quiet``: an account not contacted (no call made, no visit done) for
  longer than its contact interval (or the rules' default for its tier),
  counted from its last contact or, never contacted, from when it was added.

A task with a contact calls that contact; a reason that concerns an account
calls its lead contact (a decision maker first, then someone the rep knows,
then the first by name). Follow-ups fall due on the day or before (overdue
ones stay on the list); account suggestions are capped at the rules'
``suggestions_per_day``, the longest-waiting and highest-tier first: a rep
makes a couple of dozen calls a day, not thousands.

The list is ordered by each contact's next good window on that day (see
:mod:`kamdesk.services.call_timing`): windows already open first, then by
start; contacts with no window that day come last.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter
from types import SimpleNamespace
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from kamdesk.i18n import translate
from kamdesk.services.call_timing import (
    CallWindow,
    RepDay,
    TimingRules,
    profile_of,
    rep_day,
)

#: Reasons, strongest first.
REASONS = ("call_back", "follow_up", "arrange_visit", "gone_quiet")
_TIER_RANK = {"A": 0, "B": 1, "C": 2}


class CallListItem(NamedTuple):
    """One call of the list (a named tuple: a day can hold tens of thousands)."""

    contact_id: str
    contact_name: str
    title: str
    phones: tuple[str, ...]
    account_id: str
    account_name: str
    #: one of :data:`REASONS`
    reason: str
    #: the task's title for follow-ups; empty otherwise
    detail: str
    task_id: str | None
    #: when the task fell due, or when the account was last contacted (``None``: never)
    since: datetime | None
    #: days without contact, for ``gone_quiet``
    quiet_days: int | None
    #: the first good window on the day still ahead (the one open now, if any), rep's zone
    window: CallWindow | None
    #: every window of the contact on the day, in the rep's zone
    windows: tuple[CallWindow, ...]


@dataclass(frozen=True)
class CallList:
    day: date
    rep_zone: str
    items: tuple[CallListItem, ...]
    #: account suggestions left out by the daily cap
    more_suggestions: int
    #: ``False`` when a contact's official calendar for the day is unknown
    calendar_known: bool
    #: how many calls the day has; more than ``items`` when a limit was asked for
    total: int = 0


def _day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    return (
        datetime.combine(day, time(0), zone),
        datetime.combine(day + timedelta(days=1), time(0), zone),
    )


#: The columns of a contact that the list shows and the rules read, with its account's
#: name and working day, as stored (JSON as text), in one pass.
_CONTACT_COLUMNS = (
    "c.id, c.account_id, c.name, c.title, c.phones, ac.name AS account_name,"
    " c.known_to_rep, c.work_start, c.work_end, c.lunch_start, c.lunch_end, c.timezone,"
    " c.habitual_times, ac.work_start AS account_work_start, ac.work_end AS account_work_end,"
    " ac.lunch_start AS account_lunch_start, ac.lunch_end AS account_lunch_end"
)
#: The same without what only a listed call shows, when just the first few are listed
#: (the Today page): a day can hold tens of thousands of calls to rank.
_RANKING_COLUMNS = _CONTACT_COLUMNS.replace(
    "c.title, c.phones, ac.name AS account_name",
    "NULL AS title, NULL AS phones, NULL AS account_name",
)
#: The contacts with their account, whose working day stands in for a contact's own.
_CONTACTS = "contacts c LEFT JOIN accounts ac ON ac.id = c.account_id"
#: Open tasks due before :end (UTC, as stored). A unary ``+`` keeps SQLite off the
#: index on ``deleted`` (nearly every row is live), as :func:`accounts.is_live` does.
_DUE_TASKS = "FROM tasks t WHERE t.done = 0 AND t.deleted = 0 AND t.due < :end"


#: A contact's place in the order of whom to call at an account: a decision maker
#: first, then an influencer, someone the rep knows, the first by name. The index
#: ``ix_contacts_lead`` (migration 0007) holds the live contacts of each account in
#: this order, so the lead contact is one step into it.
_LEAD_ORDER = (
    "CASE {p}decision_role WHEN 'decision_maker' THEN 0 WHEN 'influencer' THEN 1 ELSE 2 END,"
    " {p}known_to_rep DESC, {p}name, {p}id"
)


def _lead_sql(account_id: str) -> str:
    """The lead contact's id of the account ``account_id`` (an SQL expression), read from
    ``ix_contacts_lead``: the condition ``deleted = 0`` must be written as the index's."""
    return (
        f"(SELECT l.id FROM contacts l WHERE l.account_id = {account_id} AND l.deleted = 0"
        f" ORDER BY {_LEAD_ORDER.format(p='l.')} LIMIT 1)"
    )


def _lead_contacts_sql(accounts: str, columns: str = _CONTACT_COLUMNS) -> str:
    """The lead contact of each account that the subquery ``accounts`` names (as
    ``account_id``), in one statement."""
    return (
        f"SELECT {columns} FROM {_CONTACTS} WHERE c.id IN"
        f" (SELECT {_lead_sql('a.account_id')} FROM ({accounts}) a)"
    )


def _stored(moment: datetime) -> str:
    """A moment as the store writes it (naive UTC text), to compare with stored values."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _read_stored(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def _suggestions_sql(rules: TimingRules) -> tuple[str, dict[str, Any]]:
    """Accounts to arrange a visit with, or gone quiet, with what ranks them.

    The best ``:cap`` rows, each: id, name, reason (0: arrange a visit, 1: gone
    quiet), the last contact (stored text, NULL when none), quiet (days
    without contact) and total (how many accounts qualify). Visits to arrange
    come first, then higher tiers, then those waiting longest (since added,
    or beyond their interval). Days are counted between calendar dates in the
    rep's zone (``:shift`` is its UTC offset on ``:day``).
    """
    params: dict[str, Any] = {}
    milestones = sorted(rules.arrange_visit_milestones) or [""]
    params.update({f"m{number}": code for number, code in enumerate(milestones)})
    in_milestones = ", ".join(f":m{number}" for number in range(len(milestones)))
    intervals = sorted(rules.contact_interval_days.items())
    for number, (tier, days) in enumerate(intervals):
        params[f"tier{number}"], params[f"days{number}"] = tier, days
    by_tier = " ".join(f"WHEN :tier{n} THEN :days{n}" for n in range(len(intervals)))
    default_interval = f"CASE a.tier {by_tier} END" if intervals else "NULL"
    tier_rank = " ".join(f"WHEN '{tier}' THEN {rank}" for tier, rank in _TIER_RANK.items())
    sql = f"""
        WITH scored AS MATERIALIZED (
            SELECT a.id, a.name, a.tier, a.created_at,
                coalesce(a.contact_interval_days, {default_interval}) AS interval,
                nullif(max(
                    coalesce((SELECT max(v.start) FROM visits v
                              WHERE v.status = 'done' AND v.deleted = 0
                                AND v.account_id = a.id), ''),
                    coalesce((SELECT max(k.called_at) FROM calls k
                              WHERE +k.deleted = 0 AND k.account_id = a.id), '')
                ), '') AS last_contact,
                coalesce(a.milestone IN ({in_milestones}), 0) AND NOT EXISTS (
                    SELECT 1 FROM visits v WHERE v.status IN ('done', 'planned')
                        AND v.deleted = 0 AND v.account_id = a.id
                ) AS to_arrange
            FROM accounts a
            WHERE +a.deleted = 0 AND NOT EXISTS (
                SELECT 1 FROM tasks t WHERE t.done = 0 AND t.deleted = 0
                    AND t.account_id = a.id AND t.due < :end
            )
        ), dated AS (
            SELECT *,
                CAST(julianday(:day) - julianday(date(created_at, :shift)) AS INTEGER)
                    AS waited,
                CAST(julianday(:day)
                     - julianday(date(coalesce(last_contact, created_at), :shift)) AS INTEGER)
                    AS quiet
            FROM scored
        )
        SELECT id, name, reason, last_contact, quiet, count(*) OVER () AS total
        FROM (
            SELECT id, name, last_contact, quiet,
                CASE WHEN to_arrange THEN 0 ELSE 1 END AS reason,
                CASE tier {tier_rank} ELSE {len(_TIER_RANK)} END AS tier_rank,
                CASE WHEN to_arrange THEN waited ELSE quiet - interval END AS waiting
            FROM dated
            WHERE to_arrange OR (interval IS NOT NULL AND quiet > interval)
        )
        ORDER BY reason, tier_rank, waiting DESC, name
        LIMIT :cap
    """
    return sql, params


def _due_sql(columns: str) -> str:
    """Follow-ups and call-backs due on the day or before (``:end``), one row a contact:
    its columns, then the strongest of its tasks (a call-back before a follow-up, then
    the earliest due) as ``task_id``, ``task_title``, ``task_due`` and ``task_rank``.

    A task calls its contact, or its account's lead contact when it names none or a
    deleted one; a task whose account has no contact left calls nobody. The
    choosing is done by SQLite (its ``min()`` takes the other columns from the row
    it picks), so that Python sees each contact once, however many tasks it has.
    """
    return f"""
        WITH due AS MATERIALIZED (
            SELECT t.id AS task_id, t.title AS task_title, t.due AS task_due,
                CASE WHEN t.kind IN ('call_back', 'retry') THEN 0 ELSE 1 END AS task_rank,
                coalesce(
                    (SELECT n.id FROM contacts n WHERE n.id = t.contact_id AND +n.deleted = 0),
                    {_lead_sql("t.account_id")}
                ) AS target
            {_DUE_TASKS}
        ), best AS (
            SELECT target, task_id, task_title, task_due, task_rank,
                min(task_rank || ' ' || task_due) AS strongest
            FROM due WHERE target IS NOT NULL GROUP BY target
        )
        SELECT {columns}, b.task_id, b.task_title, b.task_due, b.task_rank
        FROM best b JOIN contacts c ON c.id = b.target LEFT JOIN accounts ac ON ac.id = c.account_id
    """


def call_list(
    session: Session,
    day: date,
    rep: Any,
    rules: TimingRules,
    now: datetime | None = None,
    limit: int | None = None,
) -> CallList:
    """The contacts to call on ``day`` (the rep's calendar), each with its reason and window.

    Args:
        rep: the rep's :class:`~kamdesk.settings.Settings` (zone, default hours).
        now: the current moment; on the current day, windows over by then are passed over.
        limit: list only the first ``limit`` calls (``total`` still counts them all).
    """
    zone = ZoneInfo(rep.timezone)
    now = now or datetime.now(UTC)
    day_start, day_end = _day_bounds(day, zone)
    end = {"end": _stored(day_end)}
    brief = limit is not None  # the first few only: their details are read at the end

    # Account suggestions: visits to arrange and accounts gone quiet, best first, capped;
    # an account with a follow-up due is on the list already. The query reads every
    # account, so it runs on a second connection while this one reads the follow-ups.
    sql, params = _suggestions_sql(rules)
    offset = day_start.utcoffset() or timedelta(0)
    params.update(
        end=end["end"],
        day=day.isoformat(),
        shift=f"{int(offset.total_seconds() // 60):+d} minutes",
        cap=rules.suggestions_per_day,
    )
    suggested = _Beside(session, sql, params)

    # Each contact's windows (once per distinct set of hours), then the order by window.
    calendar_known = True
    is_today = now.astimezone(zone).date() == day
    # plan, first window ahead, and what orders it: windows open or opening first, by start
    # (when as a POSIX timestamp: tens of thousands of calls sort faster on floats)
    plans: dict[tuple[Any, ...], tuple[RepDay, CallWindow | None, bool, float]] = {}
    # (order, entry, plan); with a limit, only the best so far are kept (see place())
    ranked: list[tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]] = []
    listed: set[str] = set()

    def place(entry: tuple[Any, ...]) -> None:
        """Ranks a call: ``entry`` is (contact row, reason's rank, task id, detail,
        since as stored, quiet days)."""
        nonlocal calendar_known
        contact = entry[0]
        listed.add(contact[_ID])
        key = contact[_PROFILE_COLUMNS]
        planned = plans.get(key)
        if planned is None:
            stored = _StoredContact(contact)
            plan = rep_day(profile_of(stored, rep, stored.account), day, rep.timezone, rules)
            # Today, windows already over are passed over; another day shows all its own.
            ahead = [w for w in plan.windows if w.end > now or not is_today]
            window = ahead[0] if ahead else None
            if window is None:
                planned = plans[key] = (plan, None, True, 0.0)
            else:
                when = max(window.start, now).timestamp()
                planned = plans[key] = (plan, window, False, when)
            calendar_known = calendar_known and plan.calendar_known
        # closed last, then by when, reason, name, the longest waiting; the id (unique)
        # settles the rest, so the order is the same every time
        order = (planned[2], planned[3], entry[1], contact[_NAME], entry[4] or "", contact[_ID])
        ranked.append((order, entry, planned))
        if limit is not None and len(ranked) >= _KEPT:
            # the first few only: a day of tens of thousands of calls is not held at once
            ranked.sort(key=_ORDER)
            del ranked[limit:]

    total = 0
    try:
        due_sql = _due_sql(_RANKING_COLUMNS if brief else _CONTACT_COLUMNS)
        # A contact comes once from the follow-ups (a suggestion is an account with none).
        for row in (
            _rows(session, due_sql, end) if limit is None else _stream(session, due_sql, end)
        ):
            place((row, row[_TASK_RANK], row[_TASK_ID], row[_TASK_TITLE], row[_TASK_DUE], None))
            total += 1
    finally:
        suggested.join()  # no thread outlives the call, whatever happened here
    wanted = suggested.rows()
    more = max(0, wanted[0].total - len(wanted)) if wanted else 0
    if wanted:
        leads = {
            row[_ACCOUNT_ID]: row
            for row in _rows(
                session,
                _lead_contacts_sql(
                    "SELECT value AS account_id FROM json_each(:ids)",
                    _RANKING_COLUMNS if brief else _CONTACT_COLUMNS,
                ),
                {"ids": json.dumps([row.id for row in wanted])},
            )
        }
        for row in wanted:
            contact = leads.get(row.id)
            if contact is None or contact[_ID] in listed:
                continue
            quiet = row.quiet if row.reason else None
            # arrange a visit, or gone quiet
            place((contact, 2 + row.reason, None, "", row.last_contact, quiet))
            total += 1
    ranked.sort(key=_ORDER)
    shown = ranked if limit is None else ranked[:limit]

    if brief:
        shown = _with_details(session, shown)
    contacts = [entry[0] for _, entry, _ in shown]
    # moments as stored, read once each: thousands of follow-ups share a few due dates
    moments = {since: _read_stored(since) for since in {entry[4] for _, entry, _ in shown}}
    # every contact's phones (JSON lists) decoded in one go: a day can hold thousands
    phones = json.loads("[" + ",".join(contact[_PHONES] or "[]" for contact in contacts) + "]")
    items = tuple(
        CallListItem(
            contact[_ID],
            contact[_NAME],
            contact[_TITLE] or "",
            tuple(numbers),
            contact[_ACCOUNT_ID],
            contact[_ACCOUNT_NAME] or "",
            REASONS[rank],
            detail or "",
            task_id,
            moments[since],
            quiet,
            planned[1],
            planned[0].windows,
        )
        for (_, (contact, rank, task_id, detail, since, quiet), planned), numbers in zip(
            shown, phones, strict=True
        )
    )
    return CallList(
        day=day,
        rep_zone=rep.timezone,
        items=items,
        more_suggestions=more,
        calendar_known=calendar_known,
        total=total,
    )


def _with_details(session: Session, shown: list[Any]) -> list[Any]:
    """``shown`` with the titles, phones, account names and follow-up titles read in."""
    contact_ids = [entry[0][_ID] for _, entry, _ in shown]
    task_ids = [entry[2] for _, entry, _ in shown if entry[2]]
    people = {
        row[_ID]: row
        for row in _rows(
            session,
            f"SELECT {_CONTACT_COLUMNS} FROM {_CONTACTS}"
            " WHERE c.id IN (SELECT value FROM json_each(:ids))",
            {"ids": json.dumps(contact_ids)},
        )
    }
    titles = dict(
        _rows(
            session,
            "SELECT id, title FROM tasks WHERE id IN (SELECT value FROM json_each(:ids))",
            {"ids": json.dumps(task_ids)},
        )
    )
    return [
        (order, (people[entry[0][_ID]], entry[1], entry[2], titles.get(entry[2]), *entry[4:]), plan)
        for order, entry, plan in shown
    ]


#: What a ranked call is ordered by (its first item): comparing those alone is cheaper.
_ORDER = itemgetter(0)

#: With a limit, how many ranked calls are held before the worst are let go.
_KEPT = 4096


def _stream(session: Session, sql: str, params: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of a query a block at a time, as :func:`_rows` reads them: for the
    first few calls of a big day, so that its rows are never all held at once."""
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(sql, params)
        while block := cursor.fetchmany(_KEPT):
            yield from block
    finally:
        cursor.close()


def _rows(session: Session, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The rows of a query as plain tuples, through the session's own SQLite connection
    (in its transaction): tens of thousands of rows read by position cost far less
    than result rows read by name."""
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


class _Beside:
    """A read-only query run on a connection of its own, in a thread, beside the session's.

    SQLite lets readers work side by side (WAL), and the sqlite3 module lets go of the
    GIL while a statement steps, so the two queries use both cores. Where the session
    has no engine to connect again (an in-memory database, a bound connection), the
    query simply runs on the session's own connection when asked for.
    """

    def __init__(self, session: Session, sql: str, params: dict[str, Any]) -> None:
        self._session, self._sql, self._params = session, sql, params
        self._result: list[Any] = []
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        bind = session.get_bind()
        if isinstance(bind, Engine) and bind.url.database not in (None, "", ":memory:"):
            self._thread = threading.Thread(
                target=self._run, args=(bind,), name="kamdesk-call-list", daemon=True
            )
            self._thread.start()

    def _run(self, engine: Engine) -> None:
        try:
            with engine.connect() as connection:
                self._result = connection.execute(text(self._sql), self._params).all()
        except BaseException as error:  # handed to the caller by rows()
            self._error = error

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def rows(self) -> list[Any]:
        if self._thread is None:
            return self._session.execute(text(self._sql), self._params).all()
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


#: Where the columns of :data:`_CONTACT_COLUMNS` are in a row, and those of a
#: follow-up after them (:func:`_due_sql`). The columns that decide a contact's
#: windows are ``known_to_rep`` … the account's lunch break.
_ID, _ACCOUNT_ID, _NAME, _TITLE, _PHONES, _ACCOUNT_NAME = range(6)
_PROFILE_COLUMNS = slice(6, 17)
_TASK_ID, _TASK_TITLE, _TASK_DUE, _TASK_RANK = range(17, 21)


class _StoredContact:
    """A stored contact row as :func:`profile_of` reads it: attributes, JSON decoded."""

    def __init__(self, row: tuple[Any, ...]) -> None:
        (
            known,
            self.work_start,
            self.work_end,
            self.lunch_start,
            self.lunch_end,
            self.timezone,
            habitual,
            account_start,
            account_end,
            account_lunch_start,
            account_lunch_end,
        ) = row[_PROFILE_COLUMNS]
        self.known_to_rep = bool(known)
        self.habitual_times = json.loads(habitual or "[]")
        self.account = SimpleNamespace(
            work_start=account_start,
            work_end=account_end,
            lunch_start=account_lunch_start,
            lunch_end=account_lunch_end,
        )


def reason_label(reason: str) -> str:
    """A reason to call, in the user's language."""
    return {
        "call_back": translate("call_list", "call back"),
        "follow_up": translate("call_list", "follow-up due"),
        "arrange_visit": translate("call_list", "arrange a visit"),
        "gone_quiet": translate("call_list", "not contacted for a while"),
    }.get(reason, reason)


def describe_reason(item: CallListItem) -> str:
    """The reason with its detail: "follow-up due: send the quote", "not contacted for 45 days"."""
    if item.reason == "gone_quiet" and item.quiet_days is not None:
        days = item.quiet_days
        return translate("call_list", "not contacted for %n day(s)", "", days)
    if item.detail:
        return (
            translate("call_list", "%1: %2")
            .replace("%1", reason_label(item.reason))
            .replace("%2", item.detail)
        )
    return reason_label(item.reason)

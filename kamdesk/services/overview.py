"""The client book at a glance: counts for the Today page and rows for the accounts table.

Everything here reads, never writes, and returns plain frozen dataclasses,
ids and codes (``category``, ``lifecycle_class`` stay their stable English
codes; the UI turns them into words). Tombstoned rows (``deleted``) are
never counted or listed.

The accounts table is lazy, the way Anki's browser is: :func:`account_ids`
gives the ordered ids of every account, and :func:`account_rows` fetches the
displayed columns of just the rows being painted. Both are the accounts
view's own services (:mod:`kamdesk.services.accounts`, which also filters
and sorts by more keys), kept here under their first names for the table.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from kamdesk.models import Account, Contact, Task, Visit
from kamdesk.services import accounts
from kamdesk.services.accounts import AccountRow

__all__ = [
    "ACCOUNT_SORT_KEYS",
    "CATEGORIES",
    "LIFECYCLE_CLASSES",
    "AccountRow",
    "ClientBookSummary",
    "account_ids",
    "account_rows",
    "client_book_summary",
    "collation_key",
]


@dataclass(frozen=True)
class ClientBookSummary:
    """How big the client book is (non-deleted rows only)."""

    accounts: int
    contacts: int
    #: visits with status ``planned``
    visits_planned: int
    #: follow-ups not done yet
    open_tasks: int
    #: accounts per lifecycle class code (see :data:`LIFECYCLE_CLASSES`), ``None`` unclassified;
    #: every known class is listed, in that order, even with no account
    accounts_by_class: tuple[tuple[str | None, int], ...] = ()
    #: accounts per key-account category code (see :data:`CATEGORIES`), likewise
    accounts_by_category: tuple[tuple[str | None, int], ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when there is no account at all, so there is nothing to work on yet."""
        return self.accounts == 0


#: The lifecycle classes of the manual (忠诚型, 快速增长型, 睡眠型, 值得培养), in its order.
LIFECYCLE_CLASSES: Final[tuple[str, ...]] = accounts.CODES["lifecycle_class"]
#: The key-account categories (行业, 区域, 潜力大客户), in the manual's order.
CATEGORIES: Final[tuple[str, ...]] = accounts.CODES["category"]

#: The accounts table's columns, by their sort keys, in column order (the
#: table shows these; :data:`kamdesk.services.accounts.SORT_KEYS` has more).
ACCOUNT_SORT_KEYS: Final[tuple[str, ...]] = (
    "name",
    "short_name",
    "industry",
    "region",
    "category",
    "lifecycle_class",
    "tier",
)


def _count(session: Session, *criteria: ColumnElement[bool], model: type) -> int:
    statement = select(func.count()).select_from(model).where(model.deleted.is_(False), *criteria)
    return int(session.scalar(statement) or 0)


def _breakdown(
    session: Session, column: ColumnElement[str | None], known: tuple[str, ...]
) -> tuple[tuple[str | None, int], ...]:
    """Accounts per value of ``column``: every known value in order, then others, then None."""
    statement = select(column, func.count()).where(Account.deleted.is_(False)).group_by(column)
    counts: dict[str | None, int] = dict.fromkeys(known, 0)
    for value, count in session.execute(statement):
        key = value or None
        counts[key] = counts.get(key, 0) + int(count)
    ordered = [(code, counts.pop(code)) for code in known]
    unclassified = counts.pop(None, 0)
    ordered += sorted(counts.items(), key=lambda item: str(item[0]))
    if unclassified:
        ordered.append((None, unclassified))
    return tuple(ordered)


def client_book_summary(session: Session) -> ClientBookSummary:
    """Counts the accounts, contacts, planned visits and open follow-ups, and splits the accounts."""
    return ClientBookSummary(
        accounts=_count(session, model=Account),
        contacts=_count(session, model=Contact),
        visits_planned=_count(session, Visit.status == "planned", model=Visit),
        open_tasks=_count(session, Task.done.is_(False), model=Task),
        accounts_by_class=_breakdown(session, Account.lifecycle_class, LIFECYCLE_CLASSES),
        accounts_by_category=_breakdown(session, Account.category, CATEGORIES),
    )


@lru_cache(maxsize=65536)
def collation_key(text: str) -> tuple[str, ...]:
    """How ``text`` sorts for a Chinese reader: Han characters by their pinyin.

    Each Han character becomes its (first) pinyin syllable without tones, and
    each run of other characters one lower-case token, so 东莞 (dong guan)
    sorts before 上海 (shang hai) and both among Latin names as if spelled
    out. Code-point order would put 万 before 上 before 东, which no reader
    expects.
    """
    from pypinyin.pinyin_dict import pinyin_dict

    tokens: list[str] = []
    run: list[str] = []
    for char in text:
        readings = pinyin_dict.get(ord(char))
        if readings is None:
            run.append(char)
            continue
        if run:
            tokens.append("".join(run).strip().lower())
            run = []
        first = readings.split(",", 1)[0]
        decomposed = unicodedata.normalize("NFD", first)
        tokens.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    if run:
        tokens.append("".join(run).strip().lower())
    return tuple(token for token in tokens if token)


def account_ids(session: Session, sort_key: str = "name", descending: bool = False) -> list[str]:
    """The ids of all live accounts in display order, unfiltered.

    The accounts table's call; it is :func:`kamdesk.services.accounts.account_ids`
    without a filter (same sort keys, same rules: text in pinyin order, codes
    in the manual's order, accounts without the value last, ties by name).

    Raises:
        ValueError: ``sort_key`` is not one of :data:`kamdesk.services.accounts.SORT_KEYS`.
    """
    return accounts.account_ids(session, None, sort_key, descending)


def account_rows(session: Session, ids: Sequence[str]) -> list[AccountRow]:
    """The table rows of ``ids``, in the order given (see :func:`kamdesk.services.accounts.account_rows`)."""
    return accounts.account_rows(session, ids)

"""The accounts view on a big client book: listing, filtering, sorting, rows and detail.

Uses (or fills, when it has no account yet) a data directory with the demo
book of 100,000 accounts and about 310,000 contacts, plus visits (done,
planned, cancelled) and follow-ups for the last-visit and next-action
columns. Generating takes several minutes, so the directory is kept and
reused: point ``--data-dir`` at the same place every time.

    .venv/bin/python bench/bench_accounts.py                      # /tmp/kamdesk-bench-accounts-100k
    .venv/bin/python bench/bench_accounts.py --data-dir /tmp/k100k --repeat 7

Times (wall clock, each call in its own reading session, as the window's
database worker makes them):

* ``account_ids``: every sort key, both directions, with no filter and with
  three filters; "first" is the first call for that key (it computes the
  order of every account), "again" the median of the calls after it;
* ``account_ids`` after a write (one account renamed) and after a visit;
* ``account_rows`` for blocks of 100 ids; ``account_detail``;
  ``filter_options``; ``deletion_impact``.

Issue 3's targets: ``account_ids`` under ~150 ms with any filter and sort,
``account_rows`` of 100 ids under ~20 ms, ``account_detail`` under ~20 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.models import Account, Contact, Task, Visit
from kamdesk.paths import DataPaths
from kamdesk.services.accounts import (
    SORT_KEYS,
    AccountFilter,
    account_detail,
    account_ids,
    account_rows,
    deletion_impact,
    filter_options,
)
from kamdesk.services.demo import generate_demo
from kamdesk.store import Store, open_store

DEFAULT_DIR = "/tmp/kamdesk-bench-accounts-100k"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
_TASK_TITLES = ("寄送报价单", "回电确认需求", "安排技术交流", "催收合同", "发送案例资料")


def _add_activity(session: Session, rng: random.Random, batch: int = 2000) -> tuple[int, int]:
    """Visits and follow-ups for every account, through the ORM (captured like a rep's own)."""
    account_ids_ = list(session.scalars(select(Account.id).order_by(Account.id)))
    first_contact: dict[str, str] = {
        account_id: contact_id
        for account_id, contact_id in session.execute(
            select(Contact.account_id, func.min(Contact.id)).group_by(Contact.account_id)
        )
    }
    visits = tasks = 0
    for start in range(0, len(account_ids_), batch):
        objects: list[Any] = []
        for account_id in account_ids_[start : start + batch]:
            attendee = first_contact.get(account_id)
            for _ in range(rng.choice((0, 1, 2, 3, 3, 4, 5))):
                status = rng.choice(("done", "done", "done", "planned", "cancelled"))
                days = rng.randint(-400, -1) if status == "done" else rng.randint(-20, 60)
                objects.append(
                    Visit(
                        account_id=account_id,
                        contact_ids=[attendee] if attendee else [],
                        start=NOW + timedelta(days=days, hours=rng.randint(1, 9)),
                        status=status,
                        objectives="了解需求，介绍方案",
                    )
                )
                visits += 1
            for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
                objects.append(
                    Task(
                        account_id=account_id,
                        title=rng.choice(_TASK_TITLES),
                        due=NOW + timedelta(days=rng.randint(-30, 90)),
                        done=rng.random() < 0.3,
                    )
                )
                tasks += 1
        session.add_all(objects)
        session.flush()
        del objects
    return visits, tasks


def _prepare(store: Store, accounts: int) -> None:
    with store.reading() as session:
        existing = session.scalar(select(func.count()).select_from(Account)) or 0
        has_visits = session.scalar(select(func.count()).select_from(Visit)) or 0
    if not existing:
        print(f"generating {accounts:,} demo accounts (a few minutes)…", flush=True)
        started = time.perf_counter()
        with store.unit_of_work() as session:
            generate_demo(session, accounts, seed=1)
        print(f"  {time.perf_counter() - started:.0f} s", flush=True)
    if not has_visits:
        print("adding visits and follow-ups…", flush=True)
        started = time.perf_counter()
        with store.unit_of_work() as session:
            visits, tasks = _add_activity(session, random.Random(3))
        print(f"  {visits:,} visits, {tasks:,} tasks, {time.perf_counter() - started:.0f} s")


def _timed(store: Store, call: Callable[[Session], Any]) -> tuple[float, Any]:
    with store.reading() as session:
        started = time.perf_counter()
        result = call(session)
        return (time.perf_counter() - started) * 1000, result


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data-dir", default=DEFAULT_DIR, help="kept between runs")
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5, help="warm calls per measurement")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    paths = DataPaths(Path(args.data_dir)).ensure()
    rng = random.Random(args.seed)
    with open_store(paths) as store:
        _prepare(store, args.accounts)
        with store.reading() as session:
            counts = {
                model.__name__: session.scalar(
                    select(func.count()).select_from(model).where(model.deleted.is_(False))
                )
                for model in (Account, Contact, Visit, Task)
            }
        print(", ".join(f"{count:,} {name.lower()}s" for name, count in counts.items()))

        filters = {
            "none": None,
            "tier A": AccountFilter(tier={"A"}),
            "华东/华南 + loyal": AccountFilter(region={"华东", "华南"}, lifecycle_class={"loyal"}),
            "制造 + industry + 2 milestones": AccountFilter(
                industry={"制造"}, category={"industry"}, milestone={"planning", "relationship"}
            ),
        }
        print(f"\naccount_ids (ms; 'again' = median of {args.repeat})")
        print(f"{'sort':<16}{'dir':<5}{'filter':<32}{'first':>8}{'again':>8}{'max':>8}{'rows':>9}")
        warm: list[float] = []
        for key in SORT_KEYS:
            for descending in (False, True):
                for label, chosen in filters.items():
                    first, ids = _timed(
                        store,
                        lambda s, c=chosen, k=key, d=descending: account_ids(s, c, k, d),  # type: ignore[misc]
                    )
                    again = [
                        _timed(
                            store,
                            lambda s, c=chosen, k=key, d=descending: account_ids(s, c, k, d),  # type: ignore[misc]
                        )[0]
                        for _ in range(args.repeat)
                    ]
                    warm.extend(again)
                    print(
                        f"{key:<16}{'desc' if descending else 'asc':<5}{label:<32}"
                        f"{first:>8.0f}{statistics.median(again):>8.0f}{max(again):>8.0f}"
                        f"{len(ids):>9,}",
                        flush=True,
                    )
        print(
            f"all warm calls: median {statistics.median(warm):.0f} ms, "
            f"p95 {_percentile(warm, 0.95):.0f} ms, max {max(warm):.0f} ms"
        )

        _, by_name = _timed(store, lambda s: account_ids(s))
        target = rng.choice(by_name)
        with store.unit_of_work() as session:
            renamed = session.get(Account, target)
            assert renamed is not None
            renamed.name = renamed.name + "（改）"
        after_write = _timed(store, lambda s: account_ids(s))[0]
        again_after = _timed(store, lambda s: account_ids(s))[0]
        with store.unit_of_work() as session:
            session.add(Visit(account_id=target, start=NOW, status="done"))
        after_visit = _timed(store, lambda s: account_ids(s, None, "last_visit", True))[0]
        print(
            f"\nafter renaming an account: name sort {after_write:.0f} ms, then {again_after:.0f} ms;"
            f" after logging a visit: last_visit sort {after_visit:.0f} ms"
        )

        row_times = []
        for _ in range(max(20, args.repeat * 10)):
            start = rng.randrange(0, max(1, len(by_name) - 100))
            block = by_name[start : start + 100]
            elapsed, rows = _timed(store, lambda s, b=block: account_rows(s, b))  # type: ignore[misc]
            assert len(rows) == len(block)
            row_times.append(elapsed)
        detail_times = []
        impact_times = []
        for _ in range(max(20, args.repeat * 10)):
            account_id = rng.choice(by_name)
            detail_times.append(
                _timed(store, lambda s, a=account_id: account_detail(s, a))[0]  # type: ignore[misc]
            )
            impact_times.append(
                _timed(store, lambda s, a=account_id: deletion_impact(s, a))[0]  # type: ignore[misc]
            )
        options_times = [_timed(store, filter_options)[0] for _ in range(3)]
        print(f"\n{'call':<28}{'median ms':>10}{'p95 ms':>8}{'max ms':>8}")
        for label, values in (
            ("account_rows (100 ids)", row_times),
            ("account_detail", detail_times),
            ("deletion_impact", impact_times),
            ("filter_options", options_times),
        ):
            print(
                f"{label:<28}{statistics.median(values):>10.1f}"
                f"{_percentile(values, 0.95):>8.1f}{max(values):>8.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

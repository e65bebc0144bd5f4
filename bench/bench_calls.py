"""The day's call list over a big client book (issue 4's target: <= 1 s).

Uses the data directory of ``bench_accounts.py`` (100,000 demo accounts, about
310,000 contacts, visits and follow-ups around 2026-01-01), filling it first
when it is empty, then times :func:`kamdesk.services.call_list.call_list`
for a few days around that date, each in its own reading session as the
window's database worker makes it. Interpreter start-up is not counted.

    .venv/bin/python bench/bench_calls.py [--data-dir /tmp/kamdesk-bench-accounts-100k] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_accounts import DEFAULT_DIR, _prepare

from kamdesk.models import Account, Contact, Task
from kamdesk.paths import DataPaths
from kamdesk.services.call_list import call_list
from kamdesk.services.call_timing import load_rules
from kamdesk.settings import Settings
from kamdesk.store import open_store

DAYS = (date(2026, 1, 5), date(2026, 1, 9), date(2026, 2, 2))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", default=DEFAULT_DIR)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = DataPaths(Path(args.data_dir)).ensure()
    rules = load_rules()
    rep = Settings()
    # Fills an empty directory and brings an older one up to date (both need the lock).
    with open_store(paths) as store:
        _prepare(store, args.accounts)
    # Reads only: no lock, so that it runs beside another benchmark on the same data.
    with open_store(paths, lock=False, maintenance=False) as store:
        with store.reading() as session:
            counts = {
                name: session.scalar(select(func.count()).select_from(model))
                for name, model in (("accounts", Account), ("contacts", Contact), ("tasks", Task))
            }
        print(", ".join(f"{name} {count:,}" for name, count in counts.items()))
        for day in DAYS:
            now = datetime(day.year, day.month, day.day, 0, 30, tzinfo=UTC)
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                with store.reading() as session:
                    plan = call_list(session, day, rep, rules, now=now)
                times.append(time.perf_counter() - started)
            reasons: dict[str, int] = {}
            for item in plan.items:
                reasons[item.reason] = reasons.get(item.reason, 0) + 1
            print(
                f"{day}: {len(plan.items):,} calls {reasons}, {plan.more_suggestions:,} more;"
                f" first {times[0] * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms,"
                f" max {max(times) * 1000:.0f} ms  (target <= 1000 ms)"
            )
            # What the Today page asks for: the first six, with the total.
            started = time.perf_counter()
            with store.reading() as session:
                call_list(session, day, rep, rules, now=now, limit=6)
            print(f"  first 6 only (Today page): {(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

"""How long demo data takes, the way `kamdesk demo` makes it.

Generates N accounts (about three contacts each) into a fresh temporary data
directory through ``open_store`` and one ``unit_of_work``, so every row goes
through the store's fast path for new rows, change capture (the outbox) and
the search index, and prints the time and the peak resident memory.

    .venv/bin/python bench/bench_demo.py            # 100,000 accounts
    .venv/bin/python bench/bench_demo.py 20000 --profile out.prof

Issue 3's target: 100,000 accounts in under 2 minutes. The CPU time is
printed beside the wall time: on a shared machine it is the steadier figure.
"""

from __future__ import annotations

import argparse
import cProfile
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from kamdesk.models import Account, Contact, OutboxEntry
from kamdesk.paths import DataPaths
from kamdesk.services.demo import generate_demo
from kamdesk.store import open_store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("accounts", type=int, nargs="?", default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="write into DIR and keep it")
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of the run to FILE")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-demo-") as scratch:
        paths = DataPaths(Path(args.keep or scratch)).ensure()
        with open_store(paths) as store:
            profiler = cProfile.Profile() if args.profile else None
            started = time.perf_counter()
            cpu_started = time.process_time()
            if profiler:
                profiler.enable()
            with store.unit_of_work() as session:
                result = generate_demo(session, args.accounts, seed=args.seed)
                flushed = time.perf_counter()
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            if profiler:
                profiler.disable()
                profiler.dump_stats(args.profile)
            with store.reading() as session:
                counts = {
                    "accounts": session.scalar(select(func.count()).select_from(Account)),
                    "contacts": session.scalar(select(func.count()).select_from(Contact)),
                    "outbox": session.scalar(select(func.count()).select_from(OutboxEntry)),
                }
        size = paths.database.stat().st_size
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"accounts {result.accounts:,}  contacts {result.contacts:,}  in the db: {counts}")
    print(
        f"{elapsed:.1f} s total ({flushed - started:.1f} s generate+flush, "
        f"{elapsed - (flushed - started):.1f} s commit; {cpu:.1f} s CPU); "
        f"{result.accounts / elapsed:,.0f} accounts/s; peak RSS {peak_mib:.0f} MiB; "
        f"database {size / 2**20:.0f} MiB"
    )
    expected = result.accounts + result.contacts + result.visits + result.tasks
    if counts["outbox"] != expected:
        print(f"outbox has {counts['outbox']} entries, expected {expected}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

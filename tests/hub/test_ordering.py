"""No committed row is ever skipped by a pull (DESIGN.md sync invariant 1).

Many writers push at once, each on its own connection, while pollers pull
with small pages; every poller must end up with every committed row. The
same check is run against a naive hub whose sequence numbers come from a
plain PostgreSQL sequence without the counter lock, in the interleaving that
breaks it (a writer takes its number, another commits a higher one, a poller
moves past it, then the first commits): the check must catch it.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import text, update

from kamdesk.hub.db import SeqCounter
from kamdesk.hub.schema import sync_meta

from .conftest import Laptop, Office, new_id

WRITERS = 6
PUSHES_PER_WRITER = 8
POLLERS = 3


def _own_client(office: Office, laptop: Laptop) -> Laptop:
    """The same device speaking through its own HTTP client (one per thread)."""
    twin = Laptop(
        TestClient(office.app),
        {
            "device_id": laptop.device_id,
            "token": laptop.token,
            "hub_id": laptop.hub_id,
            "user": laptop.user,
        },
        laptop.schema_version,
    )
    twin.next_mid = laptop.next_mid
    return twin


def _committed(results: list[dict[str, Any]]) -> set[str]:
    return {r["row"]["id"] for r in results if r["status"] == "applied"}


def missing_rows(committed: set[str], poller: Laptop) -> set[str]:
    """The check: committed rows the poller never received."""
    return committed - {row_id for _entity, row_id in poller.rows}


def test_concurrent_writers_and_pollers_never_skip_a_committed_row(database_url: str) -> None:
    office = Office(database_url)
    try:
        for i in range(WRITERS):
            office.add(f"rep{i}")
        office.add("boss", "manager")
        writers = [_own_client(office, office.login(f"rep{i}")) for i in range(WRITERS)]
        pollers = [_own_client(office, office.login("boss")) for _ in range(POLLERS)]
        jitter = random.Random(7)
        # widen the window between taking sequence numbers and committing
        office.hub.before_commit = lambda _device: time.sleep(jitter.random() * 0.002)

        committed: set[str] = set()
        lock = threading.Lock()
        errors: list[BaseException] = []
        writing_done = threading.Event()

        def write(laptop: Laptop) -> None:
            try:
                for _ in range(PUSHES_PER_WRITER):
                    batch = [
                        laptop.mutation("account", new_id(), fields={"name": "n"}, txn=new_id())
                        for _ in range(jitter.randint(1, 3))
                    ]
                    done = _committed(laptop.push(*batch))
                    with lock:
                        committed.update(done)
            except BaseException as error:
                errors.append(error)

        def poll(laptop: Laptop) -> None:
            try:
                while not writing_done.is_set():
                    before = laptop.cursor
                    laptop.pull(limit=5)
                    assert laptop.cursor >= before
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=write, args=(w,)) for w in writers]
        poll_threads = [threading.Thread(target=poll, args=(p,)) for p in pollers]
        for thread in threads + poll_threads:
            thread.start()
        for thread in threads:
            thread.join()
        writing_done.set()
        for thread in poll_threads:
            thread.join()
        assert errors == []
        assert len(committed) >= WRITERS * PUSHES_PER_WRITER
        for poller in pollers:
            poller.pull(limit=5)
            assert missing_rows(committed, poller) == set()
    finally:
        office.close()


class NaiveCounter(SeqCounter):
    """The bug: a number from a plain sequence, taken without the counter lock."""

    def lock(self) -> None:
        self.start = self.last = 0

    def next(self) -> int:
        self.last = int(self.connection.execute(text("SELECT nextval('naive_seq')")).scalar_one())
        return self.last

    def store(self) -> None:
        if self.last:
            self.connection.execute(
                update(sync_meta).values(seq=text(f"GREATEST(seq, {int(self.last)})"))
            )


def _late_commit_schedule(office: Office, counter_class: type[SeqCounter]) -> set[str]:
    """Writer A takes its number and holds on; writer B pushes (and commits, unless the
    counter lock makes it wait); a poller pulls; then A commits and the poller pulls again.
    Returns the committed rows the poller missed."""
    office.add("ann")
    office.add("bo")
    office.add("boss", "manager")
    office.hub.counter_class = counter_class
    ann = _own_client(office, office.login("ann"))
    bo = _own_client(office, office.login("bo"))
    poller = office.login("boss")
    a_holding, go_a, b_done = threading.Event(), threading.Event(), threading.Event()
    results: dict[str, list[dict[str, Any]]] = {}

    def hold_a(device: Any) -> None:
        if device.device_id == ann.device_id:
            a_holding.set()
            assert go_a.wait(10)

    office.hub.before_commit = hold_a

    def push(name: str, laptop: Laptop, done: threading.Event | None = None) -> Callable[[], None]:
        def run() -> None:
            results[name] = laptop.push(laptop.mutation("account", new_id(), fields={"name": name}))
            if done is not None:
                done.set()

        return run

    writer_a = threading.Thread(target=push("A", ann))
    writer_b = threading.Thread(target=push("B", bo, b_done))
    writer_a.start()
    assert a_holding.wait(10)
    writer_b.start()
    with office.hub.engine.connect() as connection:
        while not b_done.wait(0.01):
            waiting = connection.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'"
                )
            ).scalar_one()
            if waiting:
                break  # B queues behind A's counter lock
    poller.pull()
    go_a.set()
    writer_a.join()
    writer_b.join()
    poller.pull()
    committed = _committed(results["A"]) | _committed(results["B"])
    assert len(committed) == 2
    return missing_rows(committed, poller)


def test_a_row_committed_late_is_not_skipped(postgres_url: str) -> None:
    office = Office(postgres_url)
    try:
        assert _late_commit_schedule(office, SeqCounter) == set()
    finally:
        office.close()


def test_the_check_catches_a_naive_sequence_that_skips_a_late_commit(postgres_url: str) -> None:
    office = Office(postgres_url)
    try:
        with office.hub.engine.begin() as connection:
            connection.execute(text("CREATE SEQUENCE naive_seq"))
        missed = _late_commit_schedule(office, NaiveCounter)
        assert len(missed) == 1  # writer A's row, committed after the poller passed its number
    finally:
        office.close()

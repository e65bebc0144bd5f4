"""The sync client's initial download: 100,000 accounts and 300,000 contacts.

Two ways, both into a fresh data directory through the real engine
(:func:`kamdesk.sync.run_sync`: pages applied per field through the shadow,
published, search index kept, cursor saved per page):

* ``--source synthetic`` (default): a stand-in hub in this process makes the
  pull pages from a seed, as JSON bytes decoded per page exactly as over
  HTTP, so the figure is the client's own cost (decode, apply, index);
* ``--source hub``: H7's real hub app (``kamdesk.hub``) on an SQLite file,
  through starlette's TestClient (in-process ASGI); filling the hub goes
  through its push path and takes a while, so the hub file is kept and
  reused (``--hub-file``).

Peak RSS (``ru_maxrss``) is printed: the target is at most 300 MB while the
download runs.

Measured 2026-11-27 on the shared 2-vCPU test machine (other work running),
synthetic, 100,000 accounts + 300,000 contacts: 165 s end to end, 134 s of
it the client's own (about 3,000 rows/s), peak RSS 281 MB. Of the client's
time about 40 % is the search index (pinyin keys of every name, computed in
Python); shadow, publish and JSON decoding share the rest. ::

    .venv/bin/python bench/bench_sync_pull.py                      # 100k + 300k, synthetic
    .venv/bin/python bench/bench_sync_pull.py --accounts 10000     # smaller
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
CITIES = ("深圳", "广州", "上海", "北京", "杭州", "成都", "武汉", "南京", "苏州", "天津")
TRADES = ("精密", "电子", "机械", "科技", "化工", "物流", "医疗", "材料", "能源", "食品")
NOW = "2026-11-26T08:00:00+00:00"


class Synthetic:
    """Answers hello and pull like a hub holding ``accounts`` accounts with 3 contacts each."""

    def __init__(self, accounts: int, seed: int = 7) -> None:
        self.accounts = accounts
        self.total = accounts * 4
        self.hub_id = str(uuid.UUID(int=seed))
        self.random = random.Random(seed)
        self.ids = [str(uuid.UUID(int=(seed << 64) + n)) for n in range(self.total)]
        self.bytes_sent = 0
        #: time spent making the pages (the stand-in hub's work, not the client's)
        self.seconds = 0.0

    def _row(self, seq: int) -> dict[str, Any]:
        n = seq - 1
        r = random.Random(n)
        if n < self.accounts:
            name = f"{r.choice(CITIES)}市{r.choice(SURNAMES)}{r.choice(GIVEN)}{r.choice(TRADES)}有限公司"
            data = {
                "owner_id": "wang",
                "shared_with": [],
                "name": name,
                "short_name": name[2:6],
                "industry": r.choice(TRADES),
                "region": r.choice(CITIES),
                "address": f"{r.choice(CITIES)}市科技园{r.randint(1, 300)}号",
                "phones": [f"0755-{r.randint(10000000, 99999999)}"],
                "website": "",
                "category": r.choice(("industry", "regional", "potential")),
                "lifecycle_class": r.choice(("loyal", "fast_growing", "sleeping")),
                "tier": r.choice(("A", "B", "C")),
                "score": round(r.random() * 100, 1),
                "milestone": None,
                "source": "own",
                "background": "老客户，年采购额稳定。" * r.randint(0, 3),
                "organisation_notes": "",
                "biggest_project": "",
                "competitors": "",
                "contact_interval_days": None,
                "work_start": None,
                "work_end": None,
                "lunch_start": None,
                "lunch_end": None,
                "notes": "",
                "created_at": NOW,
            }
            entity = "account"
        else:
            account = (n - self.accounts) // 3
            data = {
                "account_id": self.ids[account],
                "name": f"{r.choice(SURNAMES)}{r.choice(GIVEN)}{r.choice(GIVEN)}",
                "title": r.choice(("采购经理", "总经理", "工程师", "财务总监")),
                "department": r.choice(("采购部", "技术部", "总经办")),
                "decision_role": r.choice(("decision_maker", "influencer", None)),
                "phones": [f"138{r.randint(10000000, 99999999)}"],
                "email": f"user{n}@example.cn",
                "work_start": "09:00",
                "work_end": "18:00",
                "lunch_start": "12:00",
                "lunch_end": "13:30",
                "timezone": "Asia/Shanghai",
                "habitual_times": [],
                "known_to_rep": r.random() < 0.5,
                "personality": r.choice(("actor", "driver", "professor", "amiable", None)),
                "personality_assessment": None,
                "keep_local": False,
                "birthday": None,
                "birthday_calendar": "solar",
                "birthday_leap_month": False,
                "notes": "上次拜访谈到新产品线。" * r.randint(0, 2),
                "created_at": NOW,
            }
            entity = "contact"
        return {
            "entity": entity,
            "id": self.ids[n],
            "seq": seq,
            "row_seq": seq,
            "deleted": False,
            "data": data,
            "field_seq": dict.fromkeys(data, seq),
        }

    def post(self, url: str, json: dict[str, Any], headers: Any = None) -> Any:
        began = time.perf_counter()
        try:
            return self._answer(url, json)
        finally:
            self.seconds += time.perf_counter() - began

    def _answer(self, url: str, json: dict[str, Any]) -> Any:
        path = url.split("testserver", 1)[-1]
        if path == "/v1/sync/hello":
            body = {"hub_id": self.hub_id, "server_now": NOW, "head_seq": self.total}
        elif path == "/v1/sync/pull":
            cursor, limit = int(json["cursor"]), int(json["limit"])
            last = min(self.total, cursor + limit)
            body = {
                "rows": [self._row(seq) for seq in range(cursor + 1, last + 1)],
                "exits": [],
                "conflicts": [],
                "next_cursor": last,
                "has_more": last < self.total,
                "head_seq": self.total,
                "hub_id": self.hub_id,
            }
        elif path == "/v1/sync/push":
            body = {"results": [], "head_seq": self.total}
        else:
            raise AssertionError(path)
        return _Response(body, self)


class _Response:
    status_code = 200
    headers: dict[str, str] = {}  # noqa: RUF012

    def __init__(self, body: dict[str, Any], source: Synthetic) -> None:
        self._text = json.dumps(body, ensure_ascii=False)
        source.bytes_sent += len(self._text.encode("utf-8"))

    def json(self) -> Any:
        return json.loads(self._text)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--page", type=int, default=2000, help="first page size")
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()

    import keyring
    from keyring.backend import KeyringBackend

    from kamdesk.paths import DataPaths
    from kamdesk.store import open_store
    from kamdesk.sync import local, run_sync

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        secrets: dict[tuple[str, str], str] = {}  # noqa: RUF012

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    keyring.set_keyring(Memory())
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="kamdesk-bench-sync-"))
    paths = DataPaths(root).ensure()
    source = Synthetic(args.accounts)
    before = peak_rss_mb()
    with open_store(paths) as store:
        with store.unit_of_work() as session:
            connection = session.connection()
            local.set_state(connection, local.K_HUB_URL, "http://testserver")
            local.set_state(connection, local.K_USER, "wang")
            local.set_state(connection, local.K_DEVICE, str(uuid.uuid4()))
        keyring.set_password("kamdesk", "wang@http://testserver", "bench-token")
        pages: list[float] = []
        last = [time.perf_counter()]

        def progress(done: int, total: int, message: str) -> None:
            now = time.perf_counter()
            pages.append(now - last[0])
            last[0] = now

        started = time.perf_counter()
        result = run_sync(store, client=source, progress=progress, page_size=args.page)
        elapsed = time.perf_counter() - started
        with store.reading() as session:
            counts = {
                table: session.connection()
                .exec_driver_sql(f"SELECT count(*) FROM {table}")
                .scalar_one()
                for table in ("accounts", "contacts", "sync_shadow", "search_docs")
            }
    rows = result.pulled
    print(
        f"rows pulled        {rows:,} ({args.accounts:,} accounts + {rows - args.accounts:,} contacts)"
    )
    print(f"end to end         {elapsed:.1f} s  ({rows / elapsed:,.0f} rows/s)")
    client = elapsed - source.seconds
    print(
        f"client only        {client:.1f} s  ({rows / client:,.0f} rows/s; "
        f"{source.seconds:.1f} s making the pages excluded)"
    )
    print(f"JSON received      {source.bytes_sent / 1e6:.0f} MB in {len(pages)} progress steps")
    if pages:
        ordered = sorted(pages[1:] or pages)
        print(
            f"page time          median {ordered[len(ordered) // 2] * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms"
        )
    print(f"peak RSS           {peak_rss_mb():.0f} MB (before the sync {before:.0f} MB)")
    print(f"stored             {counts}")
    print(f"data directory     {root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How long visit reports take, the way ``kamdesk report`` and the window's export make them.

Fills a fresh temporary data directory with N visits (default 100) to 20
accounts, each visit with two attendees of mixed scripts, a report of about a
page and a half (notes, needs, objections, outcome, next steps, in Chinese with
some English) and two promises. Then times, in this process (the
interpreter's start-up is not counted):

* one report: reading the visit and writing its PDF to a file; "first" is the
  first report of the process (it loads the fonts, about 0.15 s once), then
  the median and the worst of ``--repeat`` more;
* N reports as a batch: ``export_reports`` into one combined PDF, and into one
  file each.

    .venv/bin/python bench/bench_reports.py
    .venv/bin/python bench/bench_reports.py --visits 300 --repeat 20 --keep /tmp/reports

Issue 5's targets: one report <= 200 ms, 100 reports as a batch <= 15 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from kamdesk.paths import DataPaths
from kamdesk.reports.data import report_data
from kamdesk.reports.export import export_reports
from kamdesk.reports.render import render_visit_report
from kamdesk.services import visits
from kamdesk.services.accounts import AccountInput, create_account
from kamdesk.services.contacts import ContactInput, create_contact
from kamdesk.settings import Settings
from kamdesk.store import open_store

SHANGHAI = ZoneInfo("Asia/Shanghai")
FIRST = datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI)
NOTE = (
    "客户介绍了今年两处新仓库的扩建计划，预计第三季度投入使用。"
    "采购总监李 Wei Zhang 关心 AGV 调度与现有 WMS 的接口，希望下次技术交流时看到演示。"
    "CTO Ångström 张提出数据需要实时同步到 SAP，并询问了本地部署与云部署的差别。\n"
)


def _fill(store, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    ids = []
    with store.unit_of_work() as session:
        accounts = []
        for number in range(20):
            account = create_account(
                session,
                AccountInput(
                    name=f"华东智造科技有限公司 {number + 1} 号",
                    industry="智能制造",
                    address="上海市浦东新区张江路 88 号",
                ),
            ).ids[0]
            people = tuple(
                create_contact(session, account, ContactInput(name=name, title=title)).ids[0]
                for name, title in (("李 Wei Zhang", "采购总监"), ("Ångström 张", "CTO"))
            )
            accounts.append((account, people))
        for number in range(count):
            account, people = accounts[number % len(accounts)]
            start = FIRST + timedelta(days=number // 4, hours=2 * (number % 4))
            visit = visits.plan_visit(
                session,
                visits.VisitPlan(
                    account_id=account,
                    contact_ids=people,
                    start=start,
                    place="客户总部 3 号楼会议室",
                    objectives="介绍智能仓储方案，争取年内试点。",
                ),
                now=start - timedelta(days=1),
            ).visit_id
            visits.save_report(
                session,
                visit,
                {
                    "notes": NOTE * 8,
                    "needs_found": "两处新仓库需要自动分拣；库存数据实时同步到 SAP。",
                    "objections": "价格比竞品高约 15%；担心上线期间影响发货。",
                    "outcome": "同意下月在浦东仓做小范围试点。",
                    "next_steps": "周五前发正式报价单；下周安排技术交流与演示。",
                    "satisfaction": 1 + number % 5,
                    "status": "done",
                },
            )
            visits.add_promise(session, visit, "发送正式报价单", start + timedelta(days=4))
            visits.add_promise(session, visit, "提供 SAP 对接方案", start + timedelta(days=7))
            ids.append(visit)
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--keep", metavar="DIR", help="write the data and the PDFs into DIR")
    args = parser.parse_args()
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kamdesk-bench-reports-"))
    paths = DataPaths(root / "data").ensure()
    out = root / "out"
    out.mkdir(parents=True, exist_ok=True)
    settings = Settings(company="蓝海软件 BlueSea", rep_name="王小明")
    with open_store(paths) as store:
        started = time.perf_counter()
        ids = _fill(store, args.visits)
        print(f"{len(ids)} visits made in {time.perf_counter() - started:.1f} s ({root})")

        times = []
        pages = 0
        for index in range(args.repeat + 1):
            started = time.perf_counter()
            with store.reading() as session:
                data = report_data(session, ids[index % len(ids)], settings)
            target = out / f"one-{index}.pdf"
            render_visit_report(data, target)
            times.append(time.perf_counter() - started)
            pages = max(pages, target.read_bytes().count(b"/Type /Page\n"))
        warm = times[1:]
        print(
            f"one report ({pages} pages): first {times[0] * 1000:.0f} ms (loads the fonts),"
            f" then median {statistics.median(warm) * 1000:.0f} ms,"
            f" max {max(warm) * 1000:.0f} ms  (target <= 200 ms)"
        )

        started = time.perf_counter()
        combined = export_reports(store, ids, out / "all.pdf", each=False, settings=settings)
        took = time.perf_counter() - started
        size = combined.files[0].stat().st_size
        print(f"{len(ids)} reports in one PDF: {took:.2f} s, {size / 1e6:.1f} MB  (target <= 15 s)")

        started = time.perf_counter()
        each = export_reports(store, ids, out / "each", each=True, settings=settings)
        took = time.perf_counter() - started
        print(f"{len(ids)} reports, one file each: {took:.2f} s, {len(each.files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())

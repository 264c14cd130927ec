"""The retention job over 2,000,000 sessions, inside a server taking the stations' heartbeats.

    .venv/bin/python bench/retention.py --sessions 2000000 --stations 2000 --keep /tmp/epn-ret

1. A database with ``--stations`` stations and visitors (bench/server_load.py's ``seed``) and
   ``--sessions`` ended sessions spread over the last 30 months (``--keep DIR`` keeps it for
   the next run: the job changes it, so each run starts from a copy).
2. A server process as ``epn server`` runs it (create_app, uvicorn, the switch interval), with
   the retention job in a thread of its own, as the daily job runs, started on a signal.
3. Every station posts a heartbeat every ``--period`` seconds (server_load.py's open-loop
   simulation); a few seconds in, the job runs (the default periods: 12 / 24 / 12 / 60 months).

Prints the job's time and counts, the heartbeats' p50/p95/p99 while it ran and outside it, and
a SUMMARY line against the budgets: the job <= 60 s, heartbeat p99 during it <= 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from server_load import Figures, Station, heartbeats, percentile, seed

from admin.api.serving import free_port

JOB_BUDGET_S = 60.0
P99_BUDGET_MS = 100.0
ROOT = Path(__file__).resolve().parent.parent


def fill_sessions(db: Path, count: int, now: datetime) -> None:
    """``count`` ended sessions over the last 30 months, through the triggers (rollups, keys)."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    stations = [r[0] for r in conn.execute("SELECT id FROM stations")]
    visitors = [r[0] for r in conn.execute("SELECT id FROM visitors")]
    span = 30 * 30 * 86400
    rng = random.Random(19)
    chunk = 50_000
    for first in range(0, count, chunk):
        rows = []
        for n in range(first, min(count, first + chunk)):
            at = now - timedelta(seconds=span * (n + 0.5) / count)
            used = rng.randrange(300, 3600)
            rows.append(
                (
                    f"b{n}",
                    rng.choice(stations),
                    rng.choice(visitors),
                    at.isoformat(timespec="microseconds"),
                    (at + timedelta(seconds=used)).isoformat(timespec="microseconds"),
                    used,
                    at.date().isoformat(),
                )
            )
        with conn:
            conn.executemany(
                "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
                " granted_seconds, used_seconds, remaining_seconds, day)"
                " VALUES (?, ?, ?, 'ended', ?, ?, 3600, ?, 0, ?)",
                rows,
            )
        print(f"  {min(count, first + chunk)} sessions", flush=True)
    conn.close()


def serve(args: argparse.Namespace) -> int:
    """The server process: as ``epn server``, plus the retention job on a signal file."""
    from admin.api.app import SWITCH_INTERVAL_SECONDS, create_app
    from admin.api.serving import serve_forever, settle_garbage_collector
    from admin.core.notify import Notifier
    from admin.db.store import Store
    from admin.privacy.retention import RetentionJob
    from admin.privacy.settings import Retention

    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    store = Store(args.db)
    notifier = Notifier()
    app = create_app(store, notifier=notifier)
    trigger, result = Path(args.trigger), Path(args.result)

    def job() -> None:
        while not trigger.exists():
            time.sleep(0.05)
        started = time.time()
        retention = RetentionJob(store, Retention())
        counts = retention.run()
        result.write_text(
            json.dumps(
                {
                    "start": started,
                    "end": time.time(),
                    "counts": counts.model_dump(),
                    "steps": retention.step_seconds,
                }
            )
        )

    threading.Thread(target=job, name="retention", daemon=True).start()
    settle_garbage_collector()
    serve_forever(app, host="127.0.0.1", port=args.port, on_exit=notifier.close)
    store.close()
    return 0


def prepare(args: argparse.Namespace, work: Path) -> tuple[Path, list[Station]]:
    keep = Path(args.keep) if args.keep else work
    keep.mkdir(parents=True, exist_ok=True)
    base, names = keep / "base.db", keep / "stations.json"
    if not base.exists() or not names.exists():
        print(f"seeding {args.stations} stations and {args.sessions} sessions in {base}")
        for stale in keep.glob("base.db*"):
            stale.unlink()
        stations = seed(base, args.stations)
        fill_sessions(base, args.sessions, datetime.now(UTC))
        names.write_text(json.dumps([[s.name, s.token, s.card] for s in stations]))
    db = work / "run.db"
    shutil.copy(base, db)
    stations = [Station(n, t, c) for n, t, c in json.loads(names.read_text())]
    return db, stations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=2_000_000)
    parser.add_argument("--stations", type=int, default=2000)
    parser.add_argument("--period", type=float, default=5.0, help="seconds between heartbeats")
    parser.add_argument("--seconds", type=float, default=90.0, help="longest heartbeat run")
    parser.add_argument("--keep", help="folder keeping the seeded database between runs")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--trigger", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args)
    with tempfile.TemporaryDirectory(prefix="epn-retention-") as folder:
        work = Path(folder)
        db, stations = prepare(args, work)
        port = free_port()
        trigger, result = work / "go", work / "result.json"
        process = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--serve",
                "--db",
                str(db),
                "--port",
                str(port),
                "--trigger",
                str(trigger),
                "--result",
                str(result),
            ],
            cwd=ROOT,
        )
        try:
            import httpx

            deadline = time.monotonic() + 120
            while True:
                try:
                    httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
                    break
                except httpx.HTTPError:
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise RuntimeError("the server did not start") from None
                    time.sleep(0.1)
            dues: list[float] = []

            async def load() -> Figures:
                async def go() -> None:
                    await asyncio.sleep(5.0)
                    trigger.touch()

                starter = asyncio.create_task(go())
                figures, _ = await heartbeats(
                    "127.0.0.1", port, stations, args.period, args.seconds, dues=dues
                )
                await starter
                return figures

            t0_wall, t0 = time.time(), time.perf_counter()
            figures = asyncio.run(load())
            waited = time.monotonic() + 600
            while not result.exists() and time.monotonic() < waited:
                time.sleep(0.5)
            done = json.loads(result.read_text())
        finally:
            process.terminate()
            process.wait(20)
    start = done["start"] - t0_wall + t0
    end = done["end"] - t0_wall + t0
    during = [lat for lat, due in zip(figures.latencies, dues, strict=True) if start <= due <= end]
    outside = [
        lat for lat, due in zip(figures.latencies, dues, strict=True) if not start <= due <= end
    ]
    job_s = done["end"] - done["start"]
    print(
        f"retention job: {job_s:.1f} s; "
        + ", ".join(
            f"{k} {v}" + (f" in {done['steps'][k]:.1f} s" if k in done["steps"] else "")
            for k, v in done["counts"].items()
            if v
        )
    )
    for what, values in (("during the job", during), ("outside it", outside)):
        if values:
            print(
                f"heartbeats {what}: {len(values)}; p50 {percentile(values, 50):.1f} ms,"
                f" p95 {percentile(values, 95):.1f} ms, p99 {percentile(values, 99):.1f} ms,"
                f" max {max(values):.1f} ms"
            )
    print(f"heartbeat errors: {len(figures.errors)} {sorted(set(figures.errors))[:3]}")
    p99 = percentile(during, 99) if during else float("nan")
    covered = end <= t0 + args.seconds
    ok = job_s <= JOB_BUDGET_S and p99 <= P99_BUDGET_MS and not figures.errors and covered
    print(
        f"SUMMARY retention {job_s:.1f} s (budget {JOB_BUDGET_S:.0f}), heartbeat p99 during it"
        f" {p99:.1f} ms (budget {P99_BUDGET_MS:.0f}), errors {len(figures.errors)}"
        f"{'' if covered else ', the job outlasted the heartbeats (raise --seconds)'}:"
        f" {'OK' if ok else 'OVER'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

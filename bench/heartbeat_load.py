"""Server under heartbeat load: N simulated stations, one heartbeat each every P seconds.

    .venv/bin/python bench/heartbeat_load.py --stations 5000 --period 5 --seconds 30

Starts the real server (``epn server``) as its own process on a temporary database with N
enrolled stations, then plays N stations from this process (asyncio, one shared HTTP client,
loopback only): each posts a heartbeat event to ``/api/v1/station/events`` every ``period``
seconds, at a random phase, open loop (a slow answer does not delay the next send). Prints the
offered and achieved rate, latency percentiles and errors. The run is bounded by ``--seconds``.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx

from admin.directory import Directory
from admin.serving import free_port
from admin.store import Store
from admin.timeutil import utc_now
from kiosk.protocol import Paths

SITE = "EPN Double Click"


def seed(db: Path, count: int) -> list[str]:
    store = Store(db)
    directory = Directory(store, utc_now)
    directory.add_site(SITE)
    tokens = [directory.add_station(f"DC-{i:05d}", SITE).token for i in range(count)]
    store.close()
    return tokens


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


async def station(
    client: httpx.AsyncClient,
    token: str,
    period: float,
    stop_at: float,
    latencies: list[float],
    errors: list[str],
) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    await asyncio.sleep(random.uniform(0, period))
    seq = 0
    pending: set[asyncio.Task[None]] = set()

    async def send(body: dict[str, object]) -> None:
        t0 = time.perf_counter()
        try:
            response = await client.post(Paths.STATION_EVENTS, json=body, headers=headers)
            if response.status_code != 200:
                errors.append(f"HTTP {response.status_code}")
                return
        except httpx.HTTPError as exc:
            errors.append(type(exc).__name__)
            return
        latencies.append((time.perf_counter() - t0) * 1000)

    next_at = time.monotonic()
    while next_at < stop_at:
        seq += 1
        body = {
            "events": [
                {
                    "event_id": str(uuid.uuid4()),
                    "seq": seq,
                    "kind": "heartbeat",
                    "at": datetime.now(UTC).isoformat(),
                }
            ]
        }
        task = asyncio.create_task(send(body))
        pending.add(task)
        task.add_done_callback(pending.discard)
        next_at += period
        await asyncio.sleep(max(0.0, next_at - time.monotonic()))
    if pending:
        await asyncio.wait(pending, timeout=30)


async def run(url: str, tokens: list[str], period: float, seconds: float) -> None:
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=1000)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        started = time.monotonic()
        stop_at = started + seconds
        await asyncio.gather(
            *(station(client, t, period, stop_at, latencies, errors) for t in tokens)
        )
        elapsed = time.monotonic() - started
    offered = len(tokens) / period
    print(f"stations: {len(tokens)}, one heartbeat each every {period:g} s for {seconds:g} s")
    print(f"offered: {offered:.0f} req/s; answered: {len(latencies) / elapsed:.0f} req/s")
    if latencies:
        print(
            f"latency: p50 {statistics.median(latencies):.1f} ms, "
            f"p95 {percentile(latencies, 95):.1f} ms, p99 {percentile(latencies, 99):.1f} ms, "
            f"max {max(latencies):.1f} ms ({len(latencies)} requests)"
        )
    print(f"errors: {len(errors)} {sorted(set(errors))[:5]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=5000)
    parser.add_argument("--period", type=float, default=5.0)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="epn-load-"))
    db = tmp / "server.db"
    tokens = seed(db, args.stations)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    epn = Path(sys.executable).parent / "epn"
    server = subprocess.Popen(
        [str(epn), "server", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/api/v1/openapi.json", timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        asyncio.run(run(url, tokens, args.period, args.seconds))
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

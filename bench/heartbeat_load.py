"""Server under heartbeat load: N simulated stations, one heartbeat each every P seconds.

    .venv/bin/python bench/heartbeat_load.py --stations 5000 --period 5 --seconds 30

Starts the real server (``epn server``) as its own process on a temporary database with N
enrolled stations, then plays N stations from this process (asyncio over a few keep-alive
connections, loopback only): each posts a heartbeat event to ``/api/v1/station/events`` every
``period`` seconds at a random phase, on a fixed schedule (open loop: a slow answer does not
delay the next send, and latency counts from when the heartbeat was due). Prints the offered
rate, latency percentiles, errors and the server's CPU. The run is bounded by ``--seconds``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
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
import psutil

from admin.directory import Directory
from admin.serving import free_port
from admin.store import Store
from admin.timeutil import utc_now
from kiosk.protocol import Paths

SITE = "EPN Double Click"
#: Connections the simulated stations share (a real station keeps one of its own).
CONNECTIONS = 64


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


class Connection:
    """One keep-alive HTTP/1.1 connection speaking just enough HTTP for this load.

    httpx costs about a millisecond of CPU a request, which on a 2-core machine made the load
    generator, not the server, the bottleneck; raw asyncio streams cost a few microseconds.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, token: str, body: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        self.writer.write(head.encode() + body)
        status_line = await self.reader.readline()
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return int(status_line.split()[1])


async def worker(
    connection: Connection,
    queue: asyncio.Queue[tuple[float, str, bytes] | None],
    latencies: list[float],
    errors: list[str],
) -> None:
    while (item := await queue.get()) is not None:
        due, token, body = item
        try:
            status = await connection.post(Paths.STATION_EVENTS, token, body)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
            errors.append(type(exc).__name__)
            connection.writer = None
            continue
        if status != 200:
            errors.append(f"HTTP {status}")
            continue
        # From when the heartbeat was due, so time queued in this generator counts too.
        latencies.append((time.perf_counter() - due) * 1000)


def heartbeat(seq: int) -> bytes:
    event = {
        "event_id": str(uuid.uuid4()),
        "seq": seq,
        "kind": "heartbeat",
        "at": datetime.now(UTC).isoformat(),
    }
    return json.dumps({"events": [event]}).encode()


async def run(url: str, tokens: list[str], period: float, seconds: float) -> None:
    latencies: list[float] = []
    errors: list[str] = []
    host, port = url.removeprefix("http://").split(":")
    queue: asyncio.Queue[tuple[float, str, bytes] | None] = asyncio.Queue()
    workers = [
        asyncio.create_task(worker(Connection(host, int(port)), queue, latencies, errors))
        for _ in range(CONNECTIONS)
    ]
    # Every station at its own random phase, then every period: a schedule, open loop.
    phases = sorted((random.uniform(0, period), token) for token in tokens)
    started = time.perf_counter()
    sent = 0
    cycle = 0
    while True:
        for phase, token in phases:
            due = started + cycle * period + phase
            if due - started >= seconds:
                break
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            queue.put_nowait((due, token, heartbeat(cycle + 1)))
            sent += 1
        else:
            cycle += 1
            continue
        break
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    elapsed = time.perf_counter() - started
    offered = len(tokens) / period
    print(f"stations: {len(tokens)}, one heartbeat each every {period:g} s for {seconds:g} s")
    print(
        f"offered: {offered:.0f} req/s; sent {sent}, answered {len(latencies)} "
        f"in {elapsed:.1f} s over {CONNECTIONS} connections"
    )
    if latencies:
        print(
            f"latency: p50 {statistics.median(latencies):.1f} ms, "
            f"p95 {percentile(latencies, 95):.1f} ms, p99 {percentile(latencies, 99):.1f} ms, "
            f"max {max(latencies):.1f} ms"
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
        server_proc = psutil.Process(server.pid)
        server_proc.cpu_percent()
        asyncio.run(run(url, tokens, args.period, args.seconds))
        print(
            f"server process CPU over the run: {server_proc.cpu_percent():.0f}% of one core; "
            f"this process: {psutil.Process().cpu_percent():.0f}%"
        )
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

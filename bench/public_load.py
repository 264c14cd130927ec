"""The public feeds under citizens' traffic while the stations heartbeat (issue 18's budget).

    .venv/bin/python bench/public_load.py --stations 2000 --rate 1000 --seconds 20

In one run, each phase under the same heartbeat load as bench/server_load.py (its station
simulation, imported: 2,000 stations, one heartbeat every 5 s each, open loop):

1. **Yardstick**: the bare ASGI app (``bench/yardstick.py``) takes the heartbeats and the
   public requests: the best any Python endpoint does here.
2. **The real server** (``epn server``, its own process, a temporary database; half the
   stations signed in), its public rate limit raised (the load comes from one address):
   a. heartbeats alone: heartbeat p99 without public traffic;
   b. heartbeats and ``--rate`` public requests a second, open loop (each counted from when it
      was due), round robin over ``/public/v1/sites/1/availability.json`` and every
      ``--url`` given (e.g. the network page once it exists): their p50/p95/p99 and the
      heartbeat p99 with them.

Budgets: public requests at >= 1,000/s with p99 <= 50 ms, and the heartbeat p99 raised by
at most 20 %. Prints a SUMMARY line; exit 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from server_load import (
    CONNECTIONS,
    ROOT,
    Connection,
    Figures,
    Station,
    heartbeats,
    percentile,
    seed,
    sign_in_all,
    start,
    stop,
)

from admin.api.serving import free_port

AVAILABILITY = "/public/v1/sites/1/availability.json"
PUBLIC_P99_BUDGET_MS = 50.0
PUBLIC_RATE_BUDGET = 1000.0
YARDSTICK = ("-m", "uvicorn", "bench.yardstick:app", "--log-level", "warning")
#: The load comes from one address: the server's public rate limit is raised for it.
LIMITS_RAISED = ("--public-rate", "100000", "--public-burst", "100000")
#: How much the public traffic may raise the heartbeat p99.
HEARTBEAT_RAISE_BUDGET = 0.20


async def public_requests(
    port: int, urls: list[str], rate: float, seconds: float, connections: int
) -> tuple[Figures, float]:
    """``rate`` GETs a second for ``seconds``, open loop, over ``connections`` connections."""
    figures = Figures()
    queue: asyncio.Queue[tuple[float, str] | None] = asyncio.Queue()

    async def worker() -> None:
        connection = Connection("127.0.0.1", port)
        while (item := await queue.get()) is not None:
            due, url = item
            try:
                status, _ = await connection.request("GET", url, "public")
            except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
                figures.errors.append(type(exc).__name__)
                continue
            if status != 200:
                figures.errors.append(f"HTTP {status}")
                continue
            figures.latencies.append((time.perf_counter() - due) * 1000)
        connection.close()

    workers = [asyncio.create_task(worker()) for _ in range(connections)]
    started = time.perf_counter()
    count = int(rate * seconds)
    for i in range(count):
        due = started + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        queue.put_nowait((due, urls[i % len(urls)]))
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    return figures, time.perf_counter() - started


async def both(
    port: int, stations: list[Station], urls: list[str] | None, args: argparse.Namespace
) -> tuple[Figures, float, Figures | None, float]:
    """Heartbeats, and the public requests beside them when ``urls`` is given."""
    beats = heartbeats("127.0.0.1", port, stations, args.period, args.seconds, args.connections)
    if urls is None:
        figures, elapsed = await beats
        return figures, elapsed, None, 0.0
    (figures, elapsed), (public, public_elapsed) = await asyncio.gather(
        beats, public_requests(port, urls, args.rate, args.seconds, args.public_connections)
    )
    return figures, elapsed, public, public_elapsed


def report(what: str, figures: Figures, elapsed: float) -> None:
    print(figures.line(what, elapsed))


def p99(figures: Figures) -> float:
    return percentile(figures.latencies, 99) if figures.latencies else float("inf")


def yardstick_run(stations: list[Station], urls: list[str], args: argparse.Namespace) -> None:
    port = free_port()
    process = start(
        [sys.executable, *YARDSTICK, "--port", str(port)],
        f"http://127.0.0.1:{port}/",
    )
    try:
        beats, elapsed, public, public_elapsed = asyncio.run(both(port, stations, urls, args))
        report("yardstick: heartbeats", beats, elapsed)
        assert public is not None
        report("yardstick: public requests (the same URLs)", public, public_elapsed)
    finally:
        stop(process)


def server_run(
    db: Path, stations: list[Station], urls: list[str], args: argparse.Namespace
) -> bool:
    for station in stations:  # the seeded database: no session, no event yet
        station.session_id, station.granted, station.started, station.seq = None, 0, 0.0, 0
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    epn = Path(sys.executable).parent / "epn"
    server = start(
        [str(epn), "server", "--db", str(db), "--port", str(port), *LIMITS_RAISED],
        f"{url}/api/v1/openapi.json",
    )
    try:
        cpu = psutil.Process(server.pid)
        signed = stations[: len(stations) // 2]
        report("sign-ins", asyncio.run(sign_in_all("127.0.0.1", port, signed)), 0)
        cpu.cpu_percent()
        alone, elapsed, _, _ = asyncio.run(both(port, stations, None, args))
        report("server: heartbeats alone", alone, elapsed)
        print(f"  server CPU: {cpu.cpu_percent():.0f}% of a core")
        beats, elapsed, public, public_elapsed = asyncio.run(both(port, stations, urls, args))
        assert public is not None
        report("server: heartbeats with the public traffic", beats, elapsed)
        report(f"server: public requests ({', '.join(urls)})", public, public_elapsed)
        print(f"  server CPU: {cpu.cpu_percent():.0f}% of a core")
    finally:
        stop(server)
    rate = len(public.latencies) / public_elapsed
    raised = p99(beats) / p99(alone) - 1
    ok = (
        not public.errors
        and not beats.errors
        and rate >= PUBLIC_RATE_BUDGET * 0.99
        and p99(public) <= PUBLIC_P99_BUDGET_MS
        and raised <= HEARTBEAT_RAISE_BUDGET
    )
    print(
        f"SUMMARY public_rate={rate:.0f}/s public_p99={p99(public):.1f}ms"
        f" public_errors={len(public.errors)} heartbeat_p99_alone={p99(alone):.1f}ms"
        f" heartbeat_p99_with_public={p99(beats):.1f}ms raised={raised * 100:+.0f}%"
        f" heartbeat_errors={len(beats.errors)} {'OK' if ok else 'OVER BUDGET'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=2000, help="simulated stations")
    parser.add_argument("--period", type=float, default=5.0, help="seconds between heartbeats")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each phase")
    parser.add_argument("--rate", type=float, default=1000.0, help="public requests a second")
    parser.add_argument(
        "--url",
        action="append",
        default=[],
        help="another public URL path to request in turn (e.g. the network page)",
    )
    parser.add_argument(
        "--connections", type=int, default=CONNECTIONS, help="connections of the heartbeats"
    )
    parser.add_argument(
        "--public-connections", type=int, default=32, help="connections of the public traffic"
    )
    args = parser.parse_args()
    urls = [AVAILABILITY, *args.url]
    with tempfile.TemporaryDirectory(prefix="epn-public-load-") as tmp:
        db = Path(tmp) / "epn.db"
        stations = seed(db, args.stations)
        print(f"{args.stations} stations, {args.rate:g} public requests/s, {args.seconds:g} s")
        yardstick_run(stations, urls, args)
        ok = server_run(db, stations, urls, args)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["ROOT", "main"]

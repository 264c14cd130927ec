"""The public feeds under citizens' traffic while the stations heartbeat (issue 18's budget).

    .venv/bin/python bench/public_load.py --stations 2000 --rate 1000 --seconds 20
    .venv/bin/python bench/public_load.py --against /tmp/epn-old --rounds 2   # paired

In one run, each phase under the same heartbeat load as bench/server_load.py (its station
simulation, imported: 2,000 stations, one heartbeat every 5 s each, open loop):

1. **Yardstick**: the bare ASGI app (``bench/yardstick.py``) takes the heartbeats and the
   public requests: the best any Python endpoint does here.
2. **The real server** (``epn server``, its own process, a temporary database; half the
   stations signed in), its public rate limit raised (the load comes from one address):
   a. heartbeats alone: heartbeat p99 without public traffic;
   b. heartbeats and ``--rate`` public requests a second, open loop (each counted from when it
      was due), round robin over ``/public/v1/sites/1/availability.json`` and the network
      page ``/public/`` asked as a phone in French asks it (``Accept-Language``, no cookie),
      and every ``--url`` given: their p50/p95/p99 and the heartbeat p99 with them.

The server process's CPU time is read before and after each phase: the CPU the public
traffic adds (phase b's minus phase a's, equal lengths) divided by the public requests is
what one public request costs the server, a figure that holds on a loaded machine where the
tails do not. With ``--against OLD`` (another source tree, same venv), ``--rounds`` pairs of
server runs of this tree and OLD's, the order alternating, from copies of one database.

Budgets: public requests at >= 1,000/s with p99 <= 50 ms, and the heartbeat p99 raised by
at most 20 %. Prints a SUMMARY line; exit 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
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
NETWORK_PAGE = "/public/"
#: What a phone's browser sends with a page request (the page's language comes from it).
PHONE = (
    "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
    "Accept-Language: fr-BE,fr;q=0.9,en-US;q=0.8,en;q=0.7\r\n"
    "User-Agent: Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36\r\n"
)
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
                status, _ = await connection.request("GET", url, "", headers=PHONE)
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
    db: Path,
    stations: list[Station],
    urls: list[str],
    args: argparse.Namespace,
    root: Path | None = None,
    label: str = "this",
) -> tuple[bool, dict[str, float]]:
    """One server (this tree's, or the tree at ``root``): heartbeats alone, then with the
    public traffic; True when the budgets hold, and the figures."""
    for station in stations:  # the seeded database: no session, no event yet
        station.session_id, station.granted, station.started, station.seq = None, 0, 0.0, 0
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    epn = Path(sys.executable).parent / "epn"
    server = start(
        [str(epn), "server", "--db", str(db), "--port", str(port), *LIMITS_RAISED],
        f"{url}/api/v1/openapi.json",
        root,
    )
    try:
        process = psutil.Process(server.pid)
        signed = stations[: len(stations) // 2]
        report("sign-ins", asyncio.run(sign_in_all("127.0.0.1", port, signed)), 0)
        # the first public answers (the snapshot, each page) made before the timed phases
        asyncio.run(public_requests(port, urls, 50, 0.2, 2))

        def cpu() -> float:
            times = process.cpu_times()
            return float(times.user + times.system)

        before = cpu()
        alone, elapsed, _, _ = asyncio.run(both(port, stations, None, args))
        cpu_alone = cpu() - before
        report(f"{label} server: heartbeats alone", alone, elapsed)
        print(f"  server CPU: {cpu_alone:.2f} s, {cpu_alone / elapsed * 100:.0f}% of a core")
        before, client_before = cpu(), time.process_time()
        beats, elapsed, public, public_elapsed = asyncio.run(both(port, stations, urls, args))
        cpu_with = cpu() - before
        client = (time.process_time() - client_before) / elapsed * 100
        assert public is not None
        report(f"{label} server: heartbeats with the public traffic", beats, elapsed)
        report(f"{label} server: public requests ({', '.join(urls)})", public, public_elapsed)
        per_request = (cpu_with - cpu_alone) / max(1, len(public.latencies)) * 1e6
        print(
            f"  server CPU: {cpu_with:.2f} s, {cpu_with / elapsed * 100:.0f}% of a core;"
            f" the public traffic's share: {per_request:.0f} µs a request;"
            f" the load generator (this process): {client:.0f}% of a core"
        )
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
    figures = {
        "rate": rate,
        "public_p99": p99(public),
        "alone_p99": p99(alone),
        "with_p99": p99(beats),
        "raised": raised * 100,
        "cpu_alone": cpu_alone / elapsed * 100,
        "cpu_with": cpu_with / elapsed * 100,
        "us_per_request": per_request,
    }
    print(
        f"SUMMARY {label} public_rate={rate:.0f}/s public_p99={p99(public):.1f}ms"
        f" public_errors={len(public.errors)} heartbeat_p99_alone={p99(alone):.1f}ms"
        f" heartbeat_p99_with_public={p99(beats):.1f}ms raised={raised * 100:+.0f}%"
        f" heartbeat_errors={len(beats.errors)} cpu_per_public_request={per_request:.0f}us"
        f" {'OK' if ok else 'OVER BUDGET'}"
    )
    return ok, figures


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
    parser.add_argument(
        "--against", type=Path, help="another source tree whose server to run in pairs"
    )
    parser.add_argument("--rounds", type=int, default=2, help="pairs of runs with --against")
    parser.add_argument("--no-yardstick", action="store_true", help="skip the bare ASGI app")
    args = parser.parse_args()
    urls = [AVAILABILITY, NETWORK_PAGE, *args.url]
    versions: list[tuple[str, Path | None]] = [("this", None)]
    if args.against is not None:
        versions.append(("against", args.against.resolve()))
    with tempfile.TemporaryDirectory(prefix="epn-public-load-") as tmp:
        seeded = Path(tmp) / "seeded.db"
        stations = seed(seeded, args.stations)
        print(f"{args.stations} stations, {args.rate:g} public requests/s, {args.seconds:g} s")
        if not args.no_yardstick:
            yardstick_run(stations, urls, args)
        ok = True
        runs: dict[str, list[dict[str, float]]] = {label: [] for label, _ in versions}
        for round_ in range(args.rounds if args.against else 1):
            for label, root in versions if round_ % 2 == 0 else versions[::-1]:
                db = Path(tmp) / f"{label}-{round_}.db"
                shutil.copyfile(seeded, db)
                held, figures = server_run(db, stations, urls, args, root, label)
                runs[label].append(figures)
                ok = ok and (held or label != "this")
    if args.against is not None:
        for label, all_figures in runs.items():
            print(
                f"PAIRED {label}: "
                + "; ".join(
                    f"{name} " + ", ".join(f"{f[name]:.1f}" for f in all_figures)
                    for name in ("us_per_request", "cpu_with", "public_p99", "raised")
                )
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["ROOT", "main"]

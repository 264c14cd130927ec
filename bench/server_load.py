"""The server under a city's load, beside a bare ASGI endpoint as the yardstick.

    .venv/bin/python bench/server_load.py --stations 5000 --seconds 20 --pollers 2000

In one run:

1. **Yardstick**: a bare ASGI app (``bench/yardstick.py``) on the same stack (uvicorn, one
   process) takes the same heartbeat load: the best any Python endpoint can do here.
2. **The real server** (``epn server``, its own process, a temporary database with N stations
   and N visitors):
   - sign-ins on half the stations, or on ``--pollers`` if more (timed);
   - ``--pollers`` of those stations hold the command long-poll open, as real stations do;
   - every station posts a heartbeat every ``--period`` seconds at its own phase, on a fixed
     schedule (open loop; latency counts from when the heartbeat was due), signed-in ones with
     their session's used and remaining seconds;
   - meanwhile staff send ``--commands`` extend commands to polled stations, one after another:
     push latency is from the staff request to the command reaching the station's long-poll;
   - at the end every session is ended with a ``session_ended`` event (timed).

Loopback only, every loop bounded in count and time. Prints throughput, p50/p95/p99, errors and
CPU of each server process, then a SUMMARY line: heartbeat p99, errors, the server's
throughput against the yardstick's, the command p95. ``--search 7500 10000`` repeats the run
at larger counts to find the largest one holding heartbeat p99 <= 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import ssl as ssl_module
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psutil

from admin.api.serving import free_port
from admin.core.timeutil import utc_now
from admin.db.store import Store
from admin.directory import Directory
from kiosk.protocol.paths import Paths

SITE = "EPN Bravvo"
STAFF = "bench"
PASSWORD = "benchmark-password"
#: Connections the heartbeats share by default (a real station keeps one of its own, so a
#: real server sees as many requests in flight as stations are due: ``--connections``).
CONNECTIONS = 64
ROOT = Path(__file__).resolve().parent.parent
#: The heartbeat budget (issue 15): p99 at most this, no error.
P99_BUDGET_MS = 50.0


@dataclass
class Station:
    name: str
    token: str
    card: str
    session_id: str | None = None
    granted: int = 0
    started: float = 0.0
    seq: int = 0

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


@dataclass
class Figures:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def line(self, what: str, elapsed: float | None = None) -> str:
        if not self.latencies:
            return f"{what}: no answer; errors {len(self.errors)} {sorted(set(self.errors))[:3]}"
        rate = f", {len(self.latencies) / elapsed:.0f}/s" if elapsed else ""
        return (
            f"{what}: {len(self.latencies)} answered{rate}; p50 "
            f"{statistics.median(self.latencies):.1f} ms, p95 {percentile(self.latencies, 95):.1f}"
            f" ms, p99 {percentile(self.latencies, 99):.1f} ms, max {max(self.latencies):.1f} ms;"
            f" errors {len(self.errors)} {sorted(set(self.errors))[:3]}"
        )


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


class Connection:
    """One keep-alive HTTP/1.1 connection speaking just enough HTTP for this load.

    httpx costs about a millisecond of CPU a request, which on a 2-core machine made the load
    generator, not the server, the bottleneck; raw asyncio streams cost a few microseconds.
    """

    def __init__(self, host: str, port: int, ssl: ssl_module.SSLContext | None = None) -> None:
        self.host, self.port, self.ssl = host, port, ssl
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self, method: str, path: str, token: str, body: bytes = b"", headers: str = ""
    ) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(
                self.host, self.port, ssl=self.ssl
            )
        assert self.reader is not None
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\n"
        head += f"Authorization: Bearer {token}\r\n" if token else ""
        head += headers
        if body:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        self.writer.write(head.encode() + b"\r\n" + body)
        try:
            status_line = await self.reader.readline()
            length = 0
            while (line := await self.reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            payload = await self.reader.readexactly(length)
            return int(status_line.split()[1]), payload
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            self.close()
            raise

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.writer = None


def heartbeat(station: Station) -> bytes:
    event: dict[str, object] = {
        "event_id": str(uuid.uuid4()),
        "seq": station.next_seq(),
        "kind": "heartbeat",
        "at": datetime.now(UTC).isoformat(),
    }
    if station.session_id:
        used = int(time.monotonic() - station.started)
        event.update(
            session_id=station.session_id,
            used_seconds=used,
            remaining_seconds=max(0, station.granted - used),
        )
    return json.dumps({"events": [event]}).encode()


async def heartbeats(
    host: str,
    port: int,
    stations: list[Station],
    period: float,
    seconds: float,
    connections: int = CONNECTIONS,
    dues: list[float] | None = None,
) -> tuple[Figures, float]:
    """Heartbeats posted open-loop (each at its due time, whatever the answers); ``dues``
    receives, beside each latency, the moment that heartbeat was due."""
    figures = Figures()
    queue: asyncio.Queue[tuple[float, Station] | None] = asyncio.Queue()

    async def worker() -> None:
        connection = Connection(host, port)
        while (item := await queue.get()) is not None:
            due, station = item
            try:
                status, _ = await connection.request(
                    "POST", Paths.STATION_EVENTS, station.token, heartbeat(station)
                )
            except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
                figures.errors.append(type(exc).__name__)
                continue
            if status != 200:
                figures.errors.append(f"HTTP {status}")
                continue
            figures.latencies.append((time.perf_counter() - due) * 1000)
            if dues is not None:
                dues.append(due)
        connection.close()

    workers = [asyncio.create_task(worker()) for _ in range(connections)]
    phases = sorted(((random.uniform(0, period), s) for s in stations), key=lambda p: p[0])
    started = time.perf_counter()
    cycle = 0
    while cycle * period < seconds:
        for phase, station in phases:
            due = started + cycle * period + phase
            if due - started >= seconds:
                break
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            queue.put_nowait((due, station))
        cycle += 1
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    return figures, time.perf_counter() - started


async def sign_in_all(host: str, port: int, stations: list[Station]) -> Figures:
    figures = Figures()

    async def one(station: Station, connection: Connection) -> None:
        body = json.dumps({"identifier": station.card}).encode()
        t0 = time.perf_counter()
        status, payload = await connection.request(
            "POST", Paths.STATION_SIGN_IN, station.token, body
        )
        if status != 200:
            figures.errors.append(f"HTTP {status}")
            return
        figures.latencies.append((time.perf_counter() - t0) * 1000)
        grant = json.loads(payload)
        station.session_id = grant["session_id"]
        station.granted = grant["granted_seconds"]
        station.started = time.monotonic()

    async def lane(chunk: list[Station]) -> None:
        connection = Connection(host, port)
        for station in chunk:
            await one(station, connection)
        connection.close()

    lanes = 16  # sign-ins come in bursts, not all at once
    await asyncio.gather(*(lane(stations[i::lanes]) for i in range(lanes)))
    return figures


async def end_all(host: str, port: int, stations: list[Station]) -> Figures:
    figures = Figures()

    async def lane(chunk: list[Station]) -> None:
        connection = Connection(host, port)
        for station in chunk:
            event = {
                "event_id": str(uuid.uuid4()),
                "seq": station.next_seq(),
                "kind": "session_ended",
                "at": datetime.now(UTC).isoformat(),
                "session_id": station.session_id,
                "used_seconds": int(time.monotonic() - station.started),
                "reason": "visitor",
            }
            t0 = time.perf_counter()
            status, _ = await connection.request(
                "POST",
                Paths.STATION_EVENTS,
                station.token,
                json.dumps({"events": [event]}).encode(),
            )
            if status == 200:
                figures.latencies.append((time.perf_counter() - t0) * 1000)
            else:
                figures.errors.append(f"HTTP {status}")
        connection.close()

    await asyncio.gather(*(lane(stations[i::16]) for i in range(16)))
    return figures


async def poll(
    host: str, port: int, station: Station, received: dict[int, float], stop: asyncio.Event
) -> None:
    """A station's command long-poll: parked on the server until a command comes."""
    connection = Connection(host, port)
    after = 0
    while not stop.is_set():
        path = f"{Paths.STATION_COMMANDS}?after={after}&wait=25"
        try:
            status, payload = await connection.request("GET", path, station.token)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            if stop.is_set():
                break
            await asyncio.sleep(0.5)
            continue
        now = time.perf_counter()
        if status != 200:
            await asyncio.sleep(0.5)
            continue
        for command in json.loads(payload)["commands"]:
            received.setdefault(command["id"], now)
            after = max(after, command["id"])
    connection.close()


def send_commands(
    url: str, targets: list[Station], count: int, stop_at: float
) -> tuple[list[tuple[int, float]], list[float]]:
    """Staff extends, one after another, from a thread: (command id, perf_counter when sent)."""
    sent: list[tuple[int, float]] = []
    answered: list[float] = []  # the staff request's own time, ms: what the write costs
    with httpx.Client(base_url=url, timeout=10) as client:
        token = client.post(
            Paths.AUTH_LOGIN, json={"username": STAFF, "password": PASSWORD}
        ).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        for _ in range(count):
            if time.monotonic() > stop_at:
                break
            station = random.choice(targets)
            t0 = time.perf_counter()
            response = client.post(
                Paths.station_commands(station.name),
                json={"kind": "extend", "minutes": 1},
                headers=headers,
            )
            if response.status_code == 201:
                sent.append((response.json()["id"], t0))
                answered.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.05)  # a staff member's pace, not a flood
    return sent, answered


def seed(db: Path, count: int) -> list[Station]:
    store = Store(db)
    directory = Directory(store, utc_now)
    directory.add_site(SITE)
    directory.add_staff(STAFF, PASSWORD, role="admin")
    stations = []
    for i in range(count):
        name = f"BV-{i:05d}"
        card = f"31{i:08d}"
        directory.add_visitor(card, category="adult")
        stations.append(Station(name, directory.add_station(name, SITE).token, card))
    store.close()
    return stations


def seed_in(root: Path, db: Path, count: int) -> list[Station]:
    """:func:`seed` run by the source tree ``root``: its schema, which this tree's server
    migrates on start (an older server refuses a database of a newer schema)."""
    script = (
        "import json, sys; sys.path.insert(0, 'bench'); from server_load import seed;"
        f" print(json.dumps([[s.name, s.token, s.card] for s in seed({str(db)!r}, {count})]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [Station(name, token, card) for name, token, card in json.loads(out.splitlines()[-1])]


def start(args: list[str], url: str, root: Path | None = None) -> subprocess.Popen[bytes]:
    env = None if root is None else {**os.environ, "PYTHONPATH": str(root)}
    process = subprocess.Popen(
        args, cwd=root or ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(url, timeout=1)
            return process
        except httpx.HTTPError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError(f"{args[0]} did not start") from None
            time.sleep(0.05)


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


async def real_server_run(
    url: str, port: int, stations: list[Station], args: argparse.Namespace
) -> tuple[Figures, float, Figures]:
    # Half the stations in use, or as many as must hold a long-poll if that is more.
    signed = stations[: max(len(stations) // 2, min(args.pollers, len(stations)))]
    t0 = time.perf_counter()
    sign_ins = await sign_in_all("127.0.0.1", port, signed)
    print(sign_ins.line("sign-ins (no PIN)", time.perf_counter() - t0))
    polled = [s for s in signed if s.session_id][: args.pollers]
    received: dict[int, float] = {}
    stop_polls = asyncio.Event()
    pollers = [
        asyncio.create_task(poll("127.0.0.1", port, s, received, stop_polls)) for s in polled
    ]
    await asyncio.sleep(2.0)  # let the long-polls park
    loop = asyncio.get_running_loop()
    commands = loop.run_in_executor(
        None, send_commands, url, polled, args.commands, time.monotonic() + args.seconds
    )
    figures, elapsed = await heartbeats(
        "127.0.0.1", port, stations, args.period, args.seconds, args.connections
    )
    sent, answered = await commands
    await asyncio.sleep(1.0)  # the last pushes
    stop_polls.set()
    for task in pollers:
        task.cancel()
    await asyncio.gather(*pollers, return_exceptions=True)
    print(figures.line(f"heartbeats from {len(stations)} stations", elapsed))
    push = Figures(latencies=[(received[i] - t) * 1000 for i, t in sent if i in received])
    lost = sum(1 for i, _ in sent if i not in received)
    print(
        push.line(f"staff command -> station long-poll ({len(polled)} stations polling)")
        + f"; not delivered: {lost}"
    )
    print(Figures(latencies=answered).line("  of which the staff request until its answer"))
    ends = await end_all("127.0.0.1", port, [s for s in signed if s.session_id])
    print(ends.line("sessions ended"))
    return figures, elapsed, push


def yardstick_run(stations: list[Station], args: argparse.Namespace) -> tuple[Figures, float]:
    bare_port = free_port()
    yardstick = start(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.yardstick:app",
            "--port",
            str(bare_port),
            "--log-level",
            "warning",
        ],
        f"http://127.0.0.1:{bare_port}/",
    )
    try:
        cpu = psutil.Process(yardstick.pid)
        cpu.cpu_percent()
        figures, elapsed = asyncio.run(
            heartbeats(
                "127.0.0.1", bare_port, stations, args.period, args.seconds, args.connections
            )
        )
        print(
            figures.line("yardstick (bare ASGI, same load)", elapsed)
            + f"; CPU {cpu.cpu_percent():.0f}% of a core"
        )
    finally:
        stop(yardstick)
    return figures, elapsed


def server_run(
    db: Path,
    stations: list[Station],
    args: argparse.Namespace,
    root: Path | None = None,
    extra: list[str] | None = None,
) -> tuple[Figures, float, Figures]:
    """The server of this tree, or of the tree at ``root`` (another version, same venv)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    epn = Path(sys.executable).parent / "epn"
    for station in stations:  # each run starts from the seeded database: no session yet
        station.session_id, station.granted, station.started, station.seq = None, 0, 0.0, 0
    server = start(
        [
            str(epn),
            "server",
            "--db",
            str(db),
            "--port",
            str(port),
            *(["--metrics"] if args.metrics else []),
            *(extra or []),
        ],
        f"{url}/api/v1/openapi.json",
        root,
    )
    try:
        cpu = psutil.Process(server.pid)
        cpu.cpu_percent()
        result = asyncio.run(real_server_run(url, port, stations, args))
        print(f"server CPU over the run: {cpu.cpu_percent():.0f}% of a core")
    finally:
        stop(server)
    return result


def one_count(count: int, args: argparse.Namespace) -> bool:
    """The yardstick and the server under ``count`` stations; True when the budget holds.

    With ``--against OLD``, ``--rounds`` pairs of runs of this server and OLD's, the order
    alternating, each from a copy of the same seeded database.
    """
    tmp = Path(tempfile.mkdtemp(prefix="epn-load-"))
    if args.against is None:
        stations = seed(tmp / "seeded.db", count)
    else:  # seeded in the schema both servers know
        stations = seed_in(args.against, tmp / "seeded.db", count)
    print(
        f"\n{len(stations)} stations, heartbeat every {args.period:g} s, {args.seconds:g} s a phase"
    )
    bare, bare_elapsed = yardstick_run(stations, args)
    bare_rate = len(bare.latencies) / bare_elapsed
    versions: list[tuple[str, Path | None]] = [("this", None)]
    if args.against is not None:
        versions.append(("against", args.against))
    runs: dict[str, list[tuple[float, float, float]]] = {label: [] for label, _ in versions}
    ok = True
    for round_ in range(args.rounds if args.against else 1):
        for label, root in versions if round_ % 2 == 0 else versions[::-1]:
            db = tmp / f"{label}-{round_}.db"
            shutil.copyfile(tmp / "seeded.db", db)
            print(f"-- {label}{'' if root is None else f' ({root})'}, round {round_ + 1}")
            extra = args.against_args.split() if root is not None else args.this_args.split()
            beats, elapsed, push = server_run(db, stations, args, root, extra)
            p99 = percentile(beats.latencies, 99) if beats.latencies else float("inf")
            rate = len(beats.latencies) / elapsed
            push95 = percentile(push.latencies, 95) if push.latencies else float("inf")
            held = p99 <= P99_BUDGET_MS and not beats.errors
            if label == "this":
                ok = ok and held
            runs[label].append((rate, p99, push95))
            print(
                f"SUMMARY {label} stations={count} heartbeat_p99={p99:.1f}ms"
                f" errors={len(beats.errors)} throughput={rate:.0f}/s yardstick={bare_rate:.0f}/s"
                f" ratio={rate / bare_rate:.2f} command_p95={push95:.1f}ms"
                f" budget={'met' if held else 'NOT met'}"
            )
    if args.against is not None:
        for label, figures in runs.items():
            rates, p99s, pushes = zip(*figures, strict=True)
            print(
                f"PAIRED {label}: throughput median {statistics.median(rates):.0f}/s"
                f" ({min(rates):.0f}-{max(rates):.0f}), heartbeat p99 median"
                f" {statistics.median(p99s):.0f} ms ({min(p99s):.0f}-{max(p99s):.0f}),"
                f" command p95 median {statistics.median(pushes):.0f} ms"
                f" ({min(pushes):.0f}-{max(pushes):.0f})"
            )
        ratios = [a[0] / b[0] for a, b in zip(runs["this"], runs["against"], strict=True)]
        print(f"PAIRED throughput this/against per round: {', '.join(f'{r:.2f}' for r in ratios)}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=5000, help="simulated stations")
    parser.add_argument("--period", type=float, default=5.0, help="seconds between heartbeats")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each load phase")
    parser.add_argument("--pollers", type=int, default=2000, help="stations holding a long-poll")
    parser.add_argument("--commands", type=int, default=100, help="staff commands to time")
    parser.add_argument(
        "--connections",
        type=int,
        default=CONNECTIONS,
        help="connections the heartbeats share (the most heartbeats in flight at once)",
    )
    parser.add_argument(
        "--search",
        type=int,
        nargs="*",
        metavar="COUNT",
        help="then the same run at each of these station counts (e.g. 7500 10000), stopping"
        " at the first that misses heartbeat p99 <= 50 ms: the largest that held is reported",
    )
    parser.add_argument(
        "--metrics",
        action="store_true",
        help="run the server with --metrics (its request middleware counts every request)",
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="TREE",
        help="also run the server of another source tree (e.g. `git archive OLD | tar -x -C"
        " /tmp/old`), in turn with this one, from the same database seeded by TREE's code",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="pairs of runs with --against (order alternating)"
    )
    parser.add_argument("--this-args", default="", help="more options for this tree's `epn server`")
    parser.add_argument(
        "--against-args",
        default="",
        help="more options for the --against tree's `epn server` (e.g. --heartbeat-flush 0)",
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        metavar="SECONDS",
        help="this benchmark process's GIL switch interval (its staff-command thread waits for"
        " the GIL behind the load generator's event loop: 5 ms a wait by default)",
    )
    args = parser.parse_args()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
    held = None
    for count in [args.stations, *(args.search or [])]:
        if not one_count(count, args):
            break
        held = count
    if args.search is not None:
        print(f"largest station count holding p99 <= {P99_BUDGET_MS:g} ms: {held or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Heartbeats per second with and without TLS, in one run, on the same server code.

    .venv/bin/python bench/tls_heartbeats.py --stations 300 --seconds 10

A temporary database with N stations; ``epn server`` (its own process) serves it over plain
HTTP, then over HTTPS with a certificate from ``epn server init-tls``, and again, alternating
(``--rounds``) so a slow moment of the machine does not fall on one side only. In each phase
``--connections`` clients post heartbeats back to back, cycling through the stations' tokens
(closed loop: the figure is the server's capacity, not an offered rate), two ways:

- **keep-alive**: each client keeps its connection (TLS: one handshake per client);
- **new connection**: each heartbeat on a new connection, the case of a station whose heartbeat
  period (10 s) is longer than uvicorn's keep-alive (5 s): one TCP and TLS handshake per
  heartbeat, the worst case for TLS.

Prints heartbeats/s with and without TLS for each way, the ratio, and the server's CPU.
The load generator runs on the same machine and pays its own side of TLS too.

Then **a station's period** (``--period-heartbeats``, 0 to skip): the station's own client
(kiosk.client.StationClient, its pinned TLS trust) calls the server that many times, one
heartbeat period (10 s) apart, and the bench counts the TLS handshakes it made: 1 when the
connection outlives the period on both sides (the station's way since the keep-alive fix), one
per call before it (uvicorn's and httpx's 5 s defaults).
"""

from __future__ import annotations

import argparse
import asyncio
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil

from admin.api.serving import free_port
from admin.api.tls import init_tls
from admin.core.timeutil import utc_now
from kiosk.client import StationClient
from kiosk.protocol.limits import HEARTBEAT_SECONDS
from kiosk.protocol.paths import API_PREFIX, Paths
from kiosk.protocol.tls import ServerTrust, certificate_fingerprint

sys.path.insert(0, str(Path(__file__).resolve().parent))
from server_load import Connection, Station, heartbeat, seed

ROOT = Path(__file__).resolve().parent.parent


def start_server(
    db: Path, port: int, tls: tuple[Path, Path, Path] | None
) -> subprocess.Popen[bytes]:
    epn = Path(sys.executable).parent / "epn"
    args = [str(epn), "server", "--db", str(db), "--port", str(port)]
    scheme, verify = "http", True
    if tls is not None:
        cert, key, ca = tls
        args += ["--certfile", str(cert), "--keyfile", str(key)]
        scheme, verify = "https", ssl.create_default_context(cafile=str(ca))
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"{scheme}://127.0.0.1:{port}{API_PREFIX}/openapi.json"
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(url, timeout=1, verify=verify)
            return process
        except httpx.HTTPError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("epn server did not start") from None
            time.sleep(0.05)


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


async def load(
    port: int,
    stations: list[Station],
    *,
    context: ssl.SSLContext | None,
    connections: int,
    seconds: float,
    keep_alive: bool,
) -> tuple[int, int, float]:
    """Heartbeats answered 200, errors, elapsed seconds."""
    done = errors = 0
    deadline = time.perf_counter() + seconds
    turn = iter(range(10**9))

    async def client() -> None:
        nonlocal done, errors
        connection = Connection("127.0.0.1", port, context)
        while time.perf_counter() < deadline:
            station = stations[next(turn) % len(stations)]
            try:
                status, _ = await connection.request(
                    "POST", Paths.STATION_EVENTS, station.token, heartbeat(station)
                )
            except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                errors += 1
                continue
            if status == 200:
                done += 1
            else:
                errors += 1
            if not keep_alive:
                connection.close()
        connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(connections)))
    return done, errors, time.perf_counter() - started


def handshakes_over_a_period(port: int, station: Station, ca_cert: Path, calls: int) -> int:
    """TLS handshakes the station's own client makes for ``calls`` calls a period apart."""
    seen = ssl.get_server_certificate(("127.0.0.1", port))
    fingerprint = certificate_fingerprint(ssl.PEM_cert_to_DER_cert(seen))
    trust = ServerTrust(ca_file=ca_cert, fingerprint=fingerprint)
    context = trust._context
    count = 0
    wrap = context.wrap_socket

    def counting(*args: object, **kwargs: object) -> ssl.SSLSocket:
        nonlocal count
        count += 1
        return wrap(*args, **kwargs)  # type: ignore[arg-type]

    context.wrap_socket = counting  # type: ignore[method-assign]
    client = StationClient(f"https://127.0.0.1:{port}", station.token, trust=trust)
    try:
        for turn in range(calls):
            if turn:
                time.sleep(HEARTBEAT_SECONDS)
            client.me()
    finally:
        client.close()
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=300, help="stations (tokens) cycled")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each phase")
    parser.add_argument("--connections", type=int, default=32, help="concurrent clients")
    parser.add_argument("--rounds", type=int, default=2, help="plain/TLS alternations")
    parser.add_argument(
        "--period-heartbeats", type=int, default=3, help="calls a heartbeat period apart (0: skip)"
    )
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="epn-tls-bench-"))
    stations = seed(tmp / "server.db", args.stations)
    issued = init_tls(tmp / "tls", ["127.0.0.1"], days=30, now=utc_now())
    context = ssl.create_default_context(cafile=str(issued.ca_cert))
    print(
        f"{len(stations)} stations, {args.connections} clients, {args.seconds:g} s a phase, "
        f"{args.rounds} rounds; certificate ECDSA P-256"
    )
    rates: dict[tuple[str, bool], list[float]] = {}
    cpu: dict[tuple[str, bool], list[float]] = {}
    for _ in range(args.rounds):
        for tls in (False, True):
            port = free_port()
            files = (issued.server_cert, issued.server_key, issued.ca_cert) if tls else None
            server = start_server(tmp / "server.db", port, files)
            try:
                process = psutil.Process(server.pid)
                for keep_alive in (True, False):
                    process.cpu_percent()
                    done, errors, elapsed = asyncio.run(
                        load(
                            port,
                            stations,
                            context=context if tls else None,
                            connections=args.connections,
                            seconds=args.seconds,
                            keep_alive=keep_alive,
                        )
                    )
                    key = ("TLS" if tls else "plain", keep_alive)
                    rates.setdefault(key, []).append(done / elapsed)
                    cpu.setdefault(key, []).append(process.cpu_percent())
                    if errors:
                        print(f"  {key}: {errors} errors")
            finally:
                stop(server)
    for keep_alive in (True, False):
        way = "keep-alive" if keep_alive else "new connection per heartbeat"
        plain = statistics.median(rates[("plain", keep_alive)])
        tls = statistics.median(rates[("TLS", keep_alive)])
        plain_cpu = statistics.median(cpu[("plain", keep_alive)])
        tls_cpu = statistics.median(cpu[("TLS", keep_alive)])
        # the generator shares the machine: server CPU per heartbeat is the server's own cost
        plain_ms, tls_ms = plain_cpu * 10 / plain, tls_cpu * 10 / tls
        print(
            f"{way}: plain {plain:.0f} heartbeats/s (server CPU {plain_cpu:.0f}%, "
            f"{plain_ms:.2f} ms a heartbeat), TLS {tls:.0f} heartbeats/s (server CPU "
            f"{tls_cpu:.0f}%, {tls_ms:.2f} ms a heartbeat); throughput TLS/plain "
            f"{tls / plain:.2f} ({(1 - tls / plain) * 100:.0f}% less), server CPU a heartbeat "
            f"TLS/plain {tls_ms / plain_ms:.2f}"
        )
    if args.period_heartbeats:
        port = free_port()
        files = (issued.server_cert, issued.server_key, issued.ca_cert)
        server = start_server(tmp / "server.db", port, files)
        try:
            count = handshakes_over_a_period(
                port, stations[0], issued.ca_cert, args.period_heartbeats
            )
        finally:
            stop(server)
        print(
            f"a station's period: {count} TLS handshake(s) for {args.period_heartbeats} calls "
            f"{HEARTBEAT_SECONDS:g} s apart"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

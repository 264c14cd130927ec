"""Staff command → applied on the station, and sign-in latency, with N stations connected.

    .venv/bin/python bench/command_latency.py --stations 200 --commands 200

Starts the real server (``epn server``) as its own process on a temporary database with N
stations and N visitors (half with a PIN), runs N real station agents (threads of this
process, each with its long-poll open), signs a visitor in on each, then sends extend commands
through the staff API one after another and times each from the moment it is sent until the
station's agent has applied it. Prints the figures; exits non-zero if a command got lost.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from admin.api.serving import free_port
from admin.client.staff_client import StaffClient
from admin.core.timeutil import utc_now
from admin.db.store import Store
from admin.directory import Directory
from kiosk.agent import AgentListener, StationAgent
from kiosk.client import StationClient
from kiosk.clock import SystemClock
from kiosk.session import SessionView
from kiosk.store import LocalStore

SITE = "EPN BruSurf"
PASSWORD = "benchmark-password"


class Applied(AgentListener):
    def __init__(self) -> None:
        self.changed = threading.Event()

    def session_did_change(self, view: SessionView) -> None:
        self.changed.set()


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def seed(db: Path, stations: int) -> list[tuple[str, str, str, str | None]]:
    store = Store(db)
    directory = Directory(store, utc_now)
    directory.add_site(SITE)
    directory.add_staff("bench", PASSWORD, role="admin")
    rows = []
    for i in range(stations):
        name = f"BS-{i:04d}"
        token = directory.add_station(name, SITE).token
        card = f"21000{i:05d}"
        pin = f"{i % 10000:04d}" if i % 2 else None
        directory.add_visitor(card, pin=pin, category="adult")
        rows.append((name, token, card, pin))
    store.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--commands", type=int, default=200)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="epn-bench-"))
    db = tmp / "server.db"
    stations = seed(db, args.stations)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    epn = Path(sys.executable).parent / "epn"
    server = subprocess.Popen(
        [str(epn), "server", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    agents: list[tuple[str, StationAgent, Applied]] = []
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

        sign_in_ms: list[float] = []
        for name, token, card, pin in stations:
            listener = Applied()
            store = LocalStore(tmp / f"{name}.db")
            agent = StationAgent(
                client=StationClient(url, token),
                store=store,
                clock=SystemClock(),
                listener=listener,
                boot_id="bench",
            )
            agent.start()
            t0 = time.perf_counter()
            agent.sign_in(card, pin)
            sign_in_ms.append((time.perf_counter() - t0) * 1000)
            agents.append((name, agent, listener))

        # Let every long-poll park on the server before timing.
        time.sleep(1.0)
        latencies: list[float] = []
        lost = 0
        with StaffClient(url) as staff:
            staff.login("bench", PASSWORD)
            for _ in range(args.commands):
                name, _agent, listener = random.choice(agents)
                listener.changed.clear()
                t0 = time.perf_counter()
                staff.extend(name, 1)
                if listener.changed.wait(5.0):
                    latencies.append((time.perf_counter() - t0) * 1000)
                else:
                    lost += 1

        cpu = os.cpu_count()
        print(f"stations connected: {len(agents)} (agents in one process, server in another)")
        print(f"machine: {cpu} cores; python {sys.version.split()[0]}")
        print(
            f"sign-in (agent.sign_in, HTTP + grant + argon2 for half): "
            f"p50 {statistics.median(sign_in_ms):.1f} ms, p95 {percentile(sign_in_ms, 95):.1f} ms, "
            f"max {max(sign_in_ms):.1f} ms"
        )
        if latencies:
            print(
                f"staff command -> applied on station ({len(latencies)} commands): "
                f"p50 {statistics.median(latencies):.1f} ms, "
                f"p95 {percentile(latencies, 95):.1f} ms, max {max(latencies):.1f} ms"
            )
        print(f"lost commands: {lost}")
        return 1 if lost else 0
    finally:
        # Server first, so the open long-polls end at once; then the agents, all together.
        server.terminate()
        server.wait(10)
        stoppers = [threading.Thread(target=agent.stop) for _n, agent, _l in agents]
        for thread in stoppers:
            thread.start()
        for thread in stoppers:
            thread.join()


if __name__ == "__main__":
    sys.exit(main())

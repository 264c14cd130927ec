"""Station agent CPU and memory while a session runs, with the process guard and idle monitor.

    .venv/bin/python bench/agent_cpu.py --seconds 60

Starts the real server (``epn server``) as its own process on a temporary database, wires one
station agent in this process exactly as ``epn kiosk`` does (kiosk.station.build_agent: guard
scanning every 200 ms, idle monitor with pynput listeners, heartbeats, the command long-poll),
signs a visitor in and measures this process's CPU time over the session. Without a DISPLAY it
starts Xvfb so the input listeners run for real, and moves the mouse there (XTest, from another
process) ``--moves`` times a second, as a visitor would. Budget: ≤ 1 % of one core.

The guard only reports here (this may run as root on a shared machine) and polices the
processes of ``--guard-user`` (default ``nobody``): it lists and classifies every process of the
machine as on a kiosk, where the kiosk account starts few processes besides the visitor's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

from admin.api.serving import free_port
from admin.core.timeutil import utc_now
from admin.db.store import Store
from admin.directory import Directory
from kiosk import station
from kiosk.config import (
    GuardConfig,
    IdleConfig,
    PathsConfig,
    ServerConfig,
    StationConfig,
)
from kiosk.idle import PynputWatcher
from kiosk.listener import AgentListener
from kiosk.station import build_agent

SITE = "EPN Laeken"


def seed(db: Path) -> tuple[str, str]:
    store = Store(db)
    directory = Directory(store, utc_now)
    directory.add_site(SITE)
    token = directory.add_station("LK-01", SITE).token
    directory.add_visitor("2100000001", category="adult")
    store.close()
    return token, "2100000001"


def start_xvfb() -> tuple[subprocess.Popen[bytes], str] | None:
    if shutil.which("Xvfb") is None:
        return None
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    return proc, f":{number}"


MOVER = """
import sys, time
from Xlib import X
from Xlib.display import Display
from Xlib.ext import xtest
display, pause, x = Display(), 1 / float(sys.argv[1]), 0
while True:
    x = (x + 37) % 1200
    xtest.fake_input(display, X.MotionNotify, x=x, y=400)
    display.sync()
    time.sleep(pause)
"""


def move_mouse(display: str, per_second: float) -> subprocess.Popen[bytes]:
    """A visitor's hand on the mouse: one other process moving it through XTest.

    One long-lived process, so the guard does not see a new process at every move (a real
    visitor's mouse starts none) and its CPU is not the agent's.
    """
    return subprocess.Popen(
        [sys.executable, "-c", MOVER, str(per_second)], env={**os.environ, "DISPLAY": display}
    )


def thread_times(me: psutil.Process) -> dict[str, float]:
    """CPU seconds so far by thread name (threads of the same name added up)."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    times: dict[str, float] = {}
    for t in me.threads():
        name = names.get(t.id, f"native-{t.id}")
        times[name] = times.get(name, 0.0) + t.user_time + t.system_time
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--moves", type=float, default=5.0, help="mouse moves a second")
    parser.add_argument(
        "--input",
        choices=["auto", "pynput"],
        default="auto",
        help="input watcher: the kiosk's choice (the X idle counter on X11) or pynput's listeners",
    )
    parser.add_argument(
        "--guard-user",
        default="nobody",
        help="whose processes the guard polices (default nobody: on a shared machine the "
        "benchmark's own user starts processes all the time, a kiosk account does not)",
    )
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="epn-bench-"))
    db = tmp / "server.db"
    token, card = seed(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    epn = Path(sys.executable).parent / "epn"
    server = subprocess.Popen(
        [str(epn), "server", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    xvfb = None
    if not os.environ.get("DISPLAY"):
        xvfb = start_xvfb()
        if xvfb is not None:
            os.environ["DISPLAY"] = xvfb[1]
    mover: subprocess.Popen[bytes] | None = None
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
        config = StationConfig(
            server=ServerConfig(url=url, token=token),
            idle=IdleConfig(minutes=10),
            guard=GuardConfig(enforce=False, interval_ms=200),
            paths=PathsConfig(state_dir=tmp / "station"),
        )
        if args.input == "pynput":
            # what the kiosk would use on an X server without the idle counter, and on Windows
            station.make_input_watcher = PynputWatcher  # type: ignore[assignment]
        me = psutil.Process()
        rss_before = me.memory_info().rss
        agent = build_agent(
            config, listener=AgentListener(), windowed=False, guard_user=args.guard_user
        )
        agent.start()
        agent.sign_in(card)
        display = os.environ.get("DISPLAY")
        if display and args.moves > 0:
            mover = move_mouse(display, args.moves)
        time.sleep(2.0)  # settle: first guard scan classifies every process once
        cpu0 = sum(me.cpu_times()[:2])
        threads0 = thread_times(me)
        t0 = time.monotonic()
        time.sleep(args.seconds)
        cpu = sum(me.cpu_times()[:2]) - cpu0
        threads1 = thread_times(me)
        wall = time.monotonic() - t0
        rss = me.memory_info().rss
        processes = len(psutil.pids())
        view = agent.view()
        agent.stop()

        print(f"session: {wall:.0f} s, agent in this process, server in another")
        print(
            f"machine: {os.cpu_count()} cores; {processes} processes; python {sys.version.split()[0]}"
        )
        watcher = "pynput listeners" if args.input == "pynput" else "the kiosk's choice"
        print(f"input: {watcher} on {display or 'no display'}, mouse moves {args.moves:g}/s")
        print(f"agent CPU: {100 * cpu / wall:.2f} % of one core (budget ≤ 1 %)")
        for name, spent in sorted(
            ((n, t - threads0.get(n, 0.0)) for n, t in threads1.items()), key=lambda x: -x[1]
        )[:8]:
            print(f"  {name:<24} {100 * spent / wall:.2f} %")
        print(
            f"RSS: {rss / 2**20:.1f} MiB (interpreter + libraries before the agent: "
            f"{rss_before / 2**20:.1f} MiB)"
        )
        if view is None:
            print("the session ended before the measure did")
            return 1
        return 0
    finally:
        if mover is not None:
            mover.kill()
            mover.wait(5)
        server.terminate()
        server.wait(10)
        if xvfb is not None:
            xvfb[0].terminate()
            xvfb[0].wait(10)


if __name__ == "__main__":
    sys.exit(main())

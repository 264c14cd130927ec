"""The station service's memory once it is online and idle, for one or more trees in turn.

    .venv/bin/python bench/service_rss.py --python /tmp/before/bin/python \
        --python /tmp/after/bin/python --rounds 5

Each ``--python`` is the interpreter of a station-only install (``pip install -e '.[station]'``)
of the tree to measure. Starts the real server (``epn server``, this checkout) on a temporary
database and an Xvfb display, then, round by round and alternating the trees (the machine is
shared), starts the station service of each tree as its own process (``StationService`` as
``epn station-service`` runs it, on a fresh state folder and a new station), waits until it says
it is ready and the server has its heartbeats, lets it idle ``--settle`` seconds (heartbeats, the
command long-poll, the guard's scans) and reads its VmRSS and VmHWM from /proc. Prints each run
and the medians per tree.

The visitor's screen is a stand-in (``sleep``, as ``--account``): the service's side of the socket runs, no screen
connects. The guard only reports (``enforce = false``): this may run as root on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import agent_cpu  # bench/, beside this file
import httpx

from admin.api.serving import free_port
from admin.core.timeutil import utc_now
from admin.db.store import Store
from admin.directory import Directory

SITE = "EPN Laeken"

SERVICE = """
import logging, sys
from pathlib import Path
from kiosk.service import StationService
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
service = StationService(
    Path(sys.argv[1]), socket_path=Path(sys.argv[2]), command=["sleep", "3600"],
    check_ownership=False, retry_seconds=1.0,
)
sys.exit(service.run())
"""


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    started = agent_cpu.start_xvfb()  # the agent's benchmark starts its display the same way
    if started is None:
        raise SystemExit("Xvfb is needed (the agent's idle monitor and cover use X)")
    return started


def status(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM of ``pid``, in MiB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values


def last_seen(db: Path, station: str) -> object:
    with sqlite3.connect(db) as connection:
        row = connection.execute(
            "select last_seen_at from stations where name = ?", [station]
        ).fetchone()
    return row[0] if row else None


def measure(
    python: str, *, url: str, db: Path, display: str, name: str, settle: float, account: str
) -> dict[str, float]:
    store = Store(db)
    token = Directory(store, utc_now).add_station(name, SITE).token
    store.close()
    folder = Path(tempfile.mkdtemp(prefix="epn-svcrss-"))
    config = folder / "station.toml"
    config.write_text(
        f'[server]\nurl = "{url}"\ntoken = "{token}"\n'
        f'[screen]\nuser = "{account}"\ndisplay = "{display}"\nsocket = "{folder / "screen.sock"}"\n'
        f'[paths]\nstate_dir = "{folder / "state"}"\n'
        "[guard]\nenforce = false\n[home]\nreset = false\n",
        encoding="utf-8",
    )
    env = {**os.environ, "DISPLAY": display, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.Popen(
        [python, "-c", SERVICE, str(config), str(folder / "screen.sock")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=folder,
    )
    ready = threading.Event()
    log: list[str] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            log.append(line)
            if "station service ready" in line:
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        if not ready.wait(60):
            raise SystemExit(f"{python}: the service did not come up:\n{''.join(log[-20:])}")
        deadline = time.monotonic() + 30
        while last_seen(db, name) is None:
            if time.monotonic() > deadline:
                raise SystemExit(f"{python}: no heartbeat reached the server")
            time.sleep(0.2)
        time.sleep(settle)
        figures = status(proc.pid)
        if proc.poll() is not None:
            raise SystemExit(f"{python}: the service exited:\n{''.join(log[-20:])}")
        return figures
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", action="append", required=True, help="a tree's interpreter")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--account", default="nobody", help="the screen's account (root: any but root)"
    )
    parser.add_argument("--settle", type=float, default=10.0, help="seconds online and idle")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="epn-svcrss-server-"))
    db = tmp / "server.db"
    store = Store(db)
    Directory(store, utc_now).add_site(SITE)
    store.close()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    epn = Path(sys.executable).parent / "epn"
    server = subprocess.Popen(
        [str(epn), "server", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    xvfb, display = start_xvfb()
    results: dict[str, list[dict[str, float]]] = {p: [] for p in args.python}
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}/api/v1/openapi.json", timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        n = 0
        for round_ in range(args.rounds):
            order = args.python if round_ % 2 == 0 else list(reversed(args.python))
            for python in order:
                n += 1
                figures = measure(
                    python,
                    url=url,
                    db=db,
                    display=display,
                    name=f"RSS-{n:02d}",
                    settle=args.settle,
                    account=args.account,
                )
                results[python].append(figures)
                print(
                    f"round {round_ + 1} {python}: VmRSS {figures['VmRSS']:.1f} MiB, "
                    f"VmHWM {figures['VmHWM']:.1f} MiB",
                    flush=True,
                )
        print(f"median of {args.rounds} runs, online and idle {args.settle:.0f} s:")
        for python, runs in results.items():
            rss = statistics.median(r["VmRSS"] for r in runs)
            hwm = statistics.median(r["VmHWM"] for r in runs)
            print(f"  {python}: VmRSS {rss:.1f} MiB, VmHWM {hwm:.1f} MiB")
    finally:
        server.terminate()
        server.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

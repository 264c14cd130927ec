"""Start-up of the kiosk and the console against a bare PySide6 window, as whole processes.

On Xvfb, N rounds; each round starts, one after the other in an order that rotates from round
to round, as separate processes:

- **bare**: a bare PySide6 window showing a label, full screen (the yardstick);
- **screen**: ``epn kiosk --socket PATH``, the visitor's screen as the station service runs it,
  against a service side in this process (kiosk.screen_server.ScreenServer answering the
  station's state: online, its site loaded, no session);
- **all-in-one**: ``epn kiosk --no-supervisor --server URL --token T``, the whole station in
  one process (agent, guard, store) against a real ``epn server`` (seeded database);
- **console**: ``epn console --server URL``, the staff console's sign-in window.

The project's sources of both trees are byte-compiled first, as an installed package is (the
Debian package ships its .pyc, pip compiles what it installs): without it, with
PYTHONDONTWRITEBYTECODE set, each start compiled ~40 of the project's modules again (~0.1 s).

Each is timed from just before its spawn to its first window exposed on the X server, and its
RSS taken at that moment (bench/startup_probe.py wraps every one of them alike). Prints the
median and spread of each and the ratios of the medians to the bare window's.

    .venv/bin/python bench/kiosk_startup.py --rounds 9
    git archive COMMIT | tar -x -C /tmp/old   # then --against /tmp/old: both in the same rounds
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from admin.api.serving import free_port  # noqa: E402
from kiosk.protocol.screen import ScreenState  # noqa: E402
from kiosk.protocol.station import SiteInfo, StationInfo  # noqa: E402
from kiosk.screen_server import Hello, Peer, ScreenServer  # noqa: E402
from tests.e2e.conftest import running_xvfb  # noqa: E402
from tests.helpers.epn import seed, server_up  # noqa: E402
from tests.helpers.processes import Process, epn_command, wait_until  # noqa: E402

PROBE = str(ROOT / "bench" / "startup_probe.py")


class _Service:
    """The station service's side of the socket, as a screen meets it when the PC is idle."""

    def __init__(self) -> None:
        self.ready = threading.Event()
        self.state = ScreenState(
            online=True,
            station_info=StationInfo(
                id=1,
                name="LK-01",
                site=SiteInfo(id=1, name="EPN Laeken"),
                today_hours=["09:00-18:00"],
                message={"en": "Welcome", "fr": "Bienvenue", "nl": "Welkom"},
            ),
        )

    def screen_state(self) -> ScreenState:
        return self.state

    def screen_allowed(self, peer: Peer) -> bool:
        return True

    def session_allowed(self, peer: Peer, hello: Hello) -> bool:
        return False

    def call(self, method: str, args: dict[str, Any]) -> Any:
        if method == "locks.away_tries_left":
            return 5
        return None

    def screen_ready(self, peer: Peer) -> None:
        self.ready.set()

    def screen_gone(self, peer: Peer) -> None:
        pass

    def session_announced(self, peer: Peer, hello: Hello) -> None:
        pass

    def session_gone(self, peer: Peer) -> None:
        pass


def run_once(
    args: list[str], env: dict[str, str], timeout: float = 60.0, probe: str = PROBE
) -> tuple[float, float]:
    """Seconds from spawn to the first window exposed, and the RSS (MiB) then."""
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, probe, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        for line in proc.stdout:
            if line.startswith("EXPOSED "):
                _, at, rss = line.split()
                return float(at) - started, int(rss) / 1024
        raise RuntimeError(f"{args[:2]} exited ({proc.wait()}) before showing a window")
    finally:
        timer.cancel()
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def running_server(folder: Path) -> Iterator[tuple[str, str]]:
    db = folder / "epn.db"
    token = seed(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    try:
        wait_until(lambda: server_up(url), message="the server did not answer")
        yield url, token
    finally:
        server.stop()


def _spread(values: list[float], scale: float, unit: str) -> str:
    ordered = sorted(values)
    return (
        f"median {statistics.median(ordered) * scale:6.0f} {unit}  "
        f"(min {ordered[0] * scale:.0f}, max {ordered[-1] * scale:.0f})"
    )


def compile_sources(tree: Path) -> None:
    """Byte-compile the project's packages of ``tree``, as an installation does."""
    folders = [str(tree / name) for name in ("kiosk", "ui", "admin", "bench")]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *folders], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument(
        "--only", nargs="*", default=["bare", "screen", "all-in-one", "console"], help="which runs"
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="DIR",
        help="another version's source tree (git archive of a commit): its screen, all-in-one "
        "kiosk and console run in the same rounds, as screen@old, all-in-one@old, console@old",
    )
    options = parser.parse_args()
    compile_sources(ROOT)
    if options.against is not None:
        compile_sources(options.against)
    with (
        tempfile.TemporaryDirectory() as tmp,
        running_xvfb() as display,
        running_server(Path(tmp)) as (url, token),
    ):
        folder = Path(tmp)
        service = _Service()
        socket_path = folder / "screen.sock"
        server = ScreenServer(socket_path, allowed_uids=lambda: {os.geteuid()}, handler=service)
        server.start()
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("EPN_STATION_TOKEN", None)
        commands = {
            "bare": ["bare"],
            "screen": ["epn", "kiosk", "--socket", str(socket_path)],
            "all-in-one": [
                "epn",
                "kiosk",
                "--no-supervisor",
                "--server",
                url,
                "--token",
                token,
                "--state-dir",
                str(folder / "station"),
            ],
            "console": ["epn", "console", "--server", url],
        }
        names = [name for name in commands if name in options.only]
        probes = {name: PROBE for name in names}
        if options.against is not None:
            for name in ("screen", "all-in-one", "console"):
                if name in names:
                    commands[f"{name}@old"] = commands[name]
                    probes[f"{name}@old"] = str(options.against / "bench" / "startup_probe.py")
                    names.append(f"{name}@old")
        times: dict[str, list[float]] = {name: [] for name in names}
        rss: dict[str, list[float]] = {name: [] for name in names}
        try:
            run_once(commands["bare"], env)  # warm the page cache once
            for round_ in range(options.rounds):
                order = names[round_ % len(names) :] + names[: round_ % len(names)]
                for name in order:
                    seconds, mib = run_once(commands[name], env, probe=probes[name])
                    times[name].append(seconds)
                    rss[name].append(mib)
                print(
                    f"round {round_ + 1}: "
                    + ", ".join(
                        f"{n} {times[n][-1] * 1000:.0f} ms {rss[n][-1]:.0f} MiB" for n in names
                    ),
                    flush=True,
                )
        finally:
            server.stop()
    print(f"\nspawn -> first window exposed, {options.rounds} rounds ({os.cpu_count()} cores):")
    for name in names:
        print(
            f"  {name:<15} {_spread(times[name], 1000, 'ms')}   RSS {_spread(rss[name], 1, 'MiB')}"
        )
    if "bare" in names:
        bare_time = statistics.median(times["bare"])
        bare_rss = statistics.median(rss["bare"])
        for name in names:
            if name != "bare":
                print(
                    f"  {name:<15} / bare: time {statistics.median(times[name]) / bare_time:.2f}x, "
                    f"RSS {statistics.median(rss[name]) / bare_rss:.2f}x"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())

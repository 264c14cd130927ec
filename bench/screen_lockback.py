"""How fast a public PC locks back when the visitor kills the screen, against a bare window.

Runs as root (as CI does): a real server, ``epn station-service`` as root, the screen as a
kiosk account created for the run, on Xvfb. Each round kills the screen with SIGKILL (as the
kiosk account, which may) and times, from the kill:

- **cover**: the service's black window over the display (nothing of the desktop reachable);
- **lock screen**: the new screen's lock screen shown (its windows mapped);
- **ready**: the new screen told the service it is up (the cover lifted).

Yardstick in the same run: a bare PySide6 window (a label) started the same way, as the kiosk
account with the same Python, timed from spawn to shown. Prints medians and p95.

    sudo .venv/bin/python bench/screen_lockback.py --rounds 9
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from admin.api.serving import free_port  # noqa: E402
from tests.e2e.conftest import running_xvfb  # noqa: E402
from tests.e2e.test_station_service import screen_pid, start_service  # noqa: E402
from tests.helpers.epn import seed, server_up  # noqa: E402
from tests.helpers.processes import Process, epn_command, wait_until  # noqa: E402
from tests.helpers.station_service import (  # noqa: E402
    kiosk_account,
    machine_folder,
    screen_python,
    station_toml,
    write_config,
)

BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication(sys.argv)\n"
    "label = QLabel('bare')\n"
    "label.showFullScreen()\n"
    "app.processEvents()\n"
    "print('shown', flush=True)\n"
)


def _after(process: Process, pattern: str, start_index: int, timeout: float = 20.0) -> float:
    import re

    regex = re.compile(pattern)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for i in range(start_index, len(process.lines)):
            if regex.search(process.lines[i]):
                return process.times[i]
        time.sleep(0.005)
    raise RuntimeError(f"no line matching {pattern!r}")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _show(name: str, values: list[float]) -> None:
    print(
        f"{name:<28} median {statistics.median(values) * 1000:7.0f} ms   "
        f"p95 {_percentile(values, 0.95) * 1000:7.0f} ms   (n={len(values)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="kills of a screen that ran 31 s")
    parser.add_argument("--rapid", type=int, default=6, help="kills in a row, 0.5 s apart")
    options = parser.parse_args()
    if os.geteuid() != 0:
        print("run as root: the kiosk account is created for the run", file=sys.stderr)
        return 2
    results: dict[str, list[float]] = {
        "cover": [],
        "lock screen": [],
        "ready": [],
        "bare": [],
        "rapid cover": [],
        "rapid lock screen": [],
    }
    with (
        tempfile.TemporaryDirectory() as tmp,
        running_xvfb() as display,
        kiosk_account() as account,
        machine_folder() as folder,
        screen_python() as screen_env,
    ):
        db = Path(tmp) / "epn.db"
        token = seed(db)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = Process(
            [*epn_command(), "server", "--db", str(db), "--port", str(port)],
            dict(os.environ),
            "server",
        )
        wait_until(lambda: server_up(url))
        config = write_config(
            folder,
            station_toml(url=url, token=token, account=account, display=display, folder=folder),
        )
        service = start_service(config, display, screen_env)
        python = screen_env.get("EPN_SCREEN_PYTHON", sys.executable)
        bare_env = {
            **account_env(account, display),
            **{k: v for k, v in screen_env.items() if k == "PYTHONPATH"},
        }
        try:
            _after(service, r"uncovered: the screen is up", 0, 60)
            for round_ in range(options.rounds):
                time.sleep(31.0)  # a screen that lived 30 s is restarted at once
                pid = screen_pid(account)
                assert pid is not None
                index = len(service.lines)
                killed = time.time()
                account.run("kill", "-9", str(pid))
                results["cover"].append(
                    _after(service, r"covered until the screen", index) - killed
                )
                results["lock screen"].append(_after(service, r"lock screen shown", index) - killed)
                results["ready"].append(
                    _after(service, r"uncovered: the screen is up", index) - killed
                )
                # the yardstick, in the same conditions, right after
                started = time.time()
                bare = subprocess.Popen(
                    [python, "-c", BARE],
                    user=account.uid,
                    group=account.gid,
                    extra_groups=[],
                    env=bare_env,
                    stdout=subprocess.PIPE,
                    text=True,
                    cwd=str(account.home),
                )
                assert bare.stdout is not None
                assert bare.stdout.readline().strip() == "shown"
                results["bare"].append(time.time() - started)
                bare.kill()
                bare.wait()
                print(f"round {round_ + 1}: {results['lock screen'][-1]:.2f} s", flush=True)
            # a visitor killing it again and again: restarts back off (0.2 s doubling to 2 s)
            for _ in range(options.rapid):
                _after(service, r"uncovered: the screen is up", len(service.lines) - 1, 30)
                time.sleep(0.5)
                pid = screen_pid(account)
                assert pid is not None
                index = len(service.lines)
                killed = time.time()
                account.run("kill", "-9", str(pid))
                results["rapid cover"].append(
                    _after(service, r"covered until the screen", index) - killed
                )
                results["rapid lock screen"].append(
                    _after(service, r"lock screen shown", index) - killed
                )
        finally:
            service.stop()
            server.stop()
    print(f"screen killed -> ... ({os.cpu_count()} cores)")
    _show("display covered", results["cover"])
    _show("lock screen shown again", results["lock screen"])
    _show("cover lifted (screen ready)", results["ready"])
    _show("yardstick: bare window shown", results["bare"])
    _show("rapid kills: covered", results["rapid cover"])
    _show("rapid kills: lock screen", results["rapid lock screen"])
    ratio = statistics.median(results["lock screen"]) / statistics.median(results["bare"])
    print(f"lock screen back / bare window: {ratio:.2f}x")
    return 0


def account_env(account: object, display: str) -> dict[str, str]:
    home = str(account.home)  # type: ignore[attr-defined]
    return {"HOME": home, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LANG": "C.UTF-8"}


if __name__ == "__main__":
    sys.exit(main())

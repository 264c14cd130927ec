"""Forbidden process started → killed by the process guard, and the guard's CPU while it scans.

    .venv/bin/python bench/guard_kill.py --trials 20 --seconds 30 --unrelated 200

Runs the real :class:`kiosk.guard.ProcessGuard` in its thread at its default interval, enforcing,
confined with ``scope_pid`` to a spawner process this benchmark starts (so nothing else on the
machine is ever policed). Each trial asks the spawner to start a renamed copy of ``sleep`` and
times it from the request until the process is gone. Then it measures this process's CPU time
over an idle session (the guard scanning, nothing to do) and again with N unrelated processes
present (started after the session began, outside the scope: each is classified once). Linux
only. Prints the figures; exits non-zero if a forbidden process survived.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from kiosk.clock import SystemClock
from kiosk.guard import GuardReport, ProcessGuard

# Starts the argv it reads (one JSON list per line), prints the pid; the kernel reaps the
# children (SIGCHLD ignored), so a killed one disappears at once.
SPAWNER = """
import json, os, signal, sys
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
for line in sys.stdin:
    argv = json.loads(line)
    print(os.posix_spawn(argv[0], argv, dict(os.environ)), flush=True)
"""


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def spawn(spawner: subprocess.Popen[str], argv: list[str]) -> int:
    assert spawner.stdin is not None and spawner.stdout is not None
    spawner.stdin.write(json.dumps(argv) + "\n")
    spawner.stdin.flush()
    return int(spawner.stdout.readline())


def cpu_percent(seconds: float) -> float:
    """This process's CPU time over ``seconds`` of wall time, as % of one core."""
    cpu0, wall0 = time.process_time(), time.monotonic()
    time.sleep(seconds)
    return 100 * (time.process_time() - cpu0) / (time.monotonic() - wall0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0, help="wall time of each CPU run")
    parser.add_argument("--unrelated", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.2, help="the guard's scan interval")
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        print("Linux only", file=sys.stderr)
        return 2

    # Each kill is logged as a warning; the figures are what this prints.
    logging.getLogger("epn.kiosk.guard").setLevel(logging.ERROR)
    tmp = Path(tempfile.mkdtemp(prefix="epn-bench-guard-"))
    forbidden = str(tmp / "forbidden-app")
    unrelated_program = str(tmp / "unrelated-app")
    shutil.copy2("/bin/sleep", forbidden)
    shutil.copy2("/bin/sleep", unrelated_program)
    spawner = subprocess.Popen(
        [sys.executable, "-c", SPAWNER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    reports: list[GuardReport] = []
    guard = ProcessGuard(
        clock=SystemClock(),
        enforce=True,
        on_report=reports.append,
        scope_pid=spawner.pid,
        interval=args.interval,
    )
    unrelated: list[subprocess.Popen[bytes]] = []
    try:
        guard.begin(set())
        guard.start()
        latencies: list[float] = []
        survivors = 0
        for _ in range(args.trials):
            time.sleep(random.uniform(0, args.interval))  # land anywhere in the scan cycle
            t0 = time.perf_counter()
            pid = spawn(spawner, [forbidden, "30"])
            deadline = t0 + 5.0
            while not gone(pid) and time.perf_counter() < deadline:
                time.sleep(0.001)
            if gone(pid):
                latencies.append(time.perf_counter() - t0)
            else:
                survivors += 1
                psutil.Process(pid).kill()

        idle_cpu = cpu_percent(args.seconds)
        for _ in range(args.unrelated):
            unrelated.append(subprocess.Popen([unrelated_program, "600"]))
        busy_cpu = cpu_percent(args.seconds)
        processes = len(psutil.pids())

        print(
            f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; psutil {psutil.__version__}"
        )
        print(f"guard interval {args.interval} s, grace 0.3 s, enforcing, scoped to a spawner")
        if latencies:
            print(
                f"forbidden process started -> gone ({len(latencies)} trials): "
                f"p50 {statistics.median(latencies) * 1000:.0f} ms, "
                f"p95 {percentile(latencies, 95) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
            )
        print(f"reports: {len(reports)}; survivors: {survivors}")
        print(f"CPU, idle session, {args.seconds:.0f} s: {idle_cpu:.2f} % of one core")
        print(
            f"CPU, idle session with {args.unrelated} unrelated processes, {args.seconds:.0f} s: "
            f"{busy_cpu:.2f} % of one core"
        )
        print(f"processes on the machine at the end: {processes}")
        return 1 if survivors else 0
    finally:
        guard.stop()
        guard.end()
        for proc in unrelated:
            proc.kill()
        for proc in unrelated:
            proc.wait(10)
        spawner.kill()
        spawner.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

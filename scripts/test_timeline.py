#!/usr/bin/env python3
"""What each pytest worker did: read the lines ``EPN_TEST_TIMELINE=FILE`` made (tests/conftest.py).

    EPN_TEST_TIMELINE=/tmp/t.jsonl scripts/test.sh ; python3 scripts/test_timeline.py /tmp/t.jsonl

Prints each worker's span, busy time and the groups it ran, each xdist group's total, and the
slowest tests. A group runs on one worker, one test after another: the longest group, and the
worker that finishes last, are the suite's critical path.

Then where the CPU went (lines that carry it: ``cpu`` of the worker, ``cpu_children`` of the
processes it reaped; see tests/conftest.py for what that leaves out): the total, each test
file's, and the tests that used most. With three workers on two cores the suite is CPU-bound:
its CPU, not its waits, sets how long it takes.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict


def main(path: str, top: int = 25) -> None:
    with open(path, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    if not rows:
        sys.exit(f"{path}: no tests")
    t0 = min(r["start"] for r in rows)
    by_worker: dict[str, list[dict]] = defaultdict(list)
    groups: dict[str, float] = defaultdict(float)
    group_worker: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        by_worker[row["worker"]].append(row)
        if row["group"]:
            groups[row["group"]] += row["end"] - row["start"]
            group_worker[row["group"]].add(row["worker"])
    print(
        f"{len(rows)} tests, {max(r['end'] for r in rows) - t0:.0f} s from first start to last end"
    )
    print("\nworker  first  last end  busy  tests  groups (s)")
    for worker, mine in sorted(by_worker.items()):
        busy = sum(r["end"] - r["start"] for r in mine)
        mine_groups: dict[str, float] = defaultdict(float)
        for r in mine:
            mine_groups[r["group"] or "-"] += r["end"] - r["start"]
        shown = ", ".join(
            f"{g} {s:.0f}" for g, s in sorted(mine_groups.items(), key=lambda x: -x[1])
        )
        print(
            f"{worker:7} {min(r['start'] for r in mine) - t0:5.0f}  "
            f"{max(r['end'] for r in mine) - t0:8.0f}  {busy:4.0f}  {len(mine):5}  {shown}"
        )
    print("\ngroup              total (s)  worker(s)")
    for group, total in sorted(groups.items(), key=lambda x: -x[1]):
        print(f"{group:18} {total:9.0f}  {','.join(sorted(group_worker[group]))}")
    print(f"\nslowest {top} (s, worker, group):")
    for r in sorted(rows, key=lambda r: r["start"] - r["end"])[:top]:
        print(
            f"{r['end'] - r['start']:7.1f}  {r['worker']:5} {r['group'] or '-':16} "
            f"start {r['start'] - t0:5.0f}  {r['test']}"
        )
    if all("cpu" in r for r in rows):
        cpu_report(rows, top)


def cpu(row: dict) -> float:
    return float(row["cpu"]) + float(row["cpu_children"])


def cpu_report(rows: list[dict], top: int) -> None:
    own = sum(r["cpu"] for r in rows)
    children = sum(r["cpu_children"] for r in rows)
    print(
        f"\nCPU: {own + children:.0f} s ({own:.0f} s in the workers, {children:.0f} s in the"
        " processes they started and reaped)"
    )
    by_file: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for r in rows:
        totals = by_file[r["test"].partition("::")[0]]
        totals[0] += r["cpu"]
        totals[1] += r["cpu_children"]
        totals[2] += r["end"] - r["start"]
    print(f"\nfiles using most CPU (s: total, workers, children; wall), top {top}:")
    for name, (mine, theirs, wall) in sorted(by_file.items(), key=lambda x: -x[1][0] - x[1][1])[
        :top
    ]:
        print(f"{mine + theirs:7.1f} {mine:7.1f} {theirs:7.1f}  wall {wall:6.1f}  {name}")
    print(f"\ntests using most CPU (s: total, workers, children; wall), top {top}:")
    for r in sorted(rows, key=lambda r: -cpu(r))[:top]:
        print(
            f"{cpu(r):7.1f} {r['cpu']:7.1f} {r['cpu_children']:7.1f}  "
            f"wall {r['end'] - r['start']:6.1f}  {r['test']}"
        )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

#!/usr/bin/env python3
"""What each pytest worker did: read the lines ``EPN_TEST_TIMELINE=FILE`` made (tests/conftest.py).

    EPN_TEST_TIMELINE=/tmp/t.jsonl scripts/test.sh ; python3 scripts/test_timeline.py /tmp/t.jsonl

Prints each worker's span, busy time and the groups it ran, each xdist group's total, and the
slowest tests. A group runs on one worker, one test after another: the longest group, and the
worker that finishes last, are the suite's critical path.
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


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

"""A seeded database made once per test process and copied for each test that asks for it.

    tokens = seeded(db, ("room", clock()), lambda store: seed_room(store, clock))

The first call with a given ``key`` runs ``seed`` on a new database (itself a copy of the
migrated template, tests/conftest.py), closes it and keeps its bytes and what ``seed``
returned; every call then writes those bytes to ``db`` (a new private file, as ``Store`` makes
it) and returns a copy of the same value. Seeding hashes staff passwords and visitor PINs with argon2
(about 30 ms of CPU each, on purpose) and opens the database many times: a fixture that seeds
the same rows for hundreds of tests pays that once per worker.

The key must say everything the rows depend on: the seed's recipe and the clock's moment
(rows carry the time they were made). Random values (station tokens, salts) are the same in
every copy of one process: each test still has its own database file. ``EPN_TEST_FRESH_DB=1``
seeds every database from nothing, as before.
"""

from __future__ import annotations

import copy
import os
import tempfile
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

#: the seeds made, the most recently used last; at most KEPT (a real clock's "now" as part of
#: the key makes a new one each time)
_MADE: dict[Hashable, tuple[bytes, Any]] = {}
KEPT = 16


def seeded(db: Path, key: Hashable, seed: Callable[[Path], T]) -> T:
    """Make ``db`` (which must not exist) hold what ``seed(path)`` writes into a new database
    at ``path``; returns what ``seed`` returned."""
    if os.environ.get("EPN_TEST_FRESH_DB") == "1":
        return seed(db)
    if key not in _MADE:
        with tempfile.TemporaryDirectory(prefix="epn-seed-") as folder:
            path = Path(folder) / "seed.db"
            result = seed(path)
            # the last connection closed has put the WAL in the file and removed it
            leftovers = [p.name for p in Path(folder).iterdir() if p.name != "seed.db"]
            assert not leftovers, f"the seed left {leftovers} open: close its stores"
            _MADE[key] = (path.read_bytes(), result)
            while len(_MADE) > KEPT:
                del _MADE[next(iter(_MADE))]
    data, result = _MADE.pop(key)
    _MADE[key] = (data, result)
    fd = os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return copy.deepcopy(result)  # type: ignore[no-any-return]

"""This machine's accounts, made and removed by tests on several pytest workers at once.

``useradd`` and ``userdel`` lock /etc/passwd and fail at once ("cannot lock /etc/passwd; try
again later") when another holds it. Each runs here under one file lock shared by every
worker, so tests that make accounts need not run one after another: only these commands do.
"""

from __future__ import annotations

import fcntl
import subprocess
import tempfile
from pathlib import Path
from typing import Any

#: one lock for all the workers of a run (and of runs side by side on the machine)
LOCK = Path(tempfile.gettempdir()) / "epn-tests-etc-passwd.lock"


def run_account_command(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[Any]:
    """``subprocess.run(args, **kwargs)`` while no other test changes the accounts."""
    with LOCK.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            return subprocess.run(args, **kwargs)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)

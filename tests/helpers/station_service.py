"""A real station service for end-to-end tests: root's service, a real kiosk account's screen.

CI runs as root: the test creates a kiosk account (``useradd``), writes the station's config
where only root may (a folder under /run, mode 0755, the config 0600), and starts
``epn station-service`` as root; the service starts the screen as the kiosk account on the
test's Xvfb display. The interpreter of the tests may live in root's home: the screen then
runs the system's Python of the same version on this checkout and its virtualenv
(``EPN_SCREEN_PYTHON``, ``PYTHONPATH``), made readable to the account for the test.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.accounts import run_account_command

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class KioskAccount:
    name: str
    uid: int
    gid: int
    home: Path

    def run(self, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
        """Run a command as this account (its exit code is not checked)."""
        return subprocess.run(
            list(args),
            user=self.uid,
            group=self.gid,
            extra_groups=[],
            env={"HOME": str(self.home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
            cwd=str(self.home),
            capture_output=True,
            text=True,
            timeout=30,
            **kwargs,  # type: ignore[arg-type]
        )


@contextlib.contextmanager
def kiosk_account(prefix: str = "epnk") -> Iterator[KioskAccount]:
    if os.geteuid() != 0:
        pytest.skip("needs root to create the kiosk account (CI runs as root)")
    name = f"{prefix}{secrets.token_hex(3)}"
    run_account_command(
        ["useradd", "--create-home", "--shell", "/bin/bash", name], check=True, timeout=30
    )
    entry = pwd.getpwnam(name)
    try:
        yield KioskAccount(name, entry.pw_uid, entry.pw_gid, Path(entry.pw_dir))
    finally:
        subprocess.run(["pkill", "-KILL", "-u", name], check=False, timeout=30)
        run_account_command(
            ["userdel", "--remove", name], check=False, timeout=30, capture_output=True
        )


def _traversable(path: Path) -> list[tuple[Path, int]]:
    """Let other accounts reach ``path`` (o+x on the folders above, o+rx on it); the modes
    changed, to put back."""
    changed = []
    for folder in [*reversed(path.parents), path]:
        mode = stat.S_IMODE(folder.stat().st_mode)
        wanted = mode | stat.S_IXOTH | (stat.S_IROTH if folder == path else 0)
        if wanted != mode:
            os.chmod(folder, wanted)
            changed.append((folder, mode))
    return changed


@contextlib.contextmanager
def screen_python() -> Iterator[dict[str, str]]:
    """The environment that lets the kiosk account run the screen from this checkout."""
    python = Path(sys.executable).resolve()
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    system = shutil.which(version, path="/usr/bin:/usr/local/bin")
    private = any(not os.stat(p).st_mode & stat.S_IXOTH for p in python.parents if p != Path("/"))
    env: dict[str, str] = {}
    if private:
        if system is None:
            pytest.skip(f"no {version} the kiosk account may run (this one is in a private folder)")
        site = sysconfig.get_paths()["purelib"]
        env = {"EPN_SCREEN_PYTHON": system, "PYTHONPATH": f"{ROOT}{os.pathsep}{site}"}
    changed = _traversable(ROOT)
    site_packages = Path(sysconfig.get_paths()["purelib"])
    changed += _traversable(site_packages)
    try:
        yield env
    finally:
        for folder, mode in reversed(changed):
            os.chmod(folder, mode)


@contextlib.contextmanager
def machine_folder() -> Iterator[Path]:
    """A folder only root may write, as /etc/epn-kiosk is (tmp folders are world-writable)."""
    folder = Path(tempfile.mkdtemp(prefix="epn-station-", dir="/run"))
    os.chmod(folder, 0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_config(folder: Path, text: str) -> Path:
    path = folder / "station.toml"
    path.write_text(text, encoding="utf-8")
    os.chmod(path, 0o600)
    return path


def station_toml(
    *, url: str, token: str, account: KioskAccount, display: str, folder: Path, extra: str = ""
) -> str:
    return (
        f'[server]\nurl = "{url}"\ntoken = "{token}"\n'
        f'[screen]\nuser = "{account.name}"\ndisplay = "{display}"\n'
        f'socket = "{folder / "screen.sock"}"\n'
        f'[paths]\nstate_dir = "{folder / "state"}"\n' + extra
    )

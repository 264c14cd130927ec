"""Installs split by role: the server without Qt, the station and the console with theirs.

The cheap tests read the imports of each role's code against pyproject.toml's extras; the slow
one installs ``.[server]`` alone into a fresh virtualenv and runs ``epn server`` from it.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import re
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import httpx
import pytest
from packaging.requirements import Requirement

from tests.helpers.imports import imported_names
from tests.helpers.processes import Process, wait_until

ROOT = Path(__file__).resolve().parents[2]
OURS = {"kiosk", "admin", "ui", "installkit", "tests"}
QT = ("PySide6", "shiboken6")

#: The code each role runs (ui/main.py dispatches them all, lazily; ui/demo*.py is dev only).
ROLE_CODE = {
    "server": ["admin", "kiosk/protocol"],
    "station": [
        "kiosk",
        "ui/kiosk",
        *(f"ui/{n}.py" for n in ("dialogs", "theme", "tasks", "i18n", "formats", "lifecycle")),
    ],
    "console": [
        "ui/console",
        "admin/client",
        "kiosk/protocol",
        *(f"ui/{n}.py" for n in ("dialogs", "theme", "tasks", "i18n", "formats", "lifecycle")),
    ],
}


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", Requirement(requirement).name).lower()


def _installed_with(requirements: list[str], platform: str) -> set[str]:
    """The distributions these requirements install on ``platform``, theirs included."""
    seen: set[str] = set()
    todo = [Requirement(r) for r in requirements]
    environment = {"extra": "", "sys_platform": platform}
    while todo:
        req = todo.pop()
        name = re.sub(r"[-_.]+", "-", req.name).lower()
        if name in seen or (req.marker is not None and not req.marker.evaluate(environment)):
            continue
        seen.add(name)
        if name == "epn-kiosk":
            continue
        # another platform's dependency may not be installed here: its own are not followed
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            todo.extend(Requirement(r) for r in importlib.metadata.requires(name) or [])
    return seen


def _third_party_imports(paths: list[str]) -> set[str]:
    modules: set[str] = set()
    for entry in paths:
        path = ROOT / entry
        for file in [path] if path.is_file() else path.rglob("*.py"):
            for name in imported_names(file):
                top = name.partition(".")[0]
                if top not in OURS and top not in sys.stdlib_module_names:
                    modules.add(top)
    return modules


@pytest.mark.parametrize("role", sorted(ROLE_CODE))
def test_each_role_extra_installs_what_its_code_imports(role: str) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert role in extras, f"no [{role}] extra in pyproject.toml"
    # the code imports each platform's libraries on that platform only (python-xlib on Linux,
    # pynput on Windows), so an import counts when one of the platforms installs it
    installed = {
        name
        for platform in ("linux", "win32")
        for name in _installed_with(project["dependencies"] + extras[role], platform)
    }
    providers = importlib.metadata.packages_distributions()
    missing = {
        module: providers.get(module)
        for module in _third_party_imports(ROLE_CODE[role])
        if not {re.sub(r"[-_.]+", "-", d).lower() for d in providers.get(module, [])} & installed
    }
    assert missing == {}, f"[{role}] lacks the distributions of these imports"
    if role == "server":
        assert not {"pyside6-essentials", "pyside6", "shiboken6"} & installed


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sys.modules))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {name.partition(".")[0] for name in out.split()}


def test_the_server_process_never_imports_qt(tmp_path: Path) -> None:
    loaded = _loaded_after(
        "from admin.db.store import Store\n"
        "from admin.api.app import create_app\n"
        "import admin.cli.app, ui.main\n"
        f"create_app(Store({str(tmp_path / 'epn.db')!r}))"
    )
    assert "fastapi" in loaded
    assert not loaded & {*QT, "psutil", "pynput", "Xlib", "qrcode"}


def test_the_station_service_never_imports_qt_or_the_server() -> None:
    loaded = _loaded_after("import kiosk.service, kiosk.install.cli")
    assert "kiosk" in loaded
    assert not loaded & {*QT, "admin", "fastapi", "uvicorn", "qrcode"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
@pytest.mark.xdist_group("deb")  # pip builds in the source tree's build/: one build at a time
def test_a_server_install_runs_epn_server_without_qt(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python, epn = venv / "bin" / "python", venv / "bin" / "epn"
    # a plain install from the tree, as on a server; pip's cache keeps the wheels it fetches;
    # no byte-compiling of every dependency, of which the test imports a few (2 s of CPU)
    subprocess.run(
        [
            python,
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "--no-compile",
            f"{ROOT}[server]",
        ],
        check=True,
        capture_output=True,
    )
    has_qt = subprocess.run([python, "-c", "import PySide6"], capture_output=True)
    assert has_qt.returncode != 0, "PySide6 was installed with [server]"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    for args in ([epn, "--help"], [epn, "server", "--help"]):
        done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "server" in done.stdout
    port = _free_port()
    server = Process(
        [str(epn), "server", "--db", str(tmp_path / "epn.db"), "--port", str(port)], env, "server"
    )
    try:
        url = f"http://127.0.0.1:{port}"

        def schema_served() -> bool:
            try:
                return httpx.get(f"{url}/api/v1/openapi.json").status_code == 200
            except httpx.TransportError:
                return False

        wait_until(schema_served, message="the installed server never answered")
        # the docs page's files are package data of the wheel
        assert httpx.get(f"{url}/api/v1/docs/static/swagger-ui.css").status_code == 200
    finally:
        server.stop()

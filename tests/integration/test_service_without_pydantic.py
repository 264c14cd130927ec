"""The station service runs a visit without loading pydantic (its memory, docs/PERFORMANCE.md).

pydantic's machinery alone is 8 MiB of the service's resident memory, and one module that
imports it keeps all of it: the service reads and writes the wire, its outbox, store and
offline cache, and the screen's socket with the models' generated schemas
(kiosk/protocol/lite.py). This runs the real service (``StationService`` as
``epn station-service`` builds it) in its own interpreter against the real server: it comes
online, a screen on its socket signs a visitor in, staff extend the session from the server,
the extension reaches the screen; then no pydantic module is loaded in that process.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from admin.client.staff_client import StaffClient
from tests.helpers.liveserver import add_staff, add_station, add_visitor

ROOT = Path(__file__).resolve().parents[2]

#: The service as ``epn station-service`` builds it (the screen a stand-in: ``sleep``), then a
#: screen's side of its socket (kiosk/screen_link.py, as the visitor's screen holds it).
SERVICE = """
import json, sys, time
from pathlib import Path
from kiosk.listener import AgentListener
from kiosk.screen_link import RemoteStation
from kiosk.service import StationService

def wait(condition, what):
    deadline = time.monotonic() + 30
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out: {what}")
        time.sleep(0.05)

config, socket_path = Path(sys.argv[1]), Path(sys.argv[2])
service = StationService(
    config, socket_path=socket_path, command=["sleep", "3600"],
    check_ownership=False, retry_seconds=0.2,
)
service.start()
try:
    wait(lambda: service.agent is not None and service.agent.online, "the service online")
    screen = RemoteStation(socket_path, AgentListener())
    screen.start()
    wait(lambda: screen.online, "the screen welcomed")
    view = screen.sign_in("B123", None, {"language": "nl", "text_size": 1.5})
    allowed = view.allowed_seconds
    print(json.dumps({"session": view.session_id, "allowed": allowed}), flush=True)
    wait(lambda: screen.view() is not None and screen.view().allowed_seconds > allowed, "the extension")
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "pydantic_core"))
    print(json.dumps({"allowed": screen.view().allowed_seconds, "pydantic": loaded}), flush=True)
    screen.stop()
finally:
    service.stop()
"""


@pytest.fixture
def display() -> Iterator[str]:
    """An Xvfb display: the service's idle monitor and cover use X."""
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


def test_a_visit_through_the_station_service_loads_no_pydantic(
    db_path: Path, base_url: str, tmp_path: Path, display: str
) -> None:
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, "B123")
    add_staff(db_path, "admin", "bibliotheque", role="admin")
    # root starts the screen as another account (the installer's kiosk account)
    account = "nobody" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    config = tmp_path / "station.toml"
    config.write_text(
        f'[server]\nurl = "{base_url}"\ntoken = "{token}"\n'
        f'[screen]\nuser = "{account}"\ndisplay = "{display}"\n'
        f'[paths]\nstate_dir = "{tmp_path / "state"}"\n'
        "[guard]\nenforce = false\n[home]\nreset = false\n",
        encoding="utf-8",
    )
    service = subprocess.Popen(
        [sys.executable, "-c", SERVICE, str(config), str(tmp_path / "screen.sock")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "DISPLAY": display},
    )
    try:
        assert service.stdout is not None
        signed_in = json.loads(service.stdout.readline() or "{}")
        assert "session" in signed_in, service.communicate(timeout=30)[1][-3000:]
        with StaffClient(base_url) as staff:
            staff.login("admin", "bibliotheque")
            staff.extend("RC-01", 10)
        out, err = service.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            service.kill()
        service.wait()
    assert service.returncode == 0, err[-3000:]
    done = json.loads(out.splitlines()[-1])
    assert done["allowed"] == signed_in["allowed"] + 600
    assert done["pydantic"] == []

"""A start loads the modules of the windows it shows first (the kiosk's lock screen, the
console's sign-in), not the others."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kiosk.protocol.screen import ScreenState
from kiosk.protocol.station import SiteInfo, StationInfo
from kiosk.screen_server import Peer, ScreenServer

ROOT = Path(__file__).resolve().parents[3]

#: Windows built when first needed: their modules load then.
DEFERRED = {
    "ui.kiosk.banner",
    "ui.kiosk.end_screen",
    "ui.kiosk.staff_message",
    "ui.kiosk.charter",
    "ui.kiosk.away_screen",
    "ui.kiosk.staff_panel",
}


def _loaded_after(code: str) -> set[str]:
    code += "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(json.loads(result.stdout))


def test_the_screen_does_not_load_the_windows_it_does_not_show_at_start() -> None:
    assert _loaded_after("import ui.kiosk.app, kiosk.screen_link") & DEFERRED == set()


def test_the_console_sign_in_loads_no_page_and_no_http_library() -> None:
    """The pages load once signed in, httpx with the first request."""
    loaded = _loaded_after(
        "import ui.console.app\n"
        "from admin.client.staff_client import StaffClient\n"
        "StaffClient('http://127.0.0.1:9').close()"
    )
    pages = {m for m in loaded if m.startswith("ui.console.") and m.endswith(".view")}
    assert pages == set()
    assert "ui.console.main_window" not in loaded
    assert "httpx" not in loaded


def test_the_console_sign_in_loads_the_staff_client_when_first_used() -> None:
    """Its models (catalogue, tickets, rules, ...) load at the first sign-in attempt."""
    assert "admin.client.staff_client" not in _loaded_after("import ui.console.app")


def test_the_station_service_loads_no_pydantic() -> None:
    """``epn station-service`` (ui/main.py, then kiosk/service.py): pydantic is 8 MiB of its
    memory; a visit through it is tests/integration/test_service_without_pydantic.py."""
    loaded = _loaded_after("import ui.main, kiosk.service, kiosk.station")
    assert {m for m in loaded if m.split(".")[0] in ("pydantic", "pydantic_core")} == set()
    assert {m for m in loaded if m.startswith("PySide6")} == set()


def test_the_screen_does_not_map_ssl() -> None:
    """It speaks to the station service over a Unix socket: TLS is the service's (5 MiB)."""
    loaded = _loaded_after("import ui.main, kiosk.config, ui.kiosk.app, kiosk.screen_link")
    assert {"ssl", "kiosk.protocol.tls"} & loaded == set()


class _Service:
    """The station service's side, in this process (pydantic): an online station, no session."""

    def screen_state(self) -> ScreenState:
        site = SiteInfo(id=1, name="Library")
        return ScreenState(online=True, station_info=StationInfo(id=7, name="PC-07", site=site))

    def screen_allowed(self, peer: Peer) -> bool:
        return True

    def screen_ready(self, peer: Peer) -> None:
        pass

    def screen_gone(self, peer: Peer) -> None:
        pass


_SCREEN = """
import json, sys, threading
import ui.kiosk.app
from kiosk.listener import AgentListener
from kiosk.screen_link import RemoteStation

class Listener(AgentListener):
    loaded = threading.Event()
    def station_did_load(self, info):
        self.info = info
        self.loaded.set()

listener = Listener()
station = RemoteStation(sys.argv[1], listener)
station.start()
assert listener.loaded.wait(10), "no state from the service"
station.stop()
print(json.dumps({"name": listener.info.name, "site": listener.info.site.name,
                  "modules": sorted(sys.modules)}))
"""


def test_the_screen_reads_its_first_state_without_pydantic() -> None:
    """The socket's models are read with their generated schema (kiosk/protocol/lite.py)."""
    with tempfile.TemporaryDirectory(prefix="epn-screen-") as folder:
        path = Path(folder) / "screen.sock"
        server = ScreenServer(path, allowed_uids=lambda: {os.geteuid()}, handler=_Service())  # type: ignore[arg-type]
        server.start()
        try:
            result = subprocess.run(
                [sys.executable, "-c", _SCREEN, str(path)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
                timeout=60,
            )
        finally:
            server.stop()
    told = json.loads(result.stdout)
    assert (told["name"], told["site"]) == ("PC-07", "Library")
    assert "kiosk.protocol.screen_schema" in told["modules"]
    assert [m for m in told["modules"] if m.split(".")[0] in {"pydantic", "pydantic_core"}] == []


_FIRST_EXPOSE = """
import json, os, sys
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow

class FirstExpose(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow):
            if watched.isExposed():
                shown = [w.objectName() for w in QtWidgets.QApplication.topLevelWidgets()
                         if w.windowHandle() is watched]
                print(json.dumps({"shown": shown, "modules": sorted(sys.modules)}))
                sys.stdout.flush()
                os._exit(0)
        return False

first_expose = FirstExpose()

class Application(QtWidgets.QApplication):
    def __init__(self, *args):
        super().__init__(*args)
        self.installEventFilter(first_expose)

QtWidgets.QApplication = Application
from ui.main import main
main(sys.argv[1:])
"""


def test_the_console_shows_its_sign_in_window_without_pydantic_ssl_or_the_staff_client() -> None:
    """What `epn console` has loaded when its sign-in window is first exposed: the staff
    client, its models (pydantic) and TLS load at the first sign-in attempt, in its worker."""
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_EXPOSE, "console", "--server", "http://127.0.0.1:9"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    told = json.loads(result.stdout)
    assert told["shown"] == ["LoginDialog"]
    loaded = set(told["modules"])
    assert "ui.console.login" in loaded
    tops = {module.split(".")[0] for module in loaded}
    assert {"pydantic", "pydantic_core", "httpx", "ssl", "admin"} & tops == set()
    assert {"kiosk.protocol.staff", "kiosk.protocol.errors", "kiosk.protocol.tls_context"} & (
        loaded
    ) == set()


def test_the_screen_shows_its_lock_screen_without_the_station_config_or_tls() -> None:
    """`epn kiosk --socket` until its lock screen is first exposed: the config's reader (TOML,
    platformdirs) and the TLS module are the station service's, not the screen's."""
    with tempfile.TemporaryDirectory(prefix="epn-screen-") as folder:
        path = Path(folder) / "screen.sock"
        server = ScreenServer(path, allowed_uids=lambda: {os.geteuid()}, handler=_Service())  # type: ignore[arg-type]
        server.start()
        try:
            result = subprocess.run(
                [sys.executable, "-c", _FIRST_EXPOSE, "kiosk", "--windowed", "--socket", str(path)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
                timeout=60,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
        finally:
            server.stop()
    told = json.loads(result.stdout)
    loaded = set(told["modules"])
    assert "ui.kiosk.lock_screen" in loaded
    assert {"tomllib", "platformdirs", "ssl", "pydantic"} & {
        m.split(".")[0] for m in loaded
    } == set()
    assert {"kiosk.config", "kiosk.protocol.tls"} & loaded == set()

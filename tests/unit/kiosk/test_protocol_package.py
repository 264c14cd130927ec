"""The protocol package: one definition of each name, and a station that loads only its part."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "kiosk" / "protocol"

#: The protocol modules a station loads with its code (kiosk/): the others are for staff and the
#: server. ``trust_options`` (the [server] section's http:// check) loads when a config is read.
#: No model at all (no pydantic): the station reads and writes the wire, its outbox, store and
#: offline cache with the models' generated schema (lite, kiosk/protocol/station_schema.py, the
#: schema loaded with the first record: tests/unit/kiosk/test_service_imports.py).
STATION_MODULES = {
    "limits",
    "paths",
    "tls",
    "http",
    "enums",
    "error_details",  # a wrong PIN's details, offline as online
    "screen_port",
    "version",
    "lite",
    "abort",  # closing the client cuts its long-poll short
}
#: What the visitor's screen (``epn kiosk --socket``) loads: no staff-command models, no
#: console logins, no enrolment, no TLS (nor ssl: it speaks to the service over a Unix socket),
#: and no model at all: it reads the socket with the models' generated schema (lite), the
#: schema itself loaded with the first message (tests/unit/ui/test_start_imports.py).
SCREEN_MODULES = {"limits", "enums", "http", "screen_port", "lite"}


def _top_level_names(path: Path) -> list[str]:
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def test_each_name_is_defined_once() -> None:
    """A limit (or a model) defined twice drifts apart the day one of them changes."""
    counts = Counter(name for path in PACKAGE.rglob("*.py") for name in _top_level_names(path))
    assert [name for name, count in counts.items() if count > 1] == []
    assert counts["MAX_REASON_LENGTH"] == counts["MAX_EXTEND_MINUTES"] == 1


def test_the_package_imports_nothing() -> None:
    """Its __init__ loads no module: importing one audience does not pay for all of them."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    assert [node for node in tree.body if not isinstance(node, ast.Expr)] == []


def _protocol_loaded_by(imports: str) -> set[str]:
    code = (
        f"import json, sys, {imports}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('kiosk.protocol.'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return {name.removeprefix("kiosk.protocol.") for name in json.loads(result.stdout)}


def test_a_station_loads_only_the_protocol_it_uses() -> None:
    assert _protocol_loaded_by("kiosk.station") == STATION_MODULES


def test_the_screen_loads_only_the_protocol_it_shows() -> None:
    """The screen reads a staff action's CommandStatus, not every staff-command model."""
    assert _protocol_loaded_by("ui.kiosk.app, kiosk.screen_link") == SCREEN_MODULES


def test_the_protocol_imports_nothing_else_of_ours() -> None:
    """The server imports it too: it must not drag the station's code (or Qt) along."""
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                ours = module.split(".")[0] in {"kiosk", "admin", "ui", "PySide6"}
                assert not ours or module.startswith("kiosk.protocol."), f"{path}: {module}"

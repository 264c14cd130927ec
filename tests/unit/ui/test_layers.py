"""The console's arrows: the staff client and the wire protocol, never the server's domain."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers.imports import cycles, import_graph

ROOT = Path(__file__).resolve().parents[3]
CONSOLE = ROOT / "ui" / "console"


def _imports(folder: Path) -> dict[str, set[str]]:
    """Module imported → the files importing it (``from x import y`` counts ``x`` and ``x.y``)."""
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            for name in names:
                found.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return found


def test_the_console_uses_only_the_staff_client_of_the_server() -> None:
    """Importing admin.visitors.accounts for a constant loaded the store, migrations and argon2."""
    server = {
        name: files
        for name, files in _imports(CONSOLE).items()
        if name.startswith("admin.")
        and name.split(".")[1] != "client"  # any module of the staff client
    }
    assert server == {}


def test_the_console_does_not_borrow_the_kiosk_screens() -> None:
    """Texts and formats both programs show live in ui/ itself (ui/formats.py)."""
    kiosk = {name: f for name, f in _imports(CONSOLE).items() if name.startswith("ui.kiosk")}
    assert kiosk == {}


def test_no_import_cycle_in_the_console() -> None:
    """Counting the imports made for typing only: the room's sending and its view were one."""
    graph = import_graph(CONSOLE, "ui.console")
    assert len(graph) > 40  # the walk found the package
    assert cycles(graph) == []

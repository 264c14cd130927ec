"""The server's modules: no import cycle, and migrations that import no application code."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.helpers.imports import cycles, import_graph, imported_names

ADMIN = Path(__file__).resolve().parents[3] / "admin"


def test_no_import_cycle_among_the_server_modules() -> None:
    graph = import_graph(ADMIN, "admin")
    assert len(graph) > 50  # the walk found the package
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_migrations_import_no_application_code() -> None:
    imported = imported_names(ADMIN / "db" / "migrations.py")
    assert not {name for name in imported if name.startswith(("admin", "kiosk", "ui"))}


def _built_in_service() -> set[str]:
    """The classes ``Service.__init__`` (admin/services.py) builds."""
    tree = ast.parse((ADMIN / "services.py").read_text())
    init = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name == "__init__"
    )
    return {
        node.func.id
        for node in ast.walk(init)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }


def test_routers_and_commands_are_handed_the_services_built_once() -> None:
    services = _built_in_service()
    assert {"Visitors", "StationService", "StaffService", "Tickets", "Stats"} <= services
    built = [
        f"{path.relative_to(ADMIN.parent)}:{node.lineno} {node.func.id}"
        for folder in ("api", "cli")
        for path in sorted((ADMIN / folder).glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        if node.func.id in services
    ]
    assert built == []


def test_the_commands_and_the_server_load_the_pdf_library_only_to_draw_a_document() -> None:
    """fpdf2 (with Pillow and fontTools) costs about 0.4 s of CPU to import: every ``epn``
    command and server start paid it, though only a workshop's sheet or certificate uses it."""
    code = (
        "import sys, admin.cli.app, admin.api.app\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('fpdf', 'PIL', 'fontTools')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ADMIN.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"

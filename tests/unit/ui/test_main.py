"""The ``epn`` command: every program documented, admin commands never load Qt."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ui.main import UI_COMMANDS, _ui_parser, main

ROOT = Path(__file__).resolve().parents[3]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_program_has_help_text() -> None:
    programs = _subparsers(_ui_parser())
    assert set(programs) == set(UI_COMMANDS)
    for name, parser in programs.items():
        assert parser.description, f"epn {name} has no description"
        for action in parser._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"epn {name} {action.option_strings[0]} has no help"


def test_overview_lists_programs_and_admin_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in [*UI_COMMANDS, "server", "site", "station", "visitor", "staff", "session"]:
        assert re.search(rf"^\s+{name}\s", out, re.MULTILINE), f"{name} missing from epn --help"


def test_kiosk_without_token_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EPN_STATION_TOKEN", raising=False)
    assert main(["kiosk", "--server", "http://127.0.0.1:9"]) == 2
    assert "station token" in capsys.readouterr().err


def test_admin_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from ui.main import main; "
        f"rc = main(['site', 'add', 'EPN Espace S', '--db', {str(tmp_path / 'e.db')!r}]); "
        "assert rc == 0, rc; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def _imports(path: Path) -> list[str]:
    pattern = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)
    return pattern.findall(path.read_text(encoding="utf-8"))


def test_dependency_rule() -> None:
    """kiosk/ imports no Qt and nothing of ours but kiosk and installkit; admin/ only
    kiosk.protocol.* and installkit; installkit/ nothing of ours; no one ui."""
    for path in (ROOT / "kiosk").rglob("*.py"):
        for module in _imports(path):
            assert not module.startswith(("PySide6", "ui", "admin")), f"{path}: imports {module}"
    for path in (ROOT / "admin").rglob("*.py"):
        for module in _imports(path):
            assert not module.startswith(("PySide6", "ui")), f"{path}: imports {module}"
            if module.startswith("kiosk"):
                assert module == "kiosk.protocol" or module.startswith("kiosk.protocol."), (
                    f"{path}: imports {module}"
                )
    for path in (ROOT / "installkit").rglob("*.py"):
        for module in _imports(path):
            assert not module.startswith(("PySide6", "ui", "admin", "kiosk")), (
                f"{path}: imports {module}"
            )


def test_install_station_runs_without_qt_or_the_server(tmp_path: Path) -> None:
    code = (
        "import sys; from ui.main import main; "
        "rc = main(['install', 'station', '--server', 'http://127.0.0.1:9', '--code', "
        f"'ABCD-1234', '--dry-run', '--root', {str(tmp_path)!r}]); "
        "assert rc == 0, rc; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'admin', 'ui.kiosk'))], "
        "'Qt or the server was loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "would write" in result.stdout and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args", [["--version"], ["-V"], ["server", "--version"], ["station", "list", "--version"]]
)
def test_version_of_every_program(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.protocol.version import package_version

    assert main(args) == 0
    assert capsys.readouterr().out == f"epn {package_version()}\n"
    assert package_version() != "0+unknown"  # the installed package's, from one place


def test_version_loads_neither_qt_nor_the_server() -> None:
    code = (
        "import sys; from ui.main import main; main(['kiosk', '--version']);"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'admin', 'uvicorn'))])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("nan", "give seconds above 0, a day at most"),
        ("-5", "give seconds above 0, a day at most"),
        ("inf", "give seconds above 0, a day at most"),
        ("soon", "'soon' is not a number of seconds"),
    ],
)
def test_demo_quit_after_refuses_what_is_not_a_time(
    value: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["demo", "--offscreen", "--quit-after", value])
    assert exited.value.code == 2
    assert says in capsys.readouterr().err

"""Keep the Qt Linguist catalogues in step with the code.

    python scripts/translations.py update   # collect tr() strings into ui/translations/*.ts
    python scripts/translations.py compile  # build the .qm files the programs load

Translate the new entries of the .ts files (Qt Linguist, or by hand: fill <translation> and
drop type="unfinished"), then compile. A test fails while a French or Dutch entry is missing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = UI / "translations"
LANGUAGES = ("fr", "nl", "en")


def tool(name: str) -> str:
    """Path of a Qt tool shipped with PySide6 (pyside6-lupdate, pyside6-lrelease)."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))


def update(ts_dir: Path = TRANSLATIONS) -> None:
    for lang in LANGUAGES:
        ts = ts_dir / f"epn_{lang}.ts"
        cmd = [tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en"]
        cmd += ["-target-language", lang, *sources(), "-ts", str(ts)]
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)


def compile_(ts_dir: Path = TRANSLATIONS, qm_dir: Path = TRANSLATIONS) -> None:
    for lang in LANGUAGES:
        ts, qm = ts_dir / f"epn_{lang}.ts", qm_dir / f"epn_{lang}.qm"
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action == "update":
        update()
    elif action == "compile":
        compile_()
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)

"""The kiosk's start loads the modules of the windows it shows at start, not the others."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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


def test_the_screen_does_not_load_the_windows_it_does_not_show_at_start() -> None:
    code = (
        "import json, sys, ui.kiosk.app, kiosk.screen_link\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('ui.'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert set(json.loads(result.stdout)) & DEFERRED == set()

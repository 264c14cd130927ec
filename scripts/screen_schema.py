"""Write kiosk/protocol/screen_schema.py from the socket's pydantic models.

Run after changing a model that crosses the station service's socket (kiosk/protocol/screen.py
and the models it carries): ``.venv/bin/python scripts/screen_schema.py``.
tests/unit/kiosk/test_screen_lite.py fails while the committed file differs.
"""

from __future__ import annotations

import pprint
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.protocol.screen import lite_schema  # noqa: E402

TARGET = ROOT / "kiosk" / "protocol" / "screen_schema.py"
HEADER = '''"""What the station service sends the visitor's screen, as JSON Schema: GENERATED, do not edit.

Written by ``python scripts/screen_schema.py`` from the pydantic models of
kiosk/protocol/screen.py (their one definition); read by kiosk/protocol/lite.py in the screen,
which loads no pydantic. tests/unit/kiosk/test_screen_lite.py checks it is up to date.
"""

from __future__ import annotations

from typing import Any

'''


def main() -> None:
    body = pprint.pformat(lite_schema(), width=100, sort_dicts=False)
    TARGET.write_text(f"{HEADER}SCHEMA: dict[str, Any] = {body}\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(TARGET)], check=False)
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

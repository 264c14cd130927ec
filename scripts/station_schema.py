"""Write kiosk/protocol/station_schema.py from the pydantic models of the server's answers.

Run after changing a model a station reads from the server, sends it or keeps (kiosk/protocol/station_answers.py
lists them): ``.venv/bin/python scripts/station_schema.py``.
tests/unit/kiosk/test_station_lite.py fails while the committed file differs.
"""

from __future__ import annotations

import pprint
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.protocol.station_answers import answers_schema  # noqa: E402

TARGET = ROOT / "kiosk" / "protocol" / "station_schema.py"
HEADER = '''"""What a station reads, sends and keeps, as JSON Schema: GENERATED, do not edit.

Written by ``python scripts/station_schema.py`` from the pydantic models listed in
kiosk/protocol/station_answers.py (their one definition); read by kiosk/protocol/lite.py
(``read_answer``, ``read_commands``, ``write_request``, ``station_record``) without pydantic. tests/unit/kiosk/test_station_lite.py
checks it is up to date.
"""

from __future__ import annotations

from typing import Any

'''


def render() -> str:
    body = pprint.pformat(answers_schema(), width=100, sort_dicts=False)
    return f"{HEADER}ANSWERS_SCHEMA: dict[str, Any] = {body}\n"


def main() -> None:
    TARGET.write_text(render(), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(TARGET)], check=False)
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

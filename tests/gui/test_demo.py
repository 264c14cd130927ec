"""``epn demo --offscreen --screenshots``: the whole product on sample data, screens saved."""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from pathlib import Path

from PySide6.QtGui import QImage

from tests.helpers.processes import epn_command

SCREENS = {
    "lock-screen-fr.png": (1280, 800),
    "lock-screen-nl.png": (1280, 800),
    "lock-screen-en.png": (1280, 800),
    "session-bar.png": (1280, 72),
    "console.png": (1100, 520),
}


def ink_fraction(image: QImage) -> float:
    """Share of sampled pixels that differ from the most common colour (the background)."""
    colours = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    )
    total = sum(colours.values())
    return 1 - colours.most_common(1)[0][1] / total


def test_demo_drives_a_session_and_saves_each_screen(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            *epn_command(),
            "demo",
            "--offscreen",
            "--screenshots",
            str(shots),
            "--quit-after",
            "60",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "staff console login: animateur / " in result.stdout
    assert (tmp_path / "data" / "epn-demo.db").exists()
    for name, (width, height) in SCREENS.items():
        image = QImage(str(shots / name))
        assert not image.isNull(), f"{name} missing"
        assert (image.width(), image.height()) == (width, height), name
        # Rendered text and widgets, not a blank or single-colour grab.
        assert ink_fraction(image) > 0.01, f"{name} looks blank"

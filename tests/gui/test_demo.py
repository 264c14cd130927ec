"""``epn demo --offscreen --screenshots``: the whole product on sample data, every screen saved."""

from __future__ import annotations

import json
import os
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from tests.helpers.processes import epn_command
from ui.demo_console import CONSOLE_SIZE, expected_console_shots
from ui.demo_screens import SCREENS, check_shot, expected_shots, shot_language

#: every kiosk screen in fr, nl and en, normal and large text, as a visitor's 1280×800 screen
SHOTS = {name: (1280, 800) for name in expected_shots(SCREENS)}
SHOTS.update({name: CONSOLE_SIZE for name in expected_console_shots()})


def colours(image: QImage, step: int = 2) -> Counter[int]:
    return Counter(
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def ink_fraction(image: QImage) -> float:
    """Share of sampled pixels that differ from the most common colour (the background)."""
    counted = colours(image)
    return 1 - counted.most_common(1)[0][1] / sum(counted.values())


def centre_ink(image: QImage) -> float:
    """Ink in the middle of the image: a grab clipped to a corner or an edge has none there."""
    w, h = image.width(), image.height()
    return ink_fraction(image.copy(w // 4, h // 4, w // 2, h // 2))


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("demo")
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            *epn_command(),
            "demo",
            "--offscreen",
            "--screenshots",
            str(out),
            "--quit-after",
            "200",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=260,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "staff console login: animateur / " in result.stdout
    assert (tmp_path / "data" / "epn-demo.db").exists()
    return out


def test_every_screen_is_saved_in_each_language_and_look(shots: Path) -> None:
    saved = {path.name for path in shots.glob("*.png")}
    assert saved == set(SHOTS)


@pytest.mark.parametrize("name", sorted(SHOTS))
def test_screenshot_is_drawn_whole(shots: Path, name: str) -> None:
    image = QImage(str(shots / name))
    assert not image.isNull(), f"{name} missing"
    assert (image.width(), image.height()) == SHOTS[name]
    # rendered text and widgets, not a blank, black or single-colour grab
    assert len(colours(image, step=4)) >= 8, f"{name}: too few colours"
    assert ink_fraction(image) > 0.03, f"{name} looks blank"
    assert centre_ink(image) > 0.01, f"{name}: nothing in the middle"


def test_the_manifest_says_which_checks_ran_on_each_picture(shots: Path) -> None:
    """Each picture's entry: the screen checks (ui/checks) that ran on it and their findings."""
    manifest = json.loads((shots / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest) == set(SHOTS)
    for name, entry in manifest.items():
        assert {"contrast", "layout"} <= set(entry["checks"]), name
        assert ("language" in entry["checks"]) == (shot_language(name) != "en"), name
        for finding in entry["findings"]:
            assert set(finding) == {"check", "widget", "text", "detail"}
            assert finding["check"] in entry["checks"]


def test_the_shot_check_finds_a_clipped_text_in_the_shots_language(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 100)
    label = QLabel("Votre temps d'ordinateur du jour est épuisé. Il revient demain à 9 h.", window)
    label.setGeometry(10, 10, 120, 30)
    button = QPushButton("OK", window)
    button.setGeometry(10, 50, 80, 40)
    english = QLabel("Step away", window)
    english.setGeometry(150, 50, 140, 40)
    window.show()

    checked = check_shot("lock-screen-fr-large.png", [window])

    found = {(f["check"], f["text"]) for f in checked["findings"]}
    assert found == {("layout", label.text()), ("language", "Step away")}


def test_no_findings_on_any_picture(shots: Path) -> None:
    """What the screen checks (ui/checks) see on every picture: nothing wrong."""
    manifest = json.loads((shots / "manifest.json").read_text(encoding="utf-8"))
    findings = {
        name: [f"[{f['check']}] {f['widget']}: {f['text']!r}: {f['detail']}" for f in found]
        for name, entry in sorted(manifest.items())
        if (found := entry["findings"])
    }
    assert findings == {}

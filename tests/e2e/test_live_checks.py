"""The screen checks on the real program: a visit per language, under Xvfb, with real processes.

At each step of a visit (the lock screen, a refused card, the PIN step, the rules, the session
bar, its warning, the "End my session?" question, the end screen) the test captures the real X
display (not an offscreen rendering) and the kiosk runs the same checks as the screenshot runs
(ui/checks) on that picture with its live widget tree (ui/kiosk/live_checks.py). The pictures
stay in the test's folder (printed) for whoever reads a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from admin.api.serving import free_port
from tests.helpers.epn import (
    CARD,
    PIN,
    SITE,
    focus_kiosk,
    kiosk_env,
    run_epn,
    seed,
    server_up,
    xdotool,
)
from tests.helpers.live_screen import LiveChecks, centre, control, wait_after
from tests.helpers.processes import Process, epn_command, wait_until

pytestmark = pytest.mark.e2e

#: one visitor per language: each meets the rules (accepted once a day) on their first visit
CARDS = {"fr": CARD, "nl": "2100005679", "en": "2100005680"}
LANGUAGE_BUTTONS = {"nl": "Nederlands", "en": "English"}
#: a two-minute session warned 6 s after it starts (the steps before take about 2 s)
SESSION_MINUTES, WARNING_SECONDS = 2, 114


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The server on a seeded database, for all three visits: its URL and the station token."""
    folder = tmp_path_factory.mktemp("live-server")
    db = folder / "epn.db"
    token = seed(db)
    for card in (CARDS["nl"], CARDS["en"]):
        run_epn(
            "visitor", "add", card, "--category", "adult", "--db", str(db),
            env={**os.environ, "EPN_PIN": PIN},
        )  # fmt: skip
    for language in ("fr", "nl", "en"):
        rules = folder / f"charter-{language}.txt"
        rules.write_text(f"1. {RULES[language]}\n2. {RULES[language]}\n", "utf-8")
        run_epn("site", "charter", SITE, "--lang", language, "--file", str(rules), "--db", str(db))
    run_epn(
        "policy", "set", "*", "--session", str(SESSION_MINUTES), "--daily", "60", "--weekly",
        "300", "--db", str(db),
    )  # fmt: skip
    run_epn("rules", "set", "*", "--warnings", str(WARNING_SECONDS), "--db", str(db))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    try:
        wait_until(lambda: server_up(url), message="the server did not answer")
        yield url, token
    finally:
        process.stop()


RULES = {
    "fr": "Respectez les autres visiteurs et le matériel.",
    "nl": "Respecteer de andere bezoekers en het materiaal.",
    "en": "Respect the other visitors and the equipment.",
}


class Visit:
    """One visitor's steps on the real screen, each checked."""

    def __init__(self, display: str, kiosk: Process, checks: LiveChecks) -> None:
        self.display = display
        self.kiosk = kiosk
        self.checks = checks
        self.failures: list[str] = []
        self.answer: dict[str, Any] = {}
        self.mark = 0  # the kiosk's lines before the last action

    def wait(self, pattern: str, timeout: float = 20.0) -> str:
        """The kiosk's line matching ``pattern`` since the last action."""
        return wait_after(self.kiosk, self.mark, pattern, timeout)

    def look(self, step: str) -> dict[str, Any]:
        """Capture and check the screen; a failure is kept, so every step is seen."""
        self.answer = self.checks.check(step)
        findings = self.answer["findings"]
        if findings:
            listed = "\n".join(
                f"  [{f['check']}] {f['window']}: {f['widget']}: {f['text']!r}: {f['detail']}"
                for f in findings
            )
            self.failures.append(f"step {step!r} ({self.answer['picture']}):\n{listed}")
        return self.answer

    def click(self, path_end: str = "", text: str = "") -> None:
        x, y = centre(control(self.answer, path_end, text))
        self.mark = len(self.kiosk.lines)
        xdotool(self.display, "mousemove", "--sync", x, y, "click", "1")

    def type(self, text: str) -> None:
        self.mark = len(self.kiosk.lines)
        xdotool(self.display, "type", "--delay", "30", text)
        xdotool(self.display, "key", "Return")


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_every_step_of_a_visit_passes_the_screen_checks_on_the_real_display(
    language: str, server: tuple[str, str], tmp_path: Path, xvfb_display: str
) -> None:
    url, token = server
    pictures = tmp_path / f"live-{language}"
    print(f"live captures: {pictures}")
    env = {**kiosk_env(xvfb_display), "EPN_LIVE_CHECKS": str(tmp_path / "requests")}
    kiosk = Process(
        [
            *epn_command(),
            "kiosk",
            "--server",
            url,
            "--token",
            token,
            "--state-dir",
            str(tmp_path / "station"),
        ],
        env,
        "kiosk",
    )
    visit = Visit(xvfb_display, kiosk, LiveChecks(xvfb_display, tmp_path / "requests", pictures))
    try:
        kiosk.wait_for_line("live checks: answering")
        kiosk.wait_for_line("lock screen shown")
        focus_kiosk(xvfb_display)
        visit.look("1-lock" if language == "fr" else "0-lock-before-the-language")
        if language != "fr":
            visit.click(text=LANGUAGE_BUTTONS[language])
            visit.wait(f"language: {language}")
            visit.look("1-lock")
            visit.click(path_end="/QLineEdit")  # the card number field, for the next visitor
        visit.type("9999999999")
        asked = visit.wait("sign-in: PIN asked|sign-in refused")
        if "PIN asked" in asked:
            visit.type("0000")
        visit.wait("sign-in refused")
        visit.look("2-refused")
        if "PIN asked" in asked:
            visit.mark = len(kiosk.lines)
            xdotool(xvfb_display, "key", "Escape")  # back to the card number
        visit.type(CARDS[language])
        visit.wait("lock screen asks for the PIN")
        visit.look("3-pin")
        visit.type(PIN)
        visit.wait("charter shown")
        visit.look("4-charter")
        visit.click(path_end="/Primary")
        visit.wait("session bar shown")
        visit.look("5-session-bar")
        visit.wait("warning banner shown", timeout=30)
        visit.look("6-warning")
        visit.click(path_end="/EndSession")
        visit.wait("end of session asked to be confirmed")
        visit.look("7-confirm-end")
        visit.click(path_end="/ConfirmEnd")
        visit.wait("end screen shown")
        visit.look("8-end-screen")
    finally:
        kiosk_code = kiosk.stop()

    assert not visit.failures, "the screen checks found, on the real display:\n" + "\n".join(
        visit.failures
    )
    assert kiosk_code == 0, "\n".join(kiosk.lines)
    assert not any("Traceback" in line for line in kiosk.lines), "\n".join(kiosk.lines)

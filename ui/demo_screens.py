"""The pictures of ``epn demo --screenshots``: every kiosk screen, state and dialog, saved as PNGs.

Each screen is reached by the kiosk's own code (the real flow where a sample visitor can walk
it, else the controller's handler for what the station reports) and saved in French, Dutch and
English, in normal text, large text and high contrast: ``<screen>-<lang>.png``,
``<screen>-<lang>-large.png`` and ``<screen>-<lang>-contrast.png``, all 1280×800. Windows that
float over the visitor's desktop (session bar, warning, dialogs) are drawn in place over a
neutral desktop. A shot is saved once two grabs in a row are identical (the layout has settled)
and every text fits; ``manifest.json`` lists each picture's screen, state, language, text size
and contrast, which screen checks (ui/checks) ran on it and what they found, for
tests/gui/test_demo.py. The steps are in
ui/demo_kiosk.py (kiosk) and ui/demo_console.py (console).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QWidget

from kiosk.protocol.sites import ExceptionalDay
from ui.theme import LARGE_TEXT_FACTOR

log = logging.getLogger("epn.ui.demo")

SCREEN_SIZE = (1280, 800)
LANGUAGES = ("fr", "nl", "en")
#: The kiosk's looks: what its text size switch and "high contrast" toggle give (text size,
#: contrast); "large" is the largest size (×2).
LOOKS: dict[str, tuple[float, bool]] = {
    "normal": (1.0, False),
    "large": (LARGE_TEXT_FACTOR, False),
    "contrast": (1.0, True),
}
#: Polls a shot waits for its texts to fit before it is saved anyway (and reported).
PATIENCE = 20

Step = tuple[str, Callable[[], bool], Callable[[], None]]


def shot_name(screen: str, language: str, look: str = "normal") -> str:
    return f"{screen}-{language}{'' if look == 'normal' else '-' + look}.png"


def expected_shots(screens: tuple[str, ...]) -> list[str]:
    return [shot_name(s, code, look) for s in screens for look in LOOKS for code in LANGUAGES]


def look_meta(language: str, look: str = "normal") -> dict[str, str]:
    """What the manifest says of a picture's language, text size and contrast."""
    text_size, contrast = LOOKS[look]
    return {
        "language": language,
        "text_size": "large" if text_size > 1.0 else "normal",
        "contrast": "high" if contrast else "normal",
    }


def shot_language(name: str) -> str:
    """The language a shot is in, from its name (``<screen>-<lang>[-<look>].png``)."""
    found = re.search(r"-(fr|nl|en)(?=[-.])", name)
    return found.group(1) if found else "en"


def check_shot(name: str, windows: list[QWidget]) -> dict[str, Any]:
    """The screen checks (ui/checks) over the windows of a shot, for its manifest entry:
    ``{"checks": [...], "findings": [...]}``. The console's shots call it the same way."""
    from ui.checks import check_screen

    return check_screen(windows, shot_language(name)).to_json()


def clipped_texts(window: QWidget) -> list[str]:
    """Texts the layout check finds elided, cut, hidden or out of reach on ``window``."""
    from ui.checks import check_window

    return [finding.text for finding in check_window(window, checks=("layout",))]


def layout_settling(windows: list[QWidget]) -> bool:
    """Some text does not fit yet (the layout may still be settling)."""
    return any(clipped_texts(window) for window in windows)


def desktop(parts: list[tuple[QWidget, QPoint | None]]) -> QImage:
    """Top-level windows drawn over a neutral desktop with a document open; None: centred."""
    width, height = SCREEN_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 0, height)
    gradient.setColorAt(0, QColor("#4a5d70"))
    gradient.setColorAt(1, QColor("#2e3b48"))
    painter.fillRect(image.rect(), gradient)
    # the visitor's work, behind the kiosk's windows
    page = QRect(160, 120, width - 320, height - 160)
    painter.fillRect(page, QColor("#f4f4f2"))
    painter.fillRect(QRect(page.x(), page.y(), page.width(), 36), QColor("#d5d9de"))
    for row in range(8):
        line = QRect(page.x() + 60, page.y() + 90 + row * 44, page.width() - 120 - row % 3 * 90, 14)
        painter.fillRect(line, QColor("#c9ced4"))
    for widget, where in parts:
        if where is None:
            where = QPoint((width - widget.width()) // 2, (height - widget.height()) // 2)
        painter.drawPixmap(where, widget.grab())
    painter.end()
    return image


@dataclass
class Shot:
    """One screen in one language and look: how to reach it and how to draw it."""

    name: str
    prepare: Callable[[], None]
    #: the image, or None while the screen is not up yet
    render: Callable[[], QImage | None]
    #: the windows checked (ui/checks), those drawn over others last
    windows: Callable[[], list[QWidget]]
    #: for the manifest: screen, state, language, text size, contrast (and dialog, refusal…)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Shooter:
    """Saves shots once settled; keeps a manifest of sizes, checks run and their findings."""

    out_dir: Path
    manifest: dict[str, Any] = field(default_factory=dict)
    #: what each picture shows, merged into the manifest when it is written
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)
    _last: QImage | None = None
    _polls: int = 0
    #: PNG encoding (a quarter of the run's time) goes on beside the next shot's layout
    _saver: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1))
    _saving: list[tuple[Path, Future[bool]]] = field(default_factory=list)

    def steps(self, shot: Shot) -> list[Step]:
        def settled() -> bool:
            image = shot.render()
            if image is None:
                self._last = None
                return False
            same = self._last is not None and image == self._last
            self._last = image
            self._polls += 1
            if same and (self._polls >= PATIENCE or not layout_settling(shot.windows())):
                self._save(shot.name, image, check_shot(shot.name, shot.windows()))
                return True
            return False

        def start() -> None:
            self._last, self._polls = None, 0
            self.meta[shot.name] = shot.meta
            shot.prepare()

        return [(f"prepare {shot.name}", lambda: True, start), (shot.name, settled, _nothing)]

    def _save(self, name: str, image: QImage, checked: dict[str, Any]) -> None:
        path = self.out_dir / name
        # QImage is reentrant: its own copy is encoded on the saver's thread
        self._saving.append((path, self._saver.submit(image.save, str(path))))
        for finding in checked["findings"]:
            log.warning("%s: %s", name, finding)
        self.manifest[name] = {"size": [image.width(), image.height()], **checked}

    def wait_saved(self) -> None:
        """Every picture on disk; raises for one that could not be written."""
        for path, saved in self._saving:
            if not saved.result():
                raise RuntimeError(f"could not write {path}")
            print(f"  saved {path}", flush=True)
        self._saving.clear()

    def write_manifest(self) -> None:
        self.wait_saved()
        for name, meta in self.meta.items():
            if name in self.manifest:
                self.manifest[name] = {**meta, **self.manifest[name]}
        (self.out_dir / "manifest.json").write_text(
            json.dumps(self.manifest, indent=2, ensure_ascii=False), encoding="utf-8"
        )


def _nothing() -> None:
    return None


def whole_window(widget: QWidget) -> Callable[[], QImage | None]:
    """A kiosk window that covers the screen (windowed at 1280×800 in the demo)."""

    def render() -> QImage | None:
        if not widget.isVisible() or (widget.width(), widget.height()) != SCREEN_SIZE:
            return None
        return widget.grab().toImage()

    return render


def on_desktop(*windows: Callable[[], tuple[QWidget, QPoint | None]]) -> Callable[[], Any]:
    """Windows drawn where they are (or centred) over the desktop, once all are shown."""

    def render() -> QImage | None:
        parts = [window() for window in windows]
        if not all(widget.isVisible() for widget, _ in parts):
            return None
        return desktop(parts)

    return render


def time_used_up(store: Any, site: str, category: str, timezone: str) -> Callable[[], None]:
    """No time left today for ``category``, back tomorrow at 9:00; returns how to undo it."""
    from admin.demo.sample import POLICIES
    from admin.rules import grant as policy
    from admin.rules.allowances import PolicyAdmin
    from admin.sites.settings import SiteService

    service = SiteService(store)
    policies = PolicyAdmin(store)
    before = service.hours(None, site)
    today = datetime.now(UTC).astimezone(ZoneInfo(timezone)).date()
    later = before.model_copy(deep=True)
    # tomorrow the room opens at 9:00 (and stays open around the clock today)
    later.exceptions.append(
        ExceptionalDay(date=(today + timedelta(days=1)).isoformat(), hours=["09:00-18:00"])
    )
    service.put_hours(None, site, later)
    session, daily, weekly = POLICIES[category]
    policies.set(None, category, policy.Limits(session, 0, weekly), site)

    def undo() -> None:
        policies.set(None, category, policy.Limits(session, daily, weekly), site)
        service.put_hours(None, site, before)

    return undo


#: Each sentence the lock screen can say when a sign-in does not go through, as the state of a
#: ``refusal-<state>`` picture: the refusal code it answers (the kiosk's own checks: "") and,
#: for a refused ticket, why. tests/gui/test_demo.py checks that every code and ticket reason
#: ui/kiosk/messages.py translates has its pictures.
REFUSALS: dict[str, tuple[str, str]] = {
    "no-time-left": ("NO_TIME_LEFT", ""),  # the real flow: used up today, back tomorrow 9:00
    "no-time-left-week": ("NO_TIME_LEFT", ""),
    "no-time-left-tomorrow": ("NO_TIME_LEFT", ""),
    "closed": ("CLOSED", ""),
    "closed-no-hours": ("CLOSED", ""),
    "card-blocked": ("ACCOUNT_DISABLED", ""),
    "card-blocked-until": ("ACCOUNT_DISABLED", ""),
    "not-recognised": ("UNKNOWN_IDENTIFIER", ""),
    "wrong-pin": ("BAD_CREDENTIALS", ""),
    "pin-empty": ("", ""),
    "lockout": ("LOCKED_OUT", ""),  # too many tries: back in 15 minutes
    "lockout-minute": ("LOCKED_OUT", ""),
    "lockout-unknown": ("LOCKED_OUT", ""),
    "elsewhere": ("SIGNED_IN_ELSEWHERE", ""),
    "elsewhere-silent": ("SIGNED_IN_ELSEWHERE", ""),
    "elsewhere-unknown": ("SIGNED_IN_ELSEWHERE", ""),
    "station-disabled": ("STATION_DISABLED", ""),
    "unregistered": ("UNAUTHENTICATED", ""),
    "offline": ("OFFLINE", ""),
    "unreachable": ("", ""),  # no answer at all
    "other": ("INVALID_REQUEST", ""),  # a code without a sentence of its own
    "error": ("", ""),  # not an answer of the server: a bug
    "empty": ("", ""),
    "ticket-empty": ("", ""),
    "ticket-unknown": ("TICKET_INVALID", "unknown"),
    "ticket-used": ("TICKET_INVALID", "used"),
    "ticket-expired": ("TICKET_INVALID", "expired"),
    "ticket-not-yet-valid": ("TICKET_INVALID", "not_yet_valid"),
    "ticket-wrong-site": ("TICKET_INVALID", "wrong_site"),
    "ticket-other": ("TICKET_INVALID", ""),
    "charter-refused": ("", ""),
    # a station held for someone else (kiosk/protocol/holds.py), and the session code step
    "held-group": ("STATION_HELD", ""),
    "held-number": ("STATION_HELD", ""),
    "held-yours": ("STATION_HELD", ""),
    "held-other": ("STATION_HELD", ""),
    "held-wrong-code": ("STATION_HELD", ""),
    "hold-elsewhere": ("HOLD_ELSEWHERE", ""),
    # a library card refused by the library system (SIP2: admin/auth/sip2.py)
    "library-fines": ("FINES_DUE", ""),
    "library-expired": ("CARD_EXPIRED", ""),
    "library-blocked": ("CARD_BLOCKED", ""),
    "library-unreachable": ("SOURCE_UNREACHABLE", ""),
}

#: Why a session ends (kiosk.protocol.station.EndReason): each has an end screen and a sentence
#: on the lock screen that follows.
END_REASONS = (
    "time_up",
    "visitor",
    "staff",
    "idle",
    "closing",
    "reboot",
    "away",
    "elsewhere",
    "no_time",
    "booking",
)

#: The lock screen of a held station (kiosk/protocol/holds.py HoldNotice), and its session code
#: step: held for a group now, for the first in line, for a visitor's booking, from later today.
HELD_STATES = ("held-group", "held-number", "held-booking", "held-later", "held-code")

#: Every kiosk picture as (screen, state), in the order of the demo's session; "" is the
#: screen as it first shows.
KIOSK_SCREENS: tuple[tuple[str, str], ...] = (
    ("lock-screen", ""),
    ("refusal", "no-time-left"),
    ("charter", ""),
    ("session-bar", ""),
    ("session-bar", "collapsed"),
    ("session-bar", "app-failed"),
    ("session-bar", "time-added"),
    ("session-bar", "desk-call"),
    ("session-bar", "desk-answered"),
    ("end-confirmation", ""),
    ("staff-message", ""),
    ("lock-screen", "staff-locked"),
    ("away", ""),
    ("away", "wrong"),
    ("staff-sign-in", ""),
    ("staff-sign-in", "wrong"),
    ("staff-panel", ""),
    ("staff-minutes", ""),
    ("staff-confirm", "end"),
    ("staff-confirm", "quit"),
    ("staff-panel", "time-added"),
    ("warning", ""),
    ("warning", "booking"),
    ("warning", "idle"),
    *(("end", reason.replace("_", "-")) for reason in END_REASONS),
    ("end", "cleaned"),
    ("lock-screen", "offline"),
    ("lock-screen", "ticket"),
    ("lock-screen", "pin"),
    ("lock-screen", "out-of-order"),
    ("lock-screen", "fault"),
    ("lock-screen", "desk-call"),
    ("lock-screen", "desk-answered"),
    *(("lock-screen", state) for state in HELD_STATES),
    *(("lock-screen", "ended-" + reason.replace("_", "-")) for reason in END_REASONS),
    *(("refusal", state) for state in REFUSALS if state != "no-time-left"),
    ("staff-panel", "no-session"),
    ("maintenance", ""),
)


def screen_id(screen: str, state: str) -> str:
    return f"{screen}-{state}" if state else screen


#: The kiosk pictures' names without language and look, in the order of the session.
SCREENS = tuple(screen_id(screen, state) for screen, state in KIOSK_SCREENS)

"""The scripted session of ``epn demo --screenshots``: every kiosk screen, saved as a PNG.

Each screen is reached by the real flow (the kiosk signs a sample visitor in against the demo's
server) and saved in French, Dutch and English, in normal and in large text:
``<screen>-<lang>.png`` and ``<screen>-<lang>-large.png``, all 1280×800. Windows that float over
the visitor's desktop (session bar, warning, staff windows) are drawn in place over a neutral
desktop. A shot is saved once two grabs in a row are identical (the layout has settled) and
every text fits; ``manifest.json`` lists what did not fit, for tests/gui/test_demo.py.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QScrollArea,
    QWidget,
)

from kiosk.protocol.sites import ExceptionalDay
from ui.kiosk.session_bar import ElidedLabel
from ui.theme import LARGE_TEXT_FACTOR

log = logging.getLogger("epn.ui.demo")

SCREEN_SIZE = (1280, 800)
LANGUAGES = ("fr", "nl", "en")
LOOKS = (False, True)  # large text off, on
#: Polls a shot waits for its texts to fit before it is saved anyway (and reported).
PATIENCE = 20

Step = tuple[str, Callable[[], bool], Callable[[], None]]


def shot_name(screen: str, language: str, large: bool) -> str:
    return f"{screen}-{language}{'-large' if large else ''}.png"


def expected_shots(screens: tuple[str, ...]) -> list[str]:
    return [shot_name(s, code, large) for s in screens for large in LOOKS for code in LANGUAGES]


def clipped_texts(window: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit their box or the window."""
    bounds = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisibleTo(window):
            continue
        text = widget.text()
        if not text or _in_scroll_area(widget, window) or isinstance(widget, ElidedLabel):
            continue  # an ElidedLabel ends with "…" on purpose when squeezed
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            fits = size.height() >= widget.heightForWidth(size.width()) - 1
        else:
            hint = widget.sizeHint()
            fits = size.width() >= hint.width() - 1 and size.height() >= hint.height() - 1
        box = QRect(widget.mapTo(window, QPoint(0, 0)), size)
        if not fits or not bounds.contains(box):
            found.append(text)
    return found


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area whose content is larger than its view: it scrolls on purpose."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            view = parent.viewport().size()
            content = parent.widget().size() if isinstance(parent, QScrollArea) else view
            return content.width() > view.width() or content.height() > view.height()
        parent = parent.parentWidget()
    return False


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
    #: the windows whose texts must fit
    windows: Callable[[], list[QWidget]]


@dataclass
class Shooter:
    """Saves shots once settled; keeps a manifest of sizes and texts that did not fit."""

    out_dir: Path
    manifest: dict[str, Any] = field(default_factory=dict)
    _last: QImage | None = None
    _polls: int = 0

    def steps(self, shot: Shot) -> list[Step]:
        def settled() -> bool:
            image = shot.render()
            if image is None:
                self._last = None
                return False
            same = self._last is not None and image == self._last
            self._last = image
            self._polls += 1
            clipped = [t for w in shot.windows() for t in clipped_texts(w)]
            if same and (not clipped or self._polls >= PATIENCE):
                self._save(shot.name, image, clipped)
                return True
            return False

        def start() -> None:
            self._last, self._polls = None, 0
            shot.prepare()

        return [(f"prepare {shot.name}", lambda: True, start), (shot.name, settled, _nothing)]

    def _save(self, name: str, image: QImage, clipped: list[str]) -> None:
        path = self.out_dir / name
        if not image.save(str(path)):
            raise RuntimeError(f"could not write {path}")
        if clipped:
            log.warning("%s: texts that do not fit: %s", name, clipped)
        self.manifest[name] = {"size": [image.width(), image.height()], "clipped": clipped}
        print(f"  saved {path}", flush=True)

    def write_manifest(self) -> None:
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


#: The screens saved, in the order of the session.
SCREENS = (
    "lock-screen",
    "refusal",
    "charter",
    "session-bar",
    "warning",
    "away",
    "staff-sign-in",
    "staff-panel",
    "end",
)


def session_steps(
    kiosk: Any,
    console: Any,
    store: Any,
    sample: dict[str, Any],
    shooter: Shooter,
) -> list[Step]:
    """Lock screen → a refusal → sign-in with PIN → charter → session bar → warning →
    lock while away → staff sign-in and panel → end of session, and the console on the way."""
    from kiosk.protocol.room import StationState
    from kiosk.protocol.station import EndReason
    from ui.kiosk.app import KioskProgram

    assert isinstance(kiosk, KioskProgram)
    controller = kiosk.controller
    lock, bar, banner = kiosk.lock_screen, kiosk.session_bar, kiosk.banner
    charter, away, staff = controller.charter_screen, controller.away_screen, controller.staff
    enabled = [v for v in sample["visitors"] if v.get("enabled", True)]
    visitor = next(v for v in enabled if v["pin"])  # signs in with a PIN, then stays
    refused = next(v for v in enabled if not v["pin"])  # has no time left today
    station_name = next(iter(sample["stations"]))
    steps: list[Step] = []
    undo: list[Callable[[], None]] = []

    def look(large: bool) -> None:
        # what the lock screen's switch does: its largest size
        controller.windows.apply_look(LARGE_TEXT_FACTOR if large else 1.0, False)

    def by_buttons(buttons: dict[str, Any]) -> Callable[[str], None]:
        return lambda code: buttons[code].click()  # the screen's own language switch

    def shots(
        screen: str,
        switch: Callable[[str], None],
        render: Callable[[], QImage | None],
        windows: Callable[[], list[QWidget]],
        before: Callable[[], None] = _nothing,
    ) -> None:
        for large in LOOKS:
            for code in LANGUAGES:

                def prepare(code: str = code, large: bool = large) -> None:
                    look(large)
                    switch(code)
                    before()  # after the switch: what it shows is said in this language

                shot = Shot(shot_name(screen, code, large), prepare, render, windows)
                steps.extend(shooter.steps(shot))

    def step(name: str, ready: Callable[[], bool], act: Callable[[], None] = _nothing) -> None:
        steps.append((name, ready, act))

    def in_place(widget: QWidget, centred: bool = False) -> Callable[[], Any]:
        return lambda: (widget, None if centred else widget.pos())

    def sign_in(identifier: str) -> None:
        lock.reset()
        lock.identifier_edit.setText(identifier)
        lock.identifier_edit.returnPressed.emit()

    def use_up_time() -> None:
        info = kiosk.agent.station_info
        site = sample["site"]
        undo.append(time_used_up(store, site, refused["category"], info.timezone))

    def give_time_back() -> None:
        while undo:
            undo.pop()()

    def type_pin() -> None:
        lock.pin_edit.setText(visitor["pin"])
        lock.pin_edit.returnPressed.emit()

    def unlock() -> None:
        away.secret_edit.setText(visitor["pin"])
        away.unlock_button.click()

    def staff_sign_in() -> None:
        dialog = staff.sign_in_dialog
        dialog.username_edit.setText(sample["staff"]["username"])
        dialog.secret_edit.setText(sample["staff"]["password"])

    def warn() -> None:
        view = kiosk.agent.view()
        if view is not None:
            # the agent's warning at 5 minutes, without waiting 55 minutes for it
            controller._session_will_end(view, 300)

    def keep_end_screen() -> None:
        # it goes once read and the computer is clean: begin again for each language
        kiosk.end_screen.begin(EndReason.VISITOR)

    def console_shows_session() -> bool:
        window = getattr(console, "window", None)
        if window is None:
            return False
        room = window.views[0]
        row = room.model.row_of(station_name)
        return row is not None and room.model.station_at(row).state == StationState.IN_USE

    lock_shot = whole_window(lock)
    step("lock screen ready", lambda: lock.isVisible() and bool(lock.station_name))
    shots("lock-screen", by_buttons(lock.language_buttons), lock_shot, lambda: [lock])

    # a refusal with its time filled in: no time left today, back tomorrow at 9:00
    step("time used up", lambda: kiosk.agent.station_info is not None, use_up_time)
    step("sign-in without time", lambda: True, lambda: sign_in(refused["identifier"]))
    step("refused", lambda: bool(lock.message_text) and lock.submit_button.isEnabled())
    shots("refusal", by_buttons(lock.language_buttons), lock_shot, lambda: [lock])
    step("time back", lambda: True, give_time_back)

    step("type card number", lambda: True, lambda: sign_in(visitor["identifier"]))
    step("type PIN", lock.pin_edit.isVisible, type_pin)
    step("charter shown", charter.isVisible)
    shots("charter", by_buttons(charter.language_buttons), whole_window(charter), lambda: [charter])
    step("accept the charter", lambda: True, charter.accept_button.click)

    step("session bar shown", lambda: bar.isVisible() and kiosk.agent.view() is not None)
    bar_shot = on_desktop(in_place(bar))
    shots("session-bar", controller.set_language, bar_shot, lambda: [bar])
    step("console shows the session", console_shows_session)

    shots(
        "warning",
        controller.set_language,
        on_desktop(in_place(bar), in_place(banner)),
        lambda: [bar, banner],
        before=warn,
    )
    step("warning read", lambda: True, banner.dismiss_button.click)

    step("lock while away", lambda: True, bar.away_button.click)
    step("away screen shown", away.isVisible)
    shots("away", by_buttons(away.language_buttons), whole_window(away), lambda: [away])
    step("come back", lambda: True, unlock)

    step("staff button", bar.isVisible, staff.open)
    step("staff sign-in shown", staff.sign_in_dialog.isVisible, staff_sign_in)
    dialog = staff.sign_in_dialog
    shots(
        "staff-sign-in",
        controller.set_language,
        on_desktop(in_place(bar), in_place(dialog, centred=True)),
        lambda: [dialog],
    )
    step("staff signs in", lambda: True, dialog.submit_button.click)
    step("staff panel shown", staff.panel.isVisible)
    shots(
        "staff-panel",
        controller.set_language,
        on_desktop(in_place(bar), in_place(staff.panel, centred=True)),
        lambda: [staff.panel],
    )
    step("staff panel closed", lambda: True, staff.panel.close_button.click)

    # "End session", once the visitor said yes in the confirmation
    step("end the session", lambda: not staff.panel.isVisible(), bar.end_requested.emit)
    step("end screen shown", lambda: kiosk.end_screen.isVisible())
    end = kiosk.end_screen
    shots("end", controller.set_language, whole_window(end), lambda: [end], before=keep_end_screen)
    step("computer clean", lambda: True, end.cleanup_finished)
    step("lock screen again", lambda: lock.isVisible() and not end.isVisible(), give_time_back)
    step("manifest", lambda: True, shooter.write_manifest)
    return steps

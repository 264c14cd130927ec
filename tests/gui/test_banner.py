"""The warning banner: its texts, its timing, and that it never takes the visitor's keyboard."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from admin.rules.session_rules import SessionRules
from kiosk.agent import SessionView
from kiosk.protocol.station import VisitorInfo
from tests.helpers.kiosk_gui import NO_PIN, Server, clipped, sign_in
from ui.i18n import Languages
from ui.kiosk import banner as banner_module

# fixtures: a real server, and a kiosk started against it
from ui.kiosk.app import KioskProgram
from ui.kiosk.banner import BANNER_STYLE, WarningBanner, banner_style
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.session_bar import SessionBar
from ui.kiosk.windows import KioskWindows, scale_for_height
from ui.theme import BLACK, ORANGE, PAPER, YELLOW

ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def beeps() -> list[int]:
    return []


@pytest.fixture
def banner(qtbot, beeps: list[int]) -> WarningBanner:
    widget = WarningBanner(hide_after_ms=60_000, tick_ms=10, beep=lambda: beeps.append(1))
    qtbot.addWidget(widget)
    return widget


def test_each_threshold_has_its_text_and_rings(banner: WarningBanner, beeps: list[int]) -> None:
    banner.warn(300)
    assert banner.isVisible() and banner.kind == "time"
    assert banner.title.text().startswith("5 minute")
    assert banner.detail.text().startswith("Save your work now.")
    assert banner.hide_timer.isActive()  # it goes by itself
    banner.warn(120)
    assert banner.title.text().startswith("2 minute")
    banner.warn(60)
    assert banner.title.text().startswith("1 minute")
    assert not banner.hide_timer.isActive()  # the last minute's stays
    banner.warn(30)
    assert banner.title.text().startswith("30 second")
    assert len(beeps) == 4


def test_it_sits_at_the_top_centre_below_the_session_bar(banner: WarningBanner) -> None:
    banner.warn(300)
    screen = QApplication.primaryScreen().availableGeometry()
    centre = banner.geometry().center().x()
    assert abs(centre - screen.center().x()) <= 2
    assert 72 <= banner.y() < screen.height() // 3
    assert banner.width() <= screen.width()
    banner.warn_idle(30)  # the longest text: two lines, none cut off
    banner.layout().activate()
    assert banner.detail.height() >= banner.detail.heightForWidth(banner.detail.width())


def look_windows(qtbot) -> KioskWindows:
    """The kiosk's windows as the lock screen's toggles restyle them (windowed: scale 1)."""
    lock, bar = LockScreen(), SessionBar()
    qtbot.addWidget(lock)
    qtbot.addWidget(bar)
    return KioskWindows(lock, bar, windowed=True)


def settled(banner: WarningBanner) -> WarningBanner:
    QApplication.sendPostedEvents()
    banner.row.activate()
    return banner


def colours(banner: WarningBanner) -> tuple[QColor, QColor]:
    """The banner's background (inside its border, in its margin) and its title's colour."""
    image = banner.grab().toImage()
    background = image.pixelColor(image.width() // 2, image.height() - 10)
    return background, banner.title.palette().color(QPalette.ColorRole.WindowText)


@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_larger_text_and_high_contrast_reach_the_banner(
    qtbot, banner: WarningBanner, languages: Languages, code: str
) -> None:
    windows = look_windows(qtbot)
    assert windows.add_look_window(banner) is banner
    languages.set_language(code)
    banner.warn_idle(30)  # the longest texts
    normal = (banner.title.fontInfo().pixelSize(), banner.detail.fontInfo().pixelSize())
    normal_height = settled(banner).height()
    assert clipped(banner) == []
    assert colours(banner) == (QColor(ORANGE), QColor(PAPER))

    windows.apply_look(2.0, False)  # what the lock screen's toggle does
    assert banner.styleSheet() == banner_style(text_size=2.0)
    assert banner.title.fontInfo().pixelSize() > normal[0]
    assert banner.detail.fontInfo().pixelSize() > normal[1]
    assert settled(banner).height() > normal_height  # it grew with its text
    assert clipped(banner) == []
    assert banner.y() >= SessionBar().bar_height  # below the session bar, grown too
    windows.apply_look(2.0, True)
    assert colours(banner) == (QColor(BLACK), QColor(YELLOW))
    assert clipped(settled(banner)) == []

    windows.apply_look(1.0, False)  # what the controller does when the session ends
    assert banner.styleSheet() == BANNER_STYLE
    assert (banner.title.fontInfo().pixelSize(), banner.detail.fontInfo().pixelSize()) == normal
    assert settled(banner).height() == normal_height
    assert colours(banner) == (QColor(ORANGE), QColor(PAPER))


def test_a_look_chosen_before_the_first_warning_shows_with_it(qtbot) -> None:
    normal, chosen = WarningBanner(), WarningBanner()
    qtbot.addWidget(normal)
    qtbot.addWidget(chosen)
    chosen.apply_look(2.0, True, 1.0)  # the visitor's choice, on the lock screen
    normal.warn(300)
    chosen.warn(300)
    assert chosen.title.fontInfo().pixelSize() > normal.title.fontInfo().pixelSize()
    assert colours(chosen) == (QColor(BLACK), QColor(YELLOW))
    assert clipped(settled(chosen)) == []


class Screen:
    def __init__(self, width: int, height: int) -> None:
        self.rect = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:
        return self.rect


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (3840, 2160)])
def test_large_text_fits_from_1024x768_to_4k(
    banner: WarningBanner, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    monkeypatch.setattr(banner_module.QGuiApplication, "primaryScreen", lambda: Screen(*size))
    banner.warn_idle(30)
    for large, contrast in [(1.0, False), (1.5, True), (2.0, True), (2.0, False)]:
        banner.apply_look(large, contrast, scale_for_height(size[1]))
        assert banner.width() <= size[0] - 40
        assert abs(banner.geometry().center().x() - size[0] // 2) <= 2  # on that screen
        assert banner.geometry().bottom() < size[1] // 2  # the visitor's work stays in view
        assert clipped(settled(banner)) == [], (large, contrast)


def test_a_warning_hides_by_itself(qtbot) -> None:
    banner = WarningBanner(hide_after_ms=20)
    qtbot.addWidget(banner)
    banner.warn(300)
    assert banner.isVisible()
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert banner.kind == ""


def test_dismiss_hides_even_the_last_minute(qtbot, banner: WarningBanner) -> None:
    banner.warn(60)
    with qtbot.waitSignal(banner.dismissed):
        qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    banner.warn_idle(30)
    banner.idle_cancelled()
    assert not banner.isVisible()  # the dismissed warning does not come back


def test_idle_countdown_runs_and_input_cancels_it(qtbot, beeps: list[int]) -> None:
    clock = FakeClock()
    banner = WarningBanner(tick_ms=5, clock=clock, beep=lambda: beeps.append(1))
    qtbot.addWidget(banner)
    banner.warn(60)
    banner.warn_idle(30)
    assert banner.kind == "idle"
    assert banner.title.text() == "Are you still there?"
    assert "30 second" in banner.detail.text()
    clock.now += 12
    qtbot.waitUntil(lambda: "18 second" in banner.detail.text())
    assert banner.seconds_left == 18
    banner.warn(30)  # a time warning meanwhile waits behind the idle countdown
    assert banner.kind == "idle"
    banner.idle_cancelled()
    # the last-minute warning was not dismissed: it is back, with the latest threshold
    assert banner.isVisible() and banner.kind == "time"
    assert banner.title.text().startswith("30 second")
    assert not banner.countdown_timer.isActive()
    assert len(beeps) == 2


def test_the_window_asks_the_system_never_to_focus_it(banner: WarningBanner) -> None:
    flags = banner.windowFlags()
    for flag in (
        Qt.WindowType.WindowDoesNotAcceptFocus,
        Qt.WindowType.WindowStaysOnTopHint,
        Qt.WindowType.FramelessWindowHint,
        Qt.WindowType.Tool,
    ):
        assert flags & flag == flag, flag
    assert banner.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert banner.dismiss_button.focusPolicy() == Qt.FocusPolicy.NoFocus


# The offscreen platform activates every window it shows, whatever its flags: whether the
# keyboard stays with the visitor's program is only known on a real X server.
FOCUS_PROBE = """
import json, sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from Xlib import display
from ui.i18n import Languages
from ui.kiosk import banner as banner_module
from ui.kiosk.banner import BANNER_STYLE, WarningBanner, banner_style
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.session_bar import SessionBar
from ui.kiosk.windows import KioskWindows, scale_for_height
from ui.theme import BLACK, ORANGE, PAPER, YELLOW

app = QApplication([])

def settle():
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()

work = QLineEdit()
work.show()
work.activateWindow()
work.setFocus()
settle()
result = {"before": app.focusWidget() is work and app.activeWindow() is work}
banner = WarningBanner()
banner.warn(300)
settle()
result["banner_shown"] = banner.isVisible()
result["after"] = app.focusWidget() is work and app.activeWindow() is work
x = display.Display()
window = x.create_resource_object("window", int(banner.winId()))
result["wm_input_hint"] = bool(window.get_wm_hints().input)
user_time = window.get_full_property(x.intern_atom("_NET_WM_USER_TIME"), 0)
result["user_time"] = list(user_time.value) if user_time else None
other = QLineEdit()  # the probe can see a window that does take the keyboard
other.show()
other.activateWindow()
settle()
result["control_took_focus"] = app.activeWindow() is other and app.focusWidget() is not work
print(json.dumps(result))
"""


@pytest.fixture
def x_display() -> str:
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


def test_showing_the_banner_leaves_the_keyboard_with_the_visitors_program(
    x_display: str,
) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, "-c", FOCUS_PROBE],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["before"] and probe["banner_shown"]
    assert probe["after"], "the banner took the focus"
    assert probe["wm_input_hint"] is False  # window managers are told not to focus it
    assert probe["user_time"] == [0]  # nor to activate it when it maps
    assert probe["control_took_focus"]


def view(seconds: int) -> SessionView:
    return SessionView(
        session_id="s-1",
        visitor=VisitorInfo(identifier=NO_PIN, display_name="Fatima", category="adult"),
        remaining_seconds=seconds,
        used_seconds=3600 - seconds,
        allowed_seconds=3600,
    )


def test_a_threshold_of_the_grant_shows_the_banner(
    qtbot, server: Server, kiosk: KioskProgram
) -> None:
    # The grant is 60 minutes: warned when 3599 s are left, a second after sign-in.
    SessionRules(server.store).set("adult", warning_seconds=[3599])
    kiosk.controller.set_language("en")  # the source texts, whatever the catalogues hold
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    qtbot.waitUntil(kiosk.banner.isVisible, timeout=5000)
    assert kiosk.banner.kind == "time"
    assert kiosk.banner.title.text().startswith("60 minute")
    assert kiosk.session_bar.isVisible()  # the banner is over the work, not instead of it


def test_the_controller_shows_hides_and_clears_the_banner(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    kiosk.controller.set_language("en")
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    controller, banner = kiosk.controller, kiosk.banner
    controller._session_will_end(view(60), 60)
    assert banner.isVisible() and banner.title.text().startswith("1 minute")
    controller._idle_will_end_session(45)
    assert banner.kind == "idle" and "45 second" in banner.detail.text()
    controller._idle_did_cancel()
    assert banner.kind == "time"
    kiosk.end_screen.minimum_timer.setInterval(10)
    kiosk.agent.end_session()
    qtbot.waitUntil(lambda: not banner.isVisible())  # no warning outlives the session
    qtbot.waitUntil(kiosk.lock_screen.isVisible)


def test_it_stays_below_the_session_bar_when_the_bar_grows(qtbot, banner: WarningBanner) -> None:
    bar = SessionBar()
    qtbot.addWidget(bar)
    banner.below_bar(bar.bar_height)
    bar.height_changed.connect(banner.below_bar)  # as the kiosk wires them (ui/kiosk/app.py)
    banner.warn(300)
    bar.set_text_scale(2.0)  # a bar of bigger text, and rows: higher
    assert bar.bar_height > 150
    assert banner.y() >= bar.bar_height

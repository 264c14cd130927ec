"""``epn demo``: the whole product on one machine, on sample data.

A server on an embedded SQLite file, one kiosk (windowed) and the staff console, in one
process. With ``--screenshots`` it also drives a sample session and saves a PNG of each main
screen, which is how the screens are looked at on a machine without a display.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("epn.ui.demo")

# The visitor the scripted session signs in (from admin.sample: a card with a PIN).
STEP_MS = 100
SCREEN_SIZE = (1280, 800)


class DemoScript:
    """Runs steps in order on the Qt event loop: each waits for its condition, then acts."""

    def __init__(
        self,
        steps: list[tuple[str, Callable[[], bool], Callable[[], None]]],
        *,
        on_done: Callable[[bool], None],
        step_timeout: float = 20.0,
    ) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self._steps = list(steps)
        self._on_done = on_done
        self._timeout_ms = int(step_timeout * 1000)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._timer = QTimer(objectName="demo-script")
        self._timer.timeout.connect(self._poll)
        self._timer.start(STEP_MS)

    def _poll(self) -> None:
        if not self._steps:
            self._timer.stop()
            self._on_done(True)
            return
        name, ready, act = self._steps[0]
        if ready():
            log.info("demo step: %s", name)
            act()
            self._steps.pop(0)
            self._elapsed.restart()
        elif self._elapsed.elapsed() > self._timeout_ms:
            log.error("demo step timed out: %s", name)
            self._timer.stop()
            self._on_done(False)


def run_demo(
    *,
    offscreen: bool,
    screenshots: Path | None,
    quit_after: float | None,
    data_dir: Path | None,
    port: int = 0,
) -> int:
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ui.lifecycle import quit_on_signals, setup_logging

    setup_logging()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from admin.api import create_app
    from admin.notify import Notifier
    from admin.sample import seed_demo
    from admin.serving import BackgroundServer
    from admin.store import Store
    from admin.sweeper import Sweeper
    from kiosk.config import PathsConfig, ServerConfig, StationConfig
    from ui.console.app import build_console
    from ui.i18n import Languages
    from ui.kiosk.app import build_kiosk

    data_dir = data_dir or Path(tempfile.mkdtemp(prefix="epn-demo-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = data_dir / "epn-demo.db"
    fresh = not db_path.exists()
    store = Store(db_path)
    if not fresh:
        print(f"The demo database {db_path} exists already: start from an empty --data-dir.")
        return 2
    sample = seed_demo(store)
    notifier = Notifier()
    server = BackgroundServer(
        create_app(store, notifier=notifier), port=port, on_stop=notifier.close
    ).start()
    sweeper = Sweeper(store, notifier=notifier).start()  # as epn server: stale sessions closed
    _print_banner(server.url, db_path, sample)

    app = QApplication.instance() or QApplication(["epn-demo"])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(not offscreen)
    wakeup = quit_on_signals(app)
    languages = Languages(app)
    station, token = next(iter(sample["stations"].items()))
    kiosk = build_kiosk(
        app,
        config=StationConfig(
            server=ServerConfig(url=server.url, token=token),
            paths=PathsConfig(state_dir=data_dir / f"station-{station}"),
        ),
        windowed=True,
        languages=languages,
    )
    console = build_console(
        app,
        server_url=server.url,
        languages=languages,
        username=sample["staff"]["username"],
        password=sample["staff"]["password"],
    )
    if console is not None:
        console.window.move(kiosk.lock_screen.x() + 80, kiosk.lock_screen.y() + 80)

    exit_code = 0

    def finish(ok: bool) -> None:
        nonlocal exit_code
        if not ok:
            exit_code = 1
        if quit_after is None and not offscreen:
            return  # keep running for the person watching
        app.quit()

    script = None
    if screenshots is not None:
        script = _screenshot_script(kiosk, console, sample, screenshots, on_done=finish)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    elif offscreen and screenshots is None:
        print("--offscreen without --screenshots or --quit-after would run forever.")
        return 2

    try:
        code = app.exec()
    finally:
        wakeup.stop()
        del script
        notifier.close()  # answer the open long-polls so the programs stop at once
        if console is not None:
            console.close()
        kiosk.close()
        server.stop()
        sweeper.stop()
        store.close()
    return exit_code or code


def _print_banner(url: str, db_path: Path, sample: dict[str, Any]) -> None:
    staff = sample["staff"]
    print(f"EPN Kiosk demo — {sample['site']}")
    print(f"  server:   {url}   (API under /api/v1, docs at {url}/api/v1/docs)")
    print(f"  database: {db_path}")
    print(f"  staff console login: {staff['username']} / {staff['password']}")
    print("  visitor cards to try on the kiosk:")
    for visitor in sample["visitors"]:
        pin = f"PIN {visitor['pin']}" if visitor["pin"] else "no PIN"
        state = "" if visitor.get("enabled", True) else "  (blocked: shows a refusal)"
        print(f"    {visitor['identifier']:<12} {visitor['category']:<10} {pin}{state}")
    sys.stdout.flush()


def _screenshot_script(
    kiosk: object,
    console: object,
    sample: dict[str, Any],
    out_dir: Path,
    *,
    on_done: Callable[[bool], None],
) -> DemoScript:
    """Lock screen in each language → sign-in with PIN → session bar → console showing it."""
    from PySide6.QtWidgets import QWidget

    from kiosk.protocol import StationState
    from ui.kiosk.app import KioskProgram

    assert isinstance(kiosk, KioskProgram)
    out_dir.mkdir(parents=True, exist_ok=True)
    lock = kiosk.lock_screen
    bar = kiosk.session_bar
    controller = kiosk.controller
    visitor = next(v for v in sample["visitors"] if v["pin"] and v.get("enabled", True))
    station_name = next(iter(sample["stations"]))

    def save(widget: QWidget, name: str) -> None:
        path = out_dir / name
        if not widget.grab().save(str(path)):
            raise RuntimeError(f"could not write {path}")
        print(f"  saved {path}", flush=True)

    def switch_to(code: str) -> Callable[[], None]:
        def act() -> None:
            controller.set_language(code)
            lock.resize(*SCREEN_SIZE)

        return act

    def save_lock(code: str) -> Callable[[], None]:
        # A step of its own, so the layout has settled around the new texts before the grab.
        return lambda: save(lock, f"lock-screen-{code}.png")

    def type_identifier() -> None:
        controller.set_language("fr")
        lock.identifier_edit.setText(visitor["identifier"])
        lock.identifier_edit.returnPressed.emit()

    def type_pin() -> None:
        lock.pin_edit.setText(visitor["pin"])
        lock.pin_edit.returnPressed.emit()

    def console_shows_session() -> bool:
        window = getattr(console, "window", None)
        if window is None:
            return False
        row = window.model.row_of(station_name)
        return row is not None and window.model.station_at(row).state == StationState.IN_USE

    def save_console() -> None:
        window = console.window  # type: ignore[attr-defined]
        window.select_station(station_name)
        window.resize(1100, 520)
        save(window, "console.png")

    steps: list[tuple[str, Callable[[], bool], Callable[[], None]]] = [
        (
            "lock screen ready",
            lambda: lock.isVisible() and bool(lock.station_name),
            switch_to("fr"),
        ),
        ("lock screen fr", lambda: True, save_lock("fr")),
        ("switch to nl", lambda: True, switch_to("nl")),
        ("lock screen nl", lambda: True, save_lock("nl")),
        ("switch to en", lambda: True, switch_to("en")),
        ("lock screen en", lambda: True, save_lock("en")),
        ("type card number", lambda: True, type_identifier),
        ("type PIN", lambda: lock.pin_edit.isVisible(), type_pin),
        (
            "session bar",
            lambda: bar.isVisible() and kiosk.agent.view() is not None,
            lambda: save(bar, "session-bar.png"),
        ),
        (
            "console",
            console_shows_session,
            save_console,
        ),
    ]
    return DemoScript(steps, on_done=on_done)

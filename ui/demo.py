"""``epn demo``: the whole product on one machine, on sample data.

A server on an embedded SQLite file, one kiosk (windowed) and the staff console, in one
process. With ``--screenshots`` it also drives a sample session and saves a PNG of each main
screen, which is how the screens are looked at on a machine without a display.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("epn.ui.demo")

#: How often a step that is not ready yet is asked again; a step that is follows at once.
STEP_MS = 10
#: The screen of ``--offscreen``: the size the kiosk's windows are drawn for in the shots.
OFFSCREEN_SCREEN = {"name": "demo", "x": 0, "y": 0, "width": 1280, "height": 800}


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
        try:
            if ready():
                log.info("demo step: %s", name)
                act()
                self._steps.pop(0)
                self._elapsed.restart()
                # the next step right after the events this one posted, not a poll later
                self._timer.setInterval(0)
                return
        except Exception:  # a broken step ends the demo with an error, not a loop of them
            log.exception("demo step failed: %s", name)
            self._timer.stop()
            self._on_done(False)
            return
        self._timer.setInterval(STEP_MS)
        if self._elapsed.elapsed() > self._timeout_ms:
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
    from ui.lifecycle import quit_on_signals, setup_logging

    setup_logging()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from admin.api.app import create_app
    from admin.api.serving import BackgroundServer
    from admin.core.notify import Notifier
    from admin.db.store import Store
    from admin.demo.sample import seed_demo, seed_history
    from admin.demo.workshops import seed_workshops
    from admin.sessions.sweeper import Sweeper
    from kiosk.config import PathsConfig, ServerConfig, StationConfig
    from ui.console.app import build_console
    from ui.i18n import Languages
    from ui.kiosk.app import build_kiosk

    data_dir = data_dir or Path(tempfile.mkdtemp(prefix="epn-demo-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    if offscreen:
        # a 1280×800 screen: the warning banner and the session bar are placed for it
        screens = data_dir / "offscreen-screens.json"
        screens.write_text(json.dumps({"screens": [OFFSCREEN_SCREEN]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    db_path = data_dir / "epn-demo.db"
    fresh = not db_path.exists()
    store = Store(db_path)
    if not fresh:
        print(f"The demo database {db_path} exists already: start from an empty --data-dir.")
        return 2
    sample = seed_demo(store)
    seed_history(store)  # past weeks: statistics, histories and the audit have something to show
    sample["workshops"] = seed_workshops(store)  # next week's, at the demo's site
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
        script = _screenshot_script(
            kiosk, console, store, sample, screenshots, data_dir, on_done=finish
        )
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
    print(f"  public page for citizens: {url}/public/   (no login)")
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
    store: object,
    sample: dict[str, Any],
    out_dir: Path,
    data_dir: Path,
    *,
    on_done: Callable[[bool], None],
) -> DemoScript:
    """Every kiosk screen in each language and look (ui/demo_screens.py), then the console."""
    from ui.demo_class import class_steps
    from ui.demo_console import (
        bring_room_to_life,
        console_dialog_steps,
        console_steps,
        dialog_openers,
        page_preparations,
        page_states,
    )
    from ui.demo_kiosk import session_steps
    from ui.demo_screens import Shooter

    out_dir.mkdir(parents=True, exist_ok=True)
    shooter = Shooter(out_dir)
    steps = session_steps(kiosk, console, store, sample, shooter)
    if console is not None:
        url = console.window.server_url
        manifest = steps.pop()  # written last, once the console's pages are saved too
        steps.append(("room comes to life", lambda: True, lambda: bring_room_to_life(url, sample)))
        steps.extend(
            console_steps(
                console, shooter, page_preparations(console, sample), page_states(console)
            )
        )
        openers = dialog_openers(console, sample, data_dir)
        steps.extend(console_dialog_steps(console, shooter, openers))
        steps.extend(
            class_steps(sample, url, shooter, console.window.languages)
        )  # a teacher's console (ui/demo_class.py)
        steps.append(manifest)
    return DemoScript(steps, on_done=on_done)

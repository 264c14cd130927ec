"""Sign-in through the Qt path: Enter on the lock screen → the session bar exposed on screen.

    .venv/bin/python bench/sign_in_qt.py --rounds 20

The all-in-one kiosk (``build_kiosk``, as ``epn kiosk --no-supervisor`` wires it: agent, store,
guard) in this process against a real server (``tests/helpers/kiosk_gui.running_server``: the
API on uvicorn in a thread, a seeded file database), on Xvfb. Each round types a card number
into the lock screen, sends Enter as a key event (QTest) and times from just before the key
event to the session bar's window being exposed on the X server (its QWindow's Expose event);
then ends the session and waits for the lock screen (``--pin``: a visitor with a PIN, timed
from the Enter after the PIN). Budget: p95 ≤ 300 ms. Prints p50, p95
and max.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from admin.directory import Directory  # noqa: E402
from tests.e2e.conftest import running_xvfb  # noqa: E402
from tests.helpers.clock import FakeClock, frozen_moments  # noqa: E402
from tests.helpers.kiosk_gui import (  # noqa: E402
    PIN,
    STATION,
    running_server,
    start_kiosk,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument(
        "--pin",
        action="store_true",
        help="a visitor with a PIN: the card number, Enter, then the PIN and the timed Enter "
        "(the server checks the PIN with argon2id)",
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, running_xvfb() as display:
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        from PySide6.QtCore import QEvent, QObject, Qt
        from PySide6.QtGui import QWindow
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from kiosk.protocol.station import EndReason
        from ui.i18n import Languages

        app = QApplication(["epn-bench"])
        languages = Languages(app)
        folder = Path(tmp)
        with running_server(folder / "server.db", FakeClock(frozen_moments()[0])) as server:
            program = start_kiosk(
                server.url, server.token, folder / "station", languages, clock=server.clock
            )

            def wait(condition, seconds: float = 30.0) -> None:
                deadline = time.monotonic() + seconds
                while not condition():
                    if time.monotonic() > deadline:
                        raise TimeoutError("the kiosk did not get there in time")
                    app.processEvents()
                    time.sleep(0.001)

            wait(lambda: program.lock_screen.station_name == STATION)
            # a visitor of their own per sign-in: no per-visitor limit or lockout in the way
            directory = Directory(server.store, server.clock)
            visitors = [f"21000{90000 + i}" for i in range(options.rounds + 1)]
            for identifier in visitors:
                directory.add_visitor(identifier, pin=PIN if options.pin else None)
            bar = program.session_bar

            class Exposed(QObject):
                at: float | None = None

                def __init__(self, window: QWindow) -> None:
                    super().__init__()
                    self.window = window

                def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                    # the first Expose that leaves the window exposed (not a late un-expose)
                    expose = event.type() == QEvent.Type.Expose
                    if expose and self.at is None and self.window.isExposed():
                        self.at = time.perf_counter()
                    return False

            def seen(exposed: Exposed) -> bool:
                return exposed.at is not None

            times: list[float] = []
            for round_ in range(options.rounds + 1):  # the first one warms up: not counted
                wait(program.lock_screen.isVisible)
                field = program.lock_screen.identifier_edit
                field.setFocus()
                field.setText(visitors[round_])
                if options.pin:
                    QTest.keyClick(field, Qt.Key.Key_Return)
                    wait(program.lock_screen.pin_edit.isVisible)
                    field = program.lock_screen.pin_edit
                    field.setFocus()
                    field.setText(PIN)
                bar.winId()  # its native window exists before the key: watch that window
                handle = bar.windowHandle()
                assert handle is not None and not bar.isVisible()
                exposed = Exposed(handle)
                handle.installEventFilter(exposed)
                start = time.perf_counter()
                QTest.keyClick(field, Qt.Key.Key_Return)
                wait(partial(seen, exposed))
                assert exposed.at is not None and program.agent.view() is not None
                handle.removeEventFilter(exposed)
                if round_ > 0:
                    times.append(exposed.at - start)
                    print(f"round {round_}: {(exposed.at - start) * 1000:.0f} ms", flush=True)
                program.agent.end_session(EndReason.VISITOR)
                wait(lambda: not bar.isVisible())
                if options.pin and round_ % 15 == 14:
                    # "PIN asked" counts as an unanswered identity at the station (the
                    # station_probe lockout, 19 free, forgotten after 15 min): let it forget
                    server.clock.advance(minutes=16)
            program.close()
        languages.close()
    times.sort()
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    print(
        f"\nEnter -> session bar exposed, {len(times)} sign-ins ({os.cpu_count()} cores): "
        f"p50 {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
        f"max {times[-1] * 1000:.0f} ms (budget p95 <= 300 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

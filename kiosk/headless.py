"""A station agent without a screen, for benchmarks and debugging: logs what happens."""

from __future__ import annotations

import logging
import signal
import threading
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from kiosk.agent import AgentListener, StationAgent
from kiosk.client import StationClient
from kiosk.clock import SystemClock, boot_id
from kiosk.protocol.enums import EndReason
from kiosk.session import SessionView
from kiosk.store import LocalStore

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (the models name them)
    from kiosk.protocol.station import StationInfo

log = logging.getLogger("epn.kiosk.headless")


class LoggingListener(AgentListener):
    """Logs every agent callback."""

    def session_did_start(self, view: SessionView) -> None:
        log.info("session %s started: %d s left", view.session_id, view.remaining_seconds)

    def session_did_change(self, view: SessionView) -> None:
        log.info("session %s changed: %d s left", view.session_id, view.remaining_seconds)

    def session_will_end(self, view: SessionView, threshold_seconds: int) -> None:
        log.info("session %s: warning at %d s", view.session_id, threshold_seconds)

    def session_did_end(self, session_id: str, reason: EndReason) -> None:
        log.info("session %s ended: %s", session_id, reason)

    def connection_did_change(self, online: bool) -> None:
        log.info("server %s", "online" if online else "offline")

    def station_did_load(self, info: StationInfo) -> None:
        log.info("this is station %s (%s)", info.name, info.site.name)


def run_headless(server_url: str, token: str, state_dir: Path | str) -> int:
    """Run an agent until Ctrl+C or SIGTERM; returns the exit status."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
    )
    state = Path(state_dir)
    state.mkdir(parents=True, exist_ok=True)
    store = LocalStore(state / "station.db")
    agent = StationAgent(
        client=StationClient(server_url, token),
        store=store,
        clock=SystemClock(),
        listener=LoggingListener(),
        boot_id=boot_id(),
    )
    done = threading.Event()

    def on_term(signum: int, frame: FrameType | None) -> None:
        done.set()

    previous_term = signal.signal(signal.SIGTERM, on_term)
    agent.start()
    try:
        # a timed wait keeps the main thread responsive to Ctrl+C
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        log.info("interrupted")
    finally:
        # a second Ctrl+C must not cut the last snapshot short
        previous_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
        agent.stop()
        store.close()
        signal.signal(signal.SIGINT, previous_int)
        signal.signal(signal.SIGTERM, previous_term)
    return 0

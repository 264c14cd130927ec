"""The callbacks through which the station agent tells its owner what happened.

:class:`AgentListener` is the one list of the station's events (:data:`EVENTS`), declared in the
screen protocol (kiosk/protocol/screen.py) because the service sends them to the screen over
its socket; the kiosk's Qt bridge (ui/kiosk/bridge.py) derives its signals from it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from kiosk.protocol.screen_port import EVENTS, AgentListener

__all__ = ["EVENTS", "AgentListener", "notify"]

log = logging.getLogger("epn.kiosk.agent")


def notify(method: Callable[..., None], *args: Any) -> None:
    """Call one of the listener's methods: a bug in it is logged, never raised into the agent."""
    try:
        method(*args)
    except Exception:
        log.exception("listener %s failed", getattr(method, "__name__", method))

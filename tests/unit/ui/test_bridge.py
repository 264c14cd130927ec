"""The kiosk's Qt bridge: one signal per agent event, derived from the listener's declaration."""

from __future__ import annotations

import inspect
import typing
from enum import StrEnum
from typing import Any

import pytest

from kiosk.listener import EVENTS, AgentListener
from kiosk.protocol.station import EndReason
from ui.kiosk.bridge import AgentBridge

pytestmark = pytest.mark.usefixtures("qapp")


def _received(bridge: Any, event: str) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []
    getattr(bridge, event).connect(lambda *args: calls.append(args))
    return calls


def _value(hint: Any, index: int) -> Any:
    """A value of an argument's declared type, told apart from its neighbours."""
    if hint is bool:
        return True
    if hint is int:
        return 40 + index
    if hint is EndReason:
        return EndReason.TIME_UP
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return list(hint)[-1]  # DeskCallState.ANSWERED, ...
    if hint in (str, str | None):
        return f"text {index}"
    return object()


def test_every_listener_method_is_an_event() -> None:
    declared = [name for name, _ in inspect.getmembers(AgentListener, inspect.isfunction)]
    assert sorted(EVENTS) == sorted(n for n in declared if not n.startswith("_"))


@pytest.mark.parametrize("event", EVENTS)
def test_each_event_reaches_its_signal_with_its_arguments(event: str) -> None:
    bridge = AgentBridge()
    calls = _received(bridge, event)
    method = getattr(AgentListener, event)
    hints = typing.get_type_hints(method)
    names = list(inspect.signature(method).parameters)[1:]
    values = [_value(hints[name], i) for i, name in enumerate(names)]
    getattr(bridge.listener(), event)(*values)
    assert calls == [tuple(values)]


def test_arguments_are_converted_for_qt() -> None:
    """An EndReason travels as its plain value; a missing reason as an empty text."""
    bridge = AgentBridge()
    ended = _received(bridge, "session_did_end")
    disabled = _received(bridge, "station_did_disable")
    listener = bridge.listener()
    listener.session_did_end("s-1", EndReason.TIME_UP)
    listener.station_did_disable(None)
    listener.station_did_disable("repair")
    assert ended == [("s-1", "time_up")]
    assert type(ended[0][1]) is str
    assert disabled == [("",), ("repair",)]

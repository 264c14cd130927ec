"""Qt adapter of the station agent: its callbacks (from its own threads) become Qt signals.

The signals are derived from :class:`kiosk.listener.AgentListener`, the one declaration of the
agent's events: one signal per event, same name, its arguments' types read from the
listener's annotations (an ``EndReason`` travels as its ``str`` value, a missing text as "").
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from enum import StrEnum
from types import NoneType, UnionType
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.listener import EVENTS, AgentListener


def _qt_argument(annotation: Any) -> tuple[type, Callable[[Any], Any]]:
    """The signal argument type for a listener argument, and how a value is converted to it."""
    if isinstance(annotation, UnionType) and set(typing.get_args(annotation)) == {str, NoneType}:
        return str, lambda value: value or ""
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        return str, str
    if annotation in (bool, int, str):
        return annotation, lambda value: value
    return object, lambda value: value


#: The models an event carries, each as an ``object`` signal argument.
_MODELS = {"StationInfo": object}


def _arguments(event: Callable[..., None]) -> list[tuple[type, Callable[[Any], Any]]]:
    """An event's arguments (after ``self``) as its signal carries them."""
    # the models are named for type checkers only (the screen loads no pydantic): objects here
    hints = typing.get_type_hints(event, localns=_MODELS)
    parameters = list(inspect.signature(event).parameters)[1:]
    return [_qt_argument(hints[parameter]) for parameter in parameters]


def _relay_method(name: str, converts: list[Callable[[Any], Any]]) -> Callable[..., None]:
    def relay(self: _Relay, *args: Any) -> None:
        getattr(self.bridge, name).emit(
            *(convert(a) for convert, a in zip(converts, args, strict=True))
        )

    relay.__name__ = name
    return relay


class _Relay(AgentListener):
    """The listener handed to the agent: each event emits the bridge's signal of that name."""

    def __init__(self, bridge: QObject) -> None:
        self.bridge = bridge


class _BridgeBase(QObject):
    #: Asked from the cleanup thread; connected to the clipboard on the UI thread.
    clipboard_clear_requested = Signal()

    def listener(self) -> AgentListener:
        return _Relay(self)

    def clear_clipboard(self) -> None:
        """Thread-safe: the clipboard is cleared on the UI thread."""
        self.clipboard_clear_requested.emit()


def _derive() -> type[_BridgeBase]:
    signals: dict[str, Any] = {}
    for name in EVENTS:
        arguments = _arguments(getattr(AgentListener, name))
        signals[name] = Signal(*(qt_type for qt_type, _ in arguments))
        setattr(_Relay, name, _relay_method(name, [convert for _, convert in arguments]))
    namespace = {
        "__module__": __name__,
        "__doc__": "Signals delivered on the UI thread (queued), one per agent event.",
        **signals,
    }
    return type(_BridgeBase)("AgentBridge", (_BridgeBase,), namespace)


AgentBridge = _derive()

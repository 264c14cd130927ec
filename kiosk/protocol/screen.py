"""What the station service and the visitor's screen say to each other over the local socket.

The station service (``epn station-service``, root) holds the session; the screen (``epn kiosk``,
the kiosk account's X session) shows it and forwards what the visitor types. They talk over a
Unix stream socket, one JSON object per line (at most :data:`MAX_LINE_BYTES`):

============  =========  ==========================================================================
message       from       meaning
============  =========  ==========================================================================
``hello``     screen     first line: the protocol version and the role (``screen`` shows the
                         station, ``session`` is the X session's leader announcing its display)
``welcome``   service    the answer: the station's whole state (:class:`ScreenState`)
``refused``   service    the connection is refused (another account, another version); then closed
``ready``     screen     the screen's windows are up: the service takes its cover away
``call``      screen     one method of :class:`StationPort` (``locks.`` and ``staff.`` for theirs)
``reply``     service    its value, or the error it raised (:class:`WireError`)
``event``     service    one event of :class:`AgentListener`, with its arguments
``state``     service    the whole state again (every second during a session: the time left)
============  =========  ==========================================================================

The methods and the events are declared once, as the typed classes below; their arguments and
results travel as pydantic dumps of their annotations (:func:`method_types`, :func:`event_types`).
A screen of another protocol ``major`` version is refused; a newer ``minor`` is accepted.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, TypeAdapter

import kiosk.protocol.screen_port as screen_port
from kiosk.protocol.enums import DeskCallState, EndReason
from kiosk.protocol.preferences import VisitorPreferences
from kiosk.protocol.screen_port import (
    EVENTS as EVENTS,
)
from kiosk.protocol.screen_port import (
    MAX_LINE_BYTES as MAX_LINE_BYTES,
)
from kiosk.protocol.screen_port import (
    SCREEN_PROTOCOL_VERSION as SCREEN_PROTOCOL_VERSION,
)
from kiosk.protocol.screen_port import (
    AgentListener as AgentListener,
)
from kiosk.protocol.screen_port import (
    AwayPort as AwayPort,
)
from kiosk.protocol.screen_port import (
    SessionView as SessionView,
)
from kiosk.protocol.screen_port import (
    StaffPort as StaffPort,
)
from kiosk.protocol.screen_port import (
    StationPort as StationPort,
)
from kiosk.protocol.screen_port import (
    compatible as compatible,
)
from kiosk.protocol.station import AppEntry, StationInfo, VisitorInfo
from kiosk.protocol.station_staff import StationStaffDone, StationStaffLogin

#: The names the ports' and the listener's annotations (kiosk/protocol/screen_port.py, which
#: loads no pydantic) name, for pydantic to resolve them here.
_ANNOTATED = {
    "AppEntry": AppEntry,
    "DeskCallState": DeskCallState,
    "EndReason": EndReason,
    "SessionView": SessionView,
    "StationInfo": StationInfo,
    "StationStaffDone": StationStaffDone,
    "StationStaffLogin": StationStaffLogin,
    "VisitorInfo": VisitorInfo,
    "VisitorPreferences": VisitorPreferences,
}
# SessionView's ``visitor`` is validated by pydantic as a VisitorInfo: the dataclass's module
# names it for type checkers only, pydantic reads it from the module's namespace.
for _name, _value in _ANNOTATED.items():
    setattr(screen_port, _name, _value)

#: The methods a screen may call, by wire name, and the port class that declares each.
_CALLABLE: dict[str, tuple[type, str]] = {
    **{
        name: (StationPort, name)
        for name in (
            "sign_in",
            "end_session",
            "apps",
            "launch",
            "pending_charter",
            "accept_charter",
            "set_preferences",
            "call_desk",
            "cancel_desk_call",
        )
    },
    **{f"locks.{n}": (AwayPort, n) for n in vars(AwayPort) if not n.startswith("_")},
    **{f"staff.{n}": (StaffPort, n) for n in vars(StaffPort) if not n.startswith("_")},
}
METHODS: tuple[str, ...] = tuple(_CALLABLE)


@dataclass(frozen=True)
class MethodTypes:
    """One method's parameters (name → adapter, in order, with defaults) and result."""

    parameters: tuple[tuple[str, TypeAdapter[Any], Any], ...]
    result: TypeAdapter[Any]


_NO_DEFAULT: Any = object()


@cache
def method_types(method: str) -> MethodTypes:
    """How the arguments and the result of ``method`` travel; KeyError for an unknown one."""
    import inspect

    owner, name = _CALLABLE[method]
    function = getattr(owner, name)
    hints = typing.get_type_hints(function, localns=_ANNOTATED)
    parameters = []
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        default = _NO_DEFAULT if parameter.default is inspect.Parameter.empty else parameter.default
        parameters.append((parameter.name, TypeAdapter(hints[parameter.name]), default))
    return MethodTypes(tuple(parameters), TypeAdapter(hints["return"]))


@cache
def event_types(event: str) -> tuple[TypeAdapter[Any], ...]:
    """How the arguments of ``event`` travel; KeyError for an unknown one."""
    import inspect

    if event not in EVENTS:
        raise KeyError(event)
    function = getattr(AgentListener, event)
    hints = typing.get_type_hints(function, localns=_ANNOTATED)
    names = list(inspect.signature(function).parameters)[1:]
    return tuple(TypeAdapter(hints[name]) for name in names)


def encode_arguments(method: str, args: dict[str, Any]) -> dict[str, Any]:
    types = method_types(method)
    return {
        name: adapter.dump_python(args[name], mode="json")
        for name, adapter, _ in types.parameters
        if name in args
    }


def decode_arguments(method: str, raw: dict[str, Any]) -> dict[str, Any]:
    """The arguments of a call, validated; ValueError names what is wrong."""
    types = method_types(method)
    known = {name for name, _, _ in types.parameters}
    unknown = set(raw) - known
    if unknown:
        raise ValueError(f"unknown argument(s) {sorted(unknown)} for {method}")
    decoded = {}
    for name, adapter, default in types.parameters:
        if name in raw:
            decoded[name] = adapter.validate_python(raw[name])
        elif default is _NO_DEFAULT:
            raise ValueError(f"argument {name!r} missing for {method}")
    return decoded


# --- the messages ---------------------------------------------------------------------------------


class SessionEnded(BaseModel):
    """The last session the station ended, and why (a screen that was away learns it)."""

    session_id: str
    reason: EndReason


class ScreenState(BaseModel):
    """Everything a screen needs to show the station as it is now."""

    fault: str | None = None
    enabled: bool = True
    disabled_reason: str | None = None
    online: bool = False
    station_info: StationInfo | None = None
    view: SessionView | None = None
    #: Seconds left of the maintenance window (the desktop is unlocked), None otherwise.
    maintenance_seconds: int | None = None
    #: The away lock of the running session: seconds before it ends, None when not locked.
    away_seconds: int | None = None
    #: The running session is locked by staff.
    staff_locked: bool = False
    last_end: SessionEnded | None = None
    #: Staff "quit for maintenance" keeps the screen away this long (None: it does not come
    #: back by itself, a kiosk in its own process).
    quit_minutes: int | None = None
    #: The visitor's call for the desk.
    desk_call: DeskCallState = DeskCallState.NONE


class Hello(BaseModel):
    type: Literal["hello"] = "hello"
    version: tuple[int, int] = SCREEN_PROTOCOL_VERSION
    role: Literal["screen", "session"] = "screen"
    #: The session's display and X authority file (``session`` role: the service uses them to
    #: start the screen and the visitor's apps, grab the escape keys and watch for input).
    display: str | None = Field(default=None, max_length=200)
    xauthority: str | None = Field(default=None, max_length=4096)
    #: "x11", "wayland", ... ($XDG_SESSION_TYPE): a Wayland session cannot be locked down.
    session_type: str | None = Field(default=None, max_length=32)


class Welcome(BaseModel):
    type: Literal["welcome"] = "welcome"
    version: tuple[int, int] = SCREEN_PROTOCOL_VERSION
    state: ScreenState


class Refused(BaseModel):
    type: Literal["refused"] = "refused"
    reason: str


class Ready(BaseModel):
    type: Literal["ready"] = "ready"


class Call(BaseModel):
    type: Literal["call"] = "call"
    id: int = Field(ge=0)
    method: str = Field(max_length=64)
    args: dict[str, Any] = Field(default_factory=dict)


class WireError(BaseModel):
    """An exception raised by a call, as it crosses the socket (kiosk/screen_wire.py)."""

    kind: str = Field(max_length=32)
    message: str = ""
    code: str | None = None
    status: int | None = None
    details: dict[str, Any] = Field(default_factory=dict)


class Reply(BaseModel):
    type: Literal["reply"] = "reply"
    id: int
    value: Any = None
    error: WireError | None = None


class EventMessage(BaseModel):
    type: Literal["event"] = "event"
    name: str
    args: list[Any] = Field(default_factory=list)


class StateUpdate(BaseModel):
    type: Literal["state"] = "state"
    state: ScreenState


ScreenMessage = Annotated[
    Hello | Welcome | Refused | Ready | Call | Reply | EventMessage | StateUpdate,
    Field(discriminator="type"),
]
_MESSAGE: TypeAdapter[Any] = TypeAdapter(ScreenMessage)


def encode_message(message: BaseModel) -> bytes:
    """One line of the socket: the message's JSON and a newline."""
    line = message.model_dump_json().encode() + b"\n"
    if len(line) > MAX_LINE_BYTES:
        raise ValueError(f"{message.__class__.__name__} too long ({len(line)} bytes)")
    return line


def decode_message(line: bytes) -> BaseModel:
    """A line read from the socket; ValueError (pydantic's ValidationError) when malformed."""
    if len(line) > MAX_LINE_BYTES:
        raise ValueError("line too long")
    return typing.cast(BaseModel, _MESSAGE.validate_json(line))


def event_message(name: str, args: tuple[Any, ...]) -> EventMessage:
    adapters = event_types(name)
    return EventMessage(
        name=name,
        args=[
            adapter.dump_python(a, mode="json") for adapter, a in zip(adapters, args, strict=True)
        ],
    )


def event_arguments(event: EventMessage) -> list[Any]:
    """The event's arguments, validated; KeyError for an unknown event, ValueError if wrong."""
    adapters = event_types(event.name)
    if len(adapters) != len(event.args):
        raise ValueError(f"{event.name} takes {len(adapters)} argument(s)")
    return [adapter.validate_python(a) for adapter, a in zip(adapters, event.args, strict=True)]


# --- the screen's copy of the checks --------------------------------------------------------------

#: What the service sends the screen, by ``type`` (the screen reads them without pydantic).
INCOMING: dict[str, type[BaseModel]] = {
    "welcome": Welcome,
    "refused": Refused,
    "reply": Reply,
    "event": EventMessage,
    "state": StateUpdate,
}
#: What the screen sends (built and checked there against their schema, validated in the
#: station service with the same schema: the socket is a security boundary, the screen runs as
#: the visitor's account; the service loads no pydantic).
OUTGOING: dict[str, type[BaseModel]] = {"hello": Hello, "ready": Ready, "call": Call}


def lite_schema() -> dict[str, Any]:
    """The JSON Schema of what crosses the socket, for kiosk/protocol/lite.py: the messages
    each way, each method's parameters (with the type of each) and result, each event's arguments
    (``python scripts/screen_schema.py`` writes it to kiosk/protocol/screen_schema.py)."""
    from pydantic_core import to_jsonable_python

    from kiosk.protocol.lite_generate import generate

    inputs: list[tuple[tuple[str, ...], Any]] = []
    for kind, model in {**INCOMING, **OUTGOING}.items():
        inputs.append((("message", kind), model.__pydantic_core_schema__))
    for method in METHODS:
        inputs.append((("result", method), method_types(method).result.core_schema))
        for name, argument, _ in method_types(method).parameters:
            inputs.append((("argument", method, name), argument.core_schema))
    for event in EVENTS:
        for index, adapter in enumerate(event_types(event)):
            inputs.append((("event", event, str(index)), adapter.core_schema))
    generated, definitions = generate(inputs)

    def schema(*key: str) -> Any:
        return generated[key]

    return to_jsonable_python(
        {
            "version": list(SCREEN_PROTOCOL_VERSION),
            "$defs": definitions,
            "incoming": {kind: schema("message", kind) for kind in INCOMING},
            "outgoing": {kind: schema("message", kind) for kind in OUTGOING},
            "methods": {
                method: {
                    "parameters": [name for name, _, _ in method_types(method).parameters],
                    "required": [
                        name
                        for name, _, default in method_types(method).parameters
                        if default is _NO_DEFAULT
                    ],
                    "arguments": {
                        name: schema("argument", method, name)
                        for name, _, _ in method_types(method).parameters
                    },
                    "result": schema("result", method),
                }
                for method in METHODS
            },
            "events": {
                event: [schema("event", event, str(i)) for i in range(len(event_types(event)))]
                for event in EVENTS
            },
        }
    )

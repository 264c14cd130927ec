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
from typing import Annotated, Any, Literal, Protocol

from pydantic import BaseModel, Field, TypeAdapter

from kiosk.protocol.preferences import VisitorPreferences
from kiosk.protocol.station import AppEntry, EndReason, StationInfo, VisitorInfo
from kiosk.protocol.station_staff import StationStaffDone, StationStaffLogin

#: (major, minor) of the socket protocol: a screen of another major version is refused.
SCREEN_PROTOCOL_VERSION = (1, 0)
#: The longest line either side sends or accepts (a charter in three languages fits).
MAX_LINE_BYTES = 256 * 1024


@dataclass(frozen=True)
class SessionView:
    """What readers (the screen, heartbeats) see of the running session, at one instant."""

    session_id: str
    visitor: VisitorInfo
    remaining_seconds: int
    used_seconds: int
    allowed_seconds: int


class AgentListener:
    """What the station tells its screen. Override what you need; called from agent threads."""

    def session_did_start(self, view: SessionView) -> None:
        """A session started (sign-in) or resumed after a restart."""

    def session_did_change(self, view: SessionView) -> None:
        """The allowance changed (staff extended it or set the time left)."""

    def session_will_end(self, view: SessionView, threshold_seconds: int) -> None:
        """The session crossed a warning threshold."""

    def session_did_end(self, session_id: str, reason: EndReason) -> None:
        """The session ended; the station should lock and clean up."""

    def connection_did_change(self, online: bool) -> None:
        """The server became reachable or unreachable."""

    def station_did_load(self, info: StationInfo) -> None:
        """The server told the station who it is."""

    def session_did_lock(self, view: SessionView) -> None:
        """Staff locked the session: show the lock screen; its time keeps running."""

    def session_did_unlock(self, view: SessionView) -> None:
        """Staff unlocked the session: back to the visitor's desktop."""

    def station_did_receive_message(self, command_id: int, text: str) -> None:
        """Staff sent a message to show on the station."""

    def station_did_disable(self, reason: str | None) -> None:
        """The station is out of order (any session already ended): refuse sign-in."""

    def station_did_enable(self) -> None:
        """The station is back in service."""

    def station_did_fail(self, fault: str) -> None:
        """The station cannot work (its config, its enrolment, no server yet, no service):
        the screen shows "out of order"; ``fault`` (English, for staff) says why."""

    def station_did_recover(self) -> None:
        """The fault is gone: the station works again."""

    def idle_will_end_session(self, seconds_left: int) -> None:
        """No input for a while: the session ends in ``seconds_left`` s unless the visitor acts."""

    def idle_did_cancel(self) -> None:
        """Input again after an idle warning: the session goes on."""

    def app_did_launch(self, app_id: str) -> None:
        """One of the visitor's apps started."""

    def process_did_stop(self, name: str, action: str) -> None:
        """The guard found a forbidden process: ``action`` is "killed" or "reported"."""

    def cleanup_will_start(self) -> None:
        """The session is over: the station is cleaning up for the next visitor."""

    def cleanup_did_finish(self, summary: str) -> None:
        """The cleanup is done (``summary`` says what was cleaned)."""

    def clipboard_should_clear(self) -> None:
        """The cleanup asks the screen, which owns the X session's clipboard, to empty it."""

    def maintenance_did_start(self, seconds: int) -> None:
        """Staff unlocked the desktop for maintenance for ``seconds``: hide the lock screen."""

    def maintenance_did_end(self) -> None:
        """Maintenance is over (time up or staff locked again): the lock screen comes back."""

    def session_did_lock_away(self, deadline_seconds: int) -> None:
        """The visitor locked the session while away: it ends in ``deadline_seconds`` s."""

    def session_did_unlock_away(self) -> None:
        """The visitor came back and unlocked the session."""


#: Every event, in the order the listener declares them.
EVENTS: tuple[str, ...] = tuple(name for name in vars(AgentListener) if not name.startswith("_"))


# --- what the screen may ask ----------------------------------------------------------------------


class AwayPort(Protocol):
    """The visitor's "lock while I'm away" (kiosk/session_locks.py)."""

    def lock_away(self) -> int: ...
    def unlock_away(self, secret: str) -> bool: ...
    def away_seconds_left(self) -> int | None: ...
    def away_tries_left(self) -> int: ...


class StaffPort(Protocol):
    """Staff at the station (kiosk/staff_actions.py)."""

    def sign_in(self, username: str, secret: str) -> StationStaffLogin: ...
    def sign_out(self, token: str) -> None: ...
    def extend(self, token: str, minutes: int) -> StationStaffDone: ...
    def end(self, token: str) -> StationStaffDone: ...
    def start_maintenance(self, token: str, minutes: int) -> int: ...
    def end_maintenance(self) -> bool: ...
    def maintenance_left(self) -> int | None: ...
    def quit_for_maintenance(self, token: str) -> int: ...


class StationPort(Protocol):
    """What a screen uses of its station: the in-process agent and the service's proxy alike.

    The properties are the station's state as last told; the methods may block (a worker
    thread) and raise what the station raises (kiosk/screen_wire.py lists the errors).
    """

    @property
    def locks(self) -> AwayPort: ...
    @property
    def staff(self) -> StaffPort: ...
    @property
    def online(self) -> bool: ...
    @property
    def station_info(self) -> StationInfo | None: ...
    @property
    def enabled(self) -> bool: ...
    @property
    def disabled_reason(self) -> str | None: ...
    @property
    def fault(self) -> str | None: ...
    @property
    def quit_minutes(self) -> int | None: ...

    def view(self) -> SessionView | None: ...
    def sign_in(
        self,
        identifier: str,
        pin: str | None = None,
        preferences: VisitorPreferences | None = None,
    ) -> SessionView: ...
    def set_preferences(self, preferences: VisitorPreferences) -> bool: ...
    def end_session(self, reason: EndReason = EndReason.VISITOR) -> bool: ...
    def apps(self) -> list[AppEntry]: ...
    def launch(self, app_id: str) -> None: ...
    def pending_charter(self) -> dict[str, str] | None: ...
    def accept_charter(self) -> bool: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...


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
    hints = typing.get_type_hints(function)
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
    hints = typing.get_type_hints(function)
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


def compatible(version: tuple[int, int]) -> bool:
    """A peer speaking ``version`` understands us (same major version)."""
    return version[0] == SCREEN_PROTOCOL_VERSION[0]

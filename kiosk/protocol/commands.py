"""Staff commands, from the desk to the station and back.

Staff post a :class:`CommandRequest` and follow its :class:`CommandStatus`; the station
long-polls :class:`Command` objects (:func:`parse_commands` reads each on its own) and
acknowledges each with a ``command_applied`` event.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk.protocol.command_status import CommandKind as CommandKind
from kiosk.protocol.command_status import CommandStatus as CommandStatus
from kiosk.protocol.limits import (
    MAX_EXTEND_MINUTES,
    MAX_IDENTIFIER_LENGTH,
    MAX_MESSAGE_LENGTH,
    MAX_REASON_LENGTH,
    MAX_SET_SECONDS,
)
from kiosk.protocol.station import Grant
from kiosk.protocol.text import FilledLinesText, Identifier, LineText

MessageLanguage = Literal["fr", "nl", "en"]
MessageText = Annotated[FilledLinesText, Field(max_length=MAX_MESSAGE_LENGTH)]

#: Kinds that need a running session on the station.
SESSION_COMMANDS = frozenset(
    {
        CommandKind.EXTEND,
        CommandKind.SET_TIME,
        CommandKind.END,
        CommandKind.LOCK,
        CommandKind.UNLOCK,
    }
)


class Command(BaseModel):
    id: int
    kind: CommandKind
    session_id: str | None = None
    minutes: int | None = None
    created_at: str
    seconds: int | None = None
    text: str | None = None
    #: message: the same message by language ("fr", "nl", "en"; open keys, as the station
    #: info's): the station shows the visitor's language, else ``text`` (the site's language).
    texts: dict[str, str] = Field(default_factory=dict)
    reason: str | None = None
    identifier: str | None = None
    #: sign_in: the session the server opened, started by the station as after a sign-in.
    grant: Grant | None = None
    #: extend, set_time: an administrator let the session run past closing time; without it
    #: the station never lets a session run past the closing time it knows.
    after_hours: bool = False


class UnknownCommand(BaseModel):
    """A command this station cannot read (a newer server's kind): acknowledged ok=False."""

    id: int
    kind: str = ""
    session_id: str | None = None


def parse_commands(data: Any) -> list[Command | UnknownCommand]:
    """Parse a CommandList body one command at a time, so one odd command spoils no other.

    Items without even an integer id are dropped: they cannot be acknowledged.
    """
    items = data.get("commands") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ValueError("not a command list")
    parsed: list[Command | UnknownCommand] = []
    for item in items:
        try:
            parsed.append(Command.model_validate(item))
            continue
        except ValidationError:
            pass
        try:
            parsed.append(UnknownCommand.model_validate(item))
        except ValidationError:
            continue
    return parsed


class CommandList(BaseModel):
    commands: list[Command]
    #: The station's holds tag now (``StationInfo.holds_version``), answered to a long-poll
    #: that gave the one it knows (``holds``): another one means "read station/me again".
    #: None when the station gave none, or from an older server.
    holds_version: str | None = None


#: The argument each kind of command takes (the others are ignored). Each is required but
#: disable's reason.
COMMAND_ARGUMENTS: dict[CommandKind, str] = {
    CommandKind.EXTEND: "minutes",
    CommandKind.SET_TIME: "seconds",
    CommandKind.MESSAGE: "text",
    CommandKind.DISABLE: "reason",
    CommandKind.SIGN_IN: "identifier",
}
_ARGUMENT_TYPES = {"minutes": "integer", "seconds": "integer", "text": "string"}


def _one_shape_per_kind(schema: dict[str, Any]) -> None:
    """State in the schema what the server checks (admin/stations/commands.py): each kind with its
    required argument, one ``oneOf`` branch per kind."""
    branches: list[dict[str, Any]] = []
    for kind in CommandKind:
        branch: dict[str, Any] = {"properties": {"kind": {"const": kind.value}}}
        argument = COMMAND_ARGUMENTS.get(kind)
        if argument is not None and argument != "reason":
            branch["required"] = ["kind", argument]
            branch["properties"][argument] = {"type": _ARGUMENT_TYPES.get(argument, "string")}
        branches.append(branch)
    schema["oneOf"] = branches


class CommandRequest(BaseModel):
    """A staff command: ``kind`` and the argument of that kind (:data:`COMMAND_ARGUMENTS`).

    One class for every kind, so callers build it as they like; the server checks the
    argument (admin/stations/commands.py ``normalise``) and the schema says so, one branch per kind.
    """

    model_config = ConfigDict(json_schema_extra=_one_shape_per_kind)

    kind: CommandKind
    minutes: int | None = Field(default=None, ge=1, le=MAX_EXTEND_MINUTES)
    seconds: int | None = Field(default=None, ge=1, le=MAX_SET_SECONDS)
    text: FilledLinesText | None = Field(default=None, max_length=MAX_MESSAGE_LENGTH)
    #: message: the message in other languages too (a ready-made message); ``text`` is the
    #: one shown when the visitor's language is missing.
    texts: dict[MessageLanguage, MessageText] | None = None
    reason: LineText | None = Field(default=None, max_length=MAX_REASON_LENGTH)
    #: sign_in: the visitor (card number or guest ticket) staff sign in on the station.
    identifier: Identifier | None = Field(
        default=None, min_length=1, max_length=MAX_IDENTIFIER_LENGTH
    )
    #: Chosen by the client: the same id for the same station returns the first command.
    request_id: str | None = Field(default=None, min_length=1, max_length=64)
    #: extend, set_time: let the session run past closing time (administrators only, audited).
    #: Without it the time is cut at closing (``CommandStatus.clipped_to``).
    after_hours: bool = False

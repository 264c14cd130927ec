"""The station's HTTP client for the server API (``Paths.STATION_*``).

The token travels in the ``Authorization: Bearer`` header only, never in a URL or a log.
TLS is verified as the :class:`~kiosk.protocol.tls.ServerTrust` says (CA file, pinned
fingerprint), during the handshake, before the token is written.
The long-poll for commands uses its own connection pool so it never holds up a sign-in or
an event batch.

Every call goes through the request of :mod:`kiosk.protocol.http`, shared with the staff
client. No pydantic here (the station service's memory): the requests are built as plain data
and the answers read as records, both checked against the models' generated schema
(kiosk/protocol/lite.py); the models' names type them. Its errors::

    ClientError
     ├── ServerUnreachable   no connection, timeout, 5xx, or an answer we cannot read
     │    └── CertificateMismatch  the server's certificate is not the pinned one
     └── ApiError            4xx with an ErrorCode (PIN_REQUIRED, BAD_CREDENTIALS, ...)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from kiosk.protocol import lite
from kiosk.protocol.abort import Aborter
from kiosk.protocol.enums import ErrorCode, StationStaffKind
from kiosk.protocol.http import (
    LONG_POLL_MARGIN,
    ApiError,
    ServerUnreachable,
    json_body,
    read,
    request,
)
from kiosk.protocol.limits import MAX_WAIT_SECONDS
from kiosk.protocol.paths import Paths
from kiosk.protocol.tls import ServerTrust

if TYPE_CHECKING:  # the models' names type the records (kiosk/protocol/lite.py)
    from kiosk.protocol.commands import Command, UnknownCommand
    from kiosk.protocol.preferences import VisitorPreferences
    from kiosk.protocol.station import (
        EnrollResponse,
        Event,
        EventsAccepted,
        Grant,
        StationInfo,
    )
    from kiosk.protocol.station_errors import ErrorReportBatch, ErrorReportsAccepted
    from kiosk.protocol.station_staff import StationStaffDone, StationStaffLogin

log = logging.getLogger("epn.kiosk.client")


class StationApi(Protocol):
    """What the agent needs from the server; :class:`StationClient` or a test double."""

    def me(self) -> StationInfo: ...

    def sign_in(
        self,
        identifier: str,
        pin: str | None = None,
        preferences: VisitorPreferences | None = None,
        hold_code: str | None = None,
    ) -> Grant: ...

    def post_events(self, events: Sequence[Event]) -> EventsAccepted: ...

    def post_error_reports(self, batch: ErrorReportBatch) -> ErrorReportsAccepted: ...

    def wait_commands(
        self, after: int, wait: float, holds: str | None = None
    ) -> Sequence[Command | UnknownCommand]: ...

    def staff_login(self, username: str, secret: str) -> StationStaffLogin: ...

    def staff_action(
        self,
        token: str,
        kind: StationStaffKind,
        minutes: int | None = None,
        request_id: str | None = None,
    ) -> StationStaffDone: ...

    def staff_logout(self, token: str) -> None: ...

    def close(self) -> None: ...


class PolledCommands(list[Any]):
    """The commands of one long-poll, and the holds tag the server answered with (None: it
    gave none, an older server or a poll without ``holds``)."""

    holds_version: str | None = None


class StationClient:
    """Synchronous client of the station endpoints, authenticated by the station token."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout: float = 5.0,
        transport: httpx.BaseTransport | None = None,
        trust: ServerTrust | None = None,
    ) -> None:
        self._timeout = timeout
        headers = {"Authorization": f"Bearer {token}", "User-Agent": "epn-kiosk-station"}
        trust = trust or ServerTrust()
        self._http = httpx.Client(
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            transport=transport or trust.transport(),
        )
        # the long-poll's own connection, which stop() cuts short (kiosk/protocol/abort.py)
        self._aborter = Aborter()
        self._poll = httpx.Client(
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            transport=transport or self._aborter.install(trust.transport()),
        )

    def __repr__(self) -> str:
        return f"<StationClient {self._http.base_url}>"

    def me(self) -> StationInfo:
        info: StationInfo = read(request(self._http, "GET", Paths.STATION_ME), "StationInfo")
        return info

    def sign_in(
        self,
        identifier: str,
        pin: str | None = None,
        preferences: VisitorPreferences | None = None,
        hold_code: str | None = None,
    ) -> Grant:
        """A session for the visitor; ``hold_code``: the session code of a group or workshop
        holding this station (given by its teacher or animateur)."""
        fields: dict[str, Any] = {
            # what the model strips (str_strip_whitespace) before it checks
            "identifier": identifier.strip() if isinstance(identifier, str) else identifier,
            "pin": pin.strip() if isinstance(pin, str) else pin,
        }
        if preferences is not None:  # none chosen: the request an older server knows
            fields["preferences"] = preferences
        if hold_code is not None:
            fields["hold_code"] = hold_code.strip()
        try:
            body = lite.write_request("SignInRequest", **fields)
        except lite.LiteError as exc:
            # refused here exactly as the server would, without a round trip
            raise ApiError(ErrorCode.INVALID_REQUEST, "identifier or PIN malformed", 422) from exc
        # fields left out when unused: the request an older server knows
        for optional in ("preferences", "hold_code"):
            if body.get(optional) is None:
                body.pop(optional, None)
        grant: Grant = read(request(self._http, "POST", Paths.STATION_SIGN_IN, json=body), "Grant")
        return grant

    def post_events(self, events: Sequence[Event]) -> EventsAccepted:
        body = lite.write_request("EventBatch", events=list(events))
        response = request(self._http, "POST", Paths.STATION_EVENTS, json=body)
        accepted: EventsAccepted = read(response, "EventsAccepted")
        return accepted

    def post_error_reports(self, batch: ErrorReportBatch) -> ErrorReportsAccepted:
        """The station's own errors (an older server answers 404: ApiError)."""
        body = lite.write_request("ErrorReportBatch", reports=list(batch.reports))
        response = request(self._http, "POST", Paths.STATION_ERRORS, json=body)
        accepted: ErrorReportsAccepted = read(response, "ErrorReportsAccepted")
        return accepted

    def wait_commands(self, after: int, wait: float, holds: str | None = None) -> PolledCommands:
        """Commands with an id above ``after``; the server holds the request up to ``wait`` s.

        ``holds``: the station's holds tag (``StationInfo.holds_version``); the server then
        also answers when its holds change, with their new tag (``holds_version`` of the
        answer). Parsed one by one: a command this agent cannot read comes back as
        UnknownCommand.
        """
        wait = float(min(max(0.0, wait), MAX_WAIT_SECONDS))
        params: dict[str, Any] = {"after": after, "wait": wait}
        if holds is not None:  # left out otherwise: the query an older server knows
            params["holds"] = holds
        response = request(
            self._poll,
            "GET",
            Paths.STATION_COMMANDS,
            params=params,
            timeout=httpx.Timeout(self._timeout, read=wait + LONG_POLL_MARGIN),
        )
        body = json_body(response)
        try:
            commands = PolledCommands(lite.read_commands(body))  # records, by name
        except ValueError as exc:
            log.error("unexpected command list from the server")
            raise ServerUnreachable("unexpected CommandList from the server") from exc
        tag = body.get("holds_version") if isinstance(body, dict) else None
        commands.holds_version = tag if isinstance(tag, str) else None
        return commands

    def staff_login(self, username: str, secret: str) -> StationStaffLogin:
        """A staff member's login valid on this station (their password or station PIN)."""
        try:
            body = lite.write_request("StationStaffLoginRequest", username=username, secret=secret)
        except lite.LiteError as exc:
            raise ApiError(ErrorCode.BAD_LOGIN, "username or password malformed", 422) from exc
        response = request(self._http, "POST", Paths.STATION_STAFF_LOGIN, json=body)
        login: StationStaffLogin = read(response, "StationStaffLogin")
        return login

    def staff_action(
        self,
        token: str,
        kind: StationStaffKind,
        minutes: int | None = None,
        request_id: str | None = None,
    ) -> StationStaffDone:
        """An action of the staff member signed in here; the server audits it in their name."""
        body = lite.write_request(
            "StationStaffAction", token=token, kind=kind, minutes=minutes, request_id=request_id
        )
        response = request(self._http, "POST", Paths.STATION_STAFF_ACTION, json=body)
        done: StationStaffDone = read(response, "StationStaffDone")
        return done

    def staff_logout(self, token: str) -> None:
        body = lite.write_request("StationStaffLogout", token=token)
        request(self._http, "POST", Paths.STATION_STAFF_LOGOUT, json=body)

    def close(self) -> None:
        """Close both connections; a long-poll waiting for a command returns now (failing)."""
        self._aborter.abort()
        self._poll.close()
        self._http.close()


def enroll(
    base_url: str,
    code: str,
    *,
    agent_version: str | None = None,
    station: str | None = None,
    timeout: float = 10.0,
    transport: httpx.BaseTransport | None = None,
    trust: ServerTrust | None = None,
) -> EnrollResponse:
    """Exchange an enrolment code for this station's token (no token needed yet).

    ``station``: the name asked for, used with a site's code for a fleet. With a ``trust``
    that learns (``ServerTrust(learn=True)``), its ``seen()`` is then the fingerprint of the
    certificate the station enrolled against.
    """
    # stripped as the model does (str_strip_whitespace) before it checks
    strip = {
        k: v.strip() if isinstance(v, str) else v
        for k, v in (("code", code), ("agent_version", agent_version), ("station", station))
    }
    try:
        body = lite.write_request("EnrollRequest", **strip)
    except lite.LiteError as exc:  # not a code at all: the server would not know it either
        raise ApiError(ErrorCode.ENROLMENT_CODE_INVALID, "malformed enrolment code", 422) from exc
    with httpx.Client(
        base_url=base_url,
        headers={"User-Agent": "epn-kiosk-station"},
        timeout=timeout,
        transport=transport or (trust or ServerTrust()).transport(),
    ) as http:
        enrolled: EnrollResponse = read(
            request(http, "POST", Paths.STATION_ENROLL, json=body), "EnrollResponse"
        )
        return enrolled

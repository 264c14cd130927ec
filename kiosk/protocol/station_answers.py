"""The server's answers a station reads over HTTP, as JSON Schema for kiosk/protocol/lite.py.

The pydantic models stay the one definition; :func:`answers_schema` writes them out
(``python scripts/station_schema.py`` commits it as kiosk/protocol/station_schema.py, which
tests/unit/kiosk/test_station_lite.py checks is up to date and read alike by both engines), so
that the station service can read the server without loading pydantic. This module loads
pydantic: the generator and the tests import it, never the station at run time.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from kiosk.protocol.commands import Command, UnknownCommand
from kiosk.protocol.errors import ApiErrorEnvelope
from kiosk.protocol.station import EnrollResponse, EventsAccepted, Grant, StationInfo
from kiosk.protocol.station_errors import ErrorReportsAccepted
from kiosk.protocol.station_staff import StationStaffDone, StationStaffLogin

#: Every body a station reads from the server, by model name: the answer of each of its calls
#: (station/me, sign-in, events, error reports, staff login and action, enrolment), each item
#: of the command long-poll (a command, else an unknown one), and the error envelope of a 4xx.
ANSWERS: dict[str, type[BaseModel]] = {
    model.__name__: model
    for model in (
        StationInfo,
        Grant,
        EventsAccepted,
        ErrorReportsAccepted,
        StationStaffLogin,
        StationStaffDone,
        EnrollResponse,
        Command,
        UnknownCommand,
        ApiErrorEnvelope,
    )
}


def answers_schema() -> dict[str, Any]:
    """``{"$defs": ..., "answers": {model name: schema}}`` for kiosk/protocol/lite.py."""
    from pydantic_core import to_jsonable_python

    from kiosk.protocol.lite_generate import generate

    generated, definitions = generate(
        [((name,), model.__pydantic_core_schema__) for name, model in ANSWERS.items()]
    )
    return to_jsonable_python(
        {"$defs": definitions, "answers": {name: generated[(name,)] for name in ANSWERS}}
    )

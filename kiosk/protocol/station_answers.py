"""What a station reads and sends over HTTP, and keeps on disk, as JSON Schema for kiosk/protocol/lite.py.

The pydantic models stay the one definition; :func:`answers_schema` writes them out
(``python scripts/station_schema.py`` commits it as kiosk/protocol/station_schema.py, which
tests/unit/kiosk/test_station_lite.py checks is up to date and read alike by both engines), so
that the station service speaks to the server and keeps its own records (outbox, local store,
offline cache) without loading pydantic. This module loads
pydantic: the generator and the tests import it, never the station at run time.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from kiosk.protocol.commands import Command, UnknownCommand
from kiosk.protocol.errors import ApiErrorEnvelope
from kiosk.protocol.preferences import VisitorPreferences
from kiosk.protocol.station import (
    AppEntry,
    EnrollRequest,
    EnrollResponse,
    Event,
    EventBatch,
    EventsAccepted,
    Grant,
    SignInRequest,
    StationInfo,
    VisitorInfo,
)
from kiosk.protocol.station_errors import ErrorReport, ErrorReportBatch, ErrorReportsAccepted
from kiosk.protocol.station_staff import (
    StationStaffAction,
    StationStaffDone,
    StationStaffLogin,
    StationStaffLoginRequest,
    StationStaffLogout,
)

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

#: Every body a station sends the server, by model name (built as plain data, checked by
#: kiosk/protocol/lite.py's ``write_request``).
REQUESTS: dict[str, type[BaseModel]] = {
    model.__name__: model
    for model in (
        SignInRequest,
        EventBatch,
        ErrorReportBatch,
        StationStaffLoginRequest,
        StationStaffAction,
        StationStaffLogout,
        EnrollRequest,
    )
}

#: What the station builds and keeps itself, by model name (``lite.station_record``): its
#: events and error reports (the outbox), a visitor's record and apps (the local store, the
#: offline cache, the enforcer's saved apps), a visitor's preferences.
RECORDS: dict[str, type[BaseModel]] = {
    model.__name__: model
    for model in (Event, ErrorReport, VisitorInfo, AppEntry, VisitorPreferences, StationInfo)
}


def answers_schema() -> dict[str, Any]:
    """``{"$defs": ..., "answers": {...}, "requests": {...}, "records": {...}}``, each
    ``{model name: schema}``, for kiosk/protocol/lite.py."""
    from pydantic_core import to_jsonable_python

    from kiosk.protocol.lite_generate import generate

    groups = {"answers": ANSWERS, "requests": REQUESTS, "records": RECORDS}
    generated, definitions = generate(
        [
            ((group, name), model.__pydantic_core_schema__)
            for group, models in groups.items()
            for name, model in models.items()
        ]
    )
    return to_jsonable_python(
        {
            "$defs": definitions,
            **{
                group: {name: generated[(group, name)] for name in models}
                for group, models in groups.items()
            },
        }
    )

"""The station's own errors, forwarded to the server for staff (issue: observability).

The station posts :class:`ErrorReportBatch` to ``Paths.STATION_ERRORS`` (its bearer token);
the server keeps each report once (``report_id``) and answers the ids it holds. Staff read a
station's reports with ``GET Paths.station_errors(name)`` (:class:`StationErrorList`).

A route of its own rather than an event kind of the outbox: an older server refuses a whole
event batch that carries a kind it does not know (422), which would block the station's
events; an older server answers 404 here, and the station then only keeps its reports.

Reports carry no personal data: the station scrubs anything shaped like a card number, a PIN,
a token or an identifier before queueing them (``kiosk/error_reports.py``).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from kiosk.protocol.limits import MAX_ERROR_LISTING as MAX_ERROR_LISTING
from kiosk.protocol.limits import MAX_ERROR_MESSAGE_LENGTH as MAX_ERROR_MESSAGE_LENGTH
from kiosk.protocol.limits import MAX_ERROR_REPORTS as MAX_ERROR_REPORTS
from kiosk.protocol.limits import MAX_JSON_INT
from kiosk.protocol.limits import MAX_LOGGER_LENGTH as MAX_LOGGER_LENGTH


class ErrorReport(BaseModel):
    """One error the station logged, or the same one repeated ``count`` times in a row."""

    report_id: str = Field(min_length=8, max_length=64)
    #: When it was (first) logged, ISO 8601 wall-clock time on the station.
    at: str = Field(max_length=40)
    #: The logging level's name: ERROR or CRITICAL (WARNING from a station configured so).
    level: str = Field(max_length=16)
    logger: str = Field(max_length=MAX_LOGGER_LENGTH)
    message: str = Field(max_length=MAX_ERROR_MESSAGE_LENGTH)
    count: int = Field(default=1, ge=1, le=MAX_JSON_INT)


class ErrorReportBatch(BaseModel):
    reports: list[ErrorReport] = Field(max_length=MAX_ERROR_REPORTS)


class ErrorReportsAccepted(BaseModel):
    """Every report id of the batch that the server now holds (new or seen before)."""

    accepted: list[str]


class StationError(BaseModel):
    """A report as staff read it, with when the server received it."""

    at: str
    received_at: str
    level: str
    logger: str
    message: str
    count: int


class StationErrorList(BaseModel):
    """A station's reports, newest first."""

    station: str
    errors: list[StationError]

"""What is wrong with a station that staff must see: its own alerts and a refused enrolment.

Both live in ``station_alerts`` (one row per station and code, with when it was first noted):

- the :class:`StationAlert` codes a station raises in its heartbeats (its screen is not
  running, its session cannot be locked down, ...): each heartbeat says which are raised now,
  and those it no longer carries are cleared (:func:`record_heartbeat`);
- ``outdated_version``, never stored: derived by :func:`load` from the version the station
  last reported (``stations.agent_version``), older than the server supports;
- ``enrolment_refused:<reason>``, noted by the server when a PC tried one of the station's
  known codes and was refused (expired, used already): cleared when the station enrols, or
  by its next heartbeat (it carries no such code).

The room (admin/staff/desk.py) and the stations' list (admin/stations/management.py) read
them with :func:`load`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from kiosk.protocol.room import EnrolmentRefusal, EnrolmentRefusalReason, RaisedAlert
from kiosk.protocol.station import StationAlert
from kiosk.protocol.version import MIN_STATION_VERSION, is_outdated

#: The code of a refused enrolment, before its reason.
ENROLMENT_REFUSED = "enrolment_refused:"
#: The server's own judgement, never taken from a heartbeat.
_DERIVED = {StationAlert.OUTDATED_VERSION.value}
_ALERTS = {alert.value for alert in StationAlert} - _DERIVED
_REASONS = {reason.value for reason in EnrolmentRefusalReason}


@dataclass
class StationAlerts:
    """One station's alerts, oldest first, and its last refused enrolment."""

    alerts: list[RaisedAlert] = field(default_factory=list)
    enrolment_refused: EnrolmentRefusal | None = None


def record_heartbeat(db: Database, station_id: int, raised: list[StationAlert], now: str) -> bool:
    """The alerts a heartbeat carries are the station's now; True when that changed anything.

    Most heartbeats change nothing: the DELETE then matches no row and the INSERTs are
    ignored, so nothing is written and the room is not woken for them.
    """
    codes = sorted({alert.value for alert in raised} - _DERIVED)
    if codes:
        marks = ", ".join("?" for _ in codes)
        cursor = db.execute(
            f"DELETE FROM station_alerts WHERE station_id = ? AND code NOT IN ({marks})",
            [station_id, *codes],
        )
    else:
        cursor = db.execute("DELETE FROM station_alerts WHERE station_id = ?", [station_id])
    changed = cursor.rowcount > 0
    for code in codes:
        cursor = db.execute(
            "INSERT OR IGNORE INTO station_alerts (station_id, code, raised_at) VALUES (?, ?, ?)",
            [station_id, code, now],
        )
        changed = cursor.rowcount > 0 or changed
    return changed


def record_refused_enrolment(
    db: Database, station_id: int, reason: EnrolmentRefusalReason, now: str
) -> None:
    """A PC was refused one of this station's codes: the last such attempt is kept."""
    db.execute(
        "DELETE FROM station_alerts WHERE station_id = ? AND code LIKE ?",
        [station_id, f"{ENROLMENT_REFUSED}%"],
    )
    db.execute(
        "INSERT INTO station_alerts (station_id, code, raised_at) VALUES (?, ?, ?)",
        [station_id, f"{ENROLMENT_REFUSED}{reason.value}", now],
    )


def clear(db: Database, station_id: int) -> None:
    """The station enrolled: what was noted about it is over (its heartbeats will tell)."""
    db.execute("DELETE FROM station_alerts WHERE station_id = ?", [station_id])


def load(
    db: Database, where: str, params: list[Any], oldest: str = MIN_STATION_VERSION
) -> dict[int, StationAlerts]:
    """The alerts of the stations ``st`` matching ``where``, by station id.

    A code this server does not know (left by a newer version) is skipped. A station whose
    reported version is older than ``oldest`` has ``outdated_version`` last, since it was last
    seen.
    """
    found: dict[int, StationAlerts] = {}
    rows = db.query(
        "SELECT a.station_id, a.code, a.raised_at FROM station_alerts a"
        f" JOIN stations st ON st.id = a.station_id WHERE {where}"
        " ORDER BY a.raised_at, a.code",
        params,
    )
    for row in rows:
        code: str = row["code"]
        entry = found.setdefault(row["station_id"], StationAlerts())
        if code.startswith(ENROLMENT_REFUSED):
            reason = code.removeprefix(ENROLMENT_REFUSED)
            if reason in _REASONS:
                entry.enrolment_refused = EnrolmentRefusal(
                    reason=EnrolmentRefusalReason(reason), at=row["raised_at"]
                )
        elif code in _ALERTS:
            entry.alerts.append(RaisedAlert(code=StationAlert(code), since=row["raised_at"]))
    versions = db.query(
        "SELECT st.id, st.agent_version, COALESCE(st.last_seen_at, '') AS seen FROM stations st"
        f" WHERE st.agent_version IS NOT NULL AND {where}",
        params,
    )
    for row in versions:
        if is_outdated(row["agent_version"], oldest):
            found.setdefault(row["id"], StationAlerts()).alerts.append(
                RaisedAlert(code=StationAlert.OUTDATED_VERSION, since=row["seen"])
            )
    return found

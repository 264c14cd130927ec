"""Time on a workshop's held station during its slot is training, not free access.

Called from :meth:`admin.stations.link.StationService._open_session` with the hold that
admitted the visitor: a session opened under a workshop's hold is marked ``purpose =
'training'`` with the date's id (``sessions.workshop_date_id``); its grant runs to the end of
the slot (and the site's closing, and the station's next hold), whatever is left of the
visitor's free-access allowance, and the ledger's triggers (m028) leave its seconds out of the
daily and weekly totals that allowance reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from admin.core.timeutil import from_iso

TRAINING = "training"


def training_date(db: Database, hold: Mapping[str, Any] | None) -> int | None:
    """The workshop date whose hold admitted the visitor (None: not a workshop's hold)."""
    if hold is None or hold["kind"] != "workshop":
        return None
    row = next(db.query("SELECT id FROM workshop_dates WHERE booking = ?", [hold["booking"]]), None)
    return None if row is None else int(row["id"])


def training_terms(
    hold: Mapping[str, Any], now: datetime, closing: int | None, booking: int | None
) -> dict[str, int]:
    """The grant's terms of a training session: to the slot's end, closing, the next hold."""
    terms = {"workshop": max(0, int((from_iso(hold["ends_at"]) - now).total_seconds()))}
    if closing is not None:
        terms["closing"] = max(0, closing)
    if booking is not None:
        terms["booking"] = booking
    return terms

"""The pure rules of holds: whom a hold admits, a hold's times, the queue's expected wait.

No I/O. :func:`admits` is the one admission rule: every sign-in on a held station, the grant's
"booking" term and the cut of running sessions ask it. Each kind has its rule in
:data:`ADMISSION`; a caller may pass its own mapping (the workshops' service plugs in its
participant check for ``workshop`` holds through :class:`admin.holds.service.HoldService` and
:class:`admin.stations.link.StationService`'s ``admission``).
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from admin.core.errors import Refused
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import MAX_HOLD_AHEAD_DAYS, MAX_HOLD_HOURS, HoldKind

#: The states in which a hold keeps its station for its span.
ACTIVE_STATES = ("held", "claimed")


@dataclass(frozen=True)
class Candidate:
    """Who asks to use a held station: a visitor (None: nobody known yet), the session code
    they gave, and whether staff vouch for them at the desk (a desk sign-in)."""

    visitor_id: int | None
    code: str | None = None
    desk: bool = False
    #: The visitor's category: a class admits its pupils' category (None: not known).
    category: str | None = None


@dataclass(frozen=True)
class HoldView:
    """What admission reads of a hold: its row and the visitors its booking lists."""

    row: Mapping[str, Any]
    members: frozenset[int] = field(default_factory=frozenset)


#: One kind's rule: does this hold admit this candidate?
AdmissionRule = Callable[[HoldView, Candidate], bool]


def _code_matches(hold: HoldView, candidate: Candidate) -> bool:
    code = hold.row.get("code")
    if not code or not candidate.code:
        return False
    return hmac.compare_digest(code.upper().encode(), candidate.code.strip().upper().encode())


def _own_visitor(hold: HoldView, candidate: Candidate) -> bool:
    return candidate.visitor_id is not None and candidate.visitor_id == hold.row.get("visitor_id")


def _visitor_rule(hold: HoldView, candidate: Candidate) -> bool:
    return _own_visitor(hold, candidate)


def _queue_rule(hold: HoldView, candidate: Candidate) -> bool:
    # a name-only ticket has no card: staff sign the person in at the desk
    return candidate.desk or _own_visitor(hold, candidate)


def _listed_or_code(hold: HoldView, candidate: Candidate) -> bool:
    listed = candidate.visitor_id is not None and candidate.visitor_id in hold.members
    return listed or _code_matches(hold, candidate)


def _workshop_rule(hold: HoldView, candidate: Candidate) -> bool:
    # a participant without a card (registered by name) is signed in by staff at the desk
    return candidate.desk or _listed_or_code(hold, candidate)


def _class_rule(hold: HoldView, candidate: Candidate) -> bool:
    # the listed pupils and the teacher's card, or any account of the pupils' category (the
    # school directory's pupils, created on their first sign-in); staff vouch at the desk
    if candidate.desk or (
        candidate.visitor_id is not None and candidate.visitor_id in hold.members
    ):
        return True
    category = hold.row.get("category")
    return category is not None and candidate.category == category


#: The admission rule of each kind. ``workshop``: its participants and the animateur's visitor
#: card (the booking's listed visitors, kept by admin/workshops/), the session code when
#: walk-ins are allowed (the code is set only then), and a desk sign-in (staff vouch for a
#: participant registered by name, on a guest ticket). ``class``: its listed pupils and the
#: teacher's card, every account of the hold's ``category``, and a desk sign-in.
ADMISSION: Mapping[str, AdmissionRule] = {
    HoldKind.VISITOR: _visitor_rule,
    HoldKind.GROUP: _listed_or_code,
    HoldKind.QUEUE: _queue_rule,
    HoldKind.WORKSHOP: _workshop_rule,
    HoldKind.CLASS: _class_rule,
}


def admits(
    hold: HoldView, candidate: Candidate, rules: Mapping[str, AdmissionRule] = ADMISSION
) -> bool:
    """Whether ``hold`` lets ``candidate`` use its station during its span."""
    rule = rules.get(hold.row["kind"])
    return rule is not None and rule(hold, candidate)


# --- times --------------------------------------------------------------------------------


def parse_moment(text: str, timezone: str) -> datetime:
    """An instant from ISO 8601: with an offset as given, without one at the site's wall clock.

    A wall time that does not exist (skipped when the clocks go forward) is refused: nobody
    means 02:30 on the spring-forward night. A repeated one (autumn) means its first occurrence.
    """
    try:
        moment = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        raise Refused(
            ErrorCode.HOLD_BAD_TIME, f"{text!r} is no date and time", {"value": text}
        ) from None
    if moment.tzinfo is not None:
        return moment
    zone = ZoneInfo(timezone)
    local = moment.replace(tzinfo=zone)
    back = local.astimezone(ZoneInfo("UTC")).astimezone(zone)
    if back.replace(tzinfo=None) != moment:
        raise Refused(
            ErrorCode.HOLD_BAD_TIME,
            f"{text} does not exist in {timezone} (the clocks go forward then)",
            {"value": text, "timezone": timezone},
        )
    return local


def check_span(start: datetime, end: datetime, now: datetime) -> None:
    """HOLD_BAD_TIME unless ``start`` < ``end``, not past, not too long, not too far ahead."""
    reason = None
    if end <= start:
        reason = "the end is not after the start"
    elif end <= now or start < now - timedelta(minutes=1):
        reason = "the hold starts in the past"
    elif end - start > timedelta(hours=MAX_HOLD_HOURS):
        reason = f"a hold lasts at most {MAX_HOLD_HOURS} hours"
    elif start - now > timedelta(days=MAX_HOLD_AHEAD_DAYS):
        reason = f"a hold is made at most {MAX_HOLD_AHEAD_DAYS} days ahead"
    if reason is not None:
        raise Refused(ErrorCode.HOLD_BAD_TIME, reason, {"reason": reason})


def overlaps(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    """Two spans (UTC ISO text, which compares as time) share a moment."""
    return a_start < b_end and b_start < a_end


# --- the queue ----------------------------------------------------------------------------


def expected_waits(
    waiting: int, free: int, seconds_left: Sequence[int], typical: int
) -> list[int | None]:
    """Expected wait in seconds of each of ``waiting`` tickets in line order.

    The first ``free`` ones wait for nothing; the next ones for the running sessions' time left,
    soonest first; past them, each round of sessions again after ``typical`` seconds (a
    session's usual length). None when no session runs to tell.
    """
    lefts = sorted(max(0, s) for s in seconds_left)
    waits: list[int | None] = []
    for position in range(waiting):
        behind = position - free
        if behind < 0:
            waits.append(0)
        elif not lefts:
            waits.append(None)
        else:
            rounds, index = divmod(behind, len(lefts))
            waits.append(lefts[index] + rounds * typical)
    return waits

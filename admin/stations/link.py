"""What stations ask of the server: who am I, sign a visitor in, take my events, my commands."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NoReturn

from sqlite_utils import Database

from admin.auth import sources as auth
from admin.catalogue import loaders as catalogue
from admin.core.actors import StationIdentity
from admin.core.errors import Refused
from admin.core.security import token_digest, verify_secret
from admin.core.timeutil import Clock, seconds_between, to_iso, utc_now
from admin.db.store import Store
from admin.holds import gate, queue
from admin.holds.rules import ADMISSION, AdmissionRule, Candidate
from admin.lockouts.limits import (
    LockKey,
    LockKind,
    Lockout,
    station_probe,
    visitor_card,
    visitor_pin,
)
from admin.rules import grant as policy
from admin.rules import session_rules
from admin.sessions import auto_extend, ledger, reconcile, resume
from admin.sites import charters
from admin.sites import settings as sites
from admin.sites.hours import Schedule, next_opening
from admin.stations import events as station_events
from admin.stations import liveness
from admin.visitors import accounts as visitors
from admin.visitors import preferences, profile, tickets
from admin.visitors.profile import ProfileRules
from admin.workshops.training import TRAINING, training_date, training_terms
from kiosk.protocol.commands import Command
from kiosk.protocol.errors import ErrorCode, wrong_pin_details
from kiosk.protocol.holds import HoldKind
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.preferences import VisitorPreferences
from kiosk.protocol.station import Event, Grant, VisitorInfo

log = logging.getLogger("epn.server.stations")

NOT_STARTED_REASON = reconcile.NOT_STARTED_REASON
#: last_seen_at is rewritten at most this often; offline detection needs far less.
SEEN_RESOLUTION_SECONDS = 1.0


@dataclass(frozen=True)
class EventsResult:
    accepted: list[str]
    #: Something the station list shows changed (a session ended, a command applied).
    changed: bool
    #: A command was queued for this station (automatic extension): wake its long-poll.
    commands_queued: bool = False
    #: Events of the batch the server had applied already (sent again from the outbox).
    replayed: int = 0


def is_offline(last_seen_at: str | None, now: datetime) -> bool:
    elapsed = seconds_between(last_seen_at, now)
    return elapsed is None or elapsed > OFFLINE_AFTER_SECONDS


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return list(db.query(sql, params))


_IDENTITY_SQL = (
    "SELECT st.id, st.name, st.site_id, st.enabled, st.last_seen_at, st.disabled_reason,"
    " si.name AS site_name, si.timezone FROM stations st JOIN sites si ON si.id = st.site_id"
)


#: The number every change to what ``_IDENTITY_SQL`` reads moves (triggers of migration m022).
_IDENTITY_VERSION_SQL = "SELECT version FROM station_identity_version WHERE id = 1"


class _Identities:
    """The stations' identity rows by token digest, as of one identity version.

    A heartbeat reads one number instead of joining stations and sites: while the version is
    the one these rows were read at, nothing they hold changed (a revoked or new token, a
    disabled or enabled station, a site change: each moves the version, from any process).
    Only found tokens are kept; an unknown token is looked up every time.
    """

    __slots__ = ("rows", "version")

    def __init__(self, version: int) -> None:
        self.version = version
        self.rows: dict[str, dict[str, Any]] = {}


def _identity(row: dict[str, Any], now: datetime) -> StationIdentity:
    return StationIdentity(
        id=row["id"],
        name=row["name"],
        site_id=row["site_id"],
        site_name=row["site_name"],
        timezone=row["timezone"],
        enabled=bool(row["enabled"]),
        came_online=is_offline(row["last_seen_at"], now),
        disabled_reason=row["disabled_reason"],
    )


def _check_active(visitor: dict[str, Any], station: StationIdentity, now: datetime) -> None:
    """ACCOUNT_DISABLED unless the visitor's account is active today at the station's site."""
    if not visitors.is_active(visitor, visitors.local_today(now, station.timezone)):
        until = visitor["disabled_until"]  # the last day, when staff gave one
        raise Refused(
            ErrorCode.ACCOUNT_DISABLED,
            "this visitor account is disabled",
            {"until": until} if until else None,
        )


_SOURCE_REFUSALS = {
    auth.Reason.EXPIRED: (ErrorCode.CARD_EXPIRED, "the library card has expired"),
    auth.Reason.BLOCKED: (ErrorCode.CARD_BLOCKED, "the library system blocks this card"),
    auth.Reason.FINES: (ErrorCode.FINES_DUE, "fines above the site's limit"),
}


def _outside_visitor(db: Database, source: str, account: auth.Account, now: str) -> dict[str, Any]:
    """The visitor row of an account a source vouched for: made on its first sign-in.

    Its category, name (when the source gives it) and profile follow the source's answer
    each time; the statistics fields the source gives go in the visitor profile's columns
    (birth year; the postcode as the commune) when the profile's rules accept them, and are
    dropped otherwise (the library system's data, not the visitor's answer: never guessed).
    """
    rules = ProfileRules((), date.fromisoformat(now[:10]))
    known = {row["name"] for row in db.query("SELECT name FROM categories")}
    values: dict[str, Any] = {
        "category": account.category if account.category in known else "adult"
    }
    if account.display_name:
        values["display_name"] = account.display_name
    for field, given in (("birth_year", account.birth_year), ("commune", account.postcode)):
        if given is not None and rules.problem(field, str(given)) is None:
            values[field] = rules.value(field, str(given))
    row = next(db.query("SELECT * FROM visitors WHERE identifier = ?", [account.identifier]), None)
    if row is None:
        db.execute(
            f"INSERT INTO visitors (identifier, source, enabled, created_at, {', '.join(values)})"
            f" VALUES (?, ?, 1, ?, {', '.join('?' for _ in values)})",
            [account.identifier, source, now, *values.values()],
        )
    else:
        sets = ", ".join(f"{k} = ?" for k in values)
        db.execute(f"UPDATE visitors SET {sets} WHERE id = ?", [*values.values(), row["id"]])
    visitor = next(db.query("SELECT * FROM visitors WHERE identifier = ?", [account.identifier]))
    if account.profile is not None:
        profile = next(db.query("SELECT id FROM profiles WHERE name = ?", [account.profile]), None)
        if profile is not None:
            db.execute("DELETE FROM visitor_profiles WHERE visitor_id = ?", [visitor["id"]])
            db.execute(
                "INSERT INTO visitor_profiles (visitor_id, profile_id) VALUES (?, ?)",
                [visitor["id"], profile["id"]],
            )
    return visitor


class StationService:
    def __init__(
        self,
        store: Store,
        clock: Clock = utc_now,
        lockout: Lockout | None = None,
        admission: Mapping[str, AdmissionRule] = ADMISSION,
        sources: auth.AuthConfig | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        #: The sign-in sources besides the visitor list, per site (admin/auth/sources.py).
        self.sources = sources or auth.AuthConfig()
        self.source_stats = auth.SourceStats(store, clock)
        #: Whom each kind of hold admits (admin/holds/rules.py; the workshops' rule plugs in).
        self._admission = admission
        self._lockout = lockout or Lockout(store, clock)
        self._light: liveness.HeartbeatBuffer | None = None
        self._identities = _Identities(-1)

    def authenticate(self, token: str) -> StationIdentity:
        """Find the station owning ``token`` and record that it was seen now."""
        station, seen = self.identify(token)
        if seen is not None:
            self._store.write(seen)
        return station

    def identify(self, token: str) -> tuple[StationIdentity, Callable[[Database], None] | None]:
        """The station owning ``token`` (a read), and the write recording it was seen, if due.

        The caller runs that write before or with the request's own (:meth:`Store.submit`).
        """
        digest = token_digest(token)
        now = self._clock()
        row = self._store.read(lambda db: self._identity_row(db, digest))
        if row is None:
            raise Refused(ErrorCode.UNAUTHENTICATED, "unknown station token")
        elapsed = seconds_between(row["last_seen_at"], now)
        if elapsed is not None and elapsed < SEEN_RESOLUTION_SECONDS:  # spare a write
            return _identity(row, now), None
        station_id, seen_at = row["id"], to_iso(now)
        identity = _identity(row, now)
        row["last_seen_at"] = seen_at  # the kept row: only this server writes it

        def seen(db: Database) -> None:
            db.execute("UPDATE stations SET last_seen_at = ? WHERE id = ?", [seen_at, station_id])

        return identity, seen

    def _identity_row(self, db: Database, digest: str) -> dict[str, Any] | None:
        """The identity row of the token ``digest``: kept, unless the identity version moved.

        The version is read before the row: a row kept under a version is never older than
        it, so a change committed before this request was read is always seen.
        """
        version = db.conn.execute(_IDENTITY_VERSION_SQL).fetchone()[0]
        identities = self._identities
        if identities.version != version:
            identities = self._identities = _Identities(version)
        row = identities.rows.get(digest)
        if row is None:
            row = next(db.query(f"{_IDENTITY_SQL} WHERE st.token_hash = ?", [digest]), None)
            if row is not None:
                identities.rows[digest] = row
        return row

    # --- sign-in ------------------------------------------------------------------------

    def sign_in(
        self,
        station: StationIdentity,
        identifier: str,
        pin: str | None,
        chosen: VisitorPreferences | None = None,
        hold_code: str | None = None,
    ) -> Grant:
        """Open a session for the visitor on this station, or raise :class:`Refused`.

        ``chosen``: what the visitor chose on the lock screen, kept as their preferences.
        ``hold_code``: a group booking's session code, for a station held for that group.

        Until a PIN is proved, an unknown card, a wrong PIN and a disabled card get the same
        answers and count the same (docs/ARCHITECTURE.md, "Lockouts"): PIN_REQUIRED without a
        PIN, BAD_CREDENTIALS with a wrong one; ACCOUNT_DISABLED only once the PIN was right.
        """
        if not station.enabled:
            raise Refused(ErrorCode.STATION_DISABLED, "this station is disabled")
        probe = station_probe(station.id)
        self._lockout.check(probe)
        card = (visitor_pin(identifier, station.id), visitor_card(identifier))
        if pin:  # only an attempt to prove a PIN is slowed: asking for one costs nothing
            self._lockout.check(*card)
        visitor = self._store.read(
            lambda db: next(
                db.query("SELECT * FROM visitors WHERE identifier = ?", [identifier]), None
            )
        )
        if visitor is None or visitor["category"] == visitors.GUEST_CATEGORY:
            grant = self._sign_in_ticket(station, identifier)
            if grant is not None:
                return grant
        if visitor is None or visitor["source"] != auth.LOCAL:
            # a card the visitor list does not vouch for: the site's other sources may
            visitor = self._sign_in_outside(station, identifier, pin, visitor, probe, card)
        elif visitor["category"] == visitors.GUEST_CATEGORY:
            if pin:
                verify_secret(None, pin)  # about the time a wrong PIN takes
            self._refuse_card(probe, card, pin)
        # The PIN is checked outside the store lock: argon2 is slow on purpose.
        if visitor["pin_hash"] is not None:
            if not pin or not verify_secret(visitor["pin_hash"], pin):
                self._refuse_card(probe, card, pin)
            self._lockout.succeeded(*card)
        _check_active(visitor, station, self._clock())
        now = self._clock()
        grant = self._store.write(
            lambda db: self._open_session(db, station, visitor, now, chosen, hold_code)
        )
        log.info(
            "session %s opened on %s for %ds", grant.session_id, station.name, grant.granted_seconds
        )
        return grant

    def _sign_in_outside(
        self,
        station: StationIdentity,
        identifier: str,
        pin: str | None,
        visitor: dict[str, Any] | None,
        probe: LockKey,
        card: tuple[LockKey, ...],
    ) -> dict[str, Any]:
        """The visitor row of a card one of the site's sources vouches for, or :class:`Refused`.

        An account a source created is asked of that source only. No PIN: PIN_REQUIRED before
        any source is asked. An unknown card and a wrong PIN are answered as for the visitor
        list (BAD_CREDENTIALS, counted by the lockouts); the source's other refusals come once
        the PIN is proved. No source answering: SOURCE_UNREACHABLE (a 503 carrying its code: the
        station shows it as a refusal). The PIN is never stored here.
        """
        order = self.sources.external(station.site_name)
        if visitor is not None:
            order = [s for s in order if s.name == visitor["source"]]
        if not order or not pin:
            if pin:
                verify_secret(None, pin)  # about the time a wrong PIN takes
            self._refuse_card(probe, card, pin)
        answers = auth.ask_in_order(order, identifier, pin)
        last = answers[-1]
        for answer in answers:
            outcome = auth.SIGNED_IN if answer.account else str(answer.reason)
            self.source_stats.count(answer.source, outcome)
            if answer.reason is not None:
                log.info(
                    "source %s refused a sign-in on %s: %s",
                    answer.source,
                    station.name,
                    answer.reason,
                )
        if last.account is None:
            reached = [a for a in answers if a.reason != auth.Reason.UNREACHABLE]
            if not reached or (last.reason == auth.Reason.UNKNOWN and len(reached) < len(answers)):
                raise Refused(
                    ErrorCode.SOURCE_UNREACHABLE,
                    "the library system or directory does not answer",
                    {"source": last.source},
                )
            if last.reason in (auth.Reason.UNKNOWN, auth.Reason.PIN_WRONG):
                self._refuse_card(probe, card, pin)
            self._lockout.succeeded(*card)
            code, message = _SOURCE_REFUSALS[auth.Reason(str(last.reason))]
            raise Refused(code, message, dict(last.details))
        self._lockout.succeeded(*card)
        account = last.account
        now = to_iso(self._clock())
        return self._store.write(lambda db: _outside_visitor(db, last.source, account, now))

    def _refuse_card(self, probe: LockKey, card: tuple[LockKey, ...], pin: str | None) -> NoReturn:
        """The one answer to a card whose PIN is not proved, whether the card exists or not."""
        if not pin:
            self._lockout.failed(probe)
            raise Refused(ErrorCode.PIN_REQUIRED, "type the PIN of this card")
        counted = self._lockout.failed(probe, *card)[LockKind.VISITOR_PIN]
        raise Refused(
            ErrorCode.BAD_CREDENTIALS,
            "card number or PIN not recognised",
            wrong_pin_details(
                counted.tries_left,
                round(self._lockout.rule(LockKind.VISITOR_PIN).max_wait.total_seconds()),
                round(counted.wait.total_seconds()),
            ),
        )

    def desk_sign_in(self, db: Database, station_id: int, identifier: str, now: datetime) -> Grant:
        """Open a session for a visitor staff vouch for at the desk (CommandKind.SIGN_IN).

        The kiosk's rules without the PIN and the lockouts: unknown identifier or ticket,
        disabled account, closed, no time left, signed in elsewhere. Runs in the caller's
        transaction (admin/stations/commands.py checks the station is online, enabled and free).
        """
        row = next(db.query(f"{_IDENTITY_SQL} WHERE st.id = ?", [station_id]))
        station = _identity(row, now)
        visitor = next(db.query("SELECT * FROM visitors WHERE identifier = ?", [identifier]), None)
        if visitor is None or visitor["category"] == visitors.GUEST_CATEGORY:
            return tickets.sign_in(
                db,
                identifier,
                station.site_id,
                now,
                lambda guest: self._open_session(db, station, guest, now, desk=True),
            )
        _check_active(visitor, station, now)
        return self._open_session(db, station, visitor, now, desk=True)

    def _sign_in_ticket(self, station: StationIdentity, identifier: str) -> Grant | None:
        """No visitor has this identifier: it may be a guest ticket (see admin/visitors/tickets.py).

        None when it is no ticket and not shaped like one: the caller answers it as a card.
        A code shaped like a ticket gets the ticket's own refusal (TICKET_INVALID), which
        helps a guest who mistyped it and says nothing about card numbers.
        """
        now = self._clock()
        try:
            return self._store.write(
                lambda db: tickets.sign_in(
                    db,
                    identifier,
                    station.site_id,
                    now,
                    lambda guest: self._open_session(db, station, guest, now),
                )
            )
        except Refused as exc:
            if exc.code == ErrorCode.UNKNOWN_IDENTIFIER:
                return None
            if tickets.is_unknown(exc):
                self._lockout.failed(station_probe(station.id))
            raise

    def _open_session(
        self,
        db: Database,
        station: StationIdentity,
        visitor: dict[str, Any],
        now: datetime,
        chosen: VisitorPreferences | None = None,
        code: str | None = None,
        desk: bool = False,
    ) -> Grant:
        schedule = sites.load_schedule(db, station.site_id)
        closing = sites.check_open(schedule, now, station.timezone)  # or refused: CLOSED
        # a held station admits only whom its hold admits (admin/holds/gate.py)
        candidate = Candidate(visitor["id"], code, desk, visitor["category"])
        held = gate.admit(db, station, candidate, now, self._admission)
        # the same visitor resumes their session on this station; another one's is stale
        # a visitor never holds two running sessions, even while another station is silent
        reconcile.check_not_elsewhere(db, visitor["id"], station.id, now)
        resumed = resume.resume_or_close(db, station.id, visitor["id"], now, closing)
        # what is left before this session (a resumed one's use so far included), read once:
        # the grant of a new session, and the allowance the station caches to admit the visitor
        # offline (kiosk/offline.py)
        limits, used = self._limits_and_usage(db, station, visitor, now)
        terms = policy.allowances(limits, used, closing)
        # the station's next hold that does not admit this visitor: the "booking" term
        upcoming = gate.next_term(db, station, candidate, now, self._admission)
        if upcoming is not None:
            terms["booking"] = upcoming[0]
        # a workshop's slot: training time, granted to the slot's end, outside the allowance
        workshop_date = training_date(db, held)
        # a class's slot likewise: the pupils' time runs to the slot's end (admin/classes/)
        in_class = held is not None and held["kind"] == HoldKind.CLASS
        grant_terms = terms
        if held is not None and (workshop_date is not None or in_class):
            grant_terms = training_terms(
                held, now, closing, upcoming[0] if upcoming is not None else None
            )
        bound_by = None
        if resumed is not None:
            session_id, seconds = resumed
        else:
            if upcoming is not None and upcoming[0] < policy.MIN_GRANT_SECONDS:
                raise gate.refuse_soon(upcoming[1], station)
            session_id, seconds = self._new_session(
                db, station, visitor, now, grant_terms, schedule, workshop_date, in_class
            )
            bound_by = min(grant_terms, key=grant_terms.__getitem__)
        if held is not None:
            gate.claim(db, held, session_id, visitor["id"], now)
        queue.seated(db, station.site_id, visitor["id"], now)
        rules = session_rules.load(db, station.site_id, visitor["category"])
        return Grant(
            session_id=session_id,
            visitor=VisitorInfo(
                identifier=visitor["identifier"],
                display_name=visitor["display_name"],
                category=visitor["category"],
                preferences=preferences.choose(db, visitor, chosen, to_iso(now)),
            ),
            granted_seconds=seconds,
            warning_seconds=list(rules.warning_seconds),
            apps=catalogue.apps_for(db, station.id, station.site_id, visitor),
            closes_in_seconds=closing,
            allowance_seconds=min(terms["daily"], terms["weekly"]),
            daily_seconds=limits.daily_minutes * 60,
            charter=charters.due(db, station.site_id, visitor, now, station.timezone),
            bound_by=bound_by,
            next_hold=upcoming[1] if upcoming is not None and bound_by == "booking" else None,
        )

    def _new_session(
        self,
        db: Database,
        station: StationIdentity,
        visitor: dict[str, Any],
        now: datetime,
        terms: dict[str, int],
        schedule: Schedule,
        workshop_date: int | None = None,
        in_class: bool = False,
    ) -> tuple[str, int]:
        """A new session with the grant of ``terms`` (or NO_TIME_LEFT): its id and seconds;
        a training session when ``workshop_date`` (admin/workshops/training.py)."""
        seconds = policy.grant_of(terms)
        if seconds == 0:
            resets = policy.resets_at(terms, now, station.timezone)
            # what the visitor is told: the site's first opening once their time is back
            back = next_opening(schedule, resets, station.timezone)
            raise Refused(
                ErrorCode.NO_TIME_LEFT,
                "no time left today or this week",
                {
                    "allowances": terms,
                    "resets_at": to_iso(resets),
                    "back_at": to_iso(back or resets),
                },
            )
        session_id = str(uuid.uuid4())
        db.execute(
            "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, granted_seconds,"
            " used_seconds, remaining_seconds, reported_at, day, purpose, workshop_date_id"
            f"{profile.insert_columns()})"
            f" VALUES (?, ?, ?, 'active', ?, ?, 0, ?, ?, ?, ?, ?{profile.insert_marks()})",
            [
                session_id,
                station.id,
                visitor["id"],
                to_iso(now),
                seconds,
                seconds,
                to_iso(now),
                ledger.day_of(now, station.timezone),
                "free" if workshop_date is None and not in_class else TRAINING,
                workshop_date,
                *profile.snapshot(db, visitor["id"], now, station.timezone),
            ],
        )
        return session_id, seconds

    def _limits_and_usage(
        self, db: Database, station: StationIdentity, visitor: dict[str, Any], now: datetime
    ) -> tuple[policy.Limits, policy.Usage]:
        policies = {
            row["category"]: policy.Limits(
                row["session_minutes"], row["daily_minutes"], row["weekly_minutes"]
            )
            for row in db.query("SELECT * FROM policies")
        }
        site_limits = sites.load_site_limits(db, station.site_id)
        limits = policy.limits_for(visitor["category"], policies, site_limits)
        # the visitor's other sessions are closed by now: the daily totals hold all their use,
        # and the time a silent station may have used since its last report counts too
        used = ledger.usage(db, visitor["id"], now, station.timezone)
        return limits, reconcile.with_possible_use(db, visitor["id"], used, now, station.timezone)

    # --- events (what each one does: admin/stations/events.py) ---------------------------

    def apply_events(self, station: StationIdentity, events: Iterable[Event]) -> EventsResult:
        """Apply each event once per (station, event_id); replays are accepted and skipped."""
        write, done = self._events_write(station, events)
        return done(self._store.write(write))

    def light_heartbeats(
        self,
        interval: float = liveness.FLUSH_SECONDS,
        notify: Callable[[bool, list[str]], None] | None = None,
    ) -> liveness.HeartbeatBuffer:
        """Answer routine heartbeats at once and write them in bulk (admin/stations/liveness.py).

        ``notify(changed, stations)`` is called after a bulk write that changed the station
        list or queued commands for ``stations`` (by name).
        """
        self._light = liveness.HeartbeatBuffer(self._store, self._apply_held, interval, notify)
        return self._light.start()

    async def apply_events_grouped(
        self,
        station: StationIdentity,
        events: Iterable[Event],
        seen: Callable[[Database], None] | None = None,
    ) -> EventsResult:
        """:meth:`apply_events` through the group-commit writer: returns once it is durable.

        ``seen`` (from :meth:`identify`) is written in the same transaction. With
        :meth:`light_heartbeats`, a routine heartbeat is answered at once and written with
        the next bulk write instead.
        """
        batch = sorted(events, key=lambda e: e.seq)
        light = self._light
        if light is not None and light.admits(station.id, batch):
            light.keep(liveness.Held(station, batch[-1], self._clock(), seen))
            return EventsResult(accepted=[e.event_id for e in batch], changed=False)
        write, done = self._events_write(station, batch)

        def job(db: Database, held: Sequence[liveness.Held] = ()) -> tuple[bool, bool, int]:
            held_changed, held_queued = self._apply_held(db, held) if held else (False, [])
            if seen is not None:
                seen(db)
            changed, queued, replayed = write(db)
            return changed or held_changed, queued or bool(held_queued), replayed

        if light is None:
            return done(await asyncio.wrap_future(self._store.submit(job)))
        future = light.submit_after_held(station.id, job)
        result = done(await asyncio.wrap_future(future))  # type: ignore[arg-type]
        light.learn(station.id, batch)
        return result

    def _apply_held(self, db: Database, held: Sequence[liveness.Held]) -> tuple[bool, list[str]]:
        """Write light heartbeats, each in a savepoint: as the full path would have."""
        changed = False
        queued: list[str] = []
        for one in held:
            try:
                with db.atomic():
                    if one.seen is not None:
                        one.seen(db)
                    did_change, did_queue = station_events.apply(
                        db, one.station, one.event, one.moment
                    )
                    did_queue = (
                        auto_extend.after_event(db, one.station, one.event, one.moment) or did_queue
                    )
            except Exception:  # one station's refusal or fault is its own
                log.exception("heartbeat of %s not written", one.station.name)
                continue
            changed = changed or did_change or did_queue
            if did_queue:
                queued.append(one.station.name)
        return changed, queued

    def _events_write(
        self, station: StationIdentity, events: Iterable[Event]
    ) -> tuple[
        Callable[[Database], tuple[bool, bool, int]],
        Callable[[tuple[bool, bool, int]], EventsResult],
    ]:
        batch = sorted(events, key=lambda e: e.seq)
        moment = self._clock()
        now = to_iso(moment)

        def write(db: Database) -> tuple[bool, bool, int]:
            changed = queued = False
            replayed = 0
            for event in batch:
                cursor = db.execute(
                    "INSERT OR IGNORE INTO events (station_id, event_id, seq, kind, received_at,"
                    " body) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        station.id,
                        event.event_id,
                        event.seq,
                        event.kind,
                        now,
                        event.model_dump_json(),
                    ],
                )
                if cursor.rowcount == 1:
                    did_change, did_queue = station_events.apply(db, station, event, moment)
                    changed = did_change or changed
                    queued = did_queue or queued
                    queued = auto_extend.after_event(db, station, event, moment) or queued
                else:
                    replayed += 1
            return changed or queued, queued, replayed

        def done(outcome: tuple[bool, bool, int]) -> EventsResult:
            changed, queued, replayed = outcome
            return EventsResult(
                accepted=[e.event_id for e in batch],
                changed=changed,
                commands_queued=queued,
                replayed=replayed,
            )

        return write, done

    # --- commands -----------------------------------------------------------------------

    def pending_commands(self, station_id: int, after: int) -> list[Command]:
        rows = self._store.read(
            lambda db: _rows(
                db,
                "SELECT id, kind, session_id, minutes, seconds, text, texts, reason, identifier,"
                " grant_body, after_hours, created_at FROM commands"
                " WHERE station_id = ? AND status = 'pending' AND id > ? ORDER BY id",
                [station_id, after],
            )
        )
        return [_command(row) for row in rows]


def _command(row: dict[str, Any]) -> Command:
    body = row.pop("grant_body")
    texts = row.pop("texts")
    return Command.model_validate(
        {
            **row,
            "texts": json.loads(texts) if texts else {},
            "after_hours": bool(row["after_hours"]),
            "grant": Grant.model_validate_json(body) if body else None,
        }
    )

"""The protocol's enumerations that the station reads, apart from their models.

The models that carry them (kiosk/protocol/errors.py, station.py, command_status.py,
station_staff.py) import them from here: the visitor's screen reads them from the station
service's socket, and the station service its server and its own records, without loading
pydantic (kiosk/protocol/lite.py).
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Machine codes of every API error; the kiosk and console translate each one."""

    # request shape and authentication
    INVALID_REQUEST = "INVALID_REQUEST"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
    UNAUTHENTICATED = "UNAUTHENTICATED"  # missing or unknown station/staff token
    TOKEN_EXPIRED = "TOKEN_EXPIRED"
    FORBIDDEN = "FORBIDDEN"  # staff member acting outside their sites
    NOT_FOUND = "NOT_FOUND"
    BAD_LOGIN = "BAD_LOGIN"  # staff username or password wrong
    # visitor sign-in refusals
    UNKNOWN_IDENTIFIER = "UNKNOWN_IDENTIFIER"
    PIN_REQUIRED = "PIN_REQUIRED"  # not a failure: the kiosk asks for the PIN next
    BAD_CREDENTIALS = "BAD_CREDENTIALS"  # wrong PIN
    ACCOUNT_DISABLED = "ACCOUNT_DISABLED"
    NO_TIME_LEFT = "NO_TIME_LEFT"
    CLOSED = "CLOSED"
    LOCKED_OUT = "LOCKED_OUT"
    #: Too many requests from one address on the public pages (``details``:
    #: ``retry_after_seconds``, also the ``Retry-After`` header).
    RATE_LIMITED = "RATE_LIMITED"
    SIGNED_IN_ELSEWHERE = "SIGNED_IN_ELSEWHERE"
    STATION_DISABLED = "STATION_DISABLED"
    TICKET_INVALID = "TICKET_INVALID"
    #: Raised by the station itself: the server is unreachable and this station does not
    #: admit this visitor offline (offline policy "refuse", or no recent cached verification).
    OFFLINE = "OFFLINE"
    # refusals of a sign-in source (admin/auth/: a library system over SIP2, a directory),
    # answered once the PIN is proved
    #: The library card's validity is over (``details``: ``until``, the last valid day).
    CARD_EXPIRED = "CARD_EXPIRED"
    #: The library system blocks the card (lost, charge privileges denied, account disabled).
    CARD_BLOCKED = "CARD_BLOCKED"
    #: Fines above the site's limit (``details``: ``amount`` "7.50", ``currency`` "EUR").
    FINES_DUE = "FINES_DUE"
    #: The library system or directory does not answer; a 503, so the station's offline
    #: policy decides (kiosk/offline.py) as when the server itself is unreachable.
    SOURCE_UNREACHABLE = "SOURCE_UNREACHABLE"
    # staff commands
    NO_ACTIVE_SESSION = "NO_ACTIVE_SESSION"
    #: A desk sign-in (CommandKind.SIGN_IN) on a station where a session runs already.
    STATION_IN_USE = "STATION_IN_USE"
    #: Answering a call for the desk (CommandKind.ANSWER_CALL) on a station that is not calling.
    NO_DESK_CALL = "NO_DESK_CALL"
    # staff accounts
    WRONG_PASSWORD = "WRONG_PASSWORD"  # the current password given to change it is wrong
    # station enrolment
    ENROLMENT_CODE_INVALID = "ENROLMENT_CODE_INVALID"  # unknown or already used
    ENROLMENT_CODE_EXPIRED = "ENROLMENT_CODE_EXPIRED"
    #: A site's code for a fleet has enrolled as many stations as it was made for.
    ENROLMENT_CODE_USED_UP = "ENROLMENT_CODE_USED_UP"
    #: Enrolling with a site's code under a station name that exists already.
    STATION_NAME_TAKEN = "STATION_NAME_TAKEN"
    # a site's settings
    #: A ready-made message without a text in the site's language (``details``: ``message``,
    #: its index, and ``language``).
    MESSAGE_LANGUAGE_MISSING = "MESSAGE_LANGUAGE_MISSING"
    #: A site's public colour that white text on it cannot be read against (WCAG AA: a
    #: contrast ratio of 4.5 at least; ``details``: ``colour``, ``ratio``, ``minimum``).
    COLOUR_CONTRAST = "COLOUR_CONTRAST"
    #: A site's logo that is not a PNG, JPEG or SVG image of the size allowed (``details``:
    #: ``reason`` "type" or "size", ``max_bytes``).
    LOGO_INVALID = "LOGO_INVALID"
    # held stations and the queue (kiosk/protocol/holds.py; details: docs/ARCHITECTURE.md)
    #: Sign-in on a station held now for someone else (``details``: ``kind``, ``label``,
    #: ``number``, ``starts_at``, ``until``, ``timezone``, ``code_accepted``; ``your_station``
    #: when the visitor holds another PC of the site now).
    STATION_HELD = "STATION_HELD"
    #: Sign-in on a free PC by a visitor for whom another PC of the site is held now
    #: (``details``: ``station``, ``kind``, ``until``, ``timezone``, ``number``).
    HOLD_ELSEWHERE = "HOLD_ELSEWHERE"
    #: A hold over another one of the same station (``details``: ``station``, ``hold_id``,
    #: ``starts_at``, ``ends_at``).
    HOLD_OVERLAP = "HOLD_OVERLAP"
    #: A hold outside the site's opening hours (``details``: ``reason`` "closed_day" or
    #: "outside_hours", ``date``, ``hours``).
    HOLD_OUTSIDE_HOURS = "HOLD_OUTSIDE_HOURS"
    #: A hold that ends before it starts, starts in the past, or is too long or too far ahead.
    HOLD_BAD_TIME = "HOLD_BAD_TIME"
    #: Fewer free stations than asked for (``details``: ``wanted``, ``free``).
    NO_FREE_STATION = "NO_FREE_STATION"
    #: A visitor in the site's queue already today (``details``: ``number``, ``state``).
    ALREADY_QUEUED = "ALREADY_QUEUED"
    #: A queue ticket that is over (claimed, expired, cancelled, served): ``details.state``.
    TICKET_CLOSED = "TICKET_CLOSED"
    # workshops (kiosk/protocol/workshops.py; details: docs/ARCHITECTURE.md "Workshops")
    #: The visitor is registered (or waitlisted) for it already (``details``:
    #: ``registration_id``, ``state``).
    ALREADY_REGISTERED = "ALREADY_REGISTERED"
    #: The site's no-show rule paused the visitor's registrations (``details``: ``until``, the
    #: local date the pause ends, ``no_shows``).
    REGISTRATION_PAUSED = "REGISTRATION_PAUSED"
    #: A workshop without a title in the site's language (``details``: ``language``).
    WORKSHOP_TEXT_MISSING = "WORKSHOP_TEXT_MISSING"
    #: A theme not in the list (``details``: ``theme``).
    THEME_UNKNOWN = "THEME_UNKNOWN"
    #: Removing a theme some workshop has (``details``: ``theme``, ``workshops``).
    THEME_IN_USE = "THEME_IN_USE"
    #: Registering for, or changing, a workshop or date that is over or cancelled
    #: (``details``: ``reason`` "over" or "cancelled").
    WORKSHOP_CLOSED = "WORKSHOP_CLOSED"
    #: A date that is not the workshop's, missing for a per-date workshop or given for a
    #: series, not started yet for a tick (``details``: ``reason``).
    WORKSHOP_DATE_INVALID = "WORKSHOP_DATE_INVALID"
    #: A workshop's capacity below the number registered (``details``: ``registered``).
    CAPACITY_TOO_SMALL = "CAPACITY_TOO_SMALL"
    #: A certificate for a registration present at none of the workshop's dates (``details``:
    #: ``registration_id``).
    NOTHING_ATTENDED = "NOTHING_ATTENDED"
    # class sessions (admin/classes/)
    #: A class started by someone who is not a teacher of that site, or a teacher acting on
    #: another teacher's class (``details``: ``site`` or ``class_id``).
    NOT_TEACHER = "NOT_TEACHER"
    #: A class action (lock all, message, end ...) on a class that is not running (``details``:
    #: ``class_id``, ``state`` "planned" or "ended").
    CLASS_NOT_RUNNING = "CLASS_NOT_RUNNING"
    #: A teacher starting a class while one of theirs runs still (``details``: ``class_id``).
    CLASS_ALREADY_RUNNING = "CLASS_ALREADY_RUNNING"
    #: The server cannot draw a PDF: its font (DejaVu Sans) is not installed; answered 503,
    #: the message names the package (``details``: ``package``).
    FONT_MISSING = "FONT_MISSING"
    # a visitor's rights (kiosk/protocol/privacy.py; docs/PRIVACY.md)
    #: Erasing a visitor whose session runs (or awaits its station's word): after it ends.
    VISITOR_IN_SESSION = "VISITOR_IN_SESSION"


class TicketRefusal(StrEnum):
    """``details.reason`` of a TICKET_INVALID refusal."""

    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    WRONG_SITE = "wrong_site"


class EndReason(StrEnum):
    TIME_UP = "time_up"
    VISITOR = "visitor"
    STAFF = "staff"
    IDLE = "idle"
    CLOSING = "closing"
    REBOOT = "reboot"  # the station restarted during the session: closed at its last snapshot
    AWAY = "away"  # locked by the visitor ("Lock while I'm away") and not unlocked in time
    # ended by the server when the station came back after a silence (admin/sessions/reconcile.py):
    ELSEWHERE = "elsewhere"  # the visitor signed in on another station meanwhile
    NO_TIME = "no_time"  # the visitor's daily or weekly allowance is used up
    #: The station is held from now for someone else (a booking, a group, a workshop, the
    #: queue): the session was granted or cut to end there (Grant.bound_by "booking", a
    #: set_time command with reason "booking"). Only a server that sends those receives it.
    BOOKING = "booking"


class CommandKind(StrEnum):
    """What staff ask a station to do.

    extend, set_time, end, lock and unlock act on the running session (``session_id``);
    message may reach a free station; disable and enable change the station itself;
    sign_in starts on a free station the session the server opened for a visitor staff
    vouch for at the desk (``identifier``; the command carries its ``grant``).
    """

    EXTEND = "extend"  # minutes
    END = "end"
    SET_TIME = "set_time"  # seconds remaining from now
    MESSAGE = "message"  # text
    LOCK = "lock"  # lock screen shown, the session's time keeps running
    UNLOCK = "unlock"
    DISABLE = "disable"  # reason; ends any session (EndReason.STAFF), refuses sign-in
    ENABLE = "enable"
    SIGN_IN = "sign_in"  # identifier; no PIN: staff vouch for the visitor
    #: Staff answer the station's call for the desk ("J'arrive"): the call is cleared and the
    #: visitor is told someone is coming. Refused NO_DESK_CALL when the station is not calling.
    ANSWER_CALL = "answer_call"


class StationStaffKind(StrEnum):
    """What staff do from the kiosk's staff panel."""

    EXTEND = "extend"  # minutes: queued as a staff command, applied like the console's
    END = "end"  # queued as a staff command
    MAINTENANCE = "maintenance"  # minutes: the desktop is unlocked (no session may run)
    QUIT = "quit"  # the kiosk program is stopped for maintenance


class DeskCallState(StrEnum):
    """The visitor's call for the desk on this station ("Call the desk")."""

    NONE = "none"
    #: Called: the desk's console shows it; the visitor may cancel it.
    WAITING = "waiting"
    #: Staff answered from the console: someone is coming.
    ANSWERED = "answered"


class EventKind(StrEnum):
    HEARTBEAT = "heartbeat"
    SESSION_ENDED = "session_ended"
    COMMAND_APPLIED = "command_applied"
    APP_USED = "app_used"
    PROCESS_STOPPED = "process_stopped"
    CLEANUP_DONE = "cleanup_done"
    #: A session the station opened by itself while the server was unreachable.
    SESSION_STARTED = "session_started"
    #: The visitor accepted the site's rules (Grant.charter) in this session.
    CHARTER_ACCEPTED = "charter_accepted"
    #: The visitor changed their language, text size or contrast during the session.
    PREFERENCES_CHANGED = "preferences_changed"
    #: The visitor called the desk ("Call the desk", on the session bar or the lock screen).
    DESK_CALLED = "desk_called"
    #: The call is over before staff answered it (``detail`` says why).
    DESK_CALL_CANCELLED = "desk_call_cancelled"


class StationAlert(StrEnum):
    """Something wrong with the station's own protection, raised until it is put right.

    Each heartbeat carries the alerts raised now (``Event.alerts``); the server keeps them on
    the station (with when each was first raised) and the console shows a warning on its tile.
    """

    #: The visitor's session cannot be locked down (a Wayland session, ...): escape keys work.
    UNPROTECTED_SESSION = "unprotected_session"
    #: The visitor's screen is not running, or keeps crashing.
    NO_SCREEN = "no_screen"
    #: What the last visitor left in the kiosk account could not all be removed.
    HOME_RESET_FAILED = "home_reset_failed"
    #: Some escape keys could not be blocked (another program holds them).
    LOCKDOWN_PARTIAL = "lockdown_partial"
    #: Raised by the server, never by a station: the version the station reports is older than
    #: the oldest it supports (``kiosk.protocol.version.MIN_STATION_VERSION``). A heartbeat
    #: carrying it is not believed for it.
    OUTDATED_VERSION = "outdated_version"


#: Why a call for the desk ends unanswered (``desk_call_cancelled``'s ``detail``).
DESK_CALL_ENDS = ("visitor", "signed_in", "session_ended")

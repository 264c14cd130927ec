"""Every bound of the API, defined once: lengths, counts, durations and field shapes.

The models of the other protocol modules declare their fields with these; the server's
services, the CLI and the console's inputs check against the same names, so a limit changes in
one place. Plain constants: importing this module costs nothing.
"""

from __future__ import annotations

# --- the station's link -----------------------------------------------------------------------

#: Longest a long-poll request is held open by the server, in seconds.
MAX_WAIT_SECONDS = 30.0
#: The timezone of a station (and a site) that has not heard otherwise.
DEFAULT_TIMEZONE = "Europe/Brussels"
#: How often a station sends a heartbeat while it runs (free or in use).
HEARTBEAT_SECONDS = 10.0
#: A station that has not been heard from for this long is shown offline (3 heartbeats).
OFFLINE_AFTER_SECONDS = 3 * HEARTBEAT_SECONDS
#: How long a client keeps an idle connection to the server for its next request: longer than
#: the heartbeat period, so a station's heartbeats share one connection (one TCP and TLS
#: handshake, not one a heartbeat: bench/tls_heartbeats.py).
CLIENT_KEEPALIVE_SECONDS = 2.5 * HEARTBEAT_SECONDS
#: How long the server keeps an idle connection open: longer than the clients keep theirs, so a
#: client never sends on a connection the server is closing at that moment.
SERVER_KEEPALIVE_SECONDS = CLIENT_KEEPALIVE_SECONDS + 5.0
#: The largest integer SQLite stores; a larger id or sequence number is a bad request (422).
MAX_SQL_INT = 2**63 - 1
#: The largest integer a JSON number carries exactly (JavaScript's MAX_SAFE_INTEGER): the bound
#: of integers in a JSON body, where a client may read them as doubles (path and query
#: parameters travel as text and keep MAX_SQL_INT).
MAX_JSON_INT = 2**53 - 1
#: Bound of the seconds a station reports (68 years): their sums stay far from MAX_SQL_INT.
MAX_REPORTED_SECONDS = 2**31 - 1
MAX_PROCESS_NAME_LENGTH = 128
MAX_EVENT_DETAIL_LENGTH = 500
#: A site's fleet enrolment code: how many stations it enrols, how many days it is valid.
SITE_CODE_USES = (1, 1000)
SITE_CODE_DAYS = (1, 90)
#: Most alerts one heartbeat carries (kiosk.protocol.station.StationAlert): room for codes to come.
MAX_STATION_ALERTS = 16

# --- visitors -----------------------------------------------------------------------------

#: Longest identifier or PIN accepted; a barcode fits easily.
MAX_IDENTIFIER_LENGTH = 64
MAX_PIN_LENGTH = 32
#: A visitor PIN: 4 to 12 digits.
PIN_PATTERN = r"^[0-9]{4,12}$"
#: Longest free texts on a visitor.
MAX_DISPLAY_NAME_LENGTH = 100
MAX_NOTES_LENGTH = 1000
MAX_SHORT_TEXT_LENGTH = 32  # category, gender, status

# --- staff and their commands ---------------------------------------------------------------

#: Longest staff message shown on a station.
MAX_MESSAGE_LENGTH = 500
#: Longest reason: a station or a visitor disabled, a site closed on a date.
MAX_REASON_LENGTH = 200
#: Longest time a staff member may set as the remaining time of a session (10 h).
MAX_SET_SECONDS = 36000
#: Most minutes one extension adds: a staff command, the kiosk's staff panel, or the session
#: rules' automatic extension.
MAX_EXTEND_MINUTES = 600
#: Shortest staff password accepted.
MIN_PASSWORD_LENGTH = 8
#: How long a staff login made at a station lasts; the panel signs out when closed.
STATION_STAFF_TTL_SECONDS = 15 * 60
#: Longest the desktop may be unlocked for maintenance, and the default.
MAX_MAINTENANCE_MINUTES = 240
DEFAULT_MAINTENANCE_MINUTES = 15

# --- sites --------------------------------------------------------------------------------

#: "09:00-12:30"; "24:00" ends a day. The server also checks order and overlaps.
HOURS_PATTERN = r"^\d{2}:\d{2}-\d{2}:\d{2}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
MAX_INTERVALS_PER_DAY = 12
MAX_SITE_DATES = 1000
MAX_SITE_MESSAGE_LENGTH = 1000
#: Ready-made staff messages a site keeps (each text at most MAX_MESSAGE_LENGTH).
MAX_READY_MESSAGES = 50
MAX_CHARTER_LENGTH = 20000

# --- catalogue ----------------------------------------------------------------------------

#: An app id: lower-case letters, digits, ".", "_" and "-" (e.g. "libreoffice-writer").
APP_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,63}$"
MAX_PROFILE_NAME_LENGTH = 64

# --- rules: allowances and session rules ------------------------------------------------------

#: A category name: lower case letters, digits and '-', at most 32 characters.
CATEGORY_PATTERN = r"^[a-z0-9-]{1,32}$"
#: The category row that applies to every category without a row of its own.
DEFAULT_CATEGORY = "*"
#: Category of the visitor row made for a guest ticket; never given to a person's account
#: (and never cached by a station for offline sign-in).
GUEST_CATEGORY = "guest"
MAX_SESSION_MINUTES = 24 * 60
MAX_DAILY_MINUTES = 24 * 60
MAX_WEEKLY_MINUTES = 7 * 24 * 60
#: Session rules (admin/rules/session_rules.py): at most this many warnings, each this far ahead;
#: an automatic extension (MAX_EXTEND_MINUTES each) at most this many times a session, and the
#: free stations it may wait for.
MAX_WARNINGS = 5
MAX_WARNING_SECONDS = 3600
MAX_EXTEND_TIMES = 20
MAX_EXTEND_MIN_FREE = 1000

# --- reports ------------------------------------------------------------------------------

#: Most rows a visitors' CSV import may hold.
MAX_IMPORT_ROWS = 100_000
#: Longest span of an explicit statistics period, in days.
MAX_STATS_DAYS = 366

# --- the visitor's reading preferences (kiosk/protocol/preferences.py) ------------------------

#: The languages a visitor can choose, as the screens offer them.
PREFERRED_LANGUAGES: tuple[str, ...] = ("fr", "nl", "en")
#: The text sizes of the screens: normal, ×1.5, ×2.
TEXT_SIZES: tuple[float, ...] = (1.0, 1.5, 2.0)

# --- a station's error reports (kiosk/protocol/station_errors.py) ---
#: Longest message and logger name kept; longer ones are cut.
MAX_ERROR_MESSAGE_LENGTH = 500
MAX_LOGGER_LENGTH = 64
#: Most reports in one batch.
MAX_ERROR_REPORTS = 100
#: Most reports a staff listing returns.
MAX_ERROR_LISTING = 200

# --- a site's public page (admin/public/) ------------------------------------------------------
#: The largest logo staff may upload for a site's public page (bytes; within the API's body).
MAX_LOGO_BYTES = 60 * 1024
#: The contrast a site's colour must have against white text on it (WCAG 2.1 AA, normal text).
MIN_COLOUR_CONTRAST = 4.5
#: A site's colour on its public page.
COLOUR_PATTERN = r"^#[0-9A-Fa-f]{6}$"
#: A phone number as the public page shows it: digits, spaces, + . / ( ) -.
PHONE_PATTERN = r"^\+?[0-9][0-9 ./()-]{4,28}[0-9]$"
#: An address to write to (no spaces, one @, a dot in the domain).
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
#: A web address the public page links to.
WEBSITE_PATTERN = r"^https?://[^\s]+$"
#: A postcode (Belgian ones are four digits; others are let in).
POSTCODE_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z -]{0,9}$"

"""What a station reads, sends and keeps, as JSON Schema: GENERATED, do not edit.

Written by ``python scripts/station_schema.py`` from the pydantic models listed in
kiosk/protocol/station_answers.py (their one definition); read by kiosk/protocol/lite.py
(``read_answer``, ``read_commands``, ``write_request``, ``station_record``) without pydantic. tests/unit/kiosk/test_station_lite.py
checks it is up to date.
"""

from __future__ import annotations

from typing import Any

ANSWERS_SCHEMA: dict[str, Any] = {
    "$defs": {
        "ApiErrorBody": {
            "properties": {
                "code": {"$ref": "#/$defs/ErrorCode"},
                "message": {"title": "Message", "type": "string"},
                "details": {
                    "additionalProperties": True,
                    "default": {},
                    "title": "Details",
                    "type": "object",
                },
            },
            "required": ["code", "message"],
            "title": "ApiErrorBody",
            "type": "object",
        },
        "ApiErrorEnvelope": {
            "properties": {"error": {"$ref": "#/$defs/ApiErrorBody"}},
            "required": ["error"],
            "title": "ApiErrorEnvelope",
            "type": "object",
        },
        "AppEntry": {
            "description": "One app of a visitor's catalogue: what the station shows, "
            "launches and lets run.\n"
            "\n"
            "Keys are open strings on purpose: a station ignores a "
            "language or platform it does not\n"
            "know rather than refusing the whole grant.",
            "properties": {
                "id": {"title": "Id", "type": "string"},
                "names": {
                    "additionalProperties": {"type": "string"},
                    "default": {},
                    "title": "Names",
                    "type": "object",
                },
                "icon": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Icon",
                },
                "commands": {
                    "additionalProperties": {"type": "string"},
                    "default": {},
                    "title": "Commands",
                    "type": "object",
                },
                "processes": {
                    "default": [],
                    "items": {"type": "string"},
                    "title": "Processes",
                    "type": "array",
                },
            },
            "required": ["id"],
            "title": "AppEntry",
            "type": "object",
        },
        "Command": {
            "properties": {
                "id": {"title": "Id", "type": "integer"},
                "kind": {"$ref": "#/$defs/CommandKind"},
                "session_id": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Session Id",
                },
                "minutes": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Minutes",
                },
                "created_at": {"title": "Created At", "type": "string"},
                "seconds": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Seconds",
                },
                "text": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Text",
                },
                "texts": {
                    "additionalProperties": {"type": "string"},
                    "default": {},
                    "title": "Texts",
                    "type": "object",
                },
                "reason": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Reason",
                },
                "identifier": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Identifier",
                },
                "grant": {"anyOf": [{"$ref": "#/$defs/Grant"}, {"type": "null"}], "default": None},
                "after_hours": {"default": False, "title": "After Hours", "type": "boolean"},
            },
            "required": ["id", "kind", "created_at"],
            "title": "Command",
            "type": "object",
        },
        "CommandKind": {
            "description": "What staff ask a station to do.\n"
            "\n"
            "extend, set_time, end, lock and unlock act on the "
            "running session (``session_id``);\n"
            "message may reach a free station; disable and enable "
            "change the station itself;\n"
            "sign_in starts on a free station the session the server "
            "opened for a visitor staff\n"
            "vouch for at the desk (``identifier``; the command "
            "carries its ``grant``).",
            "enum": [
                "extend",
                "end",
                "set_time",
                "message",
                "lock",
                "unlock",
                "disable",
                "enable",
                "sign_in",
                "answer_call",
            ],
            "title": "CommandKind",
            "type": "string",
            "x-python": "kiosk.protocol.enums:CommandKind",
        },
        "CommandStatus": {
            "properties": {
                "id": {"title": "Id", "type": "integer"},
                "station": {"title": "Station", "type": "string"},
                "kind": {"$ref": "#/$defs/CommandKind"},
                "minutes": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Minutes",
                },
                "status": {
                    "enum": ["pending", "applied", "failed"],
                    "title": "Status",
                    "type": "string",
                },
                "created_at": {"title": "Created At", "type": "string"},
                "seconds": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Seconds",
                },
                "text": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Text",
                },
                "reason": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Reason",
                },
                "request_id": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Request Id",
                },
                "identifier": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Identifier",
                },
                "after_hours": {"default": False, "title": "After Hours", "type": "boolean"},
                "clipped_to": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Clipped To",
                },
                "timezone": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Timezone",
                },
            },
            "required": ["id", "station", "kind", "status", "created_at"],
            "title": "CommandStatus",
            "type": "object",
        },
        "EndReason": {
            "enum": [
                "time_up",
                "visitor",
                "staff",
                "idle",
                "closing",
                "reboot",
                "away",
                "elsewhere",
                "no_time",
                "booking",
            ],
            "title": "EndReason",
            "type": "string",
            "x-python": "kiosk.protocol.enums:EndReason",
        },
        "EnrollRequest": {
            "properties": {
                "code": {
                    "maxLength": 32,
                    "minLength": 4,
                    "pattern": "^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$",
                    "title": "Code",
                    "type": "string",
                },
                "agent_version": {
                    "anyOf": [{"maxLength": 64, "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Agent Version",
                },
                "station": {
                    "anyOf": [{"maxLength": 64, "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Station",
                },
            },
            "required": ["code"],
            "title": "EnrollRequest",
            "type": "object",
        },
        "EnrollResponse": {
            "description": "The station's token (kept by the station, never "
            "shown again) and who it is.",
            "properties": {
                "token": {"title": "Token", "type": "string"},
                "station": {"$ref": "#/$defs/StationInfo"},
            },
            "required": ["token", "station"],
            "title": "EnrollResponse",
            "type": "object",
        },
        "ErrorCode": {
            "description": "Machine codes of every API error; the kiosk and console "
            "translate each one.",
            "enum": [
                "INVALID_REQUEST",
                "PAYLOAD_TOO_LARGE",
                "UNAUTHENTICATED",
                "TOKEN_EXPIRED",
                "FORBIDDEN",
                "NOT_FOUND",
                "BAD_LOGIN",
                "UNKNOWN_IDENTIFIER",
                "PIN_REQUIRED",
                "BAD_CREDENTIALS",
                "ACCOUNT_DISABLED",
                "NO_TIME_LEFT",
                "CLOSED",
                "LOCKED_OUT",
                "RATE_LIMITED",
                "SIGNED_IN_ELSEWHERE",
                "STATION_DISABLED",
                "TICKET_INVALID",
                "OFFLINE",
                "CARD_EXPIRED",
                "CARD_BLOCKED",
                "FINES_DUE",
                "SOURCE_UNREACHABLE",
                "NO_ACTIVE_SESSION",
                "STATION_IN_USE",
                "NO_DESK_CALL",
                "WRONG_PASSWORD",
                "ENROLMENT_CODE_INVALID",
                "ENROLMENT_CODE_EXPIRED",
                "ENROLMENT_CODE_USED_UP",
                "STATION_NAME_TAKEN",
                "MESSAGE_LANGUAGE_MISSING",
                "COLOUR_CONTRAST",
                "LOGO_INVALID",
                "STATION_HELD",
                "HOLD_ELSEWHERE",
                "HOLD_OVERLAP",
                "HOLD_OUTSIDE_HOURS",
                "HOLD_BAD_TIME",
                "NO_FREE_STATION",
                "ALREADY_QUEUED",
                "TICKET_CLOSED",
                "ALREADY_REGISTERED",
                "REGISTRATION_PAUSED",
                "WORKSHOP_TEXT_MISSING",
                "THEME_UNKNOWN",
                "THEME_IN_USE",
                "WORKSHOP_CLOSED",
                "WORKSHOP_DATE_INVALID",
                "CAPACITY_TOO_SMALL",
                "NOTHING_ATTENDED",
                "NOT_TEACHER",
                "CLASS_NOT_RUNNING",
                "CLASS_ALREADY_RUNNING",
                "FONT_MISSING",
                "VISITOR_IN_SESSION",
            ],
            "title": "ErrorCode",
            "type": "string",
            "x-python": "kiosk.protocol.enums:ErrorCode",
        },
        "ErrorReport": {
            "description": "One error the station logged, or the same one repeated "
            "``count`` times in a row.",
            "properties": {
                "report_id": {
                    "maxLength": 64,
                    "minLength": 8,
                    "title": "Report Id",
                    "type": "string",
                },
                "at": {"maxLength": 40, "title": "At", "type": "string"},
                "level": {"maxLength": 16, "title": "Level", "type": "string"},
                "logger": {"maxLength": 64, "title": "Logger", "type": "string"},
                "message": {"maxLength": 500, "title": "Message", "type": "string"},
                "count": {
                    "default": 1,
                    "maximum": 9007199254740991,
                    "minimum": 1,
                    "title": "Count",
                    "type": "integer",
                },
            },
            "required": ["report_id", "at", "level", "logger", "message"],
            "title": "ErrorReport",
            "type": "object",
        },
        "ErrorReportBatch": {
            "properties": {
                "reports": {
                    "items": {"$ref": "#/$defs/ErrorReport"},
                    "maxItems": 100,
                    "title": "Reports",
                    "type": "array",
                }
            },
            "required": ["reports"],
            "title": "ErrorReportBatch",
            "type": "object",
        },
        "ErrorReportsAccepted": {
            "description": "Every report id of the batch that the server "
            "now holds (new or seen before).",
            "properties": {
                "accepted": {"items": {"type": "string"}, "title": "Accepted", "type": "array"}
            },
            "required": ["accepted"],
            "title": "ErrorReportsAccepted",
            "type": "object",
        },
        "Event": {
            "description": "One station event. ``event_id`` and ``seq`` make replays "
            "harmless.\n"
            "\n"
            "Payloads by kind:\n"
            "\n"
            "- heartbeat: ``session_id`` (None when free), "
            "``used_seconds``, ``remaining_seconds``,\n"
            "  ``agent_version``; during a session also ``locked`` (the "
            "screen is locked: the visitor's\n"
            "  away lock or a staff lock) and ``app_id`` (the catalogue "
            "app in use: the most recently\n"
            "  started one still running; None for none). ``locked`` None: "
            "an older agent that sends\n"
            "  neither. ``alerts``: the :class:`StationAlert` raised now "
            "(empty: none; an older agent\n"
            "  sends none). Sent at once, off schedule, when any of these "
            "changes.\n"
            "- session_ended: ``session_id``, ``used_seconds``, ``reason`` "
            "(an :class:`EndReason`)\n"
            "- command_applied: ``command_id``, ``session_id``, "
            "``remaining_seconds`` (None when the\n"
            "  command ended the session or there was none), ``ok`` (False "
            "when it could not apply)\n"
            "- app_used: ``session_id``, ``app_id``, ``used_seconds`` (how "
            "long the app ran, sent when\n"
            "  it closes or at session end; the server adds them up per "
            "session and app)\n"
            "- process_stopped: ``session_id``, ``process`` (its name), "
            '``detail`` ("killed", or\n'
            '  "reported" where the guard only reports): the process guard '
            "found a forbidden process\n"
            "- cleanup_done: ``session_id``, ``detail`` (what was cleaned, "
            "one line), ``ok`` (no error)\n"
            "- session_started: ``session_id`` (chosen by the station), "
            "``identifier``,\n"
            "  ``granted_seconds``; ``at`` is when it started. Only for "
            "sessions opened offline (an\n"
            "  online sign-in opens the session on the server); sent "
            "before any event of the session.\n"
            "- charter_accepted: ``session_id``; ``at`` is when the "
            "visitor accepted the site's rules\n"
            "  (the server records it for the session's visitor, site and "
            "local day of ``at``)\n"
            "- preferences_changed: ``session_id``, ``preferences`` (what "
            "the visitor chose; the server\n"
            "  keeps them for the session's visitor)\n"
            "- desk_called: ``session_id`` (None from the lock screen); "
            "``at`` is when the visitor\n"
            "  called the desk (the server keeps one call per station, "
            "until answered or cancelled)\n"
            "- desk_call_cancelled: ``session_id``, ``detail``: why the "
            "call is over unanswered\n"
            "  (:data:`DESK_CALL_ENDS`: the visitor cancelled it, signed "
            "in, or the session ended)",
            "properties": {
                "event_id": {
                    "maxLength": 64,
                    "minLength": 8,
                    "title": "Event Id",
                    "type": "string",
                },
                "seq": {
                    "maximum": 9007199254740991,
                    "minimum": 1,
                    "title": "Seq",
                    "type": "integer",
                },
                "kind": {"$ref": "#/$defs/EventKind"},
                "at": {"title": "At", "type": "string"},
                "session_id": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Session Id",
                },
                "used_seconds": {
                    "anyOf": [
                        {"maximum": 2147483647, "minimum": 0, "type": "integer"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Used Seconds",
                },
                "remaining_seconds": {
                    "anyOf": [
                        {"maximum": 2147483647, "minimum": 0, "type": "integer"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Remaining Seconds",
                },
                "reason": {
                    "anyOf": [{"$ref": "#/$defs/EndReason"}, {"type": "null"}],
                    "default": None,
                },
                "command_id": {
                    "anyOf": [
                        {"maximum": 9007199254740991, "minimum": 0, "type": "integer"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Command Id",
                },
                "ok": {
                    "anyOf": [{"type": "boolean"}, {"type": "null"}],
                    "default": None,
                    "title": "Ok",
                },
                "agent_version": {
                    "anyOf": [{"maxLength": 64, "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Agent Version",
                },
                "app_id": {
                    "anyOf": [
                        {"maxLength": 64, "minLength": 1, "type": "string"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "App Id",
                },
                "locked": {
                    "anyOf": [{"type": "boolean"}, {"type": "null"}],
                    "default": None,
                    "title": "Locked",
                },
                "process": {
                    "anyOf": [{"maxLength": 128, "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Process",
                },
                "detail": {
                    "anyOf": [{"maxLength": 500, "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Detail",
                },
                "identifier": {
                    "anyOf": [
                        {"maxLength": 64, "minLength": 1, "type": "string"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Identifier",
                },
                "granted_seconds": {
                    "anyOf": [
                        {"maximum": 2147483647, "minimum": 1, "type": "integer"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Granted Seconds",
                },
                "alerts": {
                    "default": [],
                    "items": {"$ref": "#/$defs/StationAlert"},
                    "maxItems": 16,
                    "title": "Alerts",
                    "type": "array",
                },
                "preferences": {
                    "anyOf": [{"$ref": "#/$defs/VisitorPreferences"}, {"type": "null"}],
                    "default": None,
                },
            },
            "required": ["event_id", "seq", "kind", "at"],
            "title": "Event",
            "type": "object",
        },
        "EventBatch": {
            "properties": {
                "events": {
                    "items": {"$ref": "#/$defs/Event"},
                    "maxItems": 500,
                    "title": "Events",
                    "type": "array",
                }
            },
            "required": ["events"],
            "title": "EventBatch",
            "type": "object",
        },
        "EventKind": {
            "enum": [
                "heartbeat",
                "session_ended",
                "command_applied",
                "app_used",
                "process_stopped",
                "cleanup_done",
                "session_started",
                "charter_accepted",
                "preferences_changed",
                "desk_called",
                "desk_call_cancelled",
            ],
            "title": "EventKind",
            "type": "string",
            "x-python": "kiosk.protocol.enums:EventKind",
        },
        "EventsAccepted": {
            "description": "Every event id of the batch that the server now "
            "holds (new or seen before).",
            "properties": {
                "accepted": {"items": {"type": "string"}, "title": "Accepted", "type": "array"}
            },
            "required": ["accepted"],
            "title": "EventsAccepted",
            "type": "object",
        },
        "Grant": {
            "description": "The server's answer to a successful sign-in: a new session "
            "and its time.",
            "properties": {
                "session_id": {"title": "Session Id", "type": "string"},
                "visitor": {"$ref": "#/$defs/VisitorInfo"},
                "granted_seconds": {
                    "exclusiveMinimum": 0,
                    "title": "Granted Seconds",
                    "type": "integer",
                },
                "warning_seconds": {
                    "default": [300, 60],
                    "items": {"type": "integer"},
                    "title": "Warning Seconds",
                    "type": "array",
                },
                "apps": {
                    "default": [],
                    "items": {"$ref": "#/$defs/AppEntry"},
                    "title": "Apps",
                    "type": "array",
                },
                "closes_in_seconds": {
                    "anyOf": [{"minimum": 0, "type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Closes In Seconds",
                },
                "allowance_seconds": {
                    "anyOf": [
                        {"maximum": 2147483647, "minimum": 0, "type": "integer"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Allowance Seconds",
                },
                "daily_seconds": {
                    "anyOf": [
                        {"maximum": 2147483647, "minimum": 0, "type": "integer"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Daily Seconds",
                },
                "charter": {
                    "anyOf": [
                        {"additionalProperties": {"type": "string"}, "type": "object"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Charter",
                },
                "bound_by": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Bound By",
                },
                "next_hold": {
                    "anyOf": [{"$ref": "#/$defs/HoldNotice"}, {"type": "null"}],
                    "default": None,
                },
            },
            "required": ["session_id", "visitor", "granted_seconds"],
            "title": "Grant",
            "type": "object",
        },
        "HoldKind": {
            "enum": ["visitor", "group", "queue", "workshop", "class"],
            "title": "HoldKind",
            "type": "string",
            "x-python": "kiosk.protocol.holds:HoldKind",
        },
        "HoldNotice": {
            "description": "What a station and its lock screen know of a hold: "
            '"Reserved for « … » from 14:00 to\n'
            '16:00", "Reserved for number 42". Never a visitor\'s '
            "name or card.",
            "properties": {
                "id": {"title": "Id", "type": "integer"},
                "kind": {"$ref": "#/$defs/HoldKind"},
                "state": {"$ref": "#/$defs/HoldState"},
                "starts_at": {"title": "Starts At", "type": "string"},
                "ends_at": {"title": "Ends At", "type": "string"},
                "label": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Label",
                },
                "number": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Number",
                },
                "claim_by": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Claim By",
                },
                "code_accepted": {"default": False, "title": "Code Accepted", "type": "boolean"},
            },
            "required": ["id", "kind", "state", "starts_at", "ends_at"],
            "title": "HoldNotice",
            "type": "object",
        },
        "HoldState": {
            "enum": ["held", "claimed", "released", "cancelled", "expired"],
            "title": "HoldState",
            "type": "string",
            "x-python": "kiosk.protocol.holds:HoldState",
        },
        "SignInRequest": {
            "properties": {
                "identifier": {
                    "maxLength": 64,
                    "minLength": 1,
                    "not": {"enum": [".", ".."]},
                    "pattern": "^[^\\x00-\\x0a\\x0b-\\x1f\\x7f-\\x9f\\u200b-\\u200d\\u2060\\ufeff\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029/\\\\\\s](?:[^\\x00-\\x0a\\x0b-\\x1f\\x7f-\\x9f\\u200b-\\u200d\\u2060\\ufeff\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029/\\\\]*[^\\x00-\\x0a\\x0b-\\x1f\\x7f-\\x9f\\u200b-\\u200d\\u2060\\ufeff\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029/\\\\\\s])?$",
                    "title": "Identifier",
                    "type": "string",
                },
                "pin": {
                    "anyOf": [{"maxLength": 32, "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Pin",
                },
                "preferences": {
                    "anyOf": [{"$ref": "#/$defs/VisitorPreferences"}, {"type": "null"}],
                    "default": None,
                },
                "hold_code": {
                    "anyOf": [{"maxLength": 32, "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Hold Code",
                },
            },
            "required": ["identifier"],
            "title": "SignInRequest",
            "type": "object",
        },
        "SiteInfo": {
            "properties": {
                "id": {"title": "Id", "type": "integer"},
                "name": {"title": "Name", "type": "string"},
            },
            "required": ["id", "name"],
            "title": "SiteInfo",
            "type": "object",
        },
        "StaffInfo": {
            "properties": {
                "username": {"title": "Username", "type": "string"},
                "role": {"enum": ["admin", "staff", "teacher"], "title": "Role", "type": "string"},
                "site_ids": {"items": {"type": "integer"}, "title": "Site Ids", "type": "array"},
            },
            "required": ["username", "role", "site_ids"],
            "title": "StaffInfo",
            "type": "object",
        },
        "StationAlert": {
            "description": "Something wrong with the station's own protection, "
            "raised until it is put right.\n"
            "\n"
            "Each heartbeat carries the alerts raised now "
            "(``Event.alerts``); the server keeps them on\n"
            "the station (with when each was first raised) and the "
            "console shows a warning on its tile.",
            "enum": [
                "unprotected_session",
                "no_screen",
                "home_reset_failed",
                "lockdown_partial",
                "outdated_version",
            ],
            "title": "StationAlert",
            "type": "string",
            "x-python": "kiosk.protocol.enums:StationAlert",
        },
        "StationInfo": {
            "description": "What a station learns about itself from its token (GET station/me).",
            "properties": {
                "id": {"title": "Id", "type": "integer"},
                "name": {"title": "Name", "type": "string"},
                "site": {"$ref": "#/$defs/SiteInfo"},
                "heartbeat_seconds": {
                    "default": 10.0,
                    "title": "Heartbeat Seconds",
                    "type": "number",
                },
                "enabled": {"default": True, "title": "Enabled", "type": "boolean"},
                "disabled_reason": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Disabled Reason",
                },
                "timezone": {"default": "Europe/Brussels", "title": "Timezone", "type": "string"},
                "message": {
                    "additionalProperties": {"type": "string"},
                    "default": {},
                    "title": "Message",
                    "type": "object",
                },
                "today_hours": {
                    "default": [],
                    "items": {"type": "string"},
                    "title": "Today Hours",
                    "type": "array",
                },
                "closes_at": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Closes At",
                },
                "holds": {
                    "default": [],
                    "items": {"$ref": "#/$defs/HoldNotice"},
                    "title": "Holds",
                    "type": "array",
                },
                "holds_version": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Holds Version",
                },
            },
            "required": ["id", "name", "site"],
            "title": "StationInfo",
            "type": "object",
        },
        "StationStaffAction": {
            "properties": {
                "token": {"maxLength": 256, "minLength": 1, "title": "Token", "type": "string"},
                "kind": {"$ref": "#/$defs/StationStaffKind"},
                "minutes": {
                    "anyOf": [{"maximum": 600, "minimum": 1, "type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Minutes",
                },
                "request_id": {
                    "anyOf": [
                        {"maxLength": 64, "minLength": 1, "type": "string"},
                        {"type": "null"},
                    ],
                    "default": None,
                    "title": "Request Id",
                },
            },
            "required": ["token", "kind"],
            "title": "StationStaffAction",
            "type": "object",
        },
        "StationStaffDone": {
            "properties": {
                "kind": {"$ref": "#/$defs/StationStaffKind"},
                "staff": {"title": "Staff", "type": "string"},
                "station": {"title": "Station", "type": "string"},
                "command": {
                    "anyOf": [{"$ref": "#/$defs/CommandStatus"}, {"type": "null"}],
                    "default": None,
                },
            },
            "required": ["kind", "staff", "station"],
            "title": "StationStaffDone",
            "type": "object",
        },
        "StationStaffKind": {
            "description": "What staff do from the kiosk's staff panel.",
            "enum": ["extend", "end", "maintenance", "quit"],
            "title": "StationStaffKind",
            "type": "string",
            "x-python": "kiosk.protocol.enums:StationStaffKind",
        },
        "StationStaffLogin": {
            "description": "A login valid on this station only, until ``expires_at``.",
            "properties": {
                "token": {"title": "Token", "type": "string"},
                "expires_at": {"title": "Expires At", "type": "string"},
                "staff": {"$ref": "#/$defs/StaffInfo"},
                "station": {"title": "Station", "type": "string"},
            },
            "required": ["token", "expires_at", "staff", "station"],
            "title": "StationStaffLogin",
            "type": "object",
        },
        "StationStaffLoginRequest": {
            "description": "A staff member's username and their "
            "password or station PIN, typed at the "
            "kiosk.",
            "properties": {
                "username": {
                    "maxLength": 64,
                    "minLength": 1,
                    "title": "Username",
                    "type": "string",
                },
                "secret": {"maxLength": 256, "minLength": 1, "title": "Secret", "type": "string"},
            },
            "required": ["username", "secret"],
            "title": "StationStaffLoginRequest",
            "type": "object",
        },
        "StationStaffLogout": {
            "properties": {
                "token": {"maxLength": 256, "minLength": 1, "title": "Token", "type": "string"}
            },
            "required": ["token"],
            "title": "StationStaffLogout",
            "type": "object",
        },
        "UnknownCommand": {
            "description": "A command this station cannot read (a newer server's "
            "kind): acknowledged ok=False.",
            "properties": {
                "id": {"title": "Id", "type": "integer"},
                "kind": {"default": "", "title": "Kind", "type": "string"},
                "session_id": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Session Id",
                },
            },
            "required": ["id"],
            "title": "UnknownCommand",
            "type": "object",
        },
        "VisitorInfo": {
            "properties": {
                "identifier": {"title": "Identifier", "type": "string"},
                "display_name": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Display Name",
                },
                "category": {"title": "Category", "type": "string"},
                "preferences": {
                    "$ref": "#/$defs/VisitorPreferences",
                    "default": {"language": None, "text_size": None, "contrast": None},
                },
            },
            "required": ["identifier", "category"],
            "title": "VisitorInfo",
            "type": "object",
        },
        "VisitorPreferences": {
            "additionalProperties": False,
            "description": "What the visitor chose; None: not chosen (the "
            "defaults, or what is kept, apply).",
            "properties": {
                "language": {
                    "anyOf": [{"enum": ["fr", "nl", "en"], "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Language",
                },
                "text_size": {
                    "anyOf": [{"enum": [1.0, 1.5, 2.0], "type": "number"}, {"type": "null"}],
                    "default": None,
                    "title": "Text Size",
                },
                "contrast": {
                    "anyOf": [{"type": "boolean"}, {"type": "null"}],
                    "default": None,
                    "title": "Contrast",
                },
            },
            "title": "VisitorPreferences",
            "type": "object",
        },
    },
    "answers": {
        "StationInfo": {"$ref": "#/$defs/StationInfo"},
        "Grant": {"$ref": "#/$defs/Grant"},
        "EventsAccepted": {"$ref": "#/$defs/EventsAccepted"},
        "ErrorReportsAccepted": {"$ref": "#/$defs/ErrorReportsAccepted"},
        "StationStaffLogin": {"$ref": "#/$defs/StationStaffLogin"},
        "StationStaffDone": {"$ref": "#/$defs/StationStaffDone"},
        "EnrollResponse": {"$ref": "#/$defs/EnrollResponse"},
        "Command": {"$ref": "#/$defs/Command"},
        "UnknownCommand": {"$ref": "#/$defs/UnknownCommand"},
        "ApiErrorEnvelope": {"$ref": "#/$defs/ApiErrorEnvelope"},
    },
    "requests": {
        "SignInRequest": {"$ref": "#/$defs/SignInRequest"},
        "EventBatch": {"$ref": "#/$defs/EventBatch"},
        "ErrorReportBatch": {"$ref": "#/$defs/ErrorReportBatch"},
        "StationStaffLoginRequest": {"$ref": "#/$defs/StationStaffLoginRequest"},
        "StationStaffAction": {"$ref": "#/$defs/StationStaffAction"},
        "StationStaffLogout": {"$ref": "#/$defs/StationStaffLogout"},
        "EnrollRequest": {"$ref": "#/$defs/EnrollRequest"},
    },
    "records": {
        "Event": {"$ref": "#/$defs/Event"},
        "ErrorReport": {"$ref": "#/$defs/ErrorReport"},
        "VisitorInfo": {"$ref": "#/$defs/VisitorInfo"},
        "AppEntry": {"$ref": "#/$defs/AppEntry"},
        "VisitorPreferences": {"$ref": "#/$defs/VisitorPreferences"},
        "StationInfo": {"$ref": "#/$defs/StationInfo"},
    },
}

"""What the station service sends the visitor's screen, as JSON Schema: GENERATED, do not edit.

Written by ``python scripts/screen_schema.py`` from the pydantic models of
kiosk/protocol/screen.py (their one definition); read by kiosk/protocol/lite.py in the screen,
which loads no pydantic. tests/unit/kiosk/test_screen_lite.py checks it is up to date.
"""

from __future__ import annotations

from typing import Any

SCHEMA: dict[str, Any] = {
    "version": [1, 3],
    "$defs": {
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
        "Call": {
            "properties": {
                "type": {"const": "call", "default": "call", "title": "Type", "type": "string"},
                "id": {"minimum": 0, "title": "Id", "type": "integer"},
                "method": {"maxLength": 64, "title": "Method", "type": "string"},
                "args": {
                    "additionalProperties": True,
                    "default": {},
                    "title": "Args",
                    "type": "object",
                },
            },
            "required": ["id", "method"],
            "title": "Call",
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
        "DeskCallState": {
            "description": 'The visitor\'s call for the desk on this station ("Call the desk").',
            "enum": ["none", "waiting", "answered"],
            "title": "DeskCallState",
            "type": "string",
            "x-python": "kiosk.protocol.enums:DeskCallState",
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
        "EventMessage": {
            "properties": {
                "type": {"const": "event", "default": "event", "title": "Type", "type": "string"},
                "name": {"title": "Name", "type": "string"},
                "args": {"default": [], "items": {}, "title": "Args", "type": "array"},
            },
            "required": ["name"],
            "title": "EventMessage",
            "type": "object",
        },
        "Hello": {
            "properties": {
                "type": {"const": "hello", "default": "hello", "title": "Type", "type": "string"},
                "version": {
                    "default": [1, 3],
                    "maxItems": 2,
                    "minItems": 2,
                    "prefixItems": [{"type": "integer"}, {"type": "integer"}],
                    "title": "Version",
                    "type": "array",
                },
                "role": {
                    "default": "screen",
                    "enum": ["screen", "session"],
                    "title": "Role",
                    "type": "string",
                },
                "display": {
                    "anyOf": [{"maxLength": 200, "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Display",
                },
                "xauthority": {
                    "anyOf": [{"maxLength": 4096, "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Xauthority",
                },
                "session_type": {
                    "anyOf": [{"maxLength": 32, "type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Session Type",
                },
            },
            "title": "Hello",
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
        "Ready": {
            "properties": {
                "type": {"const": "ready", "default": "ready", "title": "Type", "type": "string"}
            },
            "title": "Ready",
            "type": "object",
        },
        "Refused": {
            "properties": {
                "type": {
                    "const": "refused",
                    "default": "refused",
                    "title": "Type",
                    "type": "string",
                },
                "reason": {"title": "Reason", "type": "string"},
            },
            "required": ["reason"],
            "title": "Refused",
            "type": "object",
        },
        "Reply": {
            "properties": {
                "type": {"const": "reply", "default": "reply", "title": "Type", "type": "string"},
                "id": {"title": "Id", "type": "integer"},
                "value": {"default": None, "title": "Value"},
                "error": {
                    "anyOf": [{"$ref": "#/$defs/WireError"}, {"type": "null"}],
                    "default": None,
                },
            },
            "required": ["id"],
            "title": "Reply",
            "type": "object",
        },
        "ScreenState": {
            "description": "Everything a screen needs to show the station as it is now.",
            "properties": {
                "fault": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Fault",
                },
                "enabled": {"default": True, "title": "Enabled", "type": "boolean"},
                "disabled_reason": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Disabled Reason",
                },
                "online": {"default": False, "title": "Online", "type": "boolean"},
                "station_info": {
                    "anyOf": [{"$ref": "#/$defs/StationInfo"}, {"type": "null"}],
                    "default": None,
                },
                "view": {
                    "anyOf": [{"$ref": "#/$defs/SessionView"}, {"type": "null"}],
                    "default": None,
                },
                "maintenance_seconds": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Maintenance Seconds",
                },
                "away_seconds": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Away Seconds",
                },
                "staff_locked": {"default": False, "title": "Staff Locked", "type": "boolean"},
                "last_end": {
                    "anyOf": [{"$ref": "#/$defs/SessionEnded"}, {"type": "null"}],
                    "default": None,
                },
                "quit_minutes": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Quit Minutes",
                },
                "desk_call": {"$ref": "#/$defs/DeskCallState", "default": "none"},
            },
            "title": "ScreenState",
            "type": "object",
        },
        "SessionEnded": {
            "description": "The last session the station ended, and why (a screen "
            "that was away learns it).",
            "properties": {
                "session_id": {"title": "Session Id", "type": "string"},
                "reason": {"$ref": "#/$defs/EndReason"},
            },
            "required": ["session_id", "reason"],
            "title": "SessionEnded",
            "type": "object",
        },
        "SessionView": {
            "description": "What readers (the screen, heartbeats) see of the "
            "running session, at one instant.",
            "properties": {
                "session_id": {"title": "Session Id", "type": "string"},
                "visitor": {"$ref": "#/$defs/VisitorInfo"},
                "remaining_seconds": {"title": "Remaining Seconds", "type": "integer"},
                "used_seconds": {"title": "Used Seconds", "type": "integer"},
                "allowed_seconds": {"title": "Allowed Seconds", "type": "integer"},
                "ends_for": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Ends For",
                },
            },
            "required": [
                "session_id",
                "visitor",
                "remaining_seconds",
                "used_seconds",
                "allowed_seconds",
            ],
            "title": "SessionView",
            "type": "object",
            "x-python": "kiosk.protocol.screen_port:SessionView",
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
        "StateUpdate": {
            "properties": {
                "type": {"const": "state", "default": "state", "title": "Type", "type": "string"},
                "state": {"$ref": "#/$defs/ScreenState"},
            },
            "required": ["state"],
            "title": "StateUpdate",
            "type": "object",
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
        "Welcome": {
            "properties": {
                "type": {
                    "const": "welcome",
                    "default": "welcome",
                    "title": "Type",
                    "type": "string",
                },
                "version": {
                    "default": [1, 3],
                    "maxItems": 2,
                    "minItems": 2,
                    "prefixItems": [{"type": "integer"}, {"type": "integer"}],
                    "title": "Version",
                    "type": "array",
                },
                "state": {"$ref": "#/$defs/ScreenState"},
            },
            "required": ["state"],
            "title": "Welcome",
            "type": "object",
        },
        "WireError": {
            "description": "An exception raised by a call, as it crosses the socket "
            "(kiosk/screen_wire.py).",
            "properties": {
                "kind": {"maxLength": 32, "title": "Kind", "type": "string"},
                "message": {"default": "", "title": "Message", "type": "string"},
                "code": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Code",
                },
                "status": {
                    "anyOf": [{"type": "integer"}, {"type": "null"}],
                    "default": None,
                    "title": "Status",
                },
                "details": {
                    "additionalProperties": True,
                    "default": {},
                    "title": "Details",
                    "type": "object",
                },
            },
            "required": ["kind"],
            "title": "WireError",
            "type": "object",
        },
    },
    "incoming": {
        "welcome": {"$ref": "#/$defs/Welcome"},
        "refused": {"$ref": "#/$defs/Refused"},
        "reply": {"$ref": "#/$defs/Reply"},
        "event": {"$ref": "#/$defs/EventMessage"},
        "state": {"$ref": "#/$defs/StateUpdate"},
    },
    "outgoing": {
        "hello": {"$ref": "#/$defs/Hello"},
        "ready": {"$ref": "#/$defs/Ready"},
        "call": {"$ref": "#/$defs/Call"},
    },
    "methods": {
        "sign_in": {
            "parameters": ["identifier", "pin", "preferences", "hold_code"],
            "required": ["identifier"],
            "arguments": {
                "identifier": {"type": "string"},
                "pin": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                "preferences": {
                    "anyOf": [{"$ref": "#/$defs/VisitorPreferences"}, {"type": "null"}]
                },
                "hold_code": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            },
            "result": {"$ref": "#/$defs/SessionView"},
        },
        "end_session": {
            "parameters": ["reason"],
            "required": [],
            "arguments": {"reason": {"$ref": "#/$defs/EndReason"}},
            "result": {"type": "boolean"},
        },
        "apps": {
            "parameters": [],
            "required": [],
            "arguments": {},
            "result": {"type": "array", "items": {"$ref": "#/$defs/AppEntry"}},
        },
        "launch": {
            "parameters": ["app_id"],
            "required": ["app_id"],
            "arguments": {"app_id": {"type": "string"}},
            "result": {"type": "null"},
        },
        "pending_charter": {
            "parameters": [],
            "required": [],
            "arguments": {},
            "result": {
                "anyOf": [
                    {"type": "object", "additionalProperties": {"type": "string"}},
                    {"type": "null"},
                ]
            },
        },
        "accept_charter": {
            "parameters": [],
            "required": [],
            "arguments": {},
            "result": {"type": "boolean"},
        },
        "set_preferences": {
            "parameters": ["preferences"],
            "required": ["preferences"],
            "arguments": {"preferences": {"$ref": "#/$defs/VisitorPreferences"}},
            "result": {"type": "boolean"},
        },
        "call_desk": {
            "parameters": [],
            "required": [],
            "arguments": {},
            "result": {"type": "boolean"},
        },
        "cancel_desk_call": {
            "parameters": [],
            "required": [],
            "arguments": {},
            "result": {"type": "boolean"},
        },
        "locks.lock_away": {
            "parameters": [],
            "required": [],
            "arguments": {},
            "result": {"type": "integer"},
        },
        "locks.unlock_away": {
            "parameters": ["secret"],
            "required": ["secret"],
            "arguments": {"secret": {"type": "string"}},
            "result": {"type": "boolean"},
        },
        "locks.away_seconds_left": {
            "parameters": [],
            "required": [],
            "arguments": {},
            "result": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        },
        "locks.away_tries_left": {
            "parameters": [],
            "required": [],
            "arguments": {},
            "result": {"type": "integer"},
        },
        "staff.sign_in": {
            "parameters": ["username", "secret"],
            "required": ["username", "secret"],
            "arguments": {"username": {"type": "string"}, "secret": {"type": "string"}},
            "result": {"$ref": "#/$defs/StationStaffLogin"},
        },
        "staff.sign_out": {
            "parameters": ["token"],
            "required": ["token"],
            "arguments": {"token": {"type": "string"}},
            "result": {"type": "null"},
        },
        "staff.extend": {
            "parameters": ["token", "minutes"],
            "required": ["token", "minutes"],
            "arguments": {"token": {"type": "string"}, "minutes": {"type": "integer"}},
            "result": {"$ref": "#/$defs/StationStaffDone"},
        },
        "staff.end": {
            "parameters": ["token"],
            "required": ["token"],
            "arguments": {"token": {"type": "string"}},
            "result": {"$ref": "#/$defs/StationStaffDone"},
        },
        "staff.start_maintenance": {
            "parameters": ["token", "minutes"],
            "required": ["token", "minutes"],
            "arguments": {"token": {"type": "string"}, "minutes": {"type": "integer"}},
            "result": {"type": "integer"},
        },
        "staff.end_maintenance": {
            "parameters": [],
            "required": [],
            "arguments": {},
            "result": {"type": "boolean"},
        },
        "staff.maintenance_left": {
            "parameters": [],
            "required": [],
            "arguments": {},
            "result": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        },
        "staff.quit_for_maintenance": {
            "parameters": ["token"],
            "required": ["token"],
            "arguments": {"token": {"type": "string"}},
            "result": {"type": "integer"},
        },
    },
    "events": {
        "session_did_start": [{"$ref": "#/$defs/SessionView"}],
        "session_did_change": [{"$ref": "#/$defs/SessionView"}],
        "session_will_end": [{"$ref": "#/$defs/SessionView"}, {"type": "integer"}],
        "session_did_end": [{"type": "string"}, {"$ref": "#/$defs/EndReason"}],
        "connection_did_change": [{"type": "boolean"}],
        "station_did_load": [{"$ref": "#/$defs/StationInfo"}],
        "session_did_lock": [{"$ref": "#/$defs/SessionView"}],
        "session_did_unlock": [{"$ref": "#/$defs/SessionView"}],
        "station_did_receive_message": [
            {"type": "integer"},
            {"type": "string"},
            {"type": "object", "additionalProperties": {"type": "string"}},
        ],
        "station_did_disable": [{"anyOf": [{"type": "string"}, {"type": "null"}]}],
        "station_did_enable": [],
        "station_did_fail": [{"type": "string"}],
        "station_did_recover": [],
        "idle_will_end_session": [{"type": "integer"}],
        "idle_did_cancel": [],
        "app_did_launch": [{"type": "string"}],
        "process_did_stop": [{"type": "string"}, {"type": "string"}],
        "cleanup_will_start": [],
        "cleanup_did_finish": [{"type": "string"}],
        "clipboard_should_clear": [],
        "maintenance_did_start": [{"type": "integer"}],
        "maintenance_did_end": [],
        "session_did_lock_away": [{"type": "integer"}],
        "session_did_unlock_away": [],
        "desk_call_did_change": [{"$ref": "#/$defs/DeskCallState"}],
    },
}

"""Audit entries in words: the action as a sentence, the target, a short summary of the change.

An action the console does not know yet (a newer server) is shown as the server names it, and
its details as ``key: value`` pairs, so nothing is hidden.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.protocol.reports import AuditEntry

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class AuditText(QObject):
    """The context of the sentences with a count (lupdate marks plurals only on ``tr()``)."""


MAX_DETAILS = 240
#: Keys never shown, even though the server already keeps secrets out of the log.
SECRET_PARTS = ("hash", "password", "token", "pin")


def _sentences() -> dict[str, Callable[[], str]]:
    return {
        "auth.login": lambda: translate("AuditText", "Signed in to the console"),
        "auth.station_login": lambda: translate(
            "AuditText", "Signed in on a computer's staff panel"
        ),
        "command.extend": lambda: translate("AuditText", "Extended a session"),
        "command.end": lambda: translate("AuditText", "Ended a session"),
        "command.set_time": lambda: translate("AuditText", "Set a session's time left"),
        "command.message": lambda: translate("AuditText", "Sent a message to a computer"),
        "command.lock": lambda: translate("AuditText", "Locked a computer"),
        "command.unlock": lambda: translate("AuditText", "Unlocked a computer"),
        "command.disable": lambda: translate("AuditText", "Put a computer out of order"),
        "command.enable": lambda: translate("AuditText", "Put a computer back in service"),
        "command.sign_in": lambda: translate("AuditText", "Signed a visitor in from the desk"),
        "command.answer_call": lambda: translate("AuditText", "Answered a call for the desk"),
        "lockout.clear": lambda: translate("AuditText", "Lifted a sign-in lockout"),
        "site.enrol_code": lambda: translate(
            "AuditText", "Issued an enrolment code for a site's computers"
        ),
        "station.maintenance": lambda: translate("AuditText", "Opened a computer for maintenance"),
        "station.quit": lambda: translate("AuditText", "Stopped the kiosk program for maintenance"),
        "station.add": lambda: translate("AuditText", "Added a computer"),
        "station.enable": lambda: translate("AuditText", "Put a computer back in service"),
        "station.apps": lambda: translate("AuditText", "Changed the apps of a computer"),
        "station.enrol_code": lambda: translate(
            "AuditText", "Issued an enrolment code for a computer"
        ),
        "station.enroll": lambda: translate("AuditText", "Enrolled a computer"),
        "station.revoke": lambda: translate("AuditText", "Revoked a computer's access"),
        "ticket.create": lambda: translate("AuditText", "Created guest tickets"),
        "visitor.add": lambda: translate("AuditText", "Added a visitor"),
        "visitor.edit": lambda: translate("AuditText", "Edited a visitor"),
        "visitor.disable": lambda: translate("AuditText", "Disabled a visitor's account"),
        "visitor.enable": lambda: translate("AuditText", "Enabled a visitor's account"),
        "visitor.pin": lambda: translate("AuditText", "Changed a visitor's PIN"),
        "visitor.import": lambda: translate("AuditText", "Imported visitors"),
        "visitor.export": lambda: translate("AuditText", "Exported the visitors"),
        "site.add": lambda: translate("AuditText", "Added a site"),
        "site.hours": lambda: translate("AuditText", "Changed a site's opening hours"),
        "site.texts": lambda: translate("AuditText", "Changed a site's texts"),
        "site.ready_messages": lambda: translate(
            "AuditText", "Changed a site's ready-made messages"
        ),
        "site.holds": lambda: translate(
            "AuditText", "Changed a site's minutes for bookings and the queue"
        ),
        "hold.create": lambda: translate("AuditText", "Booked computers"),
        "hold.cancel": lambda: translate("AuditText", "Cancelled a booking"),
        "hold.cancelled": lambda: translate("AuditText", "Cancelled a booking"),
        "hold.claim": lambda: translate("AuditText", "A visitor took up a booked computer"),
        "hold.released": lambda: translate(
            "AuditText", "Released a booked computer not taken up in time"
        ),
        "hold.expired": lambda: translate(
            "AuditText", "Released a computer held for the queue, not taken up in time"
        ),
        "queue.take": lambda: translate("AuditText", "Gave a queue number"),
        "queue.call": lambda: translate("AuditText", "Called a queue number to a computer"),
        "queue.cancel": lambda: translate("AuditText", "Cancelled a queue number"),
        "queue.skip": lambda: translate("AuditText", "Moved a queue number to the end of the line"),
        "queue.serve": lambda: translate("AuditText", "Marked a queue number as served"),
        "site.noshow": lambda: translate("AuditText", "Changed a site's no-show rule"),
        "site.public": lambda: translate("AuditText", "Changed a site's public page"),
        "site.public_logo": lambda: translate("AuditText", "Changed a site's logo"),
        "class.start": lambda: translate("AuditText", "Started a class"),
        "class.end": lambda: translate("AuditText", "Ended a class"),
        "visitor.erase": lambda: translate("AuditText", "Erased a visitor's account"),
        "retention.run": lambda: translate(
            "AuditText", "Applied the retention periods (old usage made anonymous)"
        ),
        "workshop.create": lambda: translate("AuditText", "Planned a workshop"),
        "workshop.update": lambda: translate("AuditText", "Edited a workshop"),
        "workshop.cancel": lambda: translate(
            "AuditText", "Cancelled a workshop or one of its dates"
        ),
        "workshop.register": lambda: translate("AuditText", "Registered someone for a workshop"),
        "workshop.unregister": lambda: translate(
            "AuditText", "Cancelled a registration for a workshop"
        ),
        "workshop.promote": lambda: translate(
            "AuditText", "Moved someone from a workshop's waiting list to a place"
        ),
        "workshop.attend": lambda: translate("AuditText", "Marked attendance at a workshop"),
        "workshop.theme": lambda: translate("AuditText", "Added or renamed a workshop theme"),
        "workshop.theme_remove": lambda: translate("AuditText", "Removed a workshop theme"),
        "policy.set": lambda: translate("AuditText", "Changed a time policy"),
        "policy.remove": lambda: translate("AuditText", "Removed a time policy"),
        "rules.set": lambda: translate("AuditText", "Changed session rules"),
        "rules.clear": lambda: translate("AuditText", "Removed session rules"),
        "profile.add": lambda: translate("AuditText", "Added an app profile"),
        "profile.remove": lambda: translate("AuditText", "Removed an app profile"),
        "profile.apps": lambda: translate("AuditText", "Changed the apps of a profile"),
        "profile.assign": lambda: translate("AuditText", "Gave an app profile"),
        "profile.unassign": lambda: translate("AuditText", "Took back an app profile"),
        "app.add": lambda: translate("AuditText", "Added an app to the catalogue"),
        "app.replace": lambda: translate("AuditText", "Changed an app of the catalogue"),
        "app.remove": lambda: translate("AuditText", "Removed an app from the catalogue"),
        "category.add": lambda: translate("AuditText", "Added a visitor category"),
        "staff.add": lambda: translate("AuditText", "Added a staff account"),
        "staff.password_change": lambda: translate("AuditText", "Changed their own password"),
        "staff.password_reset": lambda: translate("AuditText", "Reset a staff member's password"),
        "staff.pin_set": lambda: translate("AuditText", "Set a staff PIN"),
        "staff.pin_cleared": lambda: translate("AuditText", "Removed a staff PIN"),
    }


def action_kinds() -> list[tuple[str, str]]:
    """The action filter's choices: (prefix sent to the server, label)."""
    return [
        ("command", translate("AuditText", "Actions on sessions and computers")),
        ("auth", translate("AuditText", "Sign-ins")),
        ("ticket", translate("AuditText", "Guest tickets")),
        ("visitor", translate("AuditText", "Visitor accounts")),
        ("station", translate("AuditText", "Computers")),
        ("site", translate("AuditText", "Sites and opening hours")),
        ("hold", translate("AuditText", "Bookings")),
        ("queue", translate("AuditText", "Queue at the desk")),
        ("policy", translate("AuditText", "Time policies")),
        ("rules", translate("AuditText", "Session rules")),
        ("profile", translate("AuditText", "App profiles")),
        ("app", translate("AuditText", "App catalogue")),
        ("category", translate("AuditText", "Visitor categories")),
        ("staff", translate("AuditText", "Staff accounts")),
    ]


def action_text(action: str) -> str:
    """A readable sentence for the action; the raw name when the console does not know it."""
    sentence = _sentences().get(action)
    return sentence() if sentence else action


def who_text(entry: AuditEntry) -> str:
    return entry.staff or translate("AuditText", "system")


def target_text(target: str) -> str:
    kind, _, name = target.partition(":")
    kinds = {
        "station": lambda: translate("AuditText", "Computer %1"),
        "site": lambda: translate("AuditText", "Site %1"),
        "visitor": lambda: translate("AuditText", "Visitor no. %1"),
        "staff": lambda: translate("AuditText", "Staff account %1"),
        "profile": lambda: translate("AuditText", "Profile %1"),
        "app": lambda: translate("AuditText", "App %1"),
        "category": lambda: translate("AuditText", "Category %1"),
        "policy": lambda: translate("AuditText", "Policy of %1"),
        "rules": lambda: translate("AuditText", "Rules of %1"),
        "ticket": lambda: translate("AuditText", "Queue number %1"),
    }
    if target == "visitors":
        return translate("AuditText", "All visitors")
    pattern = kinds.get(kind)
    return pattern().replace("%1", name) if pattern and name else target


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("AuditText", "yes") if value else translate("AuditText", "no")
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, dict):
        # no JSON on screen: nested values as "key value" pairs, in brackets
        inner = ", ".join(f"{_key(k)} {_value(v)}" for k, v in sorted(value.items()))
        return f"({inner})"
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value) or "—"
    return str(value)


def _key(key: str) -> str:
    """A field's name in the reader's language; an unknown field with spaces for underscores."""
    labels = _labels()
    return labels[key]() if key in labels else key.replace("_", " ")


def _labels() -> dict[str, Callable[[], str]]:
    return {
        "minutes": lambda: translate("AuditText", "minutes"),
        "seconds": lambda: translate("AuditText", "seconds"),
        "reason": lambda: translate("AuditText", "reason"),
        "text": lambda: translate("AuditText", "text"),
        "name": lambda: translate("AuditText", "name"),
        "site": lambda: translate("AuditText", "site"),
        "station": lambda: translate("AuditText", "computer"),
        "visitor": lambda: translate("AuditText", "visitor"),
        "category": lambda: translate("AuditText", "category"),
        "count": lambda: translate("AuditText", "number"),
        "date": lambda: translate("AuditText", "date"),
        "hours": lambda: translate("AuditText", "opening hours"),
        "exceptions": lambda: translate("AuditText", "exceptional days"),
        "closed": lambda: translate("AuditText", "closed"),
        "apps": lambda: translate("AuditText", "apps"),
        "profile": lambda: translate("AuditText", "profile"),
        "profiles": lambda: translate("AuditText", "profiles"),
        "enabled": lambda: translate("AuditText", "active"),
        "disabled": lambda: translate("AuditText", "disabled"),
        "disabled_until": lambda: translate("AuditText", "disabled until"),
        "language": lambda: translate("AuditText", "language"),
        "timezone": lambda: translate("AuditText", "time zone"),
        "role": lambda: translate("AuditText", "role"),
        "sites": lambda: translate("AuditText", "sites"),
        "at_station": lambda: translate("AuditText", "at the computer"),
        "tokens_revoked": lambda: translate("AuditText", "sign-ins ended"),
        "command_id": lambda: translate("AuditText", "command no."),
        "session_id": lambda: translate("AuditText", "session no."),
        "by": lambda: translate("AuditText", "by"),
        "daily_minutes": lambda: translate("AuditText", "minutes per day"),
        "weekly_minutes": lambda: translate("AuditText", "minutes per week"),
        "session_minutes": lambda: translate("AuditText", "minutes per session"),
        "valid_from": lambda: translate("AuditText", "valid from"),
        "valid_to": lambda: translate("AuditText", "valid until"),
        "birth_year": lambda: translate("AuditText", "year of birth"),
        "rows": lambda: translate("AuditText", "rows"),
    }


def _public(values: dict[str, Any] | None) -> dict[str, Any]:
    return {
        k: v for k, v in (values or {}).items() if not any(p in k.lower() for p in SECRET_PARTS)
    }


def _special(entry: AuditEntry) -> str | None:
    """A sentence for the details of the most frequent actions."""
    after = entry.after or {}
    if entry.action == "command.extend" and isinstance(after.get("minutes"), int):
        return AuditText.tr("%n minute(s) added", "", after["minutes"])
    if entry.action == "command.set_time" and isinstance(after.get("seconds"), int):
        return AuditText.tr("%n minute(s) left", "", round(after["seconds"] / 60))
    if entry.action == "command.message" and isinstance(after.get("text"), str):
        return f"“{after['text']}”"
    if entry.action == "command.disable" and isinstance(after.get("reason"), str):
        return after["reason"]
    if entry.action == "ticket.create" and isinstance(after.get("count"), int):
        text = AuditText.tr("%n ticket(s) of %1 min", "", after["count"])
        return text.replace("%1", str(after.get("minutes", "?")))
    return None


def details_text(entry: AuditEntry) -> str:
    """What changed, in one line: ``key: before → after`` for edits, ``key: value`` else."""
    special = _special(entry)
    if special is not None:
        return special
    before, after = _public(entry.before), _public(entry.after)
    if before and after:
        parts = [
            f"{_key(key)}: {_value(before.get(key))} → {_value(after.get(key))}"
            for key in sorted(set(before) | set(after))
            if before.get(key) != after.get(key)
        ]
    else:
        parts = [
            f"{_key(key)}: {_value(value)}" for key, value in sorted((after or before).items())
        ]
    text = "; ".join(parts)
    return text if len(text) <= MAX_DETAILS else text[: MAX_DETAILS - 1] + "…"


def full_details(entry: AuditEntry) -> str:
    """Before and after in full (the cell's tooltip and the CSV export)."""
    parts = []
    if entry.before:
        before = json.dumps(_public(entry.before), ensure_ascii=False, sort_keys=True)
        parts.append(translate("AuditText", "before: %1").replace("%1", before))
    if entry.after:
        after = json.dumps(_public(entry.after), ensure_ascii=False, sort_keys=True)
        parts.append(translate("AuditText", "after: %1").replace("%1", after))
    return "\n".join(parts)

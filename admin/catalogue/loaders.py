"""The app catalogue in the database: loaders used inside the caller's transaction.

The rule of which apps a visitor gets is in :mod:`admin.catalogue.rules` (pure); changing the
catalogue, profiles and restrictions is in :mod:`admin.catalogue.editing`. The two functions the
station service calls, inside its own transaction, are :func:`apps_for` (at sign-in, for the
grant) and :func:`record_usage` (an ``app_used`` event, applied once).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from admin.catalogue.rules import (
    DEFAULT_CATEGORY,
    Assignment,
    Choice,
    Restriction,
    choose_profiles,
    resolve_apps,
)
from admin.core.actors import StaffMember
from kiosk.protocol.catalogue import CategoryAssignment, ProfileInfo, StationApps
from kiosk.protocol.station import AppEntry, Event

log = logging.getLogger("epn.server.catalogue")


def app_entry(row: dict[str, Any]) -> AppEntry:
    return AppEntry(
        id=row["id"],
        names=json.loads(row["names"]),
        icon=row["icon"],
        commands=json.loads(row["commands"]),
        processes=json.loads(row["processes"]),
    )


def load_apps(db: Database, ids: Sequence[str] | None = None) -> list[AppEntry]:
    """Apps by id, in the order of ``ids`` (None: the whole catalogue, by id)."""
    if ids is None:
        return [app_entry(row) for row in db.query("SELECT * FROM apps ORDER BY id")]
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = {row["id"]: row for row in db.query(f"SELECT * FROM apps WHERE id IN ({marks})", ids)}
    return [app_entry(rows[app_id]) for app_id in ids if app_id in rows]


def load_restriction(db: Database, station_id: int) -> Restriction | None:
    mode = next(
        db.query("SELECT mode FROM station_app_modes WHERE station_id = ?", [station_id]), None
    )
    if mode is None:
        return None
    apps = db.query("SELECT app_id FROM station_app_list WHERE station_id = ?", [station_id])
    return Restriction(mode["mode"], frozenset(row["app_id"] for row in apps))


def load_profile_apps(db: Database, profiles: Sequence[str]) -> dict[str, list[str]]:
    """App ids of each profile, in the order they were added."""
    if not profiles:
        return {}
    marks = ", ".join("?" for _ in profiles)
    found: dict[str, list[str]] = {name: [] for name in profiles}
    for row in db.query(
        "SELECT p.name, pa.app_id FROM profile_apps pa JOIN profiles p ON p.id = pa.profile_id"
        f" WHERE p.name IN ({marks}) ORDER BY pa.rowid",
        list(profiles),
    ):
        found[row["name"]].append(row["app_id"])
    return found


def load_profile(db: Database, row: dict[str, Any], member: StaffMember | None) -> ProfileInfo:
    """A profile; staff see its category assignments city-wide and at their own sites."""
    apps = load_profile_apps(db, [row["name"]])[row["name"]]
    categories = [
        CategoryAssignment(category=r["category"], site=r["site"])
        for r in db.query(
            "SELECT pc.category, pc.site_id, s.name AS site FROM profile_categories pc"
            " LEFT JOIN sites s ON s.id = pc.site_id WHERE pc.profile_id = ?"
            " ORDER BY pc.category, s.name",
            [row["id"]],
        )
        if member is None or r["site_id"] is None or member.can_see(r["site_id"])
    ]
    own = [
        r["identifier"]
        for r in db.query(
            "SELECT v.identifier FROM visitor_profiles vp JOIN visitors v ON v.id = vp.visitor_id"
            " WHERE vp.profile_id = ? ORDER BY v.identifier",
            [row["id"]],
        )
    ]
    return ProfileInfo(name=row["name"], apps=apps, categories=categories, visitors=own)


def load_station_apps(db: Database, station: dict[str, Any]) -> StationApps:
    restriction = load_restriction(db, station["id"])
    if restriction is None:
        return StationApps(station=station["name"])
    return StationApps(
        station=station["name"], mode=restriction.mode, apps=sorted(restriction.apps)
    )


def choose_for(db: Database, visitor: dict[str, Any], site_id: int) -> Choice:
    """The profiles that apply to this visitor at this site (see catalogue_rules)."""
    own = [
        row["name"]
        for row in db.query(
            "SELECT p.name FROM visitor_profiles vp JOIN profiles p ON p.id = vp.profile_id"
            " WHERE vp.visitor_id = ?",
            [visitor["id"]],
        )
    ]
    assignments = [
        Assignment(row["name"], row["category"], row["site_id"])
        for row in db.query(
            "SELECT p.name, pc.category, pc.site_id FROM profile_categories pc"
            " JOIN profiles p ON p.id = pc.profile_id"
            " WHERE pc.category IN (?, ?) AND (pc.site_id IS NULL OR pc.site_id = ?)",
            [visitor["category"], DEFAULT_CATEGORY, site_id],
        )
    ]
    return choose_profiles(own, visitor["category"], site_id, assignments)


def apps_for(
    db: Database, station_id: int, site_id: int, visitor: dict[str, Any]
) -> list[AppEntry]:
    """The visitor's resolved catalogue on this station, for the grant."""
    choice = choose_for(db, visitor, site_id)
    ids = resolve_apps(
        choice.profiles,
        load_profile_apps(db, choice.profiles),
        load_restriction(db, station_id),
    )
    return load_apps(db, ids)


def record_usage(db: Database, station_id: int, event: Event) -> None:
    """Add an app_used event's seconds to its session's total for that app.

    Called once per event (the station service dedupes by event id). An event about a session
    of another station, or without its fields, is kept in the event log but counts nothing.
    """
    if event.session_id is None or event.app_id is None or not event.used_seconds:
        return
    owned = next(
        db.query(
            "SELECT 1 FROM sessions WHERE id = ? AND station_id = ?",
            [event.session_id, station_id],
        ),
        None,
    )
    if owned is None:
        log.warning("app_used for session %s, not one of this station's", event.session_id)
        return
    db.execute(
        "INSERT INTO session_apps (session_id, app_id, seconds) VALUES (?, ?, ?)"
        " ON CONFLICT (session_id, app_id) DO UPDATE SET seconds = seconds + excluded.seconds",
        [event.session_id, event.app_id, event.used_seconds],
    )

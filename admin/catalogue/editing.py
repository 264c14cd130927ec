"""Changing the app catalogue, profiles, their assignments and station restrictions.

Who may do what: the catalogue itself (apps, profiles and their apps, city-wide assignments)
is for admins; staff assign profiles to a category at their own sites, to visitors (accounts
are city-wide, as in :mod:`admin.visitors.accounts`), and restrict the stations of their sites. The CLI
(``member`` None) is trusted like an admin. Every change is audited, before → after.

Longer than the ~400-line aim: every change of the catalogue (apps, profiles, their assignments,
station restrictions) goes through the same scope check and audit record, kept side by side.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from typing import Any, Literal, TypeVar

from sqlite_utils import Database

from admin.catalogue import loaders as catalogue
from admin.catalogue.rules import DEFAULT_CATEGORY, Choice
from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Duplicate, Refused
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.visitors import accounts as visitors
from kiosk.protocol.catalogue import AppSpec, ProfileInfo, StationApps
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MAX_PROFILE_NAME_LENGTH
from kiosk.protocol.station import AppEntry
from kiosk.protocol.text import text_problem

log = logging.getLogger("epn.server.catalogue")

T = TypeVar("T")
Mode = Literal["allow", "deny"]


def _invalid(message: str, details: dict[str, Any] | None = None) -> Refused:
    return Refused(ErrorCode.INVALID_REQUEST, message, details)


def _not_found(message: str, details: dict[str, Any] | None = None) -> Refused:
    return Refused(ErrorCode.NOT_FOUND, message, details)


def _admin_only(member: StaffMember | None) -> None:
    if member is not None and member.role != "admin":
        raise Refused(ErrorCode.FORBIDDEN, "only admins change the app catalogue")


def _profile_name(name: str) -> str:
    name = name.strip(" ")
    if not name or len(name) > MAX_PROFILE_NAME_LENGTH:
        raise _invalid(f"profile name must be 1 to {MAX_PROFILE_NAME_LENGTH} characters")
    if problem := text_problem(name, "name"):
        raise _invalid(f"profile name {problem}")
    return name


def _profile(db: Database, name: str) -> dict[str, Any]:
    row = next(db.query("SELECT * FROM profiles WHERE name = ?", [name]), None)
    if row is None:
        raise _not_found(f"no profile named {name!r}", {"profile": name})
    return dict(row)


def _check_apps(db: Database, ids: Sequence[str]) -> list[str]:
    wanted = list(dict.fromkeys(ids))
    known = {app.id for app in catalogue.load_apps(db, wanted)}
    missing = [app_id for app_id in wanted if app_id not in known]
    if missing:
        raise _not_found(f"unknown app(s): {', '.join(missing)}", {"apps": missing})
    return wanted


def _site_by_name(db: Database, name: str) -> int:
    row = next(db.query("SELECT id FROM sites WHERE name = ?", [name]), None)
    if row is None:
        raise _not_found(f"no site named {name!r}", {"site": name})
    return int(row["id"])


def _scoped_site(db: Database, member: StaffMember | None, name: str | None) -> int | None:
    """The site's id if the member may assign there (None: city-wide, admins only)."""
    if member is None or member.role == "admin":
        return None if name is None else _site_by_name(db, name)
    if name is None:
        raise Refused(ErrorCode.FORBIDDEN, "only admins assign profiles city-wide")
    row = next(db.query("SELECT id FROM sites WHERE name = ?", [name]), None)
    # staff learn nothing about sites that are not theirs, not even that they exist
    if row is None or not member.can_see(row["id"]):
        raise Refused(ErrorCode.FORBIDDEN, "this site is not one of yours")
    return int(row["id"])


def _station(db: Database, member: StaffMember | None, name: str) -> dict[str, Any]:
    row = next(db.query("SELECT id, name, site_id FROM stations WHERE name = ?", [name]), None)
    # another site's station answers exactly like a missing one: names cannot be probed
    if row is None or (member is not None and not member.can_see(row["site_id"])):
        raise _not_found(f"no station named {name!r}", {"station": name})
    return dict(row)


def _visitor(db: Database, identifier: str) -> dict[str, Any]:
    row = next(db.query("SELECT * FROM visitors WHERE identifier = ?", [identifier]), None)
    if row is None or row["category"] == visitors.GUEST_CATEGORY:
        raise _not_found("no such visitor")
    return dict(row)


def _check_category(db: Database, category: str) -> str:
    category = category.strip()
    known = {*visitors.categories(db), DEFAULT_CATEGORY, visitors.GUEST_CATEGORY}
    if category not in known:
        raise _invalid(
            f"unknown category {category!r} (known: {', '.join(sorted(known))})",
            {"category": category},
        )
    return category


class CatalogueAdmin:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def _write(
        self, member: StaffMember | None, fn: Callable[[Database, Callable[..., None]], T]
    ) -> T:
        """Run ``fn(db, record)`` in one transaction; ``record(**audit_fields)`` audits."""
        now = to_iso(self._clock())
        staff_id = None if member is None else member.id

        def write(db: Database) -> T:
            def record(**fields: Any) -> None:
                audit.record(db, at=now, staff_id=staff_id, **fields)

            return fn(db, record)

        return self._store.write(write)

    # --- apps -----------------------------------------------------------------------------

    def list_apps(self) -> list[AppEntry]:
        return self._store.read(lambda db: catalogue.load_apps(db))

    def add_app(
        self, member: StaffMember | None, spec: AppSpec, *, replace: bool = False
    ) -> AppEntry:
        """Add an app (``replace``: change an existing one); it needs a name and a command."""
        _admin_only(member)
        if not spec.names or not spec.commands:
            raise _invalid("an app needs a name in at least one language and a command line")
        row = {
            "id": spec.id,
            "names": json.dumps(spec.names, sort_keys=True, ensure_ascii=False),
            "icon": spec.icon or None,
            "commands": json.dumps(spec.commands, sort_keys=True, ensure_ascii=False),
            "processes": json.dumps(list(dict.fromkeys(spec.processes)), ensure_ascii=False),
        }

        def write(db: Database, record: Callable[..., None]) -> AppEntry:
            before = next(iter(catalogue.load_apps(db, [spec.id])), None)
            if before is not None and not replace:
                raise Duplicate("app", spec.id)
            if before is None and replace:
                raise _not_found(f"no app {spec.id!r}", {"app": spec.id})
            if before is None:
                db.execute(
                    "INSERT INTO apps (id, names, icon, commands, processes, created_at)"
                    " VALUES (:id, :names, :icon, :commands, :processes, :now)",
                    {**row, "now": to_iso(self._clock())},
                )
            else:
                db.execute(
                    "UPDATE apps SET names = :names, icon = :icon, commands = :commands,"
                    " processes = :processes WHERE id = :id",
                    row,
                )
            after = catalogue.load_apps(db, [spec.id])[0]
            record(
                action="app.replace" if replace else "app.add",
                target=f"app:{spec.id}",
                before=None if before is None else before.model_dump(),
                after=after.model_dump(),
            )
            return after

        app = self._write(member, write)
        log.info("app %r %s", spec.id, "replaced" if replace else "added")
        return app

    def remove_app(self, member: StaffMember | None, app_id: str) -> None:
        """Remove an app from the catalogue, its profiles and station lists (usage stays)."""
        _admin_only(member)

        def write(db: Database, record: Callable[..., None]) -> None:
            before = next(iter(catalogue.load_apps(db, [app_id])), None)
            if before is None:
                raise _not_found(f"no app {app_id!r}", {"app": app_id})
            db.execute("DELETE FROM apps WHERE id = ?", [app_id])
            record(action="app.remove", target=f"app:{app_id}", before=before.model_dump())

        self._write(member, write)

    # --- profiles -------------------------------------------------------------------------

    def list_profiles(self, member: StaffMember | None) -> list[ProfileInfo]:
        return self._store.read(
            lambda db: [
                catalogue.load_profile(db, row, member)
                for row in db.query("SELECT * FROM profiles ORDER BY name")
            ]
        )

    def add_profile(
        self, member: StaffMember | None, name: str, apps: Sequence[str] = ()
    ) -> ProfileInfo:
        _admin_only(member)
        name = _profile_name(name)

        def write(db: Database, record: Callable[..., None]) -> ProfileInfo:
            if next(db.query("SELECT 1 FROM profiles WHERE name = ?", [name]), None):
                raise Duplicate("profile", name)
            ids = _check_apps(db, apps)
            cursor = db.execute(
                "INSERT INTO profiles (name, created_at) VALUES (?, ?)",
                [name, to_iso(self._clock())],
            )
            for app_id in ids:
                db.execute(
                    "INSERT INTO profile_apps (profile_id, app_id) VALUES (?, ?)",
                    [cursor.lastrowid, app_id],
                )
            after = catalogue.load_profile(db, _profile(db, name), None)
            record(action="profile.add", target=f"profile:{name}", after=after.model_dump())
            return after

        return self._write(member, write)

    def remove_profile(self, member: StaffMember | None, name: str) -> None:
        _admin_only(member)

        def write(db: Database, record: Callable[..., None]) -> None:
            row = _profile(db, name)
            before = catalogue.load_profile(db, row, None)
            db.execute("DELETE FROM profiles WHERE id = ?", [row["id"]])
            record(action="profile.remove", target=f"profile:{name}", before=before.model_dump())

        self._write(member, write)

    def change_apps(
        self,
        member: StaffMember | None,
        name: str,
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
    ) -> ProfileInfo:
        """Add apps to a profile and take others out of it."""
        _admin_only(member)
        if set(add) & set(remove):
            raise _invalid("an app cannot be both added and removed")

        def write(db: Database, record: Callable[..., None]) -> ProfileInfo:
            row = _profile(db, name)
            before = catalogue.load_profile(db, row, None)
            for app_id in _check_apps(db, add):
                db.execute(
                    "INSERT OR IGNORE INTO profile_apps (profile_id, app_id) VALUES (?, ?)",
                    [row["id"], app_id],
                )
            for app_id in remove:
                db.execute(
                    "DELETE FROM profile_apps WHERE profile_id = ? AND app_id = ?",
                    [row["id"], app_id],
                )
            after = catalogue.load_profile(db, row, None)
            record(
                action="profile.apps",
                target=f"profile:{name}",
                before={"apps": before.apps},
                after={"apps": after.apps},
            )
            return catalogue.load_profile(db, row, member)

        return self._write(member, write)

    def assign(
        self,
        member: StaffMember | None,
        name: str,
        *,
        category: str | None = None,
        site: str | None = None,
        visitor: str | None = None,
        remove: bool = False,
    ) -> ProfileInfo:
        """Give a profile to a category (city-wide or at ``site``) or to one visitor.

        ``remove`` takes it back; taking back what was not given is not an error.
        """
        if (category is None) == (visitor is None):
            raise _invalid("give either a category or a visitor")
        if visitor is not None and site is not None:
            raise _invalid("a visitor's own profile is city-wide: no site")
        action = "profile.unassign" if remove else "profile.assign"

        def write(db: Database, record: Callable[..., None]) -> ProfileInfo:
            row = _profile(db, name)
            if visitor is not None:
                person = _visitor(db, visitor)
                params: list[Any] = [person["id"], row["id"]]
                if remove:
                    db.execute(
                        "DELETE FROM visitor_profiles WHERE visitor_id = ? AND profile_id = ?",
                        params,
                    )
                else:
                    db.execute(
                        "INSERT OR IGNORE INTO visitor_profiles (visitor_id, profile_id)"
                        " VALUES (?, ?)",
                        params,
                    )
                # the audit names the row, not the person
                change: dict[str, Any] = {"visitor": f"visitor:{person['id']}"}
                record(action=action, target=f"profile:{name}", after=change)
                return catalogue.load_profile(db, row, member)
            assert category is not None
            site_id = _scoped_site(db, member, site)
            wanted = _check_category(db, category)
            if remove:
                db.execute(
                    "DELETE FROM profile_categories WHERE profile_id = ? AND category = ?"
                    " AND site_id IS ?",
                    [row["id"], wanted, site_id],
                )
            else:
                db.execute(
                    "INSERT OR IGNORE INTO profile_categories (profile_id, category, site_id)"
                    " VALUES (?, ?, ?)",
                    [row["id"], wanted, site_id],
                )
            change = {"category": wanted, "site": site}
            record(action=action, target=f"profile:{name}", after=change, site_id=site_id)
            return catalogue.load_profile(db, row, member)

        return self._write(member, write)

    # --- stations -------------------------------------------------------------------------

    def station_apps(self, member: StaffMember | None, station: str) -> StationApps:
        return self._store.read(
            lambda db: catalogue.load_station_apps(db, _station(db, member, station))
        )

    def restrict(
        self,
        member: StaffMember | None,
        station: str,
        mode: Mode | None,
        apps: Sequence[str] = (),
    ) -> StationApps:
        """Allow only ``apps`` on the station, or all but them; mode None lifts the restriction."""
        if mode is None and apps:
            raise _invalid("give allow or deny with the apps, or no apps to clear")
        if mode is not None and not apps:
            raise _invalid(f"give the apps to {mode}")

        def write(db: Database, record: Callable[..., None]) -> StationApps:
            row = _station(db, member, station)
            before = catalogue.load_station_apps(db, row)
            ids = _check_apps(db, apps)
            db.execute("DELETE FROM station_app_modes WHERE station_id = ?", [row["id"]])
            if mode is not None:
                db.execute(
                    "INSERT INTO station_app_modes (station_id, mode) VALUES (?, ?)",
                    [row["id"], mode],
                )
                for app_id in ids:
                    db.execute(
                        "INSERT INTO station_app_list (station_id, app_id) VALUES (?, ?)",
                        [row["id"], app_id],
                    )
            after = catalogue.load_station_apps(db, row)
            record(
                action="station.apps",
                target=f"station:{row['name']}",
                before=before.model_dump(exclude={"station"}),
                after=after.model_dump(exclude={"station"}),
                site_id=row["site_id"],
            )
            return after

        return self._write(member, write)

    # --- what a visitor gets, what was used -----------------------------------------------

    def preview(self, station: str, identifier: str) -> tuple[Choice, list[AppEntry]]:
        """What the visitor would get on the station now, and from which tier (CLI)."""

        def read(db: Database) -> tuple[Choice, list[AppEntry]]:
            row = _station(db, None, station)
            person = _visitor(db, identifier)
            choice = catalogue.choose_for(db, person, row["site_id"])
            return choice, catalogue.apps_for(db, row["id"], row["site_id"], person)

        return self._store.read(read)

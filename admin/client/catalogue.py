"""Staff client calls: catalogue (a mixin of admin.client.staff_client.StaffClient).

Everyone reads the apps and profiles; admins change them. Staff give profiles at their own
sites and to visitors, and restrict the stations of their sites (see admin.catalogue.editing).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from admin.client.base import ClientBase
from kiosk.protocol.catalogue import (
    AppList,
    AppSpec,
    ProfileAppsChange,
    ProfileAssignment,
    ProfileCreate,
    ProfileInfo,
    ProfileList,
    SessionApps,
    StationApps,
    StationAppsChange,
)
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import StationDetails, StationDetailsList
from kiosk.protocol.rules import CategoryList
from kiosk.protocol.station import AppEntry


class CatalogueCalls(ClientBase):
    # --- apps -----------------------------------------------------------------------------

    def apps(self) -> list[AppEntry]:
        """The whole app catalogue, by id."""
        return self._request("GET", Paths.APPS, AppList).apps

    def add_app(self, spec: AppSpec) -> AppEntry:
        """Admins: add an app (INVALID_REQUEST with ``details.name`` when the id is taken)."""
        return self._request("POST", Paths.APPS, AppEntry, json=spec.model_dump(mode="json"))

    def replace_app(self, spec: AppSpec) -> AppEntry:
        """Admins: replace the names, icon, commands and processes of the app ``spec.id``."""
        body = spec.model_dump(mode="json")
        return self._request("PUT", Paths.app(spec.id), AppEntry, json=body)

    def remove_app(self, app_id: str) -> None:
        """Admins: remove an app from the catalogue, its profiles and station lists."""
        self._request_none("DELETE", Paths.app(app_id))

    # --- profiles -------------------------------------------------------------------------

    def profiles(self) -> list[ProfileInfo]:
        """Profiles with their apps, categories (city-wide and the member's sites), visitors."""
        return self._request("GET", Paths.PROFILES, ProfileList).profiles

    def add_profile(self, name: str, apps: Sequence[str] = ()) -> ProfileInfo:
        """Admins: a new profile, a named set of apps."""
        body = ProfileCreate(name=name, apps=list(apps)).model_dump()
        return self._request("POST", Paths.PROFILES, ProfileInfo, json=body)

    def remove_profile(self, name: str) -> None:
        """Admins: remove a profile and its assignments."""
        self._request_none("DELETE", Paths.profile(name))

    def change_profile_apps(
        self, name: str, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> ProfileInfo:
        """Admins: add apps to a profile and take others out."""
        body = ProfileAppsChange(add=list(add), remove=list(remove)).model_dump()
        return self._request("POST", Paths.profile(name, "apps"), ProfileInfo, json=body)

    def set_profile_apps(self, profile: ProfileInfo, apps: Sequence[str]) -> ProfileInfo:
        """Admins: make ``apps`` the apps of ``profile`` (as last read), in one change."""
        wanted = set(apps)
        add = [app_id for app_id in apps if app_id not in profile.apps]
        remove = [app_id for app_id in profile.apps if app_id not in wanted]
        return self.change_profile_apps(profile.name, add, remove)

    def assign_profile(
        self,
        name: str,
        *,
        category: str | None = None,
        site: str | None = None,
        visitor: str | None = None,
    ) -> ProfileInfo:
        """Give a profile to a category (``*``: default), city-wide or at ``site`` (a site's
        name), or to one visitor (an identifier). Staff: their sites and visitors only."""
        body = ProfileAssignment(category=category, site=site, visitor=visitor)
        path = Paths.profile(name, "assign")
        return self._request("POST", path, ProfileInfo, json=body.model_dump())

    def unassign_profile(
        self,
        name: str,
        *,
        category: str | None = None,
        site: str | None = None,
        visitor: str | None = None,
    ) -> ProfileInfo:
        """Take back a profile given to a category or a visitor (same rules as assign)."""
        body = ProfileAssignment(category=category, site=site, visitor=visitor)
        path = Paths.profile(name, "unassign")
        return self._request("POST", path, ProfileInfo, json=body.model_dump())

    # --- stations, sessions ---------------------------------------------------------------

    def catalogue_stations(self) -> list[StationDetails]:
        """Stations of the member's sites (GET station-admin), to choose one to restrict."""
        return self._request("GET", Paths.STATION_ADMIN, StationDetailsList).stations

    def catalogue_categories(self) -> list[str]:
        """The visitor categories' names, to give a profile to one."""
        return [c.name for c in self._request("GET", Paths.CATEGORIES, CategoryList).categories]

    def station_apps(self, station: str) -> StationApps:
        """A station's app restriction (mode None: none)."""
        return self._request("GET", Paths.station_apps(station), StationApps)

    def restrict_station(
        self, station: str, mode: Literal["allow", "deny"] | None, apps: Sequence[str] = ()
    ) -> StationApps:
        """Allow only ``apps`` on the station, or deny them; mode None lifts the restriction."""
        body = StationAppsChange(mode=mode, apps=list(apps)).model_dump()
        return self._request("PUT", Paths.station_apps(station), StationApps, json=body)

    def session_apps(self, session_id: str) -> SessionApps:
        """Seconds of use per app of one session of the member's sites."""
        return self._request("GET", Paths.session_apps(session_id), SessionApps)

"""HTTP routes for the app catalogue, profiles, station restrictions and app usage (staff).

Every staff member reads the catalogue and the profiles; admins change them. Staff assign
profiles at their own sites and to visitors, and restrict their sites' stations (the rules are
in :mod:`admin.catalogue.editing`). Every change is audited.
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi import Path as PathParam
from fastapi.responses import Response

from admin.api.auth import staff_member
from admin.api.params import ProfileName, SessionId, StationName
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.services import Service
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
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import APP_ID_PATTERN
from kiosk.protocol.paths import Paths
from kiosk.protocol.station import AppEntry

AppIdParam = Annotated[str, PathParam(pattern=APP_ID_PATTERN, description="id of the app")]

_APP = Paths.app("{app_id}")
_PROFILE = f"{Paths.PROFILES}/{{name}}"


def catalogue_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["catalogue"])
    catalogue = service.catalogue
    usage = service.app_usage

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    # --- apps -----------------------------------------------------------------------------

    @router.get(Paths.APPS, response_model=AppList)
    def apps(member: Member) -> AppList:
        """The whole app catalogue, by id."""
        return AppList(apps=catalogue.list_apps())

    @router.post(Paths.APPS, response_model=AppEntry, status_code=201)
    def add_app(member: Member, request: AppSpec) -> AppEntry:
        """Admins: add an app (a name in one language at least, a command line)."""
        return catalogue.add_app(member, request)

    @router.put(_APP, response_model=AppEntry)
    def replace_app(member: Member, app_id: AppIdParam, request: AppSpec) -> AppEntry:
        """Admins: replace an app's names, icon, commands and processes."""
        if request.id != app_id:
            raise Refused(ErrorCode.INVALID_REQUEST, "the app id of the body and path differ")
        return catalogue.add_app(member, request, replace=True)

    @router.delete(_APP, status_code=204, response_class=Response)
    def remove_app(member: Member, app_id: AppIdParam) -> Response:
        """Admins: remove an app from the catalogue, profiles and stations (usage is kept)."""
        catalogue.remove_app(member, app_id)
        return Response(status_code=204)

    # --- profiles -------------------------------------------------------------------------

    @router.get(Paths.PROFILES, response_model=ProfileList)
    def profiles(member: Member) -> ProfileList:
        """Profiles with their apps, categories (city-wide and the member's sites), visitors."""
        return ProfileList(profiles=catalogue.list_profiles(member))

    @router.post(Paths.PROFILES, response_model=ProfileInfo, status_code=201)
    def add_profile(member: Member, request: ProfileCreate) -> ProfileInfo:
        """Admins: a new profile, a named set of apps."""
        return catalogue.add_profile(member, request.name, request.apps)

    @router.delete(_PROFILE, status_code=204, response_class=Response)
    def remove_profile(member: Member, name: ProfileName) -> Response:
        """Admins: remove a profile and its assignments."""
        catalogue.remove_profile(member, name)
        return Response(status_code=204)

    @router.post(f"{_PROFILE}/apps", response_model=ProfileInfo)
    def profile_apps(member: Member, name: ProfileName, request: ProfileAppsChange) -> ProfileInfo:
        """Admins: add apps to a profile and take others out."""
        return catalogue.change_apps(member, name, request.add, request.remove)

    @router.post(f"{_PROFILE}/assign", response_model=ProfileInfo)
    def assign(member: Member, name: ProfileName, request: ProfileAssignment) -> ProfileInfo:
        """Give the profile to a category (``*``: default), city-wide or at a site, or to a
        visitor. Staff: at their sites and to visitors; city-wide is for admins."""
        return catalogue.assign(member, name, **request.model_dump())

    @router.post(f"{_PROFILE}/unassign", response_model=ProfileInfo)
    def unassign(member: Member, name: ProfileName, request: ProfileAssignment) -> ProfileInfo:
        """Take back a profile given to a category or a visitor (same rules as assign)."""
        return catalogue.assign(member, name, **request.model_dump(), remove=True)

    # --- stations and sessions ------------------------------------------------------------

    @router.get(Paths.station_apps("{station}"), response_model=StationApps)
    def station_apps(member: Member, station: StationName) -> StationApps:
        """The station's app restriction (mode null: none)."""
        return catalogue.station_apps(member, station)

    @router.put(Paths.station_apps("{station}"), response_model=StationApps)
    def restrict(member: Member, station: StationName, request: StationAppsChange) -> StationApps:
        """Allow only some apps on the station, or deny some; mode null lifts the restriction."""
        return catalogue.restrict(member, station, request.mode, request.apps)

    @router.get(Paths.session_apps("{session_id}"), response_model=SessionApps)
    def session_apps(member: Member, session_id: SessionId) -> SessionApps:
        """Seconds of use per app of one session of the member's sites."""
        return usage.session_apps(member, session_id)

    return router

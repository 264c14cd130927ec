"""HTTP routes for staff: sites, their opening hours, closed dates and lock-screen texts."""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi import Path as PathParam

from admin.api.auth import staff_member
from admin.core.actors import StaffMember
from admin.services import Service
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import SiteEnrollCode, SiteEnrollCodeRequest
from kiosk.protocol.sites import SiteHours, SiteList, SiteReadyMessages, SiteTexts

#: Site ids fit SQLite's integer; a larger one is a bad request, not a crash.
SiteId = Annotated[int, PathParam(ge=1, le=2**31 - 1, description="id of the site")]


def sites_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["staff"])

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.get(Paths.SITES, response_model=SiteList)
    def sites(member: Member) -> SiteList:
        """The member's sites (admin: all), each with whether it is open now."""
        return SiteList(sites=service.sites.list_sites(member))

    @router.get(Paths.site("{site_id}", "hours"), response_model=SiteHours)
    def get_hours(member: Member, site_id: SiteId) -> SiteHours:
        """A site's weekly hours, closed dates and exceptional hours."""
        return service.sites.hours(member, site_id)

    @router.put(Paths.site("{site_id}", "hours"), response_model=SiteHours)
    def put_hours(member: Member, site_id: SiteId, request: SiteHours) -> SiteHours:
        """Replace a site's whole schedule (audited); no weekly hours means always open."""
        return service.sites.put_hours(member, site_id, request)

    @router.get(Paths.site("{site_id}", "texts"), response_model=SiteTexts)
    def get_texts(member: Member, site_id: SiteId) -> SiteTexts:
        """A site's lock-screen message and charter, by language."""
        return service.sites.texts(member, site_id)

    @router.put(Paths.site("{site_id}", "texts"), response_model=SiteTexts)
    def put_texts(member: Member, site_id: SiteId, request: SiteTexts) -> SiteTexts:
        """Replace a site's message and charter texts (audited); an empty text is removed."""
        return service.sites.put_texts(member, site_id, request)

    @router.get(Paths.site("{site_id}", "ready-messages"), response_model=SiteReadyMessages)
    def get_ready_messages(member: Member, site_id: SiteId) -> SiteReadyMessages:
        """A site's ready-made staff messages and its language."""
        return service.ready_messages.get(member, site_id)

    @router.put(Paths.site("{site_id}", "ready-messages"), response_model=SiteReadyMessages)
    def put_ready_messages(
        member: Member, site_id: SiteId, request: SiteReadyMessages
    ) -> SiteReadyMessages:
        """Replace a site's ready-made messages (audited); each has a text in the site's
        language (else MESSAGE_LANGUAGE_MISSING)."""
        return service.ready_messages.put(member, site_id, request)

    @router.post(
        Paths.site("{site_id}", "enroll-code"), response_model=SiteEnrollCode, status_code=201
    )
    def site_enroll_code(
        member: Member, site_id: SiteId, request: SiteEnrollCodeRequest
    ) -> SiteEnrollCode:
        """One code for a fleet: enrols up to ``count`` new stations of the site within
        ``days`` days, named from ``name_pattern`` or as each PC asks (its host name)."""
        return service.station_management.site_code(
            member,
            site_id,
            uses=request.count,
            days=request.days,
            name_pattern=request.name_pattern,
        )

    return router

"""HTTP routes for staff: sites, their opening hours, closed dates and lock-screen texts."""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi import Path as PathParam
from starlette.concurrency import run_in_threadpool

from admin.api.auth import staff_member
from admin.core.actors import StaffMember
from admin.services import Service
from kiosk.protocol.limits import MAX_LOGO_BYTES
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import SiteEnrollCode, SiteEnrollCodeRequest
from kiosk.protocol.sites import SiteHours, SiteList, SitePublic, SiteReadyMessages, SiteTexts

#: Site ids fit SQLite's integer; a larger one is a bad request, not a crash.
SiteId = Annotated[int, PathParam(ge=1, le=2**31 - 1, description="id of the site")]


#: The logo upload's body in the schema: the image file itself.
_LOGO = {
    "requestBody": {
        "required": True,
        "content": {
            media: {"schema": {"type": "string", "format": "binary", "maxLength": MAX_LOGO_BYTES}}
            for media in ("image/png", "image/jpeg", "image/svg+xml")
        },
    }
}


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

    @router.get(Paths.site("{site_id}", "public"), response_model=SitePublic)
    def get_public(member: Member, site_id: SiteId) -> SitePublic:
        """A site's public page settings (address, how to register, colour, logo, on/off)."""
        return service.public.get(member, site_id)

    @router.put(Paths.site("{site_id}", "public"), response_model=SitePublic)
    def put_public(member: Member, site_id: SiteId, request: SitePublic) -> SitePublic:
        """Replace a site's public page settings (audited; the logo stays); a colour white
        text cannot be read on is refused COLOUR_CONTRAST."""
        return service.public.put(member, site_id, request)

    @router.put(
        Paths.site("{site_id}", "public/logo"), response_model=SitePublic, openapi_extra=_LOGO
    )
    async def put_logo(member: Member, site_id: SiteId, request: Request) -> SitePublic:
        """Upload the site's logo for its public page: the body is the PNG, JPEG or SVG file
        (audited; else LOGO_INVALID)."""
        data = await request.body()
        return await run_in_threadpool(service.public.set_logo, member, site_id, data)

    @router.delete(Paths.site("{site_id}", "public/logo"), response_model=SitePublic)
    def delete_logo(member: Member, site_id: SiteId) -> SitePublic:
        """Remove the site's logo from its public page (audited)."""
        return service.public.remove_logo(member, site_id)

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

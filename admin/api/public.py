"""The public routes: the feeds for the City's website, no login, nothing personal.

``/public/v1/sites.json`` (the network), ``/public/v1/sites/{id}/availability.json`` (one
site now), ``/public/v1/sites/{id}/workshops.ics`` (its workshops, iCalendar) and
``/public/v1/sites/{id}/logo`` (its logo). Every body is made from the cached snapshot
(admin/public/snapshot.py) once per snapshot, and answered through
:class:`admin.public.serving.Publisher` (ETag, 304, Cache-Control); :class:`PublicGate`
(installed by :func:`install_public`) adds the rate limit and the security headers. A site
whose public part is off answers 404 as an unknown one; so does everything when the server's
public part is off.
"""

# No "from __future__ import annotations": FastAPI must see the parameters' types.

import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import Response

from admin.api.sites import SiteId
from admin.public import feeds, ical
from admin.public.config import PublicConfig
from admin.public.serving import (
    PublicGate,
    Publisher,
    RequestHeaders,
    answer,
    not_found,
    rendered,
)
from admin.public.settings import PublicSettings
from admin.public.views import NetworkView
from kiosk.protocol.errors import ApiErrorEnvelope
from kiosk.protocol.public import PublicAvailability, PublicNetwork

PUBLIC_API = "/public/v1"
SITES_JSON = f"{PUBLIC_API}/sites.json"


def site_path(site_id: int | str, part: str) -> str:
    return f"{PUBLIC_API}/sites/{site_id}/{part}"


def _documented(model: Any, media: str = "application/json") -> dict[int | str, Any]:
    ok: dict[str, Any] = {"description": "the current figures (cached a few seconds)"}
    if model is not None:
        ok["model"] = model
    else:
        ok["content"] = {media: {"schema": {"type": "string"}}}
    return {
        200: ok,
        304: {"description": "not modified since the ETag given in If-None-Match"},
        404: {"model": ApiErrorEnvelope, "description": "no such site, or not public"},
        429: {"model": ApiErrorEnvelope, "description": "too many requests (Retry-After)"},
    }


def public_router(publisher: Publisher, settings: PublicSettings) -> APIRouter:
    router = APIRouter(tags=["public"])

    @router.get(SITES_JSON, response_class=Response, responses=_documented(PublicNetwork))
    async def network(request: Request) -> Response:
        """Every public site: address, open now, today's hours, free PCs out of how many,
        people waiting and the expected wait, the next workshops with places left."""
        return await publisher.serve(request, "sites.json", feeds.network, "application/json")

    @router.get(
        site_path("{site_id}", "availability.json"),
        response_class=Response,
        responses=_documented(PublicAvailability),
    )
    async def availability(request: Request, site_id: SiteId) -> Response:
        """One site now: the room in counts, open now, when it closes or opens next, people
        waiting, the expected wait and the queue numbers being called."""

        def make(view: NetworkView) -> bytes | None:
            site = view.site(site_id)
            return None if site is None else feeds.availability(view, site)

        return await publisher.serve(request, ("availability", site_id), make, "application/json")

    @router.get(
        site_path("{site_id}", "workshops.ics"),
        response_class=Response,
        responses=_documented(None, "text/calendar"),
    )
    async def workshops_ics(
        request: Request,
        site_id: SiteId,
        lang: Annotated[
            Literal["fr", "nl", "en"], Query(description="the language of the titles")
        ] = "fr",
    ) -> Response:
        """The site's planned workshop dates of the coming weeks as an iCalendar feed (RFC
        5545) to subscribe to; a cancelled date leaves the feed."""

        def make(view: NetworkView) -> bytes | None:
            site = view.site(site_id)
            return None if site is None else ical.calendar(site, view.generated_at, lang)

        return await publisher.serve(
            request, ("ics", site_id, lang), make, "text/calendar; charset=utf-8"
        )

    @router.get(
        site_path("{site_id}", "logo"),
        response_class=Response,
        responses=_documented(None, "image/png"),
    )
    async def logo(request: Request, site_id: SiteId) -> Response:
        """The site's logo (PNG, JPEG or SVG), as staff uploaded it."""

        def make(view: NetworkView) -> Any:
            if view.site(site_id) is None:
                return None
            found = settings.logo(site_id)
            return None if found is None else rendered(found.data, found.content_type)

        body = await publisher.cached(("logo", site_id), make)
        if body is None:
            return not_found("logo")
        response = answer(request, body, publisher.config)
        # an SVG opened on its own runs nothing and loads nothing
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; sandbox"
        )
        return response

    return router


_SITE_FEED = re.compile(r"^/public/v1/sites/([1-9][0-9]{0,9})/(availability\.json|workshops\.ics)$")
_LANG_QUERY = re.compile(rb"^(?:lang=(fr|nl|en))?$")


def feed_key(path: str, query: bytes, headers: RequestHeaders = ()) -> Any:
    """The cache key the routes above use for a feed request (None: not a plain feed one)."""
    if path == SITES_JSON:
        return "sites.json" if not query else None
    found = _SITE_FEED.match(path)
    if found is None or int(found[1]) > 2**31 - 1:
        return None
    site_id = int(found[1])
    if found[2] == "availability.json":
        return ("availability", site_id) if not query else None
    lang = _LANG_QUERY.match(query)
    if lang is None:
        return None
    return ("ics", site_id, (lang[1] or b"fr").decode())


def install_public(app: FastAPI, publisher: Publisher, settings: PublicSettings) -> None:
    """The public routes on ``app``; the gate (admin/api/app.py) answers a feed already made
    for the fresh snapshot without the framework. The HTML pages are added next to this
    call in admin/api/app.py."""
    app.include_router(public_router(publisher, settings))
    publisher.answers(feed_key)


__all__ = ["PublicConfig", "PublicGate", "install_public", "public_router"]

"""The public HTML pages under /public/: the network, a site, its room display and its
embeddable box, the sites' colours as a stylesheet, and the static files (CSS, live.js).

The pages read the network only through ``rendered(key, make)``, which the server wires to the
cached snapshot (admin.public.snapshot.rendered_async): ``make(view)`` draws a page from the
current NetworkView, once per snapshot and key (page, site, language), so that every reader of
the same page in the same few seconds gets the same bytes without drawing them again. The
pages need no login and write nothing but the reader's chosen language, remembered in a
cookie. Every page works without JavaScript.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from admin.public.i18n import negotiate
from admin.public.render import PREFIX, STATIC, Renderer, colours_css
from admin.public.views import NetworkView

#: ``rendered(key, make)``: ``make(view)`` of the current snapshot, made once per key.
Rendered = Callable[[Any, Callable[[NetworkView], Any]], Awaitable[Any]]
LANGUAGE_COOKIE = "epn_lang"
LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600


def add_pages(app: FastAPI, rendered: Rendered) -> None:
    """Register the public pages on ``app``, drawn from the snapshot ``rendered`` serves."""
    renderer = Renderer()
    app.mount(STATIC, StaticFiles(packages=[("admin.public", "static")]), name="public-static")

    def language(request: Request) -> str:
        return negotiate(
            request.query_params.get("lang"),
            request.cookies.get(LANGUAGE_COOKIE),
            request.headers.get("accept-language"),
        )

    def page(request: Request, html: str, status: int = 200) -> HTMLResponse:
        response = HTMLResponse(html, status_code=status)
        response.headers["Vary"] = "Accept-Language, Cookie"
        chosen = request.query_params.get("lang")
        if chosen is not None and chosen == language(request):
            response.set_cookie(
                LANGUAGE_COOKIE,
                chosen,
                max_age=LANGUAGE_COOKIE_SECONDS,
                path=PREFIX,
                samesite="lax",
                httponly=True,
            )
        return response

    @app.get(f"{PREFIX}/", include_in_schema=False)
    async def network_page(request: Request) -> HTMLResponse:
        """Every site: open or not, free computers, the queue, the next workshops."""
        lang = language(request)
        html = await rendered(("page", "network", lang), lambda v: renderer.network(v, lang))
        return page(request, html)

    @app.get(f"{PREFIX}/colours.css", include_in_schema=False)
    async def colours() -> Response:
        """Each site's colour and the text colour that reads on it."""
        return Response(await rendered(("page", "colours"), colours_css), media_type="text/css")

    async def site_page(request: Request, site_id: int, which: str) -> HTMLResponse:
        lang = language(request)

        def make(view: NetworkView) -> str | None:
            site = view.site(site_id)
            return None if site is None else renderer.site(view, site, lang, which)

        html = await rendered(("page", which, site_id, lang), make)
        if html is None:
            return page(request, renderer.missing(lang), status=404)
        return page(request, html)

    @app.get(PREFIX + "/sites/{site_id}", include_in_schema=False)
    async def one_site(request: Request, site_id: int) -> HTMLResponse:
        """A site: address, the week's hours, the room now, the workshops to come."""
        return await site_page(request, site_id, "site")

    @app.get(PREFIX + "/sites/{site_id}/display", include_in_schema=False)
    async def room_display(request: Request, site_id: int) -> HTMLResponse:
        """The screen at the entrance: numbers called, free computers, the wait."""
        return await site_page(request, site_id, "display")

    @app.get(PREFIX + "/sites/{site_id}/embed", include_in_schema=False)
    async def embed(request: Request, site_id: int) -> HTMLResponse:
        """A compact live box for the City's website (in an iframe)."""
        return await site_page(request, site_id, "embed")

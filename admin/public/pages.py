"""The public HTML pages under /public/: the network, a site, its room display and its
embeddable box, the sites' colours as a stylesheet, and the static files (CSS, live.js).

The pages read the network only through ``network()``, the cached snapshot the server wires in
(admin.public.snapshot.current); they need no login and write nothing but the reader's chosen
language, remembered in a cookie. Every page works without JavaScript.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from admin.public.i18n import negotiate
from admin.public.render import PREFIX, STATIC, Renderer, colours_css
from admin.public.views import NetworkView

LANGUAGE_COOKIE = "epn_lang"
LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600


def add_pages(app: FastAPI, network: Callable[[], NetworkView]) -> None:
    """Register the public pages on ``app``; ``network()`` gives the current snapshot."""
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
    def network_page(request: Request) -> HTMLResponse:
        """Every site: open or not, free computers, the queue, the next workshops."""
        return page(request, renderer.network(network(), language(request)))

    @app.get(f"{PREFIX}/colours.css", include_in_schema=False)
    def colours() -> Response:
        """Each site's colour and the text colour that reads on it."""
        return Response(colours_css(network()), media_type="text/css")

    def site_page(request: Request, site_id: int, which: str) -> HTMLResponse:
        view = network()
        site = view.site(site_id)
        lang = language(request)
        if site is None:
            return page(request, renderer.missing(lang), status=404)
        return page(request, renderer.site(view, site, lang, which))

    @app.get(PREFIX + "/sites/{site_id}", include_in_schema=False)
    def one_site(request: Request, site_id: int) -> HTMLResponse:
        """A site: address, the week's hours, the room now, the workshops to come."""
        return site_page(request, site_id, "site")

    @app.get(PREFIX + "/sites/{site_id}/display", include_in_schema=False)
    def room_display(request: Request, site_id: int) -> HTMLResponse:
        """The screen at the entrance: numbers called, free computers, the wait."""
        return site_page(request, site_id, "display")

    @app.get(PREFIX + "/sites/{site_id}/embed", include_in_schema=False)
    def embed(request: Request, site_id: int) -> HTMLResponse:
        """A compact live box for the City's website (in an iframe)."""
        return site_page(request, site_id, "embed")

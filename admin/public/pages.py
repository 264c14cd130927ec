"""The public HTML pages under /public/: the network, a site, its room display and its
embeddable box, the sites' colours as a stylesheet, and the static files (CSS, live.js).

The pages read the network only through the server's :class:`~admin.public.serving.Publisher`
(the cached snapshot): each page is drawn from the current NetworkView once per snapshot and key
(page, site, language), so that every reader of the same page in the same few seconds gets the
same bytes, with their ETag (304 on a match) and Cache-Control, as the JSON feeds; the
PublicGate middleware adds the security headers and the rate limit. The pages need no login and
write nothing but the reader's chosen language, remembered in a cookie. Every page works
without JavaScript.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.requests import cookie_parser

from admin.public.i18n import negotiate
from admin.public.render import PREFIX, STATIC, Renderer, colours_css
from admin.public.serving import Publisher, Rendered, RequestHeaders, answer, rendered
from admin.public.views import NetworkView

HTML = "text/html; charset=utf-8"
CSS = "text/css; charset=utf-8"
LANGUAGE_COOKIE = "epn_lang"
LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600
#: A page's answer depends on the reader's language.
VARY = {"Vary": "Accept-Language, Cookie"}
_SITE_PAGE = re.compile(r"^/public/sites/([1-9][0-9]{0,9})(/display|/embed)?$")


def page_key(path: str, query: bytes, headers: RequestHeaders) -> Any:
    """The cache key the page routes below use for this request, so that the gate answers a
    page already drawn for the fresh snapshot without the framework; None for anything
    else, and for a ``?lang=`` choice (the route remembers it in a cookie)."""
    if query:
        return None
    if path == f"{PREFIX}/colours.css":
        return ("page", "colours")
    if path == f"{PREFIX}/":
        which: str = "network"
        site_id = None
    else:
        found = _SITE_PAGE.match(path)
        if found is None or int(found[1]) > 2**31 - 1:
            return None
        which, site_id = (found[2] or "/site")[1:], int(found[1])
    cookie = accept = None
    for name, value in headers:
        if name == b"cookie":
            cookie = cookie_parser(value.decode("latin-1")).get(LANGUAGE_COOKIE)
        elif name == b"accept-language":
            accept = value.decode("latin-1")
    lang = negotiate(None, cookie, accept)
    return ("page", which, lang) if site_id is None else ("page", which, site_id, lang)


def add_pages(app: FastAPI, publisher: Publisher) -> None:
    """Register the public pages on ``app``, drawn from ``publisher``'s snapshot."""
    renderer = Renderer()
    publisher.answers(page_key)
    app.mount(STATIC, StaticFiles(packages=[("admin.public", "static")]), name="public-static")

    def language(request: Request) -> str:
        return negotiate(
            request.query_params.get("lang"),
            request.cookies.get(LANGUAGE_COOKIE),
            request.headers.get("accept-language"),
        )

    async def serve(
        request: Request, key: tuple[object, ...], make: Callable[[NetworkView], str | None]
    ) -> Response:
        def build(view: NetworkView) -> Rendered | None:
            text = make(view)
            return None if text is None else rendered(text.encode(), HTML, VARY)

        body: Rendered | None = await publisher.cached(key, build)
        lang = language(request)
        if body is None:
            response: Response = HTMLResponse(renderer.missing(lang), status_code=404)
            response.headers.update(VARY)
        else:
            response = answer(request, body, publisher.config)
        chosen = request.query_params.get("lang")
        if chosen is not None and chosen == lang:
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
    async def network_page(request: Request) -> Response:
        """Every site: open or not, free computers, the queue, the next workshops."""
        lang = language(request)
        return await serve(request, ("page", "network", lang), lambda v: renderer.network(v, lang))

    @app.get(f"{PREFIX}/colours.css", include_in_schema=False)
    async def colours(request: Request) -> Response:
        """Each site's colour and the text colour that reads on it."""
        body = await publisher.cached(
            ("page", "colours"), lambda v: rendered(colours_css(v).encode(), CSS)
        )
        return answer(request, body, publisher.config)

    async def site_page(request: Request, site_id: int, which: str) -> Response:
        lang = language(request)

        def make(view: NetworkView) -> str | None:
            site = view.site(site_id)
            return None if site is None else renderer.site(view, site, lang, which)

        return await serve(request, ("page", which, site_id, lang), make)

    @app.get(PREFIX + "/sites/{site_id}", include_in_schema=False)
    async def one_site(request: Request, site_id: int) -> Response:
        """A site: address, the week's hours, the room now, the workshops to come."""
        return await site_page(request, site_id, "site")

    @app.get(PREFIX + "/sites/{site_id}/display", include_in_schema=False)
    async def room_display(request: Request, site_id: int) -> Response:
        """The screen at the entrance: numbers called, free computers, the wait."""
        return await site_page(request, site_id, "display")

    @app.get(PREFIX + "/sites/{site_id}/embed", include_in_schema=False)
    async def embed(request: Request, site_id: int) -> Response:
        """A compact live box for the City's website (in an iframe)."""
        return await site_page(request, site_id, "embed")

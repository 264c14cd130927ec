"""The API docs page, served with its own Swagger UI files (admin/api/static/swagger-ui/).

FastAPI's default page loads Swagger UI from a CDN: blank on a closed city network. Here the
page and its script, style sheet and icon all come from this server (FastAPI's "self-hosting
JavaScript and CSS for docs" recipe); NOTICE beside the files names their version and licence.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from kiosk.protocol.paths import API_PREFIX

#: Swagger UI's files, shipped as package data.
ASSETS = Path(__file__).parent / "static" / "swagger-ui"
DOCS_PATH = f"{API_PREFIX}/docs"
STATIC_PATH = f"{DOCS_PATH}/static"
OAUTH2_REDIRECT_PATH = f"{DOCS_PATH}/oauth2-redirect"


def install_docs(app: FastAPI, openapi_url: str) -> None:
    """Serve the docs page at ``/api/v1/docs`` from the packaged assets (create the app with
    ``docs_url=None``)."""
    app.mount(STATIC_PATH, StaticFiles(directory=ASSETS), name="swagger-ui")

    @app.get(DOCS_PATH, include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{app.title} - API docs",
            oauth2_redirect_url=OAUTH2_REDIRECT_PATH,
            swagger_js_url=f"{STATIC_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{STATIC_PATH}/swagger-ui.css",
            swagger_favicon_url=f"{STATIC_PATH}/favicon-32x32.png",
        )

    @app.get(OAUTH2_REDIRECT_PATH, include_in_schema=False)
    def oauth2_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

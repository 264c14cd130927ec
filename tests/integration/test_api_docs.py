"""The API docs page works on a closed network: every file it loads comes from this server."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

#: Where the page loads something from: src=, href= and the schema's url in the script.
REFERENCES = re.compile(r"""(?:src|href)=["']([^"']+)["']|url:\s*["']([^"']+)["']""")


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


def test_docs_page_loads_only_this_servers_files(http: httpx.Client) -> None:
    page = http.get("/api/v1/docs")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    # no CDN and no other host anywhere in the page
    assert re.findall(r"https?://", page.text) == []
    references = [a or b for a, b in REFERENCES.findall(page.text)]
    expected = {
        "/api/v1/docs/static/swagger-ui-bundle.js": "text/javascript",
        "/api/v1/docs/static/swagger-ui.css": "text/css",
        "/api/v1/docs/static/favicon-32x32.png": "image/png",
        "/api/v1/openapi.json": "application/json",
    }
    assert set(expected) <= set(references)
    for reference in references:
        assert reference.startswith("/api/v1/"), reference
        asset = http.get(reference)
        assert asset.status_code == 200, reference
        assert asset.headers["content-type"].startswith(expected[reference]), reference
    assert len(http.get("/api/v1/docs/static/swagger-ui-bundle.js").content) > 1_000_000
    assert http.get("/api/v1/docs/oauth2-redirect").status_code == 200

"""The public part's gatekeeping, pure: the token bucket, who the client is behind a proxy,
the ETag comparison, the config's CSP and origins."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from admin.api.app import create_app
from admin.api.public import feed_key
from admin.db.store import Store
from admin.public import snapshot
from admin.public.config import PublicConfig, parse_networks, parse_origins
from admin.public.pages import page_key
from admin.public.serving import RateLimiter, client_address, etag_matches
from admin.services import Service


def test_token_bucket_refills_at_its_rate() -> None:
    now = [0.0]
    limiter = RateLimiter(rate=2, burst=3, clock=lambda: now[0])
    assert [limiter.take("a") for _ in range(3)] == [0, 0, 0]
    assert limiter.take("a") == pytest.approx(0.5)  # one token in half a second
    assert limiter.take("b") == 0  # another address has its own bucket
    now[0] = 0.5
    assert limiter.take("a") == 0 and limiter.take("a") > 0
    now[0] = 100
    assert [limiter.take("a") for _ in range(3)] == [0, 0, 0]  # never more than the burst
    assert limiter.take("a") > 0


def scope(peer: str, forwarded: str | None = None) -> dict[str, object]:
    headers = [] if forwarded is None else [(b"x-forwarded-for", forwarded.encode())]
    return {"client": (peer, 5000), "headers": headers}


def test_forwarded_for_is_read_only_from_a_trusted_proxy() -> None:
    proxies = parse_networks("10.0.0.1, 192.168.1.0/24")
    assert client_address(scope("203.0.113.9", "1.2.3.4"), proxies) == "203.0.113.9"
    assert client_address(scope("203.0.113.9", "1.2.3.4"), ()) == "203.0.113.9"
    assert client_address(scope("10.0.0.1", "1.2.3.4"), proxies) == "1.2.3.4"
    # the client's own claim before the proxies' hops is not believed
    chain = "6.6.6.6, 1.2.3.4, 192.168.1.7"
    assert client_address(scope("10.0.0.1", chain), proxies) == "1.2.3.4"
    assert client_address(scope("10.0.0.1"), proxies) == "10.0.0.1"
    with pytest.raises(ValueError, match="not an IP"):
        parse_networks("proxy.local")


def test_etag_comparison() -> None:
    assert etag_matches('"a", "b"', '"b"') and etag_matches("*", '"b"')
    assert etag_matches('W/"b"', '"b"')  # If-None-Match compares weakly
    assert not etag_matches('"c"', '"b"') and not etag_matches(None, '"b"')


def test_csp_and_the_origins_that_may_frame_the_pages() -> None:
    config = PublicConfig(frame_ancestors=parse_origins("https://www.bruxelles.be"))
    assert "frame-ancestors 'self' https://www.bruxelles.be" in config.csp
    assert "'unsafe-inline'" not in config.csp and "script-src 'self'" in config.csp
    assert PublicConfig(cache_seconds=5).cache_control == "public, max-age=5"
    for bad in ("www.bruxelles.be", "https://x.be; script-src *", "ftp://x.be"):
        with pytest.raises(ValueError):
            parse_origins(bad)


def test_feed_keys_match_the_routes_keys() -> None:
    assert feed_key("/public/v1/sites.json", b"") == "sites.json"
    assert feed_key("/public/v1/sites/7/availability.json", b"") == ("availability", 7)
    assert feed_key("/public/v1/sites/7/workshops.ics", b"") == ("ics", 7, "fr")
    assert feed_key("/public/v1/sites/7/workshops.ics", b"lang=nl") == ("ics", 7, "nl")
    for path, query in (
        ("/public/v1/sites.json", b"x=1"),
        ("/public/v1/sites/07/availability.json", b""),
        ("/public/v1/sites/99999999999/availability.json", b""),
        ("/public/v1/sites/7/workshops.ics", b"lang=de"),
        ("/public/v1/sites/7/logo", b""),
    ):
        assert feed_key(path, query) is None, (path, query)


PHONE_NL = [(b"accept-language", b"nl-BE,nl;q=0.9,en;q=0.8")]


@pytest.mark.parametrize(
    ("path", "headers", "language"),
    [
        ("/public/v1/sites/1/availability.json", [], None),
        ("/public/", PHONE_NL, "nl"),
        ("/public/", [(b"cookie", b"epn_lang=en")], "en"),
        ("/public/sites/1", PHONE_NL, "nl"),
        ("/public/sites/1/display", [], "fr"),
        ("/public/sites/1/embed", PHONE_NL, "nl"),
        ("/public/colours.css", [], None),
    ],
)
def test_the_gate_answers_a_made_body_without_the_framework(
    fresh_store: Store, path: str, headers: list[tuple[bytes, bytes]], language: str | None
) -> None:
    """The first request goes through the route and makes the body; the next ones (feeds and
    pages, in the reader's language) are answered by the gate from the cache: the same bytes
    and headers, no route called."""
    Service(fresh_store).directory.add_site("EPN Test")
    app = create_app(fresh_store, public=PublicConfig(rate=1000, burst=1000))
    calls: list[str] = []
    original = snapshot.rendered_async

    async def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append("route")
        return await original(*args, **kwargs)

    def get(path: str, extra: list[tuple[bytes, bytes]] = []) -> list[dict[str, Any]]:  # noqa: B006
        scope = {
            "type": "http",
            "method": "GET",
            "path": path,
            "raw_path": path.encode(),
            "query_string": b"",
            "headers": [(b"host", b"epn"), *headers, *extra],
            "client": ("192.0.2.1", 5000),
            "server": ("epn", 80),
            "scheme": "http",
            "http_version": "1.1",
            "root_path": "",
            "asgi": {"version": "3.0"},
        }
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        asyncio.run(app(scope, receive, send))
        return sent

    snapshot.rendered_async = counted  # type: ignore[assignment]
    try:
        first, second = get(path), get(path)
        etag = dict(first[0]["headers"])[b"etag"]
        unchanged = get(path, [(b"if-none-match", etag)])
    finally:
        snapshot.rendered_async = original  # type: ignore[assignment]
    assert calls == ["route"]
    assert first[0]["status"] == second[0]["status"] == 200
    assert first[1]["body"] == second[1]["body"]
    assert dict(first[0]["headers"]) == dict(second[0]["headers"])
    assert unchanged[0]["status"] == 304 and unchanged[1]["body"] == b""
    if language is not None:
        assert f'<html lang="{language}'.encode() in second[1]["body"]
        assert dict(second[0]["headers"])[b"vary"] == b"Accept-Language, Cookie"


def test_page_keys_match_the_routes_keys() -> None:
    assert page_key("/public/", b"", PHONE_NL) == ("page", "network", "nl")
    assert page_key("/public/sites/3/embed", b"", []) == ("page", "embed", 3, "fr")
    assert page_key("/public/sites/3", b"", [(b"cookie", b"a=1; epn_lang=en")]) == (
        "page",
        "site",
        3,
        "en",
    )
    for path, query in (
        ("/public/", b"lang=nl"),  # a choice: the route sets its cookie
        ("/public/sites/03", b""),
        ("/public/sites/3/other", b""),
        ("/public/v1/sites.json", b""),
    ):
        assert page_key(path, query, []) is None, (path, query)

"""The public part's gatekeeping, pure: the token bucket, who the client is behind a proxy,
the ETag comparison, the config's CSP and origins."""

from __future__ import annotations

import pytest

from admin.public.config import PublicConfig, parse_networks, parse_origins
from admin.public.serving import RateLimiter, client_address, etag_matches


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

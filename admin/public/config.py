"""The server's settings of the public part (``epn server --public-…``, ``[server]`` keys of
the config file): on or off, the cache's seconds, who may frame the pages, the rate limit, the
trusted reverse proxies. Light (no web framework): the CLI checks them before the server
starts."""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass, field

#: How long one snapshot serves every reader (seconds).
DEFAULT_CACHE_SECONDS = 5.0
MAX_PUBLIC_CACHE_SECONDS = 300.0
DEFAULT_RATE = 20.0
DEFAULT_BURST = 60

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(text: str) -> tuple[Network, ...]:
    """Addresses or networks separated by commas (``10.0.0.1, 192.168.0.0/24``); ValueError
    names the one that is not."""
    found = []
    for part in (p.strip() for p in text.split(",")):
        if part:
            try:
                found.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                raise ValueError(f"{part!r} is not an IP address or network") from None
    return tuple(found)


def parse_origins(text: str) -> tuple[str, ...]:
    """Origins allowed to frame the public pages (``https://www.bruxelles.be``), by commas."""
    origins = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        scheme, _, host = part.partition("://")
        if scheme not in ("http", "https") or not host or any(c in host for c in " ;,'\"/"):
            raise ValueError(f"{part!r} is not an origin such as https://www.example.be")
        origins.append(part)
    return tuple(origins)


@dataclass(frozen=True)
class PublicConfig:
    enabled: bool = True
    cache_seconds: float = DEFAULT_CACHE_SECONDS
    #: Origins that may show the pages in a frame (the embeddable box); the server's own always.
    frame_ancestors: tuple[str, ...] = ()
    #: Requests per second a client address may make on average, and at once.
    rate: float = DEFAULT_RATE
    burst: int = DEFAULT_BURST
    #: Reverse proxies whose ``X-Forwarded-For`` names the client (none: never read).
    trusted_proxies: tuple[Network, ...] = field(default_factory=tuple)

    @property
    def csp(self) -> str:
        ancestors = " ".join(("'self'", *self.frame_ancestors))
        return (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            " object-src 'none'; base-uri 'none'; form-action 'self';"
            f" frame-ancestors {ancestors}"
        )

    @property
    def cache_control(self) -> str:
        return f"public, max-age={max(0, math.floor(self.cache_seconds))}"

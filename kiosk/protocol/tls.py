"""How the station's and the staff's clients trust the server: a CA file, a pinned fingerprint.

One implementation for both clients (the admin package may import only ``kiosk.protocol``):
:class:`ServerTrust` says what to trust and builds the httpx transport that enforces it.

- ``ca_file``: the server's chain is verified against it (else against the system's CAs).
- ``fingerprint``: the SHA-256 of the server's certificate (DER). When pinned, any other
  certificate is refused, even one the CAs accept; pinned without a CA file, the pin alone is
  the trust (a private CA the system does not know) and the host name is not checked.

The pin is checked during the TLS handshake, before any request is written: httpcore opens
each TLS connection with ``SSLContext.wrap_socket``, and :class:`~kiosk.protocol.tls_context.PinningContext` checks the
peer's certificate there and raises :class:`~kiosk.protocol.tls_context.PinMismatch` (an ``ssl.SSLError``: httpx reports
it as ``ConnectError``, whose cause :func:`kiosk.protocol.http.request` looks for). So a
token or a PIN never reaches a server whose certificate does not match.

Fingerprints are written as hex pairs with colons (``AB:CD:...``, what ``epn server
init-tls`` prints); plain hex, lower or upper case, is accepted too.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:  # httpx is imported when a transport is built: config checks stay light
    import httpx

    from kiosk.protocol.tls_context import PinningContext

_HEX = re.compile(r"[0-9a-fA-F]{64}")


def parse_fingerprint(text: str) -> str:
    """The canonical form (upper-case hex pairs with colons) of a SHA-256 fingerprint.

    Accepts ``AB:CD:...`` and plain hex, any case, spaces around; ValueError otherwise.
    """
    raw = text.strip()
    if raw.lower().startswith("sha256:"):
        raw = raw[7:].strip()
    compact = (
        raw.replace(":", "") if re.fullmatch(r"[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){31}", raw) else raw
    )
    if not _HEX.fullmatch(compact):
        raise ValueError(
            "a SHA-256 fingerprint is 32 hex pairs, e.g. AB:CD:…, or 64 hex digits "
            f"(got {text.strip()[:80]!r})"
        )
    return format_fingerprint(bytes.fromhex(compact))


def format_fingerprint(digest: bytes) -> str:
    return ":".join(f"{byte:02X}" for byte in digest)


def certificate_fingerprint(der: bytes) -> str:
    """The SHA-256 fingerprint of a DER certificate, in the canonical form."""
    return format_fingerprint(hashlib.sha256(der).digest())


def is_loopback(url: str) -> bool:
    """Whether ``url``'s host is this machine (127.0.0.0/8, ::1, localhost)."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServerTrust:
    """What a client trusts: ``ca_file`` (else the system's CAs) and a pinned ``fingerprint``.

    ``learn``: accept any certificate and remember its fingerprint (``seen()``): trust on
    first use, for enrolment with neither a CA file nor a pin.
    """

    ca_file: Path | None = None
    fingerprint: str | None = None
    learn: bool = False
    _made: list[PinningContext] = field(default_factory=list, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def _context(self) -> PinningContext:
        """Made at the first connection, not with the trust: ssl and the system's CA
        certificates are loaded when a client connects (the console's sign-in window shows
        before; its clients connect from the sign-in's worker)."""
        with self._lock:
            if not self._made:
                self._made.append(self._make_context())
            return self._made[0]

    def _make_context(self) -> PinningContext:
        import ssl

        from kiosk.protocol.tls_context import PinningContext

        context = PinningContext(ssl.PROTOCOL_TLS_CLIENT)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.expected = self.fingerprint
        context.seen = None
        if self.fingerprint is not None or self.learn:
            if self.ca_file is not None:
                context.load_verify_locations(cafile=str(self.ca_file))
                context.check_hostname = self.fingerprint is None
            else:
                # the pin (or, learning, the person who compares it) is the trust
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
        elif self.ca_file is not None:
            context.load_verify_locations(cafile=str(self.ca_file))
        else:
            context.load_default_certs(ssl.Purpose.SERVER_AUTH)
        return context

    def transport(self) -> httpx.HTTPTransport:
        """A transport whose TLS connections are verified as this trust says.

        Idle connections are kept for CLIENT_KEEPALIVE_SECONDS, beyond the heartbeat period:
        a station's heartbeats reuse one connection instead of a handshake each.
        """
        import httpx

        from kiosk.protocol.limits import CLIENT_KEEPALIVE_SECONDS

        limits = httpx.Limits(keepalive_expiry=CLIENT_KEEPALIVE_SECONDS)
        return httpx.HTTPTransport(verify=self._context, limits=limits)

    def seen(self) -> str | None:
        """The fingerprint of the last server certificate this trust's connections saw."""
        with self._lock:
            return self._made[0].seen if self._made else None


def check_ca_file(path: Path) -> str | None:
    """Why ``path`` cannot be used as a CA file, or None."""
    import ssl

    try:
        ssl.create_default_context(cafile=str(path))
    except FileNotFoundError:
        return "file not found"
    except ssl.SSLError:  # an OSError too: first
        return "holds no PEM certificate"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return None

"""The SSL context that pins the server's certificate, and the error it raises.

Apart from :mod:`kiosk.protocol.tls` because they subclass ssl's classes: ssl (and the
system's CA certificates) load when a client first connects, not with the trust options (the
console shows its sign-in window before any connection).
"""

from __future__ import annotations

import socket
import ssl
from typing import Any

from kiosk.protocol.tls import certificate_fingerprint


class PinMismatch(ssl.SSLError):
    """The server's certificate is not the pinned one (raised during the handshake)."""

    def __init__(self, expected: str, got: str) -> None:
        super().__init__(f"server certificate SHA-256 {got} does not match the pinned {expected}")
        self.expected = expected
        self.got = got


class PinningContext(ssl.SSLContext):
    """An SSLContext that checks the peer's certificate once the handshake is done.

    ``expected`` None: nothing is refused, the fingerprint seen is kept in ``seen``
    (trust on first use, at enrolment).
    """

    expected: str | None
    seen: str | None

    def wrap_socket(self, sock: socket.socket, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        wrapped = super().wrap_socket(sock, *args, **kwargs)
        try:
            self._check(wrapped.getpeercert(binary_form=True))
        except BaseException:
            wrapped.close()
            raise
        return wrapped

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        # TLS inside TLS (an HTTPS proxy): the handshake runs later, not checked here
        if self.expected is not None:
            raise ssl.SSLError("a pinned server certificate cannot be checked through a proxy")
        return super().wrap_bio(*args, **kwargs)

    def _check(self, der: bytes | None) -> None:
        got = certificate_fingerprint(der) if der else "(no certificate)"
        self.seen = got
        if self.expected is not None and got != self.expected:
            raise PinMismatch(self.expected, got)

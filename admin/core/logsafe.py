"""Server log lines that a client cannot forge.

Stations and staff clients send names, reasons, process names, app ids and free texts that the
server logs. A line break in one of them would start a forged line of its own in the log; a
bidi override would make a line read differently from what it holds. The server's handlers use
:class:`EscapingFormatter`, which escapes every such character of the message (once, for every
logger, whatever the call site); a traceback appended to the record keeps its lines.
"""

from __future__ import annotations

import logging
import re

#: C0 and C1 controls (CR, LF and tab too), DEL, zero-width, bidi and line-separator characters.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def escape(text: str) -> str:
    """``text`` on one line: each unsafe character as its escape (``\\n``, ``\\x00``, ``\\u202e``)."""
    return _UNSAFE.sub(lambda m: _NAMED.get(m[0]) or m[0].encode("unicode_escape").decode(), text)


class EscapingFormatter(logging.Formatter):
    """A formatter whose message part is always one line of visible characters."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return escape(super().formatMessage(record))


def install(level: int = logging.INFO) -> logging.Handler:
    """Log to stderr through :class:`EscapingFormatter`, for every logger of the process."""
    handler = logging.StreamHandler()
    handler.setFormatter(EscapingFormatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return handler

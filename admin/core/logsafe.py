"""Server log lines that a client cannot forge.

Stations and staff clients send names, reasons, process names, app ids and free texts that the
server logs. A line break in one of them would start a forged line of its own in the log; a
bidi override would make a line read differently from what it holds. The server's handlers use
:class:`EscapingFormatter`, which escapes every such character of the message (once, for every
logger, whatever the call site); a traceback appended to the record keeps its lines.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

#: ``text``: one line per record for journald; ``json``: one JSON object per line.
LogFormat = Literal["text", "json"]

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


#: What every LogRecord has: the rest of its attributes are the fields a call site added.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, then the record's own fields.

    ``json.dumps`` escapes every control and non-ASCII character, so a line stays one line of
    visible characters, as with :class:`EscapingFormatter`.
    """

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in entry:
                entry[key] = value if isinstance(value, int | float | bool | None) else str(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def install(
    level: int = logging.INFO, *, log_format: LogFormat = "text", path: Path | None = None
) -> logging.Handler:
    """Log to stderr (or append to ``path``) for every logger of the process, escaped."""
    handler: logging.Handler
    if path is None:
        handler = logging.StreamHandler()
    else:
        handler = logging.FileHandler(path, encoding="utf-8")
    formatter = JsonFormatter() if log_format == "json" else EscapingFormatter(LOG_FORMAT)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return handler

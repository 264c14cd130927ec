"""Text rules: which characters an identifier, a name or a free text may hold.

The one place that says it: the models of the API declare their text fields with
:data:`Identifier`, :data:`Name`, :data:`LineText` or :data:`LinesText`, and the server's
services and the CLI call :func:`text_problem` for values that do not come through a model.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field

#: Characters no identifier, name or free text holds: C0 and C1 controls (DEL too), the
#: zero-width characters (U+200B-U+200D, U+2060, U+FEFF), the bidi embeddings, overrides and
#: isolates (U+202A-U+202E, U+2066-U+2069) and the Unicode line and paragraph separators.
#: Written as regex escapes: the same text is a Python and an ECMA-262 (JSON Schema) class.
#: Each class below adds the C0 controls up to the line feed (the multi-line one keeps it).
_UNSAFE = r"\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u2028\u2029"
_NAME_CLASS = rf"[^\x00-\x0a{_UNSAFE}/\\]"
_NAME_EDGE = rf"[^\x00-\x0a{_UNSAFE}/\\\s]"  # a name's first and last: no space either
_LINE_CLASS = rf"[^\x00-\x0a{_UNSAFE}]"
_LINES_CLASS = rf"[^\x00-\x09{_UNSAFE}]"  # keeps \x0a, the line feed
#: A name or identifier also holds no path separator (it is one segment of an API path).
#: The schema also leaves out spaces at the edges, which the server strips: what a client sends
#: is then the name stored, and never a blank or a '.' once stripped.
NAME_PATTERN = f"^{_NAME_EDGE}(?:{_NAME_CLASS}*{_NAME_EDGE})?$"
#: A pattern of names (a fleet's ``LK-##``): a name whose one run of 1 to 4 '#' is a number.
_TEMPLATE_CLASS = rf"[^\x00-\x0a{_UNSAFE}/\\#]"
_TEMPLATE_EDGE = rf"[^\x00-\x0a{_UNSAFE}/\\\s#]"
NAME_TEMPLATE_PATTERN = (
    f"^(?:{_TEMPLATE_EDGE}{_TEMPLATE_CLASS}*)?#{{1,4}}(?:{_TEMPLATE_CLASS}*{_TEMPLATE_EDGE})?$"
)
#: A one-line free text (a reason): no control at all.
LINE_PATTERN = f"^{_LINE_CLASS}*$"
#: A multi-line free text (a staff message, notes, a site's texts): line feeds only.
LINES_PATTERN = f"^{_LINES_CLASS}*$"
#: The same texts where one is required: something more than spaces (the server strips them).
FILLED_LINE_PATTERN = rf"^{_LINE_CLASS}*[^\x00-\x0a{_UNSAFE}\s]{_LINE_CLASS}*$"
FILLED_LINES_PATTERN = rf"^{_LINES_CLASS}*[^\x00-\x0a{_UNSAFE}\s]{_LINES_CLASS}*$"

#: A real calendar date from 1000 to 2999, as a pattern (no 29 February: leap years are
#: beyond a pattern). The schema's promise for dates and moments; the server may accept more.
DAY_SYNTAX = (
    "[12][0-9]{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
    "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
)
#: A date, or an ISO 8601 time on that date (seconds, fraction and offset optional; none: UTC).
MOMENT_PATTERN = (
    f"^{DAY_SYNTAX}(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.][0-9]{{1,6}})?)?"
    "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?)?$"
)
#: An enrolment code as typed: letters and digits, single spaces or dashes between them.
ENROLMENT_CODE_PATTERN = "^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$"


def _never_null(schema: dict[str, Any]) -> None:
    """Leave null out of an optional field's schema: the field may be left out, not null."""
    schema["anyOf"] = [branch for branch in schema.get("anyOf", []) if branch != {"type": "null"}]


# fullmatch, not the patterns' "$": Python's "$" also matches before a final line feed
_FULL = {
    "name": re.compile(f"{_NAME_CLASS}+").fullmatch,
    "line": re.compile(f"{_LINE_CLASS}*").fullmatch,
    "lines": re.compile(f"{_LINES_CLASS}*").fullmatch,
}
#: What a barcode scanner may add around a card number or ticket code: stripped, not refused.
SCANNER_EDGES = " \t\r\n"


def text_problem(value: str, kind: Literal["name", "line", "lines"]) -> str | None:
    """Why ``value`` cannot be a name, a one-line or a multi-line text (None: it can)."""
    if kind == "name":
        if not value:
            return "must not be empty"
        if value in (".", ".."):
            return "must not be '.' or '..'"
        if not _FULL["name"](value):
            return "must not contain control, invisible or bidi characters, '/' or '\\'"
    elif not _FULL[kind](value):
        if kind == "lines":
            return "must not contain control, invisible or bidi characters (line breaks are kept)"
        return "must not contain line breaks, control, invisible or bidi characters"
    return None


def clean_identifier(value: str) -> str:
    """A card number or ticket code as typed or scanned: edges stripped, then checked as a name.

    Raises ValueError with the reason.
    """
    value = value.strip(SCANNER_EDGES)
    reason = text_problem(value, "name") if value else None
    if reason:
        raise ValueError(reason)
    return value


def _check(kind: Literal["name", "line", "lines"]) -> Any:
    def check(value: str) -> str:
        # an empty value is the model's to allow (none) or refuse (min_length)
        reason = text_problem(value, kind) if value else None
        if reason:
            raise ValueError(reason)
        return value

    return check


def _raw_check(kind: Literal["name", "line", "lines"]) -> Any:
    """Check before any whitespace stripping of the model, so an edge CR or LF is refused."""

    def check(value: Any) -> Any:
        if isinstance(value, str):
            if kind == "lines":
                value = value.replace("\r\n", "\n")
            if value.strip(" "):
                _check(kind)(value.strip(" "))
        return value

    return check


def _strip_scanner_edges(value: Any) -> Any:
    return value.strip(SCANNER_EDGES) if isinstance(value, str) else value


_NOT_DOTS = {"not": {"enum": [".", ".."]}}

#: Text rules, used by every model of the API (and so by the CLI, which builds the same models
#: or calls the services that apply :func:`text_problem`):
#:
#: - ``Identifier`` (visitor card numbers, ticket codes): spaces, tabs, CR and LF at the edges
#:   are stripped (a barcode scanner ends a code with one); inside, nothing of ``_UNSAFE``,
#:   no '/' or '\\', and not '.' or '..'.
#: - ``Name`` (station, site, profile, category, staff username): the same characters
#:   refused, but nothing stripped but spaces: an edge CR, LF or tab is refused.
#: - ``LineText`` (reasons, a visitor's display name and status: "Dupont / Martin" is a
#:   name too): no control character at all, no invisible or bidi character.
#: - ``LinesText`` (staff message, visitor notes, a site's texts): the same, but line feeds
#:   are kept (CR LF becomes LF); tabs and every other control are refused.
Identifier = Annotated[
    str,
    BeforeValidator(_strip_scanner_edges),
    AfterValidator(_check("name")),
    Field(json_schema_extra={"pattern": NAME_PATTERN, **_NOT_DOTS}),
]
Name = Annotated[
    str,
    BeforeValidator(_raw_check("name")),
    AfterValidator(_check("name")),
    Field(json_schema_extra={"pattern": NAME_PATTERN, **_NOT_DOTS}),
]
LineText = Annotated[
    str,
    BeforeValidator(_raw_check("line")),
    AfterValidator(_check("line")),
    Field(json_schema_extra={"pattern": LINE_PATTERN}),
]
LinesText = Annotated[
    str,
    BeforeValidator(_raw_check("lines")),
    AfterValidator(_check("lines")),
    Field(json_schema_extra={"pattern": LINES_PATTERN}),
]
#: A required text (``min_length`` 1 where the model strips spaces): the schema asks for a
#: character other than a space, as the server does once it has stripped them.
FilledLineText = Annotated[
    LineText, Field(min_length=1, json_schema_extra={"pattern": FILLED_LINE_PATTERN})
]
FilledLinesText = Annotated[
    LinesText, Field(min_length=1, json_schema_extra={"pattern": FILLED_LINES_PATTERN})
]

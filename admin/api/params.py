"""Path parameters of the API that carry a name, with the schema of what they may hold.

A station, visitor, profile, staff account, category or session is one segment of a path. The
schema gives each the text rule of :data:`kiosk.protocol.text.NAME_PATTERN` (no control, invisible
or bidi character, no '/' or '\\', not '.' or '..', no space at the edges) and its longest
length, so a generated client asks only for names that can exist. The server still answers
what it always did for any other segment (404, or 422 where it checks the name).
"""

# No "from __future__ import annotations": FastAPI reads these aliases at runtime.

from typing import Annotated

from fastapi import Path

from kiosk.protocol.limits import MAX_IDENTIFIER_LENGTH, MAX_SHORT_TEXT_LENGTH
from kiosk.protocol.text import NAME_PATTERN

#: What a name in a path may hold, beyond its length (kept out of validation: the routes and
#: services check names themselves, with their own messages).
NAME_SCHEMA = {"pattern": NAME_PATTERN, "not": {"enum": [".", ".."]}}


def _name(description: str, max_length: int = 64) -> object:
    return Path(
        min_length=1, max_length=max_length, description=description, json_schema_extra=NAME_SCHEMA
    )


StationName = Annotated[str, _name("station name")]
VisitorIdentifier = Annotated[str, _name("the visitor's card number", MAX_IDENTIFIER_LENGTH)]
ProfileName = Annotated[str, _name("profile name")]
Username = Annotated[str, _name("staff username")]
SessionId = Annotated[str, _name("session id")]
#: A category, or '*' (every category without its own row).
CategoryName = Annotated[
    str,
    _name("a category, or '*' for every category without its own row", MAX_SHORT_TEXT_LENGTH),
]

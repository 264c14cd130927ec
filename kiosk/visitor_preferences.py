"""A visitor's reading preferences in the station service, without pydantic.

:class:`kiosk.protocol.preferences.VisitorPreferences` stays their one definition (its methods
serve the server and the in-process kiosk); the service holds them as records of its generated
schema (kiosk/protocol/lite.py) and combines them here the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.protocol import lite

if TYPE_CHECKING:
    from kiosk.protocol.preferences import VisitorPreferences
    from kiosk.protocol.station import VisitorInfo

_FIELDS = ("language", "text_size", "contrast")


def read(value: Any) -> VisitorPreferences:
    """``value`` (plain data, a record or a model) checked as preferences; LiteError (a
    ValueError) when it is not."""
    preferences: VisitorPreferences = lite.read_record("VisitorPreferences", lite.jsonable(value))
    return preferences


def over(chosen: VisitorPreferences, kept: VisitorPreferences) -> VisitorPreferences:
    """``chosen``, and ``kept``'s where ``chosen`` chooses nothing (``VisitorPreferences.over``)."""
    fields = {
        name: getattr(chosen, name) if getattr(chosen, name) is not None else getattr(kept, name)
        for name in _FIELDS
    }
    preferences: VisitorPreferences = lite.station_record("VisitorPreferences", **fields)
    return preferences


def is_empty(preferences: VisitorPreferences) -> bool:
    return all(getattr(preferences, name) is None for name in _FIELDS)


def with_preferences(visitor: VisitorInfo, preferences: VisitorPreferences) -> VisitorInfo:
    """A copy of ``visitor`` (a record or a model) holding ``preferences``, as a record."""
    data = {**lite.jsonable(visitor), "preferences": lite.jsonable(preferences)}
    copy: VisitorInfo = lite.read_record("VisitorInfo", data)
    return copy

"""The visitor's preferences: one validation for every entry point (kiosk/protocol/preferences.py)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kiosk.protocol.preferences import VisitorPreferences
from kiosk.protocol.station import Event, SignInRequest


@pytest.mark.parametrize(
    "fields",
    [
        {"language": "de"},
        {"language": "FR"},
        {"text_size": 1.3},
        {"text_size": 3},
        {"text_size": "big"},
        {"contrast": "yes"},
        {"contrast": 1},
        {"colour": "red"},
    ],
)
def test_anything_but_the_three_languages_sizes_and_a_boolean_is_refused(
    fields: dict[str, object],
) -> None:
    with pytest.raises(ValidationError):
        VisitorPreferences.model_validate(fields)
    # the same model checks the sign-in request and the station's event
    with pytest.raises(ValidationError):
        SignInRequest.model_validate({"identifier": "1001", "preferences": fields})
    with pytest.raises(ValidationError):
        Event.model_validate(
            {
                "event_id": "e" * 8,
                "seq": 1,
                "kind": "preferences_changed",
                "at": "2026-06-01T10:00:00+00:00",
                "session_id": "s",
                "preferences": fields,
            }
        )


@pytest.mark.parametrize("size", [1, 1.0, 1.5, 2, 2.0])
def test_the_three_sizes_are_accepted(size: float) -> None:
    assert VisitorPreferences(text_size=size).text_size == float(size)


def test_choices_override_what_was_kept_field_by_field() -> None:
    kept = VisitorPreferences(language="nl", text_size=2.0, contrast=True)
    chosen = VisitorPreferences(contrast=False)
    assert chosen.over(kept) == VisitorPreferences(language="nl", text_size=2.0, contrast=False)
    assert VisitorPreferences().over(kept) == kept
    assert VisitorPreferences().is_empty() and not chosen.is_empty()

"""The visitor's preferences: one validation for every entry point (kiosk/protocol/preferences.py)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from kiosk.protocol.preferences import VisitorPreferences
from kiosk.protocol.station import Event, SignInRequest
from kiosk.store import LocalStore
from tests.unit.kiosk.conftest import make_grant


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


def test_a_change_during_the_session_is_in_its_view_and_survives_an_agent_restart(
    make_agent: Any, store: LocalStore, fake_client: Any
) -> None:
    """A screen restarted mid-session applies the session's view: it carries the visitor's
    latest choice, not the sign-in's (the snapshot too, for an agent restarted)."""
    grant = make_grant()
    kept = VisitorPreferences(language="nl", text_size=1.5)  # what the server kept
    visitor = grant.visitor.model_copy(update={"preferences": kept})
    fake_client.grants = [grant.model_copy(update={"visitor": visitor})]
    agent = make_agent()
    agent.sign_in("B123")
    view = agent.view()
    assert view is not None and view.visitor.preferences == kept
    assert agent.set_preferences(VisitorPreferences(text_size=2.0, contrast=True))
    expected = VisitorPreferences(language="nl", text_size=2.0, contrast=True)
    view = agent.view()
    assert view is not None and view.visitor.preferences == expected
    snapshot = store.load_snapshot()
    assert snapshot is not None and snapshot.state.visitor.preferences == expected

"""Text hygiene rules of kiosk/protocol/text.py: what identifiers, names and free texts hold."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kiosk.protocol.catalogue import ProfileCreate
from kiosk.protocol.commands import CommandRequest
from kiosk.protocol.paths import Paths
from kiosk.protocol.people import VisitorCreate, VisitorUpdate
from kiosk.protocol.room import StationEnabledRequest
from kiosk.protocol.station import SignInRequest

#: What no identifier or name may hold: controls, bidi overrides, zero-width characters,
#: path separators, and the names '.' and '..'.
BAD_NAMES = [
    "12\x0034",
    "12\u202e34",
    "12\u200b34",
    "12\r34",
    "12\n34",
    "12\t34",
    "12\u2066x",
    "\ufeff1234",
    "12/34",
    "12\\34",
    ".",
    "..",
]


#: Refused in identifiers and names (one segment of an API path), not in a display name.
PATH_ONLY = ("12/34", "12\\34", ".", "..")


@pytest.mark.parametrize("value", BAD_NAMES)
def test_identifiers_and_names_refuse_unsafe_characters(value: str) -> None:
    with pytest.raises(ValidationError):
        SignInRequest(identifier=value)
    with pytest.raises(ValidationError):
        VisitorCreate(identifier=value)
    with pytest.raises(ValidationError):
        ProfileCreate(name=value)
    if value in PATH_ONLY:  # a person's name is no path segment: "Dupont / Martin" is fine
        assert VisitorCreate(identifier="1001", display_name=value).display_name == value
    else:
        with pytest.raises(ValidationError):
            VisitorCreate(identifier="1001", display_name=value)


@pytest.mark.parametrize("edge", ["\r", "\n", "\r\n", "\t", " "])
def test_a_scanners_edges_are_stripped_from_identifiers(edge: str) -> None:
    assert SignInRequest(identifier=f"{edge}1234{edge}").identifier == "1234"
    assert VisitorCreate(identifier=f"1234{edge}").identifier == "1234"
    assert CommandRequest(kind="sign_in", identifier=f"1234{edge}").identifier == "1234"


@pytest.mark.parametrize("edge", ["\r", "\n", "\t"])
def test_names_refuse_a_control_even_at_their_edges(edge: str) -> None:
    with pytest.raises(ValidationError):
        ProfileCreate(name=f"Emploi{edge}")
    with pytest.raises(ValidationError):
        VisitorUpdate(display_name=f"{edge}Marie")


def test_multi_line_texts_keep_line_feeds_only() -> None:
    message = CommandRequest(kind="message", text="Bonjour,\r\nfermeture à 18h")
    assert message.text == "Bonjour,\nfermeture à 18h"
    assert VisitorCreate(identifier="1", notes="a\nb").notes == "a\nb"
    for bad in ("a\tb", "a\x00b", "a\u202eb", "a\u200bb", "a\x1bb"):
        with pytest.raises(ValidationError):
            CommandRequest(kind="message", text=bad)
        with pytest.raises(ValidationError):
            VisitorCreate(identifier="1", notes=bad)


@pytest.mark.parametrize("bad", ["panne\nFAKE", "panne\r", "a\u202eb", "a\x00"])
def test_one_line_texts_refuse_line_breaks(bad: str) -> None:
    with pytest.raises(ValidationError):
        StationEnabledRequest(reason=bad)
    with pytest.raises(ValidationError):
        CommandRequest(kind="disable", reason=bad)


def test_ordinary_names_pass() -> None:
    assert ProfileCreate(name="Recherche d'emploi (16+)").name == "Recherche d'emploi (16+)"
    assert VisitorCreate(identifier="BXL-0042.a", display_name="Zoë Dupont-Lefèvre")


def test_dot_names_cannot_climb_out_of_their_path_segment() -> None:
    assert Paths.visitor("..", "disable") == "/api/v1/visitors/%2E%2E/disable"
    assert Paths.station_commands(".") == "/api/v1/stations/%2E/commands"

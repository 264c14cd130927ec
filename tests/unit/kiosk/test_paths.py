"""The API paths quote the names they carry; the server's route templates stay as declared."""

from __future__ import annotations

import pytest

from kiosk.protocol.paths import API_PREFIX, Paths


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (Paths.visitor("ab 12/3", "pin"), "/visitors/ab%2012%2F3/pin"),
        (Paths.station_commands("Salle 1"), "/stations/Salle%201/commands"),
        (Paths.station_command("RC/01", 7), "/stations/RC%2F01/commands/7"),
        (Paths.station_admin("RC 01", "enable"), "/station-admin/RC%2001/enable"),
        (Paths.station_apps("Espace%20"), "/station-admin/Espace%2520/apps"),
        (Paths.staff_password("marie dupont"), "/staff/marie%20dupont/password"),
        (Paths.staff_pin("a/b"), "/staff/a%2Fb/pin"),
        (Paths.profile("Écoles", "apps"), "/profiles/%C3%89coles/apps"),
        (Paths.policy("*"), "/policies/%2A"),
        (Paths.app("a?b"), "/apps/a%3Fb"),
        (Paths.session_apps("s#1"), "/sessions/s%231/apps"),
        (Paths.site(3, "hours"), "/sites/3/hours"),
    ],
)
def test_names_are_quoted_whole(path: str, expected: str) -> None:
    assert path == API_PREFIX + expected


def test_route_templates_stay_as_declared() -> None:
    assert Paths.station_command("{station}", "{command_id}") == (
        f"{API_PREFIX}/stations/{{station}}/commands/{{command_id}}"
    )
    assert Paths.staff_pin("{username}") == f"{API_PREFIX}/staff/{{username}}/pin"
    assert (
        Paths.station_commands("{not a name}")
        == f"{API_PREFIX}/stations/%7Bnot%20a%20name%7D/commands"
    )

"""The station token: its sources in order, enrolment with a code, the saved token."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk.config import ConfigError, StationConfig, load_config
from kiosk.enrolment import ENV_TOKEN, TOKEN_FILE, resolve_token, save_token, saved_token
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.station import EnrollResponse, SiteInfo, StationInfo


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home" / "kiosk"
    folder.mkdir(parents=True)
    return folder


SERVER = '[server]\nurl = "https://epn.example.org"\ntoken = "t0k3n"\n'


def load(tmp_path: Path, home: Path, text: str) -> StationConfig:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path, home=home)


def enrol_config(tmp_path: Path, home: Path, extra: str = "") -> StationConfig:
    text = '[server]\nurl = "https://epn.test"\nenrol_code = "ABCD-1234"\n' + extra
    text += f'[paths]\nstate_dir = "{tmp_path / "state"}"\n'
    return load(tmp_path, home, text)


def enrolled(name: str = "LK-01", token: str = "new-token") -> EnrollResponse:
    station = StationInfo(id=1, name=name, site=SiteInfo(id=1, name="EPN Laeken"))
    return EnrollResponse(token=token, station=station)


def refuse(url: str, code: str, **_: object) -> EnrollResponse:
    raise AssertionError(f"enrolled with {code} although a token was known")


def test_token_precedence(tmp_path: Path, home: Path) -> None:
    config = load(tmp_path, home, SERVER)

    assert (
        resolve_token(config, cli_token="cli", environ={ENV_TOKEN: "env"}, enroll=refuse) == "cli"
    )
    assert resolve_token(config, cli_token=None, environ={ENV_TOKEN: "env"}, enroll=refuse) == "env"
    assert resolve_token(config, cli_token=None, environ={}, enroll=refuse) == "t0k3n"


def test_no_token_at_all_is_a_config_error(tmp_path: Path, home: Path) -> None:
    config = load(tmp_path, home, '[server]\nurl = "https://a"\n')

    with pytest.raises(ConfigError, match=r"\[server\] token: a station token is needed"):
        resolve_token(config, cli_token=None, environ={}, enroll=refuse)


def test_enrol_code_is_exchanged_once_and_the_token_kept(tmp_path: Path, home: Path) -> None:
    config = enrol_config(tmp_path, home)
    calls: list[tuple[str, str]] = []

    def enroll(url: str, code: str, **_: object) -> EnrollResponse:
        calls.append((url, code))
        return enrolled()

    assert resolve_token(config, cli_token=None, environ={}, enroll=enroll) == "new-token"
    assert calls == [("https://epn.test", "ABCD-1234")]
    token_file = tmp_path / "state" / TOKEN_FILE
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    # next start: the kept token, no second enrolment (the code is single-use)
    assert resolve_token(config, cli_token=None, environ={}, enroll=refuse) == "new-token"


@pytest.mark.parametrize(
    ("code", "advice"),
    [
        (ErrorCode.ENROLMENT_CODE_INVALID, "unknown or was used already"),
        (ErrorCode.ENROLMENT_CODE_EXPIRED, "this code has expired"),
        (ErrorCode.ENROLMENT_CODE_USED_UP, "enrolled all the stations it was made for"),
        (ErrorCode.STATION_NAME_TAKEN, "give this PC another name"),
    ],
)
def test_a_refused_code_is_a_clear_config_error(
    tmp_path: Path, home: Path, code: ErrorCode, advice: str
) -> None:
    config = enrol_config(tmp_path, home)

    def enroll(url: str, sent: str, **_: object) -> EnrollResponse:
        raise ApiError(code, "no such code", 400)

    with pytest.raises(ConfigError) as caught:
        resolve_token(config, cli_token=None, environ={}, enroll=enroll)

    assert f"[server] enrol_code: the server refused it ({code}" in str(caught.value)
    assert advice in str(caught.value)
    if code != ErrorCode.STATION_NAME_TAKEN:
        assert "epn station enroll-code" in str(caught.value)
    assert saved_token(tmp_path / "state") is None


def test_enrolled_as_another_station_is_refused(tmp_path: Path, home: Path) -> None:
    config = enrol_config(tmp_path, home, 'station = "LK-02"\n')

    with pytest.raises(ConfigError, match=r"\[server\] station: .*'LK-01', not 'LK-02'"):
        resolve_token(
            config, cli_token=None, environ={}, enroll=lambda u, c, **_: enrolled("LK-01")
        )
    assert saved_token(tmp_path / "state") is None


def test_saved_token_replaced_whole(tmp_path: Path) -> None:
    save_token(tmp_path / "state", "first")
    save_token(tmp_path / "state", "second")

    assert saved_token(tmp_path / "state") == "second"
    assert sorted(p.name for p in (tmp_path / "state").iterdir()) == [TOKEN_FILE]

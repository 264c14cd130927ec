"""The station config file: defaults, every key's error naming the file and the key, tokens."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.config import (
    ConfigError,
    StationConfig,
    load_config,
    resolve_enforce,
    station_config,
)

SERVER = '[server]\nurl = "https://epn.example.org"\ntoken = "t0k3n"\n'
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home" / "kiosk"
    folder.mkdir(parents=True)
    return folder


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, home: Path, text: str) -> StationConfig:
    return load_config(write(tmp_path, text), home=home)


def error_of(tmp_path: Path, home: Path, text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, home, text)
    return str(caught.value)


def test_defaults_of_a_file_with_only_the_server(tmp_path: Path, home: Path) -> None:
    config = load(tmp_path, home, '[server]\nurl = "https://10.0.0.5:8750/"\n')

    assert config.server.url == "https://10.0.0.5:8750"
    assert config.server.token is None and config.server.enrol_code is None
    assert config.server.station is None
    assert config.server.ca_file is None and config.server.fingerprint is None
    assert config.server.allow_insecure is False
    assert config.session.warnings == (300, 60)
    assert config.session.away_minutes == 10
    assert config.session.warning_sound is True
    assert (config.idle.minutes, config.idle.warning_seconds, config.idle.enabled) == (10, 60, True)
    assert config.offline.policy == "refuse"
    assert (config.offline.verified_days, config.offline.max_minutes) == (14, 30)
    assert config.guard.enforce is None and config.guard.baseline == ()
    assert config.guard.interval_ms == 200
    assert config.cleanup.template is None and config.cleanup.folders == ()
    assert config.cleanup.clear_clipboard is True
    assert config.paths.state_dir.name == "epn-kiosk"
    assert config.source == tmp_path / "station.toml"


def test_every_key_read(tmp_path: Path, home: Path) -> None:
    config = load(
        tmp_path,
        home,
        """
        [server]
        url = "https://epn.example.org"
        enrol_code = "ABCD-1234"
        station = "LK-01"
        [session]
        warnings = [60, 600, 300]
        away_minutes = 5
        warning_sound = false
        [idle]
        minutes = 0
        warning_seconds = 30
        [offline]
        policy = "cached"
        verified_days = 7
        max_minutes = 20
        [guard]
        enforce = false
        baseline = ["Xorg", "pipewire"]
        interval_ms = 100
        [cleanup]
        template = "~/.template"
        folders = ["~/Downloads", "~/Documents"]
        clear_clipboard = false
        [paths]
        state_dir = "~/.local/state/epn"
        """,
    )

    assert config.server.enrol_code == "ABCD-1234" and config.server.station == "LK-01"
    assert config.session.warnings == (600, 300, 60)
    assert config.session.away_minutes == 5
    assert config.session.warning_sound is False
    assert config.idle.minutes == 0 and not config.idle.enabled
    assert config.idle.warning_seconds == 30
    assert config.offline.policy == "cached"
    assert (config.offline.verified_days, config.offline.max_minutes) == (7, 20)
    assert config.guard.enforce is False and config.guard.baseline == ("Xorg", "pipewire")
    assert config.guard.interval_ms == 100
    assert config.cleanup.template == home / ".template"
    assert config.cleanup.folders == (home / "Downloads", home / "Documents")
    assert config.cleanup.clear_clipboard is False
    assert config.paths.state_dir == home / ".local" / "state" / "epn"


def test_the_example_in_packaging_is_valid(home: Path) -> None:
    config = load_config(REPO / "packaging" / "station.example.toml", home=home)

    assert config.server.url.startswith("https://")
    assert config.cleanup.folders


@pytest.mark.parametrize(
    ("text", "where", "problem"),
    [
        ('[server]\ntoken = "x"', "[server] url", "required"),
        (
            '[server]\nurl = "ftp://x.org"',
            "[server] url",
            'http:// or https:// URL (got "ftp://x.org")',
        ),
        ('[server]\nurl = "https://"', "[server] url", "http:// or https:// URL"),
        ("[server]\nurl = 5", "[server] url", "URL (got 5)"),
        ('[server]\nurl = "http://a"\ntoken = ""', "[server] token", 'non-empty string (got "")'),
        ('[server]\nurl = "http://a"\nenrol_code = "ab"', "[server] enrol_code", "4 to 32"),
        (
            '[server]\nurl = "http://a"\ntoken = "t"\nenrol_code = "ABCD-1234"',
            "[server] enrol_code",
            "either token or enrol_code",
        ),
        ('[server]\nurl = "http://a"\nstation = 3', "[server] station", "(got 3)"),
        ('[server]\nurl = "http://a"\nadress = "x"', "[server] adress", "unknown key (known: url,"),
        (
            "[session]\nwarnings = 300",
            "[session] warnings",
            "list of whole numbers of seconds ≥ 1 (got 300)",
        ),
        ('[session]\nwarnings = [300, "x"]', "[session] warnings", '(got [300, "x"])'),
        ("[session]\nwarnings = [0]", "[session] warnings", "≥ 1"),
        ("[session]\naway_minutes = 0", "[session] away_minutes", "whole number ≥ 1 (got 0)"),
        ("[session]\nlength = 60", "[session] length", "unknown key"),
        (
            '[session]\nwarning_sound = "yes"',
            "[session] warning_sound",
            'true or false (got "yes")',
        ),
        ('[idle]\nminutes = "ten"', "[idle] minutes", 'whole number ≥ 0 (got "ten")'),
        ("[idle]\nminutes = 1.5", "[idle] minutes", "(got 1.5)"),
        ("[idle]\nminutes = true", "[idle] minutes", "(got true)"),
        ("[idle]\nwarning_seconds = 0", "[idle] warning_seconds", "≥ 1 (got 0)"),
        ("[idle]\nminutes = 1\nwarning_seconds = 60", "[idle] warning_seconds", "shorter than"),
        ("[idle]\nminute = 5", "[idle] minute", "unknown key"),
        ('[offline]\npolicy = "allow"', "[offline] policy", '"refuse" or "cached" (got "allow")'),
        ("[offline]\nverified_days = -1", "[offline] verified_days", "≥ 1 (got -1)"),
        ("[offline]\nmax_minutes = 0", "[offline] max_minutes", "≥ 1 (got 0)"),
        ('[guard]\nenforce = "yes"', "[guard] enforce", 'true or false (got "yes")'),
        ('[guard]\nbaseline = "Xorg"', "[guard] baseline", "list of process names"),
        ("[guard]\nbaseline = [1]", "[guard] baseline", "(got [1])"),
        ("[guard]\ninterval_ms = 5", "[guard] interval_ms", "≥ 10 (got 5)"),
        ('[cleanup]\ntemplate = "template"', "[cleanup] template", "absolute path"),
        ('[cleanup]\nfolders = "~/Downloads"', "[cleanup] folders", "list of folder paths"),
        ('[cleanup]\nfolders = ["Downloads"]', "[cleanup] folders", "absolute path"),
        ("[cleanup]\nclear_clipboard = 1", "[cleanup] clear_clipboard", "true or false (got 1)"),
        ('[paths]\nstate_dir = "state"', "[paths] state_dir", "absolute path"),
        ("[paths]\nstate_dir = 1", "[paths] state_dir", "folder path (got 1)"),
        ('[paths]\ncache = "/x"', "[paths] cache", "unknown key"),
        ("[gaurd]\nenforce = true", "[gaurd]", "unknown section (known: server, session,"),
        ('url = "http://a"', "url", "unknown key outside any section"),
        ("idle = 5", "[idle]", "must be a table (got 5)"),
    ],
)
def test_errors_name_the_file_and_the_key(
    tmp_path: Path, home: Path, text: str, where: str, problem: str
) -> None:
    if not text.startswith("[server]"):
        # a key outside any table must come before the first table
        text = SERVER + text if text.startswith("[") else text + "\n" + SERVER
    message = error_of(tmp_path, home, text)

    assert message.startswith(f"station config {tmp_path / 'station.toml'}: {where}: "), message
    assert problem in message


def test_error_message_format(tmp_path: Path, home: Path) -> None:
    path = write(tmp_path, SERVER + '[idle]\nminutes = "ten"\n')

    with pytest.raises(ConfigError) as caught:
        load_config(path, home=home)

    assert str(caught.value) == (
        f'station config {path}: [idle] minutes: must be a whole number ≥ 0 (got "ten")'
    )
    assert isinstance(caught.value, ValueError)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"station config .*nowhere\.toml: file not found"):
        load_config(tmp_path / "nowhere.toml")


def test_bad_toml_names_the_line(tmp_path: Path, home: Path) -> None:
    message = error_of(tmp_path, home, '[server]\nurl = "http://a"\nminutes 10\n')

    assert "not valid TOML" in message
    assert "line 3" in message


@pytest.mark.parametrize(
    ("folder", "reason"),
    [
        ("/", "the root folder"),
        ("~", "the home folder itself"),
        ("~/..", '".."'),
        ("~/Downloads/../../..", '".."'),
        ("/etc", "a system folder"),
        ("/var", "a system folder"),
        ("/usr/share/doc", "inside the system folder /usr"),
        ("/proc/1", "inside the system folder /proc"),
    ],
)
def test_unsafe_cleanup_folders_are_refused(
    tmp_path: Path, home: Path, folder: str, reason: str
) -> None:
    message = error_of(tmp_path, home, SERVER + f'[cleanup]\nfolders = ["{folder}"]\n')

    assert "[cleanup] folders: " in message
    assert "cannot be reset" in message and reason in message


def test_a_cleanup_folder_may_not_hold_the_state_dir(tmp_path: Path, home: Path) -> None:
    text = SERVER + '[cleanup]\nfolders = ["~/.local"]\n[paths]\nstate_dir = "~/.local/state/x"\n'

    assert "holds the station's state folder" in error_of(tmp_path, home, text)


def test_a_link_to_a_system_folder_is_refused(tmp_path: Path, home: Path) -> None:
    (home / "Downloads").symlink_to("/etc")

    message = error_of(tmp_path, home, SERVER + '[cleanup]\nfolders = ["~/Downloads"]\n')

    assert "[cleanup] folders: " in message and "leads to /etc" in message


def test_the_template_must_not_be_inside_a_reset_folder(tmp_path: Path, home: Path) -> None:
    text = SERVER + '[cleanup]\ntemplate = "~/Downloads/t"\nfolders = ["~/Downloads"]\n'

    assert "[cleanup] template: must not be inside or around" in error_of(tmp_path, home, text)


def test_command_line_overrides_the_file(tmp_path: Path, home: Path) -> None:
    path = write(tmp_path, SERVER)

    config = station_config(path, server_url="http://127.0.0.1:9", state_dir=tmp_path / "s")

    assert config.server.url == "http://127.0.0.1:9"
    assert config.server.token == "t0k3n"
    assert config.paths.state_dir == tmp_path / "s"


def test_no_file_needs_a_server(tmp_path: Path) -> None:
    config = station_config(None, server_url="http://127.0.0.1:9")
    assert config.server.url == "http://127.0.0.1:9" and config.source is None

    with pytest.raises(ConfigError, match="give --config or --server"):
        station_config(None)
    with pytest.raises(ConfigError, match="--server: must be an http"):
        station_config(None, server_url="127.0.0.1:9")


def test_enforce_explicit_wins_else_automatic(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    automatic = load(tmp_path, home, SERVER)
    forced = load(tmp_path, home, SERVER + "[guard]\nenforce = true\n")
    disabled = load(tmp_path, home, SERVER + "[guard]\nenforce = false\n")

    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert resolve_enforce(forced, windowed=True) is True
    assert resolve_enforce(disabled, windowed=False) is False
    assert resolve_enforce(automatic, windowed=False) is True
    assert resolve_enforce(automatic, windowed=True) is False
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    assert resolve_enforce(automatic, windowed=False) is False
    assert resolve_enforce(disabled, windowed=False) is False
    with pytest.raises(
        ConfigError, match=r"\[guard\] enforce: true is refused while the kiosk runs as root"
    ):
        resolve_enforce(forced, windowed=False)


# --- TLS: ca_file, fingerprint, allow_insecure ---------------------------------------------

PIN = ":".join(["AB"] * 32)


@pytest.mark.parametrize(
    "url", ["http://10.0.0.5:8750", "http://epn.example.org", "http://[fe80::1]:8750"]
)
def test_plain_http_to_another_machine_is_refused(tmp_path: Path, home: Path, url: str) -> None:
    message = error_of(tmp_path, home, f'[server]\nurl = "{url}"\n')

    assert "[server] url: plain http:// to another machine" in message
    assert "allow_insecure = true" in message


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8750", "http://127.1.2.3", "http://[::1]:8750", "http://localhost"]
)
def test_plain_http_to_loopback_is_allowed(tmp_path: Path, home: Path, url: str) -> None:
    assert load(tmp_path, home, f'[server]\nurl = "{url}"\n').server.url == url


def test_allow_insecure_lets_plain_http_through(tmp_path: Path, home: Path) -> None:
    text = '[server]\nurl = "http://10.0.0.5:8750"\nallow_insecure = true\n'

    config = load(tmp_path, home, text)

    assert config.server.allow_insecure is True and config.server.url == "http://10.0.0.5:8750"


def test_the_command_line_server_is_checked_too(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--server: plain http:// to another machine"):
        station_config(None, server_url="http://10.0.0.5:8750")


@pytest.mark.parametrize(
    "written",
    [PIN, PIN.lower(), PIN.replace(":", ""), f"  {PIN.replace(':', '').lower()} ", f"sha256:{PIN}"],
)
def test_a_fingerprint_is_read_in_either_form(tmp_path: Path, home: Path, written: str) -> None:
    config = load(tmp_path, home, SERVER + f'fingerprint = "{written}"\n')

    assert config.server.fingerprint == PIN


@pytest.mark.parametrize(
    "written", ["AB:CD", "ZZ" * 32, PIN + ":00", "AB" * 31 + "A:B", "AB:" + "AB" * 31]
)
def test_a_malformed_fingerprint_is_refused(tmp_path: Path, home: Path, written: str) -> None:
    message = error_of(tmp_path, home, SERVER + f'fingerprint = "{written}"\n')

    assert "[server] fingerprint: a SHA-256 fingerprint is 32 hex pairs" in message


def test_a_missing_or_empty_ca_file_is_refused(tmp_path: Path, home: Path) -> None:
    missing = tmp_path / "nowhere.pem"
    assert f'[server] ca_file: file not found (got "{missing}")' in error_of(
        tmp_path, home, SERVER + f'ca_file = "{missing}"\n'
    )
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n", encoding="utf-8")
    assert "[server] ca_file: holds no PEM certificate" in error_of(
        tmp_path, home, SERVER + f'ca_file = "{junk}"\n'
    )
    assert "[server] ca_file: must be an absolute path" in error_of(
        tmp_path, home, SERVER + 'ca_file = "ca.pem"\n'
    )

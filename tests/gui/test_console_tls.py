"""The staff console over HTTPS: 'epn console --ca-file/--fingerprint' reach a TLS server."""

from __future__ import annotations

from pathlib import Path

import pytest

from admin.api.tls import init_tls
from admin.core.timeutil import utc_now
from kiosk.protocol.tls import ServerTrust
from tests.helpers.desk_world import FakeLanguages
from tests.helpers.liveserver import add_site, add_staff, add_station, running_server
from ui.console.app import build_console
from ui.console.login import LoginDialog
from ui.main import main


def test_the_console_signs_in_over_tls_with_the_ca_file(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    issued = init_tls(tmp_path / "tls", ["127.0.0.1"], days=30, now=utc_now())
    db = tmp_path / "epn.db"
    add_site(db)
    add_station(db, "RC-01")
    add_staff(db, "desk", "correct horse battery")
    asked: list[str] = []
    monkeypatch.setattr(LoginDialog, "ask", lambda *args, **kw: asked.append("dialog"))
    with running_server(db, certfile=issued.server_cert, keyfile=issued.server_key) as url:
        program = build_console(
            qapp,
            server_url=url,
            languages=FakeLanguages(),
            username="desk",
            password="correct horse battery",
            trust=ServerTrust(ca_file=issued.ca_cert),
        )
        assert program is not None and asked == []
        try:
            assert program.client.me().username == "desk"
        finally:
            program.close()
        # pinned to another certificate: the direct sign-in fails, the dialog is offered
        refused = build_console(
            qapp,
            server_url=url,
            languages=FakeLanguages(),
            username="desk",
            password="correct horse battery",
            trust=ServerTrust(fingerprint=":".join(["AB"] * 32)),
        )
        assert refused is None and asked == ["dialog"]


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--fingerprint", "AB:CD", "argument --fingerprint: a SHA-256 fingerprint is 32 hex pairs"),
        ("--ca-file", "/nowhere/ca.pem", "argument --ca-file: /nowhere/ca.pem: file not found"),
    ],
)
def test_console_tls_options_refuse_bad_values(
    capsys: pytest.CaptureFixture[str], option: str, value: str, message: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["console", "--server", "https://epn.local", option, value])
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_the_console_refuses_plain_http_to_another_machine(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["console", "--server", "http://10.20.30.40:8750"])
    assert code == 2
    err = capsys.readouterr().err
    assert "plain http:// to another machine" in err and "--allow-insecure" in err


@pytest.mark.parametrize(
    "verb", [["extend", "RC-01", "10"], ["end", "RC-01"]], ids=["extend", "end"]
)
def test_the_staff_commands_take_the_servers_ca_and_refuse_another_pin(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    verb: list[str],
) -> None:
    issued = init_tls(tmp_path / "tls", ["127.0.0.1"], days=30, now=utc_now())
    db = tmp_path / "epn.db"
    add_site(db)
    add_station(db, "RC-01")
    add_staff(db, "desk", "correct horse battery")
    monkeypatch.setenv("EPN_PASSWORD", "correct horse battery")
    with running_server(db, certfile=issued.server_cert, keyfile=issued.server_key) as url:
        base = ["session", *verb, "--server", url, "--user", "desk"]
        # trusting the server's CA: signed in; the station has no session to act on
        code = main([*base, "--ca-file", str(issued.ca_cert)])
        err = capsys.readouterr().err
        assert "certificate" not in err and "cannot reach" not in err
        assert code == 1 and "refused by the server" in err
        # the system's CAs only, or another pin: refused before any password is sent
        for extra in ([], ["--fingerprint", ":".join(["AB"] * 32)]):
            code = main([*base, *extra])
            err = capsys.readouterr().err
            assert code == 1 and "cannot reach the server" in err and "certificate" in err


def test_the_staff_commands_refuse_plain_http_to_another_machine(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPN_PASSWORD", "correct horse battery")
    base = ["session", "end", "RC-01", "--server", "http://epn-server.invalid:9", "--user", "x"]
    code = main(base)
    err = capsys.readouterr().err
    assert code == 2 and "plain http:// to another machine" in err
    # allowed on a trusted network: it goes on, and fails only for want of that server
    code = main([*base, "--allow-insecure"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot reach the server" in err

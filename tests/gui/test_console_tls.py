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

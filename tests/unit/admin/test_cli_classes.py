"""``epn class …``: help for every command, bad input refused before the server is asked
(exit 2, the option named), and a server that cannot be reached said plainly (exit 1)."""

from __future__ import annotations

import pytest

from admin.cli import app as cli

Capture = pytest.CaptureFixture[str]
#: Nothing listens there: a command that got past its checks fails to connect.
NOWHERE = "http://127.0.0.1:9"


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_class_command_has_help(capsys: Capture) -> None:
    for verb in ("start", "list", "end", "lock", "unlock", "message", "extend"):
        code, out, _ = run(capsys, "class", verb, "--help")
        assert code == 0 and "usage: epn class" in out and "--server" in out


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            [
                "start",
                "--site",
                "S",
                "--title",
                "5e B",
                "--to",
                "2026-03-10 10:50",
                "--pupil-category",
                "",
            ],
            "pupil",
        ),
        (["start", "--site", "S", "--title", " ", "--to", "2026-03-10 10:50"], "title"),
        (["message", "1", " "], "text"),
        (["extend", "1", "0"], "minutes"),
    ],
)
def test_bad_input_is_refused_before_the_server_is_asked(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, argv: list[str], said: str
) -> None:
    monkeypatch.setenv("EPN_PASSWORD", "unused-password")
    code, _, err = run(capsys, "class", *argv, "--server", NOWHERE, "--user", "prof")
    assert code == 2, err
    assert err.startswith(f"epn class {argv[0]}:") and said in err


def test_a_password_option_is_refused(capsys: Capture) -> None:
    code, _, err = run(
        capsys, "class", "list", "--server", NOWHERE, "--user", "prof", "--password", "x"
    )
    assert code == 2 and "EPN_PASSWORD" in err

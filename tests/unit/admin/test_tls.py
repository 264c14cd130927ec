"""The server's certificate: 'epn server init-tls', and what 'epn server' refuses to serve."""

from __future__ import annotations

import hashlib
import ipaddress
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from admin.api.tls import TlsFileError, check_server_files, init_tls
from admin.cli.app import main
from kiosk.protocol.tls import parse_fingerprint

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def leaf(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificates(path.read_bytes())[0]


def test_init_tls_writes_a_ca_and_a_server_certificate_and_prints_its_fingerprint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "tls"
    code, out, err = run(
        capsys, "server", "init-tls", "--dir", folder, "--host", "epn.city.local",
        "--host", "10.0.0.5", "--days", "30",
    )  # fmt: skip

    assert (code, err) == (0, "")
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert modes == {"ca.key": 0o600, "ca.pem": 0o644, "server.key": 0o600, "server.pem": 0o644}
    cert = leaf(folder / "server.pem")
    digest = hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()
    printed = out.splitlines()[-1]
    assert printed == f"SHA-256 fingerprint: {parse_fingerprint(digest)}"
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["epn.city.local"]
    assert names.get_values_for_type(x509.IPAddress) == [ipaddress.ip_address("10.0.0.5")]
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert timedelta(days=30) <= lifetime <= timedelta(days=30, minutes=5)
    ca = x509.load_pem_x509_certificate((folder / "ca.pem").read_bytes())
    cert.verify_directly_issued_by(ca)


def test_init_tls_again_keeps_the_ca_and_signs_a_new_certificate(tmp_path: Path) -> None:
    first = init_tls(tmp_path, ["epn.local"], days=30, now=NOW)
    ca_before = (tmp_path / "ca.pem").read_bytes()

    second = init_tls(tmp_path, ["epn.local"], days=30, now=NOW + timedelta(days=20))

    assert (first.ca_created, second.ca_created) == (True, False)
    assert (tmp_path / "ca.pem").read_bytes() == ca_before
    assert second.fingerprint != first.fingerprint
    ca = x509.load_pem_x509_certificate(ca_before)
    leaf(second.server_cert).verify_directly_issued_by(ca)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--host", "bad host!"], "--host 'bad host!': not a host name or an IP address"),
        (["--host", "epn.local", "--days", "0"], "--days: must be a whole number of days ≥ 1"),
    ],
)
def test_init_tls_refuses_bad_input_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "server", "init-tls", "--dir", tmp_path / "tls", *argv)

    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err
    assert not (tmp_path / "tls").exists()


@pytest.fixture
def issued(tmp_path: Path) -> tuple[Path, Path]:
    done = init_tls(tmp_path / "ours", ["127.0.0.1"], days=10, now=NOW)
    return done.server_cert, done.server_key


def test_the_files_of_a_valid_certificate_pass(issued: tuple[Path, Path]) -> None:
    cert, key = issued
    expected = hashlib.sha256(leaf(cert).public_bytes(Encoding.DER)).hexdigest()

    assert check_server_files(cert, key, NOW + timedelta(days=1)) == parse_fingerprint(expected)


def test_an_expired_or_not_yet_valid_certificate_is_refused(issued: tuple[Path, Path]) -> None:
    cert, key = issued
    with pytest.raises(TlsFileError, match=r"the certificate expired on 2026-03-12 09:00 UTC"):
        check_server_files(cert, key, NOW + timedelta(days=11))
    with pytest.raises(TlsFileError, match="valid only from 2026-03-02 08:55 UTC"):
        check_server_files(cert, key, NOW - timedelta(days=1))


def epn_server(capsys: pytest.CaptureFixture[str], tmp_path: Path, *tls: str | Path) -> str:
    code, out, err = run(capsys, "server", "--db", tmp_path / "epn.db", "--port", "1", *tls)
    assert code == 2 and out == ""
    assert err.count("\n") == 1, err
    assert not (tmp_path / "epn.db").exists()  # refused before anything is opened
    return err


def test_epn_server_refuses_missing_mismatched_and_expired_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], issued: tuple[Path, Path]
) -> None:
    cert, key = issued
    other = init_tls(tmp_path / "other", ["127.0.0.1"], days=10, now=NOW)
    missing = tmp_path / "nowhere.pem"
    junk = tmp_path / "junk.pem"
    junk.write_text("hello\n", encoding="utf-8")
    # expired long before any day these tests run on
    old = init_tls(tmp_path / "old", ["127.0.0.1"], days=1, now=datetime(2001, 1, 1, tzinfo=UTC))

    assert f"--certfile {missing}: file not found" in epn_server(
        capsys, tmp_path, "--certfile", missing, "--keyfile", key
    )
    assert f"--keyfile {junk}: holds no PEM private key" in epn_server(
        capsys, tmp_path, "--certfile", cert, "--keyfile", junk
    )
    assert f"--keyfile {other.server_key}: is not the key of the certificate {cert}" in (
        epn_server(capsys, tmp_path, "--certfile", cert, "--keyfile", other.server_key)
    )
    assert "the certificate expired on 2001-01-02" in epn_server(
        capsys, tmp_path, "--certfile", old.server_cert, "--keyfile", old.server_key
    )
    assert "--certfile and --keyfile go together" in epn_server(
        capsys, tmp_path, "--certfile", cert
    )


def test_an_unreadable_key_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], issued: tuple[Path, Path]
) -> None:
    cert, _ = issued
    folder = tmp_path / "afolder"
    folder.mkdir()
    assert f"--keyfile {folder}: is a folder, not a file" in epn_server(
        capsys, tmp_path, "--certfile", cert, "--keyfile", folder
    )

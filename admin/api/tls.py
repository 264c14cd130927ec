"""The server's certificate: check the files ``epn server`` is given, make a private CA.

``epn server --certfile --keyfile`` hands them to uvicorn; :func:`check_server_files` refuses
first, in one sentence, what uvicorn would fail on with a traceback (a missing or unreadable
file, a key of another certificate) and what it would serve anyway (an expired certificate).

``epn server init-tls`` (:func:`init_tls`) makes, for a closed network with no certificate
authority of its own, a private CA and a server certificate it signs, for the given host
names and addresses. Run again, it keeps the CA and signs a new server certificate, so
stations that trust the CA (``[server] ca_file``) accept the renewed one.

Errors::

    Exception
     └── TlsFileError   a certificate or key cannot be used; the message names the file
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from kiosk.protocol.tls import certificate_fingerprint

CA_KEY = "ca.key"
CA_CERT = "ca.pem"
SERVER_KEY = "server.key"
SERVER_CERT = "server.pem"
CA_DAYS = 3650
SERVER_DAYS = 825
_DNS_NAME = re.compile(
    r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?"
)


class TlsFileError(Exception):
    """A certificate or key file cannot be used; the message names it and what to fix."""


@dataclass(frozen=True)
class Issued:
    """What :func:`init_tls` wrote, and the server certificate's fingerprint."""

    ca_cert: Path
    ca_key: Path
    server_cert: Path
    server_key: Path
    fingerprint: str
    ca_created: bool


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise TlsFileError(f"{what} {path}: file not found") from None
    except IsADirectoryError:
        raise TlsFileError(f"{what} {path}: is a folder, not a file") from None
    except OSError as exc:
        raise TlsFileError(f"{what} {path}: cannot be read ({exc.strerror})") from None


def _load_cert(path: Path, what: str) -> x509.Certificate:
    data = _read(path, what)
    try:
        return x509.load_pem_x509_certificate(data)
    except ValueError:
        raise TlsFileError(f"{what} {path}: holds no PEM certificate") from None


def _load_key(path: Path, what: str) -> ec.EllipticCurvePrivateKey | object:
    data = _read(path, what)
    try:
        return serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise TlsFileError(
            f"{what} {path}: the key is protected by a password; give an unencrypted key "
            "(readable by the server's account only)"
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        raise TlsFileError(f"{what} {path}: holds no PEM private key") from None


def _public_der(key: object) -> bytes:
    public = key.public_key()  # type: ignore[attr-defined]
    return bytes(
        public.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def check_server_files(certfile: Path, keyfile: Path, now: datetime) -> str:
    """Refuse files uvicorn cannot serve, or should not; the certificate's fingerprint."""
    cert = _load_cert(certfile, "--certfile")
    key = _load_key(keyfile, "--keyfile")
    if _public_der(cert) != _public_der(key):
        raise TlsFileError(
            f"--keyfile {keyfile}: is not the key of the certificate {certfile} "
            "(give the key made with that certificate)"
        )
    if now >= cert.not_valid_after_utc:
        raise TlsFileError(
            f"--certfile {certfile}: the certificate expired on "
            f"{cert.not_valid_after_utc:%Y-%m-%d %H:%M} UTC; renew it "
            "('epn server init-tls' signs a new one with the same CA)"
        )
    if now < cert.not_valid_before_utc:
        raise TlsFileError(
            f"--certfile {certfile}: the certificate is valid only from "
            f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M} UTC (check this machine's clock)"
        )
    return certificate_fingerprint(cert.public_bytes(serialization.Encoding.DER))


def _subject_names(hosts: list[str]) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host.strip("[]"))))
            continue
        except ValueError:
            pass
        if not _DNS_NAME.fullmatch(host):
            raise TlsFileError(
                f"--host {host!r}: not a host name or an IP address (e.g. epn.city.local, 10.0.0.5)"
            )
        names.append(x509.DNSName(host.rstrip(".").lower()))
    return names


def _write_private(path: Path, data: bytes, mode: int) -> None:
    """Write whole, with ``mode`` from the start (never readable by others, even briefly)."""
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as file:
        file.write(data)
    os.chmod(partial, mode)
    os.replace(partial, path)


def _new_key() -> ec.EllipticCurvePrivateKey:
    # P-256: short handshakes, what every TLS client speaks
    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _make_ca(now: datetime) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = _new_key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "EPN Kiosk private CA")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def init_tls(directory: Path, hosts: list[str], *, days: int, now: datetime) -> Issued:
    """A private CA (kept if ``directory`` has one) and a server certificate it signs."""
    if not hosts:
        raise TlsFileError("--host: give at least one host name or address of the server")
    if days < 1:
        raise TlsFileError(f"--days: must be a whole number of days ≥ 1 (got {days})")
    names = _subject_names(hosts)
    if directory.exists() and not directory.is_dir():
        raise TlsFileError(f"--dir {directory}: exists and is not a folder")
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    ca_key_path, ca_cert_path = directory / CA_KEY, directory / CA_CERT
    created = not ca_key_path.exists() and not ca_cert_path.exists()
    if created:
        ca_key, ca_cert = _make_ca(now)
    else:
        loaded = _load_key(ca_key_path, "CA key")
        ca_cert = _load_cert(ca_cert_path, "CA certificate")
        if not isinstance(loaded, ec.EllipticCurvePrivateKey) or _public_der(
            ca_cert
        ) != _public_der(loaded):
            raise TlsFileError(
                f"--dir {directory}: {CA_KEY} is not the key of {CA_CERT}; move both away to "
                "make a new CA (stations then need the new ca.pem or fingerprint)"
            )
        ca_key = loaded
    key = _new_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    if created:
        _write_private(ca_key_path, _key_pem(ca_key), 0o600)
        _write_private(ca_cert_path, ca_cert.public_bytes(serialization.Encoding.PEM), 0o644)
    server_key_path, server_cert_path = directory / SERVER_KEY, directory / SERVER_CERT
    _write_private(server_key_path, _key_pem(key), 0o600)
    # the chain: the server sends its CA's certificate along with its own
    chain = cert.public_bytes(serialization.Encoding.PEM) + ca_cert.public_bytes(
        serialization.Encoding.PEM
    )
    _write_private(server_cert_path, chain, 0o644)
    return Issued(
        ca_cert=ca_cert_path,
        ca_key=ca_key_path,
        server_cert=server_cert_path,
        server_key=server_key_path,
        fingerprint=certificate_fingerprint(cert.public_bytes(serialization.Encoding.DER)),
        ca_created=created,
    )

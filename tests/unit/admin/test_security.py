from __future__ import annotations

import logging

import pytest

from admin.core import security


def test_hash_is_argon2id_and_verifies() -> None:
    stored = security.hash_secret("1234")
    assert stored.startswith("$argon2id$")
    assert "1234" not in stored
    assert security.verify_secret(stored, "1234")
    assert not security.verify_secret(stored, "1235")


def test_same_secret_hashes_differently() -> None:
    assert security.hash_secret("pw") != security.hash_secret("pw")


@pytest.mark.parametrize("stored", [None, "", "not-a-hash"])
def test_missing_or_broken_hash_never_verifies(stored: str | None) -> None:
    assert not security.verify_secret(stored, "not a real password")


def test_tokens_are_random_and_stored_as_sha256() -> None:
    first, second = security.new_token(), security.new_token()
    assert first != second
    assert len(first) >= 40
    digest = security.token_digest(first)
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert digest == security.token_digest(first)
    assert first not in digest


def test_nothing_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        security.verify_secret(security.hash_secret("secret-pin"), "secret-pin")
    assert "secret-pin" not in caplog.text


def test_a_token_never_starts_with_a_dash(monkeypatch) -> None:
    drawn = iter(["-looks-like-an-option", "Ab-c_0"])
    monkeypatch.setattr(security.secrets, "token_urlsafe", lambda _n: next(drawn))
    assert security.new_token() == "Ab-c_0"

"""A library system (ILS) over SIP2 2.00 as a sign-in source: card and PIN.

The wire format is ``pysip2``'s codec (typed models, checksums); this module only opens the
connections (TCP, optionally TLS with the certificate checked), logs in (93/94) with the
ILS's SIP account once per connection, keeps them in a small pool, and reads the patron
information answer (63/64) into an :class:`~admin.auth.sources.Answer`:

- "valid patron" (BL) and "valid patron password" (CQ) must both be Y: a card the ILS does
  not know is ``card_unknown`` (the next source is asked), a wrong PIN ``pin_wrong``; an empty
  PIN is refused before anything is sent;
- the patron status' "charge privileges denied" or "card reported lost" is ``card_blocked``;
  an expiry date (extension field PA) before today ``card_expired``; fines (BV) above the
  configured ``fines_limit`` ``fines_due`` with the amount and currency;
- the patron type (extension field PC) maps to a category and profile (``categories``,
  ``profiles`` tables); the name (AE) is taken only with ``take_name``, the birth year
  (extension PB, a date) and postcode (extension PZ) only with ``take_statistics``.

pysip2 implements the SIP2 2.00 fields only and skips the others; the extension fields the
ILSs send (3M's PA/PB/PC; PZ configured in the ILS) are added to its patron information
answer by :func:`_register_extensions`, so the codec still reads every field.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import socket
import ssl
import threading
import time
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pysip2 import (
    LoginRequest,
    LoginResponse,
    PatronInformationRequest,
    PatronInformationResponse,
    SIP2Error,
    decode_as,
    encode_message,
)
from pysip2 import models as sip_models

from admin.auth.kinds import Account, Answer, AuthConfigError, Reason, Settings
from admin.core.timeutil import Clock, utc_now

log = logging.getLogger("epn.server.auth.sip2")

MAX_FRAME_BYTES = 8192
# patron status (14 characters, Y or blank): the positions that stop a sign-in
_CHARGE_DENIED = 0
_CARD_LOST = 4


class PatronInformationExtended(PatronInformationResponse, frozen=True, kw_only=True):
    """The patron information answer (64) with the extension fields ILSs add."""

    expiration_date: str | None = None  # PA: YYYYMMDD...
    birth_date: str | None = None  # PB: YYYYMMDD...
    patron_type: str | None = None  # PC: the ILS's patron type / class / profile
    postcode: str | None = None  # PZ


_EXTENSIONS = (
    sip_models.ident("expiration_date", "PA"),
    sip_models.ident("birth_date", "PB"),
    sip_models.ident("patron_type", "PC"),
    sip_models.ident("postcode", "PZ"),
)


def _register_extensions() -> None:
    """Make pysip2's codec read (and write, for the tests' ILS) the extension fields of 64.

    pysip2's layouts live in two tables (models.MESSAGE_SPECS_BY_ID / _BY_TYPE) that drive
    its codec; the extended answer is the standard one plus four optional fields.
    """
    if sip_models.MESSAGE_SPECS_BY_ID["64"].struct_type is PatronInformationExtended:
        return
    base = sip_models.spec_for_type(PatronInformationResponse)
    spec = sip_models.MessageSpec("64", PatronInformationExtended, base.fields + _EXTENSIONS)
    sip_models.MESSAGE_SPECS_BY_ID["64"] = spec
    sip_models.MESSAGE_SPECS_BY_TYPE[PatronInformationExtended] = spec


_register_extensions()


def sip_date(moment: datetime) -> str:
    """SIP2's 18-character date: YYYYMMDD, four blanks (local time), HHMMSS."""
    return moment.strftime("%Y%m%d") + "    " + moment.strftime("%H%M%S")


def _day(text: str | None) -> date | None:
    if not text or len(text) < 8 or not text[:8].isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


class Unreachable(Exception):
    """The ILS did not answer as SIP2 says (no connection, timeout, TLS, malformed, login)."""


class _Connection:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()

    def exchange(self, frame: bytes, deadline: float) -> bytes:
        self.sock.sendall(frame)
        while b"\r" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer in time")
            self.sock.settimeout(left)
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("the ILS closed the connection")
            self.buffer += chunk
            if len(self.buffer) > MAX_FRAME_BYTES:
                raise Unreachable("answer too long")
        end = self.buffer.index(b"\r") + 1
        answer = bytes(self.buffer[:end])
        del self.buffer[:end]
        return answer

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


class Sip2Source:
    kind = "sip2"

    def __init__(
        self,
        name: str,
        *,
        host: str,
        port: int,
        login_user: str | None = None,
        login_password: str | None = None,
        location_code: str | None = None,
        terminal_password: str = "",
        institution_id: str = "",
        tls: bool = False,
        ca_file: str | None = None,
        timeout: float = 5.0,
        pool_size: int = 4,
        fines_limit: Decimal | None = None,
        currency: str = "EUR",
        categories: dict[str, str] | None = None,
        profiles: dict[str, str] | None = None,
        default_category: str = "adult",
        take_name: bool = False,
        take_statistics: bool = False,
        encoding: str = "cp850",
        clock: Clock = utc_now,
    ) -> None:
        self.name = name
        self.host, self.port = host, port
        self._login = (login_user, login_password or "", location_code)
        self._terminal_password = terminal_password
        self.institution_id = institution_id
        self._tls: ssl.SSLContext | None = None
        if tls:
            self._tls = ssl.create_default_context(cafile=ca_file)  # hostname and chain checked
        self.timeout = timeout
        self.fines_limit = fines_limit
        self.currency = currency
        self.categories = categories or {}
        self.profiles = profiles or {}
        self.default_category = default_category
        self.take_name, self.take_statistics = take_name, take_statistics
        self.encoding = encoding
        self._clock = clock
        self._idle: queue.LifoQueue[_Connection] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(pool_size)

    @classmethod
    def from_settings(cls, s: Settings) -> Sip2Source:
        limit = s.text("fines_limit")
        try:
            fines_limit = Decimal(limit) if limit is not None else None
        except InvalidOperation:
            raise AuthConfigError(f"{s.where} fines_limit: must be an amount like 5.00") from None
        port = s.number("port", 6001)
        return cls(
            s.name,
            host=s.required("host"),
            port=int(port),
            login_user=s.text("login_user"),
            login_password=s.text("login_password"),
            location_code=s.text("location_code"),
            terminal_password=s.text("terminal_password", "") or "",
            institution_id=s.text("institution_id", "") or "",
            tls=s.flag("tls"),
            ca_file=s.text("ca_file"),
            timeout=s.number("timeout_seconds", 5.0),
            pool_size=int(s.number("pool_size", 4)),
            fines_limit=fines_limit,
            currency=s.text("currency", "EUR") or "EUR",
            categories=s.mapping("categories"),
            profiles=s.mapping("profiles"),
            default_category=s.text("default_category", "adult") or "adult",
            take_name=s.flag("take_name"),
            take_statistics=s.flag("take_statistics"),
            encoding=s.text("encoding", "cp850") or "cp850",
        )

    # --- connections -------------------------------------------------------------------

    def _connect(self, deadline: float) -> _Connection:
        sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        try:
            if self._tls is not None:
                sock = self._tls.wrap_socket(sock, server_hostname=self.host)
            connection = _Connection(sock)
            user, password, location = self._login
            if user:
                request = LoginRequest(
                    uid_algorithm="0",
                    pwd_algorithm="0",
                    login_user_id=user,
                    login_password=password,
                    location_code=location,
                )
                frame = connection.exchange(self._encode(request), deadline)
                answer = decode_as(frame, LoginResponse, encoding=self.encoding).message
                if answer.ok != "1":
                    raise Unreachable("the ILS refused the SIP account (login 94 ok=0)")
            return connection
        except BaseException:
            sock.close()
            raise

    def _encode(self, message: Any) -> bytes:
        return encode_message(message, encoding=self.encoding)

    def _ask(self, request: PatronInformationRequest) -> PatronInformationExtended:
        """One request on a pooled connection; a stale pooled one is replaced once."""
        deadline = time.monotonic() + self.timeout
        if not self._slots.acquire(timeout=self.timeout):
            raise Unreachable("every connection to the ILS is busy")
        try:
            frame = self._encode(request)
            for attempt in (0, 1):
                try:
                    connection = self._idle.get_nowait()
                    reused = True
                except queue.Empty:
                    connection, reused = self._connect(deadline), False
                try:
                    answer = connection.exchange(frame, deadline)
                    message = decode_as(
                        answer, PatronInformationExtended, encoding=self.encoding
                    ).message
                except (OSError, SIP2Error, Unreachable):
                    connection.close()
                    if reused and attempt == 0:
                        continue
                    raise
                self._idle.put(connection)
                return message
            raise AssertionError("unreachable")  # pragma: no cover
        finally:
            self._slots.release()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return

    # --- the answer ----------------------------------------------------------------------

    def check(self, identifier: str, pin: str) -> Answer:
        if not pin or not pin.strip():
            return Answer(self.name, self.kind, reason=Reason.PIN_WRONG, fields={"asked": False})
        now = self._clock()
        try:
            request = PatronInformationRequest(
                language="000",
                transaction_date=sip_date(now),
                summary=" " * 10,
                institution_id=self.institution_id,
                patron_identifier=identifier,
                terminal_password=self._terminal_password,
                patron_password=pin,
            )
            self._encode(request)  # a card or PIN SIP2 cannot carry: no such card
        except (SIP2Error, UnicodeEncodeError, ValueError):
            return Answer(self.name, self.kind, reason=Reason.UNKNOWN, fields={"asked": False})
        try:
            patron = self._ask(request)
        except (OSError, SIP2Error, Unreachable) as exc:
            log.warning("SIP2 source %s (%s:%s): %s", self.name, self.host, self.port, exc)
            return Answer(
                self.name,
                self.kind,
                reason=Reason.UNREACHABLE,
                fields={"error": f"{type(exc).__name__}: {exc}"},
            )
        return self.read(identifier, patron, now.date())

    def read(self, identifier: str, patron: PatronInformationExtended, today: date) -> Answer:
        fields: dict[str, Any] = {
            "valid_patron": patron.valid_patron,
            "valid_patron_password": patron.valid_patron_password,
            "patron_status": patron.patron_status,
            "patron_type": patron.patron_type,
            "fee_amount": patron.fee_amount,
            "currency_type": patron.currency_type,
            "expiration_date": patron.expiration_date,
            "personal_name": patron.personal_name,
            "screen_message": list(patron.screen_message),
        }

        def refused(reason: Reason, **details: Any) -> Answer:
            return Answer(self.name, self.kind, reason=reason, fields=fields, details=details)

        if patron.valid_patron != "Y":
            return refused(Reason.UNKNOWN)
        if patron.valid_patron_password != "Y":
            return refused(Reason.PIN_WRONG)
        status = patron.patron_status
        if status[_CHARGE_DENIED] == "Y" or status[_CARD_LOST] == "Y":
            return refused(Reason.BLOCKED)
        expires = _day(patron.expiration_date)
        if expires is not None and expires < today:
            return refused(Reason.EXPIRED, until=expires.isoformat())
        amount = _amount(patron.fee_amount)
        if self.fines_limit is not None and amount is not None and amount > self.fines_limit:
            currency = patron.currency_type or self.currency
            return refused(Reason.FINES, amount=f"{amount:.2f}", currency=currency)
        born = _day(patron.birth_date) if self.take_statistics else None
        account = Account(
            identifier=identifier,
            category=self.categories.get(patron.patron_type or "", self.default_category),
            profile=self.profiles.get(patron.patron_type or ""),
            display_name=(patron.personal_name or None) if self.take_name else None,
            birth_year=born.year if born else None,
            postcode=(patron.postcode or None) if self.take_statistics else None,
        )
        return Answer(self.name, self.kind, account=account, fields=fields)


def _amount(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None

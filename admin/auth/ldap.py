"""A directory (LDAP, Active Directory) as a sign-in source: identifier and password.

``ldap3``, over LDAPS or StartTLS with the certificate checked (``ca_file``), or plain LDAP
only when ``insecure = true`` says so. Two ways to find the account:

- search then bind: the service account (``bind_dn``/``bind_password``) searches
  ``(&(identifier_attribute=<card>)<user_filter>)`` under ``base_dn``, then the account's DN
  binds with the password typed;
- direct bind: ``user_dn_template`` (``uid={identifier},ou=people,dc=...``) binds, then reads
  its own entry.

The identifier is escaped in the filter (RFC 4515) and in the DN (RFC 4514): ``*)(uid=*``
finds nobody. Groups map to a category and profile (``groups``: a list of ``{group, category,
profile}``, the first the account is a member of wins; ``nested_groups``: "ad" asks Active
Directory's LDAP_MATCHING_RULE_IN_CHAIN, "recursive" walks ``member`` upwards, for OpenLDAP).
Disabled accounts: Active Directory's userAccountControl bit 2 and accountExpires
(``active_directory = true``), or a ``disabled_filter`` the account's entry must not match
(OpenLDAP: ``(pwdAccountLockedTime=*)``).
"""

from __future__ import annotations

import logging
import math
import socket
import ssl
import warnings
from datetime import UTC, datetime, timedelta
from typing import Any

from admin.auth.kinds import Account, Answer, AuthConfigError, Reason, Settings
from admin.core.timeutil import Clock, utc_now

# ldap3 2.9.1 (its last release) reads pyasn1 names that pyasn1 0.6 warns are deprecated
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "tagMap|typeMap", DeprecationWarning)
    from ldap3 import BASE, SUBTREE, Connection, Server, Tls
    from ldap3.core import tls as _ldap3_tls
    from ldap3.core.exceptions import LDAPBindError, LDAPException, LDAPInvalidCredentialsResult
    from ldap3.utils import tls_backport as _ldap3_backport
    from ldap3.utils.conv import escape_filter_chars
    from ldap3.utils.dn import escape_rdn

# ldap3 checks the certificate's name itself, with ssl.match_hostname: deprecated in Python
# 3.7, gone in 3.12, where ldap3 uses its own copy; that copy on every Python, the same check
_ldap3_tls.match_hostname = _ldap3_backport.match_hostname
_ldap3_tls.CertificateError = _ldap3_backport.CertificateError
_ldap3_check_hostname = _ldap3_tls.check_hostname


def _check_hostname(sock: ssl.SSLSocket, server_name: str, additional_names: Any) -> None:
    """ldap3's name check, closing the socket it would drop open when the name is wrong."""
    try:
        _ldap3_check_hostname(sock, server_name, additional_names)
    except BaseException:
        sock.close()
        raise


_ldap3_tls.check_hostname = _check_hostname

log = logging.getLogger("epn.server.auth.ldap")

AD_DISABLED = 0x2  # userAccountControl ACCOUNTDISABLE
AD_IN_CHAIN = "1.2.840.113556.1.4.1941"  # LDAP_MATCHING_RULE_IN_CHAIN
_AD_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_AD_NEVER = (0, 0x7FFFFFFFFFFFFFFF)
NESTED = ("none", "ad", "recursive")
MAX_DEPTH = 8


class LdapSource:
    kind = "ldap"

    def __init__(
        self,
        name: str,
        *,
        url: str,
        base_dn: str,
        identifier_attribute: str = "uid",
        name_attribute: str | None = "displayName",
        user_filter: str = "(objectClass=*)",
        bind_dn: str | None = None,
        bind_password: str | None = None,
        user_dn_template: str | None = None,
        start_tls: bool = False,
        ca_file: str | None = None,
        insecure: bool = False,
        timeout: float = 5.0,
        groups: list[dict[str, str]] | None = None,
        nested_groups: str = "none",
        default_category: str | None = None,
        active_directory: bool = False,
        disabled_filter: str | None = None,
        take_name: bool = False,
        clock: Clock = utc_now,
    ) -> None:
        self.name = name
        secure = url.startswith("ldaps://") or start_tls
        if not secure and not insecure:
            raise AuthConfigError(
                f"[auth.sources.{name}] url: ldaps:// or start_tls = true (or insecure = true)"
            )
        if not bind_dn and not user_dn_template:
            raise AuthConfigError(f"[auth.sources.{name}]: bind_dn or user_dn_template required")
        if nested_groups not in NESTED:
            raise AuthConfigError(f"[auth.sources.{name}] nested_groups: one of {NESTED}")
        tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=ca_file) if secure else None
        self._server = Server(url, tls=tls, connect_timeout=timeout, get_info="NO_INFO")
        self.url, self.start_tls, self.timeout = url, start_tls, timeout
        self.base_dn = base_dn
        self.identifier_attribute = identifier_attribute
        self.name_attribute = name_attribute
        self.user_filter = user_filter
        self._service = (bind_dn, bind_password or "")
        self.user_dn_template = user_dn_template
        self.groups = groups or []
        self.nested_groups = nested_groups
        self.default_category = default_category
        self.active_directory = active_directory
        self.disabled_filter = disabled_filter
        self.take_name = take_name
        self._clock = clock

    @classmethod
    def from_settings(cls, s: Settings) -> LdapSource:
        groups = s.rules("groups")
        for rule in groups:
            if not rule.get("group") or not rule.get("category"):
                raise AuthConfigError(f"{s.where} groups: each needs group and category")
        return cls(
            s.name,
            url=s.required("url"),
            base_dn=s.required("base_dn"),
            identifier_attribute=s.text("identifier_attribute", "uid") or "uid",
            name_attribute=s.text("name_attribute", "displayName"),
            user_filter=s.text("user_filter", "(objectClass=*)") or "(objectClass=*)",
            bind_dn=s.text("bind_dn"),
            bind_password=s.text("bind_password"),
            user_dn_template=s.text("user_dn_template"),
            start_tls=s.flag("start_tls"),
            ca_file=s.text("ca_file"),
            insecure=s.flag("insecure"),
            timeout=s.number("timeout_seconds", 5.0),
            groups=groups,
            nested_groups=s.text("nested_groups", "none") or "none",
            default_category=s.text("default_category"),
            active_directory=s.flag("active_directory"),
            disabled_filter=s.text("disabled_filter"),
            take_name=s.flag("take_name"),
        )

    def close(self) -> None:
        """Connections are opened per sign-in: nothing kept."""

    def _connection(self, user: str | None, password: str) -> Connection:
        connection = Connection(
            self._server,
            user=user,
            password=password,
            receive_timeout=max(1, math.ceil(self.timeout)),  # whole seconds (SO_RCVTIMEO)
            raise_exceptions=True,
            auto_referrals=False,
        )
        try:
            connection.open()
            # Requests go out at once: held by Nagle until the server's delayed ACK, each small
            # TLS record of a bind or a search cost ~40 ms (100 ms of a 103 ms LDAPS sign-in)
            connection.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self.start_tls:
                connection.start_tls()
            connection.bind()
        except BaseException:
            leftover = connection.socket  # ldap3 keeps the socket of a connect that failed
            connection.unbind()
            if leftover is not None:
                leftover.close()
            raise
        return connection

    def check(self, identifier: str, pin: str) -> Answer:
        if not pin:  # an empty password is an anonymous bind in LDAP: never sent
            return Answer(self.name, self.kind, reason=Reason.PIN_WRONG, fields={"asked": False})
        try:
            return self._check(identifier, pin)
        except (LDAPException, OSError) as exc:
            log.warning("LDAP source %s (%s): %s", self.name, self.url, type(exc).__name__)
            return Answer(
                self.name,
                self.kind,
                reason=Reason.UNREACHABLE,
                fields={"error": f"{type(exc).__name__}: {exc}"},
            )

    def _attributes(self) -> list[str]:
        wanted = [self.identifier_attribute, "memberOf"]
        if self.name_attribute:
            wanted.append(self.name_attribute)
        if self.active_directory:
            wanted += ["userAccountControl", "accountExpires"]
        return wanted

    def _check(self, identifier: str, pin: str) -> Answer:
        fields: dict[str, Any] = {}
        wanted = self._attributes()
        if self._service[0]:  # search then bind
            service = self._connection(*self._service)
            try:
                query = f"(&({self.identifier_attribute}={escape_filter_chars(identifier)})"
                service.search(
                    self.base_dn,
                    query + self.user_filter + ")",
                    SUBTREE,
                    attributes=wanted,
                    size_limit=2,
                )
                found = list(service.entries)
                if len(found) != 1:
                    return Answer(
                        self.name, self.kind, reason=Reason.UNKNOWN, fields={"found": len(found)}
                    )
                dn = found[0].entry_dn
                try:
                    self._connection(dn, pin).unbind()
                except (LDAPBindError, LDAPInvalidCredentialsResult):
                    return Answer(self.name, self.kind, reason=Reason.PIN_WRONG, fields={"dn": dn})
                return self._account(service, dn, found[0].entry_attributes_as_dict, fields)
            finally:
                service.unbind()
        assert self.user_dn_template is not None
        dn = self.user_dn_template.format(identifier=escape_rdn(identifier))
        try:
            own = self._connection(dn, pin)
        except (LDAPBindError, LDAPInvalidCredentialsResult):
            # a directory answers an unknown DN and a wrong password alike
            return Answer(self.name, self.kind, reason=Reason.PIN_WRONG, fields={"dn": dn})
        try:
            own.search(dn, "(objectClass=*)", BASE, attributes=wanted)
            if not own.entries:
                return Answer(self.name, self.kind, reason=Reason.UNKNOWN, fields={"dn": dn})
            return self._account(own, dn, own.entries[0].entry_attributes_as_dict, fields)
        finally:
            own.unbind()

    def _account(
        self, connection: Connection, dn: str, attrs: dict[str, list[Any]], fields: dict[str, Any]
    ) -> Answer:
        fields.update({"dn": dn, **{k: [str(v) for v in vs] for k, vs in attrs.items()}})

        def first(name: str) -> Any:
            values = attrs.get(name) or []
            return values[0] if values else None

        if self._disabled(connection, dn, first):
            return Answer(self.name, self.kind, reason=Reason.BLOCKED, fields=fields)
        groups = self._groups(connection, dn, [str(g) for g in attrs.get("memberOf") or []])
        fields["groups"] = sorted(groups)
        rule = next((r for r in self.groups if r["group"].lower() in groups), None)
        if rule is None and self.default_category is None:
            return Answer(self.name, self.kind, reason=Reason.UNKNOWN, fields=fields)
        identifier = str(first(self.identifier_attribute) or "")
        name = first(self.name_attribute) if self.name_attribute and self.take_name else None
        account = Account(
            identifier=identifier,
            category=rule["category"] if rule else str(self.default_category),
            profile=rule.get("profile") if rule else None,
            display_name=str(name) if name else None,
        )
        return Answer(self.name, self.kind, account=account, fields=fields)

    def _disabled(self, connection: Connection, dn: str, first: Any) -> bool:
        if self.active_directory:
            control = first("userAccountControl")
            if control is not None and int(control) & AD_DISABLED:
                return True
            expires = first("accountExpires")
            if isinstance(expires, datetime):
                return expires.year > 1601 and expires < self._clock()
            if expires is not None and int(expires) not in _AD_NEVER:
                when = _AD_EPOCH + timedelta(microseconds=int(expires) // 10)
                return when < self._clock()
        if self.disabled_filter:
            connection.search(dn, self.disabled_filter, BASE, attributes=["1.1"])
            return bool(connection.entries)
        return False

    def _groups(self, connection: Connection, dn: str, direct: list[str]) -> set[str]:
        """The DNs (lower case) of the account's groups, nested ones as configured."""
        found = {g.lower() for g in direct}
        if self.nested_groups == "ad":
            connection.search(
                self.base_dn,
                f"(member:{AD_IN_CHAIN}:={escape_filter_chars(dn)})",
                SUBTREE,
                attributes=["1.1"],
            )
            found |= {e.entry_dn.lower() for e in connection.entries}
        elif self.nested_groups == "recursive":
            frontier = [dn, *direct]
            for _ in range(MAX_DEPTH):
                if not frontier:
                    break
                members = "".join(f"(member={escape_filter_chars(d)})" for d in frontier)
                connection.search(self.base_dn, f"(|{members})", SUBTREE, attributes=["1.1"])
                new = {e.entry_dn.lower() for e in connection.entries} - found
                found |= new
                frontier = sorted(new)
        return found

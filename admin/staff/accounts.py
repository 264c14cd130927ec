"""Staff accounts: list them, change one's own password, reset another's.

A password change keeps the login token it was made with and revokes the member's other
tokens (a lost laptop stays logged out); a reset by an admin or the CLI revokes them all and
lifts the account's login limits at every address. Both are audited without any secret: only how many tokens went.
"""

from __future__ import annotations

import json
import logging

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.security import hash_secret, token_digest, verify_secret
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.lockouts.limits import Lockout, staff_address, staff_login
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MIN_PASSWORD_LENGTH
from kiosk.protocol.staff import PasswordChanged, StaffAccount

log = logging.getLogger("epn.server.staff")


def _check_length(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Refused(
            ErrorCode.INVALID_REQUEST,
            f"password must have at least {MIN_PASSWORD_LENGTH} characters",
            {"min_length": MIN_PASSWORD_LENGTH},
        )


class StaffAccounts:
    def __init__(
        self, store: Store, clock: Clock = utc_now, lockout: Lockout | None = None
    ) -> None:
        self._store = store
        self._clock = clock
        self._lockout = lockout or Lockout(store, clock)

    def all(self) -> list[StaffAccount]:
        rows = self._store.read(
            lambda db: list(
                db.query(
                    "SELECT s.username, s.role, s.created_at,"
                    " (SELECT json_group_array(si.name) FROM staff_sites ss"
                    "  JOIN sites si ON si.id = ss.site_id WHERE ss.staff_id = s.id) AS sites"
                    " FROM staff s ORDER BY s.username"
                )
            )
        )
        return [
            StaffAccount(
                username=row["username"],
                role=row["role"],
                sites=sorted(json.loads(row["sites"] or "[]")),
                created_at=row["created_at"],
            )
            for row in rows
        ]

    def change_own(
        self,
        member: StaffMember,
        old_password: str,
        new_password: str,
        keep_token: str,
        address: str | None = None,
    ) -> PasswordChanged:
        """Change the member's password; a wrong ``old_password`` counts like a failed login
        from ``address`` (a stolen token is no way around the login's limits)."""
        account, everyone = staff_login(member.username, address), staff_address(address)
        self._lockout.check(account, everyone)
        stored = self._store.read(
            lambda db: next(db.query("SELECT password_hash FROM staff WHERE id = ?", [member.id]))
        )
        if not verify_secret(stored["password_hash"], old_password):
            self._lockout.failed(account, everyone)
            raise Refused(ErrorCode.WRONG_PASSWORD, "the current password is wrong")
        _check_length(new_password)
        revoked = self._set(
            member.username,
            new_password,
            actor_id=member.id,
            action="staff.password_change",
            keep_digest=token_digest(keep_token),
        )
        self._lockout.succeeded(account)
        return PasswordChanged(username=member.username, tokens_revoked=revoked)

    def reset(self, actor: StaffMember | None, username: str, new_password: str) -> PasswordChanged:
        """Set another member's password (``actor`` None: the admin CLI on the server)."""
        if actor is not None and actor.role != "admin":
            raise Refused(ErrorCode.FORBIDDEN, "only an admin can reset a password")
        _check_length(new_password)
        revoked = self._set(
            username,
            new_password,
            actor_id=None if actor is None else actor.id,
            action="staff.password_reset",
            keep_digest=None,
        )
        self._lockout.clear_account(username)
        return PasswordChanged(username=username, tokens_revoked=revoked)

    def _set(
        self,
        username: str,
        password: str,
        *,
        actor_id: int | None,
        action: str,
        keep_digest: str | None,
    ) -> int:
        password_hash = hash_secret(password)  # outside the store lock: argon2 is slow
        now = to_iso(self._clock())

        def write(db: Database) -> int:
            row = next(db.query("SELECT id FROM staff WHERE username = ?", [username]), None)
            if row is None:
                raise Refused(ErrorCode.NOT_FOUND, f"no staff account {username!r}")
            db.execute(
                "UPDATE staff SET password_hash = ? WHERE id = ?", [password_hash, row["id"]]
            )
            revoked = db.execute(
                "DELETE FROM staff_tokens WHERE staff_id = ? AND token_hash IS NOT ?",
                [row["id"], keep_digest],
            ).rowcount
            audit.record(
                db,
                at=now,
                staff_id=actor_id,
                action=action,
                target=f"staff:{username}",
                after={"tokens_revoked": revoked},
            )
            return int(revoked)

        revoked = self._store.write(write)
        log.info("password of staff %r changed (%s), %d tokens revoked", username, action, revoked)
        return revoked

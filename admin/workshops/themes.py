"""The workshop themes (the city's list, names in French, Dutch and English), inside a
transaction: :class:`admin.workshops.service.WorkshopService` opens it."""

from __future__ import annotations

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.workshops import records
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.workshops import Theme, ThemeList, Titles


def listing(db: Database) -> ThemeList:
    return ThemeList(
        themes=[records.theme(r) for r in db.query("SELECT * FROM workshop_themes ORDER BY code")]
    )


def exists(db: Database, code: str) -> None:
    if next(db.query("SELECT 1 FROM workshop_themes WHERE code = ?", [code]), None) is None:
        raise Refused(ErrorCode.THEME_UNKNOWN, f"no theme {code!r}", {"theme": code})


def admin_only(member: StaffMember | None) -> None:
    if member is not None and member.role != "admin":
        raise Refused(
            ErrorCode.FORBIDDEN, "the themes are the city's: an administrator changes them"
        )


def put(db: Database, member: StaffMember | None, code: str, labels: Titles, at: str) -> Theme:
    """Add a theme or rename one (admins: the list is the city's; audited)."""
    admin_only(member)
    checked = Theme(code=code, labels=labels)

    before = next(db.query("SELECT * FROM workshop_themes WHERE code = ?", [code]), None)
    values = [getattr(checked.labels, lang) for lang in records.LANGUAGES]
    db.execute(
        "INSERT INTO workshop_themes (code, label_fr, label_nl, label_en)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET label_fr = excluded.label_fr,"
        " label_nl = excluded.label_nl, label_en = excluded.label_en",
        [code, *values],
    )
    audit.record(
        db,
        at=at,
        staff_id=member.id if member else None,
        action="workshop.theme",
        target=f"theme:{code}",
        before=None if before is None else records.theme(before).model_dump(),
        after=checked.model_dump(),
    )
    return checked


def remove(db: Database, member: StaffMember | None, code: str, at: str) -> Theme:
    """Remove a theme no workshop has (THEME_IN_USE otherwise)."""
    admin_only(member)

    row = next(db.query("SELECT * FROM workshop_themes WHERE code = ?", [code]), None)
    if row is None:
        raise Refused(ErrorCode.NOT_FOUND, f"no theme {code!r}", {"theme": code})
    used = next(db.query("SELECT COUNT(*) AS n FROM workshops WHERE theme = ?", [code]))
    if used["n"]:
        raise Refused(
            ErrorCode.THEME_IN_USE,
            f"{used['n']} workshops have the theme {code!r}",
            {"theme": code, "workshops": int(used["n"])},
        )
    db.execute("DELETE FROM workshop_themes WHERE code = ?", [code])
    removed = records.theme(row)
    audit.record(
        db,
        at=at,
        staff_id=member.id if member else None,
        action="workshop.theme_remove",
        target=f"theme:{code}",
        before=removed.model_dump(),
    )
    return removed

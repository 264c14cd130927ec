"""A site's public page settings: read, change (audited), the logo; one check for every entry.

The settings live in ``site_public`` (m031); a site without a row has the defaults of
:class:`~kiosk.protocol.sites.SitePublic` (on, the city's colour, animateurs' names hidden).
Every entry point (the staff API, ``epn site public``) goes through
:meth:`PublicSettings.update`, which checks the whole settings as the API checks a body, then
what no schema says:

    COLOUR_CONTRAST  white text on the colour below WCAG AA (4.5:1)
    LOGO_INVALID     a logo that is not PNG, JPEG or SVG (``reason`` "type"), an SVG carrying a
                     script (``reason`` "script"), or larger than MAX_LOGO_BYTES ("size")
    FORBIDDEN / NOT_FOUND  not one of the member's sites / no such site (site_row)
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.public.snapshot import LANGUAGES, invalidate_all, logo_path
from admin.sites.settings import audited_change, revalidated, site_row
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MAX_LOGO_BYTES, MIN_COLOUR_CONTRAST
from kiosk.protocol.sites import RegisterTexts, SitePublic

log = logging.getLogger("epn.server.public")

#: The logo types accepted, by the bytes they start with (SVG: checked as text).
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
SVG_TYPE = "image/svg+xml"
#: What an SVG must not carry: a script, an event handler, a javascript: link, a foreign object.
_SVG_ACTIVE = re.compile(rb"<\s*script|\son[a-z]+\s*=|javascript:|<\s*foreignObject", re.I)
_FIELDS = ("address", "postcode", "commune", "phone", "email", "website", "colour")


@dataclass(frozen=True)
class Logo:
    content_type: str
    data: bytes
    digest: str


# --- rules (pure) ---------------------------------------------------------------------------


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def contrast_with_white(colour: str) -> float:
    """WCAG 2.1's contrast ratio of white text on ``colour`` ("#RRGGBB")."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)
    return 1.05 / (luminance + 0.05)


def check_colour(colour: str | None) -> None:
    if colour is None:
        return
    ratio = contrast_with_white(colour)
    if ratio < MIN_COLOUR_CONTRAST:
        raise Refused(
            ErrorCode.COLOUR_CONTRAST,
            f"white text on {colour} has a contrast of {ratio:.2f}:1, below"
            f" {MIN_COLOUR_CONTRAST}:1 (WCAG AA): choose a darker colour",
            {"colour": colour, "ratio": round(ratio, 2), "minimum": MIN_COLOUR_CONTRAST},
        )


def logo_type(data: bytes) -> str:
    """The logo's media type from its bytes, or LOGO_INVALID."""

    def invalid(reason: str, message: str) -> Refused:
        return Refused(
            ErrorCode.LOGO_INVALID, message, {"reason": reason, "max_bytes": MAX_LOGO_BYTES}
        )

    if len(data) > MAX_LOGO_BYTES:
        raise invalid("size", f"a logo is at most {MAX_LOGO_BYTES} bytes (got {len(data)})")
    if data.startswith(PNG_MAGIC):
        return "image/png"
    if data.startswith(JPEG_MAGIC):
        return "image/jpeg"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if (head.startswith((b"<?xml", b"<svg", b"<!--"))) and b"<svg" in data:
        if _SVG_ACTIVE.search(data):
            raise invalid("script", "an SVG logo may not carry scripts or event handlers")
        return SVG_TYPE
    raise invalid("type", "a logo is a PNG, JPEG or SVG image")


def checked(make: Callable[[], SitePublic]) -> SitePublic:
    """What ``make`` builds, checked as the API checks a body, and its colour's contrast."""
    settings = revalidated(SitePublic, make)
    check_colour(settings.colour)
    return settings


# --- the table --------------------------------------------------------------------------------


def load(db: Database, site_id: int) -> SitePublic:
    row = next(
        db.query(
            "SELECT enabled, address, postcode, commune, phone, email, website, register_fr,"
            " register_nl, register_en, colour, show_animateurs, logo_digest"
            " FROM site_public WHERE site_id = ?",
            [site_id],
        ),
        None,
    )
    if row is None:
        return SitePublic()
    return SitePublic(
        enabled=bool(row["enabled"]),
        **{name: row[name] for name in _FIELDS},
        how_to_register=RegisterTexts(**{lang: row[f"register_{lang}"] for lang in LANGUAGES}),
        show_animateurs=bool(row["show_animateurs"]),
        logo=logo_path(site_id, row["logo_digest"]) if row["logo_digest"] else None,
    )


def _ensure_row(db: Database, site_id: int) -> None:
    db.execute("INSERT OR IGNORE INTO site_public (site_id) VALUES (?)", [site_id])


def _write(db: Database, site_id: int, settings: SitePublic) -> None:
    _ensure_row(db, site_id)
    register = settings.how_to_register
    db.execute(
        "UPDATE site_public SET enabled = ?, address = ?, postcode = ?, commune = ?, phone = ?,"
        " email = ?, website = ?, colour = ?, register_fr = ?, register_nl = ?,"
        " register_en = ?, show_animateurs = ? WHERE site_id = ?",
        [
            int(settings.enabled),
            *(getattr(settings, name) for name in _FIELDS),
            *(getattr(register, lang) or None for lang in LANGUAGES),
            int(settings.show_animateurs),
            site_id,
        ],
    )


def _write_logo(db: Database, site_id: int, logo: Logo | None) -> None:
    _ensure_row(db, site_id)
    db.execute(
        "UPDATE site_public SET logo = ?, logo_type = ?, logo_digest = ? WHERE site_id = ?",
        [None, None, None, site_id]
        if logo is None
        else [logo.data, logo.content_type, logo.digest, site_id],
    )


def load_logo(db: Database, site_id: int) -> Logo | None:
    """The site's logo, when its public part is on and it has one."""
    row = next(
        db.query(
            "SELECT logo, logo_type, logo_digest FROM site_public"
            " WHERE site_id = ? AND enabled = 1 AND logo IS NOT NULL",
            [site_id],
        ),
        None,
    )
    if row is None:
        return None
    return Logo(row["logo_type"], bytes(row["logo"]), row["logo_digest"])


class PublicSettings:
    """Scoped to the member's sites as the other site settings (``member`` None: the CLI)."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def get(self, member: StaffMember | None, site: int | str) -> SitePublic:
        return self._store.read(lambda db: load(db, site_row(db, member, site)["id"]))

    def put(self, member: StaffMember | None, site: int | str, new: SitePublic) -> SitePublic:
        """Replace the site's settings (the logo stays: it has its own calls)."""
        return self.update(member, site, lambda _: new)

    def update(
        self,
        member: StaffMember | None,
        site: int | str,
        change: Callable[[SitePublic], SitePublic],
    ) -> SitePublic:
        now = to_iso(self._clock())

        def write(db: Database) -> SitePublic:
            return audited_change(
                db,
                member,
                site_row(db, member, site),
                at=now,
                action="site.public",
                load=load,
                make=lambda before: checked(lambda: change(before.model_copy(deep=True))),
                write=_write,
            )

        result = self._store.write(write)
        invalidate_all()
        log.info("public settings of site %s changed", site)
        return result

    def set_logo(self, member: StaffMember | None, site: int | str, data: bytes) -> SitePublic:
        """Upload the site's logo (PNG, JPEG or SVG, at most MAX_LOGO_BYTES), audited."""
        logo = Logo(logo_type(data), bytes(data), hashlib.sha256(data).hexdigest())
        return self._change_logo(member, site, logo)

    def remove_logo(self, member: StaffMember | None, site: int | str) -> SitePublic:
        return self._change_logo(member, site, None)

    def _change_logo(
        self, member: StaffMember | None, site: int | str, logo: Logo | None
    ) -> SitePublic:
        now = to_iso(self._clock())

        def write(db: Database) -> SitePublic:
            row = site_row(db, member, site)
            return audited_change(
                db,
                member,
                row,
                at=now,
                action="site.public_logo",
                load=load,
                make=lambda before: before,
                write=lambda db, site_id, _: _write_logo(db, site_id, logo),
            )

        result = self._store.write(write)
        invalidate_all()
        return result

    def logo(self, site_id: int) -> Logo | None:
        """The logo the public pages show (None: none, or the site is not public)."""
        return self._store.read(lambda db: load_logo(db, site_id))

"""The workshops of a site as an iCalendar feed (RFC 5545), for a citizen's calendar app.

One ``VEVENT`` per planned date to come (the snapshot's: a cancelled date or workshop is not
in it, so a subscribed calendar drops it at its next refresh), times in UTC (no
``VTIMEZONE`` needed), a ``UID`` stable across feeds (the date's id and the site's), the
``SUMMARY`` in the language asked for (else the first written of fr, nl, en), a
``DESCRIPTION`` with the level, the language and the places left. Text values are escaped
(backslash, ``;``, ``,``, line feeds) and lines folded at 75 octets without cutting a UTF-8
character; lines end in CRLF.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime

from admin.public.views import PublicWorkshop, SiteView

LANGUAGES = ("fr", "nl", "en")
PRODID = "-//EPN Kiosk//Public workshops//EN"
#: The octets of a content line before it is folded (RFC 5545 §3.1).
LINE_OCTETS = 75

_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "level": "Niveau",
        "language": "Langue",
        "left": "Places restantes",
        "beginner": "débutant",
        "intermediate": "intermédiaire",
        "advanced": "avancé",
        "all": "tous niveaux",
        "calendar": "Ateliers",
    },
    "nl": {
        "level": "Niveau",
        "language": "Taal",
        "left": "Vrije plaatsen",
        "beginner": "beginner",
        "intermediate": "gemiddeld",
        "advanced": "gevorderd",
        "all": "alle niveaus",
        "calendar": "Workshops",
    },
    "en": {
        "level": "Level",
        "language": "Language",
        "left": "Places left",
        "beginner": "beginner",
        "intermediate": "intermediate",
        "advanced": "advanced",
        "all": "all levels",
        "calendar": "Workshops",
    },
}


def escape(text: str) -> str:
    """A TEXT value (§3.3.11): backslash, semicolon, comma and line breaks escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> Iterator[str]:
    """One content line as physical lines of at most 75 octets, each next one after a space."""
    data = line.encode()
    limit = LINE_OCTETS
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # not inside a UTF-8 character
            cut -= 1
        yield data[:cut].decode()
        data = b" " + data[cut:]
    yield data.decode()


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def pick(texts: Mapping[str, str], lang: str) -> str:
    """The text in ``lang``, else the first written of fr, nl, en."""
    for choice in (lang, *LANGUAGES):
        if texts.get(choice):
            return texts[choice]
    return ""


def _event(site: SiteView, workshop: PublicWorkshop, lang: str, stamp: str) -> list[str]:
    words = _WORDS[lang]
    lines = [
        f"{words['level']}: {words.get(workshop.level, workshop.level)}",
        f"{words['language']}: {workshop.language}",
        f"{words['left']}: {workshop.places_left} / {workshop.places}",
    ]
    description = pick(workshop.description, lang)
    if description:
        lines.insert(0, description)
    location = ", ".join(
        part
        for part in (
            site.name,
            site.profile.address,
            " ".join(p for p in (site.profile.postcode, site.profile.commune) if p),
        )
        if part
    )
    return [
        "BEGIN:VEVENT",
        f"UID:workshop-date-{workshop.date_id}-site-{site.id}@epn-kiosk",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{utc(workshop.starts)}",
        f"DTEND:{utc(workshop.ends)}",
        f"SUMMARY:{escape(pick(workshop.title, lang))}",
        f"DESCRIPTION:{escape(chr(10).join(lines))}",
        f"LOCATION:{escape(location)}",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]


def calendar(site: SiteView, generated_at: datetime, lang: str) -> bytes:
    """The site's workshop dates as a VCALENDAR, in ``lang`` (fr, nl or en)."""
    stamp = utc(generated_at)
    name = f"{site.name} — {_WORDS[lang]['calendar']}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
        f"X-WR-TIMEZONE:{site.timezone}",
    ]
    for workshop in site.workshops:
        lines += _event(site, workshop, lang, stamp)
    lines.append("END:VCALENDAR")
    return "".join(f"{part}\r\n" for line in lines for part in fold(line)).encode()

"""A site's ready-made staff messages: read, replace, add, change, remove; every change audited.

Staff pick one in the room instead of retyping it; the console sends its texts in every
language it has, and the station shows the visitor's. Every entry point (API, CLI) goes
through :meth:`ReadyMessageService.update`, which checks the whole list as the API checks a
body, then what no schema says: each message has a text in the site's language
(``MESSAGE_LANGUAGE_MISSING``).

Errors (all :class:`admin.core.errors.Refused`)::

    INVALID_REQUEST           a text too long or empty, too many messages, no such message
    MESSAGE_LANGUAGE_MISSING  a message without a text in the site's language
    FORBIDDEN / NOT_FOUND     not one of the member's sites / no such site (site_row)
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlite_utils import Database

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.sites.settings import audited_change, revalidated, site_row
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.sites import ReadyMessage, SiteReadyMessages

log = logging.getLogger("epn.server.sites")

LANGUAGES = ("fr", "nl", "en")


def load(db: Database, site_id: int) -> SiteReadyMessages:
    site = next(db.query("SELECT language FROM sites WHERE id = ?", [site_id]))
    rows = db.query(
        "SELECT id, fr, nl, en FROM site_ready_messages WHERE site_id = ? ORDER BY position, id",
        [site_id],
    )
    return SiteReadyMessages(
        language=site["language"],
        messages=[
            ReadyMessage(
                id=row["id"],
                texts={lang: row[lang] for lang in LANGUAGES if row[lang]},  # type: ignore[misc]
            )
            for row in rows
        ],
    )


def checked(make: Callable[[], SiteReadyMessages]) -> SiteReadyMessages:
    """What ``make`` builds, checked as the API checks a body, and each message in the site's
    language; texts stripped of the spaces at their edges."""
    messages = revalidated(SiteReadyMessages, make)
    for index, message in enumerate(messages.messages):
        message.texts = {lang: text.strip() for lang, text in message.texts.items()}
        for lang, text in message.texts.items():
            if not text:  # what the schema's pattern says: a text has more than spaces
                where = f"messages.{index}.texts.{lang}"
                raise Refused(ErrorCode.INVALID_REQUEST, f"{where}: empty", {"field": where})
        if not message.texts.get(messages.language):
            raise Refused(
                ErrorCode.MESSAGE_LANGUAGE_MISSING,
                f"message {index + 1} has no text in the site's language ({messages.language})",
                {"message": index, "language": messages.language},
            )
    return messages


def _write(db: Database, site_id: int, messages: SiteReadyMessages) -> None:
    db.execute("UPDATE sites SET language = ? WHERE id = ?", [messages.language, site_id])
    db.execute("DELETE FROM site_ready_messages WHERE site_id = ?", [site_id])
    for position, message in enumerate(messages.messages):
        db.execute(
            "INSERT INTO site_ready_messages (id, site_id, position, fr, nl, en)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                message.id,
                site_id,
                position,
                *(message.texts.get(lang) or None for lang in LANGUAGES),  # type: ignore[call-overload]
            ],
        )


class ReadyMessageService:
    """Scoped to the member's sites as the other site settings (``member`` None: the CLI)."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def get(self, member: StaffMember | None, site: int | str) -> SiteReadyMessages:
        return self._store.read(lambda db: load(db, site_row(db, member, site)["id"]))

    def put(
        self, member: StaffMember | None, site: int | str, new: SiteReadyMessages
    ) -> SiteReadyMessages:
        """Replace the site's whole list (ids kept where given and the site's own)."""
        return self.update(member, site, lambda _: new)

    def add(self, site: str, texts: dict[str, str]) -> SiteReadyMessages:
        def change(current: SiteReadyMessages) -> SiteReadyMessages:
            return current.model_construct(
                language=current.language,
                messages=[*current.messages, ReadyMessage.model_construct(id=None, texts=texts)],
            )

        return self.update(None, site, change)

    def edit(self, site: str, message_id: int, texts: dict[str, str]) -> SiteReadyMessages:
        """Change the given languages of one message (an empty text removes that language)."""

        def change(current: SiteReadyMessages) -> SiteReadyMessages:
            message = _find(current, message_id)
            merged: dict[str, str] = {str(lang): text for lang, text in message.texts.items()}
            merged.update(texts)
            kept = {lang: text for lang, text in merged.items() if text.strip()}
            message.texts = kept  # type: ignore[assignment]
            return current

        return self.update(None, site, change)

    def remove(self, site: str, message_id: int) -> SiteReadyMessages:
        def change(current: SiteReadyMessages) -> SiteReadyMessages:
            _find(current, message_id)
            current.messages = [m for m in current.messages if m.id != message_id]
            return current

        return self.update(None, site, change)

    def set_language(self, site: str, language: str) -> SiteReadyMessages:
        def change(current: SiteReadyMessages) -> SiteReadyMessages:
            return current.model_construct(language=language, messages=current.messages)

        return self.update(None, site, change)

    def update(
        self,
        member: StaffMember | None,
        site: int | str,
        change: Callable[[SiteReadyMessages], SiteReadyMessages],
    ) -> SiteReadyMessages:
        now = to_iso(self._clock())

        def make(before: SiteReadyMessages) -> SiteReadyMessages:
            new = checked(lambda: change(before.model_copy(deep=True)))
            own = {m.id for m in before.messages}
            for message in new.messages:
                # another site's id, a made-up one or one given twice: a new message
                if message.id not in own:
                    message.id = None
                own.discard(message.id)
            return new

        def write(db: Database) -> SiteReadyMessages:
            return audited_change(
                db,
                member,
                site_row(db, member, site),
                at=now,
                action="site.ready_messages",
                load=load,
                make=make,
                write=_write,
            )

        result = self._store.write(write)
        log.info("ready-made messages of site %s changed", site)
        return result


def _find(messages: SiteReadyMessages, message_id: int) -> ReadyMessage:
    for message in messages.messages:
        if message.id == message_id:
            return message
    raise Refused(
        ErrorCode.INVALID_REQUEST, f"no ready-made message {message_id}", {"id": message_id}
    )

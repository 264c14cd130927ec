"""PrivacyService: retention as staff see it, and a visitor's export and erasure (audited)."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from admin.core import audit
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.core.wording import check_language
from admin.db.store import Store
from admin.privacy.retention import RetentionJob
from admin.privacy.rights import collect, erase_in, visitor_row
from admin.privacy.settings import Retention
from kiosk.protocol.privacy import Erasure, RetentionView, VisitorData


class PrivacyService:
    def __init__(
        self, store: Store, clock: Clock = utc_now, retention: Retention | None = None
    ) -> None:
        self._store = store
        self._clock = clock
        self.retention = RetentionJob(store, retention or Retention(), clock)

    def job(self, settings: Retention) -> RetentionJob:
        """The retention job with other periods (the CLI's, from the server config)."""
        return RetentionJob(self._store, settings, self._clock)

    def view(self) -> RetentionView:
        """The periods in force and the accounts to be deleted within a month."""
        return RetentionView(
            settings=self.retention.settings.view(), upcoming=self.retention.upcoming()
        )

    def export(self, identifier: str, staff_id: int | None) -> VisitorData:
        """Everything held about the visitor (NOT_FOUND); the export is audited."""
        now = self._clock()

        def write(db: Database) -> VisitorData:
            data = collect(db, identifier, now)
            audit.record(
                db,
                at=to_iso(now),
                staff_id=staff_id,
                action="visitor.export",
                target=f"visitor:{data.visitor['id']}",
            )
            return data

        return self._store.write(write)

    def export_pdf(
        self, identifier: str, language: str, staff_id: int | None, font_dir: Path | None = None
    ) -> bytes:
        """The export as a readable PDF in the reader's language (fr, nl, en)."""
        from admin.privacy import documents  # fpdf2 loads when a PDF is drawn

        check_language(language)
        return documents.visitor_data(self.export(identifier, staff_id), language, font_dir)

    def erase(self, identifier: str, staff_id: int | None) -> Erasure:
        """Erase the visitor now (NOT_FOUND, VISITOR_IN_SESSION); their usage still counts."""
        now = self._clock()
        return self._store.write(
            lambda db: erase_in(db, int(visitor_row(db, identifier)["id"]), now, staff_id=staff_id)
        )

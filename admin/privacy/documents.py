"""The export of a visitor's data as a readable PDF (fr, nl, en): what the JSON holds, table by
table, with a sentence saying what each table is and why it is kept.

Pure: a :class:`~kiosk.protocol.privacy.VisitorData` in, PDF bytes out. Drawn like the
workshops' documents (fpdf2, DejaVu Sans from the system: :mod:`admin.core.pdf`, whose font
lookup and FontMissing it reuses); loaded only when a PDF is drawn. Times are written as
stored (UTC, ISO 8601).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fpdf import FPDF

from admin.core.pdf import FAMILY, PDF_LANG, find_fonts
from admin.core.wording import LANGUAGES, check_language

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Vos données chez EPN Kiosk",
        "intro": "Voici tout ce que le service garde à votre sujet le {0} (heures en UTC). "
        "Les sessions plus anciennes que la durée de conservation ne portent plus votre nom : elles sont comptées "
        "pour les statistiques sous une clé au hasard. Pour faire corriger ou effacer ces "
        "données, adressez-vous à l'accueil ou au délégué à la protection des données.",
        "profile": "Profil",
        "rows": "{0} ligne(s)",
        "page": "Page {0} / {1}",
        "none": "(rien)",
    },
    "nl": {
        "title": "Uw gegevens bij EPN Kiosk",
        "intro": "Dit is alles wat de dienst op {0} over u bewaart (tijden in UTC). Sessies "
        "ouder dan de bewaartermijn dragen uw naam niet meer: ze worden voor de statistieken "
        "onder een willekeurige sleutel geteld. Om deze gegevens te laten verbeteren of "
        "wissen, wendt u zich tot het onthaal of de functionaris voor gegevensbescherming.",
        "profile": "Profiel",
        "rows": "{0} rij(en)",
        "page": "Pagina {0} / {1}",
        "none": "(niets)",
    },
    "en": {
        "title": "Your data at EPN Kiosk",
        "intro": "This is everything the service holds about you on {0} (times in UTC). "
        "Sessions older than the retention period no longer carry your name: they are counted for "
        "the statistics under a random key. To have this data corrected or erased, ask "
        "at the desk or the data protection officer.",
        "profile": "Profile",
        "rows": "{0} row(s)",
        "page": "Page {0} / {1}",
        "none": "(nothing)",
    },
}

#: What each table is, in the reader's words (a table not listed is shown by its name).
TABLES: dict[str, tuple[str, str, str]] = {
    "sessions": ("Sessions sur les PC", "Sessies op de pc's", "Sessions on the PCs"),
    "session_apps": ("Applications utilisées", "Gebruikte toepassingen", "Applications used"),
    "visitor_usage": ("Temps utilisé par jour", "Gebruikte tijd per dag", "Time used per day"),
    "charter_acceptances": ("Règlement accepté", "Reglement aanvaard", "Rules accepted"),
    "visitor_profiles": ("Profils d'applications", "Toepassingsprofielen", "App profiles"),
    "visitor_preferences": ("Préférences", "Voorkeuren", "Preferences"),
    "visitor_keys": ("Clé de pseudonymisation", "Pseudonimiseringssleutel", "Pseudonym key"),
    "queue_tickets": ("File d'attente", "Wachtrij", "Queue tickets"),
    "station_holds": ("Réservations de PC", "Pc-reservaties", "PC bookings"),
    "hold_visitors": ("Réservations de groupe", "Groepsreservaties", "Group bookings"),
    "workshop_registrations": ("Inscriptions aux ateliers", "Inschrijvingen", "Workshops"),
    "workshops": ("Ateliers animés", "Begeleide workshops", "Workshops led"),
    "tickets": ("Tickets invités", "Gasttickets", "Guest tickets"),
    "commands": ("Ouvertures à l'accueil", "Aanmeldingen aan het onthaal", "Desk sign-ins"),
    "events": ("Événements des PC", "Pc-gebeurtenissen", "PC events"),
    "lockouts": ("Limites de connexion", "Aanmeldlimieten", "Sign-in limits"),
    "audit": ("Journal des actions", "Actielogboek", "Audit log"),
}


class _Document(FPDF):
    def __init__(self, language: str, font_dir: Path | None) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.language = language
        for style, path in find_fonts(font_dir).items():
            self.add_font(FAMILY, style, path)
        self.set_margins(18, 15, 18)
        self.set_auto_page_break(True, margin=18)
        self.set_title(TEXTS[language]["title"])
        self.set_lang(PDF_LANG[language])
        self.set_creator("EPN Kiosk")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 8)
        self.cell(0, 5, TEXTS[self.language]["page"].format(self.page_no(), "{nb}"), align="R")

    def text_block(self, text: str, size: float = 9, style: str = "") -> None:
        self.set_font(FAMILY, style, size)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")

    def close_fonts(self) -> None:
        for font in self.fonts.values():
            close = getattr(font, "close", None)
            if close is not None:
                close()


def _value(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 300 else text[:300] + "…"


def visitor_data(data: Any, language: str, font_dir: Path | None = None) -> bytes:
    """The PDF of a :class:`VisitorData`: the profile, then each table's rows as lines."""
    check_language(language)
    texts = TEXTS[language]
    index = LANGUAGES.index(language)
    pdf = _Document(language, font_dir)
    try:
        pdf.add_page()
        pdf.text_block(texts["title"], 16, "B")
        pdf.ln(2)
        pdf.text_block(texts["intro"].format(data.generated_at), 9)
        pdf.ln(3)
        pdf.text_block(texts["profile"], 12, "B")
        for key, value in data.visitor.items():
            pdf.text_block(f"{key}: {_value(value)}")
        for table, rows in data.tables.items():
            pdf.ln(3)
            title = TABLES[table][index] if table in TABLES else table
            pdf.text_block(f"{title} – {texts['rows'].format(len(rows))}", 12, "B")
            for row in rows:
                line = "; ".join(f"{k}: {_value(v)}" for k, v in row.items() if v is not None)
                pdf.text_block("• " + (line or texts["none"]), 8)
        return bytes(pdf.output())
    finally:
        pdf.close_fonts()

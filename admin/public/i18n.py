"""The public pages' words: one table per language (French and Dutch as written in Belgium, Dutch
saying "u", English with the 24-hour clock; the words of docs/GLOSSARY.md), the reader's
language (``?lang=``, then the cookie, then ``Accept-Language``, French by default), and the
sentences built from the live values ("Ouvert jusqu'à 18 h", "Open tot 18.00 uur").

Dates, weekdays, clock times and durations come from admin/core/wording.py, written at the
site's zone by the caller.
"""

from __future__ import annotations

from datetime import date, datetime

from admin.core.wording import LANGUAGES, NB, WEEKDAYS, WORDS, clock_text, date_text, duration_text
from admin.public.views import Texts

DEFAULT_LANGUAGE = "fr"
#: The language's tag for ``<html lang>`` and ``hreflang``.
HTML_LANG = {"fr": "fr-BE", "nl": "nl-BE", "en": "en"}
#: Each language's name, written in that language (the language switch).
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "network": "Espaces publics numériques",
        "network_intro": "Ordinateurs libres, file d'attente et ateliers, en direct.",
        "skip": "Aller au contenu",
        "language": "Langue",
        "all_sites": "Tous les espaces",
        "open_until": "Ouvert jusqu'à {time}",
        "opens_today": f"Fermé{NB}· ouvre à {{time}}",
        "opens_tomorrow": f"Fermé{NB}· ouvre demain à {{time}}",
        "opens_day": f"Fermé{NB}· ouvre {{day}} à {{time}}",
        "closed": "Fermé",
        "today": f"Aujourd'hui{NB}: {{hours}}",
        "closed_today": "Fermé aujourd'hui",
        "span": "{start} à {end}",
        "spans": "{first} et {second}",
        "free_none": "Aucun ordinateur libre sur {total}",
        "free_one": "1 ordinateur libre sur {total}",
        "free_many": "{free} ordinateurs libres sur {total}",
        "waiting_none": "Personne n'attend",
        "waiting_one": "1 personne attend",
        "waiting_many": "{n} personnes attendent",
        "wait": f"Attente estimée{NB}: {{duration}}",
        "now": "En ce moment",
        "workshops": "Ateliers à venir",
        "no_workshops": "Aucun atelier prévu pour le moment.",
        "full": "Complet",
        "places_one": "1 place libre",
        "places_many": "{n} places libres",
        "about": f"{{kind}} · niveau{NB}: {{level}} · langue{NB}: {{language}}",
        "animateur": f"Animateur{NB}: {{name}}",
        "hours": "Heures d'ouverture",
        "day": "Jour",
        "hours_col": "Heures",
        "special": "horaire exceptionnel",
        "contact": "Adresse et contact",
        "address": "Adresse",
        "phone": "Téléphone",
        "email": "E-mail",
        "website": "Site web",
        "map": "Voir sur la carte",
        "register": "S'inscrire à un atelier",
        "register_default": "Inscription à l'accueil de l'espace.",
        "details": "Heures, ateliers et contact de {name}",
        "called": "Numéros appelés",
        "called_none": "Aucun numéro appelé pour l'instant.",
        "number": "Numéro",
        "computer": "Ordinateur",
        "called_to": f"Numéro {{number}}{NB}: ordinateur {{computer}}",
        "free_title": "Ordinateurs libres",
        "waiting_title": "File d'attente",
        "updated": "Mis à jour à {time}",
        "live_note": "Ces chiffres se mettent à jour tout seuls.",
        "more": "Plus d'informations",
        "not_found": "Page introuvable",
        "not_found_text": "Cet espace n'existe pas ou sa page publique n'est pas active.",
        "no_sites": "Aucun espace n'est présenté pour le moment.",
    },
    "nl": {
        "network": "Openbare computerruimtes",
        "network_intro": "Vrije computers, wachtrij en workshops, live.",
        "skip": "Naar de inhoud",
        "language": "Taal",
        "all_sites": "Alle ruimtes",
        "open_until": "Open tot {time}",
        "opens_today": f"Gesloten{NB}· gaat om {{time}} open",
        "opens_tomorrow": f"Gesloten{NB}· gaat morgen om {{time}} open",
        "opens_day": f"Gesloten{NB}· gaat {{day}} om {{time}} open",
        "closed": "Gesloten",
        "today": "Vandaag: {hours}",
        "closed_today": "Vandaag gesloten",
        "span": "{start} tot {end}",
        "spans": "{first} en {second}",
        "free_none": "Geen van de {total} computers vrij",
        "free_one": "1 van de {total} computers vrij",
        "free_many": "{free} van de {total} computers vrij",
        "waiting_none": "Niemand wacht",
        "waiting_one": "1 persoon wacht",
        "waiting_many": "{n} personen wachten",
        "wait": "Geschatte wachttijd: {duration}",
        "now": "Nu",
        "workshops": "Komende workshops",
        "no_workshops": "Er zijn momenteel geen workshops gepland.",
        "full": "Volzet",
        "places_one": "Nog 1 plaats vrij",
        "places_many": "Nog {n} plaatsen vrij",
        "about": "{kind} · niveau: {level} · taal: {language}",
        "animateur": "Begeleider: {name}",
        "hours": "Openingsuren",
        "day": "Dag",
        "hours_col": "Uren",
        "special": "afwijkende uren",
        "contact": "Adres en contact",
        "address": "Adres",
        "phone": "Telefoon",
        "email": "E-mail",
        "website": "Website",
        "map": "Bekijk op de kaart",
        "register": "Inschrijven voor een workshop",
        "register_default": "Inschrijven aan de balie van de ruimte.",
        "details": "Uren, workshops en contact van {name}",
        "called": "Opgeroepen wachtnummers",
        "called_none": "Nog geen wachtnummer opgeroepen.",
        "number": "Wachtnummer",
        "computer": "Computer",
        "called_to": "Wachtnummer {number}: computer {computer}",
        "free_title": "Vrije computers",
        "waiting_title": "Wachtrij",
        "updated": "Bijgewerkt om {time}",
        "live_note": "Deze cijfers worden vanzelf bijgewerkt.",
        "more": "Meer informatie",
        "not_found": "Pagina niet gevonden",
        "not_found_text": "Deze ruimte bestaat niet of haar openbare pagina staat niet aan.",
        "no_sites": "Er wordt momenteel geen ruimte getoond.",
    },
    "en": {
        "network": "Public computer rooms",
        "network_intro": "Free computers, the queue and workshops, live.",
        "skip": "Skip to content",
        "language": "Language",
        "all_sites": "All sites",
        "open_until": "Open until {time}",
        "opens_today": f"Closed{NB}· opens at {{time}}",
        "opens_tomorrow": f"Closed{NB}· opens tomorrow at {{time}}",
        "opens_day": f"Closed{NB}· opens on {{day}} at {{time}}",
        "closed": "Closed",
        "today": "Today: {hours}",
        "closed_today": "Closed today",
        "span": "{start} to {end}",
        "spans": "{first} and {second}",
        "free_none": "None of the {total} computers free",
        "free_one": "1 of {total} computers free",
        "free_many": "{free} of {total} computers free",
        "waiting_none": "Nobody waiting",
        "waiting_one": "1 person waiting",
        "waiting_many": "{n} people waiting",
        "wait": "Expected wait: {duration}",
        "now": "Right now",
        "workshops": "Upcoming workshops",
        "no_workshops": "No workshops planned for now.",
        "full": "Full",
        "places_one": "1 place left",
        "places_many": "{n} places left",
        "about": "{kind} · level: {level} · language: {language}",
        "animateur": "Animateur: {name}",
        "hours": "Opening hours",
        "day": "Day",
        "hours_col": "Hours",
        "special": "special hours",
        "contact": "Address and contact",
        "address": "Address",
        "phone": "Phone",
        "email": "Email",
        "website": "Website",
        "map": "See on the map",
        "register": "Registering for a workshop",
        "register_default": "Register at the desk.",
        "details": "Hours, workshops and contact of {name}",
        "called": "Numbers called",
        "called_none": "No number called yet.",
        "number": "Number",
        "computer": "Computer",
        "called_to": "Number {number}: computer {computer}",
        "free_title": "Free computers",
        "waiting_title": "Queue",
        "updated": "Updated at {time}",
        "live_note": "These figures update by themselves.",
        "more": "More information",
        "not_found": "Page not found",
        "not_found_text": "This site does not exist or its public page is off.",
        "no_sites": "No site is shown for now.",
    },
}


def negotiate(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The reader's language: ``?lang=``, then the remembered one, then the browser's first
    language we speak (by its ``q``), then French."""
    for chosen in (query, cookie):
        if chosen in LANGUAGES:
            return str(chosen)
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        primary = tag.strip().split("-")[0].lower()
        if primary in LANGUAGES and weight > 0:
            ranked.append((-weight, index, primary))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE


class Words:
    """The sentences of one language; times are given already at the site's zone."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.table = TEXTS[language]

    def __getitem__(self, key: str) -> str:
        return self.table[key]

    def word(self, code: str) -> str:
        """A workshop's kind, level or language code in words ("débutant", "Nederlands")."""
        return WORDS[self.language].get(code, code)

    def clock(self, moment: datetime, *, unit: bool = True) -> str:
        """A clock time; ``unit`` False leaves out Dutch's "uur" (the start of a span)."""
        return clock_text(moment, self.language, unit=unit)

    def day(self, day: date) -> str:
        return date_text(day, self.language)

    def weekday(self, day: date) -> str:
        return WEEKDAYS[self.language][day.weekday()]

    def status(
        self, local_now: datetime, closes_at: datetime | None, opens: datetime | None
    ) -> str:
        """Open until…, or closed and when it opens next, as people say it."""
        if closes_at is not None:
            return self.table["open_until"].format(time=self.clock(closes_at))
        if opens is None:
            return self.table["closed"]
        days = (opens.date() - local_now.date()).days
        time = self.clock(opens)
        if days <= 0:
            return self.table["opens_today"].format(time=time)
        if days == 1:
            return self.table["opens_tomorrow"].format(time=time)
        day = self.weekday(opens.date()) if days < 7 else date_text(opens.date(), self.language)
        return self.table["opens_day"].format(day=day, time=time)

    def spans(self, spans: tuple[tuple[int, int], ...]) -> str:
        """A day's opening spans: "9 h à 12 h 30 et 13 h 30 à 18 h"; "" when closed."""
        parts = [
            self.table["span"].format(
                start=_minutes_clock(start, self.language, unit=False),
                end=_minutes_clock(end, self.language, unit=True),
            )
            for start, end in spans
        ]
        if len(parts) <= 1:
            return "".join(parts)
        return self.table["spans"].format(first=", ".join(parts[:-1]), second=parts[-1])

    def free(self, free: int, total: int) -> str:
        key = "free_none" if free == 0 else "free_one" if free == 1 else "free_many"
        return self.table[key].format(free=free, total=total)

    def waiting(self, n: int) -> str:
        key = "waiting_none" if n == 0 else "waiting_one" if n == 1 else "waiting_many"
        return self.table[key].format(n=n)

    def wait(self, minutes: int) -> str:
        return self.table["wait"].format(duration=duration_text(minutes, self.language))

    def places(self, n: int) -> str:
        if n <= 0:
            return self.table["full"]
        return self.table["places_one" if n == 1 else "places_many"].format(n=n)

    def pick(self, texts: Texts | None) -> tuple[str, str]:
        """A text staff wrote in several languages, in ours if written, else in the first
        written of fr, nl, en; with the language it is in (for a ``lang`` attribute)."""
        texts = texts or {}
        for language in (self.language, *LANGUAGES):
            if texts.get(language):
                return texts[language], language
        return "", self.language


def _minutes_clock(minutes: int, language: str, *, unit: bool) -> str:
    hour, minute = divmod(minutes, 60)
    return clock_text(datetime(2000, 1, 1, hour % 24, minute), language, unit=unit)

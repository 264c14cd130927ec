"""The label report (:mod:`admin.reports.label`) as files: PDF, CSV and XLSX, in French, Dutch or
English.

Pure: a :class:`~admin.reports.label.LabelReport` in, bytes out. The report is first made
:func:`tables` (the same tables, titles and headings for every format); then

- **CSV**: a ZIP of one CSV file per table (``01-summary.csv`` …): each opens as is in a
  spreadsheet, which a single file with sections would not (its columns differ per section);
  UTF-8 with a BOM and ``;`` (Excel in Belgium), cells by the product's spreadsheet rule
  (:mod:`kiosk.protocol.csv_format`: a name starting with ``=`` is written ``'=``);
- **XLSX**: one sheet per table (XlsxWriter), figures as numbers, text always written as text
  (never a formula, whatever it starts with);
- **PDF** (fpdf2, DejaVu Sans as the workshops' documents): a cover with the network's and the
  site's names and the period, then each table, and bar charts of the hours used per weekday
  and per hour and of the visitors per age band.

The report holds no visitor's identifier or name; the animateurs (staff) are named in their table.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from admin.core.pdf import FAMILY, PDF_LANG, find_fonts
from admin.core.wording import check_language, number_text
from admin.reports.label import (
    BRUSSELS_COMPUTERS,
    BRUSSELS_HOURS,
    DIMENSIONS,
    WALLOON_FREE_HOURS,
    WALLOON_TRAINING_HOURS,
    LabelReport,
    SiteFigures,
    Usage,
    ordered_keys,
)
from kiosk.protocol.csv_format import writer
from kiosk.protocol.reports import LABEL_SUFFIXES, label_file_name

FORMATS = ("pdf", "csv", "xlsx")
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "csv": "application/zip",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
SUFFIXES = LABEL_SUFFIXES

#: Every word of the report, per language (docs/GLOSSARY.md's: "animateur", "EPN").
TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Rapport d'activité pour le label EPN",
        "network": "Réseau",
        "all_sites": "Tous les sites du réseau",
        "site": "Site",
        "period": "Période",
        "from_to": "du {} au {}",
        "generated": "Établi le {}",
        "empty": "Aucune activité enregistrée pour cette période : le rapport est vide.",
        "page": "Page {} / {}",
        "summary": "Synthèse",
        "figure": "Indicateur",
        "value": "Valeur",
        "sessions": "Sessions",
        "free_hours": "Heures d'accès libre utilisées",
        "training_hours": "Heures de formation utilisées",
        "visitors": "Visiteurs uniques",
        "new_visitors": "Nouveaux visiteurs",
        "workshop_dates": "Séances d'ateliers",
        "workshop_hours": "Heures d'ateliers",
        "participants": "Participants aux ateliers",
        "anonymous": "Participants sans carte",
        "occupancy": "Taux d'occupation (%)",
        "days": "Jours",
        "sites": "Offre et seuils du label, par site",
        "computers": "Ordinateurs",
        "open_week": "Heures d'ouverture / semaine",
        "training_week": "Heures de formation / semaine",
        "free_week": "Heures d'accès libre accompagné / semaine",
        "brussels": f"Label bruxellois (≥ {BRUSSELS_HOURS} h, ≥ {BRUSSELS_COMPUTERS} PC)",
        "walloon": f"Modèle wallon (≥ {WALLOON_TRAINING_HOURS} h + {WALLOON_FREE_HOURS} h)",
        "yes": "oui",
        "no": "non",
        "gender": "Par genre",
        "age_band": "Par tranche d'âge",
        "status": "Par statut",
        "commune": "Par commune",
        "category": "Par catégorie",
        "key": "Valeur",
        "hours": "Heures utilisées",
        "weekday_hour": "Heures d'utilisation par jour et par heure",
        "weekday": "Jour",
        "offered": "Heures offertes",
        "animateurs": "Ateliers par animateur",
        "animateur": "Animateur",
        "workshops": "Ateliers",
        "not_given": "Non renseigné",
        "by_hour": "Heures utilisées par heure de la journée",
        "by_weekday": "Heures utilisées par jour de la semaine",
        "visitors_by_age": "Visiteurs par tranche d'âge",
        "notes": "Notes",
        "note_start": "Les sessions comptent le jour où elles commencent ; l'occupation "
        "répartit le temps par heure locale, dans la période.",
        "note_per_value": "Un visiteur dont le profil a changé pendant la période compte "
        "sous chaque valeur qu'il a eue.",
        "note_computers": "Ordinateurs : les postes activés du site aujourd'hui.",
        "note_without": "{} sessions sans visiteur ni clé comptent dans les sessions et les "
        "heures, pas dans les visiteurs.",
        "weekdays": "lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche",
    },
    "nl": {
        "title": "Activiteitenverslag voor het EPN-label",
        "network": "Netwerk",
        "all_sites": "Alle sites van het netwerk",
        "site": "Site",
        "period": "Periode",
        "from_to": "van {} tot {}",
        "generated": "Opgemaakt op {}",
        "empty": "Geen activiteit geregistreerd in deze periode: het verslag is leeg.",
        "page": "Pagina {} / {}",
        "summary": "Overzicht",
        "figure": "Indicator",
        "value": "Waarde",
        "sessions": "Sessies",
        "free_hours": "Gebruikte uren vrije toegang",
        "training_hours": "Gebruikte opleidingsuren",
        "visitors": "Unieke bezoekers",
        "new_visitors": "Nieuwe bezoekers",
        "workshop_dates": "Workshopsessies",
        "workshop_hours": "Workshopuren",
        "participants": "Deelnemers aan workshops",
        "anonymous": "Deelnemers zonder kaart",
        "occupancy": "Bezettingsgraad (%)",
        "days": "Dagen",
        "sites": "Aanbod en labeldrempels, per site",
        "computers": "Computers",
        "open_week": "Openingsuren / week",
        "training_week": "Opleidingsuren / week",
        "free_week": "Uren begeleide vrije toegang / week",
        "brussels": f"Brussels label (≥ {BRUSSELS_HOURS} u, ≥ {BRUSSELS_COMPUTERS} pc's)",
        "walloon": f"Waals model (≥ {WALLOON_TRAINING_HOURS} u + {WALLOON_FREE_HOURS} u)",
        "yes": "ja",
        "no": "nee",
        "gender": "Per gender",
        "age_band": "Per leeftijdsgroep",
        "status": "Per statuut",
        "commune": "Per gemeente",
        "category": "Per categorie",
        "key": "Waarde",
        "hours": "Gebruikte uren",
        "weekday_hour": "Gebruiksuren per dag en per uur",
        "weekday": "Dag",
        "offered": "Aangeboden uren",
        "animateurs": "Workshops per animator",
        "animateur": "Animator",
        "workshops": "Workshops",
        "not_given": "Niet opgegeven",
        "by_hour": "Gebruikte uren per uur van de dag",
        "by_weekday": "Gebruikte uren per weekdag",
        "visitors_by_age": "Bezoekers per leeftijdsgroep",
        "notes": "Opmerkingen",
        "note_start": "Sessies tellen op de dag waarop ze beginnen; de bezetting verdeelt de "
        "tijd per lokaal uur, binnen de periode.",
        "note_per_value": "Een bezoeker van wie het profiel tijdens de periode veranderde, "
        "telt onder elke waarde die hij had.",
        "note_computers": "Computers: de geactiveerde posten van de site vandaag.",
        "note_without": "{} sessies zonder bezoeker of sleutel tellen mee in de sessies en de "
        "uren, niet in de bezoekers.",
        "weekdays": "maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zondag",
    },
    "en": {
        "title": "Activity report for the EPN label",
        "network": "Network",
        "all_sites": "Every site of the network",
        "site": "Site",
        "period": "Period",
        "from_to": "from {} to {}",
        "generated": "Made on {}",
        "empty": "No activity recorded in this period: the report is empty.",
        "page": "Page {} / {}",
        "summary": "Summary",
        "figure": "Figure",
        "value": "Value",
        "sessions": "Sessions",
        "free_hours": "Free-access hours used",
        "training_hours": "Training hours used",
        "visitors": "Unique visitors",
        "new_visitors": "New visitors",
        "workshop_dates": "Workshop dates",
        "workshop_hours": "Workshop hours",
        "participants": "Workshop participants",
        "anonymous": "Participants without a card",
        "occupancy": "Occupancy (%)",
        "days": "Days",
        "sites": "Offer and label thresholds, per site",
        "computers": "Computers",
        "open_week": "Opening hours / week",
        "training_week": "Training hours / week",
        "free_week": "Accompanied free-access hours / week",
        "brussels": f"Brussels label (≥ {BRUSSELS_HOURS} h, ≥ {BRUSSELS_COMPUTERS} PCs)",
        "walloon": f"Walloon model (≥ {WALLOON_TRAINING_HOURS} h + {WALLOON_FREE_HOURS} h)",
        "yes": "yes",
        "no": "no",
        "gender": "By gender",
        "age_band": "By age band",
        "status": "By status",
        "commune": "By commune",
        "category": "By category",
        "key": "Value",
        "hours": "Hours used",
        "weekday_hour": "Hours of use by weekday and hour",
        "weekday": "Weekday",
        "offered": "Hours offered",
        "animateurs": "Workshops per animateur",
        "animateur": "Animateur",
        "workshops": "Workshops",
        "not_given": "Not given",
        "by_hour": "Hours used per hour of the day",
        "by_weekday": "Hours used per weekday",
        "visitors_by_age": "Visitors per age band",
        "notes": "Notes",
        "note_start": "Sessions count on the day they start; occupancy splits time by local "
        "hour, within the period.",
        "note_per_value": "A visitor whose profile changed during the period counts under "
        "each value they had.",
        "note_computers": "Computers: the site's enabled stations today.",
        "note_without": "{} sessions with neither a visitor nor a key count in sessions and "
        "hours, not in visitors.",
        "weekdays": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
    },
}
#: The values of the breakdowns in each language (others, such as communes, as stored).
VALUES: dict[str, dict[str, str]] = {
    "fr": {"f": "Femme", "m": "Homme", "x": "X (autre)", "school": "Élève ou étudiant",
           "jobseeker": "Demandeur d'emploi", "employed": "Travailleur", "retired": "Pensionné",
           "other": "Autre", "outside": "Hors de Bruxelles", "0-11": "< 12", "70+": "70 et plus"},
    "nl": {"f": "Vrouw", "m": "Man", "x": "X (ander)", "school": "Scholier of student",
           "jobseeker": "Werkzoekende", "employed": "Werkend", "retired": "Gepensioneerd",
           "other": "Andere", "outside": "Buiten Brussel", "0-11": "< 12", "70+": "70 en ouder"},
    "en": {"f": "Woman", "m": "Man", "x": "X (other)", "school": "In school or studying",
           "jobseeker": "Jobseeker", "employed": "Employed", "retired": "Retired",
           "other": "Other", "outside": "Outside Brussels", "0-11": "< 12", "70+": "70+"},
}  # fmt: skip


@dataclass(frozen=True)
class Table:
    """One table of the report: its file/sheet name, title, headings and rows (text or
    numbers)."""

    name: str
    title: str
    headings: list[str]
    rows: list[list[Any]]


def _hours(seconds: float) -> float:
    return round(seconds / 3600, 2)


def _percent(part: float, whole: float) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _value(key: str, language: str) -> str:
    if not key:
        return TEXTS[language]["not_given"]
    return VALUES[language].get(key, key.replace("-", "–") if key[0].isdigit() else key)


def _per_week(report: LabelReport, seconds: float) -> float:
    return round(seconds / 3600 / report.weeks, 1)


def _site_row(report: LabelReport, site: SiteFigures, t: dict[str, str]) -> list[Any]:
    open_week = _per_week(report, site.open_seconds)
    training_week = _per_week(report, site.workshop_seconds)
    free_week = _per_week(report, max(0.0, site.open_seconds - site.workshop_seconds))
    accompanied_week = free_week if site.accompanied else 0.0
    brussels = open_week >= BRUSSELS_HOURS and site.computers >= BRUSSELS_COMPUTERS
    walloon = training_week >= WALLOON_TRAINING_HOURS and accompanied_week >= WALLOON_FREE_HOURS
    usage = site.usage
    return [
        site.name,
        site.computers,
        open_week,
        training_week,
        accompanied_week,
        t["yes"] if brussels else t["no"],
        t["yes"] if walloon else t["no"],
        usage.sessions,
        _hours(usage.free_seconds),
        _hours(usage.training_seconds),
        len(usage.visitors),
        usage.new_visitors,
        _percent(site.occupied_seconds, site.offered_seconds),
    ]


def tables(report: LabelReport, language: str) -> list[Table]:
    """The report's tables in ``language``, in their order."""
    check_language(language)
    t = TEXTS[language]
    total = report.total
    workshop_seconds = sum(site.workshop_seconds for site in report.sites)
    summary: list[list[Any]] = [
        [t["period"], t["from_to"].format(report.first.isoformat(), report.last.isoformat())],
        [t["days"], report.days],
        [t["sessions"], total.sessions],
        [t["free_hours"], _hours(total.free_seconds)],
        [t["training_hours"], _hours(total.training_seconds)],
        [t["visitors"], len(total.visitors)],
        [t["new_visitors"], total.new_visitors],
        [t["workshop_dates"], report.workshop_dates],
        [t["workshop_hours"], _hours(workshop_seconds)],
        [t["participants"], report.participants],
        [t["anonymous"], report.anonymous_participants],
        [t["occupancy"], _percent(sum(report.occupied), sum(report.capacity))],
    ]
    made = [
        Table("summary", t["summary"], [t["figure"], t["value"]], summary),
        Table(
            "sites",
            t["sites"],
            [
                t["site"],
                t["computers"],
                t["open_week"],
                t["training_week"],
                t["free_week"],
                t["brussels"],
                t["walloon"],
                t["sessions"],
                t["free_hours"],
                t["training_hours"],
                t["visitors"],
                t["new_visitors"],
                t["occupancy"],
            ],
            [_site_row(report, site, t) for site in report.sites],
        ),
    ]
    for dimension in DIMENSIONS:
        groups: dict[str, Usage] = report.breakdowns.get(dimension, {})
        headings = [t["key"], t["sessions"], t["hours"], t["visitors"], t["new_visitors"]]
        if dimension != "category":
            headings.append(t["anonymous"])
        rows = []
        for key in ordered_keys(dimension, groups):
            usage = groups[key]
            row = [
                _value(key, language),
                usage.sessions,
                _hours(usage.free_seconds + usage.training_seconds),
                len(usage.visitors),
                usage.new_visitors,
            ]
            rows.append(row + ([usage.participants] if dimension != "category" else []))
        made.append(Table(dimension, t[dimension], headings, rows))
    days = t["weekdays"].split(",")
    grid: list[list[Any]] = [
        [days[d], *(_hours(report.occupied[d * 24 + h]) for h in range(24))] for d in range(7)
    ]
    hours = [f"{h:02d}" for h in range(24)]
    made.append(Table("weekday_hour", t["weekday_hour"], [t["weekday"], *hours], grid))
    made.append(
        Table(
            "animateurs",
            t["animateurs"],
            [
                t["animateur"],
                t["workshops"],
                t["workshop_dates"],
                t["workshop_hours"],
                t["participants"],
            ],
            [
                [name, len(f.workshops), f.dates, _hours(f.seconds), f.participants]
                for name, f in sorted(report.animateurs.items())
            ],
        )
    )
    return made


def notes(report: LabelReport, language: str) -> list[str]:
    t = TEXTS[language]
    said = [t["empty"]] if report.empty else []
    said += [t["note_start"], t["note_per_value"], t["note_computers"]]
    if report.sessions_without_visitor:
        said.append(t["note_without"].format(report.sessions_without_visitor))
    return said


def _cover_lines(report: LabelReport, language: str, network: str) -> list[str]:
    t = TEXTS[language]
    return [
        f"{t['network']} : {network}" if language == "fr" else f"{t['network']}: {network}",
        report.site or t["all_sites"],
        f"{t['period']} {report.period} — "
        + t["from_to"].format(_day(report.first, language), _day(report.last, language)),
    ]


def _day(day: date, language: str) -> str:
    return day.strftime("%d/%m/%Y") if language != "en" else day.isoformat()


# --- CSV and XLSX ---------------------------------------------------------------------------


def csv_zip(report: LabelReport, language: str) -> bytes:
    """One CSV file per table (and the notes), zipped."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        made = tables(report, language)
        for number, table in enumerate(made, start=1):
            text = io.StringIO()
            text.write("\ufeff")
            rows = writer(text, delimiter=";", lineterminator="\r\n")
            rows.writerow(table.headings)
            rows.writerows(table.rows)
            info = zipfile.ZipInfo(f"{number:02d}-{table.name}.csv", (2026, 1, 1, 0, 0, 0))
            archive.writestr(info, text.getvalue().encode("utf-8"), zipfile.ZIP_DEFLATED)
        text = io.StringIO()
        text.write("\ufeff")
        writer(text, delimiter=";", lineterminator="\r\n").writerows(
            [[line] for line in notes(report, language)]
        )
        info = zipfile.ZipInfo(f"{len(made) + 1:02d}-notes.csv", (2026, 1, 1, 0, 0, 0))
        archive.writestr(info, text.getvalue().encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def xlsx(report: LabelReport, language: str) -> bytes:
    """One sheet per table (and one of notes); text always as text, never a formula."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    bold = book.add_format({"bold": True})
    for table in [*tables(report, language), _notes_table(report, language)]:
        sheet = book.add_worksheet(table.name[:31])
        sheet.write_row(0, 0, table.headings, bold)
        for r, row in enumerate(table.rows, start=1):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    sheet.write_string(r, c, value)
                else:
                    sheet.write_number(r, c, value)
        sheet.set_column(0, 0, 28)
    book.close()
    return out.getvalue()


def _notes_table(report: LabelReport, language: str) -> Table:
    t = TEXTS[language]
    return Table("notes", t["notes"], [t["notes"]], [[line] for line in notes(report, language)])


# --- PDF ------------------------------------------------------------------------------------


def pdf(report: LabelReport, language: str, network: str, *, font_dir: Path | None = None) -> bytes:
    """The report as an A4 PDF: the cover, the tables, three bar charts, the notes."""
    from fpdf import FPDF  # imported here: the CSV and XLSX need none of it

    check_language(language)
    t = TEXTS[language]
    document = FPDF(orientation="portrait", unit="mm", format="A4")
    fonts = find_fonts(font_dir)
    for style, path in fonts.items():
        document.add_font(FAMILY, style, path)
    document.set_title(f"{t['title']} — {report.period}")
    document.set_lang(PDF_LANG[language])
    document.set_creator("EPN Kiosk")
    document.set_margins(15, 15, 15)
    document.set_auto_page_break(True, margin=15)
    # the cover: the network, the site, the period, in the City's order
    document.add_page()
    document.set_fill_color(0, 84, 147)
    document.rect(0, 0, 210, 40, "F")
    document.set_text_color(255, 255, 255)
    document.set_font(FAMILY, "B", 20)
    document.set_xy(15, 14)
    document.cell(0, 12, t["title"])
    document.set_text_color(0, 0, 0)
    document.set_xy(15, 60)
    for line, size in zip(_cover_lines(report, language, network), (14, 18, 13), strict=True):
        document.set_font(FAMILY, "B" if size == 18 else "", size)
        document.multi_cell(0, size * 0.6, line, new_x="LMARGIN", new_y="NEXT")
        document.ln(4)
    document.set_font(FAMILY, "", 10)
    document.ln(6)
    document.multi_cell(0, 5, t["generated"].format(report.generated_at[:10]))
    if report.empty:
        document.ln(6)
        document.set_font(FAMILY, "B", 12)
        document.multi_cell(0, 6, t["empty"])
    made = tables(report, language)
    for table in made:
        if table.name == "weekday_hour":
            continue  # drawn as charts below
        # the wide tables on a landscape page
        document.add_page(orientation="L" if len(table.headings) > 7 else "P")
        _table(document, table, language)
    document.add_page()
    hours_by_day = [sum(report.occupied[d * 24 : d * 24 + 24]) / 3600 for d in range(7)]
    _bars(document, t["by_weekday"], t["weekdays"].split(","), hours_by_day, language)
    hours_by_hour = [sum(report.occupied[d * 24 + h] for d in range(7)) / 3600 for h in range(24)]
    _bars(document, t["by_hour"], [f"{h:02d}" for h in range(24)], hours_by_hour, language)
    bands = report.breakdowns.get("age_band", {})
    keys = ordered_keys("age_band", bands)
    _bars(
        document,
        t["visitors_by_age"],
        [_value(k, language) for k in keys],
        [float(len(bands[k].visitors)) for k in keys],
        language,
    )
    document.ln(4)
    document.set_font(FAMILY, "B", 12)
    document.cell(0, 8, t["notes"], new_x="LMARGIN", new_y="NEXT")
    document.set_font(FAMILY, "", 9)
    for line in notes(report, language):
        document.multi_cell(0, 5, f"• {line}", new_x="LMARGIN", new_y="NEXT")
    data = bytes(document.output())
    for font in document.fonts.values():
        close = getattr(font, "close", None)
        if close is not None:
            close()
    return data


def _table(document: Any, table: Table, language: str) -> None:
    from fpdf.fonts import FontFace  # with the document: the CSV and XLSX need none of it

    document.set_font(FAMILY, "B", 13)
    document.multi_cell(0, 8, table.title, new_x="LMARGIN", new_y="NEXT")
    document.ln(2)
    wide = len(table.headings) > 7
    document.set_font(FAMILY, "", 7.5 if wide else 9)
    document.set_fill_color(255, 255, 255)
    document.set_draw_color(150, 150, 150)
    with document.table(
        text_align="LEFT",
        line_height=4 if wide else 5,
        first_row_as_headings=True,
        repeat_headings=1,
        headings_style=FontFace(emphasis="BOLD", fill_color=(222, 231, 241)),
    ) as grid:
        for values in [table.headings, *table.rows]:
            row = grid.row()
            for value in values:
                row.cell(_text(value, language))


def _text(value: Any, language: str) -> str:
    """A cell's text: numbers the language's way (decimal mark, thousands)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value, language)
    return str(value)


def _bars(document: Any, title: str, labels: list[str], values: list[float], language: str) -> None:
    """A simple bar chart: one bar per label, its value above it."""
    height, width = 42.0, 180.0
    if document.get_y() + height + 22 > document.h - 15:
        document.add_page()
    document.set_font(FAMILY, "B", 11)
    document.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    top = document.get_y() + 4
    base = top + height
    largest = max(values, default=0.0) or 1.0
    step = width / max(1, len(labels))
    document.set_draw_color(120, 120, 120)
    document.line(15, base, 15 + width, base)
    document.set_fill_color(0, 84, 147)
    document.set_font(FAMILY, "", 6 if len(labels) > 12 else 7)
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        bar = height * value / largest
        x = 15 + i * step + step * 0.15
        if bar > 0:
            document.rect(x, base - bar, step * 0.7, bar, "F")
        document.set_xy(15 + i * step, base - bar - 4)
        document.cell(step, 3.5, number_text(value, language, decimals=1), align="C")
        document.set_xy(15 + i * step, base + 1)
        document.cell(step, 3.5, label[:12], align="C")
    document.set_xy(15, base + 8)


def render(
    report: LabelReport,
    file_format: str,
    language: str,
    network: str,
    *,
    font_dir: Path | None = None,
) -> bytes:
    """The report as ``file_format`` (pdf, csv: a ZIP of CSV files, xlsx) in ``language``."""
    if file_format == "pdf":
        return pdf(report, language, network, font_dir=font_dir)
    if file_format == "csv":
        return csv_zip(report, language)
    if file_format == "xlsx":
        return xlsx(report, language)
    raise ValueError(f"unknown format {file_format!r}: one of {', '.join(FORMATS)}")


def file_name(report: LabelReport, file_format: str) -> str:
    """``epn-label-2026-Q3-epn-laeken.pdf``: the period and the site (or the network)."""
    return label_file_name(report.period, report.site, file_format)

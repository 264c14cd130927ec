"""The demo's app catalogue: what a Brussels EPN offers on its Linux and Windows PCs."""

from __future__ import annotations

from admin.catalogue.editing import CatalogueAdmin, Mode
from kiosk.protocol.catalogue import AppSpec

_LO_WIN = r'"C:\Program Files\LibreOffice\program\soffice.exe"'
_LO_PROCESSES = ["soffice", "soffice.bin", "soffice.exe", "soffice.bin.exe"]

APPS = (
    AppSpec(
        id="firefox",
        names={"fr": "Navigateur web", "nl": "Webbrowser", "en": "Web browser"},
        icon="firefox",
        commands={
            "linux": "firefox --private-window",
            "windows": r'"C:\Program Files\Mozilla Firefox\firefox.exe" -private-window',
        },
        processes=["firefox", "firefox-bin", "firefox.exe"],
    ),
    AppSpec(
        id="libreoffice-writer",
        names={"fr": "Traitement de texte", "nl": "Tekstverwerker", "en": "Word processor"},
        icon="libreoffice-writer",
        commands={"linux": "libreoffice --writer", "windows": f"{_LO_WIN} --writer"},
        processes=_LO_PROCESSES,
    ),
    AppSpec(
        id="libreoffice-calc",
        names={"fr": "Tableur", "nl": "Rekenblad", "en": "Spreadsheet"},
        icon="libreoffice-calc",
        commands={"linux": "libreoffice --calc", "windows": f"{_LO_WIN} --calc"},
        processes=_LO_PROCESSES,
    ),
    AppSpec(
        id="thunderbird",
        names={"fr": "Courrier", "nl": "E-mail", "en": "Mail"},
        icon="thunderbird",
        commands={
            "linux": "thunderbird",
            "windows": r'"C:\Program Files\Mozilla Thunderbird\thunderbird.exe"',
        },
        processes=["thunderbird", "thunderbird-bin", "thunderbird.exe"],
    ),
    AppSpec(
        id="gimp",
        names={"fr": "Retouche photo", "nl": "Fotobewerking", "en": "Photo editing"},
        icon="gimp",
        commands={"linux": "gimp", "windows": r'"C:\Program Files\GIMP 2\bin\gimp-2.10.exe"'},
        processes=["gimp", "gimp-2.10", "gimp-2.10.exe", "script-fu"],
    ),
    AppSpec(
        id="pdf-reader",
        names={"fr": "Lecteur PDF", "nl": "PDF-lezer", "en": "PDF reader"},
        icon="org.gnome.Evince",
        commands={"linux": "evince", "windows": r'"C:\Program Files\SumatraPDF\SumatraPDF.exe"'},
        processes=["evince", "SumatraPDF.exe"],
    ),
    AppSpec(
        id="tuxpaint",
        names={"fr": "Dessin", "nl": "Tekenen", "en": "Drawing"},
        icon="tuxpaint",
        commands={"linux": "tuxpaint", "windows": r'"C:\Program Files\TuxPaint\tuxpaint.exe"'},
        processes=["tuxpaint", "tuxpaint.exe"],
    ),
)

#: profile -> (apps, categories it is given to city-wide; "*" is the default)
PROFILES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Bureautique": (
        ("firefox", "libreoffice-writer", "libreoffice-calc", "thunderbird", "pdf-reader"),
        ("*",),
    ),
    "Recherche d'emploi": (
        ("firefox", "libreoffice-writer", "thunderbird", "pdf-reader"),
        ("jobseeker",),
    ),
    # no mail client for children
    "Jeunes": (("firefox", "libreoffice-writer", "gimp", "tuxpaint"), ("youth",)),
    "Création": (("firefox", "gimp", "libreoffice-writer", "pdf-reader"), ()),
}

#: A visitor with a profile of their own (the school and workshop case).
OWN_PROFILES = {"2100001238": "Création"}
#: A station for the children's corner: never the mail client.
RESTRICTIONS: dict[str, tuple[Mode, tuple[str, ...]]] = {"RC-03": ("deny", ("thunderbird",))}


def seed_catalogue(catalogue: CatalogueAdmin) -> None:
    """Add the demo's apps, profiles, assignments and a station restriction."""
    for spec in APPS:
        catalogue.add_app(None, spec)
    for name, (apps, categories) in PROFILES.items():
        catalogue.add_profile(None, name, apps)
        for category in categories:
            catalogue.assign(None, name, category=category)
    for identifier, name in OWN_PROFILES.items():
        catalogue.assign(None, name, visitor=identifier)
    for station, (mode, apps) in RESTRICTIONS.items():
        catalogue.restrict(None, station, mode, apps)

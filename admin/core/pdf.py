"""What every PDF the server draws shares, without loading the PDF library: DejaVu Sans found
on the system (any name a visitor may have: accents, Polish, Turkish, Cyrillic, Greek), its
family name in a document, and the documents' language tags. The drawing itself (fpdf2, with
Pillow and fontTools: about 0.4 s of CPU to import) loads only when a document is drawn.

Errors::

    FontMissing (EpnError)   DejaVu Sans is not installed; the message says which package
"""

from __future__ import annotations

from pathlib import Path

from admin.core.errors import EpnError

#: the fonts' family name inside a document
FAMILY = "DejaVuSans"
#: a document's language (BCP 47) per reader's language
PDF_LANG = {"fr": "fr-BE", "nl": "nl-BE", "en": "en"}

#: Where the systems we run on keep DejaVu Sans (Debian/Ubuntu, Fedora, Arch, others).
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu-sans-fonts"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
)
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
#: The Debian and Ubuntu package that installs it.
FONT_PACKAGE = "fonts-dejavu-core"


class FontMissing(EpnError):
    """DejaVu Sans is not on this machine: the documents cannot be drawn."""


def find_fonts(font_dir: Path | None = None) -> dict[str, Path]:
    """DejaVu Sans's regular and bold files, from ``font_dir`` or the system's font folders."""
    for folder in (font_dir,) if font_dir is not None else FONT_DIRS:
        files = {style: folder / name for style, name in FONT_FILES.items()}
        if all(path.is_file() for path in files.values()):
            return files
    where = font_dir if font_dir is not None else ", ".join(str(d) for d in FONT_DIRS)
    raise FontMissing(
        f"the font DejaVu Sans ({' and '.join(FONT_FILES.values())}) is not in {where}: "
        f"install it (Debian and Ubuntu: apt install {FONT_PACKAGE})"
    )

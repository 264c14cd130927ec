"""The page every workshop document is drawn on: fpdf2's A4 in millimetres with DejaVu Sans.

Apart from :mod:`admin.workshops.documents` so that fpdf2 (with Pillow and fontTools, about
0.4 s of CPU to import) loads when a document is drawn, not with every ``epn`` command and
server that imports the workshops' service.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from admin.core.pdf import FAMILY


class Document(FPDF):
    """A4 in millimetres with DejaVu Sans, its metadata, and a header and footer per page."""

    def __init__(
        self, language: str, title: str, fonts: dict[str, Path], lang_tag: str, page: str
    ) -> None:
        """``fonts``: DejaVu Sans's file per style ("" and "B"); ``lang_tag``: the document's
        language (BCP 47); ``page``: the footer, "{0}" the page's number, "{1}" the count."""
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.language = language
        self.page_text = page
        self.header_lines: list[tuple[str, float, str]] = []
        self.numbered = True
        for style, path in fonts.items():
            self.add_font(FAMILY, style, path)
        self.set_font(FAMILY, size=10)
        self.set_margins(18, 15, 18)
        self.set_auto_page_break(True, margin=18)
        self.set_title(title)
        self.set_lang(lang_tag)
        self.set_creator("EPN Kiosk")
        self.set_subject(title)

    def close_fonts(self) -> None:
        """Close the font files fpdf2 keeps open (a file left open is a ResourceWarning)."""
        for font in self.fonts.values():
            close = getattr(font, "close", None)
            if close is not None:
                close()

    def header(self) -> None:
        for text, size, style in self.header_lines:
            self.set_font(FAMILY, style, size)
            self.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        if self.header_lines:
            self.ln(3)
        self.set_font(FAMILY, "", 10)

    def footer(self) -> None:
        if not self.numbered:
            return
        self.set_y(-12)
        self.set_font(FAMILY, "", 8)
        page = self.page_text.format(self.page_no(), "{nb}")
        self.cell(0, 5, page, align="R")

    def paragraph(self, text: str, size: float = 10, style: str = "", align: str = "L") -> None:
        self.set_font(FAMILY, style, size)
        self.multi_cell(0, size * 0.55, text, align=align, new_x="LMARGIN", new_y="NEXT")

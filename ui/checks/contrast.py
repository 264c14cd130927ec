"""Contrast of each text with its actual background, from the rendered pixels (WCAG 1.4.3)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.checks.findings import Finding
from ui.checks.pixels import Pixels, hex_colour, text_contrast
from ui.checks.texts import TextItem, visible_part

#: WCAG AA: 4.5:1 for text, 3:1 for large text
NORMAL, LARGE = 4.5, 3.0


def contrast_findings(
    items: list[TextItem], pixels: Pixels, paths: dict[int, str], window: QWidget
) -> list[Finding]:
    found = []
    for item in items:
        if item.kind == "icon" or not item.shown.strip() or not item.widget.isEnabled():
            continue  # an inactive control is exempt (WCAG), an icon has no text
        seen = visible_part(item, window)
        if seen.height() < item.rect.height() // 2 or seen.width() < 4:
            continue  # (mostly) out of view: the layout check says whether it can be reached
        measured = text_contrast(pixels.colours(seen))
        if measured is None:
            continue
        ratio, ink, background = measured
        needed = LARGE if item.large else NORMAL
        if ratio < needed:
            what = "invisible: only its background is drawn" if ratio == 1.0 else "too faint"
            found.append(
                Finding(
                    "contrast",
                    paths[id(item.widget)],
                    item.shown,
                    f"{what}: {ratio:.2f}:1 ({hex_colour(ink)} on {hex_colour(background)}), "
                    f"needs {needed:g}:1",
                )
            )
    return found

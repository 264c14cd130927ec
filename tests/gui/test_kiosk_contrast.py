"""Every text the kiosk draws reads against its background: its style sheets' colour pairs, and
every dialog it opens from one of its styled windows (4.5:1, 3:1 for large text)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from tests.helpers.contrast import ratio, text_contrast
from ui.kiosk.banner import banner_style
from ui.kiosk.session_bar import _BAR_CONTROLS_STYLE, ConfirmEndDialog, SessionBar
from ui.kiosk.windows import CoverWindow
from ui.theme import TEXT_SIZES, kiosk_style

#: (text size, high contrast): every text size, with and without high contrast.
LOOKS = [(size, contrast) for size in TEXT_SIZES for contrast in (False, True)]
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")
BACKGROUND = re.compile(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6}|transparent)")
SIZE = re.compile(r"font-size:\s*(\d+)px")


def rules(sheet: str) -> list[tuple[list[str], str]]:
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    return [([s.strip() for s in sel.split(",")], body) for sel, body in RULE.findall(sheet)]


def pairs(
    sheet: str, around: list[str], see_through: dict[str, list[str]] | None = None
) -> list[tuple[str, str, str, bool]]:
    """(selector, text colour, background, large) for every rule that sets a text colour.

    The background is the rule's own, else that of the window the selector starts from
    (``#SessionBar QLabel`` is drawn on #SessionBar's backgrounds), else ``see_through`` for
    a transparent one (the screen behind), else ``around``: what the sheet's widgets are on.
    """
    parsed = rules(sheet)
    backgrounds: dict[str, list[str]] = {}
    for selectors, body in parsed:
        found = BACKGROUND.search(body)
        for selector in selectors:
            window = re.fullmatch(r"(#\w+|QDialog|QMessageBox)(\[[^\]]*\])?", selector)
            if found and found.group(1) != "transparent" and window:
                backgrounds.setdefault(window.group(1), []).append(found.group(1))
    result = []
    for selectors, body in parsed:
        colour = COLOUR.search(body)
        if not colour:
            continue
        size = SIZE.search(body)
        large = bool(size) and (
            int(size.group(1)) >= 24 or (int(size.group(1)) >= 19 and "bold" in body)
        )
        own = BACKGROUND.search(body)
        for selector in selectors:
            if own and own.group(1) != "transparent":
                behind = [own.group(1)]
            else:
                # the innermost window or dialog the selector names draws the background
                containers = [t for t in selector.split()[:-1] if t in backgrounds]
                behind = backgrounds[containers[-1]] if containers else []
                if not behind and own and see_through is not None:
                    # a see-through control is checked on what it is placed on; one not placed
                    # yet is an error (it has no background to be read against)
                    plain = selector.split(":")[0]
                    assert plain in see_through, f"{selector}: on which background?"
                    behind = see_through[plain]
                behind = behind or around
            result += [(selector, colour.group(1), back, large) for back in behind]
    return result


def kiosk_sheets() -> list[tuple[str, str, list[str], dict[str, list[str]] | None]]:
    sheets = []
    for text_size, contrast in LOOKS:
        look = f"text ×{text_size:g} contrast={contrast}"
        main = kiosk_style(text_size=text_size, contrast=contrast)
        card = re.search(r"#Card, #OutOfOrder \{ ?background: (#\w+)", main)
        screen = re.search(r"#LockScreen, #Cover \{ ?background: (#\w+)", main)
        assert card is not None and screen is not None
        # the see-through controls: links on the card, the rest on the lock screen
        placed = {"QPushButton#Link": [card.group(1)]}
        for name in ("Language", "Toggle", "Staff"):
            placed[f"QPushButton#{name}"] = [screen.group(1)]
        sheets.append((f"kiosk {look}", main, [card.group(1)], placed))
        sheets.append(
            (f"banner {look}", banner_style(text_size=text_size, contrast=contrast), [], None)
        )
        # the bar's own controls sit on the bar, warned or not
        bar = [back for _, _, back, _ in pairs(main, []) if back] or []
        bar_backs = [b for s, _, b, _ in pairs(main, []) if s == "#SessionBar QLabel"]
        sheets.append((f"bar controls {look}", _BAR_CONTROLS_STYLE, bar_backs or bar, None))
    return sheets


@pytest.mark.parametrize(
    ("name", "sheet", "around", "see_through"),
    kiosk_sheets(),
    ids=[sheet[0] for sheet in kiosk_sheets()],
)
def test_every_colour_pair_of_the_kiosk_style_sheets_reads(
    name: str, sheet: str, around: list[str], see_through: dict[str, list[str]] | None
) -> None:
    found = pairs(sheet, around, see_through)
    assert found, name
    poor = [
        (selector, text, back, round(ratio(text, back), 2))
        for selector, text, back, large in found
        if ratio(text, back) < (3.0 if large else 4.5)
    ]
    assert poor == [], name


def test_the_check_sees_a_poor_pair() -> None:
    sheet = "#Bar { background: #e8590c; } #Bar QLabel { color: #ffffff; font-size: 20px; }"
    assert [p[:3] for p in pairs(sheet, [])] == [("#Bar QLabel", "#ffffff", "#e8590c")]
    assert ratio("#ffffff", "#e8590c") < 4.5


def styled_parents(text_size: float, contrast: bool) -> list[QWidget]:
    bar = SessionBar()
    bar.setStyleSheet(kiosk_style(text_size=text_size, contrast=contrast))
    bar.start("Fatima", 600)
    warned = SessionBar()
    warned.setStyleSheet(kiosk_style(text_size=text_size, contrast=contrast))
    warned.start("Jan", 60)
    warned.warn(60)
    cover = CoverWindow("Ixelles")
    cover.apply_look(text_size, contrast, 1.0)
    return [bar, warned, cover]


def plain_dialog(parent: QWidget) -> QDialog:
    dialog = QDialog(parent)
    QVBoxLayout(dialog).addWidget(QLabel("Are you sure?"))
    return dialog


@pytest.mark.parametrize(("text_size", "contrast"), LOOKS)
def test_every_dialog_opened_from_a_kiosk_window_reads(
    qtbot, text_size: float, contrast: bool
) -> None:
    for parent in styled_parents(text_size, contrast):
        qtbot.addWidget(parent)
        for dialog in (ConfirmEndDialog.build(parent)[0], plain_dialog(parent)):
            dialog.show()
            qtbot.waitExposed(dialog)
            labels = [
                label
                for label in dialog.findChildren(QLabel)
                if label.isVisible() and label.text() and not label.pixmap().width()
            ]
            assert labels
            for label in labels:
                contrast_ = text_contrast(dialog, label)
                assert contrast_ >= 4.5, (parent.objectName(), label.text(), contrast_)
            dialog.close()

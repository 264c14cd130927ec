"""The language switch every visitor screen shows: Français / Nederlands / English."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QPushButton

from ui.i18n import LANGUAGES


def add_language_buttons(
    layout: QBoxLayout, on_click: Callable[[str], None]
) -> dict[str, QPushButton]:
    """One checkable button per language, named in that language, added to ``layout``.

    Not an exclusive group: in one, Tab would skip the languages not chosen. Call
    :func:`check_language` to show the current one.
    """
    buttons: dict[str, QPushButton] = {}
    for code, name in LANGUAGES.items():
        button = QPushButton(name, objectName="Language")
        button.setCheckable(True)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, c=code: on_click(c))
        buttons[code] = button
        layout.addWidget(button)
    return buttons


def check_language(buttons: dict[str, QPushButton], code: str) -> None:
    for language, button in buttons.items():
        button.setChecked(language == code)

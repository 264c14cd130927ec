"""Console fields sized for what they say."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLineEdit

#: Room for the clear button a search field shows once something is typed.
CLEAR_BUTTON = 24


def fit_placeholder(edit: QLineEdit) -> None:
    """Keep ``edit`` at least as wide as its placeholder, now and when its font or style
    changes (call again after changing the placeholder): a hint cut mid-word ("Computer or
    visite…") tells the staff nothing."""
    if edit.findChild(_Refit, _Refit.NAME) is None:
        edit.installEventFilter(_Refit(edit))
    _fit(edit)


def _fit(edit: QLineEdit) -> None:
    metrics = edit.fontMetrics()
    # the size hint is 17 "x" wide plus the frame, padding and margins around the text
    around = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    # Qt elides at the exact width: 275.16 px of text in 275 px loses its last word
    text = math.ceil(QFontMetricsF(edit.font()).horizontalAdvance(edit.placeholderText()))
    clear = CLEAR_BUTTON if edit.isClearButtonEnabled() else 0
    edit.setMinimumWidth(text + around + clear)


class _Refit(QObject):
    """Fits its line edit again when the style sheet gives it another font."""

    NAME = "fit-placeholder"
    # Show too: at Polish the style sheet's font may not have reached the field yet
    EVENTS = (
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.Polish,
        QEvent.Type.Show,
    )

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.setObjectName(self.NAME)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() in self.EVENTS:
            _fit(self._edit)
        return False

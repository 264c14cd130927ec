"""The minutes dialog the kiosk's staff panel and the console share."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.protocol.limits import MAX_EXTEND_MINUTES
from ui.dialogs import MinutesDialog
from ui.kiosk.staff_panel import StaffPanel


def test_the_value_is_kept_within_its_range(qtbot) -> None:
    dialog = MinutesDialog(None, "Extend", "Minutes to add:", 900, 600)
    qtbot.addWidget(dialog)
    assert dialog.minutes() == 600
    dialog.spin.setValue(0)
    assert dialog.minutes() == 1


def test_the_staff_panel_asks_the_shared_dialog(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "More minutes" at the station: the console's dialog, bounded by the same limit."""
    asked: list[tuple[Any, ...]] = []

    def ask(cls: type, *args: Any) -> int:
        asked.append(args)
        return 25

    monkeypatch.setattr(MinutesDialog, "ask", classmethod(ask))
    panel = StaffPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.extend_requested) as extended:
        qtbot.mouseClick(panel.extend_other, Qt.MouseButton.LeftButton)
    assert extended.args == [25]
    [(_, title, _label, value, maximum)] = asked
    assert (title, value, maximum) == ("Add time", 30, MAX_EXTEND_MINUTES)

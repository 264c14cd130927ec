"""The Qt binding itself: a release that corrupts the interpreter must not be installed."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calling_qt_does_not_drop_references_to_none(qapp: object) -> None:
    # PySide6 6.12.0 dropped one reference to None per call of a method returning nothing:
    # the kiosk aborted ("none_dealloc") after a few thousand countdown updates.
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("0:42")
    assert sys.getrefcount(None) - before > -100

"""Shared test set-up: Qt without a screen, temp dirs for every path."""

from __future__ import annotations

import os

# GUI tests render offscreen; end-to-end tests start their own Xvfb and set DISPLAY for the
# processes they launch. Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("EPN_PASSWORD", None)

"""Look of every screen: one stylesheet, large text, strong contrast (Brussels blue and yellow)."""

from __future__ import annotations

BLUE = "#0b3d91"
BLUE_DARK = "#072a66"
YELLOW = "#ffd100"
ORANGE = "#e8590c"
RED = "#b3261e"
INK = "#1b1b1f"
PAPER = "#ffffff"
MUTED = "#5f6368"

KIOSK_STYLE = f"""
QWidget {{ font-family: "DejaVu Sans", "Segoe UI", sans-serif; font-size: 18px; color: {INK}; }}
#LockScreen {{ background: {BLUE}; }}
#LockScreen QLabel#Brand, #LockScreen QLabel#StationLine {{ color: {PAPER}; }}
QLabel#Brand {{ font-size: 26px; font-weight: bold; }}
QLabel#StationLine {{ font-size: 18px; }}
#Card {{ background: {PAPER}; border-radius: 18px; }}
QLabel#Title {{ font-size: 40px; font-weight: bold; color: {BLUE_DARK}; }}
QLabel#Hint {{ font-size: 22px; color: {INK}; }}
QLabel#FieldLabel {{ font-size: 20px; font-weight: bold; }}
QLineEdit {{ font-size: 30px; padding: 10px 14px; border: 3px solid {MUTED}; border-radius: 10px;
            background: {PAPER}; }}
QLineEdit:focus {{ border-color: {BLUE}; }}
QPushButton {{ font-size: 20px; padding: 10px 22px; border-radius: 10px; border: 2px solid {BLUE};
              background: {PAPER}; color: {BLUE}; }}
QPushButton:focus {{ border: 3px solid {YELLOW}; }}
QPushButton#Primary {{ background: {BLUE}; color: {PAPER}; font-weight: bold; }}
QPushButton#Language {{ background: transparent; color: {PAPER}; border: 2px solid {PAPER};
                        font-size: 18px; padding: 6px 16px; min-width: 110px; }}
QPushButton#Language:checked {{ background: {YELLOW}; color: {INK}; border-color: {YELLOW}; }}
QLabel#Message {{ font-size: 22px; font-weight: bold; color: {RED}; }}
QLabel#Message[kind="info"] {{ color: {BLUE_DARK}; }}
QLabel#Banner {{ background: {YELLOW}; color: {INK}; font-size: 22px; font-weight: bold;
                 padding: 12px; border-radius: 8px; }}
#SessionBar {{ background: {BLUE_DARK}; }}
#SessionBar[warning="true"] {{ background: {ORANGE}; }}
#SessionBar QLabel {{ color: {PAPER}; }}
QLabel#Countdown {{ font-size: 40px; font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }}
QLabel#BarNote {{ font-size: 20px; font-weight: bold; }}
#SessionBar QPushButton {{ background: {PAPER}; color: {BLUE_DARK}; font-weight: bold; }}
"""

CONSOLE_STYLE = f"""
QWidget {{ font-family: "DejaVu Sans", "Segoe UI", sans-serif; font-size: 14px; }}
QLabel#Title {{ font-size: 20px; font-weight: bold; color: {BLUE_DARK}; }}
QLabel#Error {{ color: {RED}; font-weight: bold; }}
QLabel#Status {{ color: {MUTED}; }}
QPushButton#Primary {{ background: {BLUE}; color: {PAPER}; font-weight: bold; padding: 6px 14px; }}
"""

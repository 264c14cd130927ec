"""Look of every screen: one stylesheet, large text, strong contrast (Brussels blue and yellow).

The kiosk stylesheet comes in variants: a ``text_size`` (×1, ×1.5, ×2) for visitors who need it, a ``contrast``
theme (white and yellow on black), and a ``scale`` that follows the screen's height so that a 4K
screen shows the same layout as a 1280×800 one.
"""

from __future__ import annotations

from kiosk.protocol.limits import TEXT_SIZES

BLUE = "#0b3d91"
BLUE_DARK = "#072a66"
YELLOW = "#ffd100"
YELLOW_LIGHT = "#fff4bf"
#: Dark enough for white text of any size (5.2:1; #e8590c was 3.6:1).
ORANGE = "#c2410c"
RED = "#b3261e"
INK = "#1b1b1f"
PAPER = "#ffffff"
MUTED = "#5f6368"
BLACK = "#000000"

#: The visitor's text sizes: how much bigger every text is (kiosk.protocol.limits).
TEXT_SIZES: tuple[float, ...] = TEXT_SIZES
#: The largest of them.
LARGE_TEXT_FACTOR = TEXT_SIZES[-1]
#: Headings, the screen's edge controls (languages, reading aids) and its bold banners (offline)
#: grow at most this much: already big, they would push the text that matters off a 1024×768
#: screen at ×2.
HEADING_TEXT_CAP = 1.5


def margin(size: float, text_size: float, scale: float = 1.0) -> int:
    """A margin or a gap around text: it shrinks as the text grows (half at ×2), so that larger
    text gets the room it needs on a 1024×768 screen."""
    return round(size * scale / max(text_size, 1.0))


# Colours by role. Focus is shown by a thick border of a colour that stands out on both the
# control and what surrounds it, and by a change of background: colour alone is never the cue.
_NORMAL = {
    "screen": BLUE,
    "on_screen": PAPER,
    "card": PAPER,
    "card_border": PAPER,
    "text": INK,
    "title": BLUE_DARK,
    "field": PAPER,
    "field_border": MUTED,
    "field_focus": BLUE,
    "button": PAPER,
    "button_text": BLUE,
    "button_border": BLUE,
    "button_focus_bg": YELLOW_LIGHT,
    "focus": INK,
    "primary": BLUE,
    "primary_text": PAPER,
    "primary_focus_bg": BLUE_DARK,
    "primary_focus": YELLOW,
    "screen_focus": YELLOW,
    "screen_focus_bg": PAPER,
    "screen_focus_text": BLUE_DARK,
    "checked_focus": INK,
    "checked": YELLOW,
    "checked_text": INK,
    "error": RED,
    "info": BLUE_DARK,
    "banner": YELLOW,
    "banner_text": INK,
    "panel": BLUE_DARK,
    "bar": BLUE_DARK,
    "bar_warning": ORANGE,
}
_CONTRAST = {
    "screen": BLACK,
    "on_screen": PAPER,
    "card": BLACK,
    "card_border": PAPER,
    "text": PAPER,
    "title": YELLOW,
    "field": BLACK,
    "field_border": PAPER,
    "field_focus": YELLOW,
    "button": BLACK,
    "button_text": YELLOW,
    "button_border": YELLOW,
    "button_focus_bg": "#3a3000",
    "focus": PAPER,
    "primary": YELLOW,
    "primary_text": BLACK,
    "primary_focus_bg": PAPER,
    "primary_focus": BLACK,
    "screen_focus": YELLOW,
    "screen_focus_bg": PAPER,
    "screen_focus_text": BLACK,
    "checked_focus": BLACK,
    "checked": YELLOW,
    "checked_text": BLACK,
    "error": "#ff8a80",
    "info": YELLOW,
    "banner": YELLOW,
    "banner_text": BLACK,
    "panel": BLACK,
    "bar": BLACK,
    "bar_warning": "#7a2e00",
}


def kiosk_style(text_size: float = 1.0, contrast: bool = False, scale: float = 1.0) -> str:
    """The kiosk's stylesheet; sizes are multiplied by ``scale`` (texts also by ``text_size``)."""
    c = _CONTRAST if contrast else _NORMAL
    text = scale * text_size

    def f(size: float) -> str:  # a font size
        return f"{round(size * text)}px"

    def h(size: float) -> str:  # the font size of a heading or of a control at the edge
        return f"{round(size * scale * min(text_size, HEADING_TEXT_CAP))}px"

    def s(size: float) -> str:  # a padding, border or radius
        return f"{max(1, round(size * scale))}px"

    def px(size: float) -> int:
        return max(1, round(size * scale))

    # the focused field's thicker border takes its room from the padding: the field keeps
    # its height (a layout sized while it was not focused does not cut it)
    thicker = px(4) - px(3)
    field_padding = f"{px(8) - thicker}px {px(14) - thicker}px"
    # the same for the screen's edge controls, whose focus ring is thicker still
    ring = px(5) - px(3)
    edge_padding = f"{max(0, px(6) - ring)}px {max(0, px(14) - ring)}px"

    # "Call the desk" on the lock screen: in larger text an edge control like the reading aids
    # beside it (the bottom of the lock screen holds two rows of them on a 1024×768 screen)
    desk_call = (
        f"#LockScreen QPushButton#DeskCall {{ font-size: {h(20)}; }}"
        if text_size <= 1.0
        else f"#LockScreen QPushButton#DeskCall {{ font-size: {h(18)}; padding: {s(6)} {s(14)}; }}"
    )

    return f"""
QWidget {{ font-family: "DejaVu Sans", "Segoe UI", sans-serif; font-size: {f(18)};
          color: {c["text"]}; }}
#LockScreen, #Cover {{ background: {c["screen"]}; }}
#LockScreen QLabel#Brand, #LockScreen QLabel#StationLine, #LockScreen QLabel#Hours,
#LockScreen QLabel#Closes, #LockScreen QLabel#SiteMessage, #LockScreen QLabel#TextSizeCaption,
#Cover QLabel, #LockScreen QLabel#DeskCallStatus {{
    color: {c["on_screen"]}; }}
QLabel#DeskCallStatus {{ font-size: {h(20)}; font-weight: bold; }}
QLabel#Brand {{ font-size: {h(26)}; font-weight: bold; }}
QLabel#StationLine {{ font-size: {h(18)}; }}
QLabel#Hours {{ font-size: {h(20)}; }}
QLabel#Closes {{ font-size: {h(24)}; font-weight: bold; }}
QLabel#SiteMessage {{ font-size: {h(20)}; }}
#InfoPanel {{ background: {c["panel"]}; border: {s(2)} solid {c["on_screen"]};
             border-radius: {s(14)}; }}
#Card, #OutOfOrder {{ background: {c["card"]}; border: {s(3)} solid {c["card_border"]};
                    border-radius: {s(18)}; }}
QLabel#Title {{ font-size: {h(36)}; font-weight: bold; color: {c["title"]}; }}
QLabel#Hint {{ font-size: {f(21)}; color: {c["text"]}; }}
QLabel#HoldLine {{ font-size: {h(21)}; font-weight: bold; color: {c["title"]};
                  border: {s(3)} solid {c["title"]}; border-radius: {s(10)};
                  padding: {s(6)} {s(12)}; }}
QLabel#FieldLabel {{ font-size: {f(20)}; font-weight: bold; }}
QLineEdit {{ font-size: {h(30)}; padding: {s(8)} {s(14)}; border: {s(3)} solid {c["field_border"]};
            border-radius: {s(10)}; background: {c["field"]}; color: {c["text"]}; }}
QLineEdit:focus {{ border: {s(4)} solid {c["field_focus"]}; padding: {field_padding}; }}
QTextBrowser, QAbstractSpinBox, QAbstractItemView {{ background: {c["field"]};
    color: {c["text"]}; selection-background-color: {c["checked"]};
    selection-color: {c["checked_text"]}; }}
/* The charter scrolls with the arrows once focused: its ring shows where the keys go. */
QTextBrowser#CharterText {{ border: {s(4)} solid {c["card"]}; border-radius: {s(10)};
    padding: {s(4)}; }}
QTextBrowser#CharterText:focus {{ border: {s(4)} solid {c["field_focus"]}; }}
QPushButton {{ font-size: {f(20)}; padding: {s(8)} {s(20)}; border-radius: {s(10)};
              border: {s(3)} solid {c["button_border"]}; background: {c["button"]};
              color: {c["button_text"]}; }}
QPushButton:focus {{ border: {s(4)} solid {c["focus"]}; background: {c["button_focus_bg"]};
                    text-decoration: underline; }}
#Card QPushButton {{ font-size: {h(20)}; }}
#Card QPushButton#Primary {{ font-size: {f(20)}; }}
QPushButton#Primary {{ background: {c["primary"]}; color: {c["primary_text"]};
                      font-weight: bold; }}
QPushButton#Primary:focus {{ background: {c["primary_focus_bg"]}; color: {c["primary_text"]};
                            border: {s(4)} solid {c["primary_focus"]}; }}
QPushButton#Primary:disabled {{ background: {MUTED}; color: {PAPER}; }}
QPushButton#Link {{ border: none; background: transparent; color: {c["button_text"]};
                   text-decoration: underline; padding: {s(6)} {s(6)}; }}
QPushButton#Link:focus {{ border: {s(4)} solid {c["focus"]}; background: {c["button_focus_bg"]}; }}
QPushButton#Language, QPushButton#Toggle, QPushButton#Staff {{
    background: transparent; color: {c["on_screen"]}; border: {s(3)} solid {c["on_screen"]};
    font-size: {h(18)}; padding: {s(6)} {s(14)}; }}
QPushButton#Staff {{ border-color: transparent; font-size: {h(15)}; }}
{desk_call}
QLabel#TextSizeCaption {{ font-size: {h(18)}; }}
/* Focused, an edge control turns white inside a thick ring; a checked one keeps its colour
   inside a dark ring (white or yellow beside yellow would not show). */
QPushButton#Language:focus, QPushButton#Toggle:focus, QPushButton#Staff:focus {{
    border: {s(5)} solid {c["screen_focus"]}; background: {c["screen_focus_bg"]};
    color: {c["screen_focus_text"]}; padding: {edge_padding}; }}
QPushButton#Language:checked, QPushButton#Toggle:checked {{ background: {c["checked"]};
    color: {c["checked_text"]}; border-color: {c["checked"]}; }}
QPushButton#Language:checked:focus, QPushButton#Toggle:checked:focus {{
    border: {s(5)} solid {c["checked_focus"]}; padding: {edge_padding}; }}
QLabel#Message {{ font-size: {f(21)}; font-weight: bold; color: {c["error"]}; }}
QLabel#Message[kind="info"] {{ color: {c["info"]}; }}
QLabel#Banner {{ background: {c["banner"]}; color: {c["banner_text"]}; font-size: {h(20)};
                 font-weight: bold; padding: {s(8)} {s(12)}; border-radius: {s(8)}; }}
QLabel#OutOfOrderTitle {{ font-size: {h(32)}; font-weight: bold; color: {c["error"]}; }}
QLabel#CoverTitle {{ font-size: {f(34)}; font-weight: bold; }}
QLabel#CoverText {{ font-size: {f(26)}; }}
#SessionBar {{ background: {c["bar"]}; }}
#SessionBar[warning="true"] {{ background: {c["bar_warning"]}; }}
#SessionBar QLabel {{ color: {PAPER}; }}
QLabel#Countdown {{ font-size: {f(40)}; font-weight: bold;
                    font-family: "DejaVu Sans Mono", monospace; }}
QLabel#BarNote {{ font-size: {f(20)}; font-weight: bold; }}
/* the bar's own buttons: not those of a dialog opened from the bar (the end question), drawn
   on the dialog's card in the card's colours */
#BarFull QPushButton, #BarCompact QPushButton {{ background: {PAPER}; color: {BLUE_DARK};
    font-weight: bold; }}
QMenu#AllAppsMenu {{ background: {c["card"]}; color: {c["text"]};
                    border: {s(3)} solid {c["button_border"]}; padding: {s(6)}; }}
QMenu#AllAppsMenu::item {{ padding: {s(10)} {s(24)} {s(10)} {s(12)}; }}
QMenu#AllAppsMenu::item:selected {{ background: {c["button_focus_bg"]}; color: {c["text"]}; }}
QMenu#AllAppsMenu::icon {{ padding-left: {s(8)}; }}
/* A dialog opened from a window (the end confirmation on the session bar) is drawn on its
   own card, with the card's text: not the window's text meant for another background. */
QDialog, QMessageBox {{ background: {c["card"]}; color: {c["text"]}; }}
QDialog QLabel, QMessageBox QLabel, #SessionBar QDialog QLabel, #SessionBar QMessageBox QLabel,
#LockScreen QDialog QLabel, #LockScreen QMessageBox QLabel, #Cover QDialog QLabel,
#Cover QMessageBox QLabel {{ color: {c["text"]}; }}
"""


KIOSK_STYLE = kiosk_style()

# Qt's default highlight (#308cc6) gives white text 3.69:1 and its placeholder grey (#7f7f7f)
# 4.00:1 on white: both under the 4.5:1 that small text needs.
CONSOLE_STYLE = f"""
QWidget {{ font-family: "DejaVu Sans", "Segoe UI", sans-serif; font-size: 14px; }}
QAbstractItemView {{ selection-background-color: {BLUE}; selection-color: {PAPER}; }}
QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox {{
    placeholder-text-color: {MUTED}; }}
/* Multi-line fields show the keyboard's focus too (Qt's own style draws no ring on them): a
   thicker border in the padding's room, so the text does not move. */
QTextEdit, QPlainTextEdit {{ background: {PAPER}; border: 1px solid #767a80; padding: 1px; }}
QTextEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {BLUE}; padding: 0px; }}
QLabel#Title {{ font-size: 20px; font-weight: bold; color: {BLUE_DARK}; }}
QLabel#Error {{ color: {RED}; font-weight: bold; }}
QLabel#Status {{ color: {MUTED}; }}
/* Every button shows the keyboard's focus: a ring in the border's room, so no size jump
   (Qt's own style drew none on the default button of a message box). */
QPushButton {{ background: #f3f4f6; color: {INK}; border: 1px solid #767a80; border-radius: 4px;
    padding: 5px 10px; }}
QPushButton:hover {{ background: #e6e8ec; }}
QPushButton:pressed, QPushButton:checked {{ background: #d5d9e0; }}
QPushButton:disabled {{ color: {MUTED}; border-color: #b8bcc2; }}
QPushButton:focus {{ border: 3px solid {BLUE}; padding: 3px 8px; background: {YELLOW_LIGHT}; }}
QPushButton#Primary {{ background: {BLUE}; color: {PAPER}; font-weight: bold; padding: 5px 14px;
    border: 1px solid {BLUE_DARK}; }}
QPushButton#Primary:disabled {{ background: {MUTED}; }}
QPushButton#Primary:focus {{ border: 3px solid {YELLOW}; padding: 3px 12px;
    background: {BLUE_DARK}; }}
QListWidget#Navigation {{ background: {BLUE_DARK}; color: {PAPER}; border: none; font-size: 15px; }}
QListWidget#Navigation::item {{ padding: 10px 14px; }}
QListWidget#Navigation::item:selected {{ background: {YELLOW}; color: {INK}; font-weight: bold; }}
QListWidget#Navigation:focus {{ outline: 2px solid {PAPER}; }}
QComboBox#SiteChooser {{ min-width: 260px; padding: 4px 8px; }}
QLabel#Reconnecting {{ background: #FFF3C4; color: #5A4300; border: 1px solid #C9A227;
    padding: 8px 12px; font-weight: bold; }}
"""

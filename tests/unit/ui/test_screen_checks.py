"""The screen checks (ui/checks) see what a visitor sees: each is shown a deliberately broken
widget and finds it, and finds nothing on the same widget done right."""

from __future__ import annotations

import math

import pytest
from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.room import StationState, StationStatus
from kiosk.protocol.station import SiteInfo
from ui.checks import Finding, check_screen, check_window
from ui.checks.pixels import contrast
from ui.checks.texts import window_texts
from ui.console.room.station_model import StationTableModel
from ui.console.room.tiles import TilesView
from ui.kiosk.charter import CharterScreen
from ui.kiosk.session_bar import ConfirmEndDialog, SessionBar, letter_icon
from ui.theme import kiosk_style

FREE = StationState.FREE


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    widget.setObjectName("Screen")
    widget.resize(640, 400)
    # a plain light window whatever the platform's palette
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1b1b1f"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5f6368"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    qtbot.addWidget(widget)
    return widget


def shown(widget: QWidget) -> QWidget:
    widget.show()
    widget.activateWindow()
    QApplication.processEvents()
    return widget


def found(window: QWidget, check: str, language: str = "en") -> list[Finding]:
    return [f for f in check_window(window, language=language) if f.check == check]


def texts(findings: list[Finding]) -> list[str]:
    return [f.text for f in findings]


# --- contrast ----------------------------------------------------------------------------------


def test_wcag_contrast_of_known_colours() -> None:
    assert contrast(0x000000, 0xFFFFFF) == pytest.approx(21.0)
    assert contrast(0xFFFFFF, 0xE8590C) == pytest.approx(3.6, abs=0.05)  # the old banner
    assert contrast(0xFFFFFF, 0xFFFFFF) == 1.0


def test_white_text_on_light_grey_is_too_faint(window: QWidget) -> None:
    faint = QLabel("Votre session se termine bientôt", window)
    faint.setStyleSheet("color: white; background: #d9d9d9; padding: 6px")
    faint.setGeometry(20, 20, 400, 40)
    readable = QLabel("Votre session continue", window)
    readable.setGeometry(20, 80, 400, 40)
    shown(window)

    findings = found(window, "contrast")

    assert texts(findings) == [faint.text()]
    assert "#ffffff on #d9d9d9" in findings[0].detail


def test_a_message_box_that_inherits_white_text_from_its_parent(qtbot) -> None:
    # the session bar: white text on blue; its confirmation used to inherit the white text
    bar = QWidget()
    bar.setObjectName("SessionBar")
    bar.setStyleSheet("QWidget#SessionBar { background: #0b3d91; } * { color: white; }")
    qtbot.addWidget(bar)
    box = QMessageBox(bar)
    box.setText("End your session now? Your open programs will be closed.")
    box.addButton("Yes, end my session", QMessageBox.ButtonRole.YesRole)
    shown(box)

    findings = found(box, "contrast")

    assert box.text() in texts(findings)


def test_a_message_box_with_its_own_readable_style_passes(qtbot) -> None:
    bar = QWidget()
    bar.setStyleSheet("QWidget#SessionBar { background: #0b3d91; color: white; }")
    bar.setObjectName("SessionBar")
    qtbot.addWidget(bar)
    box = QMessageBox(bar)
    box.setText("End your session now? Your open programs will be closed.")
    box.addButton("Yes, end my session", QMessageBox.ButtonRole.YesRole)
    shown(box)

    assert found(box, "contrast") == []


def test_large_text_needs_only_3_to_1(window: QWidget) -> None:
    # #767676 on white is 4.54:1, #959595 is 3.0:1: fine when large, faint when small
    large = QLabel("Bienvenue", window)
    large.setStyleSheet("color: #949494; background: white; font-size: 26px")
    large.setGeometry(20, 20, 300, 50)
    small = QLabel("Bienvenue", window)
    small.setStyleSheet("color: #949494; background: white; font-size: 14px")
    small.setGeometry(20, 100, 300, 30)
    shown(window)

    findings = found(window, "contrast")

    assert len(findings) == 1 and "needs 4.5:1" in findings[0].detail
    assert findings[0].widget.endswith("QLabel") and small.geometry().top() == 100


@pytest.mark.parametrize("readable", [False, True])
def test_a_document_whose_text_takes_its_background_colour(window: QWidget, readable: bool) -> None:
    # the charter in high contrast: the theme turns text white, the browser stays white
    layout = QVBoxLayout(window)
    browser = QTextBrowser(objectName="Rules")
    browser.setStyleSheet(
        "QTextBrowser { background: white; color: %s; }" % ("#1b1b1f" if readable else "white")
    )
    browser.setHtml("<p>Respectez le matériel.</p><p>Pas de nourriture ni de boisson.</p>")
    layout.addWidget(browser)
    shown(window)

    findings = found(window, "contrast")

    if readable:
        assert findings == []
    else:
        assert texts(findings) == ["Respectez le matériel.", "Pas de nourriture ni de boisson."]
        assert all("invisible" in f.detail for f in findings)


# --- layout ------------------------------------------------------------------------------------


def test_an_elided_or_cut_label(window: QWidget) -> None:
    cut = QLabel("Votre temps d'ordinateur du jour est épuisé. Il revient demain à 9 h.", window)
    cut.setGeometry(10, 10, 120, 30)
    wrapped = QLabel("Un texte qui passe à la ligne mais dans une boîte trop basse", window)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(10, 50, 90, 20)
    fits = QLabel("Tout va bien", window)
    fits.setGeometry(10, 100, 200, 30)
    ok = QPushButton("OK", window)
    ok.setGeometry(10, 150, 80, 40)
    shown(window)

    assert sorted(texts(found(window, "layout"))) == sorted([cut.text(), wrapped.text()])


@pytest.mark.parametrize("spare", [0, 1])
def test_a_placeholder_elided_by_a_fraction_of_a_pixel(window: QWidget, spare: int) -> None:
    # Qt elides at the text's exact width inside the style's text area (its frame, 2 px of
    # margin each side): "…carte perdue" 275.16 px in 275 px showed "…carte perd…"
    edit = QLineEdit(window)
    edit.setPlaceholderText("Visible par l'équipe, p. ex. carte perdue")
    exact = QFontMetricsF(edit.font()).horizontalAdvance(edit.placeholderText())
    edit.resize(200, edit.sizeHint().height())
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    around = edit.width() - contents.width() + 4  # the frame and the 2 px margins
    edit.resize(math.ceil(exact) + around - 1 + spare, edit.height())
    shown(window)

    cut = texts(found(window, "layout"))

    assert cut == ([] if spare else [edit.placeholderText()])


@pytest.mark.parametrize("rows_fit", [False, True])
def test_a_wrapped_cell_in_a_row_too_low(window: QWidget, rows_fit: bool) -> None:
    # word wrap alone shows nothing more: the row must be as tall as the wrapped lines
    detail = "category: senior; minutes per day: 0; minutes per session: 90; per week: 720"
    model = QStandardItemModel(0, 2, window)
    model.appendRow([QStandardItem("Changed a time rule"), QStandardItem(detail)])
    table = QTableView(window)
    table.setModel(model)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.setGeometry(10, 10, 520, 200)
    table.setColumnWidth(0, 200)
    table.setColumnWidth(1, 240)
    if rows_fit:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    shown(window)

    assert texts(found(window, "layout")) == ([] if rows_fit else [detail])


def test_a_wrapped_cell_with_a_word_wider_than_its_column(window: QWidget) -> None:
    # a Windows path has no space to wrap at: its end is cut however tall the row
    path = '"C:\\Program Files\\LibreOffice\\program\\soffice.exe" --calc'
    model = QStandardItemModel(0, 1, window)
    model.appendRow(QStandardItem(path))
    table = QTableView(window)
    table.setModel(model)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setGeometry(10, 10, 300, 200)
    table.setColumnWidth(0, 130)
    shown(window)

    assert texts(found(window, "layout")) == [path]


def test_a_label_behind_another_widget(window: QWidget) -> None:
    label = QLabel("Il vous reste 10 minutes", window)
    label.setGeometry(20, 20, 300, 30)
    cover = QWidget(window)
    cover.setAutoFillBackground(True)
    cover.setGeometry(10, 10, 400, 60)  # a later sibling: drawn over the label
    beside = QLabel("À côté", window)
    beside.setGeometry(20, 100, 200, 30)
    shown(window)

    findings = found(window, "layout")

    assert texts(findings) == [label.text()]
    assert "hidden behind" in findings[0].detail


def test_a_text_under_a_window_drawn_over_it(qtbot, window: QWidget) -> None:
    label = QLabel("Il vous reste 10 minutes", window)
    label.setGeometry(20, 20, 300, 30)
    window.move(0, 0)
    banner = QLabel("Attention")
    qtbot.addWidget(banner)
    banner.setGeometry(
        window.mapToGlobal(label.pos()).x(), window.mapToGlobal(label.pos()).y(), 300, 40
    )
    shown(window)
    banner.show()

    report = check_screen([window, banner], "fr")

    assert any(f.text == label.text() and "another window" in f.detail for f in report.findings)


@pytest.mark.parametrize("own_question", [True, False])
def test_a_window_s_own_modal_question_over_it_hides_nothing(
    qtbot, window: QWidget, own_question: bool
) -> None:
    """A console page under its own modal dialog: nobody can use the page meanwhile, so the
    texts the dialog covers are not reported; a modal dialog of ANOTHER window over this one
    (the end question over the warning banner) still hides them."""
    label = QLabel("RC-06 · Hors service", window)
    label.setGeometry(20, 20, 300, 30)
    window.move(0, 0)
    other = QWidget()
    qtbot.addWidget(other)
    dialog = QtWidgets.QDialog(window if own_question else other)
    dialog.setModal(True)
    dialog.setGeometry(
        window.mapToGlobal(label.pos()).x(), window.mapToGlobal(label.pos()).y(), 320, 60
    )
    shown(window)
    dialog.show()

    report = check_screen([window, dialog], "fr")

    hidden = [f for f in report.findings if f.text == label.text() and "another window" in f.detail]
    assert bool(hidden) is not own_question


def test_content_past_a_scroll_area_with_no_scroll_bar(window: QWidget) -> None:
    layout = QVBoxLayout(window)
    for policy in (Qt.ScrollBarPolicy.ScrollBarAlwaysOff, Qt.ScrollBarPolicy.ScrollBarAsNeeded):
        area = QScrollArea(objectName=f"Apps{policy.name}")
        area.setHorizontalScrollBarPolicy(policy)
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidgetResizable(True)
        row = QWidget()
        apps = QHBoxLayout(row)
        for name in ("Firefox", "Writer", "Calc", "Impress", "GIMP", "Inkscape", "VLC", "Zoom"):
            button = QPushButton(name)
            button.setMinimumWidth(110)
            apps.addWidget(button)
        area.setWidget(row)
        area.setFixedHeight(70)
        layout.addWidget(area)
    shown(window)

    findings = found(window, "layout")

    assert findings, "nothing found"
    assert all("AppsScrollBarAlwaysOff" in f.widget for f in findings)
    assert all("outside the reach" in f.detail for f in findings)
    assert "Zoom" in texts(findings)


def test_a_button_without_text_needs_an_accessible_name(window: QWidget) -> None:
    nameless = QPushButton(window)
    nameless.setGeometry(10, 10, 40, 40)
    named = QPushButton(window)
    named.setAccessibleName("Fermer")
    named.setGeometry(60, 10, 40, 40)
    shown(window)

    findings = found(window, "layout")

    assert [f.widget for f in findings] == ["Screen/QPushButton"]
    assert "accessible name" in findings[0].detail


def test_buttons_without_text_drawn_alike(window: QWidget) -> None:
    # the session bar's apps squeezed to their initial: two "W" that open different apps
    for position, (name, initial) in enumerate(
        [("Web browser", "W"), ("Word processor", "W"), ("Mail", "M")]
    ):
        button = QPushButton(window)
        button.setIcon(letter_icon(initial))
        button.setIconSize(QSize(32, 32))
        button.setAccessibleName(f"Open {name}")
        button.setGeometry(10 + position * 60, 10, 50, 50)
    shown(window)

    findings = found(window, "layout")

    assert sorted(texts(findings)) == ["Open Web browser", "Open Word processor"]
    assert all("looks the same" in f.detail for f in findings)


def test_a_painted_tile_with_a_cut_name(qtbot) -> None:
    view = TilesView()
    qtbot.addWidget(view)
    model = StationTableModel(view)
    view.setModel(model)
    site = SiteInfo(id=1, name="Centre")
    model.set_stations(
        [
            StationStatus(id=1, name="RC-06-SALLE-DE-LECTURE-ETAGE", site=site, state=FREE),
            StationStatus(id=2, name="RC-01", site=site, state=FREE),
        ]
    )
    view.resize(600, 300)
    shown(view)

    painted = view.visible_texts()
    findings = found(view, "layout")

    assert {"RC-01", "RC-06-SALLE-DE-LECTURE-ETAGE"} <= {t.whole for t in painted}
    assert texts(findings) == ["RC-06-SALLE-DE-LECTURE-ETAGE"]
    assert "elided" in findings[0].detail
    assert found(view, "contrast") == []


# --- focus -------------------------------------------------------------------------------------


def test_a_focus_ring_removed_by_a_style_sheet(window: QWidget) -> None:
    edit = QLineEdit(window)
    edit.setGeometry(20, 20, 300, 40)
    edit.setStyleSheet(
        "QLineEdit { border: 1px solid #8a8a8a; background: white; }"
        " QLineEdit:focus { border: 1px solid #8a8a8a; }"
    )
    shown(window)
    edit.setFocus()

    findings = found(window, "focus")

    assert [f.widget for f in findings] == ["Screen/QLineEdit"]
    assert edit.hasFocus()  # given back


@pytest.mark.parametrize("kind", ["edit", "styled edit", "button", "check box"])
def test_a_visible_focus_ring_passes(window: QWidget, kind: str) -> None:
    widget: QWidget
    if kind == "edit":
        widget = QLineEdit(window)
    elif kind == "styled edit":
        widget = QLineEdit(window)
        widget.setStyleSheet(
            "QLineEdit { border: 1px solid #8a8a8a; } QLineEdit:focus { border: 3px solid #0b3d91; }"
        )
    elif kind == "button":
        widget = QPushButton("Envoyer", window)
    else:
        widget = QCheckBox("Texte agrandi", window)
    widget.setGeometry(20, 20, 300, 40)
    shown(window)
    widget.setFocus()

    assert found(window, "focus") == []


# --- language ----------------------------------------------------------------------------------


def test_english_on_a_french_screen(window: QWidget) -> None:
    english = QLabel("Step away", window)  # a source string translated in French
    english.setGeometry(10, 10, 200, 30)
    counted = QLabel("5 minute(s) added.", window)  # a %n string left in English
    counted.setGeometry(10, 50, 300, 30)
    french = QLabel("Bienvenue", window)
    french.setGeometry(10, 90, 200, 30)
    same = QPushButton("OK", window)
    same.setGeometry(10, 130, 80, 30)
    station = QLabel("RC-06", window)
    station.setGeometry(10, 170, 80, 30)
    shown(window)

    assert sorted(texts(found(window, "language", "fr"))) == sorted(
        ["Step away", "5 minute(s) added."]
    )
    assert found(window, "language", "en") == []


def test_a_sign_in_every_language_is_not_english_on_a_french_screen(window: QWidget) -> None:
    """The fault screen says it in each language, the screen's own first: the English line
    beside its French one is not left untranslated; English alone still is."""
    every = QLabel(
        "Veuillez vous adresser à l'accueil.\nVraag het aan de balie.\nPlease ask at the desk.",
        window,
    )
    every.setGeometry(10, 10, 400, 90)
    alone = QLabel("Please ask at the desk.", window)
    alone.setGeometry(10, 110, 400, 30)
    shown(window)

    reported = found(window, "language", "fr")
    assert texts(reported) == ["Please ask at the desk."]
    assert len(reported) == 1  # the label alone, not the sign in every language


def test_a_dutch_word_that_reads_like_english_is_not_reported(window: QWidget) -> None:
    # "Internet", "Status"… are Dutch too: only a text that no Dutch translation reads counts
    label = QLabel("Internet", window)
    label.setGeometry(10, 10, 200, 30)
    shown(window)

    assert found(window, "language", "nl") == []


# --- the whole screen --------------------------------------------------------------------------


def test_an_ordinary_screen_has_no_findings(window: QWidget) -> None:
    layout = QVBoxLayout(window)
    title = QLabel("Bienvenue à l'EPN")
    font = QFont(title.font())
    font.setPixelSize(26)
    title.setFont(font)
    layout.addWidget(title)
    edit = QLineEdit()
    edit.setPlaceholderText("Numéro de carte")
    layout.addWidget(edit)
    note = QLabel("Scannez votre carte ou tapez son numéro, puis appuyez sur Entrée.")
    note.setWordWrap(True)
    layout.addWidget(note)
    buttons = QHBoxLayout()
    for text in ("Continuer", "Annuler"):
        buttons.addWidget(QPushButton(text))
    layout.addLayout(buttons)
    layout.addWidget(QCheckBox("Texte agrandi"))
    shown(window)
    edit.setFocus()

    report = check_screen([window], "fr")

    assert report.checks == ["contrast", "layout", "focus", "language"]
    assert report.findings == [], [str(f) for f in report.findings]


def test_the_report_names_the_checks_that_ran(window: QWidget) -> None:
    QLabel("Welcome", window).setGeometry(QRect(10, 10, 200, 30))
    shown(window)
    window.clearFocus()

    report = check_screen([window], "en").to_json()

    assert report["checks"] == ["contrast", "layout"]  # nothing focused, an English screen
    assert report["findings"] == []


def test_a_dialog_s_texts_belong_to_the_dialog_not_to_its_parent_window(qtbot) -> None:
    # the session bar and its "End my session?" question: two windows on the screen; the
    # question's texts used to be counted, at the wrong place, as the bar's too
    bar = QWidget()
    bar.setObjectName("SessionBar")
    bar.setGeometry(0, 0, 640, 60)
    qtbot.addWidget(bar)
    box = QMessageBox(bar)
    box.setText("End your session now? Your open programs will be closed.")
    box.addButton("Yes, end my session", QMessageBox.ButtonRole.YesRole)
    shown(bar)
    shown(box)

    on_the_bar = [item.shown for item in window_texts(bar)]
    on_the_box = [item.shown for item in window_texts(box)]

    assert box.text() not in on_the_bar
    assert "Yes, end my session" not in on_the_bar
    assert box.text() in on_the_box
    assert check_window(bar, checks=("layout",)) == []


# --- the kiosk's own screens (issue 16: they fail until the screens are fixed) -----------------


def test_the_end_confirmation_over_the_session_bar_is_readable(qtbot) -> None:
    # it used to inherit the bar's white text over its light grey: 1.15:1
    bar = SessionBar()
    qtbot.addWidget(bar)
    bar.setStyleSheet(kiosk_style())
    bar.show()
    seen: list[list[str]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        seen.append([str(f) for f in check_window(box, checks=("contrast", "layout"))])
        box.close()

    QTimer.singleShot(0, look)
    ConfirmEndDialog.ask(bar)

    assert seen == [[]]


@pytest.mark.parametrize("contrast_on", [False, True])
def test_the_charter_is_readable_in_each_look(qtbot, contrast_on: bool) -> None:
    # the charter follows the lock screen's style sheet; in high contrast its text was white
    # on the browser's white
    lock = QWidget()
    qtbot.addWidget(lock)
    lock.setStyleSheet(kiosk_style(contrast=contrast_on))
    charter = CharterScreen(lock)
    charter.resize(1280, 800)
    charter.show_charter({"fr": "Respectez le matériel.\n\nPas de nourriture."}, "fr")
    shown(charter)

    findings = check_window(charter, checks=("contrast",))

    assert findings == [], [str(f) for f in findings]


def test_an_icon_only_tool_button_has_no_text_to_read(window: QWidget) -> None:
    """A tool button drawn as its icon alone (a print preview's "Fit width"): its text is its
    name, not drawn, so the text checks do not measure the icon's pixels as text; it still
    needs a name."""
    named = QtWidgets.QToolButton(window)
    named.setText("Fit width")
    pale = QtGui.QPixmap(20, 20)
    pale.fill(QtGui.QColor("#d0d0d0"))  # a pale icon: measured as text, it would be 1.5:1
    named.setIcon(QtGui.QIcon(pale))
    named.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    named.setGeometry(10, 10, 32, 32)
    shown(window)

    assert found(window, "contrast") == []
    assert found(window, "layout") == []

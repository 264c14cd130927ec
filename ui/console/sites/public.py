"""The Sites page's tab for the site's public page: whether citizens see it, its address and
contacts, how to register for its workshops (fr/nl/en), its colour and logo, the animateurs'
names; a button to open the public page in the browser and the box's code for the City's
website.

The values go to the server only through the staff client (``set_site_public``), which checks
them as the API and ``epn site public`` do: what it refuses is said next to the field. The
colour is previewed live with white text on it, as the public page shows it; a colour white
cannot be read on is refused by the server (COLOUR_CONTRAST) and said with its contrast. A logo
chosen here is sent when the page is saved, as is its removal.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import COLOUR_PATTERN, MAX_LOGO_BYTES, MAX_SITE_MESSAGE_LENGTH
from kiosk.protocol.sites import RegisterTexts, SitePublic
from ui.console.sites.texts import LanguageTexts

# The colour the public page uses for a site without one (admin/public/views.SiteProfile).
CITY_COLOUR = "#00528c"
# The fields typed on one line, in the order of the form.
LINE_FIELDS = ("address", "postcode", "commune", "phone", "email", "website")
_COLOUR = re.compile(COLOUR_PATTERN)


def open_in_browser(url: str) -> bool:
    """Open ``url`` in the system's browser (replaced in tests)."""
    return QDesktopServices.openUrl(QUrl(url))


def embed_code(url: str, title: str) -> str:
    """The ``<iframe>`` the City's web team pastes to show the site's live box."""
    quoted = title.replace("&", "&amp;").replace('"', "&quot;")
    return (
        f'<iframe src="{url}" title="{quoted}" width="100%" height="320"'
        ' style="border:0" loading="lazy"></iframe>'
    )


class PublicEditor(QScrollArea):
    """``changed`` when the member edits a value or chooses / removes the logo (not on fill).

    ``pending_logo``: the bytes of a logo chosen and not sent yet, ``b""`` for a removal not
    sent yet, None for no change."""

    changed = Signal()
    # The member asked for a logo file (the page asks for it and calls :meth:`choose_logo`).
    logo_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PublicEditor")
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        self.settings: SitePublic | None = None
        self.pending_logo: bytes | None = None
        self.logo_bytes: bytes | None = None
        self.site_url = ""
        self.embed_url = ""
        self.site_name = ""

        self.intro = QLabel(objectName="Status")
        self.intro.setWordWrap(True)
        self.enabled = QCheckBox()
        self.enabled.setObjectName("PublicEnabled")
        self.open_button = QPushButton()
        self.open_button.setObjectName("OpenPublicPage")
        top = QHBoxLayout()
        top.addWidget(self.enabled, 1)
        top.addWidget(self.open_button)

        form = QFormLayout()
        self.lines: dict[str, QLineEdit] = {}
        self.line_labels: dict[str, QLabel] = {}
        self.line_errors: dict[str, QLabel] = {}
        for name in LINE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"public-{name}")
            label = QLabel()
            label.setBuddy(edit)
            error = QLabel(objectName="Error")
            error.setWordWrap(True)
            error.hide()
            cell = QVBoxLayout()
            cell.setContentsMargins(0, 0, 0, 0)
            cell.addWidget(edit)
            cell.addWidget(error)
            form.addRow(label, cell)
            self.lines[name], self.line_labels[name], self.line_errors[name] = edit, label, error
            edit.textEdited.connect(lambda _t, n=name: self._line_edited(n))

        self.colour = QLineEdit()
        self.colour.setObjectName("public-colour")
        self.colour.setMaxLength(7)
        self.colour.setPlaceholderText("#RRGGBB")
        self.colour_label = QLabel()
        self.colour_label.setBuddy(self.colour)
        self.swatch = QLabel(objectName="ColourSwatch")
        self.swatch.setMinimumHeight(44)
        self.swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.colour_error = QLabel(objectName="Error")
        self.colour_error.setWordWrap(True)
        self.colour_error.hide()
        colour_cell = QVBoxLayout()
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour)
        colour_row.addWidget(self.swatch, 1)
        colour_cell.addLayout(colour_row)
        colour_cell.addWidget(self.colour_error)
        form.addRow(self.colour_label, colour_cell)

        self.logo_label = QLabel()
        self.logo_preview = QLabel(objectName="LogoPreview")
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel#LogoPreview { border: 1px solid #c4c7c5; }")
        self.choose_logo_button = QPushButton()
        self.choose_logo_button.setObjectName("ChooseLogo")
        self.remove_logo_button = QPushButton()
        self.remove_logo_button.setObjectName("RemoveLogo")
        self.logo_error = QLabel(objectName="Error")
        self.logo_error.setWordWrap(True)
        self.logo_error.hide()
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_cell = QVBoxLayout()
        logo_cell.addLayout(logo_row)
        logo_cell.addWidget(self.logo_error)
        form.addRow(self.logo_label, logo_cell)

        self.animateurs = QCheckBox()
        self.animateurs.setObjectName("PublicAnimateurs")
        form.addRow("", self.animateurs)

        self.register_label = QLabel()
        self.register = LanguageTexts("register", MAX_SITE_MESSAGE_LENGTH)
        self.register.setMinimumHeight(150)

        self.embed_label = QLabel()
        self.embed = QPlainTextEdit()
        self.embed.setObjectName("EmbedCode")
        self.embed.setReadOnly(True)
        self.embed.setMaximumHeight(56)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("CopyEmbed")
        embed_row = QHBoxLayout()
        embed_row.addWidget(self.embed, 1)
        embed_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(body)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.embed_label)
        layout.addLayout(embed_row)
        layout.addWidget(self.register_label)
        layout.addWidget(self.register, 1)

        self._filling = False
        self.enabled.toggled.connect(lambda _c: self._edited())
        self.animateurs.toggled.connect(lambda _c: self._edited())
        self.colour.textEdited.connect(lambda _t: self._colour_edited())
        self.register.changed.connect(self._edited)
        self.choose_logo_button.clicked.connect(self.logo_wanted)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.open_button.clicked.connect(self.open_page)
        self.copy_button.clicked.connect(self.copy_embed)
        self.retranslate()

    # --- values ----------------------------------------------------------------------------

    def set_settings(self, settings: SitePublic, logo: bytes | None = None) -> None:
        """Show what the server holds (``logo``: the bytes of its logo, for the preview)."""
        self._filling = True
        self.settings, self.logo_bytes, self.pending_logo = settings, logo, None
        self.enabled.setChecked(settings.enabled)
        for name, edit in self.lines.items():
            edit.setText(getattr(settings, name) or "")
        self.colour.setText(settings.colour or "")
        self.animateurs.setChecked(settings.show_animateurs)
        self.register.set_texts(settings.how_to_register.model_dump(exclude_none=True))
        self._filling = False
        self.clear_errors()
        self._show_colour()
        self._show_logo()

    def set_addresses(self, site_name: str, site_url: str, embed_url: str) -> None:
        """The site's public page and its embeddable box, as this console reaches the server."""
        self.site_name, self.site_url, self.embed_url = site_name, site_url, embed_url
        self._show_embed()

    def public(self) -> SitePublic:
        """The settings as typed (the server checks them: patterns, lengths, contrast)."""
        return SitePublic.model_construct(
            enabled=self.enabled.isChecked(),
            **{name: edit.text().strip() or None for name, edit in self.lines.items()},
            how_to_register=RegisterTexts.model_construct(
                **{code: text or None for code, text in self.register.texts().items()}
            ),
            colour=self.colour.text().strip() or None,
            show_animateurs=self.animateurs.isChecked(),
            logo=None,
        )

    def choose_logo(self, data: bytes) -> None:
        """A logo file's bytes, sent when the page is saved; the preview shows it now."""
        self.pending_logo = data
        self.logo_error.hide()
        self._show_logo()
        self.changed.emit()

    def remove_logo(self) -> None:
        self.pending_logo = b""
        self.logo_error.hide()
        self._show_logo()
        self.changed.emit()

    def check(self) -> bool:
        """What the console can say before sending: a text too long, a colour not #RRGGBB."""
        if not self.register.check():
            return False
        colour = self.colour.text().strip()
        if colour and not _COLOUR.fullmatch(colour):
            self._set_error(
                self.colour_error,
                self.tr("Type the colour as # and six hexadecimal digits, e.g. #00528C."),
            )
            return False
        return True

    # --- refusals --------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in (*self.line_errors.values(), self.colour_error, self.logo_error):
            self._set_error(label, "")
        self.register.set_error("")

    def show_refusal(self, error: ApiError) -> bool:
        """Say a refusal of the server next to what it concerns; False when it concerns no
        field of this tab (the page says it at the top)."""
        details = error.details if isinstance(error.details, dict) else {}
        if error.code == ErrorCode.COLOUR_CONTRAST:
            self._set_error(
                self.colour_error,
                self.tr(
                    "White text on %1 is too hard to read (contrast %2:1, at least %3:1 is "
                    "needed). Choose a darker colour."
                )
                .replace("%1", str(details.get("colour", self.colour.text())))
                .replace("%2", _number(details.get("ratio")))
                .replace("%3", _number(details.get("minimum"))),
            )
            return True
        if error.code == ErrorCode.LOGO_INVALID:
            reason = details.get("reason")
            if reason == "size":
                text = self.tr("This logo is too large: at most %1 KB.").replace(
                    "%1", str(int(details.get("max_bytes", MAX_LOGO_BYTES)) // 1024)
                )
            elif reason == "script":
                text = self.tr(
                    "This SVG logo carries a script: it is refused. Save it again as a plain image."
                )
            else:
                text = self.tr("The logo must be a PNG, JPEG or SVG image.")
            self._set_error(self.logo_error, text)
            return True
        if error.code != ErrorCode.INVALID_REQUEST:
            return False
        shown = False
        for detail in details.get("errors", []):
            for part in detail.get("loc", []):
                if part in self.lines:
                    self._set_error(self.line_errors[part], self._field_refused(str(part)))
                    shown = True
                elif part == "colour":
                    self._set_error(
                        self.colour_error,
                        self.tr("Type the colour as # and six hexadecimal digits, e.g. #00528C."),
                    )
                    shown = True
                elif part == "how_to_register":
                    self.register.set_error(
                        self.tr("The server refused this text: check its length.")
                    )
                    shown = True
        return shown

    def _field_refused(self, name: str) -> str:
        sentences = {
            "address": self.tr("The server refused this address: check its length."),
            "postcode": self.tr("Type a postcode such as 1000."),
            "commune": self.tr("The server refused this commune: check its length."),
            "phone": self.tr("Type a phone number such as 02 279 37 40."),
            "email": self.tr("Type an e-mail address such as epn@brucity.be."),
            "website": self.tr("Type a web address starting with https://."),
        }
        return sentences[name]

    @staticmethod
    def _set_error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # --- actions ---------------------------------------------------------------------------

    def open_page(self) -> None:
        if self.site_url:
            open_in_browser(self.site_url)

    def copy_embed(self) -> None:
        QGuiApplication.clipboard().setText(self.embed.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    # --- showing ---------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _line_edited(self, name: str) -> None:
        self._set_error(self.line_errors[name], "")
        self._edited()

    def _colour_edited(self) -> None:
        self._set_error(self.colour_error, "")
        self._show_colour()
        self._edited()

    def _show_colour(self) -> None:
        typed = self.colour.text().strip()
        colour = typed if _COLOUR.fullmatch(typed) else CITY_COLOUR
        self.swatch.setStyleSheet(
            f"QLabel#ColourSwatch {{ background: {colour}; color: #ffffff; font-weight: bold;"
            " padding: 8px; border-radius: 4px; }"
        )
        if typed and not _COLOUR.fullmatch(typed):
            self.swatch.setText(self.tr("Not a colour yet: the City's colour is shown"))
        elif not typed:
            self.swatch.setText(self.tr("The City's colour (the site has none of its own)"))
        else:
            self.swatch.setText(self.tr("Open until 18:00 · 4 of 12 computers free"))

    def _show_logo(self) -> None:
        data = self.logo_bytes if self.pending_logo is None else self.pending_logo
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(a logo)") if data else self.tr("No logo"))
        self.remove_logo_button.setEnabled(bool(data))

    def _show_embed(self) -> None:
        self.embed.setPlainText(
            embed_code(self.embed_url, self.site_name) if self.embed_url else ""
        )
        self.open_button.setEnabled(bool(self.site_url))
        self.copy_button.setEnabled(bool(self.embed_url))

    @property
    def logo_shown(self) -> bool:
        """Whether the preview shows a logo (for tests and the demo)."""
        pixmap = self.logo_preview.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "What citizens see of this site on the public page of the server (no login): "
                "its address, hours, free computers, queue and workshops. Never a name or a "
                "card."
            )
        )
        self.enabled.setText(self.tr("&Show this site on the public page"))
        self.open_button.setText(self.tr("Open the public pa&ge"))
        self.open_button.setToolTip(self.tr("Opens this site's public page in your browser"))
        labels = {
            "address": self.tr("&Address"),
            "postcode": self.tr("Pos&tcode"),
            "commune": self.tr("Comm&une"),
            "phone": self.tr("P&hone"),
            "email": self.tr("&E-mail"),
            "website": self.tr("&Website"),
        }
        for name, text in labels.items():
            self.line_labels[name].setText(text)
            self.lines[name].setAccessibleName(text.replace("&", ""))
        self.lines["address"].setPlaceholderText(self.tr("e.g. Boulevard Émile Jacqmain 6"))
        self.lines["website"].setPlaceholderText("https://")
        self.colour_label.setText(self.tr("Co&lour"))
        self.colour.setAccessibleName(self.tr("The site's colour, as #RRGGBB"))
        self.colour.setToolTip(
            self.tr("The public page writes in white on it: choose a dark colour.")
        )
        self.logo_label.setText(self.tr("Logo"))
        self.choose_logo_button.setText(self.tr("Choose a &file…"))
        self.remove_logo_button.setText(self.tr("&Remove the logo"))
        self.animateurs.setText(self.tr("Show the a&nimateurs' names with the workshops"))
        self.register_label.setText(
            self.tr("How to register for the workshops (at the desk, by phone…):")
        )
        self.embed_label.setText(
            self.tr("The site's live box for the City's website: give this code to its web team.")
        )
        self.copy_button.setText(self.tr("Cop&y the code"))
        self.register.retranslate()
        self._show_colour()
        self._show_logo()


def _number(value: object) -> str:
    try:
        return QLocale().toString(float(str(value)), "f", 1)
    except ValueError:
        return str(value)

"""Text the installers write: templates (package data), TOML strings, command lines."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Sequence
from importlib import resources

from installkit import InstallError

#: What a path of the ``epn`` command may hold: it goes unquoted into a unit's ExecStart and a
#: desktop entry's Exec, whose quoting rules differ.
_SAFE_WORD = re.compile(r"^[A-Za-z0-9_./+:=@%,-]+$")


def template(package: str, file: str, /, **values: str) -> str:
    """``package``'s ``templates/file`` with its ``$names`` replaced by ``values``."""
    text = resources.files(package).joinpath("templates", file).read_text("utf-8")
    return string.Template(text).substitute(values)


def safe_word(word: str) -> bool:
    """True when ``word`` needs no quoting in a unit's ExecStart or a desktop entry's Exec."""
    return bool(_SAFE_WORD.match(word))


def command_line(words: Sequence[str]) -> str:
    """The ``epn`` command as one line for Exec= and ExecStart=; refuses what needs quoting."""
    for word in words:
        if not safe_word(word):
            raise InstallError(
                f"the epn command {' '.join(words)!r} has a path with a space or a special "
                "character: install EPN Kiosk in a folder such as /opt/epn-kiosk"
            )
    return " ".join(words)


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, except DEL that JSON leaves raw)."""
    return json.dumps(text).replace("\x7f", "\\u007f")

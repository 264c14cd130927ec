"""What every command module of the admin CLI shares: checked input, secrets, the server.

Every command that writes checks its values with the API's request model (:func:`request`)
and then calls the service the API route calls: the CLI accepts nothing the API would refuse.
Secrets (passwords, PINs) come from the environment or a prompt, never an argument: ``ps`` and
the shell history would show them (:class:`RefusedSecret`). The services come from
:class:`ServerAccess`, built once per command over the database of ``--db``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from admin.cli.server_config import configured_communes
from admin.core.errors import problem_text
from admin.db.store import Store
from admin.services import Service
from kiosk.protocol.staff import PasswordReset

PASSWORD_ENV = "EPN_PASSWORD"
PIN_ENV = "EPN_PIN"
PASSWORD_INSTEAD = f"set ${PASSWORD_ENV}, or type it when asked"
PIN_INSTEAD = f"set ${PIN_ENV}, or give --ask-pin and type it when asked"

Model = TypeVar("Model", bound=BaseModel)


class UsageError(Exception):
    pass


def request(
    model: type[Model],
    command: str,
    values: Mapping[str, Any],
    *,
    options: Mapping[str, str] | None = None,
    hints: Mapping[str, str] | None = None,
) -> Model:
    """``values`` checked by the API's request ``model``, or UsageError naming the option.

    ``options`` maps a field to the option that gave it (default ``--field-name``); ``hints``
    says what a field's pattern wants, instead of the regular expression. The value is never
    repeated: it may be a secret.
    """
    try:
        return model.model_validate(dict(values))
    except ValidationError as exc:
        raise UsageError(f"epn {command}: {explain(exc, options, hints)}") from None


def explain(
    exc: ValidationError,
    options: Mapping[str, str] | None = None,
    hints: Mapping[str, str] | None = None,
) -> str:
    """Each problem of a validation error as 'option: what is wrong', on one line."""
    problems = []
    for error in exc.errors():
        field = str(error["loc"][0]) if error["loc"] else ""
        name = (options or {}).get(field, "--" + field.replace("_", "-"))
        hint = (hints or {}).get(field) if error["type"] == "string_pattern_mismatch" else None
        message = hint or problem_text(error)
        problem = f"{name}: {message}"
        if problem not in problems:
            problems.append(problem)
    return "; ".join(problems)


class RefusedSecret(argparse.Action):
    """An option that would put a secret in ``ps`` and the shell history: refused with a
    sentence saying where the secret comes from instead."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        self.instead: str = kwargs.pop("instead")
        kwargs.setdefault("metavar", "SECRET")
        super().__init__(option_strings, dest, nargs="?", default=None, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        raise UsageError(
            f"{parser.prog}: {option_string} is refused: a secret given as an argument shows in"
            f" the process list and the shell history; {self.instead}"
        )


def refuse_secret(parser: argparse.ArgumentParser, option: str, instead: str) -> None:
    """Add ``option`` only to refuse it, saying ``instead`` where the secret comes from."""
    parser.add_argument(
        option,
        action=RefusedSecret,
        instead=instead,
        help=f"refused, never give it here: {instead}",
    )


def ask_password(confirm: bool) -> str:
    """The password from $EPN_PASSWORD, else asked on the terminal (twice when creating)."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError(f"epn: no terminal to ask the password on: set {PASSWORD_ENV}")
    try:
        first = getpass.getpass("Password: ")
        if confirm and getpass.getpass("Password again: ") != first:
            raise UsageError("epn: the passwords do not match")
    except EOFError:
        raise UsageError("epn: no password given") from None
    return first


def ask_pin() -> str:
    """The PIN from $EPN_PIN, else asked twice on the terminal (never an argument: ps shows it)."""
    from_env = os.environ.get(PIN_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError(f"epn: no terminal to ask the PIN on: set {PIN_ENV}")
    try:
        first = getpass.getpass("PIN: ")
        if getpass.getpass("PIN again: ") != first:
            raise UsageError("epn: the PINs do not match")
    except EOFError:
        raise UsageError("epn: no PIN given") from None
    return first


def new_password(command: str) -> str:
    """A new staff password (environment or asked twice), checked as the API checks one."""
    checked = request(
        PasswordReset,
        command,
        {"new_password": ask_password(confirm=True)},
        options={"new_password": "password"},
    )
    return checked.new_password


#: What the API's checks of a PIN say, without the pattern.
PIN_HINTS = {"pin": "must be 4 to 12 digits"}


class ServerAccess:
    """The services over the database of ``--db``, for one command.

    Built on first use, after the command has checked its input (bad usage never creates a
    database), and closed when the command ends. ``create``: a missing database file is
    created (the commands that set up a new server); otherwise it is bad usage.
    """

    def __init__(self, path: str | None, *, create: bool = False) -> None:
        self._path = path
        self._create = create
        self._store: Store | None = None
        self._service: Service | None = None

    @property
    def services(self) -> Service:
        if self._service is None:
            if self._path is None:
                raise RuntimeError("this command has no --db")
            if not self._create and not Path(self._path).exists():
                raise UsageError(f"epn: no database at {self._path}")
            self._store = Store(self._path)
            # the server's list of communes, when this machine has its config file
            self._service = Service(self._store, communes=configured_communes())
        return self._service

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
            self._service = None


#: A command: the parsed arguments and the server in, the exit code out.
Handler = Callable[[argparse.Namespace, ServerAccess], int]

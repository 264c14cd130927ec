"""The visitor's screen's reader of the station service's socket, without pydantic.

The pydantic models of kiosk/protocol/screen.py stay the one definition of what crosses the
socket; :func:`kiosk.protocol.screen.lite_schema` writes what the service sends the screen as
JSON Schema (committed as kiosk/protocol/screen_schema.py, checked against the models by
tests/unit/kiosk/test_screen_lite.py) and this module validates and decodes it:

- a model becomes a read-only :class:`Record` with the model's fields as attributes (extra
  keys ignored, as pydantic does); a dataclass (``SessionView``) and an enumeration become the
  class itself (the schema names it: ``x-python``);
- the checks are the schema's: types, required fields, defaults, lengths, ranges, patterns,
  enumerations, constants, tuples. It is stricter than pydantic's lax mode on types (``"3"``
  is not an integer here, ``"true"`` not a boolean): the service sends pydantic's own dumps.

A schema keyword this module does not know is a :class:`SchemaError`, never ignored.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

#: Keywords that describe and do not check.
_DESCRIPTIVE = {"title", "description", "default", "x-python", "examples"}
_CHECKED = {
    "$ref",
    "anyOf",
    "type",
    "enum",
    "const",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "prefixItems",
    "minItems",
    "maxItems",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "not",
}


class SchemaError(Exception):
    """The schema uses what this reader does not check (regenerate it, or teach this module)."""


class LiteError(ValueError):
    """A value the schema refuses; the message says where and why."""


class Record:
    """One model's value, read-only: its fields are its attributes (compare with ``==``)."""

    __slots__ = ("_name", "_values")
    _name: str
    _values: dict[str, Any]

    def __init__(self, name: str, values: dict[str, Any]) -> None:
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_values", values)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"{self._name} has no field {name!r}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{self._name} is read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{self._name} is read-only")

    def __eq__(self, other: object) -> bool:
        """Equal to a record of the same model with equal fields, and to the pydantic model's
        instance of that name with equal fields (the service's side, the tests)."""
        if isinstance(other, Record):
            return self._name == other._name and self._values == other._values
        fields = getattr(type(other), "model_fields", None)  # a pydantic model, not loaded here
        if not isinstance(fields, dict) or type(other).__name__ != self._name:
            return NotImplemented
        return set(fields) == set(self._values) and all(
            self._values[name] == getattr(other, name) for name in fields
        )

    __hash__ = None  # type: ignore[assignment]  # like a pydantic model: not hashable

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self._values.items())
        return f"{self._name}({fields})"

    @property
    def model_name(self) -> str:
        return self._name

    def fields(self) -> dict[str, Any]:
        """The fields, by name, in the model's order (a copy)."""
        return dict(self._values)

    def replace(self, **changes: Any) -> Record:
        """A copy with ``changes`` (field names of this model only)."""
        unknown = set(changes) - set(self._values)
        if unknown:
            raise AttributeError(f"{self._name} has no field(s) {sorted(unknown)}")
        return Record(self._name, {**self._values, **changes})


class Reader:
    """Validates and decodes values against the schemas under ``definitions`` ($defs)."""

    def __init__(self, definitions: Mapping[str, Any]) -> None:
        self._defs = definitions

    def read(self, schema: Mapping[str, Any], value: Any, where: str = "") -> Any:
        """``value`` (JSON, as ``json.loads`` gives it) decoded; LiteError when refused."""
        unknown = set(schema) - _CHECKED - _DESCRIPTIVE
        if unknown:
            raise SchemaError(f"unsupported schema keyword(s) {sorted(unknown)} at {where or '/'}")
        if "$ref" in schema:
            return self.read(self._definition(schema["$ref"]), value, where)
        if "anyOf" in schema:
            return self._any_of(schema["anyOf"], value, where)
        if "const" in schema and value != schema["const"]:
            raise LiteError(f"{where or '/'}: must be {schema['const']!r}")
        kind = schema.get("type")
        if kind is None:
            if set(schema) & (_CHECKED - {"const", "enum", "not"}):
                raise SchemaError(f"constraints without a type at {where or '/'}")
            decoded = value
        elif kind == "object":
            decoded = self._object(schema, value, where)
        elif kind == "array":
            decoded = self._array(schema, value, where)
        else:
            decoded = self._scalar(schema, kind, value, where)
        if "not" in schema:
            try:
                self.read(schema["not"], value, where)
            except LiteError:
                pass
            else:
                raise LiteError(f"{where or '/'}: {value!r} is not allowed")
        if "enum" in schema:
            if decoded not in schema["enum"]:
                raise LiteError(f"{where or '/'}: {value!r} is not one of {schema['enum']}")
            if "x-python" in schema:
                decoded = _python(schema["x-python"])(decoded)
        return decoded

    def _definition(self, ref: str) -> Mapping[str, Any]:
        prefix = "#/$defs/"
        if not ref.startswith(prefix) or ref[len(prefix) :] not in self._defs:
            raise SchemaError(f"unknown reference {ref}")
        return self._defs[ref[len(prefix) :]]

    def _any_of(self, schemas: list[Mapping[str, Any]], value: Any, where: str) -> Any:
        errors = []
        for schema in schemas:
            try:
                return self.read(schema, value, where)
            except LiteError as exc:
                errors.append(str(exc))
        raise LiteError(" / ".join(errors))

    def _object(self, schema: Mapping[str, Any], value: Any, where: str) -> Any:
        if not isinstance(value, dict):
            raise LiteError(f"{where or '/'}: an object is expected")
        properties: Mapping[str, Any] | None = schema.get("properties")
        extra = schema.get("additionalProperties", True)
        if properties is None:  # a dict: each value read by additionalProperties
            if extra is True:
                return dict(value)
            if extra is False:
                if value:
                    raise LiteError(f"{where or '/'}: no key is allowed")
                return {}
            return {key: self.read(extra, item, f"{where}/{key}") for key, item in value.items()}
        if extra is False:
            unknown = set(value) - set(properties)
            if unknown:
                raise LiteError(f"{where or '/'}: unknown field(s) {sorted(unknown)}")
        elif extra is not True:
            raise SchemaError(f"a model with additionalProperties schema at {where or '/'}")
        required = set(schema.get("required", ()))
        fields: dict[str, Any] = {}
        for name, field in properties.items():
            if name in value:
                fields[name] = self.read(field, value[name], f"{where}/{name}")
            elif name in required:
                raise LiteError(f"{where}/{name}: missing")
            elif "default" in field:
                fields[name] = self.read(field, copy.deepcopy(field["default"]), f"{where}/{name}")
            else:
                raise SchemaError(f"{where}/{name}: optional without a default")
        if "x-python" in schema:
            return _python(schema["x-python"])(**fields)
        return Record(schema.get("title", "Record"), fields)

    def _array(self, schema: Mapping[str, Any], value: Any, where: str) -> Any:
        if not isinstance(value, list):
            raise LiteError(f"{where or '/'}: an array is expected")
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise LiteError(f"{where or '/'}: at least {schema['minItems']} item(s)")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise LiteError(f"{where or '/'}: at most {schema['maxItems']} item(s)")
        if "prefixItems" in schema:  # a tuple
            prefix = schema["prefixItems"]
            if len(value) != len(prefix) or "items" in schema:
                raise LiteError(f"{where or '/'}: {len(prefix)} item(s) expected")
            return tuple(
                self.read(s, v, f"{where}/{i}")
                for i, (s, v) in enumerate(zip(prefix, value, strict=True))
            )
        items = schema.get("items", {})
        return [self.read(items, v, f"{where}/{i}") for i, v in enumerate(value)]

    def _scalar(self, schema: Mapping[str, Any], kind: str, value: Any, where: str) -> Any:
        at = where or "/"
        if kind == "null":
            if value is not None:
                raise LiteError(f"{at}: null expected")
            return None
        if kind == "boolean":
            if not isinstance(value, bool):
                raise LiteError(f"{at}: a boolean is expected")
            return value
        if kind == "string":
            if not isinstance(value, str):
                raise LiteError(f"{at}: a string is expected")
            if "minLength" in schema and len(value) < schema["minLength"]:
                raise LiteError(f"{at}: at least {schema['minLength']} character(s)")
            if "maxLength" in schema and len(value) > schema["maxLength"]:
                raise LiteError(f"{at}: at most {schema['maxLength']} character(s)")
            if "pattern" in schema and re.search(schema["pattern"], value) is None:
                raise LiteError(f"{at}: does not match {schema['pattern']}")
            return _formatted(schema.get("format"), value, at)
        if kind in ("integer", "number"):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise LiteError(f"{at}: a number is expected")
            if kind == "integer":
                if isinstance(value, float) and not value.is_integer():
                    raise LiteError(f"{at}: an integer is expected")
                value = int(value)
            else:
                value = float(value)
            if "minimum" in schema and value < schema["minimum"]:
                raise LiteError(f"{at}: at least {schema['minimum']}")
            if "maximum" in schema and value > schema["maximum"]:
                raise LiteError(f"{at}: at most {schema['maximum']}")
            if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
                raise LiteError(f"{at}: more than {schema['exclusiveMinimum']}")
            if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
                raise LiteError(f"{at}: less than {schema['exclusiveMaximum']}")
            return value
        raise SchemaError(f"unsupported type {kind!r} at {at}")


def _formatted(fmt: str | None, value: str, at: str) -> Any:
    if fmt is None:
        return value
    try:
        if fmt == "date":
            return date.fromisoformat(value)
        if fmt == "date-time":
            return datetime.fromisoformat(value)
    except ValueError:
        raise LiteError(f"{at}: not a {fmt}") from None
    raise SchemaError(f"unsupported format {fmt!r} at {at}")


@cache
def _python(path: str) -> Any:
    """The class a schema names (``module:Name``): an enumeration or a dataclass."""
    module, _, name = path.partition(":")
    if not module.startswith("kiosk.protocol."):
        raise SchemaError(f"{path}: not a class of the protocol")
    return getattr(importlib.import_module(module), name)


def jsonable(value: Any) -> Any:
    """``value`` as JSON data: enumerations by value, records and dataclasses as objects."""
    from dataclasses import fields, is_dataclass
    from enum import Enum

    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Record):
        return {k: jsonable(v) for k, v in value.fields().items()}
    if callable(getattr(value, "model_dump", None)):  # a pydantic model (a caller's, not ours)
        return value.model_dump(mode="json")
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


# --- the screen's side of the socket --------------------------------------------------------------


@cache
def _screen() -> tuple[Mapping[str, Any], Reader]:
    from kiosk.protocol.screen_schema import SCHEMA

    return SCHEMA, Reader(SCHEMA["$defs"])


def read_message(line: bytes) -> Record:
    """A line the station service sent; LiteError when malformed (or one it never sends)."""
    return _read_line(line, "incoming")


def read_from_screen(line: bytes) -> Record:
    """A line the screen sent (``hello``, ``ready``, ``call``), read by the station service:
    every field checked (the socket is a security boundary); LiteError when malformed."""
    return _read_line(line, "outgoing")


def _read_line(line: bytes, direction: str) -> Record:
    from kiosk.protocol.screen_port import MAX_LINE_BYTES

    if len(line) > MAX_LINE_BYTES:
        raise LiteError("line too long")
    try:
        raw = json.loads(line)
    except ValueError as exc:  # not JSON, not UTF-8
        raise LiteError(f"not JSON: {exc}") from None
    schema, reader = _screen()
    kind = raw.get("type") if isinstance(raw, dict) else None
    if not isinstance(kind, str) or kind not in schema[direction]:
        raise LiteError(f"unknown message type {kind!r}")
    decoded: Record = reader.read(schema[direction][kind], raw)
    return decoded


def to_screen(kind: str, **fields: Any) -> bytes:
    """One line the station service sends the screen (``welcome``, ``refused``, ``reply``,
    ``event``, ``state``): defaults filled in and checked; ValueError when it does not fit."""
    return _write_line(kind, fields, "incoming")


def write_message(kind: str, **fields: Any) -> bytes:
    """One line the screen sends (``hello``, ``ready``, ``call``): its defaults filled in and
    checked against the schema; ValueError when it does not fit."""
    return _write_line(kind, fields, "outgoing")


def _write_line(kind: str, fields: dict[str, Any], direction: str) -> bytes:
    from kiosk.protocol.screen_port import MAX_LINE_BYTES

    schema, reader = _screen()
    raw = jsonable(reader.read(schema[direction][kind], {"type": kind, **jsonable(fields)}))
    line = json.dumps(raw, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
    if len(line) > MAX_LINE_BYTES:
        raise ValueError(f"{kind} too long ({len(line)} bytes)")
    return line


def method_parameters(method: str) -> list[str]:
    """The parameters of ``method``, in order; KeyError for a method the protocol lacks."""
    schema, _ = _screen()
    return list(schema["methods"][method]["parameters"])


def write_arguments(method: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """The arguments of a call the screen makes, checked against their types and as JSON data;
    KeyError for a method the protocol lacks, LiteError for a wrong or unknown argument."""
    schema, reader = _screen()
    types = schema["methods"][method]["arguments"]
    unknown = set(arguments) - set(types)
    if unknown:
        raise LiteError(f"unknown argument(s) {sorted(unknown)} for {method}")
    return {
        name: jsonable(reader.read(types[name], jsonable(value), f"<{method}>/{name}"))
        for name, value in arguments.items()
    }


def read_result(method: str, value: Any) -> Any:
    """The result of a call, decoded; LiteError when it is not the method's."""
    schema, reader = _screen()
    return reader.read(schema["methods"][method]["result"], value, f"<{method}>")


def read_event(name: str, args: list[Any]) -> list[Any]:
    """The arguments of an event, decoded; KeyError for an unknown event, LiteError if wrong."""
    schema, reader = _screen()
    types = schema["events"][name]
    if len(types) != len(args):
        raise LiteError(f"{name} takes {len(types)} argument(s)")
    return [
        reader.read(t, a, f"<{name}>/{i}") for i, (t, a) in enumerate(zip(types, args, strict=True))
    ]


def read_arguments(method: str, raw: dict[str, Any]) -> dict[str, Any]:
    """The arguments of a call the screen made, decoded (records, enumerations, ...), for the
    station service; KeyError for a method the protocol lacks, LiteError (a ValueError) for an
    unknown, missing or wrong argument."""
    schema, reader = _screen()
    declared = schema["methods"][method]
    unknown = set(raw) - set(declared["arguments"])
    if unknown:
        raise LiteError(f"unknown argument(s) {sorted(unknown)} for {method}")
    missing = [name for name in declared["required"] if name not in raw]
    if missing:
        raise LiteError(f"argument {missing[0]!r} missing for {method}")
    return {
        name: reader.read(declared["arguments"][name], value, f"<{method}>/{name}")
        for name, value in raw.items()
    }


def write_result(method: str, value: Any) -> Any:
    """What a method of the station service returned, as JSON data checked against its result
    type; LiteError when it is not the method's."""
    schema, reader = _screen()
    return jsonable(
        reader.read(schema["methods"][method]["result"], jsonable(value), f"<{method}>")
    )


def write_event(name: str, args: tuple[Any, ...]) -> list[Any]:
    """The arguments of an event the service broadcasts, as JSON data checked against their
    types; KeyError for an unknown event, LiteError when wrong."""
    schema, reader = _screen()
    types = schema["events"][name]
    if len(types) != len(args):
        raise LiteError(f"{name} takes {len(types)} argument(s)")
    return [
        jsonable(reader.read(t, jsonable(a), f"<{name}>/{i}"))
        for i, (t, a) in enumerate(zip(types, args, strict=True))
    ]


def event_line(name: str, args: tuple[Any, ...]) -> bytes:
    """The line that tells every screen of the agent's event ``name`` (the service's side)."""
    return to_screen("event", name=name, args=write_event(name, args))


def screen_record(model: str, **fields: Any) -> Any:
    """A :class:`Record` of ``model`` (one the service sends) built here: defaults filled,
    checked; typed Any, as :func:`station_record`."""
    schema, reader = _screen()
    return reader.read(schema["$defs"][model], jsonable(fields), model)


# --- the station's side of HTTP and its own records -----------------------------------------------


@cache
def _station() -> tuple[Mapping[str, Any], Reader]:
    from kiosk.protocol.station_schema import ANSWERS_SCHEMA

    return ANSWERS_SCHEMA, Reader(ANSWERS_SCHEMA["$defs"])


def read_answer(model: str, body: Any) -> Record:
    """A body the server sent (JSON data), read as ``model`` (one of
    kiosk/protocol/station_answers.py's); LiteError when it does not fit."""
    schema, reader = _station()
    decoded: Record = reader.read(schema["answers"][model], body, f"<{model}>")
    return decoded


def read_commands(data: Any) -> list[Record]:
    """A command long-poll's body, one command at a time as ``parse_commands`` reads it: each
    item a ``Command``, else an ``UnknownCommand`` (a newer server's kind), else dropped (it
    cannot even be acknowledged). ValueError when the body is not a command list."""
    items = data.get("commands") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ValueError("not a command list")
    parsed: list[Record] = []
    for item in items:
        for model in ("Command", "UnknownCommand"):
            try:
                parsed.append(read_answer(model, item))
                break
            except LiteError:
                continue
    return parsed


def write_request(model: str, **fields: Any) -> dict[str, Any]:
    """The body of a request the station sends (one of kiosk/protocol/station_answers.py's
    ``REQUESTS``), as JSON data: its defaults filled in, checked; LiteError when it does not
    fit (the server would refuse it)."""
    schema, reader = _station()
    decoded = reader.read(schema["requests"][model], jsonable(fields), f"<{model}>")
    data: dict[str, Any] = jsonable(decoded)
    return data


def station_record(model: str, **fields: Any) -> Any:
    """A :class:`Record` of ``model`` (any model of the station's schema) built here: defaults
    filled, checked; LiteError when a field does not fit. Typed Any: the caller names it by
    its model (``grant: Grant = station_record("Grant", ...)``)."""
    return read_record(model, jsonable(fields))


def read_record(model: str, data: Any) -> Any:
    """``data`` (JSON data: what the station wrote to disk, or received) read as ``model``: a
    :class:`Record`, typed Any as :func:`station_record`; LiteError when it does not fit."""
    schema, reader = _station()
    return reader.read(schema["$defs"][model], data, f"<{model}>")


def model_name(value: object) -> str:
    """The model ``value`` is an instance of: a record's, or a pydantic model's class name."""
    return value.model_name if isinstance(value, Record) else type(value).__name__


def dumps(value: Any, *, exclude: frozenset[str] = frozenset()) -> str:
    """``value`` (a record) as compact JSON text, as pydantic's ``model_dump_json`` writes it;
    ``exclude``: top-level fields left out."""
    data = jsonable(value)
    if exclude:
        data = {k: v for k, v in data.items() if k not in exclude}
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

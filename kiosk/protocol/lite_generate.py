"""JSON Schema for kiosk/protocol/lite.py, generated from pydantic models (their one definition).

Used by the generators of the committed schemas (scripts/screen_schema.py,
scripts/station_schema.py) and their freshness tests, never at run time: it loads pydantic.
"""

from __future__ import annotations

import typing
from typing import Any

from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import core_schema


def _qualified(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


class LiteSchema(GenerateJsonSchema):
    """Names enumerations and dataclasses (``x-python``), writes default factories out."""

    def enum_schema(self, schema: core_schema.EnumSchema) -> dict[str, Any]:
        return {**super().enum_schema(schema), "x-python": _qualified(schema["cls"])}

    def dataclass_schema(self, schema: core_schema.DataclassSchema) -> dict[str, Any]:
        return {**super().dataclass_schema(schema), "x-python": _qualified(schema["cls"])}

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> dict[str, Any]:
        if "default_factory" in schema:  # written out: the reader has no factory
            factory = typing.cast(Any, schema["default_factory"])
            schema = {**schema, "default": factory()}
            del schema["default_factory"]
        return super().default_schema(schema)


def generate(
    inputs: list[tuple[tuple[str, ...], Any]],
) -> tuple[dict[tuple[str, ...], Any], dict[str, Any]]:
    """The validation schema of each ``(key, core schema)``, by key, and the shared ``$defs``
    (sorted by name)."""
    generated, definitions = LiteSchema(ref_template="#/$defs/{model}").generate_definitions(
        typing.cast(Any, [(key, "validation", schema) for key, schema in inputs])
    )
    by_key = {key: generated[(key, "validation")] for key, _ in inputs}
    return by_key, dict(sorted(definitions.items()))

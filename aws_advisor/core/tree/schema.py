"""The JSON Schema (draft-07) of the tree format, derived from ``model.py``.

The shipped copy lives in ``resources/schema/tree.schema.json`` so editors can
autocomplete tree files; a test checks it matches what this module generates.
Regenerate it with ``aws-advisor schema --out resources/schema/tree.schema.json``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from typing import Any

from aws_advisor.core.tree.model import DecisionTree, Statement

SCHEMA_ID = "https://aws-advisor.invalid/schema/tree.schema.json"
YAML11_BOOLEANS = (
    "^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"
)
"""Words YAML 1.1 (which the app reads) turns into true or false when unquoted. Editors read
YAML 1.2 and would see text, so the schema refuses them as whole texts: a label "No" must be
written "No, …" or quoted, and is rarely a good label anyway."""
_BOOLEAN_NOTE = "A whole text of yes/no/on/off/true/false is read as a boolean: reword or quote it."


def tree_schema() -> dict[str, Any]:
    definitions: dict[str, Any] = {}
    root = _object_schema(DecisionTree, definitions)
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "AWS Advisor decision tree",
        **root,
        "definitions": dict(sorted(definitions.items())),
    }


def schema_text() -> str:
    return json.dumps(tree_schema(), indent=2, ensure_ascii=False) + "\n"


def _type_schema(tp: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _type_schema(args[0], definitions)
    if origin is typing.Literal:
        return {"type": "string", "enum": list(typing.get_args(tp))}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], definitions)}
    if origin is dict:
        return {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}}
    if tp is str:
        return {"type": "string", "minLength": 1}
    if tp is dt.date:
        return {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        name = tp.__name__
        if name not in definitions:
            definitions[name] = {}  # reserve first: definitions may refer to themselves
            definitions[name] = _object_schema(tp, definitions)
        return {"$ref": f"#/definitions/{name}"}
    raise TypeError(f"no schema for {tp!r}")


def _object_schema(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        key = f.metadata.get("key", f.name)
        prop = _type_schema(hints[f.name], definitions)
        if "$ref" in prop:
            prop = {"allOf": [prop]}
        if "doc" in f.metadata:
            prop["description"] = f.metadata["doc"]
        if "pattern" in f.metadata:
            prop["pattern"] = f.metadata["pattern"]
        if prop.get("type") == "string" and not {"pattern", "enum"} & prop.keys():
            prop["not"] = {"pattern": YAML11_BOOLEANS, "description": _BOOLEAN_NOTE}
        if "min_items" in f.metadata:
            prop["minItems"] = f.metadata["min_items"]
        properties[key] = prop
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(key)
    schema: dict[str, Any] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if cls is Statement:
        return {"description": schema["description"], "oneOf": [{"type": "string"}, schema]}
    return schema

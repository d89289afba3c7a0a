"""Turning composed YAML nodes into the model's values, with every problem located.

Refuses duplicate keys, YAML 1.1 surprises such as an unquoted ``No`` turning into a
boolean, and any tag that would construct an object. Types come from the model's
dataclass annotations, so a new model field needs no code here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import types
import typing
from functools import cache
from typing import Any

import yaml

from aws_advisor.core.errors import Problem
from aws_advisor.core.tree.model import Pos

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_ALLOWED_TAGS = {_STR, _BOOL, _INT, _FLOAT, _NULL, _TIMESTAMP, _SEQ, _MAP}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_KIND_NAMES = {
    _BOOL: "a boolean",
    _INT: "a number",
    _FLOAT: "a number",
    _NULL: "an empty value",
    _TIMESTAMP: "a date",
    _SEQ: "a list",
    _MAP: "a mapping",
    _STR: "text",
}


class _Field(typing.NamedTuple):
    """One field of a model class as the builder needs it, computed once per class."""

    key: str  # as written in YAML
    attr: str
    tp: Any
    plan: tuple[str, Any, bool]
    nullable: bool  # ``X | None``: an explicit empty value is allowed
    required: bool
    pattern: re.Pattern[str] | None
    min_items: int


@cache
def _fields(cls: type) -> dict[str, _Field]:
    """The fields of a model class by YAML key, in declaration order, internal ones left out."""
    hints = typing.get_type_hints(cls)
    fields: dict[str, _Field] = {}
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        tp = hints[f.name]
        key = f.metadata.get("key", f.name)
        fields[key] = _Field(
            key,
            f.name,
            tp,
            _plan(tp),
            _optional_inner(tp) is not None,
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
            re.compile(f.metadata["pattern"]) if f.metadata.get("pattern") else None,
            f.metadata.get("min_items", 0),
        )
    return fields


def _optional_inner(tp: Any) -> Any | None:
    """For ``X | None`` return X, else None."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return None


@cache
def _plan(tp: Any) -> tuple[str, Any, bool]:
    """How to convert a node to ``tp``: (kind, argument, may be null). Computed once per type."""
    inner = _optional_inner(tp)
    optional = inner is not None
    if inner is not None:
        tp = inner
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return "object", tp, optional
    if origin is tuple:
        return "list", typing.get_args(tp)[0], optional
    if origin is dict:
        return "map", None, optional
    if origin is typing.Literal:
        return "literal", frozenset(typing.get_args(tp)), optional
    if tp is str:
        return "text", None, optional
    if tp is dt.date:
        return "date", None, optional
    raise TypeError(f"model type {tp!r} has no loader")  # a bug in model.py, not in a file


def describe(tp: Any) -> str:
    """How the error messages name an expected type."""
    inner = _optional_inner(tp)
    if inner is not None:
        return describe(inner)
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        return "one of: " + ", ".join(str(a) for a in typing.get_args(tp))
    if origin is tuple:
        return f"a list of {describe(typing.get_args(tp)[0])}"
    if origin is dict:
        return "a mapping of text to text"
    if tp is str:
        return "text"
    if tp is dt.date:
        return "a date (YYYY-MM-DD)"
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return f"a {noun(tp)} mapping"
    return str(tp)


def noun(cls: type) -> str:
    """What messages call a model class: ``DecisionTree`` is a ``tree``."""
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()
    return {"decision tree": "tree"}.get(words, words)


class NodeBuilder:
    """Builds one file's values; ``problems`` collects every problem found on the way."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self._seen: set[int] = set()

    def pos(self, node: yaml.Node) -> Pos:
        return Pos(self.file, node.start_mark.line + 1, node.start_mark.column + 1)

    def fail(self, node: yaml.Node, message: str) -> None:
        p = self.pos(node)
        self.problems.append(Problem(p.file, p.line, p.col, message))

    def _kind(self, node: yaml.Node) -> str:
        return _KIND_NAMES.get(node.tag, "a value")

    def build(self, tp: Any, node: yaml.Node, where: str) -> Any:
        """Convert ``node`` to ``tp``; on failure record a problem and return None."""
        return self._build(_plan(tp), tp, node, where)

    def _build(self, plan: tuple[str, Any, bool], tp: Any, node: yaml.Node, where: str) -> Any:
        """``build`` with the conversion plan of ``tp`` already looked up."""
        seen = self._seen
        if id(node) in seen:
            self.fail(node, "YAML aliases (*name) are not allowed; write the value out")
            return None
        seen.add(id(node))
        tag = node.tag
        if tag not in _ALLOWED_TAGS:
            self.fail(node, f"YAML tag {tag!r} is not allowed in a tree file")
            return None
        kind, arg, optional = plan
        if optional and tag == _NULL:
            return None
        if kind == "text":
            if tag == _STR and type(node) is yaml.ScalarNode:
                text = node.value.strip()
                if text:
                    return text  # the common case, kept fast
            return self._build_text(node, where)
        if kind == "object":
            return self._build_object(arg, node, where)
        if kind == "list":
            return self._build_list(arg, node, where)
        if kind == "map":
            return self._build_text_map(node, where)
        if kind == "literal":
            if isinstance(node, yaml.ScalarNode) and tag == _STR and node.value in arg:
                return node.value
            shown = f" {node.value!r}" if isinstance(node, yaml.ScalarNode) else ""
            self.fail(node, f"{where}: got {self._kind(node)}{shown}; expected {describe(tp)}")
            return None
        return self._build_date(node, where)

    def _build_text(self, node: yaml.Node, where: str) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == _STR:
            if not node.value.strip():
                self.fail(node, f"{where}: is empty; expected text")
                return None
            return str(node.value).strip()
        if isinstance(node, yaml.ScalarNode) and node.tag in (_BOOL, _INT, _FLOAT, _TIMESTAMP):
            self.fail(
                node,
                f"{where}: unquoted {node.value!r} is read by YAML as {self._kind(node)}, "
                f'not text; put it in quotes: "{node.value}"',
            )
            return None
        self.fail(node, f"{where}: got {self._kind(node)}; expected text")
        return None

    def _build_date(self, node: yaml.Node, where: str) -> dt.date | None:
        if isinstance(node, yaml.ScalarNode) and _DATE.match(node.value):
            try:
                return dt.date.fromisoformat(node.value)
            except ValueError:
                self.fail(node, f"{where}: {node.value!r} is not a real date")
                return None
        self.fail(node, f"{where}: got {self._kind(node)}; expected a date (YYYY-MM-DD)")
        return None

    def _build_list(self, item_tp: Any, node: yaml.Node, where: str) -> tuple[Any, ...] | None:
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{where}: got {self._kind(node)}; expected a list")
            return None
        plan = _plan(item_tp)
        build = self._build
        return tuple(
            build(plan, item_tp, child, f"{where}[{i}]") for i, child in enumerate(node.value, 1)
        )

    def _build_text_map(self, node: yaml.Node, where: str) -> dict[str, str] | None:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{where}: got {self._kind(node)}; expected a mapping of text to text")
            return None
        result: dict[str, str] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node, where, result)
            if key is None:
                continue
            value = self.build(str, value_node, f"{where}.{key}")
            if value is not None:
                result[key] = value
        return result

    def _key(self, key_node: yaml.Node, where: str, seen: dict[str, Any]) -> str | None:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR:
            shown = f" {key_node.value!r}" if isinstance(key_node, yaml.ScalarNode) else ""
            self.fail(key_node, f"{where}: key{shown} must be plain text")
            return None
        key = str(key_node.value)
        if key in seen:
            self.fail(key_node, f"{where}: duplicate key {key!r}; each key may appear once")
            return None
        return key

    def _build_object(self, cls: type, node: yaml.Node, where: str) -> Any:
        fields = _fields(cls)
        if isinstance(node, yaml.ScalarNode) and node.tag == _STR and "text" in fields:
            # A statement may be written as a plain string.
            text = self._build_text(node, where)
            return None if text is None else cls(text=text, marks={"": self.pos(node)})
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{where}: got {self._kind(node)}; expected {describe(cls)}")
            return None
        name = self._object_name(cls, node, where)
        file = self.file
        values: dict[str, Any] = {}
        marks: dict[str, Pos] = {"": self.pos(node)}
        seen: dict[str, Any] = {}
        ok = True
        for key_node, value_node in node.value:
            key = self._key(key_node, name, seen)
            if key is None:
                ok = False
                continue
            seen[key] = True
            field = fields.get(key)
            if field is None:
                close = difflib.get_close_matches(key, list(fields), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                expected = ", ".join(fields)
                self.fail(
                    key_node,
                    f"{name}: unknown field {key!r}{hint}; expected one of: {expected}",
                )
                ok = False
                continue
            mark = value_node.start_mark
            marks[key] = Pos(file, mark.line + 1, mark.column + 1)
            where_value = f"{name}: {key}"
            value = self._build(field.plan, field.tp, value_node, where_value)
            if value is None and (not field.nullable or value_node.tag != _NULL):
                ok = False
                continue
            if (field.pattern or isinstance(value, tuple)) and not self._constraints(
                field, value, value_node, where_value
            ):
                ok = False
                continue
            values[field.attr] = value
        for field in fields.values():
            if field.required and field.key not in seen:
                self.fail(node, f"{name}: missing required field {field.key!r}")
                ok = False
        if not ok:
            return None
        return cls(**values, marks=marks)

    def _object_name(self, cls: type, node: yaml.MappingNode, where: str) -> str:
        """Name an object in messages by its id when it has one: ``question 'size'``."""
        for key_node, value_node in node.value:
            if (
                isinstance(key_node, yaml.ScalarNode)
                and key_node.value == "id"
                and isinstance(value_node, yaml.ScalarNode)
                and value_node.tag == _STR
            ):
                return f"{noun(cls)} {value_node.value!r}"
        return where

    def _constraints(self, field: _Field, value: Any, node: yaml.Node, where: str) -> bool:
        pattern = field.pattern
        if pattern and isinstance(value, str) and not pattern.match(value):
            words = _PATTERN_WORDS.get(pattern.pattern, pattern.pattern)
            self.fail(node, f"{where}: {value!r} is not {words}")
            return False
        if isinstance(value, tuple):
            if any(v is None for v in value):
                return False  # each bad item has reported itself
            if len(value) < field.min_items:
                self.fail(node, f"{where}: has {len(value)}; needs at least {field.min_items}")
                return False
        return True


_PATTERN_WORDS = {
    r"^[a-z][a-z0-9_]*$": "an id (lower-case letters, digits and _, starting with a letter)",
    r"^\d+\.\d+(\.\d+)?$": "a version such as 1.0 or 1.2.3 (put it in quotes)",
    r"^https://[^\s/]+\.[^\s/]+(/\S*)?$": "an https:// address",
}

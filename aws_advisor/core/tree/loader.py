"""Reading tree files. The only module that touches YAML.

The file is *composed* (parsed into a node graph with positions) with the safe loader
and never *constructed* by PyYAML: this module turns nodes into model values itself,
so it can name the line and column of every problem, refuse duplicate keys, refuse
YAML 1.1 surprises such as an unquoted ``No`` turning into a boolean, and refuse any
tag that would construct an object.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import hashlib
import re
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from aws_advisor.core.errors import Problem, TreeError
from aws_advisor.core.tree.files import iter_tree_files
from aws_advisor.core.tree.model import DecisionTree, Pos

try:
    _Loader: type[Any] = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader

__all__ = ["MAX_FILE_BYTES", "iter_tree_files", "load_data_file", "load_tree", "load_tree_text"]

MAX_FILE_BYTES = 512 * 1024
"""Trees are hand-written text; anything larger is a mistake or an attack."""

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


def load_tree(path: Path | str, *, check_graph: bool = True) -> DecisionTree:
    """Load and validate one tree file.

    Args:
        path: The YAML file.
        check_graph: Also run the cross-reference and graph checks (``checks.py``).
            Shipped trees that CI has validated may skip them on the GUI start-up path.

    Raises:
        TreeError: with every problem found, each located as file:line:col.
    """
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TreeError(
                [
                    Problem(
                        name,
                        1,
                        1,
                        f"file is {size:,} bytes; a tree file may be at most "
                        f"{MAX_FILE_BYTES:,} bytes",
                    )
                ]
            )
        data = path.read_bytes()
    except OSError as exc:
        raise TreeError([Problem(name, 1, 1, f"cannot read file: {exc.strerror}")]) from exc
    return load_tree_text(data, name, check_graph=check_graph)


def load_tree_text(data: bytes | str, name: str, *, check_graph: bool = True) -> DecisionTree:
    """Load and validate a tree from text; ``name`` is used in error positions."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_FILE_BYTES:
        raise TreeError(
            [
                Problem(
                    name,
                    1,
                    1,
                    f"file is {len(raw):,} bytes; a tree file may be at most "
                    f"{MAX_FILE_BYTES:,} bytes",
                )
            ]
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TreeError([Problem(name, 1, 1, f"file is not UTF-8 text ({exc.reason})")]) from exc
    root = _compose(text, name)
    if root is None:
        raise TreeError([Problem(name, 1, 1, "file is empty; expected a decision tree")])

    builder = _Builder(name)
    tree: DecisionTree | None = builder.build(DecisionTree, root, "tree")
    if builder.problems or tree is None:
        raise TreeError(sorted(builder.problems, key=lambda p: (p.line, p.col)))
    tree = dataclasses.replace(
        tree, file=name, content_hash=hashlib.sha256(raw).hexdigest(), marks=tree.marks
    )
    if check_graph:
        from aws_advisor.core.tree.checks import check_tree  # networkx: only when validating

        problems = check_tree(tree)
        if problems:
            raise TreeError(problems)
    return tree


def _compose(text: str, name: str) -> yaml.Node | None:
    """The one place YAML text becomes a node tree, for trees, rules and templates alike.

    Raises:
        TreeError: a syntax error or a character YAML does not allow, located as
            file:line:col.
    """
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or "invalid YAML"
        raise TreeError([Problem(name, line, col, f"YAML syntax error: {what}")]) from exc
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        line = before.count("\n") + 1
        col = exc.position - (before.rfind("\n") + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise TreeError(
            [Problem(name, line, col, f"character {ord(char):#06x} is not allowed in YAML text")]
        ) from exc
    except yaml.YAMLError as exc:
        raise TreeError([Problem(name, 1, 1, f"YAML syntax error: {exc}")]) from exc


T = typing.TypeVar("T")


def load_data_file(cls: type[T], path: Path | str) -> T:
    """Load any other YAML data file (workshop templates, rules) into model class ``cls``.

    The same safe composition and field checks as trees: every problem located as
    file:line:col. Cross-reference checks are the caller's.

    Raises:
        TreeError: with every problem found.
    """
    path = Path(path)
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TreeError([Problem(name, 1, 1, f"cannot read file: {exc.strerror}")]) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise TreeError(
            [Problem(name, 1, 1, f"file is {len(raw):,} bytes; at most {MAX_FILE_BYTES:,}")]
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TreeError([Problem(name, 1, 1, f"file is not UTF-8 text ({exc.reason})")]) from exc
    root = _compose(text, name)
    if root is None:
        raise TreeError([Problem(name, 1, 1, "file is empty")])
    builder = _Builder(name)
    value = builder.build(cls, root, _noun(cls))
    if builder.problems or value is None:
        raise TreeError(sorted(builder.problems, key=lambda p: (p.line, p.col)))
    return typing.cast(T, value)


# --- Turning YAML nodes into model values -------------------------------------------------


@cache
def _fields(cls: type) -> tuple[tuple[str, str, Any, dataclasses.Field[Any]], ...]:
    """(yaml key, attribute name, type, field) for a model class, internal fields left out."""
    hints = typing.get_type_hints(cls)
    return tuple(
        (f.metadata.get("key", f.name), f.name, hints[f.name], f)
        for f in dataclasses.fields(cls)
        if not f.metadata.get("internal")
    )


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
        return f"a {_noun(tp)} mapping"
    return str(tp)


def _noun(cls: type) -> str:
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()
    return {"decision tree": "tree"}.get(words, words)


class _Builder:
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

    def _check_node(self, node: yaml.Node) -> bool:
        if id(node) in self._seen:
            self.fail(node, "YAML aliases (*name) are not allowed; write the value out")
            return False
        self._seen.add(id(node))
        if node.tag not in _ALLOWED_TAGS:
            self.fail(node, f"YAML tag {node.tag!r} is not allowed in a tree file")
            return False
        return True

    def build(self, tp: Any, node: yaml.Node, where: str) -> Any:
        """Convert ``node`` to ``tp``; on failure record a problem and return None."""
        if not self._check_node(node):
            return None
        kind, arg, optional = _plan(tp)
        if optional and node.tag == _NULL:
            return None
        if kind == "text":
            if isinstance(node, yaml.ScalarNode) and node.tag == _STR and node.value.strip():
                return str(node.value).strip()  # the common case, kept fast
            return self._build_text(node, where)
        if kind == "object":
            return self._build_object(arg, node, where)
        if kind == "list":
            return self._build_list(arg, node, where)
        if kind == "map":
            return self._build_text_map(node, where)
        if kind == "literal":
            if isinstance(node, yaml.ScalarNode) and node.tag == _STR and node.value in arg:
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
        return tuple(
            self.build(item_tp, child, f"{where}[{i + 1}]") for i, child in enumerate(node.value)
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
        by_key = {key: (name, tp, f) for key, name, tp, f in fields}
        if isinstance(node, yaml.ScalarNode) and node.tag == _STR and "text" in by_key:
            # A statement may be written as a plain string.
            text = self._build_text(node, where)
            return None if text is None else cls(text=text, marks={"": self.pos(node)})
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{where}: got {self._kind(node)}; expected {describe(cls)}")
            return None
        name = self._object_name(cls, node, where)
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
            if key not in by_key:
                close = difflib.get_close_matches(key, list(by_key), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                expected = ", ".join(k for k, *_ in fields)
                self.fail(
                    key_node,
                    f"{name}: unknown field {key!r}{hint}; expected one of: {expected}",
                )
                ok = False
                continue
            attr, tp, f = by_key[key]
            marks[key] = self.pos(value_node)
            value = self.build(tp, value_node, f"{name}: {key}")
            if value is None and (_optional_inner(tp) is None or value_node.tag != _NULL):
                ok = False
                continue
            if not self._constraints(f, value, value_node, f"{name}: {key}"):
                ok = False
                continue
            values[attr] = value
        for key, _attr, _tp, f in fields:
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            if required and key not in seen:
                self.fail(node, f"{name}: missing required field {key!r}")
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
                return f"{_noun(cls)} {value_node.value!r}"
        return where

    def _constraints(
        self, f: dataclasses.Field[Any], value: Any, node: yaml.Node, where: str
    ) -> bool:
        pattern = f.metadata.get("pattern")
        if pattern and isinstance(value, str) and not re.match(pattern, value):
            self.fail(node, f"{where}: {value!r} is not {_PATTERN_WORDS.get(pattern, pattern)}")
            return False
        if isinstance(value, tuple):
            if any(v is None for v in value):
                return False  # each bad item has reported itself
            min_items = f.metadata.get("min_items", 0)
            if len(value) < min_items:
                self.fail(node, f"{where}: has {len(value)}; needs at least {min_items}")
                return False
        return True


_PATTERN_WORDS = {
    r"^[a-z][a-z0-9_]*$": "an id (lower-case letters, digits and _, starting with a letter)",
    r"^\d+\.\d+(\.\d+)?$": "a version such as 1.0 or 1.2.3 (put it in quotes)",
    r"^https://[^\s/]+\.[^\s/]+(/\S*)?$": "an https:// address",
}

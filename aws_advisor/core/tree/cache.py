"""A cache of already-validated trees as JSON, keyed by the file's bytes and the validating code.

Parsing and validating YAML costs a few milliseconds per tree; start-up reads dozens. A tree
whose exact bytes were loaded before, by the same validation code and with at least the
checks now asked for, is rebuilt from its cached plain data instead. Any change to the file
or to that code misses the cache, and the file is loaded and validated in full. A damaged
cache entry is ignored and rewritten.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import tempfile
import types
import typing
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aws_advisor.core.tree.files import read_data_file
from aws_advisor.core.tree.listing import TreeHeading

if TYPE_CHECKING:  # the model is imported on the first whole tree (``list`` needs none)
    from aws_advisor.core.tree.model import DecisionTree

CACHE_FORMAT = 4
_RULES = (
    "model.py",
    "files.py",
    "loader.py",
    "yaml_text.py",
    "nodes.py",
    "checks.py",
    "cache.py",
    "listing.py",
)
"""The modules that decide what a valid tree is and how it is stored: their source is
part of every cache key, so a change to any of them invalidates the whole cache."""


@cache
def _salt() -> bytes:
    digest = hashlib.sha256(f"format {CACHE_FORMAT}".encode())
    here = Path(__file__).parent
    for name in _RULES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:  # a frozen bundle without sources: its contents never change
            digest.update(name.encode())
    return digest.digest()


class TreeCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _entry(self, path: Path) -> tuple[bytes, Path]:
        """The file's bytes (size and kind checked before reading) and its cache entry."""
        raw = read_data_file(path, "a tree file")
        return raw, self.folder / f"{hashlib.sha256(_salt() + raw).hexdigest()}.json"

    def load(self, path: Path, *, check_graph: bool = True) -> DecisionTree:
        """Like ``loader.load_tree``, but served from the cache when the bytes are unchanged.

        Raises:
            DataFileError: when the file is invalid (never cached).
        """
        from aws_advisor.core.tree.model import DecisionTree, Pos

        raw, entry = self._entry(path)
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            if check_graph and not data["checked_graph"]:
                raise KeyError("cached without the graph checks")
            tree: DecisionTree = from_plain(DecisionTree, data["tree"])
            marks = {k: Pos(str(path), int(v[0]), int(v[1])) for k, v in data["marks"].items()}
        except (OSError, ValueError, TypeError, KeyError):
            pass
        else:
            self.hits += 1
            content_hash = hashlib.sha256(raw).hexdigest()
            # The tree's own key positions come back too, so a problem found later (a
            # duplicate id) still names its line and column.
            return dataclasses.replace(tree, file=str(path), content_hash=content_hash, marks=marks)
        self.misses += 1
        tree = _load_tree(path, check_graph)  # raises DataFileError when invalid
        places = {k: [p.line, p.col] for k, p in (tree.marks or {}).items()}
        self._write(entry, {"checked_graph": check_graph, "tree": to_plain(tree), "marks": places})
        self._write(_heading_entry(entry), _heading_data(tree, check_graph))
        return tree

    def heading(self, path: Path, *, check_graph: bool = True) -> TreeHeading:
        """The heading of the tree in ``path``, from a small entry of its own when these
        bytes were validated before; otherwise the tree is loaded (and validated) in full.

        Raises:
            DataFileError: when the file is invalid (never cached).
        """
        _, entry = self._entry(path)
        try:
            data = json.loads(_heading_entry(entry).read_text(encoding="utf-8"))
            if check_graph and not data["checked_graph"]:
                raise KeyError("cached without the graph checks")
            head = data["heading"]
            text = [str(v) for v in head[:6]]
            found = TreeHeading(
                text[0], text[1], text[2], text[3], text[4], text[5], str(path),
                int(head[6]), int(head[7]),
            )  # fmt: skip
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            pass
        else:
            self.hits += 1
            return found
        misses = self.misses
        tree = self.load(path, check_graph=check_graph)  # validates; raises when invalid
        if self.misses == misses:  # served whole from the cache: keep its heading for next time
            self._write(_heading_entry(entry), _heading_data(tree, check_graph))
        return TreeHeading.of(tree)

    def _write(self, entry: Path, data: dict[str, Any]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(data, separators=(",", ":")))
            os.replace(tmp, entry)
        except OSError:
            pass  # a cache that cannot be written only costs time


def _heading_entry(entry: Path) -> Path:
    return entry.with_name(entry.stem + ".heading.json")


def _heading_data(tree: DecisionTree, check_graph: bool) -> dict[str, Any]:
    head = TreeHeading.of(tree)
    return {"checked_graph": check_graph, "heading": [*head[:6], head.id_line, head.id_col]}


def _load_tree(path: Path, check_graph: bool) -> DecisionTree:
    from aws_advisor.core.tree.loader import load_tree  # YAML is imported only on a cache miss

    return load_tree(path, check_graph=check_graph)


def to_plain(value: Any) -> Any:
    """A model value as JSON-ready data (internal fields left out)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # A list in field order, not an object: no key is repeated in every entry (the
        # cache is a fifth smaller) and values are rebuilt by position.
        return [
            to_plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not f.metadata.get("internal")
        ]
    if isinstance(value, tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_plain(tp: Any, data: Any) -> Any:
    """Rebuild a model value from ``to_plain`` output; raises TypeError/KeyError on mismatch."""
    return _converter(tp)(data)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _optional_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"expected text, got {type(value).__name__}")


@cache
def _converter(tp: Any) -> Callable[[Any], Any]:
    """A function that rebuilds values of type ``tp``; built once per type, then reused."""
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        cls = tp
        hints = typing.get_type_hints(cls)
        kept = [f for f in dataclasses.fields(cls) if not f.metadata.get("internal")]
        converters = [_converter(hints[f.name]) for f in kept]
        count = len(kept)
        # Positional when the internal fields come last (they do in the model): no keyword
        # dict per object, which is most of the time a cache hit takes.
        positional = all(not f.metadata.get("internal") for f in dataclasses.fields(cls)[:count])
        names = [f.name for f in kept]

        def build(data: Any) -> Any:
            if not isinstance(data, list) or len(data) != count:
                raise TypeError(f"expected {count} values for {cls.__name__}")
            values = [convert(v) for convert, v in zip(converters, data, strict=True)]
            return cls(*values) if positional else cls(**dict(zip(names, values, strict=True)))

        return build
    if origin in (typing.Union, types.UnionType):
        inner = _converter(next(a for a in typing.get_args(tp) if a is not type(None)))
        if inner is _text:
            return _optional_text
        return lambda data: None if data is None else inner(data)
    if origin is tuple:
        item = _converter(typing.get_args(tp)[0])
        return lambda data: tuple(map(item, data))
    if tp is dt.date:
        return dt.date.fromisoformat
    if origin is dict:
        return dict
    return _text

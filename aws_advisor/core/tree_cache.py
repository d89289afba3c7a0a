"""A cache of already-validated trees as JSON, keyed by the file's bytes and the app version.

Parsing and validating YAML costs a few milliseconds per tree; start-up reads dozens. A tree
whose exact bytes were loaded before, by the same version of the app and with at least the
checks now asked for, is rebuilt from its cached plain data instead. Any change to the file,
or a new app version, misses the cache and the file is loaded and validated in full. A
damaged cache entry is ignored and rewritten.
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
from functools import cache
from pathlib import Path
from typing import Any

from aws_advisor import __version__
from aws_advisor.core.loader import load_tree
from aws_advisor.core.model import DecisionTree

CACHE_FORMAT = 1


class TreeCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def load(self, path: Path, *, check_graph: bool = True) -> DecisionTree:
        """Like ``loader.load_tree``, but served from the cache when the bytes are unchanged.

        Raises:
            TreeError: when the file is invalid (never cached).
        """
        try:
            raw = path.read_bytes()
        except OSError:
            return load_tree(path, check_graph=check_graph)  # reports the read error
        key = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}/".encode() + raw).hexdigest()
        entry = self.folder / f"{key}.json"
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            if check_graph and not data["checked_graph"]:
                raise KeyError("cached without the graph checks")
            tree: DecisionTree = from_plain(DecisionTree, data["tree"])
        except (OSError, ValueError, TypeError, KeyError):
            pass
        else:
            self.hits += 1
            content_hash = hashlib.sha256(raw).hexdigest()
            return dataclasses.replace(tree, file=str(path), content_hash=content_hash)
        self.misses += 1
        tree = load_tree(path, check_graph=check_graph)
        self._write(entry, {"checked_graph": check_graph, "tree": to_plain(tree)})
        return tree

    def _write(self, entry: Path, data: dict[str, Any]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(data, separators=(",", ":")))
            os.replace(tmp, entry)
        except OSError:
            pass  # a cache that cannot be written only costs time


def to_plain(value: Any) -> Any:
    """A model value as JSON-ready data (internal fields left out)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not f.metadata.get("internal")
        }
    if isinstance(value, tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@cache
def _hints(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        (f.name, hints[f.name]) for f in dataclasses.fields(cls) if not f.metadata.get("internal")
    )


def from_plain(tp: Any, data: Any) -> Any:
    """Rebuild a model value from ``to_plain`` output; raises TypeError/KeyError on mismatch."""
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {tp.__name__}")
        return tp(**{name: from_plain(hint, data[name]) for name, hint in _hints(tp)})
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        inner = next(a for a in typing.get_args(tp) if a is not type(None))
        return from_plain(inner, data)
    if origin is tuple:
        item = typing.get_args(tp)[0]
        return tuple(from_plain(item, v) for v in data)
    if tp is dt.date:
        return dt.date.fromisoformat(data)
    if origin is dict:
        return dict(data)
    if not isinstance(data, str):
        raise TypeError(f"expected text, got {type(data).__name__}")
    return data

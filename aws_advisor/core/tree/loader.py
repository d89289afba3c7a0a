"""Loading trees, rules and templates: YAML text (``yaml_text``) to model values (``nodes``)."""

from __future__ import annotations

import dataclasses
import hashlib
import typing
from pathlib import Path

from aws_advisor.core.errors import DataFileError
from aws_advisor.core.tree.files import iter_yaml_files
from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.core.tree.nodes import NodeBuilder, noun
from aws_advisor.core.tree.yaml_text import MAX_FILE_BYTES, parse_yaml, read_data_file

__all__ = ["MAX_FILE_BYTES", "iter_yaml_files", "load_data_file", "load_tree", "load_tree_text"]


def load_tree(path: Path | str, *, check_graph: bool = True) -> DecisionTree:
    """Load and validate one tree file.

    Args:
        path: The YAML file.
        check_graph: Also run the cross-reference and graph checks (``checks.py``).
            Shipped trees that CI has validated may skip them on the GUI start-up path.

    Raises:
        DataFileError: with every problem found, each located as file:line:col.
    """
    path = Path(path)
    return load_tree_text(read_data_file(path, "a tree file"), str(path), check_graph=check_graph)


def load_tree_text(data: bytes | str, name: str, *, check_graph: bool = True) -> DecisionTree:
    """Load and validate a tree from text; ``name`` is used in error positions."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    root = parse_yaml(
        raw, name, what="a tree file", empty="file is empty; expected a decision tree"
    )
    builder = NodeBuilder(name)
    tree: DecisionTree | None = builder.build(DecisionTree, root, "tree")
    if builder.problems or tree is None:
        raise DataFileError(sorted(builder.problems, key=lambda p: (p.line, p.col)))
    tree = dataclasses.replace(
        tree, file=name, content_hash=hashlib.sha256(raw).hexdigest(), marks=tree.marks
    )
    if check_graph:
        from aws_advisor.core.tree.checks import check_tree  # networkx: only when validating

        problems = check_tree(tree)
        if problems:
            raise DataFileError(problems)
    return tree


T = typing.TypeVar("T")


def load_data_file(cls: type[T], path: Path | str) -> T:
    """Load any other YAML data file (workshop templates, rules) into model class ``cls``.

    The same safe composition and field checks as trees: every problem located as
    file:line:col. Cross-reference checks are the caller's.

    Raises:
        DataFileError: with every problem found.
    """
    path = Path(path)
    name = str(path)
    what = f"a {noun(cls)} file"
    root = parse_yaml(read_data_file(path, what), name, what=what, empty="file is empty")
    builder = NodeBuilder(name)
    value = builder.build(cls, root, noun(cls))
    if builder.problems or value is None:
        raise DataFileError(sorted(builder.problems, key=lambda p: (p.line, p.col)))
    return typing.cast(T, value)

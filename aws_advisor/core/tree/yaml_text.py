"""The one front door for YAML: trees, rules and templates are read and parsed here.

The text is *composed* (parsed into a node graph with positions) with the safe loader and
never *constructed* by PyYAML: ``nodes.NodeBuilder`` turns nodes into model values, so it
can name the line and column of every problem. Every failure, from an unreadable file to a
character YAML forbids, is a ``DataFileError`` located as file:line:col.
"""

from __future__ import annotations

from typing import Any

import yaml

from aws_advisor.core.errors import DataFileError, Problem
from aws_advisor.core.text_safety import FORBIDDEN, describe, first_forbidden
from aws_advisor.core.tree.files import MAX_FILE_BYTES, read_data_file, too_big

__all__ = ["MAX_FILE_BYTES", "parse_yaml", "read_data_file"]

try:
    _Loader: type[Any] = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader


def parse_yaml(raw: bytes, name: str, *, what: str, empty: str) -> yaml.Node:
    """The YAML node graph of ``raw``; ``empty`` is the message for a file with no content.

    Raises:
        DataFileError: too large, not UTF-8, a syntax error, a forbidden character, empty.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise too_big(name, len(raw), what)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problem = Problem(name, 1, 1, f"file is not UTF-8 text ({exc.reason})")
        raise DataFileError([problem]) from exc
    root = _compose(text, name)
    if root is None:
        raise DataFileError([Problem(name, 1, 1, empty)])
    return root


def _compose(text: str, name: str) -> yaml.Node | None:
    """The one place YAML text becomes a node tree, for trees, rules and templates alike.

    Raises:
        DataFileError: a syntax error or a character YAML does not allow, located as
            file:line:col.
    """
    try:
        root: yaml.Node | None = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or "invalid YAML"
        raise DataFileError([Problem(name, line, col, f"YAML syntax error: {what}")]) from exc
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        line = before.count("\n") + 1
        col = exc.position - (before.rfind("\n") + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise DataFileError(
            [Problem(name, line, col, f"character {ord(char):#06x} is not allowed in YAML text")]
        ) from exc
    except yaml.YAMLError as exc:
        raise DataFileError([Problem(name, 1, 1, f"YAML syntax error: {exc}")]) from exc
    if root is not None and (FORBIDDEN.search(text) or "\\" in text):
        # Only a forbidden character in the text or an escape sequence can put one into a
        # value; text with neither needs no walk over its values.
        _refuse_control_characters(root, name)
    return root


def _refuse_control_characters(root: yaml.Node, name: str) -> None:
    """Escapes such as ``"\\e[2J"`` pass the YAML reader; the values they make are refused
    here (see ``core.text_safety``), every one located, with no recursion."""
    problems: list[Problem] = []
    stack = [root]
    seen: set[int] = set()
    while stack and len(problems) < 20:
        node = stack.pop()
        if id(node) in seen:  # an alias points back at a node already checked
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            at = first_forbidden(str(node.value))
            if at is not None:
                mark = node.start_mark
                problems.append(
                    Problem(
                        name,
                        mark.line + 1,
                        mark.column + 1,
                        f"text holds the control character {describe(node.value[at])}, "
                        "which is not allowed",
                    )
                )
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                stack.extend((value, key))
    if problems:
        problems.sort(key=lambda p: (p.line, p.col))
        raise DataFileError(problems)

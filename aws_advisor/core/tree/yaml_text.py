"""The one front door for YAML: trees, rules and templates are read and parsed here.

The text is *composed* (parsed into a node graph with positions) with the safe loader and
never *constructed* by PyYAML: ``nodes.NodeBuilder`` turns nodes into model values, so it
can name the line and column of every problem. Every failure, from an unreadable file to a
character YAML forbids, is a ``DataFileError`` located as file:line:col.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from aws_advisor.core.errors import DataFileError, Problem
from aws_advisor.core.text_safety import FORBIDDEN, describe, first_forbidden
from aws_advisor.core.tree.files import MAX_FILE_BYTES, read_data_file, too_big

__all__ = ["LOADER", "MAX_FILE_BYTES", "PYTHON_LOADER", "parse_yaml", "read_data_file"]


def _fast_resolving(base: type[Any]) -> type[Any]:
    """``base`` (a safe loader) resolving the same tags faster.

    The safe resolver has implicit resolvers, keyed by a plain scalar's first character,
    and no path resolvers (a test keeps it so). Its generic ``resolve`` and the per-node
    ``descend_resolver`` / ``ascend_resolver`` calls cost about a sixth of composing a
    tree; this looks up the same table once per scalar and skips the path bookkeeping.
    """
    wildcard = tuple(base.yaml_implicit_resolvers.get(None, []))
    implicit = {
        first: tuple(resolvers) + wildcard
        for first, resolvers in base.yaml_implicit_resolvers.items()
        if first is not None
    }

    def resolve(self: Any, kind: type, value: Any, implicit_flags: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit_flags[0]:
                for tag, regexp in implicit.get(value[:1], wildcard):
                    if regexp.match(value):
                        return str(tag)
            return "tag:yaml.org,2002:str"
        if kind is yaml.SequenceNode:
            return "tag:yaml.org,2002:seq"
        return "tag:yaml.org,2002:map"

    def no_paths(self: Any, *_node_and_index: Any) -> None:
        return None

    return type(
        f"Fast{base.__name__}",
        (base,),
        {"resolve": resolve, "descend_resolver": no_paths, "ascend_resolver": no_paths},
    )


class _PythonSafeLoader(yaml.SafeLoader):
    """The pure-Python safe loader, refusing an unknown ``%`` directive as libyaml does
    (it would only warn), so both loaders accept exactly the same files."""

    def scan_directive(self) -> Any:
        token = super().scan_directive()
        if token.name not in ("YAML", "TAG"):
            start = token.start_mark
            end = len(token.name) + 1  # libyaml marks the end of the name
            mark = yaml.Mark(start.name, start.index + end, start.line, start.column + end, None, 0)
            raise yaml.scanner.ScannerError(
                "while scanning a directive", start, "found unknown directive name", mark
            )
        return token


PYTHON_LOADER = _fast_resolving(_PythonSafeLoader)
# libyaml (in PyYAML's wheels) composes about fifteen times faster; the same messages either way.
LOADER = _fast_resolving(yaml.CSafeLoader) if yaml.__with_libyaml__ else PYTHON_LOADER


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
        root: yaml.Node | None = yaml.compose(text, Loader=LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = _libyaml_wording(exc.problem or "invalid YAML", exc.context or "")
        if what == "found unknown escape character" and exc.problem != what:
            col -= 1  # the pure-Python scanner marks the character after the backslash
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


# The pure-Python parser words some problems differently; messages follow libyaml's words,
# so a file gets the same message with or without libyaml. (pattern, libyaml's words)
_PYTHON_WORDING = tuple(
    (re.compile(pattern, re.DOTALL), words)
    for pattern, words in (
        (r"expected (',' or '[\]}]'), but got .*", r"did not find expected \1"),
        (r"expected the node content, but found .*", "did not find expected node content"),
        (r"expected '<document start>', but found .*", "did not find expected <document start>"),
        (r"expected '>', but found .*", "did not find the expected '>'"),
        (r"mapping values are not allowed here", "mapping values are not allowed in this context"),
        (
            r"found character .* that cannot start any token",
            "found character that cannot start any token",
        ),
        (r"found undefined alias .*", "found undefined alias"),
        (r"found unknown escape character .*", "found unknown escape character"),
    )
)


def _libyaml_wording(problem: str, context: str) -> str:
    """A parser problem in libyaml's words, whichever parser found it."""
    if problem.startswith("expected <block end>, but found"):
        # libyaml names what is missing: a key in a mapping, a "-" in a list.
        in_list = context.startswith("while parsing a block collection")
        return "did not find expected '-' indicator" if in_list else "did not find expected key"
    for pattern, words in _PYTHON_WORDING:
        if pattern.fullmatch(problem):
            return pattern.sub(words, problem)
    return problem


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

"""How big a tree may be. A tree is a hand-written decision, and these bounds sit far above
any shipped one; past them a file is a mistake or an attack, and would make validating,
drawing or answering slow. The validator checks them first and stops there.

Documented in docs/tree-format.md ("Limits").
"""

from __future__ import annotations

from collections.abc import Iterable

from aws_advisor.core.errors import Problem
from aws_advisor.core.tree.model import DecisionTree, Located, Sketch

MAX_QUESTIONS = 100
MAX_OUTCOMES = 100
MAX_OPTIONS = 9
"""The keys 1 to 9 choose an answer, so a question has at most nine."""
MAX_SKETCH_NODES = 40
MAX_SKETCH_GROUPS = 20
MAX_SKETCH_EDGES = 60
MAX_GROUP_DEPTH = 6
"""Region, zone, VPC, subnet… a sketch's boxes nest no deeper than this."""
SHORT_TEXT = 200
"""Titles, labels and names."""
PROMPT_TEXT = 400
LONG_TEXT = 2000
"""Summaries, help, details, reasons and caveats."""


def check_limits(tree: DecisionTree) -> list[Problem]:
    problems: list[Problem] = []

    def count(items: Iterable[object], limit: int, where: Located, what: str) -> None:
        n = sum(1 for _ in items)
        if n > limit:
            problems.append(Problem.at(where.where(), f"{n:,} {what}; at most {limit} allowed"))

    def length(item: Located, key: str, limit: int, what: str) -> None:
        text = getattr(item, key, None)
        if isinstance(text, str) and len(text) > limit:
            problems.append(
                Problem.at(
                    item.where(key),
                    f"{what} is {len(text):,} characters long; at most {limit:,} allowed",
                )
            )

    count(tree.questions, MAX_QUESTIONS, tree, "questions")
    count(tree.outcomes, MAX_OUTCOMES, tree, "outcomes")
    length(tree, "title", SHORT_TEXT, "title")
    length(tree, "summary", LONG_TEXT, "summary")
    for q in tree.questions:
        count(q.options, MAX_OPTIONS, q, f"answers to question {q.id!r} (keys 1 to 9 choose them)")
        length(q, "prompt", PROMPT_TEXT, f"question {q.id!r}: prompt")
        length(q, "help", LONG_TEXT, f"question {q.id!r}: help")
        for o in q.options[: MAX_OPTIONS * 2]:
            length(o, "label", SHORT_TEXT, f"option {o.id!r}: label")
            length(o, "detail", LONG_TEXT, f"option {o.id!r}: detail")
    for out in tree.outcomes:
        length(out, "title", SHORT_TEXT, f"outcome {out.id!r}: title")
        length(out, "summary", LONG_TEXT, f"outcome {out.id!r}: summary")
        for statement in (*out.reasons, *out.caveats):
            length(statement, "text", LONG_TEXT, f"outcome {out.id!r}: statement")
        problems += _sketch_limits(out.id, out.sketch)
    return problems


def _sketch_limits(outcome_id: str, sketch: Sketch) -> list[Problem]:
    where = f"outcome {outcome_id!r}: sketch"
    problems = []
    for items, limit, what in (
        (sketch.nodes, MAX_SKETCH_NODES, "nodes"),
        (sketch.groups, MAX_SKETCH_GROUPS, "groups"),
        (sketch.edges, MAX_SKETCH_EDGES, "edges"),
    ):
        if len(items) > limit:
            problems.append(
                Problem.at(sketch.where(), f"{where}: {len(items):,} {what}; at most {limit}")
            )
    parent = {g.id: g.parent for g in sketch.groups}
    for group in sketch.groups[: MAX_SKETCH_GROUPS * 2]:
        depth, at, seen = 1, group.parent, {group.id}
        while at is not None and at in parent and at not in seen and depth <= MAX_GROUP_DEPTH:
            seen.add(at)
            depth, at = depth + 1, parent[at]
        if depth > MAX_GROUP_DEPTH:
            problems.append(
                Problem.at(
                    group.where("parent"),
                    f"{where}: group {group.id!r} is nested more than {MAX_GROUP_DEPTH} deep",
                )
            )
            break
    return problems

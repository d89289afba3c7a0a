"""Paths through a tree and the answer conditions (``when``) that statements carry.

A path is what one user answers from the start to an outcome. Conditions and authored
exclusions are judged against the whole path, so the engine and the validator agree on
what a user is shown.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from aws_advisor.core.tree.model import DecisionTree, Exclusion, Option, Outcome, Question, Related

MAX_PATHS = 20_000
"""More paths than a person could ever review; the validator refuses such a tree."""


@dataclass(frozen=True)
class PathStep:
    question: Question
    option: Option


def parse_answer(ref: str) -> tuple[str, str] | None:
    """``question=option`` as a pair, or None when it is not written that way."""
    question, sep, option = ref.partition("=")
    question, option = question.strip(), option.strip()
    if not sep or not question or not option:
        return None
    return question, option


def holds(when: tuple[str, ...], answers: Mapping[str, str]) -> bool:
    """Whether ``answers`` (question id to option id) meet a ``when`` condition.

    Answers to the same question are alternatives; different questions must all match.
    An empty condition always holds.
    """
    wanted: dict[str, set[str]] = {}
    for ref in when:
        pair = parse_answer(ref)
        if pair is not None:
            wanted.setdefault(pair[0], set()).add(pair[1])
    return all(answers.get(q) in options for q, options in wanted.items())


def exclusion_for(
    steps: tuple[PathStep, ...], outcome_id: str, answers: Mapping[str, str]
) -> tuple[PathStep, Exclusion] | None:
    """The first authored reason on the path that rules out ``outcome_id``."""
    for step in steps:
        for exclusion in step.option.rules_out:
            if outcome_id in exclusion.outcomes and holds(exclusion.when, answers):
                return step, exclusion
    return None


def related(items: tuple[Related, ...], answers: Mapping[str, str]) -> tuple[Related, ...]:
    """The ``also_fits`` or ``includes`` entries that apply to this path."""
    return tuple(r for r in items if holds(r.when, answers))


def set_aside(outcome: Outcome, answers: Mapping[str, str]) -> set[str]:
    """Outcomes shown beside ``outcome`` on this path, so never as ruled out."""
    return {r.outcome for r in (*outcome.also_fits, *outcome.includes) if holds(r.when, answers)}


class TooManyPathsError(Exception):
    """The tree has more than ``MAX_PATHS`` paths."""


def iter_paths(
    tree: DecisionTree, *, limit: int = MAX_PATHS
) -> Iterator[tuple[tuple[PathStep, ...], Outcome]]:
    """Every path from the start to an outcome, depth first in file order.

    Raises:
        TooManyPathsError: once more than ``limit`` paths have been produced.
    """
    count = 0
    # Depth first with an explicit stack (children pushed in reverse to keep file order), so
    # a long chain of questions cannot exhaust Python's recursion limit.
    stack: list[tuple[str, tuple[PathStep, ...], frozenset[str]]] = [(tree.start, (), frozenset())]
    while stack:
        node_id, trail, seen = stack.pop()
        question = tree.question(node_id)
        if question is None:
            outcome = tree.outcome(node_id)
            if outcome is not None:
                count += 1
                if count > limit:
                    raise TooManyPathsError
                yield trail, outcome
            continue
        if node_id in seen:  # unvalidated trees may loop
            continue
        for option in reversed(question.options):
            stack.append((option.next, (*trail, PathStep(question, option)), seen | {node_id}))

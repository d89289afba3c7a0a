"""The explanation of a recommendation: built once, from the tree and the user's path.

Every renderer (the GUI page, the terminal, the reports, the ADR and ``--json``) reads the
``Explanation`` made here and words it with ``wording``; none works anything out itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from aws_advisor.core.tree.model import (
    DecisionTree,
    Option,
    Outcome,
    Provenance,
    Question,
    Statement,
)
from aws_advisor.core.tree.paths import PathStep, exclusion_for, holds, related


@dataclass(frozen=True)
class Step:
    """One answer given: the question, the chosen option, and when."""

    question: Question
    option: Option
    at: dt.datetime


@dataclass(frozen=True)
class LinkedStatement:
    """A reason or caveat with the user's answers it refers to."""

    statement: Statement
    provenance: Provenance
    answers: tuple[Step, ...]

    @property
    def text(self) -> str:
        return self.statement.text


@dataclass(frozen=True)
class RuledOut:
    """Outcomes that one answer on the path rules out, for one reason.

    ``reason`` is the tree author's; it is None only for a user tree that does not give
    one (``aws-advisor validate`` reports those), and then ``step`` is the answer after
    which the outcomes could no longer be reached. ``instead`` lists the other options of
    that question that would have kept at least one of them possible.
    """

    outcomes: tuple[Outcome, ...]
    step: Step
    reason: str | None
    instead: tuple[Option, ...]

    @property
    def question(self) -> Question:
        return self.step.question

    @property
    def chosen(self) -> Option:
        return self.step.option


@dataclass(frozen=True)
class Beside:
    """Another outcome shown with the recommendation: an equal fit, or part of the plan."""

    outcome: Outcome
    note: str
    kind: Literal["also_fits", "includes"]


@dataclass(frozen=True)
class Alternative:
    """A different answer to a question on the path, and exactly where it leads.

    The user's other answers are replayed wherever their questions still come up: the
    result is the outcome reached (``reached``), or the first question the user has not
    answered (``opens``) with the outcomes still possible from there. The current
    recommendation is never among ``outcomes``.
    """

    question: Question
    option: Option
    outcomes: tuple[Outcome, ...]
    reached: Outcome | None = None
    opens: Question | None = None


@dataclass(frozen=True)
class Explanation:
    """Everything the recommendation page and the reports say about an outcome."""

    outcome: Outcome
    path: tuple[Step, ...]
    why: tuple[LinkedStatement, ...]
    caveats: tuple[LinkedStatement, ...]
    why_not: tuple[RuledOut, ...]
    what_if: tuple[Alternative, ...]
    also_fits: tuple[Beside, ...] = ()
    part_of_plan: tuple[Beside, ...] = ()

    @property
    def marks_new(self) -> bool:
        """Whether any statement shown is marked NEW, so the page explains the mark."""
        return any(s.provenance == "current" for s in (*self.why, *self.caveats))


def applies(statement: Statement, answers: Mapping[str, str]) -> bool:
    """A statement is shown when its ``when`` holds and, if it names the questions it
    depends on, at least one of them was answered on this path."""
    if not holds(statement.when, answers):
        return False
    return not statement.because or any(q in answers for q in statement.because)


def explain(tree: DecisionTree, outcome: Outcome, path: tuple[Step, ...]) -> Explanation:
    """The explanation of ``outcome`` reached by ``path``."""
    answers = {s.question.id: s.option.id for s in path}
    by_question = {s.question.id: s for s in path}

    def linked(items: tuple[Statement, ...]) -> tuple[LinkedStatement, ...]:
        return tuple(
            LinkedStatement(
                s,
                s.provenance or outcome.provenance,
                tuple(by_question[q] for q in s.because if q in by_question),
            )
            for s in items
            if applies(s, answers)
        )

    def beside(kind: Literal["also_fits", "includes"]) -> tuple[Beside, ...]:
        items = outcome.also_fits if kind == "also_fits" else outcome.includes
        found = []
        for r in related(items, answers):
            other = tree.outcome(r.outcome)
            if other is not None and other.id != outcome.id:
                found.append(Beside(other, r.note, kind))
        return tuple(found)

    also_fits, part_of_plan = beside("also_fits"), beside("includes")
    aside = {b.outcome.id for b in (*also_fits, *part_of_plan)}
    return Explanation(
        outcome=outcome,
        path=path,
        why=linked(outcome.reasons),
        caveats=linked(outcome.caveats),
        why_not=_why_not(tree, outcome, path, answers, aside),
        what_if=tuple(_what_if(tree, outcome, path, answers)),
        also_fits=also_fits,
        part_of_plan=part_of_plan,
    )


def _why_not(
    tree: DecisionTree,
    chosen: Outcome,
    path: tuple[Step, ...],
    answers: Mapping[str, str],
    aside: set[str],
) -> tuple[RuledOut, ...]:
    """One entry per (answer, reason), outcomes grouped, in the order of the tree."""
    reach = tree.reachable_outcomes
    steps = tuple(PathStep(s.question, s.option) for s in path)
    groups: dict[tuple[int, str | None], tuple[Step, str | None, list[Outcome]]] = {}
    for other in tree.outcomes:
        if other.id == chosen.id or other.id in aside:
            continue
        found = exclusion_for(steps, other.id, answers)
        if found is not None:
            index = steps.index(found[0])
            reason: str | None = found[1].reason
        else:
            index = next(
                (
                    i
                    for i, s in enumerate(path)
                    if other.id in reach[s.question.id] and other.id not in reach[s.option.next]
                ),
                -1,
            )
            if index < 0:
                continue
            reason = None
        key = (index, reason)
        if key not in groups:
            groups[key] = (path[index], reason, [])
        groups[key][2].append(other)
    result = []
    for step, reason, outcomes in groups.values():
        instead = tuple(
            o
            for o in step.question.options
            if o.id != step.option.id and any(x.id in reach[o.next] for x in outcomes)
        )
        result.append(RuledOut(tuple(outcomes), step, reason, instead))
    return tuple(result)


def _what_if(
    tree: DecisionTree, current: Outcome, path: tuple[Step, ...], given: Mapping[str, str]
) -> Iterator[Alternative]:
    """Each other option of each answered question, replayed with the other answers.

    Options that lead back to the current recommendation change nothing and are left out.
    """
    reach = tree.reachable_outcomes
    for step in path:
        for option in step.question.options:
            if option.id == step.option.id:
                continue
            node = replay_from(tree, option.next, given)
            question = tree.question(node)
            if question is None:
                reached = tree.outcome(node)
                if reached is None or reached.id == current.id:
                    continue
                yield Alternative(step.question, option, (reached,), reached=reached)
                continue
            possible = tuple(
                o for o in tree.outcomes if o.id in reach[question.id] and o.id != current.id
            )
            if possible:
                yield Alternative(step.question, option, possible, opens=question)


def replay_from(tree: DecisionTree, node_id: str, given: Mapping[str, str]) -> str:
    """Follow ``given`` answers from ``node_id`` while their questions come up."""
    seen: set[str] = set()  # a user tree loaded without graph checks may loop
    while (question := tree.question(node_id)) is not None and node_id not in seen:
        seen.add(node_id)
        chosen = question.option(given[question.id]) if question.id in given else None
        if chosen is None:
            return node_id
        node_id = chosen.next
    return node_id

"""Checks that every page the tree can show is true to the user's answers.

- every answer condition (``when``) and every exclusion names real questions, options
  and outcomes;
- on every path, every outcome other than the recommendation is either set beside it
  (``also_fits``, ``includes``) or ruled out by an authored reason on that path;
- no authored reason on a path rules out the outcome that path recommends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aws_advisor.core.errors import Problem
from aws_advisor.core.tree.model import DecisionTree, Exclusion, Located, Option, Outcome
from aws_advisor.core.tree.paths import (
    MAX_PATHS,
    PathStep,
    TooManyPathsError,
    exclusion_for,
    holds,
    iter_paths,
    parse_answer,
    set_aside,
)


def check_references(tree: DecisionTree) -> list[Problem]:
    """Every ``when``, ``rules_out`` and ``also_fits``/``includes`` reference resolves."""
    problems: list[Problem] = []
    outcome_ids = {o.id for o in tree.outcomes}

    def when(item: Located, refs: tuple[str, ...], where: str) -> None:
        for ref in refs:
            pair = parse_answer(ref)
            if pair is None:
                problems.append(
                    Problem.at(
                        item.where("when"),
                        f"{where}: when {ref!r} is not written question=option",
                    )
                )
                continue
            question = tree.question(pair[0])
            if question is None:
                problems.append(
                    Problem.at(
                        item.where("when"),
                        f"{where}: when {ref!r}: {pair[0]!r} is not the id of a question",
                    )
                )
            elif question.option(pair[1]) is None:
                valid = ", ".join(o.id for o in question.options)
                problems.append(
                    Problem.at(
                        item.where("when"),
                        f"{where}: when {ref!r}: question {pair[0]!r} has no option "
                        f"{pair[1]!r}; its options are {valid}",
                    )
                )

    for q in tree.questions:
        for option in q.options:
            where = f"option {option.id!r} of question {q.id!r}: rules_out"
            for exclusion in option.rules_out:
                when(exclusion, exclusion.when, where)
                for ref in exclusion.outcomes:
                    if ref not in outcome_ids:
                        problems.append(
                            Problem.at(
                                exclusion.where("outcomes"),
                                f"{where}: {ref!r} is not the id of an outcome",
                            )
                        )
    for outcome in tree.outcomes:
        for statement in (*outcome.reasons, *outcome.caveats):
            when(statement, statement.when, f"outcome {outcome.id!r}")
        for key, items in (("also_fits", outcome.also_fits), ("includes", outcome.includes)):
            for item in items:
                where = f"outcome {outcome.id!r}: {key}"
                when(item, item.when, where)
                if item.outcome not in outcome_ids:
                    problems.append(
                        Problem.at(
                            item.where("outcome"),
                            f"{where}: {item.outcome!r} is not the id of an outcome",
                        )
                    )
                elif item.outcome == outcome.id:
                    problems.append(
                        Problem.at(item.where("outcome"), f"{where}: names the outcome itself")
                    )
    return problems


@dataclass
class _Gap:
    """Paths that leave some outcomes at ``leaving`` and never say why."""

    leaving: Option
    others: set[str] = field(default_factory=set)
    reached: set[str] = field(default_factory=set)
    example: tuple[PathStep, ...] = ()


def _trail(steps: tuple[PathStep, ...]) -> str:
    return ", ".join(f"{s.question.id}={s.option.id}" for s in steps)


def check_reasons(tree: DecisionTree) -> list[Problem]:
    """Missing and contradicting exclusions, over every path of the tree."""
    reach = tree.reachable_outcomes
    gaps: dict[int, _Gap] = {}
    wrong: dict[tuple[int, str], tuple[Exclusion, str, str, str, tuple[PathStep, ...]]] = {}
    try:
        for steps, reached in iter_paths(tree):
            answers = {s.question.id: s.option.id for s in steps}
            aside = set_aside(reached, answers)
            for step in steps:
                for exclusion in step.option.rules_out:
                    if reached.id in exclusion.outcomes and holds(exclusion.when, answers):
                        wrong.setdefault(
                            (id(exclusion), reached.id),
                            (exclusion, step.option.id, step.question.id, reached.id, steps),
                        )
            for other in tree.outcomes:
                if other.id == reached.id or other.id in aside:
                    continue
                if exclusion_for(steps, other.id, answers) is not None:
                    continue
                leaving = _leaving(steps, other, reach)
                gap = gaps.setdefault(id(leaving), _Gap(leaving, example=steps))
                gap.others.add(other.id)
                gap.reached.add(reached.id)
    except TooManyPathsError:
        return [
            Problem.at(
                tree.where("start"),
                f"the tree has more than {MAX_PATHS:,} paths from the start to an outcome; "
                "split it into smaller trees",
            )
        ]
    problems = []
    for gap in gaps.values():
        others = ", ".join(repr(o) for o in sorted(gap.others))
        to = ", ".join(repr(r) for r in sorted(gap.reached))
        problems.append(
            Problem.at(
                gap.leaving.where("id"),
                f"option {gap.leaving.id!r}: no reason why not {others} on the paths to {to} "
                f"(for example {_trail(gap.example)}); add rules_out to this or another "
                "answer on the path, or list them in also_fits or includes",
            )
        )
    for exclusion, option_id, question_id, reached_id, steps in wrong.values():
        problems.append(
            Problem.at(
                exclusion.where("outcomes"),
                f"option {option_id!r} of question {question_id!r}: rules out {reached_id!r}, "
                f"but the path {_trail(steps)} still recommends it; add a when condition or "
                "move the reason",
            )
        )
    return problems


def _leaving(
    steps: tuple[PathStep, ...], other: Outcome, reach: dict[str, frozenset[str]]
) -> Option:
    """The answer after which ``other`` could no longer be reached."""
    for step in steps:
        if other.id in reach[step.question.id] and other.id not in reach[step.option.next]:
            return step.option
    return steps[-1].option

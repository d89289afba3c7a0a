"""A practice round: which situations to ask, and how a learner's walk compares with the
architect's.

``pick`` chooses the situations (a tree, a category or mixed; a count; a seed for the same
round again). ``grade`` compares the outcome the learner reached with the expected one and
says where their path left the architect's, with the tree's own authored reasons: why the
learner's answer there rules out the expected outcome, and why the architect's answers rule
out what the learner reached. The GUI and the terminal render the same ``Feedback``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from aws_advisor.core.engine.explain import Explanation, Step
from aws_advisor.core.engine.session import Session
from aws_advisor.core.errors import AnswerError
from aws_advisor.core.practice.bank import Bank, Situation
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.tree.model import DecisionTree, Option, Outcome, Question

Verdict = Literal["right", "acceptable", "missed"]
MIXED = "mixed"


def pick(
    bank: Bank,
    catalog: Catalog,
    *,
    tree: str | None = None,
    category: str | None = None,
    count: int = 5,
    seed: int | None = None,
) -> list[Situation]:
    """Up to ``count`` situations of one tree, one category, or (neither) the whole bank,
    in a random order that ``seed`` repeats; easier ones first within the round."""
    pool = [
        s
        for s in bank.situations.values()
        if s.tree in catalog.trees
        and (tree is None or s.tree == tree)
        and (category is None or catalog.trees[s.tree].category == category)
    ]
    chosen = random.Random(seed).sample(pool, min(max(count, 0), len(pool)))
    order = {"easy": 0, "medium": 1, "hard": 2}
    return sorted(chosen, key=lambda s: order[s.difficulty])  # sorted() keeps the draw's ties


def categories(bank: Bank, catalog: Catalog) -> list[str]:
    """Categories that have situations, in catalogue order."""
    have = {
        catalog.trees[s.tree].category for s in bank.situations.values() if s.tree in catalog.trees
    }
    return [c for c in catalog.by_category() if c in have]


@dataclass(frozen=True)
class Divergence:
    """The first answer where the learner's path left the architect's."""

    question: Question
    chosen: Option
    architect: Option | None
    """The architect's answer to that question; None when the architect never reached it."""


@dataclass(frozen=True)
class Feedback:
    """How one situation went."""

    situation: Situation
    tree: DecisionTree
    verdict: Verdict
    reached: Outcome
    expected: Outcome
    divergence: Divergence | None
    ruled_out_expected: str | None
    """The tree's reason why the learner's answers rule out the expected outcome."""
    ruled_out_reached: str | None
    """The tree's reason why the architect's answers rule out what the learner reached."""
    architect_path: tuple[Step, ...]


def architect_session(tree: DecisionTree, situation: Situation) -> Session:
    """The architect's walk, answered."""
    session = Session(tree)
    for question_id, option_id in situation.answer_pairs():
        if session.current_question is None or session.current_question.id != question_id:
            raise AnswerError(f"situation {situation.id!r}: {question_id!r} is not asked here")
        session.answer(option_id)
    return session


def _reason_against(explanation: Explanation, outcome_id: str) -> str | None:
    for ruled in explanation.why_not:
        if any(o.id == outcome_id for o in ruled.outcomes):
            return ruled.reason
    return None


def grade(tree: DecisionTree, situation: Situation, learner: Session) -> Feedback:
    """Compare the learner's finished walk of ``tree`` with the architect's.

    Raises:
        AnswerError: the learner has not reached an outcome yet.
    """
    reached = learner.outcome
    if reached is None:
        raise AnswerError("the walk has not reached a recommendation yet")
    architect = architect_session(tree, situation)
    expected = architect.outcome
    assert expected is not None  # the bank's checks make the answers reach an outcome
    verdict: Verdict = "right"
    if reached.id != expected.id:
        verdict = "acceptable" if reached.id in situation.alternates else "missed"
    given = dict(situation.answer_pairs())
    divergence = None
    for step in learner.path:
        wanted = given.get(step.question.id)
        if wanted != step.option.id:
            option = next((o for o in step.question.options if o.id == wanted), None)
            divergence = Divergence(step.question, step.option, option)
            break
    against_expected = against_reached = None
    if verdict != "right":
        against_expected = _reason_against(learner.explain(), expected.id)
        against_reached = _reason_against(architect.explain(), reached.id)
    return Feedback(
        situation,
        tree,
        verdict,
        reached,
        expected,
        divergence,
        against_expected,
        against_reached,
        architect.path,
    )


def score_line(verdicts: Sequence[Verdict]) -> str:
    """ "3 of 5 right, 1 acceptable, 1 missed"."""
    right = verdicts.count("right")
    return (
        f"{right} of {len(verdicts)} right, {verdicts.count('acceptable')} acceptable, "
        f"{verdicts.count('missed')} missed"
    )

"""A what-if comparison: two decisions side by side, the answers that differ, both outcomes."""

from __future__ import annotations

from dataclasses import dataclass

from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.core.workshops.document import Decision, RecordedAnswer


@dataclass(frozen=True)
class AnswerDifference:
    """A question the two decisions answered differently (or only one of them answered)."""

    question: str
    prompt: str
    first: RecordedAnswer | None
    second: RecordedAnswer | None


@dataclass(frozen=True)
class CriterionRow:
    """One column of the tree's comparison table, for both outcomes."""

    label: str
    first: str
    second: str


@dataclass(frozen=True)
class Comparison:
    """Two decisions side by side: both outcomes and the answers that differ."""

    first: Decision
    second: Decision
    differences: tuple[AnswerDifference, ...]
    rows: tuple[CriterionRow, ...]

    @property
    def same_outcome(self) -> bool:
        a, b = self.first.outcome, self.second.outcome
        return (a.id if a else None) == (b.id if b else None)


def compare_decisions(
    first: Decision, second: Decision, tree: DecisionTree | None = None
) -> Comparison:
    """Compare two decisions (typically an original and its what-if copy).

    Args:
        first: The decision shown on the left.
        second: The decision shown on the right.
        tree: The current tree; when given, the rows of its comparison table for both
            outcomes are included.
    """
    a = {x.question: x for x in first.answers}
    b = {x.question: x for x in second.answers}
    order = [x.question for x in first.answers]
    order += [q for q in b if q not in a]
    differences = tuple(
        AnswerDifference(q, (a.get(q) or b[q]).prompt, a.get(q), b.get(q))
        for q in order
        if (a[q].option if q in a else None) != (b[q].option if q in b else None)
    )
    rows: tuple[CriterionRow, ...] = ()
    if tree is not None and first.outcome and second.outcome:
        oa, ob = tree.outcome(first.outcome.id), tree.outcome(second.outcome.id)
        if oa and ob:
            rows = tuple(
                CriterionRow(c.label, oa.compare.get(c.id, ""), ob.compare.get(c.id, ""))
                for c in tree.comparison
            )
    return Comparison(first, second, differences, rows)

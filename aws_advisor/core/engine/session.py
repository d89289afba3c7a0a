"""The decision engine: walking a tree, keeping the path, explaining the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from aws_advisor.core.engine.explain import (
    Alternative,
    Beside,
    Explanation,
    LinkedStatement,
    RuledOut,
    Step,
    explain,
)
from aws_advisor.core.engine.wording import reason_of
from aws_advisor.core.errors import AnswerError
from aws_advisor.core.tree.model import DecisionTree, Outcome, Question

__all__ = [
    "Alternative",
    "Beside",
    "Explanation",
    "LinkedStatement",
    "ReplayProblem",
    "RuledOut",
    "Session",
    "Step",
    "enumerate_paths",
    "explanation_data",
]

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class ReplayProblem:
    """A recorded answer that no longer fits the tree."""

    question_id: str
    option_id: str
    message: str


class Session:
    """A walk through one tree. Only this class decides what comes next."""

    def __init__(self, tree: DecisionTree, *, clock: Clock = _utc_now) -> None:
        self.tree = tree
        self._clock = clock
        self._path: list[Step] = []

    # --- state --------------------------------------------------------------------------

    @property
    def path(self) -> tuple[Step, ...]:
        return tuple(self._path)

    @property
    def current_node_id(self) -> str:
        return self._path[-1].option.next if self._path else self.tree.start

    @property
    def current_question(self) -> Question | None:
        """The question to answer now; None once an outcome is reached."""
        return self.tree.question(self.current_node_id)

    @property
    def outcome(self) -> Outcome | None:
        return self.tree.outcome(self.current_node_id)

    @property
    def answers(self) -> dict[str, str]:
        """Question id to chosen option id, in path order."""
        return {s.question.id: s.option.id for s in self._path}

    def possible_outcomes(self) -> tuple[Outcome, ...]:
        """Outcomes still reachable from where the user stands, in tree order."""
        reach = self.tree.reachable_outcomes[self.current_node_id]
        return tuple(o for o in self.tree.outcomes if o.id in reach)

    # --- intent -------------------------------------------------------------------------

    def answer(self, option_id: str) -> None:
        """Answer the current question.

        Raises:
            AnswerError: when the tree is finished or the option is not offered here.
        """
        question = self.current_question
        if question is None:
            raise AnswerError(
                f"{self.tree.id}: the recommendation is already reached; go back or revisit "
                "a question to change an answer"
            )
        option = question.option(option_id)
        if option is None:
            valid = ", ".join(o.id for o in question.options)
            raise AnswerError(
                f"{self.tree.id}: {option_id!r} is not an option of question {question.id!r}; "
                f"valid options: {valid}"
            )
        self._path.append(Step(question, option, self._clock()))

    def back(self) -> bool:
        """Undo the last answer. Returns False when already at the start."""
        if not self._path:
            return False
        self._path.pop()
        return True

    def restart(self) -> None:
        self._path.clear()

    def revisit(self, question_id: str) -> None:
        """Return to a question on the path; the answers after it are dropped.

        Revisiting the current question is allowed and changes nothing.
        """
        if question_id == self.current_node_id and self.current_question is not None:
            return
        for index, step in enumerate(self._path):
            if step.question.id == question_id:
                del self._path[index:]
                return
        raise AnswerError(f"{self.tree.id}: question {question_id!r} is not on the current path")

    # --- explanation --------------------------------------------------------------------

    def explain(self) -> Explanation:
        """Why this outcome, why not the others, and which answers would change it.

        Raises:
            AnswerError: when no outcome is reached yet.
        """
        outcome = self.outcome
        if outcome is None:
            raise AnswerError(f"{self.tree.id}: no recommendation yet; answer every question first")
        return explain(self.tree, outcome, self.path)

    # --- persistence --------------------------------------------------------------------

    def to_data(self) -> dict[str, Any]:
        """Plain data (JSON-ready) that ``replay`` turns back into a session."""
        return {
            "tree": self.tree.id,
            "tree_version": self.tree.version,
            "content_hash": self.tree.content_hash,
            "answers": [
                {"question": s.question.id, "option": s.option.id, "at": s.at.isoformat()}
                for s in self._path
            ],
        }

    @classmethod
    def replay(
        cls, tree: DecisionTree, data: Mapping[str, Any], *, clock: Clock = _utc_now
    ) -> tuple[Session, tuple[ReplayProblem, ...]]:
        """Rebuild a session from ``to_data`` output, answering as far as the tree allows.

        The recorded answers are replayed in order. The first one that no longer fits (the
        tree changed since) stops the replay; it and every later answer are returned as
        problems, so the caller can show which questions need answering again.
        """
        session = cls(tree, clock=clock)
        recorded = list(data.get("answers", []))
        for index, item in enumerate(recorded):
            question_id, option_id = str(item.get("question")), str(item.get("option"))
            question = session.current_question
            message = None
            if question is None:
                message = "the tree now reaches its recommendation before this question"
            elif question.id != question_id:
                message = f"the tree now asks {question.id!r} here instead"
            elif question.option(option_id) is None:
                message = f"option {option_id!r} no longer exists"
            if message is not None:
                rest = [
                    ReplayProblem(
                        str(r.get("question")), str(r.get("option")), "follows a changed answer"
                    )
                    for r in recorded[index + 1 :]
                ]
                return session, (ReplayProblem(question_id, option_id, message), *rest)
            session.answer(option_id)
            try:
                at = dt.datetime.fromisoformat(str(item.get("at")))
            except ValueError:
                at = session._path[-1].at
            session._path[-1] = Step(session._path[-1].question, session._path[-1].option, at)
        return session, ()


def enumerate_paths(tree: DecisionTree) -> list[tuple[tuple[tuple[str, str], ...], str]]:
    """Every path from the start to an outcome: ((question id, option id), ...), outcome id."""
    found: list[tuple[tuple[tuple[str, str], ...], str]] = []
    stack: list[tuple[str, tuple[tuple[str, str], ...]]] = [(tree.start, ())]
    while stack:  # depth first in file order, without recursion
        node_id, trail = stack.pop()
        question = tree.question(node_id)
        if question is None:
            found.append((trail, node_id))
            continue
        for option in reversed(question.options):
            stack.append((option.next, (*trail, (question.id, option.id))))
    return found


def step_data(step: Step) -> dict[str, str]:
    return {
        "question": step.question.id,
        "prompt": step.question.prompt,
        "option": step.option.id,
        "label": step.option.label,
    }


def explanation_data(expl: Explanation) -> dict[str, Any]:
    """The explanation as JSON-ready data; the shape is documented in docs/cli.md."""
    out = expl.outcome

    def linked(items: tuple[LinkedStatement, ...]) -> list[dict[str, Any]]:
        return [
            {
                "text": s.text,
                "provenance": s.provenance,
                "answers": [step_data(a) for a in s.answers],
            }
            for s in items
        ]

    return {
        "outcome": {
            "id": out.id,
            "title": out.title,
            "summary": out.summary,
            "provenance": out.provenance,
            "as_of": out.as_of.isoformat(),
            "changed": list(out.changed),
            "sources": [{"title": s.title, "url": s.url} for s in out.sources],
        },
        "path": [step_data(s) for s in expl.path],
        "why": linked(expl.why),
        "caveats": linked(expl.caveats),
        "why_not": [
            {
                "outcome": o.id,
                "title": o.title,
                "reason": reason_of(r),
                "authored": r.reason is not None,
                "question": r.question.id,
                "prompt": r.question.prompt,
                "chosen": r.chosen.id,
                "chosen_label": r.chosen.label,
                "instead": [i.id for i in r.instead],
            }
            for r in expl.why_not
            for o in r.outcomes
        ],
        "also_fits": [
            {"outcome": b.outcome.id, "title": b.outcome.title, "note": b.note}
            for b in expl.also_fits
        ],
        "part_of_plan": [
            {"outcome": b.outcome.id, "title": b.outcome.title, "note": b.note}
            for b in expl.part_of_plan
        ],
        "what_if": [
            {
                "question": a.question.id,
                "option": a.option.id,
                "label": a.option.label,
                "outcomes": [o.id for o in a.outcomes],
                "result": (
                    {"outcome": a.reached.id, "title": a.reached.title}
                    if a.reached is not None
                    else {
                        "question": a.opens.id if a.opens else None,
                        "prompt": a.opens.prompt if a.opens else None,
                        "outcomes": [o.id for o in a.outcomes],
                    }
                ),
            }
            for a in expl.what_if
        ],
    }

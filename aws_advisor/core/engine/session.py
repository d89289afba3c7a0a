"""The decision engine: walking a tree, keeping the path, explaining the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from aws_advisor.core.errors import AnswerError
from aws_advisor.core.tree.model import (
    DecisionTree,
    Option,
    Outcome,
    Provenance,
    Question,
    Statement,
)

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


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
    """Why another outcome is not the recommendation.

    ``question``/``chosen`` is the first answer after which no path led to the outcome;
    ``instead`` lists the options at that question that would have kept it possible.
    """

    outcome: Outcome
    question: Question
    chosen: Option
    instead: tuple[Option, ...]


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
        by_question = {s.question.id: s for s in self._path}

        def link(statement: Statement) -> LinkedStatement:
            answers = tuple(by_question[q] for q in statement.because if q in by_question)
            return LinkedStatement(statement, statement.provenance or outcome.provenance, answers)

        return Explanation(
            outcome=outcome,
            path=self.path,
            why=tuple(link(s) for s in outcome.reasons),
            caveats=tuple(link(s) for s in outcome.caveats),
            why_not=tuple(self._why_not(outcome)),
            what_if=tuple(self._what_if()),
        )

    def _why_not(self, chosen: Outcome) -> Iterator[RuledOut]:
        reach = self.tree.reachable_outcomes
        for other in self.tree.outcomes:
            if other.id == chosen.id:
                continue
            for step in self._path:
                if other.id in reach[step.question.id] and other.id not in reach[step.option.next]:
                    instead = tuple(o for o in step.question.options if other.id in reach[o.next])
                    yield RuledOut(other, step.question, step.option, instead)
                    break

    def _what_if(self) -> Iterator[Alternative]:
        """Each other option of each answered question, replayed with the other answers.

        Options that lead back to the current recommendation change nothing and are left out.
        """
        current = self.outcome
        given = self.answers
        reach = self.tree.reachable_outcomes
        for step in self._path:
            for option in step.question.options:
                if option.id == step.option.id:
                    continue
                node = self._replay_from(option.next, given)
                question = self.tree.question(node)
                if question is None:
                    reached = self.tree.outcome(node)
                    if reached is None or (current is not None and reached.id == current.id):
                        continue
                    yield Alternative(step.question, option, (reached,), reached=reached)
                    continue
                possible = tuple(
                    o
                    for o in self.tree.outcomes
                    if o.id in reach[question.id] and (current is None or o.id != current.id)
                )
                if possible:
                    yield Alternative(step.question, option, possible, opens=question)

    def _replay_from(self, node_id: str, given: Mapping[str, str]) -> str:
        """Follow ``given`` answers from ``node_id`` while their questions come up."""
        seen: set[str] = set()  # a user tree loaded without graph checks may loop
        while (question := self.tree.question(node_id)) is not None and node_id not in seen:
            seen.add(node_id)
            chosen = question.option(given[question.id]) if question.id in given else None
            if chosen is None:
                return node_id
            node_id = chosen.next
        return node_id

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

    def walk(node_id: str, trail: tuple[tuple[str, str], ...]) -> None:
        question = tree.question(node_id)
        if question is None:
            found.append((trail, node_id))
            return
        for option in question.options:
            walk(option.next, (*trail, (question.id, option.id)))

    walk(tree.start, ())
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
                "outcome": r.outcome.id,
                "title": r.outcome.title,
                "question": r.question.id,
                "prompt": r.question.prompt,
                "chosen": r.chosen.id,
                "chosen_label": r.chosen.label,
                "instead": [o.id for o in r.instead],
            }
            for r in expl.why_not
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

"""The map presentation mode shows a room: the path so far, the question in front of the
group, and where each answer can still lead. Not the whole tree shrunk to fit."""

from __future__ import annotations

from dataclasses import dataclass

from aws_advisor.core.engine.session import Session


@dataclass(frozen=True)
class RoomStep:
    """One answer already given."""

    question_id: str
    prompt: str
    answer: str


@dataclass(frozen=True)
class RoomBranch:
    """Where one answer to the current question can still lead."""

    number: int
    label: str
    outcomes: tuple[str, ...]


@dataclass(frozen=True)
class RoomMap:
    steps: tuple[RoomStep, ...]
    now: str
    """The question in front of the group, or the recommendation reached."""
    decided: bool
    possible: tuple[str, ...]
    """Titles of the outcomes still possible, in tree order (only the one reached, once
    decided)."""
    branches: tuple[RoomBranch, ...]
    """One per answer to the current question; empty once decided."""


def room_map(session: Session) -> RoomMap:
    tree = session.tree
    steps = tuple(RoomStep(s.question.id, s.question.prompt, s.option.label) for s in session.path)
    outcome = session.outcome
    if outcome is not None:
        return RoomMap(steps, outcome.title, True, (outcome.title,), ())
    question = session.current_question
    assert question is not None  # a session stands on a question or an outcome
    titles = {o.id: o.title for o in tree.outcomes}
    order = [o.id for o in tree.outcomes]
    branches = tuple(
        RoomBranch(
            n,
            option.label,
            tuple(titles[o] for o in order if o in tree.reachable_outcomes[option.next]),
        )
        for n, option in enumerate(question.options, 1)
    )
    possible = tuple(o.title for o in session.possible_outcomes())
    return RoomMap(steps, question.prompt, False, possible, branches)

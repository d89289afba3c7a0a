"""The room map: the answers so far and where each answer to the current question leads."""

from __future__ import annotations

from aws_advisor.core.engine.room import room_map
from aws_advisor.core.engine.session import Session
from tests.helpers.workshops import FIXTURE_CATALOG as CATALOG


def test_the_room_sees_each_answer_with_the_outcomes_it_can_still_reach() -> None:
    tree = CATALOG.get("front_door")
    session = Session(tree)
    room = room_map(session)
    assert room.steps == () and not room.decided
    assert room.now == tree.question(tree.start).prompt  # type: ignore[union-attr]
    assert [b.number for b in room.branches] == list(range(1, len(room.branches) + 1))
    everything = {title for b in room.branches for title in b.outcomes}
    assert everything == set(room.possible) == {o.title for o in tree.outcomes}
    first = tree.question(tree.start)
    assert first is not None
    session.answer(first.options[0].id)
    narrowed = room_map(session)
    assert [s.answer for s in narrowed.steps] == [first.options[0].label]
    assert set(narrowed.possible) == set(room.branches[0].outcomes)


def test_once_decided_the_room_sees_only_the_recommendation() -> None:
    tree = CATALOG.get("storage")
    session = Session(tree)
    while session.outcome is None:
        question = session.current_question
        assert question is not None
        session.answer(question.options[0].id)
    room = room_map(session)
    assert room.decided and room.branches == ()
    assert room.possible == (session.outcome.title,) and room.now == session.outcome.title

"""The workshop model: agenda edits, recording answers and notes, what-if copies, drift."""

from __future__ import annotations

from pathlib import Path

import pytest

from aws_advisor.core.engine.session import Session
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.workshops.compare import compare_decisions
from aws_advisor.core.workshops.document import (
    WorkshopError,
    new_workshop,
    resolve_decision,
)
from aws_advisor.core.workshops.numbering import letters
from tests.helpers.workshops import (
    BUMP_FRONT_DOOR,
    DAY,
    DEVICES,
    FIXTURE_CATALOG,
    FRONT_DOOR_VERSION,
    NEW_BUILD,
    OLD,
    RENAME_LEGACY,
    ROUTER,
    changed_catalog,
)
from tests.helpers.workshops import fixture_agenda as agenda
from tests.helpers.workshops import fixture_answer as answer

CATALOG = FIXTURE_CATALOG


def test_a_new_workshop_has_who_and_when_and_an_empty_agenda() -> None:
    w = new_workshop("Shop", facilitator="Ann", participants=["Bob", " ", " Cy "], date=DAY)
    assert (w.title, w.facilitator, w.participants, w.date) == ("Shop", "Ann", ("Bob", "Cy"), DAY)
    assert w.decisions == () and len(w.id) == 32


def test_decisions_can_be_added_removed_and_reordered() -> None:
    w = agenda("front_door", "storage", "front_door")
    assert [(d.id, d.tree) for d in w.decisions] == [
        ("d1", "front_door"),
        ("d2", "storage"),
        ("d3", "front_door"),
    ]
    assert [d.status for d in w.decisions] == ["not_started"] * 3
    w = w.move_decision("d3", 0)
    assert [(d.id, d.tree) for d in w.decisions] == [
        ("d3", "front_door"),
        ("d1", "front_door"),
        ("d2", "storage"),
    ]
    assert w.position("d3") == 1
    w = w.remove_decision("d1")
    assert [(d.id, d.tree) for d in w.decisions] == [("d3", "front_door"), ("d2", "storage")]
    w = w.add_decision(CATALOG.get("storage"), index=0)
    assert [d.tree for d in w.decisions] == ["storage", "front_door", "storage"]
    assert len({d.id for d in w.decisions}) == 3  # ids stay unique after removals
    with pytest.raises(WorkshopError, match="no decision 'd9'"):
        w.remove_decision("d9")


def test_answering_records_path_outcome_tree_version_and_status() -> None:
    w = agenda("front_door")
    w = answer(w, "d1", ROUTER[:2])
    d = w.decision("d1")
    assert d.status == "in_progress" and d.outcome is None
    assert [(a.question, a.option) for a in d.answers] == [
        ("clients", "browsers"),
        ("fixed_address", "name_ok"),
    ]
    assert d.answers[0].label == "Web requests from browsers"
    w = answer(w, "d1", ROUTER)
    d = w.decision("d1")
    tree = CATALOG.get("front_door")
    assert d.status == "decided"
    assert (d.outcome and d.outcome.id, d.outcome and d.outcome.title) == (
        "router",
        "Request router",
    )
    assert (d.tree_version, d.content_hash) == (tree.version, tree.content_hash)


def test_notes_survive_a_changed_path_so_nothing_typed_is_lost() -> None:
    w = answer(agenda("front_door"), "d1", OLD)
    d = w.decision("d1").with_note("existing", why="Legacy app", dissent="Eve: move now")
    d = d.with_note("existing", why="Legacy app, contract ends in May")
    assert d.note_for("existing") is not None
    assert d.note_for("existing") == type(d.notes[0])(
        "existing", "Legacy app, contract ends in May", "Eve: move now"
    )
    w = answer(w.replace_decision(d), "d1", ROUTER)  # the path no longer has existing
    assert w.decision("d1").note_for("existing") is not None
    cleared = w.decision("d1").with_note("existing", why="", dissent="")
    assert cleared.notes == ()


def test_status_can_be_set_by_hand_only_when_it_makes_sense() -> None:
    w = agenda("front_door")
    parked = w.decision("d1").with_status("parked")
    assert parked.status == "parked"
    with pytest.raises(WorkshopError, match="cannot be marked decided"):
        w.decision("d1").with_status("decided")
    w = answer(w, "d1", ROUTER)
    assert w.decision("d1").with_status("in_progress").status == "in_progress"
    with pytest.raises(WorkshopError, match="cannot be marked not started"):
        w.decision("d1").with_status("not_started")


def test_a_what_if_copies_answers_and_notes_next_to_the_original() -> None:
    w = answer(agenda("front_door", "storage"), "d1", OLD)
    w = w.replace_decision(w.decision("d1").with_note("existing", why="Legacy"))
    w = w.duplicate_decision("d1")
    copy = w.decisions[1]
    assert [d.id for d in w.decisions] == ["d1", copy.id, "d2"]
    assert copy.what_if_of == "d1"
    assert copy.answers == w.decision("d1").answers and copy.notes == w.decision("d1").notes
    # A what-if of a what-if still points at the original decision.
    assert w.duplicate_decision(copy.id).decisions[2].what_if_of == "d1"
    # Removing the original keeps the copy, as a decision of its own.
    kept = w.remove_decision("d1").decision(copy.id)
    assert kept.what_if_of is None and kept.answers == copy.answers


def test_comparing_a_what_if_shows_both_outcomes_and_the_answers_that_differ() -> None:
    w = answer(agenda("front_door"), "d1", OLD).duplicate_decision("d1")
    copy_id = w.decisions[1].id
    w = answer(w, copy_id, NEW_BUILD)
    cmp = compare_decisions(w.decision("d1"), w.decision(copy_id), CATALOG.get("front_door"))
    assert cmp.first.outcome and cmp.first.outcome.id == "old_balancer"
    assert cmp.second.outcome and cmp.second.outcome.id == "router"
    assert not cmp.same_outcome
    assert [
        (d.question, d.first and d.first.option, d.second and d.second.option)
        for d in cmp.differences
    ] == [("existing", "legacy", "new_build")]
    labels = [row.label for row in cmp.rows]
    assert labels == [c.label for c in CATALOG.get("front_door").comparison]
    assert all(row.first and row.second for row in cmp.rows)


def test_comparing_paths_of_different_length_lists_the_unanswered_side() -> None:
    w = answer(agenda("front_door"), "d1", ROUTER).duplicate_decision("d1")
    copy_id = w.decisions[1].id
    w = answer(w, copy_id, DEVICES)
    diffs = compare_decisions(w.decision("d1"), w.decision(copy_id)).differences
    assert [(d.question, d.second is None) for d in diffs] == [
        ("clients", False),
        ("fixed_address", True),
        ("routing", True),
    ]


# --- Drift: the tree changed since the answers were given --------------------------------


def test_an_unchanged_tree_shows_no_drift_and_explains_the_outcome() -> None:
    w = answer(agenda("front_door"), "d1", ROUTER)
    state = resolve_decision(w.decision("d1"), CATALOG)
    assert not state.drifted and not state.tree_changed and state.unfit == ()
    expl = state.explanation()
    assert expl is not None and expl.outcome.id == "router"


def test_a_removed_option_is_flagged_and_the_recorded_decision_is_kept(tmp_path: Path) -> None:
    w = answer(agenda("front_door"), "d1", OLD)
    recorded = w.decision("d1")
    catalog = changed_catalog(tmp_path, "front_door", BUMP_FRONT_DOOR, RENAME_LEGACY)
    state = resolve_decision(recorded, catalog)
    assert state.drifted and state.tree_changed
    assert [(p.question_id, p.option_id) for p in state.unfit] == [("existing", "legacy")]
    assert "option 'legacy' no longer exists" in state.unfit[0].message
    messages = " ".join(state.drift_messages())
    assert f"version {FRONT_DOOR_VERSION} then, 9.9 now" in messages
    assert "Does the application already run behind the old balancer?" in messages
    # The answers that still fit are replayed; the recorded outcome is untouched.
    assert state.session is not None and state.session.current_question is not None
    assert state.session.current_question.id == "existing"
    assert state.decision == recorded
    assert recorded.outcome is not None and recorded.outcome.title.startswith("Old balancer")
    assert state.explanation() is None


def test_answers_that_now_lead_elsewhere_are_flagged(tmp_path: Path) -> None:
    w = answer(agenda("front_door"), "d1", ROUTER)
    catalog = changed_catalog(
        tmp_path, "front_door", ("        next: router\n", "        next: forwarder_router\n")
    )
    state = resolve_decision(w.decision("d1"), catalog)
    assert state.outcome_changed and state.drifted and state.unfit == ()
    assert state.tree_changed  # content hash differs although the version does not
    assert any(
        "Recorded: Request router" in m and "Forwarder in front of a router" in m
        for m in state.drift_messages()
    )


def test_a_tree_that_is_gone_keeps_the_record_and_says_so() -> None:
    w = answer(agenda("front_door"), "d1", ROUTER)
    state = resolve_decision(w.decision("d1"), load_catalog(None, []))
    assert state.missing_tree and state.drifted and state.session is None
    assert "no longer installed" in state.drift_messages()[0]


def test_answering_again_on_the_new_tree_clears_the_drift(tmp_path: Path) -> None:
    w = answer(agenda("front_door"), "d1", OLD)
    catalog = changed_catalog(tmp_path, "front_door", BUMP_FRONT_DOOR, RENAME_LEGACY)
    w = answer(w, "d1", [*OLD[:3], "old"], catalog)
    state = resolve_decision(w.decision("d1"), catalog)
    assert not state.drifted and w.decision("d1").tree_version == "9.9"


def test_parking_and_resuming_and_where_to_continue() -> None:
    tree = CATALOG.get("front_door")
    w = new_workshop("T").add_decision(tree).add_decision(tree)
    first, second = w.decisions
    session = Session(tree)
    session.answer(DEVICES[0])  # devices: straight to the connection forwarder
    decided = first.with_session(session)
    assert decided.natural_status == "decided"
    w = w.replace_decision(decided)
    assert w.counts()["decided"] == 1 and w.counts()["not_started"] == 1
    assert w.first_open() == second
    parked = second.toggled_park()
    assert parked.status == "parked"
    assert parked.toggled_park().status == "not_started"
    w = w.replace_decision(parked)
    assert w.first_open() == decided  # nothing open: start at the top


def test_what_if_copies_are_numbered_after_their_original_and_not_counted() -> None:
    w = agenda("front_door", "storage")
    w = answer(w, "d1", ROUTER).duplicate_decision("d1").duplicate_decision("d1")
    assert list(w.numbers().values()) == ["1", "1a", "1b", "2"]
    assert w.number("d2") == "2"  # the second decision keeps its number
    assert w.counts()["decided"] == 1 and sum(w.counts().values()) == 2
    assert w.by_number("1B") is w.decisions[2] and w.by_number("3") is None
    w = w.remove_decision("d1")  # the copies become decisions of their own
    assert list(w.numbers().values()) == ["1", "2", "3"]


@pytest.mark.parametrize(("k", "text"), [(0, "a"), (25, "z"), (26, "aa"), (27, "ab"), (701, "zz")])
def test_what_if_letters_run_on_past_z(k: int, text: str) -> None:
    assert letters(k) == text

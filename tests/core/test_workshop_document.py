"""The open workshop without Qt: the whole flow, undo and redo for every edit, autosave."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from aws_advisor.core.engine.session import Session
from aws_advisor.core.workshops.open_document import WorkshopDocument
from aws_advisor.core.workshops.rules import RuleBook
from aws_advisor.core.workshops.storage import find_recoverable, open_workshop
from tests.helpers.workshops import FIXTURE_CATALOG, ROUTER, SHARED, clock
from tests.helpers.workshops import fixture_agenda as agenda
from tests.helpers.workshops import fixture_answer as answer

CATALOG = FIXTURE_CATALOG


def opened(tmp_path: Path) -> tuple[WorkshopDocument, list[str]]:
    """A document over a three-decision agenda, and a log of the events it sent."""
    document = WorkshopDocument(CATALOG, RuleBook([]), tmp_path / "data")
    events: list[str] = []
    document.changed.connect(lambda _: events.append("changed"))
    document.opened.connect(lambda _: events.append("opened"))
    document.selected.connect(lambda d: events.append(f"selected {d}"))
    document.failed.connect(lambda m: events.append(f"failed {m}"))
    w = agenda("front_door", "storage", "storage")
    document.open_new(answer(w, "d1", ROUTER))
    return document, events


def walk(document: WorkshopDocument, *options: str) -> None:
    """Answer the selected decision as the page would, one answer at a time."""
    decision = document.selected_decision
    assert decision is not None
    session, _ = Session.replay(CATALOG.get(decision.tree), decision.session_data(), clock=clock)
    for option in options:
        session.answer(option)
        document.record_session(session)


EDITS: dict[str, Callable[[WorkshopDocument], object]] = {
    "Add “Choose a front door”": lambda d: d.add_tree("front_door"),
    "Remove “Choose a front door”": lambda d: d.remove("d1"),
    "Move “Choose storage for the servers” up": lambda d: d.move("d3", -1),
    "Move “Choose a front door” down": lambda d: d.move("d1", 1),
    "What-if copy of “Choose a front door”": lambda d: d.duplicate("d1"),
    "Park “Choose a front door”": lambda d: d.toggle_park("d1", "Waiting for security"),
    "Note on “Must requests go to different services by their path or host name?”": (
        lambda d: d.set_note("d1", "routing", why="Two apps behind one name", dissent="")
    ),
    "Edit workshop details": lambda d: d.set_details(
        title="Shop v2", facilitator="Ann", participants=("Bo",)
    ),
}


@pytest.mark.parametrize("label", EDITS)
def test_every_edit_is_undone_and_redone_exactly(tmp_path: Path, label: str) -> None:
    document, _ = opened(tmp_path)
    document.select("d1")
    before = document.workshop
    EDITS[label](document)
    after = document.workshop
    assert after != before
    assert document.undo_label == label
    assert document.undo()
    assert document.workshop == before
    assert document.redo_label == label
    assert document.redo()
    assert document.workshop == after
    assert not document.redo()


def test_undoing_an_answer_puts_the_decision_back_and_reselects_it(tmp_path: Path) -> None:
    document, events = opened(tmp_path)
    document.select("d2")
    walk(document, *SHARED)
    assert document.undo_label is not None
    assert document.undo_label.startswith("Answer “")
    events.clear()
    document.undo()
    d2 = document.workshop.decision("d2")  # type: ignore[union-attr]
    assert d2.answers == () and d2.status == "not_started"
    assert events[-1] == "selected d2"  # the page replays the restored answers


def test_removing_the_open_decision_closes_its_page_and_undo_reopens_it(tmp_path: Path) -> None:
    document, events = opened(tmp_path)
    document.select("d1")
    events.clear()
    document.remove("d1")
    assert document.selected_id is None
    assert "selected " in events  # nothing is selected: the removed page closes
    assert [d.id for d in document.workshop.decisions] == ["d2", "d3"]  # type: ignore[union-attr]
    document.undo()
    assert document.selected_id == "d1"
    assert document.workshop.decision("d1").outcome is not None  # type: ignore[union-attr]


def test_typing_one_note_is_one_undo_step(tmp_path: Path) -> None:
    document, _ = opened(tmp_path)
    document.select("d1")
    for typed in ("T", "Tw", "Two apps"):
        document.set_note("d1", "routing", why=typed, dissent="")
    document.undo()
    assert document.workshop.decision("d1").note_for("routing") is None  # type: ignore[union-attr]
    document.redo()
    note = document.workshop.decision("d1").note_for("routing")  # type: ignore[union-attr]
    assert note is not None and note.why == "Two apps"


def test_a_new_edit_after_undo_clears_redo(tmp_path: Path) -> None:
    document, _ = opened(tmp_path)
    document.move("d3", -1)
    document.undo()
    document.toggle_park("d2")
    assert document.redo_label is None
    assert not document.redo()


def test_undo_back_to_the_saved_state_is_not_dirty(tmp_path: Path) -> None:
    document, _ = opened(tmp_path)
    assert document.save(tmp_path / "shop.awsadvisor")
    assert not document.dirty
    document.toggle_park("d2", "Needs the budget owner")
    assert document.dirty
    document.undo()
    assert not document.dirty


def test_park_reason_is_saved_and_cleared_on_resume(tmp_path: Path) -> None:
    document, _ = opened(tmp_path)
    document.toggle_park("d2", "  Needs the budget owner ")
    path = tmp_path / "shop.awsadvisor"
    document.save(path)
    assert open_workshop(path).decision("d2").park_reason == "Needs the budget owner"
    document.toggle_park("d2")
    d2 = document.workshop.decision("d2")  # type: ignore[union-attr]
    assert d2.status == "not_started" and d2.park_reason == ""


def test_whole_workshop_flow_without_qt(tmp_path: Path) -> None:
    document, _ = opened(tmp_path)
    document.step(1)
    assert document.selected_id == "d1"
    document.step(1)
    walk(document, *SHARED)
    assert document.workshop.decision("d2").status == "decided"  # type: ignore[union-attr]
    document.step(1)
    assert document.selected_id == "d3"
    document.step(1)
    assert document.selected_id == "d3"  # the end of the agenda
    # Every change is autosaved, with the decision in use, so recovery reopens it.
    (found,) = find_recoverable(tmp_path / "data").autosaves
    assert found.workshop == document.workshop
    assert found.current == "d3"
    path = tmp_path / "shop.awsadvisor"
    assert document.save(path)
    assert not document.dirty
    document.close()
    assert document.workshop is None and not document.history.next_undo
    assert not list((tmp_path / "data" / "autosave").glob("*.awsadvisor"))
    assert document.open_file(path)
    assert document.workshop.decision("d2").outcome is not None


def test_recovery_reopens_the_decision_in_use(tmp_path: Path) -> None:
    document, _ = opened(tmp_path)
    document.select("d2")
    (found,) = find_recoverable(tmp_path / "data").autosaves
    fresh = WorkshopDocument(CATALOG, RuleBook([]), tmp_path / "data")
    fresh.recover(found.workshop, found.source, current=found.current)
    assert fresh.selected_id == "d2"
    assert fresh.dirty


def test_a_damaged_file_is_reported_through_failed(tmp_path: Path) -> None:
    document, events = opened(tmp_path)
    bad = tmp_path / "bad.awsadvisor"
    bad.write_bytes(b"{")
    assert not document.open_file(bad)
    assert events[-1].startswith("failed Cannot open")
    assert document.workshop is not None  # the open workshop is untouched


def test_pasted_control_characters_are_cleaned_before_they_are_kept(tmp_path: Path) -> None:
    document, _ = opened(tmp_path)
    document.select("d1")
    document.set_note("d1", "routing", why="Two\x1b[2J apps", dissent="no\u202e")
    document.set_details(title="Review\x07", facilitator="Ann\x9b", participants=("Bo\x00",))
    w = document.workshop
    assert w is not None
    note = w.decision("d1").note_for("routing")
    assert note is not None and (note.why, note.dissent) == ("Two[2J apps", "no")
    assert (w.title, w.facilitator, w.participants) == ("Review", "Ann", ("Bo",))

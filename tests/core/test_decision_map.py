"""The decision map: unfolding the DAG, text boxes, geometry, and the state of each box."""

from __future__ import annotations

from itertools import pairwise

import pytest

from aws_advisor.core.diagrams.decision_map import DecisionMap, MapMetrics, layout_decision_map
from aws_advisor.core.diagrams.map_state import (
    DecisionMapCache,
    decision_map,
    keys_for_ref,
    map_state,
)
from aws_advisor.core.diagrams.text_wrap import ELLIPSIS, text_width, wrap_text
from aws_advisor.core.engine.session import Session
from aws_advisor.core.errors import AnswerError
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.tree.model import DecisionTree
from tests.helpers.trees import DAG_YAML, MAP_OUTCOME


@pytest.fixture(scope="module")
def dag() -> DecisionTree:
    return load_tree_text(DAG_YAML, "dag.yaml")


def states(dmap: DecisionMap) -> dict[str, str]:
    return {n.key: n.state for n in dmap.nodes}


def test_the_dag_is_unfolded_with_every_later_copy_marked_shared(dag: DecisionTree) -> None:
    dmap = layout_decision_map(dag)
    assert [(n.key, n.ref) for n in dmap.nodes] == [
        ("n0", "start"),
        ("n1", "files"),
        ("n2", "speed"),
        ("n3", "block_fast"),
        ("n4", "block"),
        ("n5", "budget"),
        ("n6", "block"),
        ("n7", "speed"),
        ("n8", "block_fast"),
        ("n9", "block"),
    ]
    shared = {n.key: n.same_as for n in dmap.nodes if n.shared}
    assert shared == {"n6": "n4", "n7": "n2", "n8": "n3", "n9": "n4"}
    assert not any(n.collapsed for n in dmap.nodes)
    assert keys_for_ref(dmap, "block") == ["n4", "n6", "n9"]
    assert [n.kind for n in dmap.nodes if n.ref in {"start", "speed"}] == ["question"] * 3
    assert dmap.node("n7").children == ("n8", "n9")
    assert [(e.source, e.target, e.option, e.label) for e in dmap.edges[5:7]] == [
        ("n5", "n6", "tight", "Tight"),
        ("n5", "n7", "generous", "Generous"),
    ]


def test_long_text_is_wrapped_and_kept_whole_for_hover(dag: DecisionTree) -> None:
    metrics = MapMetrics(node_chars=20, node_lines=3)
    root = layout_decision_map(dag, metrics).nodes[0]
    assert root.text == dag.question("start").prompt  # type: ignore[union-attr]
    assert len(root.lines) == 3
    assert all(len(line) <= 20 for line in root.lines)
    assert root.lines[-1].endswith(ELLIPSIS)
    assert root.h == pytest.approx(3 + 2 * metrics.pad_y)
    widest = max(text_width(line) for line in root.lines) * metrics.char_width
    assert root.w == pytest.approx(widest + 2 * metrics.pad_x)


def test_wrap_text_breaks_words_greedily_and_splits_over_long_ones() -> None:
    assert wrap_text("one two three four", 9) == ("one two", "three", "four")
    assert wrap_text("abcdefghijkl", 5) == ("abcde", "fghij", "kl")
    assert wrap_text("a b c d e f", 3, max_lines=2) == ("a b", "c" + ELLIPSIS)
    assert wrap_text("", 5) == ("",)


def test_boxes_and_labels_do_not_overlap_and_edges_join_parent_to_child(
    dag: DecisionTree,
) -> None:
    dmap = layout_decision_map(dag)
    rects = [(n.x, n.y, n.x + n.w, n.y + n.h) for n in dmap.nodes]
    rects += [(x, y, x + w, y + h) for x, y, w, h in (e.label_box for e in dmap.edges)]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, (a, b)
    for edge in dmap.edges:
        parent, child = dmap.node(edge.source), dmap.node(edge.target)
        assert edge.points[0] == pytest.approx((parent.cx, parent.y + parent.h))
        assert edge.points[-1] == pytest.approx((child.cx, child.y))
        for (x0, y0), (x1, y1) in pairwise(edge.points):
            assert x0 == pytest.approx(x1) or y0 == pytest.approx(y1)  # right angles only
        x, y, w, h = edge.label_box
        assert x + w / 2 == pytest.approx(child.cx) and y + h <= child.y
    for node in dmap.nodes:
        if node.children:
            first, last = dmap.node(node.children[0]), dmap.node(node.children[-1])
            assert node.cx == pytest.approx((first.cx + last.cx) / 2, abs=1e-6)
    assert max(n.x + n.w for n in dmap.nodes) <= dmap.width + 1e-9
    assert max(n.y + n.h for n in dmap.nodes) == pytest.approx(dmap.height)


def test_nothing_answered_marks_the_start_current_and_everything_open(
    dag: DecisionTree,
) -> None:
    dmap = decision_map(dag)
    assert dmap.current == "n0" and dmap.reached is None and dmap.path == ("n0",)
    assert states(dmap) == {"n0": "current", **{f"n{i}": "open" for i in range(1, 10)}}
    assert {e.state for e in dmap.edges} == {"open"}


def test_a_partial_path_lights_its_boxes_and_dims_what_it_rules_out(dag: DecisionTree) -> None:
    dmap = decision_map(dag, [("start", "unsure")])
    assert states(dmap) == {
        "n0": "on_path",
        "n1": "ruled_out",
        "n2": "ruled_out",
        "n3": "ruled_out",
        "n4": "ruled_out",
        "n5": "current",
        "n6": "open",
        "n7": "open",
        "n8": "open",
        "n9": "open",
    }
    assert dmap.path == ("n0", "n5") and dmap.current == "n5" and dmap.reached is None
    edge_states = {e.target: e.state for e in dmap.edges}
    assert edge_states == {
        "n1": "ruled_out",
        "n2": "ruled_out",
        "n3": "ruled_out",
        "n4": "ruled_out",
        "n5": "on_path",
        "n6": "open",
        "n7": "open",
        "n8": "open",
        "n9": "open",
    }


def test_a_complete_path_reaches_its_outcome_and_rules_out_the_rest(dag: DecisionTree) -> None:
    session = Session(dag)
    for option in ("unsure", "generous", "normal"):
        session.answer(option)
    dmap = decision_map(dag, session)
    assert dmap.path == ("n0", "n5", "n7", "n9")
    assert dmap.reached == "n9" and dmap.current is None
    assert states(dmap) == {
        "n0": "on_path",
        "n5": "on_path",
        "n7": "on_path",
        "n9": "reached",
        **{k: "ruled_out" for k in ("n1", "n2", "n3", "n4", "n6", "n8")},
    }
    assert [e.target for e in dmap.edges if e.state == "on_path"] == ["n5", "n7", "n9"]
    # The same box also appears elsewhere: copies off the path are ruled out there.
    assert dmap.node("n4").ref == "block" and dmap.node("n4").state == "ruled_out"


def test_answers_that_do_not_follow_the_tree_are_refused(dag: DecisionTree) -> None:
    dmap = layout_decision_map(dag)
    with pytest.raises(AnswerError, match="'nope' is not an option of question 'start'"):
        map_state(dmap, [("start", "nope")])
    with pytest.raises(AnswerError, match="does not follow the path"):
        map_state(dmap, [("speed", "fast")])


def test_the_cache_keeps_one_layout_per_tree_version(dag: DecisionTree) -> None:
    cache = DecisionMapCache()
    first = cache.layout(dag)
    assert cache.layout(dag) is first
    answered = cache.decision_map(dag, [("start", "one")])
    assert answered.layout_key == first.layout_key
    assert [n.x for n in answered.nodes] == [n.x for n in first.nodes]
    newer = load_tree_text(DAG_YAML.replace('version: "1.0"', 'version: "1.1"'), "dag.yaml")
    assert cache.layout(newer) is not first
    assert cache.layout(newer).layout_key != first.layout_key


def diamonds(levels: int) -> str:
    """A chain of questions whose two answers both lead to the next: 2**levels paths."""
    questions = []
    for i in range(levels):
        nxt = f"q{i + 1}" if i + 1 < levels else "left"
        other = nxt if i + 1 < levels else "right"
        questions.append(
            f"  - id: q{i}\n    prompt: Question {i}?\n    options:\n"
            f"      - {{id: a, label: A, detail: A., next: {nxt}}}\n"
            f"      - {{id: b, label: B, detail: B., next: {other}}}\n"
        )
    head = DAG_YAML.split("questions:\n")[0].replace("start: start", "start: q0")
    return (
        head
        + "questions:\n"
        + "".join(questions)
        + "outcomes:\n"
        + MAP_OUTCOME.format(id="left", title="Left")
        + MAP_OUTCOME.format(id="right", title="Right")
    )


def test_a_dag_too_large_to_unfold_draws_later_copies_as_references() -> None:
    tree = load_tree_text(diamonds(20), "diamonds.yaml")  # 2 million boxes unfolded
    dmap = layout_decision_map(tree)
    assert dmap.collapsed
    assert len(dmap.nodes) < 100
    copies = [n for n in dmap.nodes if n.shared]
    assert copies and all(n.collapsed or n.kind == "outcome" for n in copies)
    assert all(not n.children for n in copies)
    # A path through a reference continues in the original's subtree.
    path = [(f"q{i}", "b") for i in range(20)]
    dmap_state = map_state(dmap, path)
    assert dmap_state.reached is not None
    assert dmap.node(dmap_state.reached).ref == "right"

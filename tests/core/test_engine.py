"""The decision engine as plain Python: answer, back, restart, revisit, explain, replay."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from aws_advisor.core.engine.session import Session, enumerate_paths, explanation_data
from aws_advisor.core.errors import AnswerError
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.tree.model import DecisionTree
from tests.helpers.trees import REASONED

TREE = load_tree_text(REASONED, "sample.yaml")


def fixed_clock() -> dt.datetime:
    return dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC)


def test_walk_to_an_outcome() -> None:
    s = Session(TREE)
    assert s.current_question is not None and s.current_question.id == "shared"
    assert s.outcome is None
    s.answer("one")
    assert s.current_question is not None and s.current_question.id == "speed"
    s.answer("normal")
    assert s.current_question is None
    assert s.outcome is not None and s.outcome.id == "block"
    assert s.answers == {"shared": "one", "speed": "normal"}


def test_answer_not_offered_names_the_valid_options() -> None:
    s = Session(TREE)
    with pytest.raises(
        AnswerError,
        match=r"'fast' is not an option of question 'shared'; "
        r"valid options: many, one",
    ):
        s.answer("fast")


def test_answer_after_the_outcome_is_refused() -> None:
    s = Session(TREE)
    s.answer("many")
    with pytest.raises(AnswerError, match="already reached"):
        s.answer("one")


def test_back_and_restart() -> None:
    s = Session(TREE)
    assert s.back() is False
    s.answer("one")
    s.answer("fast")
    assert s.back() is True
    assert s.current_question is not None and s.current_question.id == "speed"
    s.restart()
    assert s.path == () and s.current_node_id == "shared"


def test_revisit_drops_later_answers() -> None:
    s = Session(TREE)
    s.answer("one")
    s.answer("fast")
    s.revisit("shared")
    assert not s.path
    s.answer("one")
    s.revisit("speed")
    assert [st.question.id for st in s.path] == ["shared"]
    with pytest.raises(AnswerError, match="not on the current path"):
        s.revisit("nowhere")


def test_possible_outcomes_shrink_as_answers_rule_them_out() -> None:
    s = Session(TREE)
    assert [o.id for o in s.possible_outcomes()] == ["files", "block_fast", "block"]
    s.answer("one")
    assert [o.id for o in s.possible_outcomes()] == ["block_fast", "block"]


def test_explain_links_reasons_why_not_and_what_if() -> None:
    s = Session(TREE, clock=fixed_clock)
    s.answer("one")
    s.answer("normal")
    e = s.explain()
    assert e.outcome.id == "block"
    (why,) = e.why
    assert [a.option.id for a in why.answers] == ["one", "normal"]
    assert why.provenance == "current"
    ruled = {
        o.id: (r.question.id, r.chosen.id, r.reason, [i.id for i in r.instead])
        for r in e.why_not
        for o in r.outcomes
    }
    assert ruled == {
        "files": (
            "shared",
            "one",
            "Only one server uses the data, so nothing needs sharing.",
            ["many"],
        ),
        "block_fast": (
            "speed",
            "normal",
            "Normal speed is enough; provisioned IOPS would cost more.",
            ["fast"],
        ),
    }
    what_if = {(a.question.id, a.option.id): [o.id for o in a.outcomes] for a in e.what_if}
    assert what_if == {("shared", "many"): ["files"], ("speed", "fast"): ["block_fast"]}
    data = explanation_data(e)
    assert json.loads(json.dumps(data))["outcome"]["id"] == "block"


def test_explain_before_an_outcome_is_refused() -> None:
    with pytest.raises(AnswerError, match="no recommendation yet"):
        Session(TREE).explain()


def test_round_trip_through_plain_data() -> None:
    s = Session(TREE, clock=fixed_clock)
    s.answer("one")
    s.answer("fast")
    data = json.loads(json.dumps(s.to_data()))
    assert data["tree"] == "sample" and data["tree_version"] == "1.0"
    assert data["content_hash"] == TREE.content_hash
    again, problems = Session.replay(TREE, data)
    assert problems == ()
    assert again.answers == s.answers
    assert again.path[0].at == fixed_clock()


def test_replay_on_a_changed_tree_reports_what_no_longer_fits() -> None:
    s = Session(TREE)
    s.answer("one")
    s.answer("fast")
    changed = load_tree_text(REASONED.replace("      - id: fast", "      - id: quick"), "v2.yaml")
    again, problems = Session.replay(changed, s.to_data())
    assert again.answers == {"shared": "one"}
    assert [(p.question_id, p.option_id) for p in problems] == [("speed", "fast")]
    assert problems[0].message == "option 'fast' no longer exists"


def test_enumerate_paths_lists_every_route() -> None:
    assert enumerate_paths(TREE) == [
        ((("shared", "many"),), "files"),
        ((("shared", "one"), ("speed", "fast")), "block_fast"),
        ((("shared", "one"), ("speed", "normal")), "block"),
    ]


SHIPPED = load_catalog(shipped_tree_dir())


def _flagship(tree_id: str) -> DecisionTree:
    if tree_id not in SHIPPED.trees:
        pytest.fail(f"shipped tree {tree_id} is missing")
    return SHIPPED.trees[tree_id]


@pytest.mark.parametrize("tree_id", ["ebs_volume_type", "elb_type"])
def test_explain_every_outcome_of_the_first_two_trees(tree_id: str) -> None:
    tree = _flagship(tree_id)
    for trail, outcome_id in enumerate_paths(tree):
        s = Session(tree)
        for _, option_id in trail:
            s.answer(option_id)
        e = s.explain()
        assert e.outcome.id == outcome_id
        assert e.why, outcome_id
        others = {o.id for o in tree.outcomes} - {outcome_id}
        aside = {b.outcome.id for b in (*e.also_fits, *e.part_of_plan)}
        assert {o.id for r in e.why_not for o in r.outcomes} | aside == others
        for r in e.why_not:
            assert r.chosen.id in {o for _, o in trail}
        assert all(outcome_id not in {o.id for o in a.outcomes} for a in e.what_if)
        asked = [tree.question(q) for q, _ in trail]
        assert len(e.what_if) <= sum(len(q.options) - 1 for q in asked if q is not None)

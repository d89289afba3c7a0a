"""What would change it: each other answer replayed with the user's other answers."""

from __future__ import annotations

import pytest

from aws_advisor.core.engine.session import Explanation, Session, enumerate_paths
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.tree.model import DecisionTree


def _outcome(oid: str, title: str) -> str:
    return f"""\
  - id: {oid}
    title: {title}
    summary: {title}.
    provenance: current
    reasons: [{title} fits.]
    sources:
      - title: Guide
        url: https://docs.aws.amazon.com/ec2/latest/userguide/concepts.html
    as_of: 2026-11-26
    sketch:
      nodes: [{{id: box, kind: ec2}}]
"""


# size=small asks speed; size=large asks budget first, and budget=loose asks speed too.
TREE = (
    """\
id: what_if_sample
title: What-if sample
category: Compute
summary: Questions that come and go with the answers.
version: "1.0"
as_of: 2026-11-26
keywords: [sample]
start: size
questions:
  - id: size
    prompt: How big is it?
    options:
      - {id: small, label: Small, detail: Small it is., next: speed}
      - {id: large, label: Large, detail: Large it is., next: budget}
  - id: budget
    prompt: How tight is the budget?
    options:
      - {id: tight, label: Tight, detail: Tight it is., next: cheap}
      - {id: loose, label: Loose, detail: Loose it is., next: speed}
  - id: speed
    prompt: How fast must it be?
    options:
      - {id: fast, label: Fast, detail: Fast it is., next: quick}
      - {id: slow, label: Slow, detail: Slow it is., next: cheap}
      - {id: steady, label: Steady, detail: Steady it is., next: quick}
outcomes:
"""
    + _outcome("quick", "Quick")
    + _outcome("cheap", "Cheap")
)


@pytest.fixture(scope="module")
def tree() -> DecisionTree:
    return load_tree_text(TREE, "what_if_sample.yaml")


def explain(tree: DecisionTree, *answers: str) -> Explanation:
    session = Session(tree)
    for option in answers:
        session.answer(option)
    return session.explain()


def results(expl: Explanation) -> dict[str, str]:
    """'question=option' -> the outcome reached, or '? question (possible outcomes)'."""
    found = {}
    for alt in expl.what_if:
        key = f"{alt.question.id}={alt.option.id}"
        if alt.reached is not None:
            found[key] = alt.reached.id
        else:
            assert alt.opens is not None
            found[key] = f"? {alt.opens.id} ({', '.join(o.id for o in alt.outcomes)})"
    return found


def test_an_answer_that_opens_a_new_question_says_which_and_what_is_still_possible(
    tree: DecisionTree,
) -> None:
    expl = explain(tree, "small", "fast")  # -> quick
    assert results(expl) == {"size=large": "? budget (cheap)", "speed=slow": "cheap"}


def test_later_answers_are_replayed_where_their_questions_still_come_up(
    tree: DecisionTree,
) -> None:
    expl = explain(tree, "large", "loose", "fast")  # -> quick
    # size=small skips the budget question; the answer "fast" still applies: same outcome.
    assert results(expl) == {"budget=tight": "cheap", "speed=slow": "cheap"}


def test_a_question_that_disappears_takes_its_answer_with_it(tree: DecisionTree) -> None:
    expl = explain(tree, "large", "tight")  # -> cheap; speed was never asked
    assert results(expl) == {"budget=loose": "? speed (quick)", "size=small": "? speed (quick)"}


def test_options_that_change_nothing_are_left_out(tree: DecisionTree) -> None:
    expl = explain(tree, "small", "fast")
    assert "speed=steady" not in results(expl)  # steady also leads to quick


def test_the_json_result_names_the_outcome_or_the_question_it_opens(tree: DecisionTree) -> None:
    from aws_advisor.core.engine.session import explanation_data

    data = explanation_data(explain(tree, "small", "fast"))["what_if"]
    by_key = {f"{d['question']}={d['option']}": d for d in data}
    assert by_key["speed=slow"]["result"] == {"outcome": "cheap", "title": "Cheap"}
    assert by_key["size=large"]["result"] == {
        "question": "budget",
        "prompt": "How tight is the budget?",
        "outcomes": ["cheap"],
    }


SHIPPED = load_catalog(shipped_tree_dir())


@pytest.mark.parametrize("tree_id", sorted(SHIPPED.trees))
def test_no_what_if_ever_offers_the_current_recommendation(tree_id: str) -> None:
    tree = SHIPPED.trees[tree_id]
    for trail, outcome_id in enumerate_paths(tree):
        expl = explain(tree, *(option for _, option in trail))
        for alt in expl.what_if:
            assert outcome_id not in {o.id for o in alt.outcomes}, (trail, alt.option.id)
            if alt.reached is not None:  # the replay really ends there
                session = Session(tree)
                given = dict(trail)
                session_answers = []
                for question_id, option_id in trail:
                    if question_id == alt.question.id:
                        break
                    session_answers.append(option_id)
                for option_id in session_answers:
                    session.answer(option_id)
                session.answer(alt.option.id)
                while (q := session.current_question) is not None:
                    assert q.id in given, "a replay that reaches an outcome answered everything"
                    session.answer(given[q.id])
                assert session.outcome is alt.reached


def test_the_terminal_says_which_question_decides_when_one_opens(tree: DecisionTree) -> None:
    from aws_advisor.cli.text import format_explanation

    text = " ".join(format_explanation(tree, explain(tree, "small", "fast")).split())
    assert (
        "Answering “Large” to “How big is it?” then asks “How tight is the budget?”, which "
        "decides between:" in text
    )
    assert "Answering “Slow” to “How fast must it be?” leads to: Cheap" in text
    assert "Steady" not in text.split("What would change it:")[1].split("Sources:")[0]

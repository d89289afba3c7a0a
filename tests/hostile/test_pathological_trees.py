"""Valid-looking but pathological trees get a clear message fast, never a crash or a hang."""

from __future__ import annotations

import time

import pytest

from aws_advisor.core.errors import DataFileError
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.core.tree.paths import iter_paths

HEAD = """\
id: big
title: Big
category: Storage
summary: A tree that pushes a limit.
version: "1.0"
as_of: 2026-11-26
keywords: [big]
start: q0
"""
OUTCOME = """\
  - id: {id}
    title: Outcome {id}
    summary: Use it.
    provenance: current
    reasons: [It fits.]
    sources: [{{title: Guide, url: "https://docs.aws.amazon.com/x"}}]
    as_of: 2026-11-26
    sketch: {sketch}
"""
NODE = "{nodes: [{id: n, kind: ec2}]}"


def chain(length: int) -> str:
    """``length`` questions in a row, each with a way out to the second outcome."""
    nexts = [f"q{i + 1}" for i in range(length - 1)] + ["o1"]
    questions = [
        f"  - id: q{i}\n    prompt: Step {i}?\n    options:\n"
        f"      - {{id: a, label: Onward, detail: d, next: {nexts[i]}}}\n"
        "      - {id: b, label: Out, detail: d, next: o2}\n"
        for i in range(length)
    ]
    outcomes = OUTCOME.format(id="o1", sketch=NODE) + OUTCOME.format(id="o2", sketch=NODE)
    return HEAD + "questions:\n" + "".join(questions) + "outcomes:\n" + outcomes


def with_question(options: str, sketch: str = NODE, prompt: str = "Which?") -> str:
    outcomes = OUTCOME.format(id="o1", sketch=sketch) + OUTCOME.format(id="o2", sketch=NODE)
    question = f"  - id: q0\n    prompt: {prompt!r}\n    options:\n{options}"
    return HEAD + "questions:\n" + question + "outcomes:\n" + outcomes


def problems_of(text: str) -> list[str]:
    started = time.perf_counter()
    with pytest.raises(DataFileError) as caught:
        load_tree_text(text, "big.yaml")
    assert time.perf_counter() - started < 10  # generous: these took minutes before
    return [p.message for p in caught.value.problems]


def test_a_long_chain_is_refused_by_its_size_not_by_a_crash() -> None:
    assert problems_of(chain(498)) == ["498 questions; at most 100 allowed"]


def test_a_deep_tree_within_the_limits_walks_without_recursion() -> None:
    import sys

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(150)  # far less than Python's default
    try:
        tree: DecisionTree = load_tree_text(chain(99), "deep.yaml")
        assert len(tree.reachable_outcomes) == 101
        assert sum(1 for _ in iter_paths(tree)) == 100
    finally:
        sys.setrecursionlimit(limit)


def test_five_thousand_answers_are_refused_at_once() -> None:
    options = "".join(
        f"      - {{id: o{i}, label: L{i}, detail: d, next: {'o1' if i % 2 else 'o2'}}}\n"
        for i in range(5000)
    )
    [message] = problems_of(with_question(options))
    assert message == "5,000 answers to question 'q0' (keys 1 to 9 choose them); at most 9 allowed"


def test_a_half_megabyte_label_is_refused() -> None:
    options = (
        f"      - {{id: a, label: {'x' * 400_000}, detail: d, next: o1}}\n"
        "      - {id: b, label: B, detail: d, next: o2}\n"
    )
    [message] = problems_of(with_question(options))
    assert message == "option 'a': label is 400,000 characters long; at most 200 allowed"


def test_sketch_groups_nested_3000_deep_are_refused_quickly() -> None:
    groups = ", ".join(
        f"{{id: g{i}, kind: vpc{', parent: g' + str(i - 1) if i else ''}}}" for i in range(3000)
    )
    sketch = f"{{groups: [{groups}], nodes: [{{id: n, kind: ec2, group: g2999}}]}}"
    options = (
        "      - {id: a, label: A, detail: d, next: o1}\n"
        "      - {id: b, label: B, detail: d, next: o2}\n"
    )
    messages = problems_of(with_question(options, sketch=sketch))
    assert "outcome 'o1': sketch: 3,000 groups; at most 20" in messages
    assert any("nested more than 6 deep" in m for m in messages)

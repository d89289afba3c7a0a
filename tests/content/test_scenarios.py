"""Scenario tests: a realistic situation, the answers a user in it would give, the outcome.

Each shipped tree has ``scenarios/<tree id>.yaml``::

    tree: ebs_volume_type
    scenarios:
      - situation: A PostgreSQL database for an internal tool on one instance.
        answers: [shared=single_instance, scratch=keep, io=random]
        expect: gp3
        why_not:                      # optional: a phrase of the reason shown for an outcome
          io2_block_express: more IOPS
        what_if:                      # optional: answer -> outcome reached, or question opened
          io=sequential: throughput
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from aws_advisor.core.engine.session import Session
from aws_advisor.core.engine.wording import reason_of
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from tests.helpers.content import AWAITING_SCENARIOS

SCENARIO_DIR = Path(__file__).parent / "scenarios"
FLAGSHIPS = {"ebs_volume_type", "elb_type", "ec2_purchase_option", "route53_routing_policy"}
CATALOG = load_catalog(shipped_tree_dir())


def _scenario_files() -> list[Path]:
    return sorted(SCENARIO_DIR.glob("*.yaml"))


def _scenarios() -> list[Any]:
    cases = []
    for path in _scenario_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for n, sc in enumerate(data["scenarios"], 1):
            cases.append(pytest.param(data["tree"], sc, id=f"{data['tree']}-{n}-{sc['expect']}"))
    return cases


@pytest.mark.parametrize(("tree_id", "scenario"), _scenarios())
def test_scenario_reaches_expected_outcome(tree_id: str, scenario: dict[str, Any]) -> None:
    assert scenario["situation"].strip(), "a scenario describes its situation"
    session = Session(CATALOG.get(tree_id))
    for answer in scenario["answers"]:
        question_id, _, option_id = answer.partition("=")
        current = session.current_question
        assert current is not None, f"the tree ended before {answer}"
        assert current.id == question_id, f"expected question {question_id}, tree asks {current.id}"
        session.answer(option_id)
    assert session.outcome is not None, "the answers stop before an outcome"
    assert session.outcome.id == scenario["expect"]
    expl = session.explain()
    reasons = {o.id: reason_of(r) for r in expl.why_not for o in r.outcomes}
    for outcome_id, phrase in (scenario.get("why_not") or {}).items():
        assert outcome_id in reasons, f"{outcome_id} is not listed under why not"
        assert phrase.casefold() in reasons[outcome_id].casefold(), reasons[outcome_id]
    results = {
        f"{a.question.id}={a.option.id}": (a.reached or a.opens).id  # type: ignore[union-attr]
        for a in expl.what_if
    }
    for answer, expected in (scenario.get("what_if") or {}).items():
        assert answer in results, f"{answer} is not offered under what would change it"
        assert results[answer] == expected


def test_every_shipped_tree_has_enough_scenarios() -> None:
    by_tree: dict[str, list[dict[str, Any]]] = {}
    for path in _scenario_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert path.stem == data["tree"], f"{path.name} holds scenarios for {data['tree']}"
        by_tree.setdefault(data["tree"], []).extend(data["scenarios"])
    missing = sorted(set(CATALOG.trees) - set(by_tree))
    assert not missing, f"trees without scenarios: {missing}"
    for tree_id, scenarios in by_tree.items():
        tree = CATALOG.get(tree_id)
        if tree_id in FLAGSHIPS:
            uncovered = {o.id for o in tree.outcomes} - {s["expect"] for s in scenarios}
            assert not uncovered, f"{tree_id}: outcomes without a scenario: {sorted(uncovered)}"
        else:
            assert len(scenarios) >= 2, f"{tree_id}: needs at least two scenarios"
        explained = [s for s in scenarios if s.get("why_not") and s.get("what_if")]
        if tree_id in AWAITING_SCENARIOS:
            assert len(explained) < 2, f"{tree_id}: now explained; remove it from AWAITING"
            continue
        assert len({tuple(s["answers"]) for s in explained}) >= 2, (
            f"{tree_id}: needs two scenarios on different paths with why_not and what_if"
        )

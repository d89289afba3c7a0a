"""Practice mode's core: the shipped bank walks to its answers, a learner's walk is graded
right, acceptable or missed with the tree's own reasons, rounds repeat by seed, and scores
survive runs without ever overwriting a damaged file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aws_advisor.core.engine.session import Session
from aws_advisor.core.practice.bank import Bank, load_bank
from aws_advisor.core.practice.round import categories, grade, pick
from aws_advisor.core.practice.scores import FILE_NAME, ScoreStore, Tally
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog

CATALOG = load_catalog(shipped_tree_dir())
BANK = load_bank(None, CATALOG)
NOW = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)


def walk(tree_id: str, *answers: str) -> Session:
    session = Session(CATALOG.get(tree_id))
    for option in answers:
        session.answer(option)
    return session


def test_every_shipped_situation_loads_and_its_answers_reach_the_expected_outcome() -> None:
    assert BANK.problems == []
    for situation in BANK.situations.values():
        tree = CATALOG.get(situation.tree)
        session = walk(situation.tree, *(o for _, o in situation.answer_pairs()))
        assert session.outcome is not None and session.outcome.id == situation.expect
        assert grade(tree, situation, session).verdict == "right"


def test_a_wrong_turn_is_missed_with_the_first_divergence_and_both_reasons() -> None:
    situation = BANK.situations["r53_standby_site"]
    tree = CATALOG.get("route53_routing_policy")
    learner = walk("route53_routing_policy", "several", "all_active", "speed")
    feedback = grade(tree, situation, learner)
    assert feedback.verdict == "missed"
    assert (feedback.reached.id, feedback.expected.id) == ("latency", "failover")
    assert feedback.divergence is not None
    assert feedback.divergence.question.id == "standby"
    assert (feedback.divergence.chosen.id, feedback.divergence.architect.id) == (  # type: ignore[union-attr]
        "all_active",
        "standby",
    )
    assert feedback.ruled_out_expected and "idle" in feedback.ruled_out_expected
    assert feedback.ruled_out_reached and "standby" in feedback.ruled_out_reached


def test_an_alternate_outcome_is_acceptable() -> None:
    situation = BANK.situations["r53_global_game_lobby"]
    learner = walk("route53_routing_policy", "several", "all_active", "location", "nearest")
    feedback = grade(CATALOG.get("route53_routing_policy"), situation, learner)
    assert feedback.verdict == "acceptable" and feedback.reached.id == "geoproximity"


def test_a_walk_that_has_not_finished_cannot_be_graded() -> None:
    from aws_advisor.core.errors import AnswerError

    with pytest.raises(AnswerError):
        grade(
            CATALOG.get("route53_routing_policy"),
            BANK.situations["r53_single_site"],
            walk("route53_routing_policy"),
        )


def test_a_seed_repeats_a_round_and_a_topic_limits_it() -> None:
    first = pick(BANK, CATALOG, count=4, seed=7)
    assert first == pick(BANK, CATALOG, count=4, seed=7) and len(first) == 4
    only = pick(BANK, CATALOG, tree="route53_routing_policy", count=50)
    assert only and {s.tree for s in only} == {"route53_routing_policy"}
    networking = pick(BANK, CATALOG, category="Networking", count=50)
    assert networking and all(CATALOG.get(s.tree).category == "Networking" for s in networking)
    assert "Networking" in categories(BANK, CATALOG)
    order = [s.difficulty for s in only]
    assert order == sorted(order, key=["easy", "medium", "hard"].index)


def test_broken_situations_are_located_and_the_rest_of_the_bank_loads(tmp_path: Path) -> None:
    good = (shipped_tree_dir().parent / "practice" / "route53_routing_policy.yaml").read_text()
    folder = tmp_path / "practice"
    folder.mkdir()
    (folder / "a.yaml").write_text(good, encoding="utf-8")
    (folder / "b.yaml").write_text(
        good.replace("tree: route53_routing_policy", "tree: no_such_tree"), encoding="utf-8"
    )
    (folder / "c.yaml").write_text(
        good.replace("id: r53_", "id: other_")
        .replace("expect: weighted", "expect: latency")
        .replace("[endpoints=one]", "[endpoints=one, standby=standby]")
        .replace("alternates: [geoproximity]", "alternates: [nope]"),
        encoding="utf-8",
    )
    bank = load_bank(folder, CATALOG)
    messages = [f"{Path(p.file).name}:{p.line}: {p.message}" for p in bank.problems]
    assert any(m.startswith("b.yaml:2: no tree has the id 'no_such_tree'") for m in messages)
    assert any(
        "c.yaml" in m and "reach 'weighted', not the expected 'latency'" in m for m in messages
    )
    assert any("c.yaml" in m and "never asks 'standby'" in m for m in messages)
    assert any("c.yaml" in m and "no outcome 'nope'" in m for m in messages)
    assert {s.tree for s in bank.situations.values()} == {"route53_routing_policy"}


def test_scores_round_trip_and_suggest_the_weakest_categories(tmp_path: Path) -> None:
    store = ScoreStore.open(tmp_path)
    store.record(
        [("Networking", "right"), ("Storage", "missed"), ("Storage", "acceptable")], when=NOW
    )
    again = ScoreStore.open(tmp_path)
    assert again.damaged is None
    assert again.categories == {"Networking": Tally(1, 0, 0), "Storage": Tally(0, 1, 1)}
    assert again.rounds[-1] == {
        "at": "2026-12-07T09:30:00+00:00",
        "right": 1,
        "acceptable": 1,
        "missed": 1,
    }
    assert again.weakest(["Networking", "Storage", "Compute"]) == ["Compute", "Storage"]


def test_a_damaged_scores_file_is_left_untouched_until_reset(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(b'{"format": 1, "categories": {"Storage": {"right": "lots"}}}')
    before = path.read_bytes()
    store = ScoreStore.open(tmp_path)
    assert store.damaged and "whole numbers" in store.damaged
    store.record([("Storage", "right")], when=NOW)
    assert path.read_bytes() == before
    assert store.categories["Storage"].right == 1  # kept for this run
    store.reset()
    assert ScoreStore.open(tmp_path).categories == {}
    assert (tmp_path / (FILE_NAME + ".old")).read_bytes() == before


def test_the_bank_is_empty_not_broken_without_a_folder(tmp_path: Path) -> None:
    assert load_bank(tmp_path / "missing", CATALOG) == Bank()

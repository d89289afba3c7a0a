"""Cross-decision rules: how findings are found and ordered, and how a broken rule is located.

These run on the fixture trees and rules; tests/content/test_rules.py checks every shipped rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aws_advisor.core.workshops.document import Workshop
from aws_advisor.core.workshops.rules import check_workshop, load_rules
from tests.helpers.workshops import (
    FAST,
    FIXTURE_CATALOG,
    FIXTURE_RULE_DIR,
    OLD,
    ROUTER,
    SHARED,
    fixture_agenda,
    fixture_answer,
)

CATALOG = FIXTURE_CATALOG
BOOK = load_rules(FIXTURE_RULE_DIR, CATALOG)


def workshop_with(answers: dict[str, list[str]]) -> Workshop:
    w = fixture_agenda(*answers)
    for decision, options in zip(w.decisions, answers.values(), strict=True):
        w = fixture_answer(w, decision.id, options)
    return w


def fired(w: Workshop) -> list[str]:
    return [f.rule.id for f in check_workshop(w, BOOK.rules)]


def test_the_fixture_rules_load() -> None:
    assert BOOK.problems == []
    assert {r.severity for r in BOOK.rules} == {"warning", "info"}


def test_an_unanswered_agenda_raises_nothing() -> None:
    assert fired(fixture_agenda("storage", "front_door")) == []


def test_what_if_copies_are_not_checked() -> None:
    w = workshop_with({"front_door": ROUTER})
    w = w.duplicate_decision("d1")
    w = fixture_answer(w, w.decisions[1].id, OLD)
    assert "old_balancer_chosen" not in fired(w)
    assert "old_balancer_chosen" in fired(fixture_answer(w, "d1", OLD))  # the original is


def test_warnings_come_first_then_agenda_order() -> None:
    w = workshop_with({"storage": SHARED, "front_door": OLD})
    assert fired(w) == ["old_balancer_chosen", "shared_files_cost"]
    w = workshop_with({"storage": FAST, "front_door": OLD})
    assert fired(w) == ["fast_disk_behind_old_balancer", "old_balancer_chosen"]


def test_two_decisions_on_the_same_tree_each_fire() -> None:
    w = workshop_with({"front_door": OLD, "storage": FAST})
    w = fixture_answer(w.add_decision(CATALOG.get("front_door")), "d3", OLD)
    findings = [
        f for f in check_workshop(w, BOOK.rules) if f.rule.id == "fast_disk_behind_old_balancer"
    ]
    assert sorted(tuple(d.id for d in f.decisions) for f in findings) == [
        ("d2", "d1"),
        ("d2", "d3"),
    ]


# --- Validation: a broken rule file gets located messages --------------------------------

GOOD_RULE = """\
rules:
  - id: sample
    title: A sample rule
    severity: warning
    when:
      - tree: front_door
        outcome_in: [router]
      - tree: storage
        question: speed
        option_in: [fast]
    message: Something is wrong.
    advice: Do something else.
    sources:
      - title: A page
        url: https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/
"""

BROKEN: dict[str, tuple[tuple[str, str], str]] = {
    "unknown_tree": (
        ("tree: front_door", "tree: back_door"),
        "6:15: rule 'sample': no tree has the id 'back_door'",
    ),
    "unknown_outcome": (
        ("outcome_in: [router]", "outcome_in: [router, gateway]"),
        "7:21: rule 'sample': tree 'front_door' has no outcome 'gateway'; its outcomes: "
        "router, forwarder, forwarder_router, old_balancer",
    ),
    "unknown_question": (
        ("question: speed", "question: where"),
        "9:19: rule 'sample': tree 'storage' has no question 'where'; its questions: "
        "sharing, speed",
    ),
    "unknown_option": (
        ("option_in: [fast]", "option_in: [slow]"),
        "10:20: rule 'sample': question 'speed' of tree 'storage' has no option "
        "'slow'; its options: fast, normal",
    ),
    "question_without_options": (
        ("        option_in: [fast]\n", ""),
        "8:9: rule 'sample': write question and option_in together",
    ),
    "bad_severity": (
        ("severity: warning", "severity: error"),
        "4:15: rule 'sample': severity: got text 'error'; expected one of: warning, info",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_rule_is_reported_with_its_place(tmp_path: Path, case: str) -> None:
    (old, new), expected = BROKEN[case]
    assert old in GOOD_RULE
    (tmp_path / "rules.yaml").write_text(GOOD_RULE.replace(old, new), encoding="utf-8")
    book = load_rules(tmp_path, CATALOG)
    assert book.rules == []
    assert [str(p) for p in book.problems] == [f"{tmp_path / 'rules.yaml'}:{expected}"]


def test_an_unquoted_no_is_caught_by_the_loader(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(
        GOOD_RULE.replace("option_in: [fast]", "option_in: [no]"), encoding="utf-8"
    )
    [problem] = load_rules(tmp_path, CATALOG).problems
    assert "unquoted 'no' is read by YAML as a boolean" in str(problem)


def test_the_good_rule_loads_and_a_duplicate_id_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD_RULE, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD_RULE, encoding="utf-8")
    book = load_rules(tmp_path, CATALOG)
    assert [r.id for r in book.rules] == ["sample"]
    assert [str(p) for p in book.problems] == [
        f"{tmp_path / 'b.yaml'}:2:9: rule id 'sample' is already used at {tmp_path / 'a.yaml'}:2"
    ]

"""Authored why-not reasons, "also fits" and "part of the plan", and statements that apply.

The fixture is a small load-balancer-like tree where the branch that leaves an outcome
is not the true reason for ruling it out, as in the shipped trees.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from aws_advisor.cli.main import main
from aws_advisor.cli.text import format_explanation
from aws_advisor.core.engine.session import Explanation, Session, explanation_data
from aws_advisor.core.errors import DataFileError
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.core.tree.reason_checks import check_reasons

OUTCOME = """\
  - id: {id}
    title: {title}
    summary: Use {title}.
    provenance: notes
    reasons:
{reasons}
    sources:
      - title: Guide
        url: https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/what-is-load-balancing.html
    as_of: 2026-12-06
    sketch:
      nodes: [{{id: n, kind: alb}}]
{extra}"""


WAF_ONLY = """\
      - id: waf_only
        label: Only filter
        detail: No balancing.
        next: waf
        rules_out:
          - outcomes: [alb, nlb, nlb_alb]
            reason: You only need filtering, not balancing.
"""


def tree_text(
    *,
    fixed_rules: str = "",
    routing_rules: str = "",
    alb_extra: str = "",
    alb_reasons: str = "      - Layer 7.",
) -> str:
    outcomes = [
        OUTCOME.format(id="alb", title="ALB", reasons=alb_reasons, extra=alb_extra),
        OUTCOME.format(id="nlb", title="NLB", reasons="      - Layer 4.", extra=""),
        OUTCOME.format(id="nlb_alb", title="NLB then ALB", reasons="      - Both.", extra=""),
        OUTCOME.format(id="waf", title="WAF", reasons="      - Filters.", extra=""),
    ]
    return f"""\
id: lb
title: Load balancer
category: Networking
summary: Pick one.
version: "1.0"
as_of: 2026-12-06
keywords: [lb]
start: fixed
questions:
  - id: fixed
    prompt: Fixed addresses?
    options:
      - id: fixed
        label: Yes, fixed
        detail: Allow-listed.
        next: routing_fixed
{WAF_ONLY}      - id: dns
        label: No, a DNS name is fine
        detail: Host names.
        next: routing
{fixed_rules}
  - id: routing
    prompt: Route by path?
    options:
      - id: path
        label: Yes, by path
        detail: Several services.
        next: alb
{routing_rules}
      - id: plain
        label: No, one service
        detail: One service.
        next: nlb
        rules_out:
          - outcomes: [alb]
            reason: One service needs no routing by path.
          - outcomes: [nlb_alb]
            reason: One service behind a DNS name needs no second load balancer.
  - id: routing_fixed
    prompt: Route by path behind the fixed addresses?
    options:
      - id: path
        label: Yes, by path too
        detail: Several services.
        next: nlb_alb
        rules_out:
          - outcomes: [nlb, alb]
            reason: You need fixed addresses and routing by path; neither does both alone.
      - id: plain
        label: No, one service
        detail: One service.
        next: nlb
        rules_out:
          - outcomes: [nlb_alb, alb]
            reason: One service behind fixed addresses needs only an NLB.
outcomes:
{"".join(outcomes)}"""


COMPLETE_ROUTING = """\
        rules_out:
          - outcomes: [nlb, nlb_alb]
            reason: You need routing by URL path; an NLB forwards connections without reading them.
"""
COMPLETE_FIXED = """\
        rules_out:
          - outcomes: [waf]
            reason: A firewall does not balance load.
"""


def complete_text(**kwargs: str) -> str:
    """The fixture with a reason for every exclusion on every path."""
    kwargs.setdefault("routing_rules", COMPLETE_ROUTING)
    text = tree_text(**kwargs)
    text = text.replace(
        "        next: routing_fixed\n", "        next: routing_fixed\n" + COMPLETE_FIXED
    )
    text = text.replace("        next: routing\n", "        next: routing\n" + COMPLETE_FIXED)
    return text


def complete(**kwargs: str) -> DecisionTree:
    return load_tree_text(complete_text(**kwargs), "lb.yaml")


def walk(tree: DecisionTree, *options: str) -> Explanation:
    session = Session(tree)
    for option in options:
        session.answer(option)
    return session.explain()


def ruled(expl: Explanation) -> list[tuple[list[str], str, str | None]]:
    return [([o.id for o in r.outcomes], r.chosen.id, r.reason) for r in expl.why_not]


def test_the_reason_is_the_one_the_author_attached_to_the_true_cause() -> None:
    tree = complete()
    assert check_reasons(tree) == []
    expl = walk(tree, "dns", "path")
    # the tree left nlb_alb at "No, a DNS name is fine", but the reason is the need for routing
    assert ruled(expl) == [
        (
            ["nlb", "nlb_alb"],
            "path",
            "You need routing by URL path; an NLB forwards connections without reading them.",
        ),
        (["waf"], "dns", "A firewall does not balance load."),
    ]


def test_outcomes_ruled_out_by_one_answer_for_one_reason_share_one_line() -> None:
    text = format_explanation(complete(), walk(complete(), "dns", "path"))
    block = text.split("Why not the others:\n")[1].split("\n\n")[0]
    assert block.startswith("  - NLB; NLB then ALB: You need routing by URL path; an NLB")
    assert block.count("  - ") == 2


def test_a_when_condition_limits_a_reason_to_the_paths_it_is_true_on() -> None:
    routing = COMPLETE_ROUTING + (
        "          - outcomes: [waf]\n"
        "            reason: Path routing needs a load balancer, not only a firewall.\n"
        "            when: [fixed=dns]\n"
    )
    tree = complete(routing_rules=routing)
    # the first matching reason on the path wins: the one on "No, a DNS name is fine"
    assert ruled(walk(tree, "dns", "path"))[1] == (
        ["waf"],
        "dns",
        "A firewall does not balance load.",
    )


def test_also_fits_and_part_of_the_plan_are_never_ruled_out() -> None:
    extra = (
        "    also_fits:\n"
        "      - outcome: nlb\n"
        "        note: An NLB behind a CDN would also do.\n"
        "        when: [fixed=dns]\n"
        "    includes:\n"
        "      - outcome: waf\n"
        "        note: Put a web application firewall in front of it.\n"
    )
    tree = complete(alb_extra=extra)
    expl = walk(tree, "dns", "path")
    assert [(b.outcome.id, b.note) for b in expl.also_fits] == [
        ("nlb", "An NLB behind a CDN would also do.")
    ]
    assert [b.outcome.id for b in expl.part_of_plan] == ["waf"]
    assert {o.id for r in expl.why_not for o in r.outcomes} == {"nlb_alb"}
    data = json.loads(json.dumps(explanation_data(expl)))
    assert data["also_fits"] == [
        {"outcome": "nlb", "title": "NLB", "note": "An NLB behind a CDN would also do."}
    ]
    assert [w["outcome"] for w in data["why_not"]] == ["nlb_alb"]
    text = format_explanation(tree, expl)
    assert "Part of this plan:\n  - WAF: Put a web application firewall in front of it.\n" in text
    assert "Also fits:\n  - NLB: An NLB behind a CDN would also do.\n" in text


def test_statements_show_only_on_the_paths_they_are_true_for() -> None:
    reasons = (
        "      - Layer 7.\n"
        "      - text: Clients use its DNS name.\n"
        "        because: [fixed]\n"
        "      - text: Behind the NLB it keeps the fixed addresses.\n"
        "        because: [routing_fixed]\n"
        "      - text: Only when routing by path without fixed addresses.\n"
        "        when: [fixed=dns, routing=path]"
    )
    tree = complete(alb_reasons=reasons)
    expl = walk(tree, "dns", "path")
    assert [s.text for s in expl.why] == [
        "Layer 7.",
        "Clients use its DNS name.",
        "Only when routing by path without fixed addresses.",
    ]
    for statement in expl.why:  # never cites a question that is not on the path
        assert {a.question.id for a in statement.answers} <= {s.question.id for s in expl.path}


def test_json_keeps_a_reason_for_every_why_not_and_never_the_current_outcome() -> None:
    data: dict[str, Any] = explanation_data(walk(complete(), "dns", "plain"))
    assert data["outcome"]["id"] == "nlb"
    for entry in data["why_not"]:
        assert set(entry) == {
            "outcome",
            "title",
            "reason",
            "authored",
            "question",
            "prompt",
            "chosen",
            "chosen_label",
            "instead",
        }
        assert entry["reason"] and entry["authored"] is True
    for entry in data["what_if"]:
        assert "nlb" not in entry["outcomes"]
        assert entry["result"].get("outcome") != "nlb"


def test_a_tree_without_reasons_still_explains_and_says_so() -> None:
    tree = load_tree_text(tree_text(), "lb.yaml")
    expl = walk(tree, "dns", "path")
    assert [(ids, chosen) for ids, chosen, reason in ruled(expl) if reason is None] == [
        (["nlb"], "path"),
        (["nlb_alb", "waf"], "dns"),
    ]
    text = " ".join(format_explanation(tree, expl).split())
    assert (
        "NLB then ALB; WAF: the tree gives no reason; after your answer “No, a DNS name is fine” "
        "to “Fixed addresses?” it can no longer lead there." in text
    )


def test_the_validator_names_each_missing_reason_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "lb.yaml"
    path.write_text(tree_text(), encoding="utf-8")
    problems = check_reasons(load_tree_text(path.read_text(encoding="utf-8"), str(path)))
    messages = [f"{p.line}:{p.col}: {p.message}" for p in problems]
    assert messages[0].startswith(
        "13:13: option 'fixed': no reason why not 'waf' on the paths to 'nlb', 'nlb_alb' "
        "(for example fixed=fixed, routing_fixed=path)"
    )
    assert any(
        m.startswith("24:13: option 'dns': no reason why not 'nlb_alb', 'waf'") for m in messages
    )


def test_the_validator_refuses_a_reason_that_rules_out_what_the_path_recommends() -> None:
    routing = COMPLETE_ROUTING.replace("[nlb, nlb_alb]", "[nlb, nlb_alb, alb]")
    problems = check_reasons(complete(routing_rules=routing))
    assert [p.message for p in problems] == [
        "option 'path' of question 'routing': rules out 'alb', but the path "
        "fixed=dns, routing=path still recommends it; add a when condition or move the reason"
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("outcomes: [waf]", "outcomes: [wafs]", "'wafs' is not the id of an outcome"),
        (
            "            reason: One service needs no routing by path.\n",
            "            reason: One service needs no routing by path.\n"
            "            when: [fixed=maybe]\n",
            "when 'fixed=maybe': question 'fixed' has no option 'maybe'; its options are",
        ),
        (
            "            reason: One service needs no routing by path.\n",
            "            reason: One service needs no routing by path.\n"
            "            when: [fixed]\n",
            "when 'fixed' is not written question=option",
        ),
    ],
)
def test_references_in_reasons_must_resolve(old: str, new: str, message: str) -> None:
    with pytest.raises(DataFileError) as caught:
        load_tree_text(complete_text().replace(old, new, 1), "lb.yaml")
    assert any(message in p.message for p in caught.value.problems), caught.value.problems


def test_a_tree_with_more_paths_than_anyone_could_read_is_refused_quickly() -> None:
    questions = []
    for n in range(40):
        nxt = f"q{n + 1}" if n < 39 else "a"
        questions.append(
            f"  - id: q{n}\n    prompt: Q{n}?\n    options:\n"
            f"      - {{id: x, label: X, detail: X., next: {nxt}}}\n"
            f"      - {{id: y, label: Y, detail: Y., next: {nxt if n < 39 else 'b'}}}\n"
        )
    outcomes = "".join(
        OUTCOME.format(id=i, title=i.upper(), reasons="      - R.", extra="") for i in ("a", "b")
    )
    text = (
        "id: big\ntitle: Big\ncategory: C\nsummary: S.\nversion: '1.0'\nas_of: 2026-12-06\n"
        "keywords: [b]\nstart: q0\nquestions:\n" + "".join(questions) + "outcomes:\n" + outcomes
    )
    problems = check_reasons(load_tree_text(text, "big.yaml"))
    assert len(problems) == 1
    assert "more than 20,000 paths" in problems[0].message


def test_validate_on_the_command_line_fails_on_a_missing_reason(
    tmp_path: Path, capsys: Any
) -> None:
    path = tmp_path / "lb.yaml"
    path.write_text(tree_text(), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    path.write_text(complete_text(), encoding="utf-8")
    assert main(["validate", str(path)]) == 0

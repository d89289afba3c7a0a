"""Cross-decision rules: every shipped rule fires on its case and not on a neighbouring one."""

from __future__ import annotations

from pathlib import Path

import pytest

from aws_advisor.core.workshops.document import Workshop
from aws_advisor.core.workshops.rules import check_workshop, load_rules
from tests.helpers.workshops import CATALOG, agenda, answer

BOOK = load_rules(None, CATALOG)
RULES = {r.id: r for r in BOOK.rules}

SPOT = ["shared_ok", "any_instance"]
ON_DEMAND = ["shared_ok", "no", "short_or_unknown", "no"]
ALB = ["app_servers", "web", "dns", "needs_features"]
NLB = ["app_servers", "other"]
STORAGE_I = ["cpu_only", "random_io"]
EBS_IO2 = ["single", "must_persist", "random", "critical", "fits_one", "new"]

Answers = dict[str, list[str]]

# rule id: (answers that make it fire, a neighbouring case that must not fire)
CASES: dict[str, tuple[Answers, Answers]] = {
    "spot_for_critical_database_volumes": (
        {"ec2_purchase_option": SPOT, "ebs_volume_type": EBS_IO2},
        {"ec2_purchase_option": ON_DEMAND, "ebs_volume_type": EBS_IO2},
    ),
    "spot_storage_optimized_nodes": (
        {"ec2_purchase_option": SPOT, "instance_family": STORAGE_I},
        {
            "ec2_purchase_option": SPOT,
            "instance_family": ["cpu_only", "network_disks", "steady", "balanced"],
        },
    ),
    "storage_nodes_in_cluster_group": (
        {
            "instance_family": STORAGE_I,
            "placement_group": ["fast_network", "node_to_node", "single_zone_ok"],
        },
        {"instance_family": STORAGE_I, "placement_group": ["failure_isolation", "many"]},
    ),
    "gp2_with_auto_scaling": (
        {
            "ebs_volume_type": ["single", "must_persist", "random", "general", "existing_gp2"],
            "asg_scaling_policy": ["irregular", "standard"],
        },
        {
            "ebs_volume_type": ["single", "must_persist", "random", "general", "new"],
            "asg_scaling_policy": ["irregular", "standard"],
        },
    ),
    "burstable_for_busy_load": (
        {
            "instance_family": ["cpu_only", "network_disks", "mostly_quiet"],
            "burst_credit_mode": ["high_steady", "flat_out"],
        },
        {
            "instance_family": ["cpu_only", "network_disks", "mostly_quiet"],
            "burst_credit_mode": ["low_spiky", "fixed_bill"],
        },
    ),
    "memcached_session_store": (
        {"cache_engine": ["reload", "plain", "forecast"], "cache_pattern": ["sessions"]},
        {
            "cache_engine": ["data_lost", "few_seconds", "no", "forecast"],
            "cache_pattern": ["sessions"],
        },
    ),
    "aurora_with_rds_deployment_options": (
        {
            "rds_vs_aurora": ["mysql_pg", "one_region", "scale_ha", "steady"],
            "rds_replica_vs_multiaz": ["yes", "no", "none", "other"],
        },
        {
            "rds_vs_aurora": ["mysql_pg", "one_region", "simple_cost", "steady"],
            "rds_replica_vs_multiaz": ["yes", "no", "none", "other"],
        },
    ),
    "dsql_with_rds_deployment_options": (
        {
            "rds_vs_aurora": ["mysql_pg", "active_active", "fits"],
            "rds_replica_vs_multiaz": ["yes", "no", "none", "other"],
        },
        {
            "rds_vs_aurora": ["mysql_pg", "one_region", "simple_cost", "steady"],
            "rds_replica_vs_multiaz": ["yes", "no", "none", "other"],
        },
    ),
    "a_record_for_load_balancer": (
        {"dns_record_type": ["aws_resource", "no", "apex", "fixed", "ipv4"], "elb_type": ALB},
        {"dns_record_type": ["aws_resource", "no", "apex", "fixed", "ipv4"], "elb_type": NLB},
    ),
    "route53_policy_but_dns_elsewhere": (
        {
            "dns_record_type": ["aws_resource", "no", "subdomain"],
            "route53_routing_policy": ["several", "standby"],
        },
        {
            "dns_record_type": ["aws_resource", "yes"],
            "route53_routing_policy": ["several", "standby"],
        },
    ),
    "cname_for_load_balancer": (
        {"dns_record_type": ["aws_resource", "no", "subdomain"], "elb_type": ALB},
        {"dns_record_type": ["other_hostname", "subdomain"], "elb_type": ALB},
    ),
    "classic_load_balancer": (
        {"elb_type": ["app_servers", "web", "dns", "plain", "legacy"]},
        {"elb_type": ["app_servers", "web", "dns", "plain", "new_build"]},
    ),
    "nlb_cross_zone_off_with_spot": (
        {"cross_zone_lb": ["nlb", "balanced"], "ec2_purchase_option": SPOT},
        {"cross_zone_lb": ["nlb", "lopsided"], "ec2_purchase_option": SPOT},
    ),
    "cookie_stickiness_on_nlb": (
        {"lb_stickiness": ["on_server", "fixed_app", "cookies_ok", "has_cookie"], "elb_type": NLB},
        {"lb_stickiness": ["on_server", "fixed_app", "cookies_ok", "has_cookie"], "elb_type": ALB},
    ),
    "source_ip_stickiness_on_alb": (
        {"lb_stickiness": ["on_server", "fixed_app", "no_cookies"], "elb_type": ALB},
        {"lb_stickiness": ["on_server", "fixed_app", "no_cookies"], "elb_type": NLB},
    ),
    "private_api_for_app_users": (
        {"apigw_endpoint_type": ["internal"], "cognito_pool_type": ["customers", "yes", "no"]},
        {"apigw_endpoint_type": ["internal"], "cognito_pool_type": ["staff"]},
    ),
    "http_api_endpoint_type": (
        {
            "apigw_auth": ["token_holders", "none", "http", "jwt"],
            "apigw_endpoint_type": ["public", "worldwide", "managed"],
        },
        {
            "apigw_auth": ["token_holders", "none", "http", "jwt"],
            "apigw_endpoint_type": ["public", "nearby"],
        },
    ),
}


def workshop_with(answers: Answers) -> Workshop:
    w = agenda(*answers)
    for decision, options in zip(w.decisions, answers.values(), strict=True):
        w = answer(w, decision.id, options)
    return w


def fired(w: Workshop) -> set[str]:
    return {f.rule.id for f in check_workshop(w, BOOK.rules)}


def test_the_shipped_rules_load_without_problems() -> None:
    assert BOOK.problems == []
    assert len(BOOK.rules) >= 8
    assert {r.severity for r in BOOK.rules} == {"warning", "info"}


def test_every_shipped_rule_has_a_case() -> None:
    assert sorted(CASES) == sorted(RULES)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_the_rule_fires_on_its_case(rule_id: str) -> None:
    w = workshop_with(CASES[rule_id][0])
    [finding] = [f for f in check_workshop(w, BOOK.rules) if f.rule.id == rule_id]
    assert [d.tree for d in finding.decisions] == [c.tree for c in RULES[rule_id].when]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_the_rule_is_quiet_on_a_neighbouring_case(rule_id: str) -> None:
    fires, neighbour = CASES[rule_id]
    assert fires.keys() == neighbour.keys()  # the same decisions, one answer apart
    assert rule_id not in fired(workshop_with(neighbour))


def test_an_unanswered_agenda_raises_nothing() -> None:
    assert fired(agenda(*{t for case in CASES.values() for t in case[0]})) == set()


def test_what_if_copies_are_not_checked() -> None:
    w = workshop_with({"elb_type": ALB})
    w = w.duplicate_decision("d1")
    w = answer(w, w.decisions[1].id, ["app_servers", "web", "dns", "plain", "legacy"])
    assert "classic_load_balancer" not in fired(w)


def test_warnings_come_first_then_agenda_order() -> None:
    w = workshop_with(
        {
            "ebs_volume_type": ["single", "must_persist", "random", "general", "existing_gp2"],
            "asg_scaling_policy": ["irregular", "standard"],
            "elb_type": ["app_servers", "web", "dns", "plain", "legacy"],
        }
    )
    assert [f.rule.id for f in check_workshop(w, BOOK.rules)] == [
        "classic_load_balancer",
        "gp2_with_auto_scaling",
    ]


def test_two_decisions_on_the_same_tree_each_fire() -> None:
    w = workshop_with({"elb_type": ALB, "lb_stickiness": ["on_server", "fixed_app", "no_cookies"]})
    w = answer(w.add_decision(CATALOG.get("elb_type")), "d3", ALB)
    findings = [
        f for f in check_workshop(w, BOOK.rules) if f.rule.id == "source_ip_stickiness_on_alb"
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
      - tree: elb_type
        outcome_in: [alb]
      - tree: dns_record_type
        question: target
        option_in: [aws_resource]
    message: Something is wrong.
    advice: Do something else.
    sources:
      - title: A page
        url: https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/
"""

BROKEN: dict[str, tuple[tuple[str, str], str]] = {
    "unknown_tree": (
        ("tree: elb_type", "tree: elb_kind"),
        "6:15: rule 'sample': no tree has the id 'elb_kind'",
    ),
    "unknown_outcome": (
        ("outcome_in: [alb]", "outcome_in: [alb, elb]"),
        "7:21: rule 'sample': tree 'elb_type' has no outcome 'elb'; its outcomes: "
        "alb, nlb, gwlb, clb, nlb_alb, ga_alb, alb_ipam",
    ),
    "unknown_question": (
        ("question: target", "question: where"),
        "9:19: rule 'sample': tree 'dns_record_type' has no question 'where'; its questions: "
        "target, hosting, apex, apex_addresses, ip_version",
    ),
    "unknown_option": (
        ("option_in: [aws_resource]", "option_in: [aws]"),
        "10:20: rule 'sample': question 'target' of tree 'dns_record_type' has no option "
        "'aws'; its options: aws_resource, same_zone, fixed_ip, other_hostname",
    ),
    "question_without_options": (
        ("        option_in: [aws_resource]\n", ""),
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
        GOOD_RULE.replace("option_in: [aws_resource]", "option_in: [no]"), encoding="utf-8"
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

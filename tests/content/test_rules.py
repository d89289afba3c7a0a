"""Cross-decision rules: every shipped rule fires on its case and not on a neighbouring one.

How rules are matched, ordered and validated is tested on fixture rules in
tests/core/test_rule_checks.py.
"""

from __future__ import annotations

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

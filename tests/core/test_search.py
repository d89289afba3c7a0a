"""Catalogue search as a newcomer types: questions, plurals, typos, abbreviations, run-together
words. The table runs natural queries against the shipped catalogue; the rules themselves are
pinned on small trees made here."""

from __future__ import annotations

import pytest

from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import Catalog, load_catalog
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.core.tree.search import SearchIndex, search_trees
from tests.helpers.trees import BASE

SHIPPED = load_catalog(shipped_tree_dir())

FIRST_RESULT = {
    # Load balancing and scaling
    "which load balancer": "elb_type",
    "loadbalancer": "elb_type",
    "laod balancer": "elb_type",
    "alb or nlb": "elb_type",
    "gateway load balancer for firewalls": "elb_type",
    "how do I choose a load balancer for websockets": "elb_type",
    "cross zone load balancing": "cross_zone_lb",
    "uneven traffic between availability zones": "cross_zone_lb",
    "sticky sessions": "lb_stickiness",
    "session affinity": "lb_stickiness",
    "autoscaling policy": "asg_scaling_policy",
    "target tracking": "asg_scaling_policy",
    "asg scale on a schedule": "asg_scaling_policy",
    # Networking: one name, one record or several
    "route53": "route53_routing_policy",
    "route 53 routing": "route53_routing_policy",
    "weighted routing": "route53_routing_policy",
    "several records for one name": "route53_routing_policy",
    "one name with many endpoints": "route53_routing_policy",
    "failover between two regions dns": "route53_routing_policy",
    "which dns record should I create for my domain": "dns_record_type",
    "alias or cname": "dns_record_type",
    "point the zone apex at a load balancer": "dns_record_type",
    "second network interface": "eni_usage",
    "eni failover": "eni_usage",
    "elastic ip": "ip_address_type",
    "eip or public ip": "ip_address_type",
    "why can't I reach my instance": "connectivity_troubleshooting",
    "connection timed out ssh": "connectivity_troubleshooting",
    # Cost and purchasing
    "reserved instances convertible": "reserved_variant",
    "ri standard or convertible": "reserved_variant",
    "spot fleet": "spot_allocation_strategy",
    "price capacity optimized": "spot_allocation_strategy",
    "cheapest way to pay for ec2": "ec2_purchase_option",
    "on-demand or spot": "ec2_purchase_option",
    # Storage
    "ebs iops": "ebs_volume_type",
    "gp2 or gp3": "ebs_volume_type",
    "gp3": "ebs_volume_type",
    "raid 0": "raid_level",
    "striping ebs volumes": "raid_level",
    "ebs or efs or s3": "block_file_ephemeral",
    "shared file system for several servers": "file_service",
    "block, file or object storage": "block_file_ephemeral",
    "encrypt s3 bucket": "s3_encryption_mode",
    "sse-kms": "s3_encryption_mode",
    "keep s3 keys in an external key store": "s3_encryption_mode",
    # Security and identity
    "cognito login": "cognito_pool_type",
    "user pool or identity pool": "cognito_pool_type",
    "cognitio user pool": "cognito_pool_type",
    "iam role or user": "iam_identity",
    "sso for staff": "iam_identity",
    "api gateway authorizer": "apigw_auth",
    "lambda authorizer": "apigw_auth",
    "client certificates for my api": "apigw_auth",
    "cedar policies for an api": "apigw_auth",
    "private api endpoint": "apigw_endpoint_type",
    "edge optimized api": "apigw_endpoint_type",
    # Databases and caches
    "redis or memcached": "cache_engine",
    "memcahced": "cache_engine",
    "valkey serverless": "cache_engine",
    "lazy loading or write through": "cache_pattern",
    "cache aside": "cache_pattern",
    "dynamodb on demand or provisioned": "dynamodb_capacity",
    "strongly consistent reads": "dynamodb_capacity",
    "rds or aurora": "rds_vs_aurora",
    "aurora serverless": "rds_vs_aurora",
    "read replica or multi-az": "rds_replica_vs_multiaz",
    "rds standby failover": "rds_replica_vs_multiaz",
    # Compute
    "lambda or ec2": "ec2_vs_lambda",
    "lambda managed instances": "ec2_vs_lambda",
    "should I use fargate or lambda": "ec2_vs_lambda",
    "elastic beanstalk worker environment": "beanstalk_architecture",
    "t3 unlimited": "burst_credit_mode",
    "what happens when my t3 runs out of credits": "burst_credit_mode",
    "memory optimized instance": "instance_family",
    "graviton": "instance_family",
    "placement group": "placement_group",
    "low latency cluster for hpc": "placement_group",
    "dedicated host": "tenancy",
    "bring your own license": "tenancy",
    "tenency": "tenancy",
    "golden ami": "fast_instantiation",
    "user data bootstrap": "fast_instantiation",
    "hibernate instance": "stop_hibernate_terminate",
    "stop or terminate": "stop_hibernate_terminate",
    # Messaging, containers and the edge
    "sqs or sns": "messaging_service",
    "kafka": "messaging_service",
    "queue, topic or event bus": "messaging_service",
    "jms broker migration": "messaging_service",
    "ecs or eks": "container_platform",
    "ecs fargate or eks": "container_platform",
    "where should I run my containers": "container_platform",
    "cloudfront or global accelerator": "edge_delivery",
    "cdn": "edge_delivery",
    "static anycast ip for a game": "edge_delivery",
    "disaster recovery": "dr_strategy",
    "transit gateway or peering": "vpc_connectivity",
    "vpn or direct connect": "vpc_connectivity",
    "connect on-premises to aws": "vpc_connectivity",
    "snowball": "data_transfer",
    "sftp for partners": "data_transfer",
    "move 500 TB to s3": "data_transfer",
    "glacier deep archive": "s3_storage_class",
    "infrequent access storage class": "s3_storage_class",
    "efs or fsx": "file_service",
    "windows file share with active directory": "file_service",
    "which database should I use": "database_purpose",
    "graph database": "database_purpose",
    "pilot light or warm standby": "dr_strategy",
    "rto and rpo": "dr_strategy",
}

NOTHING = ["zzzz", "qwertyuiop asdfgh", "xyzzy plugh", "purple elephant banana", "the zzzz"]


@pytest.mark.parametrize(("query", "expected"), FIRST_RESULT.items())
def test_a_natural_query_finds_its_decision_first(query: str, expected: str) -> None:
    hits = SHIPPED.search(query)
    assert hits, f"{query!r} found nothing"
    assert hits[0].tree.id == expected, [(h.tree.id, h.score) for h in hits[:3]]


def test_the_table_covers_every_shipped_tree() -> None:
    assert set(SHIPPED.trees) <= set(FIRST_RESULT.values())


@pytest.mark.parametrize("query", NOTHING)
def test_nonsense_finds_nothing(query: str) -> None:
    assert SHIPPED.search(query) == []


def test_load_balancer_ranks_the_title_match_first_and_keeps_the_others() -> None:
    found = [h.tree.id for h in SHIPPED.search("load balancer")]
    assert found[0] == "elb_type"
    assert {"cross_zone_lb", "lb_stickiness"} <= set(found)
    assert SHIPPED.search("load")[0].tree.id == "elb_type"


def test_two_trees_about_one_name_are_told_apart_by_their_summaries() -> None:
    record = SHIPPED.get("dns_record_type").summary
    routing = SHIPPED.get("route53_routing_policy").summary
    assert "routing policy" in record and "record type" in routing


def test_each_result_says_where_and_how_it_matched() -> None:
    (best, *_) = SHIPPED.search("laod balancer")
    assert best.tree.id == "elb_type"
    assert [(m.term, m.word, m.field, m.how) for m in best.matches] == [
        ("laod", "load", "title", "typo"),
        ("balancer", "balancer", "title", "word"),
    ]
    assert best.fields == ("title",) and best.missing == ()
    (gp3, *_) = SHIPPED.search("gp3")
    assert gp3.tree.id == "ebs_volume_type" and gp3.score > 0


def test_only_filler_words_filter_nothing() -> None:
    for query in ("", "   ", "which should I use", "what do I need for my"):
        hits = SHIPPED.search(query)
        assert [h.tree.id for h in hits] == list(SHIPPED.trees)
        assert all(h.score == 0 and not h.matches for h in hits)


# --- the rules, on small trees ------------------------------------------------------------


def tree(
    tree_id: str,
    *,
    title: str = "Sample decision",
    keywords: str = "sample, test",
    summary: str = "A small tree for tests.",
    outcome: str = "Shared file system",
    prompt: str = "Must several servers share the data?",
) -> DecisionTree:
    text = (
        BASE.replace("id: sample", f"id: {tree_id}")
        .replace("title: Sample decision", f"title: {title}")
        .replace("keywords: [sample, test]", f"keywords: [{keywords}]")
        .replace("summary: A small tree for tests.", f"summary: {summary}")
        .replace("title: Shared file system", f"title: {outcome}")
        .replace("prompt: Must several servers share the data?", f"prompt: {prompt}")
    )
    return load_tree_text(text, f"{tree_id}.yaml")


def ids(index: SearchIndex, query: str) -> list[str]:
    return [h.tree.id for h in search_trees(index, query)]


def test_the_field_a_word_is_in_decides_the_order() -> None:
    index = SearchIndex(
        [
            tree("in_prompt", prompt="Does the zebra crossing need lights?"),
            tree("in_outcome", outcome="Zebra crossing"),
            tree("in_summary", summary="Where a zebra crossing goes."),
            tree("in_keywords", keywords="zebra crossing, roads"),
            tree("in_title", title="Choose a zebra crossing"),
            tree("elsewhere"),
        ]
    )
    order = ["in_title", "in_keywords", "in_summary", "in_outcome", "in_prompt"]
    assert ids(index, "zebra") == order
    fields = [h.fields for h in search_trees(index, "zebra crossings")]
    assert fields == [("title",), ("keywords",), ("summary",), ("outcomes",), ("text",)]


def test_plurals_questions_and_punctuation_do_not_matter() -> None:
    index = SearchIndex([tree("policy", title="Choose a scaling policy"), tree("other")])
    for query in ("scaling policies", "Which scaling policy should I use?", "SCALING-POLICY"):
        assert ids(index, query) == ["policy"], query


def test_words_run_together_or_split_still_match() -> None:
    index = SearchIndex(
        [
            tree("lb", title="Choose a load balancer", keywords="route 53, dynamodb"),
            tree("other"),
        ]
    )
    for query in ("loadbalancer", "load balancers", "route53", "route 53", "dynamo db"):
        assert ids(index, query) == ["lb"], query


def test_abbreviations_find_the_names_they_stand_for_and_back() -> None:
    index = SearchIndex(
        [
            tree("eip", title="Choose an Elastic IP address"),
            tree("asg", keywords="asg, scaling"),
            tree("other"),
        ]
    )
    assert ids(index, "eip") == ["eip"]
    assert ids(index, "auto scaling group") == ["asg"]


def test_a_misspelling_matches_only_a_word_found_nowhere_as_typed() -> None:
    index = SearchIndex([tree("hib", title="Hibernate an instance"), tree("other")])
    assert ids(index, "hibrenate") == ["hib"]
    assert search_trees(index, "hibrenate")[0].matches[0].how == "typo"
    assert ids(index, "hibernat") == ["hib"]  # still typing
    assert ids(index, "xqzv") == []


def test_one_odd_word_in_a_longer_question_does_not_hide_the_answer() -> None:
    index = SearchIndex([tree("lb", title="Choose a load balancer for web servers"), tree("x")])
    (hit,) = search_trees(index, "load balancer for my chat servers")
    assert hit.tree.id == "lb" and hit.missing == ("chat",)
    assert search_trees(index, "load chat") == []  # of two words, both must match


def test_the_catalogue_rebuilds_its_index_when_its_trees_change() -> None:
    catalog = Catalog()
    catalog.trees["a"] = tree("a", title="Choose a zebra crossing")
    assert [h.tree.id for h in catalog.search("zebra")] == ["a"]
    catalog.trees["b"] = tree("b", title="Zebra")
    assert [h.tree.id for h in catalog.search("zebra")] == ["b", "a"]

"""``aws-advisor search``: ranked decisions for a question, as text and JSON, and its exit
codes."""

from __future__ import annotations

import io
import json

from aws_advisor.cli.main import main
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog

SHIPPED = load_catalog(shipped_tree_dir())


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--no-user-trees"], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_search_prints_the_best_decision_first_with_its_summary() -> None:
    code, out, err = run("search", "which", "load", "balancer")
    assert code == 0, err
    first, second = out.splitlines()[:2]
    assert first.split() == ["elb_type", *SHIPPED.get("elb_type").title.split()]
    assert second.startswith("    Which kind of load balancer")
    assert "cross_zone_lb" in out and err == ""


def test_search_understands_a_typo_in_one_quoted_query() -> None:
    code, out, _ = run("search", "laod balancer")
    assert code == 0
    assert out.split()[0] == "elb_type"


def test_search_json_lists_id_title_summary_score_and_where_it_matched() -> None:
    code, out, _ = run("search", "route53", "--json")
    assert code == 0
    data = json.loads(out)
    assert [d["id"] for d in data][:2] == ["route53_routing_policy", "dns_record_type"]
    best = data[0]
    tree = SHIPPED.get("route53_routing_policy")
    assert best["title"] == tree.title and best["summary"] == tree.summary
    assert best["matched"] == ["title"]
    assert best["terms"] == [
        {"query": "route53", "matched": "route53", "field": "title", "how": "word"}
    ]
    assert best["missing"] == []
    assert best["score"] > data[1]["score"] > 0


def test_search_with_no_match_exits_1_and_says_so() -> None:
    code, out, err = run("search", "zzzz", "qqqq")
    assert code == 1
    assert out == ""
    assert err == (
        "aws-advisor: no decision matches 'zzzz qqqq'; try other or fewer words, "
        "or see every decision with 'aws-advisor list'\n"
    )
    code, out, err = run("search", "zzzz", "--json")
    assert (code, json.loads(out)) == (1, [])
    assert "no decision matches 'zzzz'" in err


def test_search_with_only_common_words_is_a_usage_error() -> None:
    code, out, err = run("search", "which", "should", "I", "use")
    assert code == 2 and out == ""
    assert err.startswith("aws-advisor: error: nothing to search for in 'which should I use'")


def test_search_without_a_query_is_a_usage_error() -> None:
    code, _, err = run("search")
    assert code == 2
    assert "the following arguments are required: QUERY" in err

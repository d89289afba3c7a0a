"""The shipped content is code: every tree, question and outcome is checked here."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from aws_advisor.core.engine.session import enumerate_paths
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.loader import iter_yaml_files, load_tree
from aws_advisor.core.tree.model import DecisionTree

SHIPPED_FILES = list(iter_yaml_files(shipped_tree_dir()))
CATALOG = load_catalog(shipped_tree_dir())
TREES = list(CATALOG.trees.values())
CATEGORIES = {
    "Compute",
    "Cost & purchasing",
    "Storage",
    "Networking",
    "Load balancing & scaling",
    "Databases",
    "Serverless & APIs",
    "Security & identity",
    "Troubleshooting",
}
DOC_HOSTS = {"docs.aws.amazon.com", "aws.amazon.com"}
SCHEMA_LINE = "# yaml-language-server: $schema=../schema/tree.schema.json"


def test_every_shipped_file_loads_with_full_validation() -> None:
    assert not CATALOG.problems, "\n".join(str(p) for p in CATALOG.problems)
    assert len(CATALOG.trees) == len(SHIPPED_FILES)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.stem)
def test_file_is_named_after_its_tree_and_points_editors_at_the_schema(path: object) -> None:
    tree = load_tree(path)  # type: ignore[arg-type]
    assert tree.id == path.stem  # type: ignore[attr-defined]
    first_line = path.read_text(encoding="utf-8").splitlines()[0]  # type: ignore[attr-defined]
    assert first_line == SCHEMA_LINE


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_every_outcome_is_reached_by_some_path(tree: DecisionTree) -> None:
    reached = {outcome for _, outcome in enumerate_paths(tree)}
    assert reached == {o.id for o in tree.outcomes}


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_tree_metadata_is_complete(tree: DecisionTree) -> None:
    assert tree.category in CATEGORIES
    assert tree.comparison, "every shipped tree has a comparison table"
    assert len(tree.keywords) >= 3
    for q in tree.questions:
        assert q.prompt.endswith("?"), f"{q.id}: a prompt is a question"


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_every_outcome_is_complete_and_sourced(tree: DecisionTree) -> None:
    for outcome in tree.outcomes:
        assert outcome.reasons and outcome.sources and outcome.as_of
        assert outcome.as_of <= tree.as_of, f"{outcome.id}: checked after the tree itself"
        hosts = set()
        for source in outcome.sources:
            url = urlparse(source.url)
            assert url.scheme == "https", source.url
            assert url.hostname in DOC_HOSTS, f"{outcome.id}: {source.url} is not AWS docs"
            hosts.add(url.hostname)
        assert "docs.aws.amazon.com" in hosts, f"{outcome.id}: cite the AWS documentation"
        assert set(outcome.compare) == {c.id for c in tree.comparison}
        assert outcome.sketch.nodes


# Facts the study notes got wrong (content-guide section 3), as phrases that must never
# appear in shipped content. Each pattern names the row it guards.
STALE = {
    "row 6: reservations save up to 72%, not 75%": r"\b75 ?%",
    "row 9: Spot blocks ended in 2022": r"(?i)spot blocks? (give|gives|guarantee|provide)",
    "row 21: deregistration delay defaults to 300 s": r"(?i)default(s)? (of |is |to )?100 ?s",
    "row 30: up to 15 read replicas": r"(?i)up to (5|five) read replicas",
    "row 35: Aurora Global has up to 10 secondaries": r"(?i)up to (5|five) secondary",
    "row 40: Lambda memory reaches 10,240 MB": r"3,?00[08] ?MB",
    "row 43: the SSE-S3 header value is AES256": r"aws:sse\b",
    "row 34: Aurora failover is not instantaneous": r"(?i)instantaneous",
}


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.stem)
def test_no_stale_fact_from_the_notes(path: object) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    for why, pattern in STALE.items():
        match = re.search(pattern, text)
        assert match is None, f"{why}: found {match.group(0)!r}"

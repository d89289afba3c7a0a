"""Sketch layout: columns follow the arrows, groups enclose their members, kinds are complete."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from itertools import pairwise
from typing import get_args

import pytest

from aws_advisor.core.diagrams.sketch_kinds import CATEGORY_COLOURS, GROUP_KIND_NAMES, SKETCH_KINDS
from aws_advisor.core.diagrams.sketch_layout import (
    layout_sketch,
    sketch_columns,
)
from aws_advisor.core.diagrams.sketch_parts import PlacedGroup, SketchLayout
from aws_advisor.core.resources import resource_path, shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.model import (
    NodeKind,
    Outcome,
    Sketch,
    SketchEdge,
    SketchGroup,
    SketchNode,
)

Box = tuple[float, float, float, float]

WEB_APP = Sketch(
    nodes=(
        SketchNode("users", "users"),
        SketchNode("dns", "route53"),
        SketchNode("lb", "alb", "Public load balancer", group="public"),
        SketchNode("app_a", "ec2", "App server A", group="az_a"),
        SketchNode("app_b", "ec2", "App server B", group="az_b"),
        SketchNode("db", "rds", "Primary database", group="az_a"),
        SketchNode("standby", "rds", "Standby", group="az_b"),
        SketchNode("logs", "s3"),
    ),
    groups=(
        SketchGroup("region", "region", "eu-west-1"),
        SketchGroup("vpc", "vpc", parent="region"),
        SketchGroup("public", "subnet", "Public subnet", parent="vpc"),
        SketchGroup("az_a", "az", "Zone A", parent="vpc"),
        SketchGroup("az_b", "az", "Zone B", parent="vpc"),
    ),
    edges=(
        SketchEdge("users", "dns", "DNS query"),
        SketchEdge("users", "lb", "HTTPS"),
        SketchEdge("lb", "app_a", "HTTP"),
        SketchEdge("lb", "app_b", "HTTP"),
        SketchEdge("app_a", "db", "SQL"),
        SketchEdge("app_b", "db", "SQL"),
        SketchEdge("db", "standby", "synchronous replication"),
        SketchEdge("db", "app_a", "results"),  # the reverse of app_a -> db
        SketchEdge("app_a", "logs"),
    ),
)


def inside(inner: Box, outer: Box, margin: float = 0.0) -> bool:
    return (
        inner[0] >= outer[0] + margin - 1e-9
        and inner[1] >= outer[1] + margin - 1e-9
        and inner[0] + inner[2] <= outer[0] + outer[2] - margin + 1e-9
        and inner[1] + inner[3] <= outer[1] + outer[3] - margin + 1e-9
    )


def apart(a: Box, b: Box) -> bool:
    return (
        a[0] + a[2] <= b[0] + 1e-9
        or b[0] + b[2] <= a[0] + 1e-9
        or a[1] + a[3] <= b[1] + 1e-9
        or b[1] + b[3] <= a[1] + 1e-9
    )


def letters(lines: Sequence[str]) -> str:
    """The text without its spaces: what wrapping may move but never drop."""
    return "".join("".join(lines).split())


def box(item: PlacedGroup) -> Box:
    return (item.x, item.y, item.w, item.h)


def check_layout(sketch: Sketch, layout: SketchLayout) -> None:
    groups = {g.id: g for g in layout.groups}
    nodes = {n.id: n for n in layout.nodes}
    # Every node sits inside its group, every group inside its parent, with padding.
    for node in layout.nodes:
        if node.group is not None:
            assert inside((node.x, node.y, node.w, node.h), box(groups[node.group]), 0.5)
    for group in layout.groups:
        if group.parent is not None:
            assert inside(box(group), box(groups[group.parent]), 0.5)
            assert group.depth == groups[group.parent].depth + 1
    # Groups of one container never overlap; nodes never overlap anything but their groups.
    for a in layout.groups:
        for b in layout.groups:
            if a.id < b.id and a.parent == b.parent:
                assert apart(box(a), box(b)), (a.id, b.id)
    node_boxes = [(n.x, n.y, n.w, n.h) for n in layout.nodes]
    labels = [e.label_box for e in layout.edges if e.label_box is not None]
    everything = node_boxes + labels
    for i, first in enumerate(everything):
        for second in everything[i + 1 :]:
            assert apart(first, second), (first, second)
    for n in layout.nodes:
        assert inside((n.x, n.y, n.w, n.h), (0, 0, layout.width, layout.height))
    for label in labels:
        assert inside(label, (0, 0, layout.width, layout.height))
    # Arrows run from their source's icon to their target's.
    for edge in layout.edges:
        src, dst = nodes[edge.source], nodes[edge.target]
        (x0, y0), (x1, y1) = edge.points[0], edge.points[-1]
        assert src.icon[1] <= y0 <= src.icon[1] + src.icon[2]
        assert dst.icon[1] <= y1 <= dst.icon[1] + dst.icon[2]
        if edge.source != edge.target:
            assert x0 == pytest.approx(src.icon[0]) or x0 == pytest.approx(sum(src.icon[::2]))
            assert x1 == pytest.approx(dst.icon[0]) or x1 == pytest.approx(sum(dst.icon[::2]))
    # Arrows run straight or at right angles, inside the picture, and never through a node
    # other than their own two.
    for edge in layout.edges:
        for (xa, ya), (xb, yb) in pairwise(edge.points):
            assert xa == pytest.approx(xb) or ya == pytest.approx(yb), edge.points
            for y in (ya, yb):
                assert 0 <= y <= layout.height
            part = (min(xa, xb), min(ya, yb), abs(xa - xb), abs(ya - yb))
            for n in layout.nodes:
                if n.id not in (edge.source, edge.target):
                    assert apart(part, (n.x, n.y, n.w, n.h)), (edge.source, edge.target, n.id)
    # Every node is labelled, in full: its own label or its service name; no label is cut.
    for written in sketch.nodes:
        placed = nodes[written.id]
        assert placed.text == (written.label or SKETCH_KINDS[written.kind].name)
        assert placed.lines and all(placed.lines)
        assert letters(placed.lines) == letters([placed.text])
    for edge in layout.edges:
        assert letters(edge.label_lines) == letters([edge.label])


def test_columns_follow_the_arrows_left_to_right() -> None:
    columns = sketch_columns(WEB_APP)
    assert columns == {
        "users": 0,
        "dns": 1,
        "lb": 1,
        "app_a": 2,
        "app_b": 2,
        "db": 3,
        "logs": 3,
        "standby": 4,
    }
    layout = layout_sketch(WEB_APP)
    x = {n.id: n.x for n in layout.nodes}
    for edge in WEB_APP.edges:
        if (edge.source, edge.target) != ("db", "app_a"):  # closes a cycle: ignored
            assert columns[edge.target] > columns[edge.source]
            assert x[edge.target] > x[edge.source]
    check_layout(WEB_APP, layout)


def test_groups_enclose_their_members_and_nested_groups() -> None:
    layout = layout_sketch(WEB_APP)
    groups = {g.id: g for g in layout.groups}
    assert [g.id for g in layout.groups][:2] == ["region", "vpc"]  # outer first
    assert groups["vpc"].label == GROUP_KIND_NAMES["vpc"]  # no label given
    for node in layout.nodes:
        chain = []
        group = node.group
        while group is not None:
            chain.append(group)
            group = groups[group].parent
        for group_id in chain:
            g = groups[group_id]
            assert inside((node.x, node.y, node.w, node.h), box(g), 0.5), (node.id, group_id)
    check_layout(WEB_APP, layout)


def test_members_of_a_group_stay_together_within_a_column() -> None:
    layout = layout_sketch(WEB_APP)
    by_column: dict[int, list[tuple[float, str | None]]] = {}
    for node in layout.nodes:
        by_column.setdefault(node.column, []).append((node.y, node.group))
    for column in by_column.values():
        order = [group for _, group in sorted(column, key=lambda item: item[0])]
        runs = [g for i, g in enumerate(order) if i == 0 or order[i - 1] != g]
        assert len(runs) == len(set(runs)), order  # each group's members are contiguous


def test_an_arrow_and_its_reverse_run_side_by_side_with_both_labels() -> None:
    layout = layout_sketch(WEB_APP)
    edges = {(e.source, e.target): e for e in layout.edges}
    there, back = edges[("app_a", "db")], edges[("db", "app_a")]
    assert there.points[0][1] < back.points[0][1]
    assert there.label_box is not None and back.label_box is not None
    assert apart(there.label_box, back.label_box)


def test_an_arrow_that_skips_a_column_goes_round_the_node_in_between() -> None:
    sketch = Sketch(
        nodes=(
            SketchNode("queue", "sqs"),
            SketchNode("api", "api_gateway"),
            SketchNode("fn", "lambda"),
        ),
        edges=(
            SketchEdge("queue", "api", "first"),
            SketchEdge("api", "fn", "invokes"),
            SketchEdge("queue", "fn", "batches"),
        ),
    )
    layout = layout_sketch(sketch)
    check_layout(sketch, layout)
    nodes = {n.id: n for n in layout.nodes}
    skip = next(e for e in layout.edges if (e.source, e.target) == ("queue", "fn"))
    assert len(skip.points) > 2
    api = nodes["api"]
    assert skip.label_box is not None and apart(skip.label_box, (api.x, api.y, api.w, api.h))


def test_an_arrow_back_to_the_left_goes_round_the_nodes_in_between() -> None:
    sketch = Sketch(
        nodes=(SketchNode("a", "ec2"), SketchNode("b", "alb"), SketchNode("c", "rds")),
        edges=(SketchEdge("a", "b"), SketchEdge("b", "c"), SketchEdge("c", "a", "replies")),
    )
    layout = layout_sketch(sketch)
    check_layout(sketch, layout)
    back = next(e for e in layout.edges if (e.source, e.target) == ("c", "a"))
    assert len(back.points) > 2


def test_long_labels_wrap_in_full_instead_of_being_cut() -> None:
    label = "inbound IPv6, if routes and security group allow, and the network ACL too"
    sketch = Sketch(
        nodes=(
            SketchNode("net", "internet", "The IPv6 internet, for clients far and near"),
            SketchNode("igw", "internet_gateway"),
        ),
        edges=(SketchEdge("net", "igw", label),),
    )
    layout = layout_sketch(sketch)
    check_layout(sketch, layout)
    assert len(layout.edges[0].label_lines) > 2


def test_an_outcome_gives_its_title_and_a_lone_node_works() -> None:
    single = Sketch(nodes=(SketchNode("fs", "efs"),))
    layout = layout_sketch(single)
    assert [n.text for n in layout.nodes] == ["EFS"]
    assert layout.width > 0 and layout.height > 0
    catalog = load_catalog(shipped_tree_dir())
    outcome: Outcome | None = next((o for t in catalog.trees.values() for o in t.outcomes), None)
    if outcome is not None:
        assert layout_sketch(outcome).title == outcome.title


SHIPPED = load_catalog(shipped_tree_dir())
SHIPPED_OUTCOMES = [
    pytest.param(o, id=f"{t.id}-{o.id}") for t in SHIPPED.trees.values() for o in t.outcomes
]


@pytest.mark.parametrize("outcome", SHIPPED_OUTCOMES)
def test_every_shipped_sketch_lays_out_cleanly(outcome: Outcome) -> None:
    check_layout(outcome.sketch, layout_sketch(outcome))


def test_every_node_kind_has_a_table_entry_and_an_icon() -> None:
    kinds = set(get_args(NodeKind))
    assert set(SKETCH_KINDS) == kinds
    for kind, info in SKETCH_KINDS.items():
        assert info.name and info.category in CATEGORY_COLOURS
        path = resource_path("icons", "kinds", f"{kind}.svg")
        assert path.is_file(), f"no icon for {kind}"
        svg = ET.parse(path).getroot()
        assert svg.tag == "{http://www.w3.org/2000/svg}svg"
        assert svg.get("viewBox") == "0 0 48 48"
        assert CATEGORY_COLOURS[info.category] in path.read_text(encoding="utf-8")


def test_networkx_is_imported_only_when_a_sketch_is_laid_out() -> None:
    code = (
        "import sys; import aws_advisor.core.diagrams.sketch_layout as s;"
        "print('networkx' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"

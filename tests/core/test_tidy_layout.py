"""The tidy tree layout: the drawing rules hold on hand-made and random trees."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from aws_advisor.core.diagrams.tidy_layout import TidyLayout, tidy_layout

Tree = list[list[int]]

SIBLING_GAP = 1.0
SUBTREE_GAP = 2.0


def random_tree(n: int, seed: int) -> tuple[Tree, list[float], list[float]]:
    """An ordered tree of n nodes in pre-order-free numbering, with random box sizes."""
    rng = random.Random(seed)
    children: Tree = [[] for _ in range(n)]
    order = list(range(1, n))
    rng.shuffle(order)
    placed = [0]
    for v in order:
        # Favour recent nodes sometimes, so both bushy and deep shapes appear.
        parent = (
            placed[-rng.randint(1, min(len(placed), 4))]
            if rng.random() < 0.4
            else (rng.choice(placed))
        )
        children[parent].insert(rng.randint(0, len(children[parent])), v)
        placed.append(v)
    widths = [rng.uniform(0.5, 9.0) for _ in range(n)]
    heights = [rng.uniform(0.5, 4.0) for _ in range(n)]
    return children, widths, heights


def boxes(layout: TidyLayout, widths: list[float], heights: list[float]) -> list[tuple[float, ...]]:
    return [
        (
            layout.x[v] - widths[v] / 2,
            layout.y[v],
            layout.x[v] + widths[v] / 2,
            layout.y[v] + heights[v],
        )
        for v in range(len(widths))
    ]


def assert_no_overlap(layout: TidyLayout, widths: list[float], heights: list[float]) -> None:
    box = boxes(layout, widths, heights)
    by_top = sorted(range(len(box)), key=lambda v: box[v][1])
    # Boxes on different levels are apart vertically; on one level, check neighbours in x.
    for a in range(len(box)):
        for b in range(a + 1, len(box)):
            if box[b][1] >= box[a][3] or box[a][1] >= box[b][3]:
                continue
            assert box[a][2] <= box[b][0] + 1e-9 or box[b][2] <= box[a][0] + 1e-9, (a, b)
    assert by_top  # the tree is not empty


def edges(children: Tree) -> list[tuple[int, int]]:
    return [(p, c) for p, kids in enumerate(children) for c in kids]


def _cross(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> float:
    return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])


def segments_cross(a: tuple[tuple[float, float], ...], b: tuple[tuple[float, float], ...]) -> bool:
    """Proper crossing of two segments (touching at a shared end point does not count)."""
    (p1, p2), (p3, p4) = a, b
    if {p1, p2} & {p3, p4}:
        return False
    d1, d2 = _cross(p3, p4, p1), _cross(p3, p4, p2)
    d3, d4 = _cross(p1, p2, p3), _cross(p1, p2, p4)
    return (d1 > 0) != (d2 > 0) and (d3 > 0) != (d4 > 0) and 0 not in (d1, d2, d3, d4)


def assert_no_crossing_edges(layout: TidyLayout, children: Tree, heights: list[float]) -> None:
    """Straight edges from a parent's bottom centre to its children's top centres."""
    segs = [
        ((layout.x[p], layout.y[p] + heights[p]), (layout.x[c], layout.y[c]))
        for p, c in edges(children)
    ]
    for i, a in enumerate(segs):
        for b in segs[i + 1 :]:
            assert not segments_cross(a, b), (a, b)


def assert_parents_centred_and_order_kept(layout: TidyLayout, children: Tree) -> None:
    for v, kids in enumerate(children):
        if kids:
            assert layout.x[v] == pytest.approx(
                (layout.x[kids[0]] + layout.x[kids[-1]]) / 2, abs=1e-6
            )
            xs = [layout.x[c] for c in kids]
            assert xs == sorted(xs) and len(set(xs)) == len(xs)


def assert_levels_keep_tree_order(layout: TidyLayout, children: Tree) -> None:
    """Left to right on every level follows the tree's left-to-right (pre-)order."""
    preorder: list[int] = []
    stack = [0]
    while stack:
        v = stack.pop()
        preorder.append(v)
        stack.extend(reversed(children[v]))
    levels: dict[int, list[int]] = {}
    for v in preorder:
        levels.setdefault(layout.depth[v], []).append(v)
    for row in levels.values():
        assert all(layout.x[a] < layout.x[b] for a, b in pairwise(row))


def check_all(children: Tree, widths: list[float], heights: list[float]) -> TidyLayout:
    layout = tidy_layout(
        children, widths, heights, sibling_gap=SIBLING_GAP, subtree_gap=SUBTREE_GAP
    )
    assert_no_overlap(layout, widths, heights)
    assert_no_crossing_edges(layout, children, heights)
    assert_parents_centred_and_order_kept(layout, children)
    assert_levels_keep_tree_order(layout, children)
    left = min(layout.x[v] - widths[v] / 2 for v in range(len(widths)))
    assert left == pytest.approx(0.0)
    return layout


@pytest.mark.parametrize("seed", range(40))
def test_random_trees_are_drawn_tidily(seed: int) -> None:
    n = random.Random(seed).randint(2, 120)
    check_all(*random_tree(n, seed))


def test_siblings_keep_the_sibling_gap_and_cousins_the_subtree_gap() -> None:
    leaves = check_all([[1, 2], [], []], [2.0] * 3, [1.0] * 3)
    assert leaves.x[2] - leaves.x[1] == pytest.approx(2.0 + SIBLING_GAP)
    #      0
    #    1   2      3 and 4 are cousins: they keep the wider subtree gap,
    #   3     4     which pushes their parents apart too.
    layout = check_all([[1, 2], [3], [4], [], []], [2.0] * 5, [1.0] * 5)
    assert layout.x[4] - layout.x[3] == pytest.approx(2.0 + SUBTREE_GAP)
    assert layout.x[2] - layout.x[1] == pytest.approx(2.0 + SUBTREE_GAP)


def test_wide_subtrees_push_apart_and_small_ones_in_between_are_spread() -> None:
    # Root with three children; the outer two have wide subtrees, the middle one is a leaf.
    children: Tree = [[1, 2, 3], [4, 5, 6], [], [7, 8, 9], [], [], [], [], [], []]
    widths = [3.0] * 10
    layout = check_all(children, widths, [1.0] * 10)
    gap_left = layout.x[2] - layout.x[1]
    gap_right = layout.x[3] - layout.x[2]
    assert gap_left == pytest.approx(gap_right)  # the middle leaf sits halfway
    assert layout.x[7] - 1.5 - (layout.x[6] + 1.5) >= SUBTREE_GAP - 1e-9


def test_boxes_of_different_widths_do_not_overlap_and_levels_stack() -> None:
    children: Tree = [[1, 2, 3], [], [4], [], []]
    widths = [10.0, 1.0, 12.0, 3.0, 0.5]
    heights = [3.0, 1.0, 2.0, 4.0, 1.0]
    layout = check_all(children, widths, heights)
    assert layout.y == (0.0, 4.0, 4.0, 4.0, 4.0 + 4.0 + 1.0)
    assert layout.height == pytest.approx(4.0 + 4.0 + 1.0 + 1.0)
    assert layout.width == pytest.approx(
        max(x + w / 2 for x, w in zip(layout.x, widths, strict=True))
    )


def test_a_single_node_and_a_chain() -> None:
    single = tidy_layout([[]], [4.0])
    assert single.x == (2.0,) and single.y == (0.0,) and single.width == 4.0
    chain = tidy_layout([[1], [2], []], [2.0, 6.0, 2.0])
    assert chain.x[0] == chain.x[1] == chain.x[2] == pytest.approx(3.0)


def test_the_same_input_gives_the_same_output() -> None:
    children, widths, heights = random_tree(500, seed=7)
    first = tidy_layout(children, widths, heights)
    again = tidy_layout([list(c) for c in children], list(widths), list(heights))
    assert first == again


def test_a_root_other_than_node_zero() -> None:
    children: Tree = [[], [0, 2], []]
    layout = tidy_layout(children, [1.0, 1.0, 1.0], root=1)
    assert layout.depth == (1, 0, 1)
    assert layout.x[1] == pytest.approx((layout.x[0] + layout.x[2]) / 2)


def test_twenty_thousand_nodes_deep_and_wide_need_no_recursion() -> None:
    n = 20_000
    chain: Tree = [[v + 1] for v in range(n - 1)] + [[]]  # depth 20,000
    deep = tidy_layout(chain, [1.0] * n)
    assert deep.depth[-1] == n - 1
    children, widths, heights = random_tree(n, seed=3)
    layout = tidy_layout(children, widths, heights)
    assert_parents_centred_and_order_kept(layout, children)
    assert_levels_keep_tree_order(layout, children)
    levels: dict[int, list[int]] = {}
    for v in range(n):
        levels.setdefault(layout.depth[v], []).append(v)
    for row in levels.values():
        row.sort(key=lambda v: layout.x[v])
        for a, b in pairwise(row):
            assert layout.x[b] - widths[b] / 2 >= layout.x[a] + widths[a] / 2 + SIBLING_GAP - 1e-6


@pytest.mark.parametrize(
    ("children", "message"),
    [
        ([[1], [0]], "not a valid child"),
        ([[1, 1], []], "not a valid child"),
        ([[1], [], []], "not reachable"),
        ([[5]], "not a valid child"),
    ],
)
def test_input_that_is_not_a_tree_is_refused(children: Tree, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        tidy_layout(children, [1.0] * len(children))

"""Tidy drawing of an ordered rooted tree, top-down, in linear time.

Walker's algorithm as made linear by Buchheim, Jünger and Leipert ("Improving Walker's
Algorithm to Run in Linear Time", 2002), extended to nodes of different widths: the
distance kept between two neighbours on a level is half of each width plus a gap.

What the drawing guarantees:

- nodes on one level never overlap, and keep at least ``sibling_gap`` (siblings) or
  ``subtree_gap`` (other neighbours) between their boxes;
- every parent is centred over its first and last child, and children keep their order;
- levels are stacked top-down, each as tall as its tallest node, so straight edges from
  a parent's bottom to its children's tops never cross;
- equal input gives equal output (only deterministic float arithmetic).

Both passes are iterative, so deep trees need no recursion limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class TidyLayout:
    """Positions for a tree's nodes, indexed like the input.

    ``x`` is the centre of each node, ``y`` its top, ``depth`` its level (root 0).
    The drawing starts at x = 0 (the left edge of the leftmost box) and y = 0.
    """

    x: tuple[float, ...]
    y: tuple[float, ...]
    depth: tuple[int, ...]
    width: float
    height: float


def tidy_layout(
    children: Sequence[Sequence[int]],
    widths: Sequence[float],
    heights: Sequence[float] | None = None,
    *,
    root: int = 0,
    sibling_gap: float = 1.0,
    subtree_gap: float = 2.0,
    level_gap: float = 1.0,
) -> TidyLayout:
    """Lay out the tree given by ``children`` (node index to its ordered child indices).

    Args:
        children: For each node, the indices of its children, left to right. Every node
            but ``root`` must be the child of exactly one node.
        widths: Width of each node's box.
        heights: Height of each node's box (default 1 for every node).
        root: Index of the root.
        sibling_gap: Space between the boxes of two siblings.
        subtree_gap: Space between neighbouring boxes that are not siblings.
        level_gap: Vertical space between one level's tallest box and the next level.

    Raises:
        ValueError: when the input is not a tree reachable from ``root``.
    """
    n = len(children)
    if len(widths) != n or (heights is not None and len(heights) != n):
        raise ValueError("children, widths and heights must have one entry per node")
    if n == 0:
        return TidyLayout((), (), (), 0.0, 0.0)
    if not 0 <= root < n:
        raise ValueError(f"root {root} is not a node index")
    if heights is None:
        heights = [1.0] * n

    order, parent, depth = _preorder(children, root)
    prelim = _first_walk(children, widths, parent, order, sibling_gap, subtree_gap)
    xs = _second_walk(children, prelim, order)

    left = min(xs[v] - widths[v] / 2 for v in range(n))
    right = max(xs[v] + widths[v] / 2 for v in range(n))
    levels = max(depth) + 1
    row = [0.0] * levels
    for v in range(n):
        if heights[v] > row[depth[v]]:
            row[depth[v]] = heights[v]
    top = [0.0] * levels
    for d in range(1, levels):
        top[d] = top[d - 1] + row[d - 1] + level_gap
    return TidyLayout(
        x=tuple(x - left for x in xs),
        y=tuple(top[depth[v]] for v in range(n)),
        depth=tuple(depth),
        width=right - left,
        height=top[-1] + row[-1],
    )


def _preorder(
    children: Sequence[Sequence[int]], root: int
) -> tuple[list[int], list[int], list[int]]:
    """Pre-order, parent and depth of every node; checks that the input is a tree."""
    n = len(children)
    parent = [-2] * n
    depth = [0] * n
    parent[root] = -1
    order: list[int] = []
    stack = [root]
    while stack:
        v = stack.pop()
        order.append(v)
        for c in children[v]:
            if not 0 <= c < n or parent[c] != -2:
                raise ValueError(f"node {c} is not a valid child of {v} (repeated or out of range)")
            parent[c] = v
            depth[c] = depth[v] + 1
        stack.extend(reversed(children[v]))
    if len(order) != n:
        raise ValueError(f"{n - len(order)} nodes are not reachable from the root")
    return order, parent, depth


def _first_walk(
    children: Sequence[Sequence[int]],
    widths: Sequence[float],
    parent: list[int],
    order: list[int],
    sibling_gap: float,
    subtree_gap: float,
) -> list[float]:
    """Preliminary x of every node relative to its parent's subtree; fills ``mod``.

    Returns ``prelim`` with each node's modifier appended after the n preliminary
    values, so the second walk gets both from one list.
    """
    n = len(children)
    prelim = [0.0] * n
    mod = [0.0] * n
    shift = [0.0] * n
    change = [0.0] * n
    thread = [-1] * n
    ancestor = list(range(n))
    number = [0] * n  # position among siblings
    for v in range(n):
        for i, c in enumerate(children[v]):
            number[c] = i
    half = [w / 2 for w in widths]

    def left_sibling(v: int) -> int:
        p = parent[v]
        return children[p][number[v] - 1] if p >= 0 and number[v] > 0 else -1

    def next_left(v: int) -> int:
        kids = children[v]
        return kids[0] if kids else thread[v]

    def next_right(v: int) -> int:
        kids = children[v]
        return kids[-1] if kids else thread[v]

    def apportion(v: int, default_ancestor: int) -> int:
        w = left_sibling(v)
        if w < 0:
            return default_ancestor
        p = parent[v]
        v_ip = v_op = v  # inside and outside contour of the right subtree
        v_im = w  # inside contour of the left forest
        v_om = children[p][0]  # outside contour of the left forest
        s_ip, s_op, s_im, s_om = mod[v_ip], mod[v_op], mod[v_im], mod[v_om]
        nr_im, nl_ip = next_right(v_im), next_left(v_ip)
        while nr_im >= 0 and nl_ip >= 0:
            v_im, v_ip = nr_im, nl_ip
            v_om, v_op = next_left(v_om), next_right(v_op)
            ancestor[v_op] = v
            # Contour nodes below the siblings' level are never siblings of each other.
            gap = half[v_im] + half[v_ip] + subtree_gap
            move = (prelim[v_im] + s_im) - (prelim[v_ip] + s_ip) + gap
            if move > 0:
                a = ancestor[v_im]
                if parent[a] != p:
                    a = default_ancestor
                subtrees = number[v] - number[a]
                change[v] -= move / subtrees
                shift[v] += move
                change[a] += move / subtrees
                prelim[v] += move
                mod[v] += move
                s_ip += move
                s_op += move
            s_im += mod[v_im]
            s_ip += mod[v_ip]
            s_om += mod[v_om]
            s_op += mod[v_op]
            nr_im, nl_ip = next_right(v_im), next_left(v_ip)
        if nr_im >= 0 and next_right(v_op) < 0:
            thread[v_op] = nr_im
            mod[v_op] += s_im - s_op
        if nl_ip >= 0 and next_left(v_om) < 0:
            thread[v_om] = nl_ip
            mod[v_om] += s_ip - s_om
            default_ancestor = v
        return default_ancestor

    def place(v: int) -> None:
        """Prelim and mod of ``v`` once all its children are placed."""
        kids = children[v]
        w = left_sibling(v)
        if kids:
            # Execute the shifts that apportion recorded, right to left.
            total_shift = total_change = 0.0
            for c in reversed(kids):
                prelim[c] += total_shift
                mod[c] += total_shift
                total_change += change[c]
                total_shift += shift[c] + total_change
            midpoint = (prelim[kids[0]] + prelim[kids[-1]]) / 2
            if w >= 0:
                prelim[v] = prelim[w] + half[w] + half[v] + sibling_gap
                mod[v] = prelim[v] - midpoint
            else:
                prelim[v] = midpoint
        elif w >= 0:
            prelim[v] = prelim[w] + half[w] + half[v] + sibling_gap

    # Post-order: a node is placed after its children, then apportioned against its
    # left siblings' subtrees (the recursive algorithm's loop body, unrolled).
    default_ancestor = [0] * n
    next_child = [0] * n
    stack = [order[0]]
    while stack:
        v = stack[-1]
        i = next_child[v]
        kids = children[v]
        if i < len(kids):
            if i == 0:
                default_ancestor[v] = kids[0]
            next_child[v] = i + 1
            stack.append(kids[i])
            continue
        stack.pop()
        place(v)
        p = parent[v]
        if p >= 0:
            default_ancestor[p] = apportion(v, default_ancestor[p])
    return prelim + mod


def _second_walk(
    children: Sequence[Sequence[int]], prelim_mod: list[float], order: list[int]
) -> list[float]:
    """Final x: each node's prelim plus the modifiers of all its ancestors."""
    n = len(children)
    xs = [0.0] * n
    offset = [0.0] * n  # sum of the ancestors' modifiers
    for v in order:  # pre-order: a parent's offset is known before its children's
        xs[v] = prelim_mod[v] + offset[v]
        below = offset[v] + prelim_mod[n + v]
        for c in children[v]:
            offset[c] = below
    return xs

"""Unfolding a decision tree's DAG into a plain tree of boxes, in pre-order.

A question or outcome reached by several answers gets a box under each of them; the
first box in pre-order is the original, every later one records it in ``first``. When
unfolding would make more than ``MAX_UNFOLDED_NODES`` boxes (shared questions under
shared questions multiply), later copies of a question become references without a
subtree of their own (``collapsed``).
"""

from __future__ import annotations

from dataclasses import dataclass

from aws_advisor.core.tree.model import DecisionTree

MAX_UNFOLDED_NODES = 50_000
"""Above this many boxes, copies of shared questions are references, not expanded."""


@dataclass
class Unfolded:
    """Parallel lists, one entry per box in pre-order (parents before children)."""

    refs: list[str]
    parents: list[int]
    options: list[str]
    labels: list[str]
    children: list[list[int]]
    first: list[int]
    sizes: list[int]
    collapsed: list[bool]
    any_collapsed: bool


def unfolded_size(tree: DecisionTree) -> int:
    """How many boxes the fully unfolded map would have (may be astronomically many)."""
    memo: dict[str, int] = {}
    stack = [tree.start]
    while stack:
        ref = stack[-1]
        question = tree.question(ref)
        pending = [o.next for o in question.options if o.next not in memo] if question else []
        if pending:
            stack.extend(pending)
            continue
        stack.pop()
        if ref not in memo:
            memo[ref] = 1 + (sum(memo[o.next] for o in question.options) if question else 0)
    return memo[tree.start]


def unfold(tree: DecisionTree) -> Unfolded:
    expand_copies = unfolded_size(tree) <= MAX_UNFOLDED_NODES
    out = Unfolded([], [], [], [], [], [], [], [], False)
    first_seen: dict[str, int] = {}
    stack: list[tuple[str, int, str, str]] = [(tree.start, -1, "", "")]
    while stack:
        ref, parent, option_id, label = stack.pop()
        i = len(out.refs)
        first = first_seen.setdefault(ref, i)
        out.refs.append(ref)
        out.parents.append(parent)
        out.options.append(option_id)
        out.labels.append(label)
        out.children.append([])
        out.first.append(first)
        if parent >= 0:
            out.children[parent].append(i)
        question = tree.question(ref)
        collapse = question is not None and first != i and not expand_copies
        out.collapsed.append(collapse)
        out.any_collapsed |= collapse
        if question is not None and not collapse:
            for option in reversed(question.options):
                stack.append((option.next, i, option.id, option.label))
    sizes = [1] * len(out.refs)
    for i in range(len(out.refs) - 1, 0, -1):  # pre-order: children come after parents
        sizes[out.parents[i]] += sizes[i]
    out.sizes = sizes
    return out

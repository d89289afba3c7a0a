"""The decision map: a tree's questions and outcomes, unfolded and laid out for drawing.

A tree is a DAG: a question may follow several answers. The map unfolds it into a plain
tree so every answer has its own branch; a node reached from several parents appears
under each of them, and every copy after the first (in pre-order) is marked ``shared``
with the key of the first. Options become labelled edges, outcomes the leaves.

Geometry is in abstract units: one line of the base font is ``LINE`` (1.0) high and an
average character ``MapMetrics.char_width`` wide. A view multiplies by its line height
in pixels, so the same layout serves every font scale.

Layout and state are separate: ``layout_decision_map`` (here) is the costly part and
depends only on the tree; ``map_state`` marks which nodes and edges the user's answers
light, rule out or leave open, and ``DecisionMapCache`` keeps layouts per tree.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple

from aws_advisor.core.diagrams.map_unfold import unfold
from aws_advisor.core.diagrams.text_wrap import text_width, wrap_text
from aws_advisor.core.diagrams.tidy_layout import tidy_layout
from aws_advisor.core.engine.session import Session, Step
from aws_advisor.core.tree.model import DecisionTree, Outcome

LINE = 1.0
"""Height of one text line, the map's unit."""

MapNodeKind = Literal["question", "outcome"]
NodeState = Literal["open", "on_path", "current", "reached", "ruled_out"]
"""open: still reachable; on_path: answered on the way here (lit); current: the question
to answer now; reached: the outcome the answers lead to; ruled_out: no longer reachable."""
EdgeState = Literal["open", "on_path", "ruled_out"]
LIT_STATES: frozenset[str] = frozenset({"on_path", "current", "reached"})

PathInput = Session | Iterable[Step] | Iterable[tuple[str, str]]
"""A session, its steps, or (question id, option id) pairs from the start."""


@dataclass(frozen=True)
class MapMetrics:
    """Text and spacing rules of the map, in units (``LINE`` = one text line)."""

    char_width: float = 0.45
    """Width of an average character of running text."""
    bold_factor: float = 1.14
    """How much wider outcome titles are, drawn in bold."""
    node_chars: int = 30
    node_lines: int = 0
    """0: a question is never cut short on the map (the longest shipped one takes ten lines)."""
    label_chars: int = 22
    label_lines: int = 3
    pad_x: float = 0.6
    pad_y: float = 0.35
    label_pad_x: float = 0.3
    min_node_width: float = 4.0
    sibling_gap: float = 0.8
    subtree_gap: float = 1.6
    stub: float = 0.8
    label_gap: float = 0.3


class MapNode(NamedTuple):
    """One box of the map. ``x``/``y`` is the top-left corner.

    Boxes and edges are named tuples rather than frozen dataclasses: just as immutable
    and typed, and several times cheaper to create, which counts at thousands of boxes.
    """

    key: str
    ref: str
    kind: MapNodeKind
    lines: tuple[str, ...]
    text: str
    x: float
    y: float
    w: float
    h: float
    depth: int
    parent: str | None
    option: str | None
    children: tuple[str, ...]
    size: int
    """Boxes in this node's subtree, itself included (the map is in pre-order)."""
    shared: bool = False
    same_as: str | None = None
    collapsed: bool = False
    """A shared copy drawn as a reference only; its subtree is under ``same_as``."""
    state: NodeState = "open"

    @property
    def cx(self) -> float:
        return self.x + self.w / 2


class MapEdge(NamedTuple):
    """An answer: from a question's box to the box it leads to, with its label."""

    key: str
    """The target's key: every box but the root has exactly one incoming edge."""
    source: str
    target: str
    option: str
    label: str
    label_lines: tuple[str, ...]
    label_box: tuple[float, float, float, float]
    """x, y, w, h of the label, centred over the target box."""
    points: tuple[tuple[float, float], ...]
    state: EdgeState = "open"


@dataclass(frozen=True)
class MapState:
    """Which boxes and edges the answers light, rule out or leave open."""

    nodes: tuple[NodeState, ...]
    edges: tuple[EdgeState, ...]
    path: tuple[str, ...]
    """Keys of the boxes on the path, from the root."""
    current: str | None
    reached: str | None


@dataclass(frozen=True)
class DecisionMap:
    """Everything a view needs to draw the map; nodes in pre-order, edges likewise."""

    tree_id: str
    version: str
    layout_key: tuple[object, ...]
    """Equal keys mean equal geometry: a view only re-styles when this is unchanged."""
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    width: float
    height: float
    collapsed: bool = False
    """True when shared copies were drawn as references because the tree was too large."""
    path: tuple[str, ...] = ()
    current: str | None = None
    reached: str | None = None

    @cached_property
    def index(self) -> dict[str, int]:
        """Position of each node key in ``nodes``; node i's incoming edge is ``edges[i - 1]``."""
        return {n.key: i for i, n in enumerate(self.nodes)}

    def node(self, key: str) -> MapNode:
        return self.nodes[self.index[key]]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building thousands of small tuples.

    The builders create no reference cycles, but their allocations would trigger
    collections that scan every live object again and again (a fifth of the time).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def layout_decision_map(tree: DecisionTree, metrics: MapMetrics | None = None) -> DecisionMap:
    """Unfold ``tree`` and lay it out top-down; every state is ``open``."""
    with gc_paused():
        return _layout(tree, metrics or MapMetrics())


def _layout(tree: DecisionTree, m: MapMetrics) -> DecisionMap:
    unfolded = unfold(tree)
    n = len(unfolded.refs)
    refs, parents, labels = unfolded.refs, unfolded.parents, unfolded.labels

    # Text boxes, measured once per distinct text (shared copies repeat theirs).
    boxes: dict[str, tuple[tuple[str, ...], float, float, MapNodeKind, str]] = {}
    for ref in set(refs):
        item = tree.nodes[ref]
        if isinstance(item, Outcome):
            text, kind, cw = item.title, "outcome", m.char_width * m.bold_factor
        else:
            text, kind, cw = item.prompt, "question", m.char_width
        lines = wrap_text(text, m.node_chars, m.node_lines)
        w = max(m.min_node_width, max(map(text_width, lines)) * cw + 2 * m.pad_x)
        boxes[ref] = (lines, w, len(lines) * LINE + 2 * m.pad_y, kind, text)  # type: ignore[assignment]
    answer_boxes: dict[str, tuple[tuple[str, ...], float, float]] = {"": ((), 0.0, 0.0)}
    for label in set(labels):
        if label not in answer_boxes:
            lines = wrap_text(label, m.label_chars, m.label_lines)
            w = max(map(text_width, lines)) * m.char_width + 2 * m.label_pad_x
            answer_boxes[label] = (lines, w, len(lines) * LINE)
    box = [boxes[ref] for ref in refs]
    answer = [answer_boxes[label] for label in labels]

    tidy = tidy_layout(
        unfolded.children,
        [max(b[1], a[1]) for b, a in zip(box, answer, strict=True)],
        sibling_gap=m.sibling_gap,
        subtree_gap=m.subtree_gap,
    )

    # Levels: each band holds the labels of the answers leading into it, then the boxes.
    depth = tidy.depth
    levels = max(depth) + 1
    box_band = [0.0] * levels
    label_band = [0.0] * levels
    for i in range(n):
        d = depth[i]
        box_band[d] = max(box_band[d], box[i][2])
        label_band[d] = max(label_band[d], answer[i][2])
    top = [0.0] * levels
    bus = [0.0] * levels
    for d in range(1, levels):
        bus[d] = top[d - 1] + box_band[d - 1] + m.stub
        top[d] = bus[d] + 2 * m.label_gap + label_band[d]

    keys = [f"n{i}" for i in range(n)]
    xs = tidy.x
    nodes: list[MapNode] = []
    edges: list[MapEdge] = []
    for i in range(n):
        cx = xs[i]
        d = depth[i]
        y = top[d]
        parent = parents[i]
        first = unfolded.first[i]
        lines, w, h, kind, text = box[i]
        key = keys[i]
        option = unfolded.options[i]
        nodes.append(
            MapNode(
                key,
                refs[i],
                kind,
                lines,
                text,
                cx - w / 2,
                y,
                w,
                h,
                d,
                keys[parent] if parent >= 0 else None,
                option or None,
                tuple([keys[c] for c in unfolded.children[i]]),
                unfolded.sizes[i],
                first != i,
                keys[first] if first != i else None,
                unfolded.collapsed[i],
            )
        )
        if parent >= 0:
            px = xs[parent]
            p_bottom = top[depth[parent]] + box[parent][2]
            if abs(px - cx) < 1e-9:
                points: tuple[tuple[float, float], ...] = ((px, p_bottom), (cx, y))
            else:
                points = ((px, p_bottom), (px, bus[d]), (cx, bus[d]), (cx, y))
            label_lines, lw, lh = answer[i]
            edges.append(
                MapEdge(
                    key,
                    keys[parent],
                    key,
                    option,
                    labels[i],
                    label_lines,
                    (cx - lw / 2, y - m.label_gap - lh, lw, lh),
                    points,
                )
            )
    return DecisionMap(
        tree_id=tree.id,
        version=tree.version,
        layout_key=(tree.id, tree.version, tree.content_hash, m),
        nodes=tuple(nodes),
        edges=tuple(edges),
        width=tidy.width,
        height=top[-1] + box_band[-1],
        collapsed=unfolded.any_collapsed,
    )

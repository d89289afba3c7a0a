"""The pieces of a laid-out architecture sketch: metrics, placed nodes, groups and edges.

``sketch_layout`` places them and ``sketch_routes`` runs the arrows between them; both
import this module, so neither imports the other's internals.
"""

from __future__ import annotations

from dataclasses import dataclass

from aws_advisor.core.diagrams.sketch_kinds import Category
from aws_advisor.core.tree.model import GroupKind, NodeKind

LINE = 1.0


@dataclass(frozen=True)
class SketchMetrics:
    """Sizes and spacing of a sketch, in units (one text line = 1.0)."""

    char_width: float = 0.45
    bold_factor: float = 1.14
    """How much wider group titles are, drawn in bold."""
    icon: float = 2.6
    label_chars: int = 16
    label_lines: int = 0  # no limit: a sketch never cuts a label
    edge_label_chars: int = 18
    edge_label_lines: int = 0
    node_pad: float = 0.3
    icon_gap: float = 0.25
    row_gap: float = 1.0
    column_gap: float = 2.4
    group_pad: float = 0.7
    group_title: float = 1.6
    margin: float = 0.5


@dataclass(frozen=True)
class PlacedNode:
    """A service with its icon square at the top and its label lines under it."""

    id: str
    kind: NodeKind
    category: Category
    lines: tuple[str, ...]
    text: str
    x: float
    y: float
    w: float
    h: float
    icon: tuple[float, float, float]
    """x, y and size of the icon square."""
    group: str | None
    column: int


@dataclass(frozen=True)
class PlacedGroup:
    """A box; ``depth`` 0 is outermost. Groups come outer-first, so drawing in order works."""

    id: str
    kind: GroupKind
    label: str
    x: float
    y: float
    w: float
    h: float
    depth: int
    parent: str | None


@dataclass(frozen=True)
class PlacedEdge:
    source: str
    target: str
    points: tuple[tuple[float, float], ...]
    label: str
    label_lines: tuple[str, ...]
    label_box: tuple[float, float, float, float] | None


@dataclass(frozen=True)
class SketchLayout:
    title: str
    nodes: tuple[PlacedNode, ...]
    groups: tuple[PlacedGroup, ...]
    edges: tuple[PlacedEdge, ...]
    width: float
    height: float
    outcome_id: str = ""

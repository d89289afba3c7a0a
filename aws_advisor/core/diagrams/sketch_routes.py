"""Arrows of an architecture sketch: where they run and where their labels go."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from aws_advisor.core.diagrams.sketch_parts import PlacedNode, SketchMetrics
from aws_advisor.core.diagrams.text_wrap import text_width, wrap_text
from aws_advisor.core.tree.model import SketchEdge

LINE = 1.0
Box = tuple[float, float, float, float]
"""x, y, width, height."""
Points = tuple[tuple[float, float], ...]


class Route(NamedTuple):
    points: Points
    label_lines: tuple[str, ...]
    label_box: Box | None


def route_edges(
    edges: Sequence[SketchEdge],
    nodes: dict[str, PlacedNode],
    gaps: dict[int, tuple[float, float]],
    m: SketchMetrics,
) -> list[Route]:
    """Arrows between icons: straight within a row, else with one vertical jog.

    The jog sits where the arrow is not shared with its siblings: right after the source
    when a node fans out, right before the target when arrows fan in. The label goes on
    the horizontal part that belongs to this arrow alone, in the gap between columns. An
    arrow and its reverse (reads / writes) run side by side, labels above and below; a
    label that would still touch a node or another label is moved down.
    """
    pairs = {(e.source, e.target) for e in edges if e.source != e.target}
    out_degree: dict[str, int] = {}
    in_degree: dict[str, int] = {}
    for source, target in pairs:
        out_degree[source] = out_degree.get(source, 0) + 1
        in_degree[target] = in_degree.get(target, 0) + 1
    routes: list[Route] = []
    obstacles: list[Box] = [(n.x, n.y, n.w, n.h) for n in nodes.values()]
    for edge in edges:
        src, dst = nodes[edge.source], nodes[edge.target]
        shift = 0.0
        if (edge.target, edge.source) in pairs:
            shift = -0.35 if dst.column > src.column else 0.35
        fan_in = in_degree.get(dst.id, 0) > 1 and out_degree.get(src.id, 0) == 1
        points, label_span, label_y = _route(src, dst, shift, fan_in, gaps)
        label_box = None
        lines: tuple[str, ...] = ()
        if edge.label:
            lines = wrap_text(edge.label, m.edge_label_chars, m.edge_label_lines)
            w = max(map(text_width, lines)) * m.char_width + 0.6
            h = len(lines) * LINE
            top = (
                label_y - h - 0.1 if shift < 0 else label_y + 0.1 if shift > 0 else label_y - h / 2
            )
            box = ((label_span[0] + label_span[1] - w) / 2, top, w, h)
            for _ in range(len(obstacles) + 1):
                clash = next((b for b in obstacles if _overlap(box, b)), None)
                if clash is None:
                    break
                box = (box[0], clash[1] + clash[3] + 0.1, w, h)
            obstacles.append(box)
            label_box = box
        routes.append(Route(points, lines, label_box))
    return routes


def _route(
    src: PlacedNode,
    dst: PlacedNode,
    shift: float,
    fan_in: bool,
    gaps: dict[int, tuple[float, float]],
) -> tuple[tuple[tuple[float, float], ...], tuple[float, float], float]:
    """Points of one arrow, and the x span and y of the part its label goes on."""
    sx, sy, ss = src.icon
    tx, ty, ts = dst.icon
    if src.id == dst.id:  # a loop over the icon
        top = sy - 0.8
        loop = (
            (sx + ss * 0.7, sy),
            (sx + ss * 0.7, top),
            (sx + ss * 0.3, top),
            (sx + ss * 0.3, sy),
        )
        return loop, (sx, sx + ss), top
    y0, y1 = sy + ss / 2 + shift, ty + ts / 2 + shift
    if dst.column <= src.column:  # closes a cycle: straight back to the left
        points = ((sx, y0), (tx + ts, y1))
        return points, (tx + ts, sx), (y0 + y1) / 2
    x0, x1 = sx + ss, tx
    last_gap = gaps.get(dst.column, (x0, x1))
    if abs(y0 - y1) < 1e-6:
        return ((x0, y0), (x1, y1)), last_gap, y0
    if fan_in or dst.column > src.column + 1:
        # Jog just before the target's column; the label rides the source's row.
        jog = last_gap[1] - 0.3 + shift
        first_gap = gaps.get(src.column + 1, (x0, jog))
        span = (first_gap[0], min(first_gap[1], jog))
        return ((x0, y0), (jog, y0), (jog, y1), (x1, y1)), span, y0
    # Jog just after the source; the label rides the target's row.
    jog = last_gap[0] + 0.3 + shift
    return ((x0, y0), (jog, y0), (jog, y1), (x1, y1)), (jog, last_gap[1]), y1


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]

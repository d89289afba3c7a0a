"""Arrows of an architecture sketch: where they run and where their labels go."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from aws_advisor.core.diagrams.sketch_parts import PlacedNode, SketchMetrics
from aws_advisor.core.diagrams.text_wrap import text_width, wrap_text
from aws_advisor.core.tree.model import SketchEdge

LINE = 1.0
CLEAR = 0.15
"""How far an arrow keeps from the boxes it passes (labels included)."""
LANE_GAP = 0.5
"""How far below or above a box a detour runs."""
Box = tuple[float, float, float, float]
"""x, y, width, height."""
Points = tuple[tuple[float, float], ...]


class Route(NamedTuple):
    points: Points
    label_lines: tuple[str, ...]
    label_box: Box | None


class _Path(NamedTuple):
    points: Points
    label_span: tuple[float, float]
    label_y: float
    detour: bool = False
    shift: float = 0.0


def route_edges(
    edges: Sequence[SketchEdge],
    nodes: dict[str, PlacedNode],
    gaps: dict[int, tuple[float, float]],
    m: SketchMetrics,
    titles: Sequence[Box] = (),
    frames: Sequence[Box] = (),
) -> list[Route]:
    """Arrows between icons, never through an icon, its label or a group's title.

    Within a row an arrow runs straight; otherwise it makes one vertical jog, where it is
    not shared with its siblings: right after the source when a node fans out, right
    before the target when arrows fan in. When that path would cross another node (an
    arrow that skips a column, or one back to the left), it detours along a free lane
    above or below the nodes in its way, off the groups' borders. An arrow and its
    reverse (reads / writes) run side by side. A label goes on the part of its arrow that
    belongs to it alone; one that would touch a node, another label or another arrow is
    moved down.
    """
    pairs = {(e.source, e.target) for e in edges if e.source != e.target}
    out_degree: dict[str, int] = {}
    in_degree: dict[str, int] = {}
    for source, target in pairs:
        out_degree[source] = out_degree.get(source, 0) + 1
        in_degree[target] = in_degree.get(target, 0) + 1
    node_boxes = {n.id: (n.x, n.y, n.w, n.h) for n in nodes.values()}
    paths: list[_Path] = []
    for edge in edges:
        src, dst = nodes[edge.source], nodes[edge.target]
        shift = 0.0
        if (edge.target, edge.source) in pairs:
            shift = -0.35 if dst.column > src.column else 0.35
        fan_in = in_degree.get(dst.id, 0) > 1 and out_degree.get(src.id, 0) == 1
        others = [b for i, b in node_boxes.items() if i not in (src.id, dst.id)] + list(titles)
        path = _route(src, dst, shift, fan_in, gaps, others, titles, frames)
        paths.append(path._replace(points=_simplify(path.points), shift=shift))

    routes: list[Route] = []
    obstacles: list[Box] = list(node_boxes.values())
    for index, (edge, path) in enumerate(zip(edges, paths, strict=True)):
        if not edge.label:
            routes.append(Route(path.points, (), None))
            continue
        lines = wrap_text(edge.label, m.edge_label_chars, m.edge_label_lines)
        w = max(map(text_width, lines)) * m.char_width + 0.6
        h = len(lines) * LINE
        y, shift = path.label_y, path.shift
        top = y + 0.1 if shift > 0 else y - h - 0.1 if shift < 0 else y - h / 2
        box = ((path.label_span[0] + path.label_span[1] - w) / 2, top, w, h)
        own = list(pairwise(path.points))
        lines_elsewhere = [
            _segment_box(p, q)
            for i, other in enumerate(paths)
            if i != index
            for p, q in pairwise(other.points)
            if not any(_shared((p, q), segment) for segment in own)
        ]
        blocking = obstacles + lines_elsewhere
        for _ in range(len(blocking) + 1):
            clash = next((b for b in blocking if _overlap(box, b)), None)
            if clash is None:
                break
            box = (box[0], clash[1] + clash[3] + 0.1, w, h)
        obstacles.append(box)
        routes.append(Route(path.points, lines, box))
    return routes


def _route(
    src: PlacedNode,
    dst: PlacedNode,
    shift: float,
    fan_in: bool,
    gaps: dict[int, tuple[float, float]],
    others: list[Box],
    titles: Sequence[Box],
    frames: Sequence[Box],
) -> _Path:
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
        return _Path(loop, (sx, sx + ss), top)
    y0, y1 = sy + ss / 2 + shift, ty + ts / 2 + shift
    if dst.column <= src.column:
        return _route_back(src, dst, y0, y1, shift, gaps, others, frames)
    x0, x1 = sx + ss, tx
    last_gap = gaps.get(dst.column, (x0, x1))
    first_gap = gaps.get(src.column + 1, (x0, x1))
    if abs(y0 - y1) < 1e-6 and _free(y0, x0, x1, others):
        return _Path(((x0, y0), (x1, y1)), last_gap, y0)
    jog_in = last_gap[1] - 0.3 + shift  # just before the target's column
    jog_out = last_gap[0] + 0.3 + shift  # just after the source (adjacent columns)
    if dst.column > src.column + 1:
        jog_out = first_gap[0] + 0.3 + shift
    # Jog before the target, the label on the source's row; or jog after the source, the
    # label on the target's row. Fan-ins and arrows that skip columns prefer the first.
    before = _Path(
        ((x0, y0), (jog_in, y0), (jog_in, y1), (x1, y1)),
        (first_gap[0], min(first_gap[1], jog_in)),
        y0,
    )
    after = _Path(((x0, y0), (jog_out, y0), (jog_out, y1), (x1, y1)), (jog_out, last_gap[1]), y1)
    preferred = [before, after] if fan_in or dst.column > src.column + 1 else [after, before]
    for path in preferred:
        if _path_free(path.points, others, titles):
            return path
    lane = _free_lane(y0, y1, jog_out, jog_in, others, frames)
    points = ((x0, y0), (jog_out, y0), (jog_out, lane), (jog_in, lane), (jog_in, y1), (x1, y1))
    return _Path(points, (jog_out, jog_in), lane, detour=True)


def _route_back(
    src: PlacedNode,
    dst: PlacedNode,
    y0: float,
    y1: float,
    shift: float,
    gaps: dict[int, tuple[float, float]],
    others: list[Box],
    frames: Sequence[Box],
) -> _Path:
    """An arrow back to the left (it closes a cycle): from the source's left side to the
    target's right side, with its vertical part in a gap between columns."""
    sx, _, _ = src.icon
    tx, _, ts = dst.icon
    x0, x1 = sx, tx + ts
    if dst.column == src.column:  # one above the other: round the column's left side
        x1 = tx
    if abs(y0 - y1) < 1e-6 and _free(y0, x1, x0, others):
        return _Path(((x0, y0), (x1, y1)), (x1, x0), y0)
    near_src = gaps.get(src.column, (x0 - 1.0, x0))[1] - 0.3 - shift
    near_dst = gaps.get(dst.column + 1, (x1, x1 + 1.0))[0] + 0.3 - shift
    if dst.column == src.column:
        near_dst = near_src
    for jog, span, y in ((near_dst, (near_dst, x0), y0), (near_src, (x1, near_src), y1)):
        points: Points = ((x0, y0), (jog, y0), (jog, y1), (x1, y1))
        if _path_free(points, others, ()):
            return _Path(points, span, y)
    lane = _free_lane(y0, y1, near_dst, near_src, others, frames)
    points = (
        (x0, y0),
        (near_src, y0),
        (near_src, lane),
        (near_dst, lane),
        (near_dst, y1),
        (x1, y1),
    )
    return _Path(points, (near_dst, near_src), lane, detour=True)


def _free(y: float, xa: float, xb: float, boxes: Sequence[Box]) -> bool:
    """Whether a horizontal line at ``y`` from ``xa`` to ``xb`` keeps clear of every box."""
    lo, hi = min(xa, xb), max(xa, xb)
    return not any(
        b[1] - CLEAR < y < b[1] + b[3] + CLEAR and lo < b[0] + b[2] and b[0] < hi for b in boxes
    )


def _path_free(points: Points, others: Sequence[Box], titles: Sequence[Box]) -> bool:
    """Horizontal parts clear of the other nodes; vertical parts clear of group titles."""
    for (xa, ya), (xb, yb) in pairwise(points):
        if abs(ya - yb) < 1e-6:
            if not _free(ya, xa, xb, others):
                return False
        elif any(_overlap(_segment_box((xa, ya), (xb, yb)), t) for t in titles):
            return False
    return True


def _free_lane(
    y0: float, y1: float, xa: float, xb: float, others: Sequence[Box], frames: Sequence[Box]
) -> float:
    """The height nearest both ends at which a line from ``xa`` to ``xb`` passes no box and
    does not run along a group's border."""
    lo, hi = min(xa, xb), max(xa, xb)
    in_way = [b for b in others if lo < b[0] + b[2] and b[0] < hi]
    borders = [y for f in frames if lo < f[0] + f[2] and f[0] < hi for y in (f[1], f[1] + f[3])]
    candidates = [y0, y1]
    for b in in_way:
        candidates += [b[1] - LANE_GAP, b[1] + b[3] + LANE_GAP]
    candidates += [y + d for y in borders for d in (-LANE_GAP, LANE_GAP)]
    free = [
        y
        for y in candidates
        if _free(y, lo, hi, in_way) and all(abs(y - border) > 0.45 for border in borders)
    ]
    if not free:  # boxes and borders leave no room: keep clear of the boxes at least
        free = [y for y in candidates if _free(y, lo, hi, in_way)]
    return min(free, key=lambda y: (abs(y - y0) + abs(y - y1), -y))


def _simplify(points: Points) -> Points:
    """The points without repeats and without corners that do not turn."""
    kept: list[tuple[float, float]] = []
    for point in points:
        if kept and abs(point[0] - kept[-1][0]) < 1e-6 and abs(point[1] - kept[-1][1]) < 1e-6:
            continue
        if len(kept) >= 2:
            (ax, ay), (bx, by) = kept[-2], kept[-1]
            if (abs(ax - bx) < 1e-6 and abs(bx - point[0]) < 1e-6) or (
                abs(ay - by) < 1e-6 and abs(by - point[1]) < 1e-6
            ):
                kept[-1] = point
                continue
        kept.append(point)
    return tuple(kept)


Segment = tuple[tuple[float, float], tuple[float, float]]


def _shared(a: Segment, b: Segment) -> bool:
    """Whether two straight parts run along the same line and overlap (a shared trunk)."""
    (ax0, ay0), (ax1, ay1) = a
    (bx0, by0), (bx1, by1) = b
    if abs(ay0 - ay1) < 1e-6 and abs(by0 - by1) < 1e-6 and abs(ay0 - by0) < 1e-6:
        return min(ax0, ax1) < max(bx0, bx1) and min(bx0, bx1) < max(ax0, ax1)
    if abs(ax0 - ax1) < 1e-6 and abs(bx0 - bx1) < 1e-6 and abs(ax0 - bx0) < 1e-6:
        return min(ay0, ay1) < max(by0, by1) and min(by0, by1) < max(ay0, ay1)
    return False


def _segment_box(p: tuple[float, float], q: tuple[float, float]) -> Box:
    """A thin box around one straight part of an arrow."""
    (xa, ya), (xb, yb) = p, q
    return (min(xa, xb) - 0.05, min(ya, yb) - 0.05, abs(xa - xb) + 0.1, abs(ya - yb) + 0.1)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]

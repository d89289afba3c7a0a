"""Layout of an outcome's architecture sketch: left to right, groups as enclosing boxes.

Nodes are placed in columns by topological generations of the edges (``graphlib``), so
every arrow points right. Columns are shared by the whole drawing; inside each group
(and at the top level) the members are stacked in rows, a member going into the first
row where its columns are free. A group's box spans its members' columns with padding
for every nesting level that starts or ends there, so boxes of one container never
overlap and nested boxes always lie inside their parent.

Geometry is in the same units as the decision map (one text line = 1.0).
"""

from __future__ import annotations

import graphlib
from dataclasses import dataclass, replace

from aws_advisor.core.diagrams.sketch_kinds import GROUP_KIND_NAMES, kind_info
from aws_advisor.core.diagrams.sketch_parts import (
    LINE,
    PlacedEdge,
    PlacedGroup,
    PlacedNode,
    SketchLayout,
    SketchMetrics,
)
from aws_advisor.core.diagrams.sketch_routes import Box, route_edges
from aws_advisor.core.diagrams.text_wrap import text_width, wrap_text
from aws_advisor.core.tree.model import Outcome, Sketch


def sketch_columns(sketch: Sketch) -> dict[str, int]:
    """Column of every node: its topological generation over the edges.

    Edges that would close a cycle (checked in file order) are ignored for the columns.
    """
    ids = [n.id for n in sketch.nodes]
    successors: dict[str, list[str]] = {node_id: [] for node_id in ids}
    for edge in sketch.edges:
        source, target = edge.source, edge.target
        if source == target or source not in successors or target not in successors:
            continue
        if _reaches(successors, target, source):
            continue
        successors[source].append(target)
    predecessors: dict[str, set[str]] = {node_id: set() for node_id in ids}
    for source, targets in successors.items():
        for target in targets:
            predecessors[target].add(source)
    sorter = graphlib.TopologicalSorter(predecessors)
    sorter.prepare()
    columns: dict[str, int] = {}
    column = 0
    while sorter.is_active():
        generation = sorter.get_ready()
        for node_id in generation:
            columns[node_id] = column
        sorter.done(*generation)
        column += 1
    return columns


def _reaches(successors: dict[str, list[str]], start: str, goal: str) -> bool:
    """Whether ``goal`` can be reached from ``start`` along the edges kept so far."""
    seen, stack = {start}, [start]
    while stack:
        node_id = stack.pop()
        if node_id == goal:
            return True
        for nxt in successors[node_id]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


def layout_sketch(sketch: Sketch | Outcome, metrics: SketchMetrics | None = None) -> SketchLayout:
    """Place the nodes, groups and arrows of a sketch (or of an outcome's sketch)."""
    m = metrics or SketchMetrics()
    title, outcome_id = "", ""
    if isinstance(sketch, Outcome):
        title, outcome_id = sketch.title, sketch.id
        sketch = sketch.sketch
    return _SketchLayouter(sketch, m).run(title, outcome_id)


@dataclass
class _Item:
    """A node or a group while it is being placed; positions relative to its container."""

    id: str
    is_group: bool
    order: int
    cmin: int = 0
    cmax: int = 0
    h: float = 0.0
    anchor: float = 0.0  # from the top to the centre line of the first row of icons
    y: float = 0.0  # top, relative to the container's content
    members: list[_Item] | None = None


class _SketchLayouter:
    def __init__(self, sketch: Sketch, metrics: SketchMetrics) -> None:
        self.sketch = sketch
        self.m = metrics
        self.columns = sketch_columns(sketch)
        self.groups = {g.id: g for g in sketch.groups}
        self._visiting: set[str] = set()  # guards against group cycles in unchecked input
        self._nest: dict[str, tuple[int, int]] = {}  # group: (levels opening, closing)
        self._gaps: dict[int, tuple[float, float]] = {}  # column: free space before it
        self._right_edge = 0.0
        self.node_lines: dict[str, tuple[str, ...]] = {}
        self.node_text: dict[str, str] = {}
        self.node_w: dict[str, float] = {}
        self.node_h: dict[str, float] = {}
        for node in sketch.nodes:
            text = node.label or kind_info(node.kind).name
            lines = wrap_text(text, metrics.label_chars, metrics.label_lines)
            self.node_text[node.id] = text
            self.node_lines[node.id] = lines
            label_w = max(map(text_width, lines)) * metrics.char_width
            self.node_w[node.id] = max(metrics.icon, label_w) + 2 * metrics.node_pad
            self.node_h[node.id] = metrics.icon + metrics.icon_gap + len(lines) * LINE

    # --- vertical: rows inside each container ---------------------------------------------

    def _build(self, container: str | None) -> list[_Item]:
        """The members of a container (None: the top level), each measured and placed."""
        items: list[_Item] = []
        for order, node in enumerate(self.sketch.nodes):
            if node.group == container:
                col = self.columns[node.id]
                h = self.node_h[node.id]
                items.append(_Item(node.id, False, order, col, col, h, self.m.icon / 2))
        big = len(self.sketch.nodes)
        for group in self.sketch.groups:
            if group.parent != container or group.id in self._visiting:
                continue
            self._visiting.add(group.id)
            members = self._build(group.id)
            self._visiting.discard(group.id)
            item = _Item(group.id, True, min((i.order for i in members), default=big))
            item.members = members
            if members:
                item.cmin = min(i.cmin for i in members)
                item.cmax = max(i.cmax for i in members)
            content_h, first_anchor = self._stack(members)
            item.h = self.m.group_title + content_h + self.m.group_pad
            item.anchor = self.m.group_title + first_anchor
            items.append(item)
        items.sort(key=lambda i: i.order)
        return items

    def _stack(self, items: list[_Item]) -> tuple[float, float]:
        """Put items in rows (first row whose columns are free); returns height, anchor."""
        rows: list[list[_Item]] = []
        for item in items:
            for row in rows:
                if all(item.cmax < o.cmin or item.cmin > o.cmax for o in row):
                    row.append(item)
                    break
            else:
                rows.append([item])
        top = 0.0
        first_anchor = 0.0
        for n, row in enumerate(rows):
            anchor = max(i.anchor for i in row)
            for item in row:
                item.y = top + anchor - item.anchor
            if n == 0:
                first_anchor = anchor
            top = max(i.y + i.h for i in row) + self.m.row_gap
        return (top - self.m.row_gap if rows else 0.0), first_anchor

    # --- horizontal: shared columns -------------------------------------------------------

    def _column_x(self, items: list[_Item], columns: int) -> tuple[list[float], list[float]]:
        """Left x and width of every column, leaving room for group padding and labels."""
        m = self.m
        width = [0.0] * columns
        for node in self.sketch.nodes:
            c = self.columns[node.id]
            width[c] = max(width[c], self.node_w[node.id])
        left_pad = [0] * (columns + 1)  # nesting levels of boxes opening at a column
        right_pad = [0] * (columns + 1)  # ... and closing at it

        def nest(item: _Item) -> tuple[int, int]:
            """Boxes that open at this item's first column and close at its last."""
            if not item.is_group:
                return 0, 0
            lo = hi = 0
            for child in item.members or []:
                cl, ch = nest(child)
                if child.cmin == item.cmin:
                    lo = max(lo, cl)
                if child.cmax == item.cmax:
                    hi = max(hi, ch)
            left_pad[item.cmin] = max(left_pad[item.cmin], lo + 1)
            right_pad[item.cmax] = max(right_pad[item.cmax], hi + 1)
            self._nest[item.id] = (lo + 1, hi + 1)
            return lo + 1, hi + 1

        for item in items:
            nest(item)
        label_room = [0.0] * (columns + 1)
        for edge in self.sketch.edges:
            if edge.label and edge.target in self.columns and edge.source in self.columns:
                c = max(self.columns[edge.target], self.columns[edge.source])
                lines = wrap_text(edge.label, m.edge_label_chars, m.edge_label_lines)
                label_room[c] = max(label_room[c], max(map(text_width, lines)) * m.char_width + 1.4)
        # A group's title must fit in its box: widen its last column when it does not.
        self._widen_for_titles(items, width)
        lefts = [0.0] * columns
        x = m.margin
        for c in range(columns):
            if c > 0:
                x += right_pad[c - 1] * m.group_pad
                free = max(m.column_gap, label_room[c])
                self._gaps[c] = (x, x + free)
                x += free
            x += left_pad[c] * m.group_pad
            lefts[c] = x
            x += width[c]
        self._right_edge = x + right_pad[columns - 1] * m.group_pad + m.margin if columns else x
        return lefts, width

    def _widen_for_titles(self, items: list[_Item], width: list[float]) -> None:
        m = self.m
        for item in items:
            if not item.is_group:
                continue
            self._widen_for_titles(item.members or [], width)
            label = self._group_label(item.id)
            lo, hi = self._nest.get(item.id, (1, 1))
            need = text_width(label) * m.char_width * m.bold_factor + 2 * 0.4
            have = sum(width[item.cmin : item.cmax + 1]) + (lo + hi) * m.group_pad
            have += (item.cmax - item.cmin) * m.column_gap
            if need > have:
                width[item.cmax] += need - have

    def _titles(self, groups: list[PlacedGroup]) -> list[Box]:
        """Where each group's title is written, for arrows to keep clear of."""
        m = self.m
        return [
            (g.x, g.y, text_width(g.label) * m.char_width * m.bold_factor + 2 * 0.4, m.group_title)
            for g in groups
        ]

    def _group_label(self, group_id: str) -> str:
        group = self.groups[group_id]
        return group.label or GROUP_KIND_NAMES[group.kind]

    # --- putting it together --------------------------------------------------------------

    def run(self, title: str, outcome_id: str) -> SketchLayout:
        m = self.m
        items = self._build(None)
        height, _ = self._stack(items)
        columns = max(self.columns.values(), default=0) + 1
        lefts, widths = self._column_x(items, columns)

        nodes: list[PlacedNode] = []
        groups: list[PlacedGroup] = []
        by_id = {n.id: n for n in self.sketch.nodes}

        def place(members: list[_Item], top: float, depth: int, parent: str | None) -> None:
            for item in members:
                y = top + item.y
                if item.is_group:
                    lo, hi = self._nest.get(item.id, (1, 1))
                    x0 = lefts[item.cmin] - lo * m.group_pad
                    x1 = lefts[item.cmax] + widths[item.cmax] + hi * m.group_pad
                    group = self.groups[item.id]
                    label = self._group_label(item.id)
                    groups.append(
                        PlacedGroup(
                            group.id, group.kind, label, x0, y, x1 - x0, item.h, depth, parent
                        )
                    )
                    place(item.members or [], y + m.group_title, depth + 1, item.id)
                else:
                    node = by_id[item.id]
                    c = item.cmin
                    w = self.node_w[node.id]
                    x = lefts[c] + (widths[c] - w) / 2
                    icon = (x + (w - m.icon) / 2, y, m.icon)
                    nodes.append(
                        PlacedNode(
                            node.id,
                            node.kind,
                            kind_info(node.kind).category,
                            self.node_lines[node.id],
                            self.node_text[node.id],
                            x,
                            y,
                            w,
                            self.node_h[node.id],
                            icon,
                            node.group,
                            c,
                        )
                    )

        place(items, m.margin, 0, None)
        placed = {n.id: n for n in nodes}
        edges = tuple(
            PlacedEdge(e.source, e.target, route.points, e.label or "", *route[1:])
            for e, route in zip(
                self.sketch.edges,
                route_edges(
                    self.sketch.edges,
                    placed,
                    self._gaps,
                    m,
                    self._titles(groups),
                    [(g.x, g.y, g.w, g.h) for g in groups],
                ),
                strict=True,
            )
        )
        layout = SketchLayout(
            title=title,
            nodes=tuple(placed[n.id] for n in self.sketch.nodes),
            groups=tuple(groups),
            edges=edges,
            width=self._right_edge,
            height=height + 2 * m.margin,
            outcome_id=outcome_id,
        )
        return _fit(layout, m.margin)


def _fit(layout: SketchLayout, margin: float) -> SketchLayout:
    """Move everything down when a label or an arrow's detour is above the top; grow to
    the lowest one."""
    labels = [e.label_box for e in layout.edges if e.label_box is not None]
    ys = [y for e in layout.edges for _, y in e.points]
    top = min([b[1] for b in labels] + ys, default=margin)
    bottom = max([b[1] + b[3] for b in labels] + ys, default=0.0)
    dy = max(0.0, margin - top)
    height = max(layout.height, bottom + margin) + dy
    if not dy:
        return replace(layout, height=height)

    def box(b: Box | None) -> Box | None:
        return None if b is None else (b[0], b[1] + dy, b[2], b[3])

    return replace(
        layout,
        nodes=tuple(
            replace(n, y=n.y + dy, icon=(n.icon[0], n.icon[1] + dy, n.icon[2]))
            for n in layout.nodes
        ),
        groups=tuple(replace(g, y=g.y + dy) for g in layout.groups),
        edges=tuple(
            replace(e, points=tuple((x, y + dy) for x, y in e.points), label_box=box(e.label_box))
            for e in layout.edges
        ),
        height=height,
    )

"""The decision map as a ``QGraphicsScene``: one item per box, one path per edge state.

Each box item also draws the label of the answer leading to it (every box but the root
has exactly one), so a map of thousands of boxes costs one Python item per box. Edges
are batched into one path per state. Re-styling after an answer touches only the items
whose state changed and rebuilds the three edge paths; the layout is never redone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from aws_advisor.core.diagrams.decision_map import (
    DecisionMap,
    EdgeState,
    MapEdge,
    MapNode,
    NodeState,
    gc_paused,
)
from aws_advisor.qt.diagrams.base import DiagramScene
from aws_advisor.qt.diagrams.style import DiagramStyle

MIN_TEXT_PIXELS = 4.0
"""Below this on-screen line height, text is not drawn (it could not be read anyway)."""

_Z_EDGE = {"ruled_out": -3.0, "open": -2.0, "on_path": -1.0}
"""Edges under the boxes (which keep the default z of 0), the lit path on top."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("DecisionMapView", text)


def node_tooltip(node: MapNode, original_label: str | None) -> str:
    """The full text of a box; a shared copy also says where the box first appears."""
    if not node.shared:
        return node.text
    if original_label:
        note = _tr("The same step as the box after the answer “{answer}”.").format(
            answer=original_label
        )
    else:
        note = _tr("The same step appears elsewhere in the map.")
    return f"{node.text}\n\n{note}"


class MapNodeItem(QGraphicsItem):
    """A question or outcome box, with the label of the answer that leads to it above.

    Built lean for maps of thousands of boxes: geometry is kept in scene coordinates (no
    ``setPos``), and tooltips and clicks are handled by the view, so creating an item
    makes no Qt call beyond its bounding rectangle.
    """

    def __init__(
        self,
        node: MapNode,
        edge: MapEdge | None,
        style: DiagramStyle,
        metrics: tuple[QFontMetricsF, QFontMetricsF],
        original_label: str | None = None,
    ) -> None:
        super().__init__()
        self.node = node
        self.edge = edge
        self.state: NodeState = node.state
        self._style = style
        self._metrics = metrics
        self._original_label = original_label
        u = style.unit
        halo = 0.6
        x0, y0 = node.x - halo, node.y - halo
        x1, y1 = node.x + node.w + halo, node.y + node.h + halo
        if edge is not None and edge.label_lines:
            lx, ly, lw, _ = edge.label_box
            x0, y0, x1 = min(x0, lx), min(y0, ly), max(x1, lx + lw)
        self._bounds = QRectF(x0 * u, y0 * u, (x1 - x0) * u, (y1 - y0) * u)
        self._text_cache: list[tuple[QPointF, str]] | None = None
        self._label_cache: list[tuple[QPointF, str]] | None = None

    @property
    def key(self) -> str:
        return self.node.key

    @property
    def box_rect(self) -> QRectF:
        """The box in scene coordinates."""
        n, u = self.node, self._style.unit
        return QRectF(n.x * u, n.y * u, n.w * u, n.h * u)

    @property
    def label_rect(self) -> QRectF:
        """The answer label in scene coordinates (empty for the root)."""
        if self.edge is None or not self.edge.label_lines:
            return QRectF()
        x, y, w, h = self.edge.label_box
        u = self._style.unit
        return QRectF(x * u, y * u, w * u, h * u)

    def tooltip_at(self, scene_pos: QPointF) -> str:
        """Full text of the answer label or of the box under ``scene_pos``."""
        if self.edge is not None and self.label_rect.contains(scene_pos):
            return self.edge.label
        return node_tooltip(self.node, self._original_label)

    def set_state(self, state: NodeState) -> None:
        if state != self.state:
            self.state = state
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _lines(
        self, lines: tuple[str, ...], rect: QRectF, pad_y: float, bold: bool = False
    ) -> list[tuple[QPointF, str]]:
        """Baseline positions of centred lines, each elided to the rectangle's width."""
        fm = self._metrics[1 if bold else 0]
        u = self._style.unit
        avail = rect.width() - u * 0.4
        placed = []
        for i, line in enumerate(lines):
            width = fm.horizontalAdvance(line)
            if width > avail:
                line = fm.elidedText(line, Qt.TextElideMode.ElideRight, avail)
                width = fm.horizontalAdvance(line)
            x = rect.left() + (rect.width() - width) / 2
            y = rect.top() + pad_y + i * u + self._style.ascent
            placed.append((QPointF(x, y), line))
        return placed

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s = self._style
        u = s.unit
        state = self.state
        node = self.node
        question = node.kind == "question"
        box = self.box_rect
        if state == "reached":
            fill, border, ink = s.reached_fill, s.lit.darker(130), s.reached_text
        elif state in ("on_path", "current"):
            fill, border, ink = s.lit_fill, s.lit, s.text
        elif state == "ruled_out":
            fill, border, ink = s.dim_fill, s.dim_border, s.dim_text
        else:
            fill, border, ink = s.box_fill, s.box_border, s.text
        width = u * (0.08 if state in ("open", "ruled_out") else 0.14)
        if not question:
            width *= 1.6
        if state == "current":
            halo = QColor(s.lit)
            halo.setAlphaF(0.35)
            painter.setPen(QPen(halo, u * 0.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = u * 0.7
            painter.drawRoundedRect(box.adjusted(-u * 0.2, -u * 0.2, u * 0.2, u * 0.2), r, r)
            width = u * 0.2
        pen = QPen(border, width)
        if node.shared:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        radius = u * (0.5 if question else 0.15)
        painter.drawRoundedRect(box, radius, radius)

        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod * u < MIN_TEXT_PIXELS:
            return
        if self._text_cache is None:
            pad_y = (node.h - len(node.lines)) * u / 2
            self._text_cache = self._lines(node.lines, box, pad_y, bold=not question)
        painter.setFont(s.bold if not question else s.font)
        painter.setPen(ink)
        for point, line in self._text_cache:
            painter.drawText(point, line)

        edge = self.edge
        if edge is not None and edge.label_lines:
            label = self.label_rect
            if self._label_cache is None:
                self._label_cache = self._lines(edge.label_lines, label, 0.0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(s.label_fill)
            painter.drawRoundedRect(label, u * 0.2, u * 0.2)
            painter.setFont(s.font)
            lit = state in ("on_path", "current", "reached")
            painter.setPen(s.lit if lit else s.dim_text if state == "ruled_out" else s.muted_text)
            for point, line in self._label_cache:
                painter.drawText(point, line)


class MapScene(DiagramScene):
    """The items of one laid-out map; ``restyle`` applies a new state to the same layout."""

    def __init__(self, dmap: DecisionMap, style: DiagramStyle) -> None:
        super().__init__(dmap, style)
        self.map = dmap
        metrics = (QFontMetricsF(style.font), QFontMetricsF(style.bold))
        self.node_items: list[MapNodeItem] = []
        edges: list[MapEdge | None] = [None, *dmap.edges]
        index = dmap.index
        with gc_paused():
            for node, edge in zip(dmap.nodes, edges, strict=True):
                original = None
                if node.same_as is not None:
                    first_edge = edges[index[node.same_as]]
                    original = first_edge.label if first_edge is not None else None
                item = MapNodeItem(node, edge, style, metrics, original)
                self.addItem(item)
                self.node_items.append(item)
        self._edge_items: dict[EdgeState, QGraphicsPathItem] = {}
        states: tuple[EdgeState, ...] = ("ruled_out", "open", "on_path")
        for state in states:
            path_item = QGraphicsPathItem()
            path_item.setZValue(_Z_EDGE[state])
            path_item.setPen(self._edge_pen(state))
            path_item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(path_item)
            self._edge_items[state] = path_item
        self._edge_states: tuple[EdgeState, ...] = ()
        self.restyle(dmap)

    def _edge_pen(self, state: str) -> QPen:
        s = self.diagram_style
        u = s.unit
        if state == "on_path":
            pen = QPen(s.lit, u * 0.2)
        elif state == "ruled_out":
            pen = QPen(s.edge_dim, u * 0.07)
        else:
            pen = QPen(s.edge, u * 0.09)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def restyle(self, dmap: DecisionMap) -> None:
        """Show ``dmap``'s states; it must have this scene's layout."""
        if dmap.layout_key != self.map.layout_key:
            raise ValueError("restyle needs a map with the same layout")
        self.map = self.model = dmap
        for item, node in zip(self.node_items, dmap.nodes, strict=True):
            if item.state != node.state:
                item.set_state(node.state)
            item.node = node
        edge_states = tuple(e.state for e in dmap.edges)
        if edge_states == self._edge_states:
            return
        self._edge_states = edge_states
        u = self.diagram_style.unit
        paths = {state: QPainterPath() for state in self._edge_items}
        for edge in dmap.edges:
            path = paths[edge.state]
            (x, y), *rest = edge.points
            path.moveTo(x * u, y * u)
            for x, y in rest:
                path.lineTo(x * u, y * u)
        for state, path_item in self._edge_items.items():
            path_item.setPath(paths[state])
            # An empty path would export as an SVG path with no data, which readers reject.
            path_item.setVisible(not paths[state].isEmpty())

    def item_for(self, key: str) -> MapNodeItem:
        return self.node_items[self.map.index[key]]

"""An outcome's architecture sketch as a ``QGraphicsScene``: groups, icons, arrows."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from aws_advisor.core.diagrams.drawio import GROUP_COLOURS
from aws_advisor.core.diagrams.sketch_kinds import CATEGORY_COLOURS, kind_info
from aws_advisor.core.diagrams.sketch_parts import PlacedEdge, PlacedGroup, PlacedNode, SketchLayout
from aws_advisor.core.resources import resource_path
from aws_advisor.qt.diagrams.base import DiagramScene
from aws_advisor.qt.diagrams.style import DiagramStyle, mix
from aws_advisor.qt.plain import plain_tooltip

IconCache = dict[str, QSvgRenderer]


def icon_renderer(kind: str, cache: IconCache) -> QSvgRenderer | None:
    """The SVG renderer of a kind's icon, loaded once per cache."""
    if kind not in cache:
        renderer = QSvgRenderer(str(resource_path("icons", "kinds", f"{kind}.svg")))
        cache[kind] = renderer
    found = cache[kind]
    return found if found.isValid() else None


def _lines_at(
    lines: tuple[str, ...], rect: QRectF, style: DiagramStyle, fm: QFontMetricsF
) -> list[tuple[QPointF, str]]:
    """Each line centred in ``rect``. A line the font draws wider than the layout's estimate
    runs past the sides a little instead of being cut."""
    placed = []
    for i, line in enumerate(lines):
        width = fm.horizontalAdvance(line)
        x = rect.left() + (rect.width() - width) / 2
        placed.append((QPointF(x, rect.top() + i * style.unit + style.ascent), line))
    return placed


class SketchGroupItem(QGraphicsItem):
    def __init__(self, group: PlacedGroup, style: DiagramStyle, fm: QFontMetricsF) -> None:
        super().__init__()
        self.placed_group = group
        self._style = style
        u = style.unit
        self._rect = QRectF(group.x * u, group.y * u, group.w * u, group.h * u)
        colour = QColor(GROUP_COLOURS[group.kind])
        self._colour = colour.lighter(160) if style.dark else colour
        self._fill = mix(style.background, self._colour, 0.04 + 0.02 * group.depth)
        title = QRectF(
            self._rect.left() + u * 0.4,
            self._rect.top() + u * 0.25,
            self._rect.width() - u * 0.8,
            u,
        )
        label = fm.elidedText(group.label, Qt.TextElideMode.ElideRight, title.width())
        self._title = (QPointF(title.left(), title.top() + style.ascent), label)
        self.setZValue(group.depth)
        self.setToolTip(plain_tooltip(group.label))

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        u = self._style.unit
        pen = QPen(self._colour, u * 0.09)
        if self.placed_group.kind in ("az", "region", "edge"):
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(self._fill)
        painter.drawRoundedRect(self._rect, u * 0.3, u * 0.3)
        painter.setFont(self._style.bold)
        painter.setPen(self._colour)
        painter.drawText(*self._title)


class SketchNodeItem(QGraphicsItem):
    def __init__(
        self, node: PlacedNode, style: DiagramStyle, fm: QFontMetricsF, icons: IconCache
    ) -> None:
        super().__init__()
        self.node = node
        self._style = style
        u = style.unit
        self._rect = QRectF(node.x * u, node.y * u, node.w * u, node.h * u)
        ix, iy, size = node.icon
        self._icon_rect = QRectF(ix * u, iy * u, size * u, size * u)
        self._renderer = icon_renderer(node.kind, icons)
        self._category = QColor(CATEGORY_COLOURS[node.category])
        text_top = (node.y + size) * u + u * 0.25
        text_rect = QRectF(self._rect.left(), text_top, self._rect.width(), len(node.lines) * u)
        self._text = _lines_at(node.lines, text_rect, style, fm)
        service = kind_info(node.kind).name
        tip = node.text if node.text == service else f"{node.text} ({service})"
        self.setToolTip(plain_tooltip(tip))
        self.setZValue(50)

    @property
    def has_icon(self) -> bool:
        """False when the kind's SVG icon is missing or invalid (a plain tile is drawn)."""
        return self._renderer is not None

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s = self._style
        if self._renderer is not None:
            self._renderer.render(painter, self._icon_rect)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._category)
            painter.drawRoundedRect(self._icon_rect, s.unit * 0.4, s.unit * 0.4)
        painter.setFont(s.font)
        painter.setPen(s.text)
        for point, line in self._text:
            painter.drawText(point, line)


class SketchEdgeItem(QGraphicsItem):
    """An arrow with its label on a background, so it reads over lines and boxes."""

    def __init__(self, edge: PlacedEdge, style: DiagramStyle, fm: QFontMetricsF) -> None:
        super().__init__()
        self.edge = edge
        self._style = style
        u = style.unit
        self._points = [QPointF(x * u, y * u) for x, y in edge.points]
        self._head = self._arrow_head(self._points[-2], self._points[-1], u * 0.55)
        self._label_rect = QRectF()
        self._label: list[tuple[QPointF, str]] = []
        if edge.label_box is not None:
            x, y, w, h = edge.label_box
            self._label_rect = QRectF(x * u, y * u, w * u, h * u)
            widest = max((fm.horizontalAdvance(line) for line in edge.label_lines), default=0.0)
            grow = max(0.0, widest + u * 0.2 - self._label_rect.width()) / 2
            self._label_rect.adjust(-grow, 0, grow, 0)  # the whole text stays on its backing
            inner = self._label_rect.adjusted(u * 0.1, 0, -u * 0.1, 0)
            self._label = _lines_at(edge.label_lines, inner, style, fm)
            self.setToolTip(plain_tooltip(edge.label))
        xs = [p.x() for p in self._points]
        ys = [p.y() for p in self._points]
        pad = u * 0.6
        self._bounds = QRectF(
            min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
        ).united(self._label_rect)
        self.setZValue(40)

    @staticmethod
    def _arrow_head(a: QPointF, b: QPointF, size: float) -> QPolygonF:
        angle = math.atan2(b.y() - a.y(), b.x() - a.x())
        left = QPointF(b.x() - size * math.cos(angle - 0.45), b.y() - size * math.sin(angle - 0.45))
        right = QPointF(
            b.x() - size * math.cos(angle + 0.45), b.y() - size * math.sin(angle + 0.45)
        )
        return QPolygonF([b, left, right])

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s = self._style
        u = s.unit
        pen = QPen(s.edge, u * 0.1)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline(self._points)
        painter.setBrush(s.edge)
        painter.drawPolygon(self._head)
        if self._label:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(s.label_fill)
            painter.drawRoundedRect(self._label_rect, u * 0.2, u * 0.2)
            painter.setFont(s.font)
            painter.setPen(s.muted_text)
            for point, line in self._label:
                painter.drawText(point, line)


class SketchScene(DiagramScene):
    def __init__(
        self, layout: SketchLayout, style: DiagramStyle, icons: IconCache | None = None
    ) -> None:
        super().__init__(layout, style)
        self.layout = layout
        icons = icons if icons is not None else {}
        fm = QFontMetricsF(style.font)
        bold = QFontMetricsF(style.bold)
        self.group_items = [SketchGroupItem(g, style, bold) for g in layout.groups]
        self.node_items = [SketchNodeItem(n, style, fm, icons) for n in layout.nodes]
        self.edge_items = [SketchEdgeItem(e, style, fm) for e in layout.edges]
        for item in (*self.group_items, *self.edge_items, *self.node_items):
            self.addItem(item)

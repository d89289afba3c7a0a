"""The live decision map: every question and outcome, the user's path lit.

The view draws what ``aws_advisor.core.diagrams.decision_map`` computed and reports clicks on
question boxes; what a click means (revisiting the question) is the window's business.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from aws_advisor.core.diagrams.decision_map import DecisionMap, MapMetrics, PathInput
from aws_advisor.core.diagrams.map_state import DecisionMapCache
from aws_advisor.core.engine.session import Session
from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.qt.diagrams.base import ZoomableView
from aws_advisor.qt.diagrams.map_scene import MapNodeItem, MapScene
from aws_advisor.qt.diagrams.style import DiagramStyle


class DecisionMapView(ZoomableView):
    """Draws a ``DecisionMap``; re-styles in place when only the answers changed.

    Signals:
        question_clicked(str): the id of a question box the user clicked.
    """

    question_clicked = Signal(str)

    def __init__(self, font_scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionMap")
        self.setAccessibleName(self.tr("Decision map"))
        self.setAccessibleDescription(
            self.tr(
                "Every question and recommendation of the decision. Your answers are lit, "
                "answers you can no longer reach are dimmed, the current question is outlined. "
                "Click a question on your path to change its answer."
            )
        )
        self._font_scale = font_scale
        self._style = DiagramStyle.create(self.palette(), self.font(), font_scale)
        self._cache = DecisionMapCache(MapMetrics(char_width=self._style.char_width))
        self._scene: MapScene | None = None
        self._press: QPoint | None = None
        self._ready = True

    # --- showing a map --------------------------------------------------------------------

    @property
    def map_model(self) -> DecisionMap | None:
        return self._scene.map if self._scene is not None else None

    @property
    def map_scene(self) -> MapScene | None:
        return self._scene

    @property
    def metrics(self) -> MapMetrics:
        """The text and spacing rules a map must be laid out with for this view's font."""
        return self._cache.metrics

    def set_map(self, model: DecisionMap) -> None:
        """Draw ``model``; with the layout already shown, only the states are updated."""
        if self._scene is not None and self._scene.map.layout_key == model.layout_key:
            self._scene.restyle(model)
            self.ensure_current_visible()
            return
        self._draw(model)

    def _draw(self, model: DecisionMap) -> None:
        """A new scene for the model, replacing the old one."""
        old = self._scene
        self._scene = MapScene(model, self._style)
        self._scene.setParent(self)
        self.setScene(self._scene)
        if old is None or old.map.tree_id != model.tree_id:
            self.set_zoom(1.0)  # another decision's map starts readable, not at the old zoom
        if old is not None:
            old.deleteLater()
        self.ensure_current_visible()

    def show_path(self, tree: DecisionTree, path: PathInput = ()) -> None:
        """Draw ``tree``'s map with ``path`` lit; layouts are cached per tree version."""
        self.set_map(self._cache.decision_map(tree, path))

    def show_session(self, session: Session) -> None:
        self.show_path(session.tree, session)

    def clear(self) -> None:
        old = self._scene
        self._scene = None
        self.setScene(None)
        if old is not None:
            old.deleteLater()

    def set_font_scale(self, scale: float) -> None:
        self._font_scale = scale
        self.restyle()

    def restyle(self) -> None:
        """New font or palette: same layout units, new pixels and colours."""
        self._style = DiagramStyle.create(self.palette(), self.font(), self._font_scale)
        if abs(self._style.char_width - self._cache.metrics.char_width) > 1e-9:
            self._cache = DecisionMapCache(MapMetrics(char_width=self._style.char_width))
        model = self.map_model
        if model is not None:
            self._draw(model)

    def keep_in_view(self) -> None:
        self.ensure_current_visible()

    # --- finding boxes --------------------------------------------------------------------

    def node_item(self, key: str) -> MapNodeItem | None:
        if self._scene is None or key not in self._scene.map.index:
            return None
        return self._scene.item_for(key)

    def node_rect(self, key: str) -> QRectF:
        """The box of node ``key`` in scene coordinates."""
        item = self.node_item(key)
        return item.box_rect if item is not None else QRectF()

    def item_at(self, pos: QPoint) -> MapNodeItem | None:
        """The box (or the answer label above it) under a viewport position."""
        scene_pos = self.mapToScene(pos)
        for item in self.items(pos):
            if isinstance(item, MapNodeItem) and (
                item.box_rect.contains(scene_pos) or item.label_rect.contains(scene_pos)
            ):
                return item
        return None

    def tooltip_at(self, pos: QPoint) -> str:
        """The full text under a viewport position: a box's or an answer label's."""
        item = self.item_at(pos)
        return item.tooltip_at(self.mapToScene(pos)) if item is not None else ""

    def node_view_point(self, ref: str) -> QPoint:
        """Viewport position of the centre of the box showing question or outcome ``ref``.

        The box on the lit path is preferred, then the first one; it is scrolled into
        view first. ``ref`` may also be a box key.
        """
        model = self.map_model
        if model is None:
            raise KeyError(ref)
        keys = [ref] if ref in model.index else [n.key for n in model.nodes if n.ref == ref]
        if not keys:
            raise KeyError(ref)
        on_path = [k for k in keys if k in model.path]
        rect = self.node_rect((on_path or keys)[0])
        self.ensureVisible(rect, 10, 10)
        return self.mapFromScene(rect.center())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def ensure_current_visible(self) -> None:
        """Centre the current question (or reached outcome) when it is not fully in view."""
        model = self.map_model
        if model is None:
            return
        key = model.current or model.reached
        if key is None:
            return
        rect = self.node_rect(key)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if not visible.contains(rect):
            self.centerOn(rect.center())

    # --- clicks ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        event.accept()  # a click or the end of a pan: either way the view used it
        pos = event.position().toPoint()
        if (pos - press).manhattanLength() > QApplication.startDragDistance():
            return  # a pan, not a click
        item = self.item_at(pos)
        if item is not None and item.node.kind == "question":
            self.question_clicked.emit(item.node.ref)

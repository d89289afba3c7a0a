"""What both diagram views share: a scene that knows its model, zoom, pan and fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from aws_advisor.core.diagrams.decision_map import DecisionMap
from aws_advisor.core.diagrams.sketch_parts import SketchLayout
from aws_advisor.qt.diagrams.style import DiagramStyle

ZOOM_STEP = 1.25
MIN_ZOOM = 0.05
READABLE_ZOOM = 0.7
"""About 9 px text at the default size: the smallest a map is drawn without being asked."""
MAX_ZOOM = 8.0
MARGIN = 1.0
"""Space around a diagram, in layout units."""


class DiagramScene(QGraphicsScene):
    """A scene drawn from a core model; exports read the model back for draw.io files."""

    def __init__(
        self, model: DecisionMap | SketchLayout, style: DiagramStyle, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.diagram_style = style
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(style.background)
        m = style.px(MARGIN)
        self.setSceneRect(
            QRectF(-m, -m, style.px(model.width) + 2 * m, style.px(model.height) + 2 * m)
        )


class ZoomableView(QGraphicsView):
    """Ctrl+wheel and Ctrl+plus/minus zoom, Ctrl+0 fits, dragging pans.

    The zoom keys are claimed while the view has focus (``ShortcutOverride``), so they
    zoom the diagram instead of triggering window-wide shortcuts on the same keys.
    """

    _ready = False
    """Set by a view at the end of its ``__init__``: from then on it can restyle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zoom = 1.0
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- zoom -----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.setTransform(QTransform.fromScale(self._zoom, self._zoom))

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_to_view(self, *, readable: bool = False) -> None:
        """Show the whole diagram; small diagrams stay at 100% rather than grow.

        ``readable``: never shrink text below ``READABLE_ZOOM`` of its size; a diagram too big
        for that shows its top (where a decision starts) at that zoom instead.
        """
        scene = self.scene()
        if scene is None:
            return
        rect = scene.sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        # Two pixels to spare, so rounding never brings up a scroll bar for a fitted diagram.
        width, height = view.width() - 2, view.height() - 2
        fit = min(1.0, width / rect.width(), height / rect.height())
        if not readable or fit >= READABLE_ZOOM:
            self.set_zoom(fit)
            self.centerOn(rect.center())
            return
        self.set_zoom(READABLE_ZOOM)
        half_height = view.height() / (2 * READABLE_ZOOM)
        self.centerOn(rect.center().x(), rect.top() + half_height)

    # --- what each view does on a new style, a show or a resize -------------------------

    def restyle(self) -> None:
        """New palette, font or font scale: draw the same diagram in the new style."""

    def keep_in_view(self) -> None:
        """The view was shown or resized: keep what matters in view."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if changed and self._ready:
            self.restyle()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keep_in_view()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.keep_in_view()

    # --- input ----------------------------------------------------------------------------

    @staticmethod
    def _zoom_key(event: QKeyEvent) -> str | None:
        if event.matches(QKeySequence.StandardKey.ZoomIn):
            return "in"
        if event.matches(QKeySequence.StandardKey.ZoomOut):
            return "out"
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return None
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            return "in"
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            return "out"
        if key == Qt.Key.Key_0 and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return "fit"
        return None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._zoom_key(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._zoom_key(event)
        if action == "in":
            self.zoom_in()
        elif action == "out":
            self.zoom_out()
        elif action == "fit":
            self.fit_to_view()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120
        if steps:
            anchor = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self.set_zoom(self._zoom * ZOOM_STEP**steps)
            self.setTransformationAnchor(anchor)
        event.accept()

"""The architecture sketch of a recommendation: services, the boxes around them, arrows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from aws_advisor.core.diagrams.sketch_layout import layout_sketch
from aws_advisor.core.diagrams.sketch_parts import SketchLayout, SketchMetrics
from aws_advisor.core.tree.model import Outcome
from aws_advisor.qt.diagrams.base import ZoomableView
from aws_advisor.qt.diagrams.sketch_scene import IconCache, SketchScene
from aws_advisor.qt.diagrams.style import DiagramStyle


class SketchView(ZoomableView):
    def __init__(self, font_scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sketchView")
        self.setAccessibleName(self.tr("Architecture sketch"))
        self._font_scale = font_scale
        self._style = DiagramStyle.create(self.palette(), self.font(), font_scale)
        self._icons: IconCache = {}
        self._layout: SketchLayout | None = None
        self._outcome: Outcome | None = None
        self._scene: SketchScene | None = None
        self._auto_fit = False  # a new sketch fits the panel, and follows it until zoomed
        self._fitting = False
        self._ready = True

    @property
    def sketch_layout(self) -> SketchLayout | None:
        return self._layout

    @property
    def sketch_scene(self) -> SketchScene | None:
        return self._scene

    def set_sketch(self, outcome: Outcome) -> None:
        """Draw ``outcome``'s sketch (nothing is redone when it is already shown)."""
        if outcome is self._outcome and self._scene is not None:
            return
        self._outcome = outcome
        self._layout = layout_sketch(outcome, SketchMetrics(char_width=self._style.char_width))
        self.setAccessibleDescription(
            self.tr("Architecture sketch of the recommendation: {title}").format(
                title=outcome.title
            )
        )
        self._draw()

    def clear(self) -> None:
        self._outcome = None
        self._layout = None
        old, self._scene = self._scene, None
        self.setScene(None)
        if old is not None:
            old.deleteLater()

    def set_font_scale(self, scale: float) -> None:
        self._font_scale = scale
        self.restyle()

    def restyle(self) -> None:
        self._style = DiagramStyle.create(self.palette(), self.font(), self._font_scale)
        if self._outcome is not None:
            self._layout = layout_sketch(
                self._outcome, SketchMetrics(char_width=self._style.char_width)
            )
            self._draw()

    def _draw(self) -> None:
        assert self._layout is not None
        old = self._scene
        self._scene = SketchScene(self._layout, self._style, self._icons)
        self._scene.setParent(self)
        self.setScene(self._scene)
        if old is not None:
            old.deleteLater()
        self.centerOn(self._scene.sceneRect().center())
        self._auto_fit = True
        self.keep_in_view()

    def fit_to_view(self, *, readable: bool = False) -> None:
        """Fit (Ctrl+0, or a new sketch): the whole sketch, never above 100%; it keeps
        fitting as the panel changes size until the user zooms."""
        self._fitting = True
        try:
            super().fit_to_view(readable=readable)
        finally:
            self._fitting = False
        self._auto_fit = True

    def set_zoom(self, zoom: float) -> None:
        super().set_zoom(zoom)
        if not self._fitting:  # the user zoomed: the zoom is theirs from now on
            self._auto_fit = False

    def keep_in_view(self) -> None:
        if self._auto_fit and self.isVisible() and not self.viewport().rect().isEmpty():
            self.fit_to_view()

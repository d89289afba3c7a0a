"""The diagram panel beside the questions: the live decision map and the architecture sketch.

The views (and the layout code behind them) are created on first use, so opening the app
on the catalogue pays nothing for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGraphicsView,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aws_advisor.core.engine.session import Session
from aws_advisor.core.tree.model import DecisionTree

if TYPE_CHECKING:
    from aws_advisor.qt.diagrams.map_view import DecisionMapView
    from aws_advisor.qt.diagrams.sketch_view import SketchView
    from aws_advisor.ui.workshop.dialogs import Dialogs


class DiagramPanel(QTabWidget):
    question_clicked = Signal(str)

    def __init__(self, font_scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagramPanel")
        self.setAccessibleName(self.tr("Diagrams"))
        self._font_scale = font_scale
        self._map: DecisionMapView | None = None
        self._sketch: SketchView | None = None
        self._map_stack = QStackedWidget()
        self._sketch_stack = QStackedWidget()
        self._map_hint = self._placeholder(
            self.tr(
                "Open a decision to see its map: every question and recommendation, "
                "with your path lit."
            )
        )
        self._sketch_hint = self._placeholder(
            self.tr("The architecture sketch of the recommendation appears here once you reach it.")
        )
        self._map_stack.addWidget(self._map_hint)
        self._sketch_stack.addWidget(self._sketch_hint)
        self.addTab(self._map_stack, self.tr("Decision map"))
        self.addTab(self._sketch_stack, self.tr("Architecture sketch"))
        self.fit_action = QAction(self.tr("&Fit map to panel"), self)
        self.fit_action.triggered.connect(lambda _=False: self._map and self._map.fit_to_view())
        self._pending: DecisionTree | None = None
        self._held: tuple[QWidget, QWidget] | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self._show_pending)

    @staticmethod
    def _placeholder(text: str) -> QWidget:
        box = QWidget()
        label = QLabel(text)
        label.setWordWrap(True)
        label.setObjectName("help")
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(1)
        return box

    def current_view(self) -> QGraphicsView | None:
        """The diagram on the visible tab, or None while that tab shows its placeholder."""
        stack = self._map_stack if self.currentIndex() == 0 else self._sketch_stack
        widget = stack.currentWidget()
        return widget if isinstance(widget, QGraphicsView) else None

    def current_name(self) -> str:
        """A file name for the visible diagram: the map, or the sketch of the outcome."""
        return "decision-map" if self.currentIndex() == 0 else "architecture-sketch"

    def export_current(self, dialogs: Dialogs, font_scale: float) -> str:
        """Ask where, then save the visible diagram; returns a status line ("" if none)."""
        from aws_advisor.core.errors import AdvisorError
        from aws_advisor.core.formats import formats
        from aws_advisor.qt.diagrams.export import save_diagram

        view = self.current_view()
        if view is None:
            return self.tr("There is no diagram to export yet.")
        path = dialogs.save_path(formats("diagram"), self.current_name())
        if path is None:
            return ""
        try:
            save_diagram(view, path, font_scale=font_scale)
        except AdvisorError as exc:
            dialogs.inform(self.tr("Export failed"), str(exc))
            return ""
        return self.tr("Saved {path}").format(path=path)

    def copy_current(self, font_scale: float) -> bool:
        """Copy the visible diagram as an image; False when there is none."""
        from aws_advisor.qt.diagrams.export import copy_to_clipboard

        view = self.current_view()
        if view is None:
            return False
        copy_to_clipboard(view, font_scale=font_scale)
        return True

    def view_actions(self) -> list[QAction]:
        return [self.fit_action]

    @property
    def map_view(self) -> DecisionMapView:
        if self._map is None:
            from aws_advisor.qt.diagrams.map_view import DecisionMapView

            self._map = DecisionMapView(font_scale=self._font_scale)
            self._map.question_clicked.connect(self.question_clicked)
            self._map_stack.addWidget(self._map)
        return self._map

    @property
    def sketch_view(self) -> SketchView:
        if self._sketch is None:
            from aws_advisor.qt.diagrams.sketch_view import SketchView

            self._sketch = SketchView(font_scale=self._font_scale)
            self._sketch_stack.addWidget(self._sketch)
        return self._sketch

    def show_session(self, session: Session) -> None:
        self._preview_timer.stop()
        view = self.map_view
        view.show_session(session)
        self._map_stack.setCurrentWidget(view)
        outcome = session.outcome
        if outcome is None:
            self._sketch_stack.setCurrentWidget(self._sketch_hint)
            if self.currentIndex() == 1:
                self.setCurrentIndex(0)
        else:
            self.sketch_view.set_sketch(outcome)
            self._sketch_stack.setCurrentWidget(self.sketch_view)

    def preview_later(self, tree: DecisionTree) -> None:
        """Debounced preview, so arrowing through the catalogue draws only where the user
        stops; opening a decision (``show_session``) or ``clear`` cancels it."""
        self._pending = tree
        self._preview_timer.start()

    def _show_pending(self) -> None:
        if self._pending is not None:
            self.preview(self._pending)

    def preview(self, tree: DecisionTree) -> None:
        """Show a tree's whole map before it is opened (from the catalogue)."""
        view = self.map_view
        view.show_path(tree, ())
        view.fit_to_view(readable=True)  # a big tree starts at its top, text still legible
        self._map_stack.setCurrentWidget(view)
        self._sketch_stack.setCurrentWidget(self._sketch_hint)
        self.setCurrentIndex(0)

    def hold(self, text: str) -> None:
        """Show ``text`` instead of any map or sketch, until the next session or ``clear``
        (practice mode: the recommendations on a map would give the answer away)."""
        self._preview_timer.stop()
        if self._held is None:
            self._held = (self._placeholder(""), self._placeholder(""))
            self._map_stack.addWidget(self._held[0])
            self._sketch_stack.addWidget(self._held[1])
        for box, stack in zip(self._held, (self._map_stack, self._sketch_stack), strict=True):
            label = box.findChild(QLabel)
            if label is not None:
                label.setText(text)
            stack.setCurrentWidget(box)
        self.setCurrentIndex(0)

    def clear(self) -> None:
        self._preview_timer.stop()
        self._map_stack.setCurrentWidget(self._map_hint)
        self._sketch_stack.setCurrentWidget(self._sketch_hint)
        self.setCurrentIndex(0)

    def set_font_scale(self, scale: float) -> None:
        self._font_scale = scale
        if self._map is not None:
            self._map.set_font_scale(scale)
        if self._sketch is not None:
            self._sketch.set_font_scale(scale)

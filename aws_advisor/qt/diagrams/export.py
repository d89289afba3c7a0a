"""Diagrams as PNG, SVG, PDF or draw.io data, saved to files, and copied as an image.

``export_diagram`` takes a scene or view on screen, or a core model (a decision map, a
sketch layout or an outcome) that is drawn offscreen first, and returns the file's bytes
in the format asked for (``aws_advisor.core.formats``). Must run on the GUI thread: scenes
are not thread-safe.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from aws_advisor.core.diagrams.decision_map import DecisionMap
from aws_advisor.core.diagrams.sketch_layout import layout_sketch
from aws_advisor.core.diagrams.sketch_parts import SketchLayout, SketchMetrics
from aws_advisor.core.diagrams.svg_fonts import web_safe_fonts
from aws_advisor.core.errors import AdvisorError
from aws_advisor.core.formats import (
    FormatError,
    OutputFormat,
    ReportInput,
    find_format,
    format_for,
    render_diagram,
)
from aws_advisor.core.tree.model import Outcome
from aws_advisor.qt.diagrams.base import DiagramScene
from aws_advisor.qt.diagrams.map_scene import MapScene
from aws_advisor.qt.diagrams.sketch_scene import SketchScene
from aws_advisor.qt.diagrams.style import DiagramStyle

Exportable = QGraphicsScene | QGraphicsView | DecisionMap | SketchLayout | Outcome

PNG_SCALE = 2.0
"""PNG files have two device pixels per diagram pixel, sharp on high-density screens."""
MAX_PDF_POINTS = 14_400.0
"""The largest PDF page side readers accept (200 inches); larger diagrams are scaled."""


class ExportError(AdvisorError):
    """A diagram could not be saved."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiagramExport", text)


def diagram_scene(
    target: Exportable,
    *,
    font_scale: float = 1.0,
    palette: QPalette | None = None,
    font: QFont | None = None,
) -> QGraphicsScene:
    """The scene to export: the target's own, or a new one drawn from a core model."""
    if isinstance(target, QGraphicsView):
        scene = target.scene()
        if scene is None:
            raise FormatError(_tr("there is no diagram to export yet"))
        return scene
    if isinstance(target, QGraphicsScene):
        return target
    style = DiagramStyle.create(
        palette or QGuiApplication.palette(), font or QGuiApplication.font(), font_scale
    )
    if isinstance(target, DecisionMap):
        return MapScene(target, style)
    if isinstance(target, Outcome):
        target = layout_sketch(target, SketchMetrics(char_width=style.char_width))
    return SketchScene(target, style)


def export_diagram(target: Exportable, fmt: OutputFormat, *, font_scale: float = 1.0) -> bytes:
    """The diagram as file data in ``fmt`` (a ``"diagram"`` format).

    Raises:
        FormatError: ``fmt`` is no diagram format, or a plain scene was asked for as draw.io.
    """
    if fmt.suffix == ".drawio":
        return render_diagram(fmt, _model_of(target), QtDrawing(), font_scale=font_scale)
    if fmt.family != "diagram":
        raise FormatError(f"{fmt.label} is not a diagram format")
    scene = diagram_scene(target, font_scale=font_scale)
    if fmt.suffix == ".png":
        return _png_bytes(render_image(scene, PNG_SCALE))
    if fmt.suffix == ".svg":
        return _svg_bytes(scene)
    return _pdf_bytes(scene)


def save_diagram(target: Exportable, path: Path | str, *, font_scale: float = 1.0) -> Path:
    """Write the diagram to ``path`` in the format its extension names, atomically.

    Raises:
        FormatError: for an extension no diagram format has.
        ExportError: when the file cannot be written.
    """
    from aws_advisor.core.workshops.storage import write_atomic

    path = Path(path)
    fmt = format_for("diagram", path)
    if not path.parent.is_dir():
        raise ExportError(
            _tr("cannot write {path}: the folder {folder} does not exist").format(
                path=path, folder=path.parent
            )
        )
    data = export_diagram(target, fmt, font_scale=font_scale)
    try:
        write_atomic(path, data)
    except OSError as exc:
        reason = f": {exc.strerror}" if exc.strerror else ""
        raise ExportError(_tr("cannot write {path}").format(path=path) + reason) from exc
    return path


class QtDrawing:
    """The ``Drawing`` core asks for: diagrams and the PDF report painted with Qt."""

    def diagram(self, target: object, suffix: str, *, font_scale: float = 1.0) -> bytes:
        if not isinstance(target, Exportable):
            raise FormatError(f"cannot draw {type(target).__name__} as a diagram")
        return export_diagram(target, find_format("diagram", suffix), font_scale=font_scale)

    def report_pdf(self, report: ReportInput) -> bytes:
        from aws_advisor.qt.workshop_pdf import report_pdf_bytes

        return report_pdf_bytes(
            report.workshop, report.catalog, report.rules, sketch_svg=report.sketch_svg
        )


def render_image(scene: QGraphicsScene, scale: float = PNG_SCALE) -> QImage:
    """The whole scene as an image with ``scale`` device pixels per scene pixel."""
    rect = scene.sceneRect()
    width, height = math.ceil(rect.width()), math.ceil(rect.height())
    image = QImage(
        max(1, round(width * scale)),
        max(1, round(height * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(scene.backgroundBrush().color() if scene.backgroundBrush().style() else QColor())
    painter = QPainter(image)
    try:
        _render(scene, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    return image


def copy_to_clipboard(target: Exportable, *, font_scale: float = 1.0) -> None:
    """Put the diagram on the clipboard as an image."""
    scene = diagram_scene(target, font_scale=font_scale)
    QGuiApplication.clipboard().setImage(render_image(scene, PNG_SCALE))


def _render(scene: QGraphicsScene, painter: QPainter, target: QRectF) -> None:
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    scene.render(painter, target, scene.sceneRect())


def _title(scene: QGraphicsScene) -> str:
    if isinstance(scene, DiagramScene):
        model = scene.model
        if isinstance(model, DecisionMap):
            return model.tree_id
        return model.title or model.outcome_id
    return _tr("Diagram")


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs want bytes, Qt a str
        raise ExportError(_tr("Qt could not encode the PNG image"))
    return bytes(buffer.data().data())


def _svg_bytes(scene: QGraphicsScene) -> bytes:
    rect = scene.sceneRect()
    width, height = math.ceil(rect.width()), math.ceil(rect.height())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setResolution(96)
    generator.setTitle(_title(scene))
    generator.setDescription(_tr("Exported from AWS Advisor"))
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(_tr("Qt could not start the SVG drawing"))
    try:
        painter.fillRect(QRectF(0, 0, width, height), scene.backgroundBrush())
        _render(scene, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    return web_safe_fonts(bytes(buffer.data().data()))


def _pdf_bytes(scene: QGraphicsScene) -> bytes:
    """One page exactly the diagram's size (1 px = 0.75 pt, as on a 96 dpi screen)."""
    rect = scene.sceneRect()
    points = QSizeF(rect.width() * 0.75, rect.height() * 0.75)
    shrink = min(1.0, MAX_PDF_POINTS / max(points.width(), points.height()))
    points = QSizeF(points.width() * shrink, points.height() * shrink)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(_title(scene))
    writer.setCreator("AWS Advisor")
    writer.setResolution(96)
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(_tr("Qt could not start the PDF document"))
    try:
        target = QRectF(0, 0, rect.width() * shrink, rect.height() * shrink)
        painter.fillRect(target, scene.backgroundBrush())
        _render(scene, painter, target)
    finally:
        painter.end()
    del writer  # finishes the document
    return bytes(buffer.data().data())


def _model_of(target: Exportable) -> DecisionMap | SketchLayout:
    if isinstance(target, QGraphicsView):
        target = diagram_scene(target)
    if isinstance(target, DiagramScene):
        return target.model
    if isinstance(target, QGraphicsScene):
        raise FormatError(_tr("only the decision map and sketches export to .drawio"))
    if isinstance(target, Outcome):
        return layout_sketch(target)
    return target

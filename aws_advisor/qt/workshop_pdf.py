"""The workshop report as PDF: the HTML report laid out by QTextDocument, printed to QPdfWriter.

Outside ``core`` because it needs Qt (QtGui and QtSvg only, no widgets). QTextDocument
cannot draw inline SVG, so each sketch is rendered to a high-resolution image and put in
the page in its place. Works without a screen: when no Qt application exists yet, one is
created on the ``offscreen`` platform (unless ``QT_QPA_PLATFORM`` says otherwise).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

from aws_advisor.core.errors import AdvisorError
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.tree.model import Outcome
from aws_advisor.core.workshops.document import Workshop
from aws_advisor.core.workshops.report import html_report
from aws_advisor.core.workshops.report_render import SketchSvg
from aws_advisor.core.workshops.rules import Rule

SKETCH_WIDTH = 560
"""Widest a sketch is drawn on the page, in the document's pixels."""

IMAGE_SCALE = 3
"""Sketch images are rendered at this multiple of their size on the page, for print."""


class PdfExportError(AdvisorError):
    """The PDF could not be made or written."""


def _print_paged(doc: QTextDocument, writer: QPdfWriter) -> None:
    """Lay ``doc`` out in pages of the writer's size, keep every heading on the page of
    what follows it, and print the pages with their numbers."""
    layout = doc.documentLayout()
    layout.setPaintDevice(writer)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    band = round(writer.resolution() * 0.3)  # room for the page number: 0.3 in
    width, height = float(area.width()), float(area.height() - band)
    doc.setPageSize(QSizeF(width, height))
    keep_headings_with_next(doc, height)
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfExportError("Qt could not start the PDF page")
    try:
        for page in range(doc.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.drawText(
                QRectF(0, height, width, band),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                str(page + 1),
            )
    finally:
        painter.end()


def first_line_bottom(block: QTextBlock) -> float:
    """Where the block's first line ends, in the document (a line that does not fit at
    the foot of a page is moved to the next, so this tells where the block really starts)."""
    text = block.layout()
    if text is None or text.lineCount() == 0:
        return block.document().documentLayout().blockBoundingRect(block).bottom()
    line = text.lineAt(0)
    return text.position().y() + line.y() + line.height()


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> None:
    """A heading left at the foot of a page starts the next page instead, together with
    any headings right above it ("Decisions" over "1. Choose…")."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        after = block.next()
        if block.blockFormat().headingLevel() and after.isValid():
            layout.documentSize()  # everything above is laid out before it is measured
            here = int(layout.blockBoundingRect(block).top() // page_height)
            if int(first_line_bottom(after) // page_height) > here:
                first = block
                while first.previous().isValid() and first.previous().blockFormat().headingLevel():
                    first = first.previous()
                if not first.blockFormat().pageBreakPolicy() & _BEFORE:
                    fmt = QTextBlockFormat()
                    fmt.setPageBreakPolicy(_BEFORE)
                    QTextCursor(first).mergeBlockFormat(fmt)
        block = after


_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


@cache
def ensure_gui_app() -> QGuiApplication:
    """The running Qt GUI application, or a new offscreen ``QApplication`` kept for the process.

    A ``QApplication`` rather than a bare ``QGuiApplication``, so diagram scenes (widgets
    module) can be drawn too.
    """
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise PdfExportError("a PDF needs a Qt GUI application, but a non-GUI one is running")
    from PySide6.QtWidgets import QApplication

    argv = ["aws-advisor"]
    if not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    return QApplication(argv)


def _svg_image(svg: str) -> tuple[QImage, QSize] | None:
    """The SVG drawn on a white image, and its size on the page; None if Qt cannot read it."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(SKETCH_WIDTH, SKETCH_WIDTH * 2 // 3)
    if size.width() > SKETCH_WIDTH:
        size = QSize(SKETCH_WIDTH, max(1, size.height() * SKETCH_WIDTH // size.width()))
    image = QImage(size * IMAGE_SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        renderer.render(painter)
    finally:
        painter.end()
    return image, size


def report_pdf_bytes(
    workshop: Workshop,
    catalog: Catalog,
    rules: Sequence[Rule],
    *,
    sketch_svg: SketchSvg | None = None,
) -> bytes:
    """The whole workshop report as PDF data (A4, sketches embedded as images)."""
    ensure_gui_app()
    images: dict[str, QImage] = {}

    def embed(svg: str, outcome: Outcome) -> str:
        drawn = _svg_image(svg)
        if drawn is None:
            return "<p>(The sketch could not be drawn.)</p>"
        image, size = drawn
        name = f"sketch-{len(images) + 1}.png"
        images[name] = image
        return f'<img src="{name}" width="{size.width()}" height="{size.height()}"/>'

    html = html_report(workshop, catalog, rules, sketch_svg=sketch_svg, embed_svg=embed)
    doc = QTextDocument()
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(workshop.title)
    writer.setCreator("AWS Advisor")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    _print_paged(doc, writer)
    del writer  # finishes the PDF
    buffer.close()
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):
        raise PdfExportError("Qt did not produce a PDF")
    return data

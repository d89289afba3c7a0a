"""Colours, font and size unit of the diagrams, taken from a widget's palette and font.

Every colour derives from palette roles, so the light and the dark theme both read well.
The layout unit (one text line in the core's geometry) becomes the line spacing of the
diagram font in pixels; text is drawn in that font, so at 100% zoom it is exactly as
large as the app's scaled text and never smaller than ``BASE_POINT_SIZE * font_scale``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

BASE_POINT_SIZE = 10.0
"""The text size at font scale 1.0 when the widget font is smaller."""

_SAMPLE = "Which volume type fits a database that needs consistent IOPS? Yes, no"


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` (0: a, 1: b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def diagram_font(widget_font: QFont, font_scale: float) -> QFont:
    """The widget's font, raised to at least the font-scale size."""
    font = QFont(widget_font)
    size = widget_font.pointSizeF()
    if size <= 0:  # a pixel-sized font
        size = widget_font.pixelSize() * 0.75
    font.setPointSizeF(max(size, BASE_POINT_SIZE * font_scale))
    return font


@dataclass(frozen=True)
class DiagramStyle:
    font: QFont
    bold: QFont
    unit: float
    """Pixels per layout unit: the font's line spacing."""
    ascent: float
    char_width: float
    """Average character width in layout units (with a small safety margin)."""
    dark: bool
    background: QColor
    text: QColor
    muted_text: QColor
    box_fill: QColor
    box_border: QColor
    lit: QColor
    lit_fill: QColor
    reached_fill: QColor
    reached_text: QColor
    dim_text: QColor
    dim_border: QColor
    dim_fill: QColor
    edge: QColor
    edge_dim: QColor
    label_fill: QColor

    @classmethod
    def create(cls, palette: QPalette, widget_font: QFont, font_scale: float = 1.0) -> DiagramStyle:
        font = diagram_font(widget_font, font_scale)
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetricsF(font)
        unit = metrics.lineSpacing()
        average = metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE)
        role = QPalette.ColorRole
        base = palette.color(role.Base)
        text = palette.color(role.Text)
        highlight = palette.color(role.Highlight)
        dark = is_dark(palette)
        return cls(
            font=font,
            bold=bold,
            unit=unit,
            ascent=metrics.ascent(),
            char_width=round(average * 1.06 / unit, 3),
            dark=dark,
            background=base,
            text=text,
            muted_text=mix(text, base, 0.25),
            box_fill=mix(base, text, 0.05),
            box_border=mix(base, text, 0.5),
            lit=highlight,
            lit_fill=mix(base, highlight, 0.2),
            reached_fill=highlight,
            reached_text=palette.color(role.HighlightedText),
            dim_text=mix(base, text, 0.5),
            dim_border=mix(base, text, 0.22),
            dim_fill=base,
            edge=mix(base, text, 0.55),
            edge_dim=mix(base, text, 0.22),
            label_fill=base,
        )

    def px(self, units: float) -> float:
        return units * self.unit

"""Light and dark palettes on the Fusion style, following the system unless overridden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from aws_advisor.ui.settings import Theme

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f5f7",
    QPalette.ColorRole.WindowText: "#16191f",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#eef0f3",
    QPalette.ColorRole.Text: "#16191f",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#16191f",
    QPalette.ColorRole.Highlight: "#0b63c4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0b5cad",
    QPalette.ColorRole.LinkVisited: "#6a3fb5",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#16191f",
    QPalette.ColorRole.PlaceholderText: "#5f6b7a",
    QPalette.ColorRole.Mid: "#b6bec9",
    QPalette.ColorRole.Dark: "#7d8998",
}
_DARK = {
    QPalette.ColorRole.Window: "#1b1f26",
    QPalette.ColorRole.WindowText: "#e9edf2",
    QPalette.ColorRole.Base: "#232832",
    QPalette.ColorRole.AlternateBase: "#2a303b",
    QPalette.ColorRole.Text: "#e9edf2",
    QPalette.ColorRole.Button: "#2a303b",
    QPalette.ColorRole.ButtonText: "#e9edf2",
    QPalette.ColorRole.Highlight: "#4f9cf0",
    QPalette.ColorRole.HighlightedText: "#0d1117",
    QPalette.ColorRole.Link: "#7cb7ff",
    QPalette.ColorRole.LinkVisited: "#c0a3ff",
    QPalette.ColorRole.ToolTipBase: "#2a303b",
    QPalette.ColorRole.ToolTipText: "#e9edf2",
    QPalette.ColorRole.PlaceholderText: "#9aa5b4",
    QPalette.ColorRole.Mid: "#4a5261",
    QPalette.ColorRole.Dark: "#10141a",
}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def effective_dark(theme: Theme) -> bool:
    return system_is_dark() if theme == "system" else theme == "dark"


def palette_for(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6b7480" if dark else "#8a94a3")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, theme: Theme) -> bool:
    """Apply the palette; returns True when the result is dark."""
    dark = effective_dark(theme)
    app.setStyle("Fusion")
    app.setPalette(palette_for(dark))
    app.setProperty("darkTheme", dark)
    return dark


def apply_font_scale(app: QApplication, base: QFont, scale: float) -> None:
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * scale)
    app.setFont(font)

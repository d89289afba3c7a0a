"""Light and dark palettes on the Fusion style, following the system unless overridden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from aws_advisor.ui.settings import Settings, Theme

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


_HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#151515",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#111111",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffd400",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#8cd3ff",
    QPalette.ColorRole.LinkVisited: "#d9b8ff",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#d0d0d0",
    QPalette.ColorRole.Mid: "#9a9a9a",
    QPalette.ColorRole.Dark: "#000000",
}

PRESENTATION_SCALE = 1.5
"""Presentation mode multiplies the user's font scale by this (for the diagrams)."""

ROOM_BASE_PX = 20
"""Presentation mode's body text in pixels at text size 1x, whatever the system font:
answers are drawn at 1.4 times this (28 px) and the question at 1.8 times (36 px)."""


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _HIGH_CONTRAST.items():
        palette.setColor(role, QColor(colour))
    return palette


def apply_theme(app: QApplication, theme: Theme, *, presenting: bool = False) -> bool:
    """Apply the palette; returns True when the result is dark."""
    dark = True if presenting else effective_dark(theme)
    app.setStyle("Fusion")
    app.setPalette(high_contrast_palette() if presenting else palette_for(dark))
    app.setProperty("darkTheme", dark)
    return dark


def apply_font_scale(app: QApplication, base: QFont, scale: float) -> None:
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * scale)
    app.setFont(font)


class Appearance:
    """Keeps the app's palette, font and style sheet in line with the settings and mode."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.base_font = QFont(app.font())
        self.presenting = False
        settings.theme_changed.connect(lambda _: self.apply())
        settings.font_scale_changed.connect(lambda _: self.apply())
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _: self.apply() if settings.theme == "system" else None
        )

    @property
    def font_scale(self) -> float:
        scale = self.settings.font_scale
        return scale * PRESENTATION_SCALE if self.presenting else scale

    @property
    def room_px(self) -> int:
        """Presentation mode's body text in pixels, at the user's text size."""
        return round(ROOM_BASE_PX * self.settings.font_scale)

    def set_presenting(self, presenting: bool) -> None:
        self.presenting = presenting
        self.apply()

    def apply(self) -> None:
        from aws_advisor.ui.style import style_sheet

        dark = apply_theme(self.app, self.settings.theme, presenting=self.presenting)
        if self.presenting:
            px = self.room_px
            screen = QGuiApplication.primaryScreen()
            dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
            font = QFont(self.base_font)
            font.setPointSizeF(px * 72.0 / dpi)  # points, which the drawing code scales
            self.app.setFont(font)
            self.app.setStyleSheet(style_sheet(px, dark, high_contrast=True, unit="px"))
            return
        apply_font_scale(self.app, self.base_font, self.font_scale)
        self.app.setStyleSheet(style_sheet(self.app.font().pointSizeF(), dark))


def theme_actions(settings: Settings, parent: QObject) -> dict[Theme, QAction]:
    """One checkable action per theme, exclusive, the saved one checked; choosing saves it."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Theme", text)

    labels: dict[Theme, str] = {
        "system": tr("Follow &system"),
        "light": tr("&Light"),
        "dark": tr("&Dark"),
    }
    group = QActionGroup(parent)
    actions: dict[Theme, QAction] = {}
    for theme, label in labels.items():
        action = QAction(label, parent, checkable=True)
        action.setChecked(settings.theme == theme)
        action.triggered.connect(lambda _=False, t=theme: settings.set_theme(t))
        group.addAction(action)
        actions[theme] = action
    return actions

"""User preferences kept in QSettings: theme, font scale, window layout, last tree."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

Theme = Literal["system", "light", "dark"]
THEMES: tuple[Theme, ...] = ("system", "light", "dark")
FONT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


class Settings(QObject):
    """Typed access to the app's QSettings; emits when a visible preference changes."""

    theme_changed = Signal(str)
    font_scale_changed = Signal(float)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store if store is not None else QSettings()

    # --- preferences ---------------------------------------------------------------

    @property
    def theme(self) -> Theme:
        value = str(self._store.value("appearance/theme", "system"))
        return value if value in THEMES else "system"

    def set_theme(self, theme: Theme) -> None:
        if theme != self.theme:
            self._store.setValue("appearance/theme", theme)
            self.theme_changed.emit(theme)

    @property
    def font_scale(self) -> float:
        try:
            value = float(self._store.value("appearance/font_scale", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return min(max(value, FONT_SCALES[0]), FONT_SCALES[-1])

    def set_font_scale(self, scale: float) -> None:
        scale = min(max(scale, FONT_SCALES[0]), FONT_SCALES[-1])
        if abs(scale - self.font_scale) > 1e-9:
            self._store.setValue("appearance/font_scale", scale)
            self.font_scale_changed.emit(scale)

    def step_font_scale(self, steps: int) -> None:
        """Move ``steps`` places along FONT_SCALES (negative: smaller)."""
        current = min(range(len(FONT_SCALES)), key=lambda i: abs(FONT_SCALES[i] - self.font_scale))
        index = min(max(current + steps, 0), len(FONT_SCALES) - 1)
        self.set_font_scale(FONT_SCALES[index])

    # --- window state --------------------------------------------------------------

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes_value(self, key: str, value: QByteArray) -> None:
        self._store.setValue(key, value)

    @property
    def last_tree(self) -> str | None:
        value = self._store.value("session/last_tree")
        return str(value) if value else None

    def set_last_tree(self, tree_id: str | None) -> None:
        self._store.setValue("session/last_tree", tree_id or "")

    def sync(self) -> None:
        self._store.sync()

"""Page Up, Page Down, Ctrl+Home and Ctrl+End scroll the page that has the focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QWidget

_MOVES = (
    ("PgDown", QAbstractSlider.SliderAction.SliderPageStepAdd),
    ("PgUp", QAbstractSlider.SliderAction.SliderPageStepSub),
    ("Ctrl+Home", QAbstractSlider.SliderAction.SliderToMinimum),
    ("Ctrl+End", QAbstractSlider.SliderAction.SliderToMaximum),
)


def scroll_keys(page: QWidget, bar: Callable[[], QScrollBar]) -> None:
    """While the focus is anywhere in ``page``, the page keys move ``bar()``: on a button
    below a long recommendation as well as in the text itself."""
    for key, move in _MOVES:
        shortcut = QShortcut(QKeySequence(key), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda move=move: bar().triggerAction(move))

"""Applies ``core.window_fit`` to a real window on its real screen, frame included."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from aws_advisor.core.window_fit import fit_window, minimum_size


def fit_to_screen(window: QWidget, *, keep_geometry: bool = True) -> None:
    """Keep ``window`` and its frame inside its screen's available area, at least the
    minimum size there. ``keep_geometry`` False places it as on a first start.

    The window manager's frame is known only once the window is shown, so the fit is made
    again then.
    """
    _fit(window, keep_geometry)
    if not window.isVisible():
        window.installEventFilter(_FitWhenShown(window))


def _fit(window: QWidget, keep_geometry: bool) -> None:
    screen = window.screen()
    if screen is None or window.isFullScreen() or window.isMaximized():
        return
    area = screen.availableGeometry()
    available = (area.x(), area.y(), area.width(), area.height())
    inner, outer = window.geometry(), window.frameGeometry()
    left, top = inner.x() - outer.x(), inner.y() - outer.y()
    extra_w, extra_h = outer.width() - inner.width(), outer.height() - inner.height()
    min_w, min_h = minimum_size(available)  # the frame counts towards it
    window.setMinimumSize(max(0, min_w - extra_w), max(0, min_h - extra_h))
    wanted = (outer.x(), outer.y(), outer.width(), outer.height()) if keep_geometry else None
    x, y, w, h = fit_window(available, wanted)
    window.setGeometry(x + left, y + top, w - extra_w, h - extra_h)


class _FitWhenShown(QObject):
    """Fits the window once more after its first show, when the frame is known."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: _fit(self._window, True))
            self.deleteLater()
        return False

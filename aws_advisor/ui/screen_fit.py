"""Applies ``core.window_fit`` to a real window on its real screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from aws_advisor.core.window_fit import fit_window, minimum_size


def fit_to_screen(window: QWidget, *, keep_geometry: bool = True) -> None:
    """Keep ``window`` inside its screen's available area, at least the minimum size there.

    ``keep_geometry`` False places it as on a first start (centred, preferred size).
    """
    screen = window.screen()
    if screen is None or window.isFullScreen() or window.isMaximized():
        return
    area = screen.availableGeometry()
    available = (area.x(), area.y(), area.width(), area.height())
    window.setMinimumSize(*minimum_size(available))
    frame = window.geometry()
    wanted = (frame.x(), frame.y(), frame.width(), frame.height()) if keep_geometry else None
    window.setGeometry(*fit_window(available, wanted))

"""Guards against Qt-binding regressions that crash the app rather than fail a feature."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot


def test_qt_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    # PySide6 6.12.0 dropped a reference to None on every such call; on Python 3.11 the
    # interpreter then aborts ("deallocating None"). The app makes these calls constantly.
    view = QTreeWidget()
    qtbot.addWidget(view)
    heading = QTreeWidgetItem(["heading"])
    view.addTopLevelItem(heading)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(500):
        QApplication.focusWidget()
        view.currentItem()
        heading.parent()
    gc.collect()
    assert sys.getrefcount(None) >= before

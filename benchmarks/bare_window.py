"""The start-up baseline: an empty PySide6 QMainWindow that quits after its first paint."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _QuitOnPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    quitter = _QuitOnPaint(window)
    window.installEventFilter(quitter)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())

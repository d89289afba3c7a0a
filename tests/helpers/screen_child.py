"""The real window on a screen of a given size, for tests/ui/test_screen_sizes.py.

``python -m tests.helpers.screen_child WIDTH HEIGHT TEXT_SCALE DPR WORKDIR`` starts the app
offscreen on one screen of WIDTH x HEIGHT logical pixels (device pixel ratio DPR), with the
text size at TEXT_SCALE, opens a workshop on the shipped question with the longest answers,
and prints one JSON object: for the normal window and for presentation mode, every visible
widget that sticks out of the screen, whether a horizontal scrollbar shows, and whether all
answers are visible without scrolling. A screen size can only be chosen when a Qt
application starts, hence a process per size.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

WIDEST = ("spot_allocation_strategy", "goal")
"""The shipped question whose answers take the most room (tests check it still is)."""


def main(argv: list[str]) -> None:
    width, height, scale, dpr, work = int(argv[0]), int(argv[1]), float(argv[2]), argv[3], argv[4]
    config = Path(work) / "screen.json"
    screen = {"name": "room", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": float(dpr)}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    from PySide6.QtCore import QPoint, QRect, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

    from aws_advisor.ui.app import build_window, create_app
    from aws_advisor.ui.settings import Settings
    from tests.helpers.fake_dialogs import FakeDialogs

    app = create_app(["aws-advisor-screen"])
    store = QSettings(str(Path(work) / "settings.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.set_font_scale(scale)
    window = build_window(
        app, settings, use_user_trees=False, data_dir=Path(work) / "data", dialogs=FakeDialogs()
    )
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.workshops.new()
    window.workshops.add_tree(WIDEST[0])
    workshop = window.workshops.workshop
    assert workshop is not None
    window.workshops.controller.select(workshop.decisions[-1].id)
    QTest.qWait(50)
    area = QRect(0, 0, width, height)

    def shown_part(w: QWidget) -> QRect:
        """The part of ``w`` its parents let show (a scrolled-away part does not)."""
        rect = QRect(w.mapToGlobal(QPoint(0, 0)), w.size())
        parent = w.parentWidget()
        while parent is not None:
            rect = rect.intersected(QRect(parent.mapToGlobal(QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        return rect

    def outside() -> list[str]:
        found = []
        for w in window.findChildren(QWidget):
            if not w.isVisible() or w.window() is not window or w.width() == 0:
                continue
            rect = shown_part(w)
            if not rect.isEmpty() and not area.contains(rect):
                found.append(f"{type(w).__name__} {w.objectName()!r} at {rect.getRect()}")
        return found

    def horizontal_bars() -> list[str]:
        return [
            f"{type(s).__name__} {s.objectName()!r}"
            for s in window.findChildren(QAbstractScrollArea)
            if s.isVisible()
            and s.horizontalScrollBar().isVisible()
            and s is not window.diagrams.current_view()  # a zoomable diagram may pan
        ]

    def answers() -> dict[str, Any]:
        page = window.question_page
        session = window.controller.session
        question = session.current_question if session is not None else None
        viewport = page.scroller.viewport()
        shown = QRect(QPoint(0, 0), viewport.size())
        cut = [
            b.option_id
            for b in page.option_buttons
            if not shown.contains(QRect(b.mapTo(viewport, QPoint(0, 0)), b.size()))
        ]
        return {
            "question": question.id if question is not None else None,
            "count": len(page.option_buttons),
            "cut": cut,
            "scrolls": page.scroller.verticalScrollBar().isVisible(),
        }

    def report() -> dict[str, Any]:
        QTest.qWait(100)
        return {
            "outside": outside(),
            "horizontal_bars": horizontal_bars(),
            "answers": answers(),
            "window": window.frameGeometry().getRect(),
        }

    result: dict[str, Any] = {"normal": report()}
    QTest.keyClick(window, Qt.Key.Key_F11)
    QTest.qWait(100)
    result["presenting"] = report()
    label = window.question_page.option_buttons[0].findChild(QWidget, "optionLabel")
    prompt = window.question_page.prompt
    result["px"] = {
        "answer": label.fontInfo().pixelSize() if label is not None else 0,
        "question": prompt.fontInfo().pixelSize(),
        "room_map": window.presentation.room.branches.fontInfo().pixelSize()
        if window.presentation.room is not None
        else 0,
    }
    QTest.keyClick(window, Qt.Key.Key_F11)
    QTest.qWait(100)
    result["after"] = report()
    for _ in range(4):  # Ctrl++ four times, then back to the size the case started with
        QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    result["larger"] = report()
    settings.set_font_scale(scale)
    QTest.qWait(100)
    result["back"] = report()
    result["back"]["map_width"] = window.diagrams.width() if window.diagrams.isVisible() else None
    print(json.dumps(result), flush=True)
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(sys.argv[1:])

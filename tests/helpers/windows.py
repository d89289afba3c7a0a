"""The type of the ``make_window`` fixture (tests/ui/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aws_advisor.ui.catalog_page import TREE_ID_ROLE
from aws_advisor.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
"""Builds a real main window: ``make_window(extra_tree_dirs=..., store=..., dialogs=...)``."""


def click_tree_in_catalogue(qtbot: QtBot, window: MainWindow, tree_id: str) -> None:
    view = window.catalog_page.trees
    for i in range(view.topLevelItemCount()):
        group = view.topLevelItem(i)
        assert group is not None
        for j in range(group.childCount()):
            item = group.child(j)
            if item is not None and item.data(0, TREE_ID_ROLE) == tree_id:
                view.scrollToItem(item)
                rect = view.visualItemRect(item)
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return
    pytest.fail(f"{tree_id} is not in the catalogue")

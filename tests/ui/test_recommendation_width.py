"""The recommendation page never scrolls sideways: the comparison table gives way to a list
per option whenever the laid-out table would be wider than the page, at any width."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aws_advisor.core.engine.session import Session, enumerate_paths
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.ui.recommendation_page import RecommendationPage

CATALOG = load_catalog(shipped_tree_dir())
# Trees whose comparison has the most columns: the widest tables.
WIDEST = sorted(CATALOG.trees.values(), key=lambda t: -len(t.comparison))[:4]


@pytest.mark.parametrize("tree", WIDEST, ids=lambda t: t.id)
def test_no_width_gives_the_recommendation_a_side_scroll_bar(
    qtbot: QtBot, tree: DecisionTree
) -> None:
    trail, _ = enumerate_paths(tree)[0]
    session = Session(tree)
    for _, option in trail:
        session.answer(option)
    page = RecommendationPage()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    page.show_explanation(tree, session.explain())
    for width in (900, 700, 520, 450, 430, 415, 400, 380, 600, 1000):
        page.resize(width, 600)
        for _ in range(3):
            QApplication.processEvents()
        bar = page.browser.horizontalScrollBar()
        assert bar.maximum() == 0, (tree.id, width)
    page.resize(2400, 600)  # with room to spare, the comparison is a table again
    for _ in range(3):
        QApplication.processEvents()
    assert page.browser.document().rootFrame().childFrames()

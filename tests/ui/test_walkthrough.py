"""The app as a user drives it: clicks and keys on the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aws_advisor.core.engine.session import Session, enumerate_paths
from aws_advisor.core.engine.wording import reason_of
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.ui.catalog_page import TREE_ID_ROLE
from aws_advisor.ui.main_window import MainWindow
from tests.helpers.trees import BASE
from tests.helpers.windows import WindowFactory, click_tree_in_catalogue

FLAGSHIPS = ["ebs_volume_type", "elb_type", "ec2_purchase_option", "route53_routing_policy"]
SHIPPED = load_catalog(shipped_tree_dir())


def click_option(qtbot: QtBot, window: MainWindow, option_id: str) -> None:
    page = window.question_page
    (button,) = [b for b in page.option_buttons if b.option_id == option_id]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def one_path_per_outcome(tree_id: str) -> list[tuple[tuple[tuple[str, str], ...], str]]:
    chosen: dict[str, tuple[tuple[str, str], ...]] = {}
    for trail, outcome in enumerate_paths(SHIPPED.get(tree_id)):
        chosen.setdefault(outcome, trail)
    return [(trail, outcome) for outcome, trail in chosen.items()]


CASES = [
    pytest.param(tree_id, trail, outcome, id=f"{tree_id}-{outcome}")
    for tree_id in FLAGSHIPS
    if tree_id in SHIPPED.trees
    for trail, outcome in one_path_per_outcome(tree_id)
]


@pytest.mark.parametrize(("tree_id", "trail", "outcome_id"), CASES)
def test_every_flagship_outcome_through_the_ui(
    qtbot: QtBot,
    window: MainWindow,
    tree_id: str,
    trail: tuple[tuple[str, str], ...],
    outcome_id: str,
) -> None:
    click_tree_in_catalogue(qtbot, window, tree_id)
    assert window.pages.currentWidget() is window.question_page
    for question_id, option_id in trail:
        question = SHIPPED.get(tree_id).question(question_id)
        assert question is not None
        assert window.question_page.prompt.text() == question.prompt
        click_option(qtbot, window, option_id)
    assert window.pages.currentWidget() is window.recommendation_page
    engine = Session(SHIPPED.get(tree_id))
    for _, option_id in trail:
        engine.answer(option_id)
    expl = engine.explain()
    assert expl.outcome.id == outcome_id
    text = window.recommendation_page.browser.toPlainText()
    assert expl.outcome.title in window.recommendation_page.heading.text()
    assert expl.outcome.summary in text
    for why in expl.why:
        assert why.text in text
    flat = " ".join(text.split())
    for ruled in expl.why_not:
        names = "; ".join(o.title for o in ruled.outcomes)
        assert " ".join(f"{names}: {reason_of(ruled)}".split()) in flat
    for beside in (*expl.also_fits, *expl.part_of_plan):
        assert f"{beside.outcome.title}: {beside.note}" in text


def test_all_four_flagships_are_shipped() -> None:
    assert set(FLAGSHIPS) <= set(SHIPPED.trees)


def test_keyboard_only_from_catalogue_to_recommendation_and_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.catalog_page.search.hasFocus()
    qtbot.keyClicks(window.catalog_page.search, "load balancer")
    qtbot.keyClick(window.catalog_page.search, Qt.Key.Key_Down)
    focused = QApplication.focusWidget()
    assert focused is window.catalog_page.trees
    current = window.catalog_page.trees.currentItem()
    assert current is not None
    tree_id = str(current.data(0, TREE_ID_ROLE))
    assert tree_id == "elb_type"  # the best match is highlighted, whatever its category
    qtbot.keyClick(window.catalog_page.trees, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.question_page
    answered = 0
    while window.pages.currentWidget() is window.question_page:
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1)
        answered += 1
        assert answered < 20
    assert window.pages.currentWidget() is window.recommendation_page
    assert window.controller.session is not None and window.controller.session.tree.id == tree_id
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Backspace)
    assert window.pages.currentWidget() is window.question_page
    assert len(window.controller.session.path) == answered - 1
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.catalog_page
    assert window.controller.session is None


def test_breadcrumb_revisits_an_earlier_question(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_in_catalogue(qtbot, window, "ebs_volume_type")
    first_prompt = window.question_page.prompt.text()
    click_option(qtbot, window, "single")
    click_option(qtbot, window, "must_persist")
    crumbs = window.question_page.crumb_buttons()
    assert crumbs[0].text().startswith("1. ")
    assert len(crumbs) == 2
    qtbot.mouseClick(crumbs[0], Qt.MouseButton.LeftButton)
    assert window.question_page.prompt.text() == first_prompt
    assert window.controller.session is not None and window.controller.session.path == ()


def test_restart_and_back_keys(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_in_catalogue(qtbot, window, "elb_type")
    first = window.question_page.prompt.text()
    qtbot.keyClick(window.question_page, Qt.Key.Key_2)
    qtbot.keyClick(window.question_page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.question_page.prompt.text() == first
    qtbot.keyClick(window.question_page, Qt.Key.Key_2)
    assert window.controller.session is not None and len(window.controller.session.path) == 1
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.question_page
    assert window.question_page.prompt.text() == first


def test_search_finds_a_tree_by_an_outcome_name(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.catalog_page.search, "Gateway Load Balancer")
    assert "elb_type" in window.catalog_page.visible_tree_ids()
    qtbot.keyClicks(window.catalog_page.search, " zzzz-nothing")
    assert window.catalog_page.visible_tree_ids() == []
    assert window.catalog_page.empty.isVisible()


def test_a_misspelt_question_highlights_its_decision_and_enter_opens_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.catalog_page.search, "which laod balancer")
    qtbot.keyClick(window.catalog_page.search, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.question_page
    assert window.controller.session is not None
    assert window.controller.session.tree.id == "elb_type"


def test_broken_user_tree_shows_in_problems_and_the_app_works(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "mytrees"
    folder.mkdir()
    (folder / "mine.yaml").write_text(BASE.replace("id: sample", "id: mine"), encoding="utf-8")
    (folder / "broken.yaml").write_text(
        BASE.replace("start: shared", "start: nope"), encoding="utf-8"
    )
    window = make_window((folder,))
    page = window.catalog_page
    assert page.problems_box.isVisible()
    messages = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert messages == [f"{folder / 'broken.yaml'}:8:8: start: no question has the id 'nope'"]
    click_tree_in_catalogue(qtbot, window, "mine")
    click_option(qtbot, window, "many")
    assert window.pages.currentWidget() is window.recommendation_page
    assert "Shared file system" in window.recommendation_page.heading.text()


def test_no_problems_panel_without_problems(window: MainWindow) -> None:
    assert not window.catalog_page.problems_box.isVisible()


def test_map_click_revisits_a_question(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_in_catalogue(qtbot, window, "ebs_volume_type")
    click_option(qtbot, window, "single")
    click_option(qtbot, window, "must_persist")
    view = window.diagrams.map_view
    point = view.node_view_point("sharing")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    assert window.controller.session is not None
    assert window.controller.session.path == ()
    sharing = SHIPPED.get("ebs_volume_type").question("sharing")
    assert sharing is not None
    assert window.question_page.prompt.text() == sharing.prompt


def test_enter_in_the_search_box_opens_the_highlighted_decision(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.catalog_page.search, "load balancer")
    qtbot.keyClick(window.catalog_page.search, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.question_page
    assert window.controller.session is not None
    assert window.controller.session.tree.id == "elb_type"


def test_page_keys_scroll_a_long_recommendation_from_its_buttons(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(900, 500)
    click_tree_in_catalogue(qtbot, window, "ebs_volume_type")
    trail, _ = one_path_per_outcome("ebs_volume_type")[0]
    for _, option_id in trail:
        click_option(qtbot, window, option_id)
    page = window.recommendation_page
    assert window.pages.currentWidget() is page
    bar = page.browser.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    page.restart_button.setFocus()
    qtbot.keyClick(page.restart_button, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    assert window.controller.session is not None  # no other decision, no change of page
    qtbot.keyClick(page.restart_button, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(page.restart_button, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0


def test_the_comparison_never_breaks_a_word_it_lists_options_when_narrow(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_tree_in_catalogue(qtbot, window, "elb_type")
    trail, _ = one_path_per_outcome("elb_type")[0]
    for _, option_id in trail:
        click_option(qtbot, window, option_id)
    page = window.recommendation_page
    window.splitter.setSizes([300, 500])
    qtbot.waitUntil(lambda: "<table" not in page.browser.toHtml().split("How the options")[-1])
    listed = page.browser.toPlainText().split("How the options compare")[-1]
    assert "Application Load Balancer (ALB)" in listed  # whole, on one line
    window.resize(1600, 700)
    window.splitter.setSizes([1200, 400])
    qtbot.waitUntil(lambda: "<table" in page.browser.toHtml().split("How the options")[-1])

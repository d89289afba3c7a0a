"""The map and sketch views, driven like a user would: clicks, keys, wheel, hover."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QHelpEvent, QKeySequence, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from aws_advisor.core.engine.session import Session
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.qt.diagrams.map_view import DecisionMapView
from aws_advisor.qt.diagrams.sketch_scene import SketchEdgeItem, SketchGroupItem, SketchNodeItem
from aws_advisor.qt.diagrams.sketch_view import SketchView
from tests.helpers.trees import DAG_YAML

# Showing top-level windows (views, tooltips) on the offscreen platform logs these.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture(scope="module")
def tree() -> DecisionTree:
    return load_tree_text(DAG_YAML, "dag.yaml")


@pytest.fixture
def map_view(qtbot: QtBot) -> DecisionMapView:
    view = DecisionMapView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def click(qtbot: QtBot, view: DecisionMapView, pos: QPoint) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_clicking_a_question_box_emits_its_id(
    qtbot: QtBot, map_view: DecisionMapView, tree: DecisionTree
) -> None:
    map_view.show_path(tree, [("start", "unsure")])
    with qtbot.waitSignal(map_view.question_clicked, timeout=2000) as blocker:
        click(qtbot, map_view, map_view.node_view_point("start"))
    assert blocker.args == ["start"]
    # A dimmed question off the path is still reported; the window decides what it means.
    with qtbot.waitSignal(map_view.question_clicked, timeout=2000) as blocker:
        click(qtbot, map_view, map_view.node_view_point("n2"))
    assert blocker.args == ["speed"]


def test_clicking_an_outcome_or_empty_space_emits_nothing(
    qtbot: QtBot, map_view: DecisionMapView, tree: DecisionTree
) -> None:
    map_view.show_path(tree)
    with qtbot.assertNotEmitted(map_view.question_clicked, wait=50):
        click(qtbot, map_view, map_view.node_view_point("files"))
        rect = map_view.node_rect("n0")
        click(qtbot, map_view, map_view.mapFromScene(rect.topLeft() - QPointF(40, 10)))


def test_zoom_keys_and_ctrl_wheel_change_the_transform(
    qtbot: QtBot, map_view: DecisionMapView, tree: DecisionTree
) -> None:
    map_view.show_path(tree)
    map_view.setFocus()
    assert map_view.transform().m11() == pytest.approx(1.0)
    qtbot.keyClick(map_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert map_view.transform().m11() == pytest.approx(1.25)
    qtbot.keyClick(map_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(map_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert map_view.transform().m11() == pytest.approx(0.8)
    centre = QPointF(map_view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(map_view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(map_view.viewport(), wheel)
    assert map_view.transform().m11() == pytest.approx(1.0)
    map_view.set_zoom(4.0)
    qtbot.keyClick(map_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    scene_rect = map_view.sceneRect()
    visible = map_view.mapToScene(map_view.viewport().rect()).boundingRect()
    assert map_view.zoom <= 1.0
    assert visible.adjusted(-1, -1, 1, 1).contains(scene_rect)


def test_the_view_keeps_ctrl_plus_from_window_shortcuts_on_the_same_keys(
    qtbot: QtBot, tree: DecisionTree
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    larger_text = QAction("Larger text", window)
    larger_text.setShortcut(QKeySequence("Ctrl++"))
    window.addAction(larger_text)
    view = DecisionMapView(parent=window)
    QVBoxLayout(window).addWidget(view)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    view.show_path(tree)
    view.setFocus()
    with qtbot.assertNotEmitted(larger_text.triggered):
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.25)


def test_a_long_question_is_shown_whole_and_hover_shows_its_text_and_an_answer_label(
    qtbot: QtBot, map_view: DecisionMapView, tree: DecisionTree
) -> None:
    map_view.show_path(tree)
    model = map_view.map_model
    assert model is not None
    root = model.nodes[0]
    prompt = tree.question("start").prompt  # type: ignore[union-attr]
    assert len(root.lines) > 5 and " ".join(root.lines).split() == prompt.split()  # never cut
    pos = map_view.node_view_point("start")
    QApplication.sendEvent(
        map_view.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, pos, map_view.viewport().mapToGlobal(pos)),
    )
    assert QToolTip.text() == root.text == tree.question("start").prompt  # type: ignore[union-attr]
    item = map_view.node_item("n1")
    assert item is not None
    label_pos = map_view.mapFromScene(item.label_rect.center())
    assert map_view.tooltip_at(label_pos) == "Several servers share the files"
    copy = map_view.node_item("n7")
    assert copy is not None
    copy_tip = map_view.tooltip_at(map_view.mapFromScene(copy.box_rect.center()))
    assert copy_tip.startswith("How fast must it be?")
    assert "“One server”" in copy_tip  # where the same step first appears
    QToolTip.hideText()


def test_answering_restyles_the_same_items_without_a_new_layout(
    qtbot: QtBot, map_view: DecisionMapView, tree: DecisionTree
) -> None:
    session = Session(tree)
    map_view.show_session(session)
    scene = map_view.map_scene
    assert scene is not None
    items = list(scene.node_items)
    session.answer("one")
    map_view.show_session(session)
    assert map_view.map_scene is scene and scene.node_items == items
    states = {item.key: item.state for item in items}
    assert states["n0"] == "on_path" and states["n2"] == "current"
    assert states["n5"] == "ruled_out" and states["n3"] == "open"
    session.answer("normal")
    map_view.show_session(session)
    assert {i.key: i.state for i in items}["n4"] == "reached"


def test_the_current_question_is_brought_into_view(
    qtbot: QtBot, map_view: DecisionMapView, tree: DecisionTree
) -> None:
    map_view.show_path(tree)
    map_view.set_zoom(6.0)
    map_view.horizontalScrollBar().setValue(map_view.horizontalScrollBar().maximum())
    map_view.verticalScrollBar().setValue(map_view.verticalScrollBar().maximum())
    map_view.show_path(tree, [("start", "unsure"), ("budget", "generous")])
    visible = map_view.mapToScene(map_view.viewport().rect()).boundingRect()
    assert visible.contains(map_view.node_rect("n7").center())


def test_font_scale_makes_text_and_boxes_larger(
    qtbot: QtBot, map_view: DecisionMapView, tree: DecisionTree
) -> None:
    map_view.show_path(tree)
    small = map_view.node_rect("n0")
    map_view.set_font_scale(2.0)
    large = map_view.node_rect("n0")
    assert large.height() > small.height() * 1.5
    scene = map_view.map_scene
    assert scene is not None and scene.diagram_style.font.pointSizeF() >= 20.0


def test_colours_follow_the_palette(
    qtbot: QtBot, map_view: DecisionMapView, tree: DecisionTree
) -> None:
    map_view.show_path(tree)
    dark = QPalette(map_view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1b1f26"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e9edf2"))
    map_view.setPalette(dark)
    scene = map_view.map_scene
    assert scene is not None
    assert scene.backgroundBrush().color() == QColor("#1b1f26")
    assert scene.diagram_style.dark
    assert map_view.accessibleName() == "Decision map"


def test_the_sketch_view_draws_groups_icons_and_labelled_arrows(
    qtbot: QtBot, tree: DecisionTree
) -> None:
    view = SketchView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    outcome = tree.outcome("block")
    assert outcome is not None
    view.set_sketch(outcome)
    scene = view.sketch_scene
    assert scene is not None
    items = scene.items()
    groups = [i for i in items if isinstance(i, SketchGroupItem)]
    nodes = [i for i in items if isinstance(i, SketchNodeItem)]
    edges = [i for i in items if isinstance(i, SketchEdgeItem)]
    assert [g.placed_group.label for g in groups] == ["VPC"]
    assert sorted(n.node.text for n in nodes) == ["Application", "EBS volume"]
    assert all(n.toolTip() and n.has_icon for n in nodes)
    assert [e.edge.label for e in edges] == ["reads and writes"]
    assert view.accessibleName() == "Architecture sketch"
    view.grab()  # paints every item once
    view.clear()
    assert view.sketch_scene is None and view.scene() is None


def test_another_decisions_map_starts_at_full_size_not_at_the_old_zoom(
    qtbot: QtBot, map_view: DecisionMapView, tree: DecisionTree
) -> None:
    map_view.show_path(tree)
    map_view.setFocus()
    for _ in range(4):
        qtbot.keyClick(map_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert map_view.zoom < 0.5
    qtbot.keyClick(map_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    map_view.show_path(tree)  # the same decision, answered on: the zoom is the user's
    assert map_view.zoom < 0.5
    other = load_tree_text(DAG_YAML.replace("id: dag", "id: other_dag", 1), "other.yaml")
    map_view.show_path(other)
    assert map_view.zoom == pytest.approx(1.0)


def test_a_big_map_opens_legible_at_its_first_question_not_shrunk_to_specks(
    qtbot: QtBot, map_view: DecisionMapView
) -> None:
    from aws_advisor.core.resources import shipped_tree_dir
    from aws_advisor.core.tree.loader import load_tree
    from aws_advisor.qt.diagrams.base import READABLE_ZOOM

    big = load_tree(shipped_tree_dir() / "ec2_purchase_option.yaml")
    map_view.resize(420, 400)
    map_view.show_path(big)
    map_view.fit_to_view(readable=True)
    assert map_view.zoom == READABLE_ZOOM  # the whole tree would need far less
    item = map_view.node_item("n0")  # the first question
    assert item is not None
    box = map_view.mapFromScene(item.box_rect).boundingRect()
    assert map_view.viewport().rect().intersects(box)  # the first question is in view
    map_view.fit_to_view()  # asked for: the whole tree, however small
    assert map_view.zoom < READABLE_ZOOM


def test_a_sketch_wider_than_its_panel_opens_whole_and_keeps_the_users_zoom(
    qtbot: QtBot, tree: DecisionTree
) -> None:
    view = SketchView()
    qtbot.addWidget(view)
    view.resize(200, 300)  # narrower than the sketch at full size
    outcome = tree.outcome("block")
    assert outcome is not None
    view.set_sketch(outcome)  # drawn while hidden, as on the map tab
    view.show()
    qtbot.waitExposed(view)

    def whole_sketch_visible() -> bool:
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        return visible.adjusted(-1, -1, 1, 1).contains(view.sceneRect())

    assert view.zoom < 1.0 and whole_sketch_visible()
    view.resize(1400, 500)  # the panel grows: a fitted sketch grows with it, up to 100%
    qtbot.waitUntil(lambda: view.zoom == pytest.approx(1.0))
    view.resize(300, 300)
    qtbot.waitUntil(whole_sketch_visible)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoomed = view.zoom
    view.resize(320, 320)  # after the user zooms, resizing leaves their zoom alone
    qtbot.wait(20)
    assert view.zoom == pytest.approx(zoomed)

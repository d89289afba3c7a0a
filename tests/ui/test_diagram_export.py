"""Exporting diagrams: every format is written and reads back as what it claims to be."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer
from PySide6.QtWidgets import QGraphicsScene
from pytestqt.qtbot import QtBot

from aws_advisor.core.diagrams.decision_map import DecisionMap
from aws_advisor.core.diagrams.map_state import decision_map
from aws_advisor.core.diagrams.sketch_layout import layout_sketch
from aws_advisor.core.diagrams.sketch_parts import SketchLayout
from aws_advisor.core.formats import FormatError, find_format, formats
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.tree.model import DecisionTree, Outcome, Sketch, SketchEdge, SketchNode
from aws_advisor.qt.diagrams.export import (
    copy_to_clipboard,
    diagram_scene,
    export_diagram,
    save_diagram,
)
from aws_advisor.qt.diagrams.map_view import DecisionMapView
from tests.helpers.trees import DAG_YAML

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def tree() -> DecisionTree:
    return load_tree_text(DAG_YAML, "dag.yaml")


@pytest.fixture
def dmap(tree: DecisionTree) -> DecisionMap:
    return decision_map(tree, [("start", "unsure")])


@pytest.fixture
def outcome(tree: DecisionTree) -> Outcome:
    found = tree.outcome("block")
    assert found is not None
    return found


def scene_size(scene: QGraphicsScene) -> tuple[int, int]:
    rect = scene.sceneRect()
    return math.ceil(rect.width()), math.ceil(rect.height())


def check_png(path: Path, scene: QGraphicsScene) -> None:
    image = QImage(str(path))
    assert not image.isNull()
    width, height = scene_size(scene)
    assert (image.width(), image.height()) == (2 * width, 2 * height)


def check_svg(path: Path) -> None:
    assert QSvgRenderer(str(path)).isValid()
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def check_pdf(path: Path, scene: QGraphicsScene) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1  # one page
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert box is not None
    rect = scene.sceneRect()
    assert float(box.group(1)) == pytest.approx(rect.width() * 0.75, abs=1.0)
    assert float(box.group(2)) == pytest.approx(rect.height() * 0.75, abs=1.0)


def cells(path: Path) -> list[ET.Element]:
    root = ET.parse(path).getroot()  # well-formed XML, or this raises
    assert root.tag == "mxfile"
    found = root.findall("./diagram/mxGraphModel/root/mxCell")
    assert [c.get("id") for c in found[:2]] == ["0", "1"]
    return found


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".drawio"])
def test_the_map_exports_to_every_format(
    qtbot: QtBot, tmp_path: Path, dmap: DecisionMap, suffix: str
) -> None:
    path = save_diagram(dmap, tmp_path / f"map{suffix}")
    assert path.is_file()
    scene = diagram_scene(dmap)
    if suffix == ".png":
        check_png(path, scene)
    elif suffix == ".svg":
        check_svg(path)
    elif suffix == ".pdf":
        check_pdf(path, scene)
    else:
        found = cells(path)
        assert len(found) == len(dmap.nodes) + len(dmap.edges) + 2
        vertices = {c.get("id") for c in found if c.get("vertex") == "1"}
        assert vertices == {n.key for n in dmap.nodes}
        edges = [c for c in found if c.get("edge") == "1"]
        assert all(c.get("source") in vertices and c.get("target") in vertices for c in edges)
        root = next(c for c in found if c.get("id") == "n0")
        assert root.get("value") == dmap.nodes[0].text  # the full text, not the elided lines
        shared = next(c for c in found if c.get("id") == "n6")
        assert "dashed=1" in (shared.get("style") or "")


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".drawio"])
def test_a_sketch_exports_to_every_format(
    qtbot: QtBot, tmp_path: Path, outcome: Outcome, suffix: str
) -> None:
    path = save_diagram(outcome, tmp_path / f"sketch{suffix}")
    scene = diagram_scene(outcome)
    if suffix == ".png":
        check_png(path, scene)
    elif suffix == ".svg":
        check_svg(path)
    elif suffix == ".pdf":
        check_pdf(path, scene)
    else:
        layout: SketchLayout = layout_sketch(outcome)
        found = cells(path)
        assert len(found) == len(layout.groups) + len(layout.nodes) + len(layout.edges) + 2
        by_id = {c.get("id"): c for c in found}
        group = by_id["g-vpc"]
        assert "container=1" in (group.get("style") or "")
        assert by_id["n-app"].get("parent") == "g-vpc"  # members sit in their container
        assert (by_id["n-app"].get("style") or "").count("image=data:image/svg+xml,") == 1
        edge = next(c for c in found if c.get("edge") == "1")
        assert (edge.get("source"), edge.get("target"), edge.get("value")) == (
            "n-app",
            "n-disk",
            "reads and writes",
        )


def test_a_view_on_screen_exports_its_own_scene(
    qtbot: QtBot, tmp_path: Path, tree: DecisionTree
) -> None:
    view = DecisionMapView()
    qtbot.addWidget(view)
    view.show_path(tree, [("start", "one")])
    scene = view.map_scene
    assert scene is not None
    check_png(save_diagram(view, tmp_path / "view.png"), scene)
    found = cells(save_diagram(view, tmp_path / "view.drawio"))
    model = view.map_model
    assert model is not None
    styles = {c.get("id"): c.get("style") or "" for c in found}
    assert "strokeWidth=4" in styles["n2"]  # the current question stands out


def test_an_unknown_extension_names_the_formats_that_work(
    tmp_path: Path, dmap: DecisionMap
) -> None:
    with pytest.raises(FormatError) as caught:
        save_diagram(dmap, tmp_path / "map.jpg")
    message = str(caught.value)
    assert "'.jpg'" in message and ".png .svg .pdf .drawio" in message
    assert not (tmp_path / "map.jpg").exists()
    with pytest.raises(FormatError, match="no extension"):
        save_diagram(dmap, tmp_path / "map")


MAGIC = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF", ".drawio": b"<?xml"}


@pytest.mark.parametrize("fmt", formats("diagram"), ids=lambda f: f.suffix)
def test_every_registered_diagram_format_is_made_in_memory(
    qtbot: QtBot, tmp_path: Path, dmap: DecisionMap, fmt: object
) -> None:
    """A format added to the registry is drawn as bytes; no file is touched on the way."""
    assert fmt in formats("diagram")
    data = export_diagram(dmap, find_format("diagram", fmt.suffix))
    assert data.startswith(MAGIC[fmt.suffix])
    assert list(tmp_path.iterdir()) == []


def test_a_report_format_is_no_diagram_format(dmap: DecisionMap) -> None:
    with pytest.raises(FormatError, match="not a diagram format"):
        export_diagram(dmap, find_format("report", ".md"))


def test_copy_to_clipboard_puts_a_sharp_image_there(qtbot: QtBot, outcome: Outcome) -> None:
    scene = diagram_scene(outcome)
    copy_to_clipboard(scene)
    image = QGuiApplication.clipboard().image()
    width, height = scene_size(scene)
    assert (image.width(), image.height()) == (2 * width, 2 * height)


def test_sketch_labels_are_drawn_in_full_when_the_font_is_wider_than_estimated(
    qtbot: QtBot, tmp_path: Path
) -> None:
    node_label = "Internet gateway for inbound connections"
    edge_label = "inbound IPv6, if routes and security group allow"
    sketch = Sketch(
        nodes=(SketchNode("net", "internet"), SketchNode("igw", "internet_gateway", node_label)),
        edges=(SketchEdge("net", "igw", edge_label),),
    )
    wide = QFont(QGuiApplication.font())
    wide.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 140)
    scene = diagram_scene(layout_sketch(sketch), font=wide)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setViewBox(scene.sceneRect())
    painter = QPainter(generator)
    scene.render(painter)
    painter.end()
    text = " ".join(
        (t.text or "") for t in ET.fromstring(bytes(data.data())).iter() if t.tag.endswith("text")
    )
    assert "…" not in text
    for word in (node_label + " " + edge_label).split():
        assert word in text

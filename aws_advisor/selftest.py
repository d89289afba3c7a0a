"""``aws-advisor --self-test``: proves an installation (or a frozen bundle) works, offscreen.

It loads and fully validates every shipped tree, walks one tree to a recommendation and
explains it, draws the decision map and the architecture sketch offscreen, exports both
as PDF and SVG into a temporary folder and checks each file, and checks that the app icon
can be drawn (which needs Qt's SVG plugins in a bundle). The result is one line:
``self-test passed: ...`` or ``self-test failed: <reason>``.

Outside ``core`` on purpose: the drawing half needs Qt, imported only when it runs.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from aws_advisor.core.engine.session import Session
from aws_advisor.core.errors import AdvisorError
from aws_advisor.core.resources import resource_path, shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.model import DecisionTree

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsScene

EXIT_PASSED, EXIT_FAILED = 0, 1


class SelfTestError(AdvisorError):
    """A check of the self-test failed; the message is the reason shown to the user."""


def run_self_test(out: TextIO) -> int:
    """Run every check and write the one-line result to ``out``.

    Returns:
        0 when every check passed, 1 otherwise.
    """
    started = time.perf_counter()
    try:
        trees = check_trees()
        session = walk_one_path(trees)
        with tempfile.TemporaryDirectory(prefix="aws-advisor-self-test-") as folder:
            render_and_export(session, Path(folder))
    except SelfTestError as exc:
        out.write(f"self-test failed: {exc}\n")
        return EXIT_FAILED
    except Exception as exc:  # a self-test reports every failure, expected or not
        out.write(f"self-test failed: unexpected {type(exc).__name__}: {exc}\n")
        out.write("".join(traceback.format_exception(exc)))
        return EXIT_FAILED
    elapsed = time.perf_counter() - started
    out.write(
        f"self-test passed: {len(trees)} trees valid, path walked, map+sketch rendered, "
        f"PDF+SVG exported in {elapsed:.1f} s\n"
    )
    return EXIT_PASSED


def check_trees() -> list[DecisionTree]:
    """Every shipped tree, loaded with all checks; any problem fails the self-test."""
    folder = shipped_tree_dir()
    if not folder.is_dir():
        raise SelfTestError(f"the shipped tree folder {folder} does not exist")
    catalog = load_catalog(folder)
    problems = catalog.problems
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SelfTestError(
            f"{len(problems)} problem{'s' if len(problems) > 1 else ''} in the shipped trees: "
            f"{problems[0]}{more}"
        )
    if not catalog.trees:
        raise SelfTestError(f"no trees in the shipped tree folder {folder}")
    return list(catalog.trees.values())


def walk_one_path(trees: list[DecisionTree]) -> Session:
    """Answer the first option of every question of the tree with the most questions."""
    tree = max(trees, key=lambda t: (len(t.questions), t.id))
    session = Session(tree)
    for _ in range(len(tree.questions)):
        question = session.current_question
        if question is None:
            break
        session.answer(question.options[0].id)
    outcome = session.outcome
    if outcome is None:
        raise SelfTestError(f"{tree.id}: answering the first options reached no recommendation")
    explanation = session.explain()
    if explanation.outcome is not outcome or len(explanation.path) != len(session.path):
        raise SelfTestError(f"{tree.id}: the explanation does not match the path walked")
    if not explanation.why:
        raise SelfTestError(f"{tree.id}: the explanation of {outcome.id!r} gives no reasons")
    return session


def render_and_export(session: Session, folder: Path) -> None:
    """Draw the session's map and its outcome's sketch, export each as PDF and SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise SelfTestError("a Qt application without widgets is already running")
    app = existing if existing is not None else QApplication([sys.argv[0] or "aws-advisor"])

    from aws_advisor.qt.diagrams.export import save_diagram
    from aws_advisor.qt.diagrams.map_view import DecisionMapView
    from aws_advisor.qt.diagrams.sketch_view import SketchView

    outcome = session.outcome
    assert outcome is not None  # walk_one_path ends at an outcome
    map_view = DecisionMapView()
    sketch_view = SketchView()
    try:
        map_view.show_session(session)
        sketch_view.set_sketch(outcome)
        for name, view, scene in (
            ("decision map", map_view, map_view.map_scene),
            ("sketch", sketch_view, sketch_view.sketch_scene),
        ):
            if scene is None:
                raise SelfTestError(f"the {name} view drew nothing")
            check_drawn(scene, name)
            stem = name.replace(" ", "-")
            check_pdf(save_diagram(view, folder / f"{stem}.pdf"))
            check_svg(save_diagram(view, folder / f"{stem}.svg"))
    finally:
        map_view.deleteLater()
        sketch_view.deleteLater()
        app.processEvents()

    icon_file = resource_path("icons", "app", "aws-advisor.svg")
    if QIcon(str(icon_file)).pixmap(64, 64).isNull():
        raise SelfTestError(f"the app icon {icon_file} cannot be drawn")


def check_drawn(scene: QGraphicsScene, name: str) -> None:
    """The scene has items, and drawing it changes pixels of a background-filled image."""
    from PySide6.QtGui import QImage

    from aws_advisor.qt.diagrams.export import render_image

    if not scene.items():
        raise SelfTestError(f"the {name} has nothing in it")
    image = render_image(scene, 1.0)
    blank = QImage(image.size(), image.format())
    blank.setDevicePixelRatio(image.devicePixelRatio())
    blank.fill(scene.backgroundBrush().color())
    if image.isNull() or image == blank:
        raise SelfTestError(f"drawing the {name} offscreen produced an empty image")


def check_pdf(path: Path) -> None:
    data = _read_exported(path)
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestError(f"{path.name} is not a complete PDF file")


def check_svg(path: Path) -> None:
    _read_exported(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise SelfTestError(f"{path.name} is not well-formed XML: {exc}") from None
    if root.tag.rpartition("}")[2] != "svg":
        raise SelfTestError(f"{path.name} is XML but not an SVG image (root {root.tag!r})")


def _read_exported(path: Path) -> bytes:
    if not path.is_file():
        raise SelfTestError(f"the export did not write {path.name}")
    data = path.read_bytes()
    if not data:
        raise SelfTestError(f"the exported {path.name} is empty")
    return data

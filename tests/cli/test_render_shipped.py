"""``aws-advisor render`` on every shipped tree: the map in every format, every sketch."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from aws_advisor.cli.main import main
from aws_advisor.core.engine.session import enumerate_paths
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from tests.helpers.files import check_file

CATALOG = load_catalog(shipped_tree_dir())
FORMATS = (".png", ".svg", ".pdf", ".drawio")


def render(tree_id: str, out: Path, diagram: str, answers: list[str] = ()) -> None:  # type: ignore[assignment]
    argv = ["render", tree_id, "--no-user-trees", "--diagram", diagram, "--out", str(out)]
    for answer in answers:
        argv += ["--answer", answer]
    stdout, stderr = io.StringIO(), io.StringIO()
    code = main(argv, stdout=stdout, stderr=stderr)
    assert code == 0, stderr.getvalue()
    assert out.stat().st_size > 0
    root = check_file(out)
    if out.suffix == ".drawio":
        assert root is not None and len(root) > 2  # the two root cells and the diagram's


@pytest.mark.parametrize("tree_id", list(CATALOG.trees), ids=str)
def test_every_shipped_tree_renders_its_map_and_sketches(
    qapp: QApplication, tmp_path: Path, tree_id: str
) -> None:
    for suffix in FORMATS:
        render(tree_id, tmp_path / f"map{suffix}", "map")
    first_path: dict[str, list[str]] = {}
    for trail, outcome in enumerate_paths(CATALOG.get(tree_id)):
        first_path.setdefault(outcome, [f"{q}={o}" for q, o in trail])
    assert set(first_path) == {o.id for o in CATALOG.get(tree_id).outcomes}
    for n, (outcome, answers) in enumerate(first_path.items()):
        # Every outcome's sketch as SVG and draw.io; the raster formats once per tree.
        for suffix in FORMATS if n == 0 else (".svg", ".drawio"):
            render(tree_id, tmp_path / f"{outcome}{suffix}", "sketch", answers)

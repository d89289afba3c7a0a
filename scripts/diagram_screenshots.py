"""Render the diagrams of a shipped tree to PNG, to look at them: a lit map and sketches.

    .venv/bin/python scripts/diagram_screenshots.py [--out docs/screenshots] [--dark]

Writes map-lit.png (the elb_type map with a partial path lit, or ebs_volume_type's) and
sketch-<outcome>.png for two outcomes. Runs offscreen; no display needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

TREES = (
    # tree id, a partial path, outcomes whose sketches to draw
    ("elb_type", [("appliances", "app_servers"), ("protocol", "web")], ("alb", "gwlb")),
    ("ebs_volume_type", [("sharing", "single"), ("lifetime", "must_persist")], ("gp3", "efs")),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNG files")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from aws_advisor.core.diagrams.decision_map import MapMetrics
    from aws_advisor.core.diagrams.map_state import DecisionMapCache
    from aws_advisor.core.resources import shipped_tree_dir
    from aws_advisor.core.tree.catalog import load_catalog
    from aws_advisor.qt.diagrams.export import diagram_scene, save_diagram
    from aws_advisor.qt.diagrams.style import DiagramStyle
    from aws_advisor.ui.theme import palette_for

    app = QApplication.instance() or QApplication(sys.argv[:1])
    palette = palette_for(args.dark)
    app.setPalette(palette)  # type: ignore[attr-defined]
    catalog = load_catalog(shipped_tree_dir())
    tree_id, path, outcome_ids = next(t for t in TREES if t[0] in catalog.trees)
    tree = catalog.get(tree_id)
    style = DiagramStyle.create(palette, QApplication.font())
    cache = DecisionMapCache(MapMetrics(char_width=style.char_width))

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""
    written = [
        save_diagram(diagram_scene(cache.decision_map(tree, path)), out / f"map-lit{suffix}.png")
    ]
    for outcome_id in outcome_ids:
        outcome = tree.outcome(outcome_id)
        if outcome is not None:
            written.append(save_diagram(outcome, out / f"sketch-{outcome_id}{suffix}.png"))
    for file in written:
        sys.stdout.write(f"{file}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

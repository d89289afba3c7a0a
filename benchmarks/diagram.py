"""How fast is the decision map? Layout, then layout plus scene, for random trees.

    .venv/bin/python benchmarks/diagram.py [--sizes 500 5000 20000] [--runs 5]

For each size, prints the median of a few runs of:

- layout: ``layout_decision_map`` (unfold, wrap, size the boxes, tidy layout, edges);
- layout + scene: the same, then ``DecisionMapView.set_map`` builds every item;
- restyle: answering one question on an already drawn map (states only, no layout);
- dot: Graphviz ``dot -Tplain`` on the same tree with the same box sizes, when ``dot``
  is on PATH (a comparison only; Graphviz is never a dependency of the app).

Goal: 5,000 boxes laid out and drawn in under 150 ms, at least 25x faster than dot, and
time growing linearly with size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from aws_advisor.core.diagrams.decision_map import DecisionMap, MapMetrics, layout_decision_map
from aws_advisor.core.diagrams.map_state import apply_state, map_state
from aws_advisor.core.tree.model import (
    DecisionTree,
    Option,
    Outcome,
    Question,
    Sketch,
    SketchNode,
    Source,
    Statement,
)

if TYPE_CHECKING:
    from aws_advisor.qt.diagrams.map_view import DecisionMapView

VOCABULARY = (
    "data volume instance traffic users region zone latency cost storage backup "
    "network load balancer database cache queue function container cluster replica "
    "snapshot throughput requests encryption access public private must should every "
    "several many one the a of to with for on in at is are be can does need"
)
WORDS = tuple(VOCABULARY.split())


def _text(rng: random.Random, low: int, high: int, end: str = "") -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return (" ".join(words).capitalize() + end).strip()


def random_tree(nodes: int, seed: int = 1) -> DecisionTree:
    """A decision tree with about ``nodes`` questions and outcomes, 2-4 answers each."""
    rng = random.Random(seed)
    children: dict[int, list[int]] = {0: []}
    frontier = [0]
    count = 1
    while count + 2 <= nodes:
        parent = frontier.pop(rng.randrange(len(frontier)))
        k = min(rng.randint(2, 4), nodes - count)
        kids = list(range(count, count + k))
        count += k
        children[parent] = kids
        for kid in kids:
            children[kid] = []
        frontier.extend(kids)
    sketch = Sketch(nodes=(SketchNode("app", "ec2"),))
    source = Source("Guide", "https://docs.aws.amazon.com/guide")
    questions, outcomes = [], []
    for node, kids in children.items():
        if kids:
            options = tuple(
                Option(f"o{i}", _text(rng, 1, 6), "Detail.", f"n{kid}")
                for i, kid in enumerate(kids)
            )
            questions.append(Question(f"n{node}", _text(rng, 5, 16, "?"), options))
        else:
            outcomes.append(
                Outcome(
                    id=f"n{node}",
                    title=_text(rng, 1, 5),
                    summary="Summary.",
                    provenance="notes",
                    reasons=(Statement("Reason."),),
                    sources=(source,),
                    as_of=dt.date(2026, 1, 1),
                    sketch=sketch,
                )
            )
    return DecisionTree(
        id=f"bench_{nodes}",
        title="Benchmark",
        category="Storage",
        summary="Random tree.",
        version="1.0",
        as_of=dt.date(2026, 1, 1),
        keywords=("bench",),
        start="n0",
        questions=tuple(questions),
        outcomes=tuple(outcomes),
        content_hash=f"seed{seed}",
    )


def timed_ms(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def median_ms(action: Callable[[], object], runs: int) -> float:
    return statistics.median(timed_ms(action, runs))


def dot_ms(dmap: DecisionMap, runs: int) -> float | None:
    """Graphviz dot on the same tree: boxes of the same size (inches at 1 unit = 0.2 in)."""
    dot = shutil.which("dot")
    if dot is None:
        return None
    lines = ["digraph map {", 'node [shape=box, fixedsize=true, label=""];']
    lines += [f"{n.key} [width={n.w * 0.2:.2f}, height={n.h * 0.2:.2f}];" for n in dmap.nodes]
    lines += [f"{e.source} -> {e.target};" for e in dmap.edges]
    lines.append("}")
    source = "\n".join(lines).encode()
    runs = max(1, min(runs, 3 if len(dmap.nodes) > 2000 else runs))
    return median_ms(
        lambda: subprocess.run([dot, "-Tplain"], input=source, capture_output=True, check=True),
        runs,
    )


def map_timings(
    size: int, runs: int
) -> tuple[list[float], list[float], DecisionMapView, MapMetrics, DecisionTree]:
    """Milliseconds of ``runs`` layouts and of ``runs`` layouts + scenes of a random tree.

    Also returns the view, metrics and tree, for further measurements on the same map.
    """
    from PySide6.QtWidgets import QApplication

    from aws_advisor.qt.diagrams.map_view import DecisionMapView

    app = QApplication.instance()
    assert app is not None
    view = DecisionMapView()
    view.resize(1200, 800)
    metrics = MapMetrics(char_width=view.metrics.char_width)
    tree = random_tree(size)
    layout = timed_ms(lambda: layout_decision_map(tree, metrics), runs)

    def layout_and_scene() -> None:
        view.clear()
        dmap = layout_decision_map(tree, metrics)
        view.set_map(apply_state(dmap, map_state(dmap)))
        app.processEvents()

    return layout, timed_ms(layout_and_scene, runs), view, metrics, tree


def measure(size: int, runs: int, with_dot: bool) -> str:
    """One row of the table for a random tree of about ``size`` boxes."""
    layouts, scenes, view, metrics, tree = map_timings(size, runs)
    layout_ms, scene_ms = statistics.median(layouts), statistics.median(scenes)
    dmap = layout_decision_map(tree, metrics)
    first = dmap.nodes[0]
    answer = [(first.ref, dmap.nodes[dmap.index[first.children[-1]]].option or "")]
    states = [apply_state(dmap, map_state(dmap, p)) for p in ([], answer)]
    view.set_map(states[0])
    flips = iter(range(1_000_000))
    restyle_ms = median_ms(lambda: view.set_map(states[next(flips) % 2]), runs)
    view.clear()
    view.deleteLater()
    dot = dot_ms(dmap, runs) if with_dot else None
    dot_text = f"{dot:8.0f}ms" if dot is not None else f"{'-':>10}"
    ratio = f"{dot / scene_ms:8.0f}x" if dot is not None else f"{'-':>9}"
    return (
        f"{len(dmap.nodes):7d} {layout_ms:8.1f}ms {scene_ms:8.1f}ms "
        f"{restyle_ms:8.1f}ms {dot_text} {ratio}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-dot", action="store_true", help="skip the Graphviz comparison")
    args = parser.parse_args(argv)

    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = sys.stdout
    out.write(f"Python {sys.version.split()[0]}, PySide6 {pyside_version}\n")
    with_dot = not args.no_dot and shutil.which("dot") is not None
    if not args.no_dot and not with_dot:
        out.write("Graphviz dot is not on PATH: no comparison (apt-get install graphviz)\n")
    out.write(
        f"{'boxes':>7} {'layout':>10} {'+scene':>10} {'restyle':>10} {'dot':>10} {'dot/ours':>9}\n"
    )
    for size in args.sizes:
        out.write(measure(size, args.runs, with_dot))
        out.flush()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

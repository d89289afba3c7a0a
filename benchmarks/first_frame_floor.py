"""The floor under the start-up ratio: the cheapest honest first frame, against a bare window.

    uv run python benchmarks/first_frame_floor.py [--runs 9]

The frame is the real catalogue page filled from the cached tree headings, a menu bar with
its titles and no items, and an empty right pane: no theme, toolbar strip, error reporting,
diagrams, workshops or practice. Whatever the app's first frame is built like, it cannot be
cheaper than this, so this ratio bounds what restructuring start-up could reach.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child() -> int:
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

    from aws_advisor.core.paths import cache_dir
    from aws_advisor.core.resources import shipped_tree_dir
    from aws_advisor.core.tree.cache import TreeCache
    from aws_advisor.core.tree.listing import Listing, load_listing
    from aws_advisor.ui.catalog_page import CatalogPage

    class Headings(Listing):
        def search(self, text: str) -> list[object]:  # the frame is timed before any search
            return []

    class QuitOnPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, QApplication.quit)
            return False

    app = QApplication(sys.argv)
    listing = load_listing(shipped_tree_dir(), [], cache=TreeCache(cache_dir() / "trees"))
    headings = Headings(listing.trees, listing.origins, listing.problems)
    window = QMainWindow()
    for title in ("&File", "&Edit", "&Decision", "&View", "&Practice", "&Help"):
        window.menuBar().addMenu(title)
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(CatalogPage(headings))  # type: ignore[arg-type]
    split.addWidget(QWidget())
    window.setCentralWidget(split)
    window.resize(1280, 800)
    quitter = QuitOnPaint(window)
    window.installEventFilter(quitter)
    window.show()
    return int(app.exec())


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode cached
    frame = [sys.executable, __file__, "--child"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    subprocess.run(  # fills the tree cache, as any second launch finds it
        [sys.executable, "-m", "aws_advisor", "--exit-after-first-paint", "--no-user-trees"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    timed(frame, env)
    timed(bare, env)
    frames, bares = [], []
    for _ in range(args.runs):
        bares.append(timed(bare, env))
        frames.append(timed(frame, env))
    f, b = statistics.median(frames), statistics.median(bares)
    print(f"catalogue-only first frame {f:.0f} ms, bare window {b:.0f} ms: {f / b:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

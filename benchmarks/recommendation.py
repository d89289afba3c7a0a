"""Click to painted recommendation: the first one in a fresh process, and the p95 after it.

    uv run python benchmarks/recommendation.py [--runs 7]

Used by benchmarks/run.py. The first figure starts a new process per run (the window is
built and painted first, untimed), walks the longest path of ebs_volume_type by clicking
the answers, and times the last click, the one that reaches an outcome, until the event
loop is idle: the recommendation page and its sketch are laid out and painted.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TREE = "ebs_volume_type"


def _window() -> Any:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from aws_advisor.ui.app import build_window, create_app
    from aws_advisor.ui.settings import Settings

    home = Path(tempfile.mkdtemp(prefix="aws-advisor-bench-rec-"))
    app = create_app(["bench"])
    settings = Settings(QSettings(str(home / "s.ini"), QSettings.Format.IniFormat))
    window = build_window(app, settings, use_user_trees=False, data_dir=home / "data")
    window.resize(1440, 900)
    window.show()
    QApplication.processEvents()
    return window


def _click_path(window: Any, trail: Any) -> float:
    """Click every answer of ``trail``; milliseconds from the last click to idle."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    page = window.question_page
    tree = window.catalog.get(TREE)
    elapsed = 0.0
    for index, (question_id, option_id) in enumerate(trail):
        options = [o.id for o in tree.question(question_id).options]
        button = page.option_buttons[options.index(option_id)]
        start = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        if index == len(trail) - 1:
            elapsed = (time.perf_counter() - start) * 1000
    return elapsed


def _longest_trail(window: Any) -> Any:
    from aws_advisor.core.engine.session import enumerate_paths

    tree = window.catalog.get(TREE)
    return max(enumerate_paths(tree), key=lambda p: len(p[0]))[0]


def first_in_process() -> float:
    from PySide6.QtWidgets import QApplication

    window = _window()
    window.open_tree(TREE)
    QApplication.processEvents()
    return _click_path(window, _longest_trail(window))


def repeated(runs: int) -> list[float]:
    """Every outcome of the tree, reached again and again in one process."""
    from PySide6.QtWidgets import QApplication

    from aws_advisor.core.engine.session import enumerate_paths

    window = _window()
    tree = window.catalog.get(TREE)
    times = []
    for _ in range(runs):
        for trail, _outcome in enumerate_paths(tree):
            window.open_tree(TREE)
            QApplication.processEvents()
            times.append(_click_path(window, trail))
    window.close()
    return times


def first_recommendation(runs: int) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix="aws-advisor-bench-first-"))
    env = dict(os.environ)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure as an installed app runs: bytecode cached
    samples = []
    for run in range(runs + 1):
        out = subprocess.run(
            [sys.executable, __file__, "--child"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        if run:  # the first run is the warm-up that fills the caches
            samples.append(float(out.strip().splitlines()[-1]))
    return {
        "first_recommendation_ms": statistics.median(samples),
        "first_recommendation_max_ms": max(samples),
    }


def main() -> int:
    if "--child" in sys.argv:
        print(f"{first_in_process():.3f}")
        return 0
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 7
    figures = first_recommendation(runs)
    times = sorted(repeated(max(1, runs // 3)))
    figures["recommendation_ms"] = statistics.median(times)
    figures["recommendation_p95_ms"] = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The benchmark suite: one table of the figures that decide whether the app feels instant.

    uv run python benchmarks/run.py [--runs 7] [--json]

Each figure is a median (with p95 where it applies) over repeated runs. Start-up figures are
ratios against a bare PySide6 window (benchmarks/bare_window.py) measured in the same run:
both are started as fresh processes, alternately, after one warm-up each. The budget is
printed beside the figures; nothing here fails a test.

--json prints one object: startup_ratio, memory_ratio, load_all_ms, click_p95_ms, map5k_ms,
cli_ratio, first_recommendation_ms, recommendation_p95_ms, report_pdf_ms
(null for anything that could not be measured), plus the details.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # for diagram.py's random trees

# Runs a target in this interpreter, then reports wall time is measured by the parent and the
# child's own peak resident memory (KiB on Linux, bytes on macOS) goes to the file named in
# AWS_ADVISOR_BENCH_RSS.
_CHILD = """
import os, resource, runpy, sys
target, args = sys.argv[1], sys.argv[2:]
sys.argv = [target, *args]
try:
    if target.endswith(".py"):
        runpy.run_path(target, run_name="__main__")
    else:
        runpy.run_module(target, run_name="__main__", alter_sys=True)
except SystemExit as exc:
    if exc.code not in (0, None):
        raise
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with open(os.environ["AWS_ADVISOR_BENCH_RSS"], "w") as out:
    out.write(str(peak))
"""

BUDGET = {
    "startup_ratio": ("<= 1.3x bare", lambda v: v <= 1.3),
    "memory_ratio": ("<= 1.5x bare", lambda v: v <= 1.5),
    "load_all_ms": ("< 50 ms", lambda v: v < 50),
    "click_p95_ms": ("< 16 ms", lambda v: v < 16),
    "map5k_ms": ("< 150 ms", lambda v: v < 150),
    "first_recommendation_ms": ("<= 100 ms", lambda v: v <= 100),
    "recommendation_p95_ms": ("<= 50 ms", lambda v: v <= 50),
    "cli_ratio": ("<= 3x script", lambda v: v <= 3),
    "report_pdf_ms": ("< 1000 ms", lambda v: v < 1000),
}


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


# --- start-up ------------------------------------------------------------------------------


def launch(target: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall milliseconds and peak RSS (MiB) of one fresh process."""
    with tempfile.NamedTemporaryFile(delete=False) as rss_file:
        rss_path = rss_file.name
    child_env = {**env, "AWS_ADVISOR_BENCH_RSS": rss_path}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", _CHILD, target, *args],
        env=child_env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wall = (time.perf_counter() - start) * 1000
    peak = int(Path(rss_path).read_text())
    os.unlink(rss_path)
    mib = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return wall, mib


def startup(runs: int) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix="aws-advisor-bench-"))
    env = dict(os.environ)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode cached, for both sides
    app = ("aws_advisor", ["--exit-after-first-paint", "--no-user-trees"])
    bare = (str(HERE / "bare_window.py"), [])
    launch(*app, env)  # warm-up: fills the tree cache, as any second launch finds it
    launch(*bare, env)
    results: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}
    for _ in range(runs):
        results["bare"].append(launch(*bare, env))
        results["app"].append(launch(*app, env))
    out: dict[str, Any] = {}
    for name, samples in results.items():
        walls = [w for w, _ in samples]
        mems = [m for _, m in samples]
        out[name] = {
            "wall_ms": statistics.median(walls),
            "wall_p95_ms": pct(walls, 0.95),
            "rss_mib": statistics.median(mems),
        }
    out["startup_ratio"] = out["app"]["wall_ms"] / out["bare"]["wall_ms"]
    out["memory_ratio"] = out["app"]["rss_mib"] / out["bare"]["rss_mib"]
    return out


def cli(runs: int) -> dict[str, Any]:
    """`aws-advisor list` against a script that imports argparse, json and pathlib."""
    home = Path(tempfile.mkdtemp(prefix="aws-advisor-bench-cli-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(home / "cache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    script = HERE / "import_script.py"
    script.write_text("import argparse, json, pathlib\n")
    app = ("aws_advisor", ["list", "--no-user-trees"])
    bare = (str(script), [])
    launch(*app, env)
    launch(*bare, env)
    apps, bares = [], []
    for _ in range(runs):
        bares.append(launch(*bare, env)[0])
        apps.append(launch(*app, env)[0])
    script.unlink()
    return {
        "list_ms": statistics.median(apps),
        "script_ms": statistics.median(bares),
        "cli_ratio": statistics.median(apps) / statistics.median(bares),
    }


def recommendation(runs: int) -> dict[str, Any]:
    import recommendation as rec  # benchmarks/recommendation.py

    figures = rec.first_recommendation(runs)
    times = sorted(rec.repeated(max(1, runs // 3)))
    figures["recommendation_ms"] = statistics.median(times)
    figures["recommendation_p95_ms"] = pct(times, 0.95)
    return figures


# --- in-process figures ------------------------------------------------------------------


def load_all(runs: int) -> dict[str, Any]:
    import networkx  # noqa: F401  (import cost is not part of validating)

    from aws_advisor.core.resources import shipped_tree_dir
    from aws_advisor.core.tree.cache import TreeCache
    from aws_advisor.core.tree.catalog import load_catalog

    full = timed(lambda: load_catalog(shipped_tree_dir(), check_shipped=True), runs)
    cache_dir = Path(tempfile.mkdtemp(prefix="aws-advisor-bench-cache-"))
    load_catalog(shipped_tree_dir(), check_shipped=False, cache=TreeCache(cache_dir))
    cached = timed(
        lambda: load_catalog(shipped_tree_dir(), check_shipped=False, cache=TreeCache(cache_dir)),
        runs,
    )
    count = len(load_catalog(shipped_tree_dir()).trees)
    return {
        "trees": count,
        "load_all_ms": statistics.median(full),
        "load_all_p95_ms": pct(full, 0.95),
        "load_cached_ms": statistics.median(cached),
    }


def engine(runs: int) -> dict[str, Any]:
    from aws_advisor.core.engine.session import Session, enumerate_paths
    from aws_advisor.core.resources import shipped_tree_dir
    from aws_advisor.core.tree.catalog import load_catalog

    catalog = load_catalog(shipped_tree_dir())
    tree = max(catalog.trees.values(), key=lambda t: len(t.questions) + len(t.outcomes))
    trail, _ = max(enumerate_paths(tree), key=lambda p: len(p[0]))
    samples: dict[str, list[float]] = {"answer": [], "back": [], "explain": []}
    for _ in range(runs * 50):
        s = Session(tree)
        for _, option in trail[:-1]:
            s.answer(option)
        start = time.perf_counter()
        s.answer(trail[-1][1])
        samples["answer"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        s.explain()
        samples["explain"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        s.back()
        samples["back"].append((time.perf_counter() - start) * 1000)
    return {
        "tree": tree.id,
        **{f"{k}_ms": statistics.median(v) for k, v in samples.items()},
        **{f"{k}_p95_ms": pct(v, 0.95) for k, v in samples.items()},
    }


def ui_clicks(runs: int) -> dict[str, Any]:
    """Click an option, time until the next question is painted; same for a breadcrumb."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from aws_advisor.ui.app import build_window, create_app
    from aws_advisor.ui.settings import Settings

    home = Path(tempfile.mkdtemp(prefix="aws-advisor-bench-ui-"))
    app = create_app(["bench"])
    settings = Settings(QSettings(str(home / "s.ini"), QSettings.Format.IniFormat))
    window = build_window(app, settings, use_user_trees=False, data_dir=home / "data")
    window.resize(1440, 900)
    window.show()
    QApplication.processEvents()

    page = window.question_page

    def until_painted(action: Callable[[], object]) -> float:
        """The click's handling, then the event loop until it is idle: layout and paint."""
        start = time.perf_counter()
        action()
        QApplication.processEvents()
        return (time.perf_counter() - start) * 1000

    window.open_tree("ebs_volume_type")
    QApplication.processEvents()
    clicks, revisits = [], []
    for _ in range(runs * 8):
        clicks.append(
            until_painted(
                lambda: QTest.mouseClick(page.option_buttons[0], Qt.MouseButton.LeftButton)
            )
        )
        revisits.append(
            until_painted(
                lambda: QTest.mouseClick(page.crumb_buttons()[0], Qt.MouseButton.LeftButton)
            )
        )
    window.close()
    return {
        "click_ms": statistics.median(clicks),
        "click_p95_ms": pct(clicks, 0.95),
        "revisit_ms": statistics.median(revisits),
        "revisit_p95_ms": pct(revisits, 0.95),
    }


def map5k(runs: int) -> dict[str, Any]:
    from diagram import map_timings  # benchmarks/diagram.py

    layout, both, view, _, _ = map_timings(5000, runs)
    view.deleteLater()
    return {
        "map5k_layout_ms": statistics.median(layout),
        "map5k_ms": statistics.median(both),
        "map5k_p95_ms": pct(both, 0.95),
    }


def report_pdf(runs: int) -> dict[str, Any]:
    """A 10-decision workshop, every decision answered, to PDF with sketches."""
    from aws_advisor.core.engine.session import Session, enumerate_paths
    from aws_advisor.core.resources import shipped_tree_dir
    from aws_advisor.core.tree.catalog import load_catalog
    from aws_advisor.core.workshops.document import new_workshop, resolve_workshop
    from aws_advisor.core.workshops.rules import load_rules
    from aws_advisor.qt.workshop_pdf import report_pdf_bytes
    from aws_advisor.ui.export_runner import presketched

    catalog = load_catalog(shipped_tree_dir())
    workshop = new_workshop("Benchmark workshop", facilitator="Bench")
    for tree_id in list(catalog.trees)[:10]:
        tree = catalog.get(tree_id)
        workshop = workshop.add_decision(tree)
        session = Session(tree)
        for _, option in enumerate_paths(tree)[0][0]:
            session.answer(option)
        decision = workshop.decisions[-1].with_session(session)
        workshop = workshop.replace_decision(decision)
    rules = load_rules(None, catalog).rules
    outcomes = [
        s.session.outcome
        for s in resolve_workshop(workshop, catalog)
        if s.session is not None and s.session.outcome is not None
    ]
    sketch_times = timed(lambda: presketched(outcomes), max(1, runs // 2))
    sketch = presketched(outcomes)
    pdf = timed(lambda: report_pdf_bytes(workshop, catalog, rules, sketch_svg=sketch), runs)
    return {
        "report_pdf_ms": statistics.median(pdf),
        "report_pdf_p95_ms": pct(pdf, 0.95),
        "report_sketches_ms": statistics.median(sketch_times),
    }


# --- output ------------------------------------------------------------------------------


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def run(runs: int) -> dict[str, Any]:
    from PySide6 import __version__ as pyside
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication(["bench"])
    results: dict[str, Any] = {"machine": machine(), "pyside6": pyside}
    steps: list[tuple[str, Callable[[int], dict[str, Any]]]] = [
        ("startup", startup),
        ("cli", cli),
        ("recommendation", recommendation),
        ("load", load_all),
        ("engine", engine),
        ("ui", ui_clicks),
        ("map", map5k),
        ("report", report_pdf),
    ]
    for name, step in steps:
        try:
            results[name] = step(runs)
        except Exception as exc:  # a benchmark that cannot run reports why, the rest go on
            results[name] = {"error": f"{type(exc).__name__}: {exc}"}
    return results


def headline(results: dict[str, Any]) -> dict[str, float | None]:
    def get(section: str, key: str) -> float | None:
        value = results.get(section, {}).get(key)
        return float(value) if isinstance(value, (int, float)) else None

    return {
        "startup_ratio": get("startup", "startup_ratio"),
        "memory_ratio": get("startup", "memory_ratio"),
        "load_all_ms": get("load", "load_all_ms"),
        "click_p95_ms": get("ui", "click_p95_ms"),
        "map5k_ms": get("map", "map5k_ms"),
        "cli_ratio": get("cli", "cli_ratio"),
        "first_recommendation_ms": get("recommendation", "first_recommendation_ms"),
        "recommendation_p95_ms": get("recommendation", "recommendation_p95_ms"),
        "report_pdf_ms": get("report", "report_pdf_ms"),
    }


def table(results: dict[str, Any]) -> str:
    s, ld, e = results.get("startup", {}), results.get("load", {}), results.get("engine", {})
    ui, mp, rp = results.get("ui", {}), results.get("map", {}), results.get("report", {})
    c, r = results.get("cli", {}), results.get("recommendation", {})

    def f(value: Any, unit: str = "ms", digits: int = 1) -> str:
        return f"{value:.{digits}f} {unit}" if isinstance(value, (int, float)) else "n/a"

    def verdict(key: str, value: Any) -> str:
        goal, ok = BUDGET[key]
        if not isinstance(value, (int, float)):
            return f"{goal:>14}  not measured"
        return f"{goal:>14}  {'meets' if ok(value) else 'MISSES'}"

    rows = [
        ("start-up to first paint, app", f(s.get("app", {}).get("wall_ms")), ""),
        ("start-up to first paint, bare PySide6", f(s.get("bare", {}).get("wall_ms")), ""),
        (
            "start-up ratio",
            f(s.get("startup_ratio"), "x", 2),
            verdict("startup_ratio", s.get("startup_ratio")),
        ),
        ("peak memory at first paint, app", f(s.get("app", {}).get("rss_mib"), "MiB"), ""),
        ("peak memory at first paint, bare", f(s.get("bare", {}).get("rss_mib"), "MiB"), ""),
        (
            "memory ratio",
            f(s.get("memory_ratio"), "x", 2),
            verdict("memory_ratio", s.get("memory_ratio")),
        ),
        ("aws-advisor list", f(c.get("list_ms")), ""),
        ("python -c 'import argparse, json, pathlib'", f(c.get("script_ms")), ""),
        ("CLI ratio", f(c.get("cli_ratio"), "x", 2), verdict("cli_ratio", c.get("cli_ratio"))),
        (
            "first recommendation, click -> painted",
            f(r.get("first_recommendation_ms")),
            verdict("first_recommendation_ms", r.get("first_recommendation_ms")),
        ),
        (
            "any recommendation, click -> painted, p95",
            f(r.get("recommendation_p95_ms")),
            verdict("recommendation_p95_ms", r.get("recommendation_p95_ms")),
        ),
        (
            f"load + validate all {ld.get('trees', '?')} trees",
            f(ld.get("load_all_ms")),
            verdict("load_all_ms", ld.get("load_all_ms")),
        ),
        ("  (cached, the app's start-up path)", f(ld.get("load_cached_ms")), ""),
        (f"engine answer ({e.get('tree', '?')})", f(e.get("answer_ms"), "ms", 3), ""),
        ("engine back", f(e.get("back_ms"), "ms", 3), ""),
        ("engine explain", f(e.get("explain_ms"), "ms", 3), ""),
        ("click -> next question painted, median", f(ui.get("click_ms")), ""),
        (
            "click -> next question painted, p95",
            f(ui.get("click_p95_ms")),
            verdict("click_p95_ms", ui.get("click_p95_ms")),
        ),
        ("breadcrumb revisit -> painted, p95", f(ui.get("revisit_p95_ms")), ""),
        ("decision map 5,000 boxes: layout", f(mp.get("map5k_layout_ms")), ""),
        (
            "decision map 5,000 boxes: layout + scene",
            f(mp.get("map5k_ms")),
            verdict("map5k_ms", mp.get("map5k_ms")),
        ),
        (
            "10-decision report -> PDF (worker thread)",
            f(rp.get("report_pdf_ms")),
            verdict("report_pdf_ms", rp.get("report_pdf_ms")),
        ),
        ("  (sketches drawn first, UI thread)", f(rp.get("report_sketches_ms")), ""),
    ]
    lines = [f"AWS Advisor benchmarks · {results['machine']} · PySide6 {results['pyside6']}", ""]
    lines += [f"{name:<44} {value:>12}   {goal}" for name, value, goal in rows]
    errors = [
        f"{k}: {v['error']}" for k, v in results.items() if isinstance(v, dict) and "error" in v
    ]
    if errors:
        lines += ["", "Could not measure:", *errors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="repetitions per figure")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    results = run(max(1, args.runs))
    if args.json:
        print(json.dumps({**headline(results), "details": results}, indent=2))
    else:
        print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

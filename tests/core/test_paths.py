"""The CLI's Qt-free folders are the folders Qt gives the GUI, so both see the same trees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aws_advisor.core import paths

pytest.importorskip("PySide6.QtCore")


def _qt_locations() -> tuple[Path, Path]:
    from PySide6.QtCore import QStandardPaths

    from aws_advisor.qt.appdirs import app_data_dir, cache_dir

    QStandardPaths.setTestModeEnabled(False)
    return app_data_dir(), cache_dir()


@pytest.mark.parametrize(
    "env",
    [
        {"XDG_DATA_HOME": "{tmp}/data", "XDG_CACHE_HOME": "{tmp}/cache"},
        {"XDG_DATA_HOME": "", "XDG_CACHE_HOME": ""},
        {"XDG_DATA_HOME": "relative/data", "XDG_CACHE_HOME": "relative/cache"},
    ],
    ids=["set", "empty", "relative"],
)
def test_the_cli_folders_equal_qt_standard_paths(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(tmp=tmp_path))
    qt_data, qt_cache = _qt_locations()
    assert paths.app_data_dir() == qt_data
    assert paths.cache_dir() == qt_cache
    assert paths.user_tree_dir() == qt_data / "trees"


def test_listing_trees_does_not_load_qt() -> None:
    code = (
        "import sys\n"
        "from aws_advisor.cli.main import main\n"
        "main(['list', '--no-user-trees'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "ebs_volume_type" in result.stdout


def test_drawing_a_sketch_does_not_import_networkx() -> None:
    code = (
        "import sys\n"
        "from aws_advisor.core.diagrams.sketch_layout import layout_sketch\n"
        "from aws_advisor.core.resources import shipped_tree_dir\n"
        "from aws_advisor.core.tree.loader import load_tree\n"
        "tree = load_tree(shipped_tree_dir() / 'elb_type.yaml', check_graph=False)\n"
        "assert layout_sketch(tree.outcomes[0]).nodes\n"
        "assert 'networkx' not in sys.modules, 'networkx was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr

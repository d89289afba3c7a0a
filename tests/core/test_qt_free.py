"""``aws_advisor.core`` must never import Qt: import every core module where Qt cannot load."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import aws_advisor.core

BLOCK_QT = """
import sys, importlib.abc

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError(f"Qt import blocked: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
assert not loaded, loaded
print("ok", len(sys.argv) - 1)
"""


def core_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(aws_advisor.core.__path__, "aws_advisor.core.")
    )


def test_core_imports_without_qt() -> None:
    modules = core_modules()
    assert "aws_advisor.core.engine.session" in modules
    assert "aws_advisor.core.tree.loader" in modules
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, *modules], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(modules)}"


def test_the_blocker_really_blocks_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, "PySide6.QtCore"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and "Qt import blocked" in result.stderr


def test_networkx_is_not_imported_by_the_engine_path() -> None:
    code = (
        "import sys; import aws_advisor.core.engine.session, aws_advisor.core.tree.catalog;"
        "print('networkx' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"

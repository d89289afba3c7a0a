"""Test-wide set-up: no screen needed, and no test touches the real user folders."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Every test process gets its own data, config and cache folders, before Qt reads them.
_HOME = Path(tempfile.mkdtemp(prefix="aws-advisor-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
os.environ.setdefault("XDG_RUNTIME_DIR", str(_HOME / "runtime"))
(_HOME / "runtime").mkdir(mode=0o700, exist_ok=True)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove this run's folders, so no run leaves an ``aws-advisor-tests-*`` folder behind."""
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Fresh data/config folders for one test; returns the base folder.

    The cache folder stays shared: it only holds data the app can rebuild.
    """
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    yield tmp_path


@pytest.fixture(params=["libyaml", "python"])
def each_yaml_loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Runs a test once with the libyaml loader and once with the pure-Python fallback
    (``pytestmark = pytest.mark.usefixtures("each_yaml_loader")``): messages must match."""
    from aws_advisor.core.tree import yaml_text

    if request.param == "python":
        monkeypatch.setattr(yaml_text, "LOADER", yaml_text.PYTHON_LOADER)
    elif not yaml.__with_libyaml__:
        pytest.skip("PyYAML here is built without libyaml")
    return str(request.param)

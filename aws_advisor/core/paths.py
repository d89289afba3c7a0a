"""The per-user folders without Qt, computed the way ``QStandardPaths`` computes them.

The CLI draws nothing, so it should not pay for QtCore (about 0.2 s) just to find the user
trees folder. These functions follow Qt's rules for ``AppDataLocation`` and
``CacheLocation`` on each platform, for an app whose organisation and application names
are both ``aws-advisor``; ``tests/core/test_paths.py`` proves they agree with Qt on the
platform the tests run on. The GUI keeps asking Qt (``aws_advisor.qt.appdirs``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANIZATION = "aws-advisor"
APPLICATION = "aws-advisor"


def _env_dir(name: str, default: Path) -> Path:
    """An XDG folder: Qt ignores a variable that is unset, empty or not an absolute path."""
    value = os.environ.get(name, "")
    return Path(value) if value and os.path.isabs(value) else default


def _windows_dir(name: str, fallback: str) -> Path:
    value = os.environ.get(name, "")
    return Path(value) if value else Path.home() / fallback


def app_data_dir() -> Path:
    """``QStandardPaths.AppDataLocation``: where the app keeps the user's data."""
    if sys.platform == "win32":
        base = _windows_dir("APPDATA", "AppData/Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = _env_dir("XDG_DATA_HOME", Path.home() / ".local" / "share")
    return base / ORGANIZATION / APPLICATION


def cache_dir() -> Path:
    """``QStandardPaths.CacheLocation``: data the app can rebuild, such as validated trees."""
    if sys.platform == "win32":
        return _windows_dir("LOCALAPPDATA", "AppData/Local") / ORGANIZATION / APPLICATION / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / ORGANIZATION / APPLICATION
    return _env_dir("XDG_CACHE_HOME", Path.home() / ".cache") / ORGANIZATION / APPLICATION


def user_tree_dir() -> Path:
    """Where users put their own trees; it may not exist yet."""
    return app_data_dir() / "trees"

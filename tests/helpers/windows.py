"""The type of the ``make_window`` fixture (tests/ui/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

from aws_advisor.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
"""Builds a real main window: ``make_window(extra_tree_dirs=..., store=..., dialogs=...)``."""

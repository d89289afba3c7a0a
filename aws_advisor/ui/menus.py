"""Menus and toolbars from plain data: the window says what goes where, this builds it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

SEPARATOR = None
"""Marks a separator line in a menu's items."""

MenuItem = QAction | QMenu | tuple[str, "Sequence[MenuItem]"] | None
"""An action, a ready-made menu, a submenu as (title, items), or ``SEPARATOR``."""


def fill_menu(menu: QMenu, items: Sequence[MenuItem]) -> None:
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        elif isinstance(item, QAction):
            menu.addAction(item)
        else:
            title, sub = item
            fill_menu(menu.addMenu(title), sub)


def build_menu_bar(bar: QMenuBar, menus: Sequence[tuple[str, Sequence[MenuItem]]]) -> None:
    """One menu per (title, items), in order."""
    for title, items in menus:
        fill_menu(bar.addMenu(title), items)

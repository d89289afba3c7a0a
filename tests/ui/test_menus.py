"""The menus offer what the format registry holds, and every menu item is reachable."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from aws_advisor.core.formats import formats
from aws_advisor.ui.help_dialogs import plain_action_text
from aws_advisor.ui.main_window import MainWindow


def _menu(window: MainWindow, *path: str) -> QMenu:
    actions = window.menuBar().actions()
    menu: QMenu | None = None
    for title in path:
        found = next(a for a in actions if plain_action_text(a.text()) == title)
        submenu = found.menu()
        assert isinstance(submenu, QMenu), title
        menu = submenu
        actions = menu.actions()
    assert menu is not None
    return menu


def test_the_export_menu_has_one_report_entry_per_registered_format(window: MainWindow) -> None:
    texts = [plain_action_text(a.text()) for a in _menu(window, "File", "Export").actions()]
    assert texts == [f"Report as {f.short}" for f in formats("report")] + ["Decision as ADR"]


def test_every_menu_action_has_text_and_no_two_share_a_shortcut(window: MainWindow) -> None:
    seen: dict[str, str] = {}

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            assert plain_action_text(action.text()), "an unnamed menu item"
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub.actions())
            for key in action.shortcuts():
                shown = key.toString()
                assert shown not in seen, f"{shown}: {seen[shown]} and {action.text()}"
                seen[shown] = action.text()

    walk(window.menuBar().actions())
    assert {"Ctrl+E", "Ctrl+P", "F1", "F11"} <= set(seen)

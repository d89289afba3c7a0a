"""File ▸ New tree from template and Open my trees folder: writing your own decisions.

The starter and the schema come from ``core.authoring``; the new file opens in the
system's editor for YAML, and the catalogue reloads so the starter shows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar

from aws_advisor.core.paths import user_tree_dir
from aws_advisor.ui.workshop.dialogs import Dialogs


def tr(text: str) -> str:
    return QCoreApplication.translate("Authoring", text)


class AuthoringWindow(Protocol):
    dialogs: Dialogs
    reload_action: QAction

    def make_action(
        self, text: str, slot: Callable[[], object], shortcuts: Sequence[str] = ()
    ) -> QAction: ...
    def statusBar(self) -> QStatusBar: ...


class TreeAuthoring:
    def __init__(self, window: AuthoringWindow, open_folder: Callable[[], None]) -> None:
        self.window = window
        self.new_action = window.make_action(tr("New &tree from template…"), self.new_tree)
        self.folder_action = window.make_action(tr("Open &my trees folder"), open_folder)

    def actions(self) -> list[QAction]:
        return [self.new_action, self.folder_action]

    def new_tree(self) -> None:
        w = self.window
        from aws_advisor.core.authoring import new_starter_tree  # imported when first used

        folder = user_tree_dir()
        try:
            path = new_starter_tree(folder)
        except OSError as exc:
            w.dialogs.inform(
                tr("New tree"),
                tr("Could not write in {folder}: {error}").format(folder=folder, error=exc),
            )
            return
        w.reload_action.trigger()
        w.dialogs.show_file(path)
        w.statusBar().showMessage(
            tr("Created {path}. Edit it, save, then press F5 to reload.").format(path=path),
            15000,
        )

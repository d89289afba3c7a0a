"""What the workshop feature needs from the window that hosts it.

``MainWindow`` derives from ``WorkshopHost``, so the workshop widgets depend on this small
surface rather than on the whole window (and ``ui.workshop`` never imports ``ui.main_window``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from aws_advisor.core.tree.catalog import Catalog
    from aws_advisor.ui.catalog_page import CatalogPage
    from aws_advisor.ui.controller import SessionController


class WorkshopHost(QMainWindow):
    """A main window with a catalogue, a session controller and a presentation mode."""

    catalog: Catalog
    catalog_page: CatalogPage
    controller: SessionController

    @property
    def presenting(self) -> bool:
        """Whether presentation mode is on."""
        raise NotImplementedError

    def make_action(
        self, text: str, slot: Callable[[], object], shortcuts: Sequence[QKeySequence | str] = ()
    ) -> QAction:
        """An action of the whole window (its shortcut works wherever focus is)."""
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) if isinstance(s, str) else s for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def find_decision(self) -> None:
        """Leave the open decision and put the cursor in the catalogue's search."""
        self.close_decision()
        self.catalog_page.focus_search()

    def close_decision(self) -> None:
        """Leave the open decision for the catalogue."""
        raise NotImplementedError

    def show_catalogue_or_first(self) -> None:
        """After a workshop opens: continue at its first open decision, else the catalogue."""
        raise NotImplementedError

    def update_title(self) -> None:
        """Refresh the window title and the presentation strip."""
        raise NotImplementedError

"""Where the diagram panel goes: beside the page when both have room, otherwise the page
alone, with View ▸ Show the map (Ctrl+M) putting the map in its place until pressed again.
``core.window_fit.map_beside`` decides; this applies it whenever the window or the text
size changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from aws_advisor.core.window_fit import map_beside, page_min

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter, QWidget

    from aws_advisor.ui.settings import Settings
    from aws_advisor.ui.workshop.host import WorkshopHost


class MapPlacement(QObject):
    def __init__(
        self,
        window: WorkshopHost,
        settings: Settings,
        *,
        splitter: QSplitter,
        page: QWidget,
        diagrams: QWidget,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.splitter, self.page, self.diagrams = splitter, page, diagrams
        self.beside = True
        self._sizes: list[int] = []
        self.action = window.make_action(
            window.tr("Show the &map instead of the page"), self.update, ["Ctrl+M"]
        )
        self.action.setCheckable(True)
        self.action.setEnabled(False)
        self.action.setIconText(window.tr("Map"))
        self.action.setToolTip(window.tr("Show the decision map instead of the page (Ctrl+M)"))
        splitter.installEventFilter(self)
        settings.font_scale_changed.connect(lambda _: self.update(rescaled=True))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def update(self, *, rescaled: bool = False) -> None:
        w = self.window
        if w.presenting or not w.isVisible():
            return  # presentation mode has its own panes; a hidden window has no width yet
        page, splitter, diagrams = self.page, self.splitter, self.diagrams
        scale = self.settings.font_scale
        beside = map_beside(splitter.width(), scale)
        self.action.setEnabled(not beside)
        if beside:
            self.action.setChecked(False)
            if not self.beside or rescaled:
                page.show()
                diagrams.show()
                self._give_page_room(self._sizes if not self.beside else None)
            self.beside = True
            return
        if self.beside:
            self._sizes = splitter.sizes()
        self.beside = False
        showing_map = self.action.isChecked()
        page.setVisible(not showing_map)
        diagrams.setVisible(showing_map)

    def _give_page_room(self, sizes: list[int] | None) -> None:
        """Put back the sizes from before the map collapsed, but never narrower than the
        page needs at this text size."""
        splitter = self.splitter
        if sizes:
            splitter.setSizes(sizes)
        now, width = splitter.sizes(), splitter.width()
        wanted = page_min(self.settings.font_scale)
        if now and now[0] < wanted:
            splitter.setSizes([wanted, width - wanted, *([0] * (len(now) - 2))])

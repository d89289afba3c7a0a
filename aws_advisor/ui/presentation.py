"""Presentation mode (F11) for a room: full screen, large high-contrast type, the question
beside a room map instead of the whole tree, the agenda's progress in a strip, and the
group's note. Leaving it puts back the window, the panes and the theme as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QSplitter, QToolBar, QWidget

    from aws_advisor.core.workshops.document import Workshop
    from aws_advisor.ui.controller import SessionController
    from aws_advisor.ui.diagram_panel import DiagramPanel
    from aws_advisor.ui.map_placement import MapPlacement
    from aws_advisor.ui.question_page import QuestionPage
    from aws_advisor.ui.room_view import RoomView
    from aws_advisor.ui.settings import Settings
    from aws_advisor.ui.theme import Appearance
    from aws_advisor.ui.workshop.actions import WorkshopUi


class Stage(Protocol):
    """The parts of the main window presentation mode rearranges."""

    appearance: Appearance
    controller: SessionController
    diagrams: DiagramPanel
    map_placement: MapPlacement
    page_pane: QWidget
    presentation_action: QAction
    question_page: QuestionPage
    settings: Settings
    splitter: QSplitter
    toolbar: QToolBar
    workshops: WorkshopUi

    def rerender(self) -> None: ...


ROOM_SHARE = 0.35
"""The part of the screen's width the room map takes; the question gets the rest."""


class Presentation:
    def __init__(self, window: QMainWindow, stage: Stage) -> None:
        self.window = window
        self.stage = stage
        self.active = False
        self._geometry: QRect | None = None
        self._maximized = False
        self._splitter: QByteArray | None = None
        self.quiz = False
        self.room: RoomView | None = None
        self.strip = QLabel()
        self.strip.setObjectName("presentationStrip")
        self.strip.setTextFormat(Qt.TextFormat.PlainText)
        self.strip.setWordWrap(True)
        self.strip.setAccessibleName(window.tr("Agenda progress"))
        self.strip.hide()

    def refit(self) -> None:
        """After a change of text size: fit the question to the screen again."""
        if self.active:
            self.stage.question_page.set_room_mode(True, self.stage.appearance.room_px)

    def toggle(self) -> None:
        win, s = self.window, self.stage
        self.active = entering = not self.active
        s.presentation_action.setChecked(entering)
        for bar in (win.menuBar(), s.toolbar, win.statusBar()):
            bar.setVisible(not entering)
        s.workshops.set_dock_visible(s.workshops.active and not entering)
        if entering:
            self._maximized = win.isMaximized()
            self._geometry = win.geometry()
            self._splitter = s.splitter.saveState()
            if self.room is None:
                from aws_advisor.ui.room_view import RoomView

                self.room = RoomView()
                s.splitter.addWidget(self.room)
            self.room.show()
            s.diagrams.hide()
            s.page_pane.show()  # the page, even if the map stood in for it
        elif self.room is not None:
            self.room.hide()
            s.diagrams.show()
        s.appearance.set_presenting(entering)
        s.diagrams.set_font_scale(s.appearance.font_scale)
        if entering:
            win.showFullScreen()
            screen = win.screen()
            width = screen.geometry().width() if screen is not None else win.width()
            s.splitter.setSizes([round(width * (1 - ROOM_SHARE)), 0, round(width * ROOM_SHARE)])
        else:
            if self._maximized:
                win.showMaximized()
            else:
                win.showNormal()
                if self._geometry is not None:
                    win.setGeometry(self._geometry)
            if self._splitter is not None:
                s.splitter.restoreState(self._splitter)
            s.map_placement.update()
        s.question_page.set_room_mode(entering, s.appearance.room_px)
        s.rerender()

    def refresh(self) -> None:
        """The strip and the room map, after any change to the decision or the workshop."""
        s = self.stage
        workshops = getattr(s, "workshops", None)
        if workshops is None:
            return  # the window is still being built
        workshop = workshops.workshop
        text = self._agenda_text(workshop) if workshop is not None else ""
        self.strip.setText(text)
        detail = s.question_page.room_type[2]
        self.strip.setStyleSheet(f"font-size: {max(18, min(24, detail))}px;" if self.active else "")
        self.strip.setVisible(bool(text) and self.active)
        if self.room is None or not self.active:
            return
        from aws_advisor.core.engine.room import room_map

        session = s.controller.session
        # A practice round hides where answers lead: the outcome names would give it away.
        room = room_map(session) if session is not None and not self.quiz else None
        note = None
        decision = workshops.controller.selected_decision if workshop is not None else None
        if decision is not None and room is not None and room.steps:
            note = decision.note_for(room.steps[-1].question_id)
        self.room.set_type(max(20, min(28, detail)))
        self.room.show_room(room, note)

    def _agenda_text(self, workshop: Workshop) -> str:
        """Two lines: where the group is, then every decision's mark and the counts."""
        from aws_advisor.ui.workshop.agenda_panel import STATUS_MARKS

        tr = self.window.tr
        current = self.stage.workshops.controller.selected_decision
        total = len(workshop.originals)
        if current is not None:
            where = tr("Decision {n} of {total}: {title}").format(
                n=workshop.number(current.id), total=total, title=current.tree_title
            )
            if current.status == "parked":
                where += " " + tr("(parked)")
        else:
            where = tr("{total} decisions").format(total=total)
        numbers = workshop.numbers()
        marks = "  ".join(
            f"[{STATUS_MARKS[d.status]} {numbers[d.id]}]"
            if current is not None and d.id == current.id
            else f"{STATUS_MARKS[d.status]} {numbers[d.id]}"
            for d in workshop.decisions
        )
        counts = workshop.counts()
        summary = tr("{decided} of {total} decided · {parked} parked").format(
            decided=counts["decided"], total=total, parked=counts["parked"]
        )
        return f"{workshop.title} · {where}\n{marks}   {summary}"

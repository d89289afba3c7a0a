"""Presentation mode's side panel: the room map (answers so far, where each answer can
still lead) and the group's note on the question in front of them. Plain text only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from aws_advisor.core.engine.room import RoomMap
from aws_advisor.core.workshops.document import AnswerNote


def _label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible)
    return label


class RoomView(QScrollArea):
    """Made to be read from the back of the room: few words, large type, no tree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tr = self.tr
        self.so_far_heading = _label("roomHeading", tr("Answers so far"))
        self.so_far_heading.setText(tr("So far"))
        self.so_far = _label("roomSteps", tr("Answers so far"))
        self.next_heading = _label("roomHeading", tr("Where each answer leads"))
        self.branches = _label("roomBranches", tr("Where each answer leads"))
        self.note_heading = _label("roomHeading", tr("The group's note"))
        self.note_heading.setText(tr("The group's note"))
        self.note = _label("roomNote", tr("The group's note"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        for widget in (
            self.so_far_heading,
            self.so_far,
            self.next_heading,
            self.branches,
            self.note_heading,
            self.note,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)

    def set_type(self, px: int) -> None:
        """Draw the room map's text at ``px`` pixels (the answers' details' size)."""
        self.setStyleSheet(
            f"QLabel#roomSteps, QLabel#roomBranches, QLabel#roomNote {{ font-size: {px}px; }}"
            f"QLabel#roomHeading {{ font-size: {px}px; }}"
        )

    def show_room(self, room: RoomMap | None, note: AnswerNote | None = None) -> None:
        """Show ``room`` (None: no decision open) with the note on the current question."""
        tr = self.tr
        steps = room.steps if room is not None else ()
        self.so_far.setText("\n".join(f"{n}. {s.answer}" for n, s in enumerate(steps, 1)))
        self.so_far_heading.setVisible(bool(steps))
        self.so_far.setVisible(bool(steps))
        if room is None:
            self.next_heading.setText(tr("Choose a decision to start."))
            self.branches.clear()
        elif room.decided:
            self.next_heading.setText(tr("Recommendation"))
            self.branches.setText(room.now)
        else:
            self.next_heading.setText(tr("Where each answer leads"))
            self.branches.setText(
                "\n".join(
                    tr("{n} → {outcomes}").format(n=b.number, outcomes="; ".join(b.outcomes))
                    for b in room.branches
                )
            )
        parts = []
        if note is not None and note.why.strip():
            parts.append(note.why.strip())
        if note is not None and note.dissent.strip():
            parts.append(tr("Dissent: {text}").format(text=note.dissent.strip()))
        if steps:
            self.note_heading.setText(tr("The group's note on answer {n}").format(n=len(steps)))
        self.note.setText("\n".join(parts))
        self.note_heading.setVisible(bool(parts))
        self.note.setVisible(bool(parts))

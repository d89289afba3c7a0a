"""Undo and redo for workshop edits.

A workshop is an immutable value, so an edit is recorded as the value before and after it,
with the decision that was selected each time. Undo puts the earlier value back; nothing is
replayed. Typing in one note field makes many edits in a row; they are merged into one step,
so Undo takes back the whole note rather than one keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from aws_advisor.core.workshops.document import Workshop

EditKind = Literal[
    "add", "remove", "move_up", "move_down", "what_if", "park", "resume", "answer",
    "revisit", "note", "details",
]  # fmt: skip

EDIT_LABELS: dict[EditKind, str] = {
    "add": "Add “{subject}”",
    "remove": "Remove “{subject}”",
    "move_up": "Move “{subject}” up",
    "move_down": "Move “{subject}” down",
    "what_if": "What-if copy of “{subject}”",
    "park": "Park “{subject}”",
    "resume": "Resume “{subject}”",
    "answer": "Answer “{subject}”",
    "revisit": "Go back to “{subject}”",
    "note": "Note on “{subject}”",
    "details": "Edit workshop details",
}
"""How each kind of edit is named after Undo/Redo; the GUI has translatable copies."""


@dataclass(frozen=True)
class Snapshot:
    workshop: Workshop
    selected_id: str | None


@dataclass(frozen=True)
class Edit:
    """One undoable step: what it was, and the workshop before and after it."""

    kind: EditKind
    subject: str
    before: Snapshot
    after: Snapshot
    merge_key: tuple[str, ...] | None = None
    """Consecutive edits with the same key (typing into one note) become one step."""

    @property
    def label(self) -> str:
        return EDIT_LABELS[self.kind].format(subject=self.subject)


class History:
    """The undo and redo stacks of one open workshop."""

    def __init__(self, limit: int = 500) -> None:
        self._limit = limit
        self._done: list[Edit] = []
        self._undone: list[Edit] = []

    def record(self, edit: Edit) -> None:
        """Remember a new edit; it clears what could be redone."""
        last = self._done[-1] if self._done else None
        if (
            last is not None
            and not self._undone
            and edit.merge_key is not None
            and edit.merge_key == last.merge_key
        ):
            edit = Edit(edit.kind, edit.subject, last.before, edit.after, edit.merge_key)
            self._done[-1] = edit
        else:
            self._done.append(edit)
            del self._done[: -self._limit]
        self._undone.clear()

    def seal(self) -> None:
        """End the current merge run: the next note edit starts a step of its own."""
        if self._done and self._done[-1].merge_key is not None:
            last = self._done[-1]
            self._done[-1] = Edit(last.kind, last.subject, last.before, last.after, None)

    def undo(self) -> Edit | None:
        if not self._done:
            return None
        edit = self._done.pop()
        self._undone.append(edit)
        return edit

    def redo(self) -> Edit | None:
        if not self._undone:
            return None
        edit = self._undone.pop()
        self._done.append(edit)
        return edit

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    @property
    def next_undo(self) -> Edit | None:
        return self._done[-1] if self._done else None

    @property
    def next_redo(self) -> Edit | None:
        return self._undone[-1] if self._undone else None

"""The names of undoable workshop edits, as the Edit menu shows them (translatable)."""

from __future__ import annotations

from collections.abc import Callable

from aws_advisor.core.workshops.history import Edit


def edit_label(edit: Edit, tr: Callable[[str], str]) -> str:
    """How an undoable edit is named in the Edit menu, e.g. Remove “Choose a load balancer”."""
    labels = {
        "add": tr("Add “{subject}”"),
        "remove": tr("Remove “{subject}”"),
        "move_up": tr("Move “{subject}” up"),
        "move_down": tr("Move “{subject}” down"),
        "what_if": tr("What-if copy of “{subject}”"),
        "park": tr("Park “{subject}”"),
        "resume": tr("Resume “{subject}”"),
        "answer": tr("Answer “{subject}”"),
        "revisit": tr("Go back to “{subject}”"),
        "note": tr("Note on “{subject}”"),
        "details": tr("Edit workshop details"),
    }
    subject = edit.subject if len(edit.subject) <= 48 else edit.subject[:47] + "…"
    return labels[edit.kind].format(subject=subject)

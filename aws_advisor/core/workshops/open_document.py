"""The open workshop: one object owns it while the app, the CLI or a test works on it.

``WorkshopDocument`` holds the current ``Workshop`` value and everything that goes with
having it open: the file it belongs to, whether it has unsaved changes, the decision being
worked on, the undo history, and the policy that every change is checked against the rules
and autosaved at once. It is Qt-free and reports through plain events; the GUI's
``WorkshopController`` only adapts those events to signals.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from aws_advisor.core.engine.session import Session
from aws_advisor.core.errors import AdvisorError
from aws_advisor.core.events import Event
from aws_advisor.core.text_safety import clean
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.workshops.document import (
    Decision,
    DecisionState,
    Workshop,
    resolve_decision,
)
from aws_advisor.core.workshops.history import Edit, EditKind, History, Snapshot
from aws_advisor.core.workshops.rules import Finding, RuleBook, check_workshop
from aws_advisor.core.workshops.storage import (
    autosave,
    discard_autosave,
    open_workshop,
    remember_recent_file,
    save_workshop,
)

log = logging.getLogger("aws_advisor")


class WorkshopDocument:
    """The workshop being worked on, if any, and every edit made to it.

    Events: ``changed`` (anything about the workshop), ``opened`` (another workshop, or
    none, is open), ``selected`` (the decision worked on, "" for none; also sent when undo
    puts back a different version of it) and ``failed`` (a problem the user should read).
    """

    def __init__(
        self,
        catalog: Catalog,
        rules: RuleBook,
        data_dir: Path,
        *,
        autosaving: bool = True,
    ) -> None:
        self.catalog = catalog
        self.rules = rules
        self.data_dir = data_dir
        self.autosaving = autosaving
        self.workshop: Workshop | None = None
        self.path: Path | None = None
        self.selected_id: str | None = None
        self.findings: tuple[Finding, ...] = ()
        self.history = History()
        self._saved: Workshop | None = None
        self.changed: Event[None] = Event()
        self.opened: Event[None] = Event()
        self.selected: Event[str] = Event()
        self.failed: Event[str] = Event()

    # --- opening, saving, closing ---------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Unsaved changes: the workshop differs from what was last opened or saved."""
        return self.workshop is not None and self.workshop != self._saved

    def open_new(self, workshop: Workshop) -> None:
        workshop = dataclasses.replace(
            workshop,
            title=clean(workshop.title),
            facilitator=clean(workshop.facilitator),
            participants=tuple(clean(p) for p in workshop.participants),
        )
        self._set_workshop(workshop, path=None, saved=None)

    def open_file(self, path: Path) -> bool:
        """Open a workshop file; a damaged or newer file is reported and left untouched."""
        try:
            workshop = open_workshop(path)
        except AdvisorError as exc:
            self.failed.emit(str(exc))
            return False
        self._set_workshop(workshop, path=path, saved=workshop)
        self._remember(path)
        return True

    def recover(
        self, workshop: Workshop, source: Path | None, *, current: str | None = None
    ) -> None:
        """Continue an autosaved workshop; it stays unsaved until the user saves it."""
        self._set_workshop(workshop, path=source, saved=None)
        if current is not None and any(d.id == current for d in workshop.decisions):
            self.select(current)

    def save(self, path: Path | None = None) -> bool:
        """Save to ``path`` (or the current file). Returns False, and says why, on failure."""
        if self.workshop is None:
            return False
        target = path or self.path
        if target is None:
            return False
        try:
            written = save_workshop(self.workshop, target)
        except AdvisorError as exc:
            self.failed.emit(str(exc))
            return False
        self.path = written
        self._saved = self.workshop
        self.history.seal()
        self._autosave()
        self._remember(written)
        self.changed.emit(None)
        return True

    def close(self) -> None:
        """Close the workshop; its autosave goes too (call only once saved or discarded)."""
        if self.workshop is not None and self.autosaving:
            discard_autosave(self.data_dir, self.workshop.id)
        self.workshop = None
        self.path = None
        self._saved = None
        self.selected_id = None
        self.findings = ()
        self.history.clear()
        self.opened.emit(None)
        self.selected.emit("")

    def set_catalog(self, catalog: Catalog) -> None:
        """After the trees are reloaded: replay and check against the new ones."""
        self.catalog = catalog
        self.changed.emit(None)

    # --- agenda edits ---------------------------------------------------------------------

    def add_tree(self, tree_id: str, *, select: bool = True) -> str | None:
        if self.workshop is None:
            return None
        tree = self.catalog.trees.get(tree_id)
        if tree is None:
            self.failed.emit(f"No decision tree has the id {tree_id}.")
            return None
        workshop = self.workshop.add_decision(tree)
        new_id = workshop.decisions[-1].id
        self._commit("add", tree.title, workshop, new_id if select else self.selected_id)
        return new_id

    def remove(self, decision_id: str) -> None:
        """Remove a decision; if it was the one worked on, its page closes (Undo brings both
        back)."""
        decision = self._decision(decision_id)
        if self.workshop is None or decision is None:
            return
        selected = None if self.selected_id == decision_id else self.selected_id
        self._commit(
            "remove", decision.tree_title, self.workshop.remove_decision(decision_id), selected
        )

    def move(self, decision_id: str, offset: int) -> None:
        decision = self._decision(decision_id)
        if self.workshop is None or decision is None or offset == 0:
            return
        index = self.workshop.position(decision_id) - 1 + offset
        moved = self.workshop.move_decision(decision_id, index)
        if moved != self.workshop:
            kind: EditKind = "move_up" if offset < 0 else "move_down"
            self._commit(kind, decision.tree_title, moved, self.selected_id)

    def duplicate(self, decision_id: str) -> str | None:
        """Make a what-if copy right after the decision, and select it."""
        decision = self._decision(decision_id)
        if self.workshop is None or decision is None:
            return None
        before = {d.id for d in self.workshop.decisions}
        workshop = self.workshop.duplicate_decision(decision_id)
        new_id = next(d.id for d in workshop.decisions if d.id not in before)
        self._commit("what_if", decision.tree_title, workshop, new_id)
        return new_id

    def toggle_park(self, decision_id: str, reason: str = "") -> None:
        """Park a decision (with an optional reason for the report), or resume a parked one."""
        decision = self._decision(decision_id)
        if self.workshop is None or decision is None:
            return
        updated = decision.toggled_park(clean(reason))
        kind: EditKind = "park" if updated.status == "parked" else "resume"
        self._commit(
            kind, decision.tree_title, self.workshop.replace_decision(updated), self.selected_id
        )

    def set_note(self, decision_id: str, question_id: str, *, why: str, dissent: str) -> None:
        why, dissent = clean(why), clean(dissent)  # typed or pasted: kept only as plain text
        decision = self._decision(decision_id)
        if self.workshop is None or decision is None:
            return
        note = decision.note_for(question_id)
        if note is not None and (note.why, note.dissent) == (why, dissent):
            return
        if note is None and not why and not dissent:
            return
        updated = decision.with_note(question_id, why=why, dissent=dissent)
        self._commit(
            "note",
            self._question_prompt(decision, question_id),
            self.workshop.replace_decision(updated),
            self.selected_id,
            merge_key=("note", decision_id, question_id),
        )

    def set_details(self, *, title: str, facilitator: str, participants: tuple[str, ...]) -> None:
        if self.workshop is None:
            return
        updated = dataclasses.replace(
            self.workshop,
            title=clean(title),
            facilitator=clean(facilitator),
            participants=tuple(clean(p) for p in participants),
        )
        if updated != self.workshop:
            self._commit("details", "", updated, self.selected_id)

    def record_session(self, session: Session) -> None:
        """An answer given (or taken back) on the selected decision: record its new path."""
        decision = self.selected_decision
        if self.workshop is None or decision is None or session.tree.id != decision.tree:
            return
        updated = decision.with_session(session)
        if updated == decision:
            return
        extends = updated.answers[: len(decision.answers)] == decision.answers
        if extends and updated.answers:
            kind: EditKind = "answer"
            subject = updated.answers[-1].prompt
        else:
            kind = "revisit"
            question = session.current_question
            subject = question.prompt if question else decision.tree_title
        self._commit(
            kind, subject, self.workshop.replace_decision(updated), self.selected_id, quiet=True
        )

    # --- undo -----------------------------------------------------------------------------

    def undo(self) -> bool:
        edit = self.history.undo()
        if edit is None:
            return False
        self._restore(edit.before)
        return True

    def redo(self) -> bool:
        edit = self.history.redo()
        if edit is None:
            return False
        self._restore(edit.after)
        return True

    @property
    def undo_label(self) -> str | None:
        edit = self.history.next_undo
        return edit.label if edit else None

    @property
    def redo_label(self) -> str | None:
        edit = self.history.next_redo
        return edit.label if edit else None

    # --- the decision worked on -----------------------------------------------------------

    def select(self, decision_id: str | None) -> None:
        """Work on a decision (or none); listeners replay its answers on today's tree."""
        self.history.seal()
        self.selected_id = decision_id if self._decision(decision_id) else None
        if self.dirty:
            self._autosave()  # so that recovery reopens where the group was
        self.selected.emit(self.selected_id or "")

    def step(self, offset: int) -> None:
        """Go to the next (``1``) or previous (``-1``) decision on the agenda."""
        if self.workshop is None or not self.workshop.decisions:
            return
        ids = [d.id for d in self.workshop.decisions]
        index = ids.index(self.selected_id) + offset if self.selected_id in ids else 0
        self.select(ids[max(0, min(index, len(ids) - 1))])

    def state(self, decision_id: str) -> DecisionState | None:
        decision = self._decision(decision_id)
        return resolve_decision(decision, self.catalog) if decision else None

    @property
    def selected_decision(self) -> Decision | None:
        return self._decision(self.selected_id)

    # --- internals ------------------------------------------------------------------------

    def _decision(self, decision_id: str | None) -> Decision | None:
        if self.workshop is None or decision_id is None:
            return None
        try:
            return self.workshop.decision(decision_id)
        except AdvisorError:
            return None

    def _question_prompt(self, decision: Decision, question_id: str) -> str:
        for answer in decision.answers:
            if answer.question == question_id:
                return answer.prompt
        return decision.tree_title

    def _set_workshop(
        self, workshop: Workshop, *, path: Path | None, saved: Workshop | None
    ) -> None:
        self.workshop = workshop
        self.path = path
        self._saved = saved
        self.selected_id = None
        self.history.clear()
        self.findings = check_workshop(workshop, self.rules.rules)
        if self.dirty:
            self._autosave()
        self.opened.emit(None)
        self.changed.emit(None)

    def _commit(
        self,
        kind: EditKind,
        subject: str,
        workshop: Workshop,
        selected_id: str | None,
        *,
        merge_key: tuple[str, ...] | None = None,
        quiet: bool = False,
    ) -> None:
        """Make ``workshop`` current as one undoable edit; check and autosave it.

        ``quiet`` is for an answer given on the page itself: the page already shows it, so
        the decision is not selected again.
        """
        assert self.workshop is not None
        before = Snapshot(self.workshop, self.selected_id)
        self.history.record(Edit(kind, subject, before, Snapshot(workshop, selected_id), merge_key))
        self._update(workshop)
        if selected_id != self.selected_id and not quiet:
            self.select(selected_id)

    def _restore(self, snapshot: Snapshot) -> None:
        self._update(snapshot.workshop)
        self.select(snapshot.selected_id)

    def _update(self, workshop: Workshop) -> None:
        self.workshop = workshop
        self.findings = check_workshop(workshop, self.rules.rules)
        self._autosave()
        self.changed.emit(None)

    def _autosave(self) -> None:
        if self.workshop is None or not self.autosaving:
            return
        try:
            autosave(self.workshop, self.data_dir, source=self.path, current=self.selected_id)
        except AdvisorError as exc:
            self.failed.emit(str(exc))

    def _remember(self, path: Path) -> None:
        try:
            remember_recent_file(self.data_dir, path)
        except OSError:
            log.warning("could not update the recent-files list in %s", self.data_dir)

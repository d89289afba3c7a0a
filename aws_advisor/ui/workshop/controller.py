"""A thin Qt adapter over the core workshop: holds the current value, autosaves every change.

The workshop itself is an immutable core value; every edit here replaces it, autosaves it
to the app-data folder and emits ``changed``. The selected decision is walked with the same
``SessionController`` as a single decision, and each answer is written back.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from aws_advisor.core.errors import AdvisorError
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.workshops.document import (
    Decision,
    DecisionState,
    Workshop,
    resolve_decision,
)
from aws_advisor.core.workshops.rules import Finding, RuleBook, check_workshop
from aws_advisor.core.workshops.storage import (
    autosave,
    discard_autosave,
    open_workshop,
    remember_recent_file,
    save_workshop,
)
from aws_advisor.ui.controller import SessionController

log = logging.getLogger("aws_advisor")


class WorkshopController(QObject):
    changed = Signal()  # anything about the workshop (agenda, notes, statuses, findings)
    opened = Signal()  # a different workshop (or none) is now open
    selected = Signal(str)  # the decision being worked on ("" for none)
    failed = Signal(str)  # an expected problem the user should read

    def __init__(
        self,
        sessions: SessionController,
        catalog: Catalog,
        rules: RuleBook,
        data_dir: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.catalog = catalog
        self.rules = rules
        self.data_dir = data_dir
        self.workshop: Workshop | None = None
        self.path: Path | None = None
        self.dirty = False
        self.selected_id: str | None = None
        self.findings: tuple[Finding, ...] = ()
        self._resuming = False
        sessions.changed.connect(self._session_changed)

    # --- opening and saving -------------------------------------------------------------

    def open_new(self, workshop: Workshop) -> None:
        self._set_workshop(workshop, path=None, dirty=True)

    def open_file(self, path: Path) -> bool:
        """Open a workshop file; a damaged or newer file is reported and left untouched."""
        try:
            workshop = open_workshop(path)
        except AdvisorError as exc:
            self.failed.emit(str(exc))
            return False
        self._set_workshop(workshop, path=path, dirty=False)
        self._remember(path)
        return True

    def recover(self, workshop: Workshop, source: Path | None) -> None:
        """Continue an autosaved workshop; it stays unsaved until the user saves it."""
        self._set_workshop(workshop, path=source, dirty=True)

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
        self.dirty = False
        self._autosave()
        self._remember(written)
        self.changed.emit()
        return True

    def close(self) -> None:
        """Close the workshop; its autosave goes too (call only once saved or discarded)."""
        if self.workshop is not None:
            discard_autosave(self.data_dir, self.workshop.id)
        self.workshop = None
        self.path = None
        self.dirty = False
        self.selected_id = None
        self.findings = ()
        self.opened.emit()
        self.selected.emit("")

    # --- agenda edits --------------------------------------------------------------------

    def add_tree(self, tree_id: str, *, select: bool = True) -> str | None:
        if self.workshop is None:
            return None
        tree = self.catalog.trees.get(tree_id)
        if tree is None:
            self.failed.emit(self.tr("No decision tree has the id {id}.").format(id=tree_id))
            return None
        workshop = self.workshop.add_decision(tree)
        new_id = workshop.decisions[-1].id
        self._update(workshop)
        if select:
            self.select(new_id)
        return new_id

    def remove(self, decision_id: str) -> None:
        if self.workshop is None:
            return
        self._apply(lambda w: w.remove_decision(decision_id))
        if self.selected_id == decision_id:
            self.select(None)

    def move(self, decision_id: str, offset: int) -> None:
        if self.workshop is None:
            return
        index = self.workshop.position(decision_id) - 1 + offset
        self._apply(lambda w: w.move_decision(decision_id, index))

    def duplicate(self, decision_id: str) -> str | None:
        """Make a what-if copy right after the decision, and select it."""
        if self.workshop is None:
            return None
        before = {d.id for d in self.workshop.decisions}
        self._apply(lambda w: w.duplicate_decision(decision_id))
        new_ids = [d.id for d in self.workshop.decisions if d.id not in before]
        if new_ids:
            self.select(new_ids[0])
            return new_ids[0]
        return None

    def toggle_park(self, decision_id: str) -> None:
        if self.workshop is None:
            return
        self._apply(lambda w: w.replace_decision(w.decision(decision_id).toggled_park()))

    def set_note(self, decision_id: str, question_id: str, *, why: str, dissent: str) -> None:
        if self.workshop is None:
            return
        decision = self.workshop.decision(decision_id)
        note = decision.note_for(question_id)
        if note is not None and (note.why, note.dissent) == (why, dissent):
            return
        if note is None and not why and not dissent:
            return
        self._apply(
            lambda w: w.replace_decision(
                w.decision(decision_id).with_note(question_id, why=why, dissent=dissent)
            )
        )

    def set_details(self, *, title: str, facilitator: str, participants: tuple[str, ...]) -> None:
        if self.workshop is None:
            return
        self._apply(
            lambda w: dataclasses.replace(
                w, title=title, facilitator=facilitator, participants=participants
            )
        )

    # --- selection --------------------------------------------------------------------------

    def select(self, decision_id: str | None) -> None:
        """Work on a decision: its recorded answers are replayed on today's tree."""
        self.selected_id = decision_id
        if decision_id is None or self.workshop is None:
            self.selected.emit("")
            return
        state = self.state(decision_id)
        self.selected.emit(decision_id)
        if state is None or state.session is None:
            self._sessions.close()
            return
        # Showing the replayed answers is not an edit: a drifted record stays as recorded
        # until the group answers again.
        self._resuming = True
        try:
            self._sessions.resume(state.session)
        finally:
            self._resuming = False

    def state(self, decision_id: str) -> DecisionState | None:
        if self.workshop is None:
            return None
        try:
            decision = self.workshop.decision(decision_id)
        except AdvisorError:
            return None
        return resolve_decision(decision, self.catalog)

    @property
    def selected_decision(self) -> Decision | None:
        if self.workshop is None or self.selected_id is None:
            return None
        try:
            return self.workshop.decision(self.selected_id)
        except AdvisorError:
            return None

    # --- internals --------------------------------------------------------------------------

    def _session_changed(self) -> None:
        if self._resuming:
            return
        decision = self.selected_decision
        session = self._sessions.session
        if decision is None or session is None or session.tree.id != decision.tree:
            return
        updated = decision.with_session(session)
        if updated != decision:
            self._apply(lambda w: w.replace_decision(updated))

    def _set_workshop(self, workshop: Workshop, *, path: Path | None, dirty: bool) -> None:
        self.workshop = workshop
        self.path = path
        self.dirty = dirty
        self.selected_id = None
        self.findings = check_workshop(workshop, self.rules.rules)
        if dirty:
            self._autosave()
        self.opened.emit()
        self.changed.emit()

    def _apply(self, edit: Callable[[Workshop], Workshop]) -> None:
        if self.workshop is None:
            return
        try:
            workshop = edit(self.workshop)
        except AdvisorError as exc:
            self.failed.emit(str(exc))
            return
        self._update(workshop)

    def _update(self, workshop: Workshop) -> None:
        self.workshop = workshop
        self.dirty = True
        self.findings = check_workshop(workshop, self.rules.rules)
        self._autosave()
        self.changed.emit()

    def _autosave(self) -> None:
        if self.workshop is None:
            return
        try:
            autosave(self.workshop, self.data_dir, source=self.path)
        except AdvisorError as exc:
            self.failed.emit(str(exc))

    def _remember(self, path: Path) -> None:
        try:
            remember_recent_file(self.data_dir, path)
        except OSError:
            log.warning("could not update the recent-files list in %s", self.data_dir)

"""A thin Qt adapter over the core ``WorkshopDocument``: its events become signals.

The document owns the open workshop, its undo history and the autosave policy. This
adapter connects it to the ``SessionController`` that walks the selected decision: an
answer given on the page is recorded in the document, and selecting a decision (or undoing
an edit) replays that decision's recorded answers on the page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.workshops.document import Decision, DecisionState, Workshop
from aws_advisor.core.workshops.open_document import WorkshopDocument
from aws_advisor.core.workshops.rules import Finding, RuleBook
from aws_advisor.ui.controller import SessionController


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
        *,
        autosaving: bool = True,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.document = WorkshopDocument(catalog, rules, data_dir, autosaving=autosaving)
        d = self.document
        d.changed.connect(lambda _: self.changed.emit())
        d.opened.connect(lambda _: self.opened.emit())
        d.selected.connect(self._selected)
        d.failed.connect(self.failed.emit)
        sessions.edited.connect(self._session_edited)
        # The document's methods are the controller's: intent goes straight to the core.
        self.open_new = d.open_new
        self.open_file = d.open_file
        self.recover = d.recover
        self.save = d.save
        self.close = d.close
        self.add_tree = d.add_tree
        self.remove = d.remove
        self.move = d.move
        self.duplicate = d.duplicate
        self.toggle_park = d.toggle_park
        self.set_note = d.set_note
        self.set_details = d.set_details
        self.select = d.select
        self.step = d.step
        self.state = d.state
        self.undo = d.undo
        self.redo = d.redo

    @property
    def workshop(self) -> Workshop | None:
        return self.document.workshop

    @property
    def path(self) -> Path | None:
        return self.document.path

    @property
    def dirty(self) -> bool:
        return self.document.dirty

    @property
    def selected_id(self) -> str | None:
        return self.document.selected_id

    @property
    def selected_decision(self) -> Decision | None:
        return self.document.selected_decision

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.document.findings

    @property
    def catalog(self) -> Catalog:
        return self.document.catalog

    @property
    def rules(self) -> RuleBook:
        return self.document.rules

    @property
    def data_dir(self) -> Path:
        return self.document.data_dir

    def set_catalog(self, catalog: Catalog) -> None:
        self.document.set_catalog(catalog)

    def _selected(self, decision_id: str) -> None:
        """Show the selected decision: its recorded answers replayed on today's tree.

        Replaying is not an edit: a drifted record stays as recorded until the group
        answers again (only ``SessionController.edited`` records anything).
        """
        state: DecisionState | None = self.document.state(decision_id) if decision_id else None
        self.selected.emit(decision_id)
        if state is None or state.session is None:
            self._sessions.close()
            return
        self._sessions.resume(state.session)

    def _session_edited(self) -> None:
        session = self._sessions.session
        if session is not None:
            self.document.record_session(session)

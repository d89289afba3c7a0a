"""The workshop feature in the main window: menus, the agenda dock, files, exports, recovery.

The main window creates one ``WorkshopUi``; everything workshop-specific is wired here so
the window itself stays an assembly of parts.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from aws_advisor.core.formats import WORKSHOP_FILE
from aws_advisor.ui.workshop.autosaves import AutosaveOwner
from aws_advisor.ui.workshop.dialogs import Dialogs
from aws_advisor.ui.workshop.exports import WorkshopExports
from aws_advisor.ui.workshop.history_labels import edit_label
from aws_advisor.ui.workshop.host import WorkshopHost

if TYPE_CHECKING:
    from aws_advisor.core.tree.catalog import Catalog
    from aws_advisor.core.workshops.document import Workshop
    from aws_advisor.ui.workshop.agenda_panel import AgendaPanel
    from aws_advisor.ui.workshop.controller import WorkshopController

log = logging.getLogger("aws_advisor")


class WorkshopUi:
    """Menus exist from the start; the controller, rules and agenda dock are built on first
    use, so opening the app for a single decision pays nothing for workshops."""

    def __init__(self, window: WorkshopHost, data_dir: Path, dialogs: Dialogs) -> None:
        self.window = window
        self.dialogs = dialogs
        self.data_dir = data_dir
        self._controller: WorkshopController | None = None
        self.autosaves = AutosaveOwner(data_dir)
        self._build_actions()
        self._update_actions()

    def _build_parts(self) -> WorkshopController:
        from aws_advisor.core.workshops.rules import load_rules
        from aws_advisor.ui.export_runner import ExportRunner
        from aws_advisor.ui.workshop.agenda_panel import AgendaPanel
        from aws_advisor.ui.workshop.controller import WorkshopController

        window = self.window
        rules = load_rules(None, window.catalog)
        for problem in rules.problems:
            log.warning("rule file problem: %s", problem)
        controller = WorkshopController(
            window.controller, window.catalog, rules, self.data_dir, window
        )
        self._controller = controller
        self.panel: AgendaPanel = AgendaPanel(controller)
        self.dock = QDockWidget(window.tr("Workshop"), window)
        self.dock.setObjectName("workshopDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.exports.attach(controller, ExportRunner(window))
        self._connect()
        return controller

    @property
    def controller(self) -> WorkshopController:
        return self._controller if self._controller is not None else self._build_parts()

    @property
    def workshop(self) -> Workshop | None:
        """The open workshop, without building anything when there is none."""
        return self._controller.workshop if self._controller is not None else None

    def set_catalog(self, catalog: Catalog) -> None:
        """After the trees are reloaded: replay and check against the new ones."""
        if self._controller is not None:
            self._controller.set_catalog(catalog)

    def set_dock_visible(self, visible: bool) -> None:
        if self._controller is not None:
            self.dock.setVisible(visible)

    # --- assembly ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        tr = w.tr
        a = w.make_action
        self.new_action = a(tr("&New workshop…"), self.new, ["Ctrl+N"])
        self.open_action = a(tr("&Open workshop…"), self.open, ["Ctrl+O"])
        self.save_action = a(tr("&Save workshop"), self.save, ["Ctrl+S"])
        self.save_as_action = a(tr("Save workshop &as…"), self.save_as, ["Ctrl+Shift+S"])
        self.close_action = a(tr("&Close workshop"), self.close, ["Ctrl+W"])
        self.exports = WorkshopExports(w, self.dialogs, lambda: self.panel.save_note())
        self.next_action = a(tr("&Next decision"), lambda: self.step(1), ["Ctrl+PgDown"])
        self.previous_action = a(tr("&Previous decision"), lambda: self.step(-1), ["Ctrl+PgUp"])
        self.undo_action = a(tr("&Undo"), self.undo, ["Ctrl+Z"])
        self.redo_action = a(tr("&Redo"), self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.recent_menu = QMenu(tr("Open &recent"), w)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def file_actions(self) -> list[QAction | QMenu]:
        return [
            self.new_action,
            self.open_action,
            self.recent_menu,
            self.save_action,
            self.save_as_action,
            self.close_action,
        ]

    def export_actions(self) -> list[QAction]:
        return self.exports.actions()

    def decision_actions(self) -> list[QAction]:
        return [self.next_action, self.previous_action]

    def edit_actions(self) -> list[QAction]:
        return [self.undo_action, self.redo_action]

    def _connect(self) -> None:
        c = self.controller
        c.opened.connect(self._opened)
        c.changed.connect(self._update_actions)
        c.failed.connect(lambda message: self.dialogs.inform(self.window.tr("Workshop"), message))
        c.selected.connect(self._selected)
        self.panel.add_requested.connect(self.window.find_decision)
        self.panel.details_requested.connect(self.edit_details)
        self.panel.compare_requested.connect(self.compare)
        self.panel.park_requested.connect(self.park)
        self._update_actions()

    # --- state ------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.workshop is not None

    def _opened(self) -> None:
        self.dock.setVisible(self.active and not self.window.presenting)
        self._update_actions()
        if self.active:
            self.window.show_catalogue_or_first()

    def _selected(self, decision_id: str) -> None:
        if not decision_id:
            return
        state = self.controller.state(decision_id)
        if state is not None and state.session is None:
            self.dialogs.inform(self.window.tr("Workshop"), "\n".join(state.drift_messages()))

    def _update_actions(self) -> None:
        active = self.active
        for action in (
            self.save_action,
            self.save_as_action,
            self.close_action,
            *self.export_actions(),
            *self.decision_actions(),
        ):
            action.setEnabled(active)
        self.exports.adr_action.setEnabled(active and self.controller.selected_id is not None)
        tr = self.window.tr
        document = self._controller.document if self._controller is not None else None
        for action, edit, name in (
            (self.undo_action, document and document.history.next_undo, tr("&Undo")),
            (self.redo_action, document and document.history.next_redo, tr("&Redo")),
        ):
            action.setEnabled(bool(edit))
            action.setText(f"{name} {edit_label(edit, tr)}" if edit else name)
        if self._controller is not None and self._controller.path is not None:
            self.dialogs.folder = self._controller.path.parent
        workshop = self.workshop
        self.window.catalog_page.mark_agenda(workshop.numbers_by_tree() if workshop else {})
        self.window.update_title()

    def confirm_close(self) -> bool:
        """Give the user the chance to save; False means they cancelled."""
        if self._controller is None:
            return True
        self.panel.save_note()
        c = self.controller
        if c.workshop is None or not c.dirty:
            return True
        choice = self.dialogs.ask_save_changes(c.workshop.title)
        if choice == "cancel":
            return False
        if choice == "save":
            return self.save()
        return True

    def new(self) -> None:
        from aws_advisor.core.workshops.document import new_workshop
        from aws_advisor.core.workshops.templates import load_templates, workshop_from_template

        if not self.confirm_close():
            return
        templates = load_templates(None, self.window.catalog)
        details = self.dialogs.new_workshop(templates)
        if details is None:
            return
        template = templates.templates.get(details.template or "")
        if template is not None:
            workshop = workshop_from_template(
                template,
                self.window.catalog,
                title=details.title,
                facilitator=details.facilitator,
                participants=details.participants,
            )
        else:
            workshop = new_workshop(
                details.title, facilitator=details.facilitator, participants=details.participants
            )
        self._discard_current()
        self.controller.open_new(workshop)

    def open(self) -> None:
        path = self.dialogs.open_path()
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        from aws_advisor.core.workshops.storage import discard_autosave

        if not self.confirm_close():
            return False
        previous = self.controller.workshop
        if not self.controller.open_file(path):
            return False
        if previous is not None and previous.id != self.controller.workshop.id:  # type: ignore[union-attr]
            discard_autosave(self.data_dir, previous.id)
        return True

    def save(self) -> bool:
        if self.workshop is None:
            return False
        c = self.controller
        self.panel.save_note()
        if c.path is None:
            return self.save_as()
        return c.save()

    def save_as(self) -> bool:
        workshop = self.workshop
        if workshop is None:
            return False
        self.panel.save_note()
        path = self.dialogs.save_path([WORKSHOP_FILE], workshop.title)
        return path is not None and self.controller.save(path)

    def close(self) -> None:
        if self.workshop is not None and self.confirm_close():
            self.controller.close()

    def _discard_current(self) -> None:
        from aws_advisor.core.workshops.storage import discard_autosave

        workshop = self.workshop
        if workshop is not None:
            discard_autosave(self.data_dir, workshop.id)

    def _fill_recent(self) -> None:
        from aws_advisor.core.workshops.storage import recent_files

        self.recent_menu.clear()
        paths = recent_files(self.data_dir)
        if not paths:
            self.recent_menu.addAction(self.window.tr("(none yet)")).setEnabled(False)
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))

    def _open_recent(self, path: Path) -> None:
        from aws_advisor.core.workshops.storage import forget_recent_file

        if not path.exists():
            forget_recent_file(self.data_dir, path)
            self.dialogs.inform(
                self.window.tr("Workshop"),
                self.window.tr("{path} no longer exists.").format(path=path),
            )
            return
        self.open_path(path)

    def offer_recovery(self) -> None:
        """After a crash: offer each autosaved workshop newer than the last clean exit."""
        found = self.autosaves.offer_recovery(self.dialogs.ask_recover)
        if found is not None:
            self.controller.recover(found.workshop, found.source, current=found.current)

    def shutdown(self) -> bool:
        """On quit: ask to save; then record a clean exit. False if the user cancelled."""
        if not self.confirm_close():
            return False
        if self.workshop is not None and not self.controller.dirty:
            self._discard_current()
        self.autosaves.release()
        return True

    # --- agenda -----------------------------------------------------------------------------

    def undo(self) -> None:
        if self._controller is not None:
            self.panel.save_note()
            self.controller.undo()

    def redo(self) -> None:
        if self._controller is not None:
            self.panel.save_note()
            self.controller.redo()

    def park(self, decision_id: str) -> None:
        """Park with an optional reason (asked for), or resume a parked decision."""
        decision = self.workshop.decision(decision_id) if self.workshop else None
        if decision is None:
            return
        reason = ""
        if decision.status != "parked":
            answer = self.dialogs.ask_park_reason(decision.tree_title)
            if answer is None:
                return
            reason = answer
        self.controller.toggle_park(decision_id, reason)

    def add_tree(self, tree_id: str) -> None:
        """Add a decision to the agenda; one already there opens instead (a second copy is
        made only on purpose, with What-if)."""
        self.panel.save_note()
        w = self.workshop
        existing = w.on_agenda(tree_id) if w is not None else None
        if w is not None and existing is not None:
            self.controller.select(existing.id)
            self.window.statusBar().showMessage(
                self.window.tr(
                    "“{title}” is already on the agenda as decision {n}, so it is open now. "
                    "To try other answers beside it, use What-if."
                ).format(title=existing.tree_title, n=w.number(existing.id)),
                10000,
            )
            return
        self.controller.add_tree(tree_id)

    def step(self, offset: int) -> None:
        w = self.workshop
        if w is None or not w.decisions:
            return
        self.panel.save_note()
        self.controller.step(offset)

    def edit_details(self) -> None:
        w = self.workshop
        if w is None:
            return
        details = self.dialogs.edit_details(w)
        if details is not None:
            self.controller.set_details(
                title=details.title,
                facilitator=details.facilitator,
                participants=details.participants,
            )

    def compare(self, decision_id: str) -> None:
        from aws_advisor.core.workshops.compare import compare_decisions

        w = self.workshop
        if w is None:
            return
        second = w.decision(decision_id)
        if second.what_if_of is None:
            return
        first = w.decision(second.what_if_of)
        tree = self.window.catalog.trees.get(first.tree)
        self.dialogs.compare(compare_decisions(first, second, tree))

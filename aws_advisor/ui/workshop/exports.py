"""Workshop reports and ADRs from the window: the menu actions, the save dialog, progress.

Every report and ADR format comes from ``aws_advisor.core.formats``; a new report format
there gets its menu entry here without a change. The file is made on a worker thread
(``ExportRunner``); sketches are drawn first, on the UI thread, because Qt scenes live there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog

from aws_advisor.core.formats import OutputFormat, ReportInput, formats, render_report

if TYPE_CHECKING:
    from aws_advisor.ui.export_runner import ExportRunner
    from aws_advisor.ui.workshop.controller import WorkshopController
    from aws_advisor.ui.workshop.dialogs import Dialogs
    from aws_advisor.ui.workshop.host import WorkshopHost

SHORTCUTS: dict[tuple[str, str], list[str]] = {("report", ".pdf"): ["Ctrl+P"]}
"""Formats with a keyboard shortcut, by (family, suffix)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopExports", text)


class WorkshopExports:
    """The export actions of the workshop menu and the one export that may be running."""

    def __init__(self, window: WorkshopHost, dialogs: Dialogs, before: Callable[[], None]) -> None:
        """``before`` runs when an export starts (the agenda keeps a note being typed)."""
        self.window = window
        self.dialogs = dialogs
        self._before = before
        self.progress: QProgressDialog | None = None
        self._runner: ExportRunner | None = None
        self._controller: WorkshopController | None = None
        self.report_actions: dict[str, QAction] = {
            fmt.suffix: self._action(
                _tr("Report as {format}…").format(format="&" + _tr(fmt.short)), fmt
            )
            for fmt in formats("report")
        }
        """One action per report format, by suffix (``.md``, ``.html``, ``.pdf``)."""
        (adr,) = formats("adr")
        self.adr_action = self._action(_tr("Decision as A&DR…"), adr)

    def _action(self, text: str, fmt: OutputFormat) -> QAction:
        shortcuts = SHORTCUTS.get((fmt.family, fmt.suffix), [])
        return self.window.make_action(text, lambda: self.export(fmt), shortcuts)

    def actions(self) -> list[QAction]:
        return [*self.report_actions.values(), self.adr_action]

    def attach(self, controller: WorkshopController, runner: ExportRunner) -> None:
        """Once the workshop feature is built: export what ``controller`` holds."""
        self._controller = controller
        self._runner = runner
        runner.finished.connect(self._done)
        runner.failed.connect(self._failed)

    @property
    def runner(self) -> ExportRunner:
        """The worker that writes files (exists once the workshop feature is built)."""
        assert self._runner is not None, "attach() comes first"
        return self._runner

    @property
    def busy(self) -> bool:
        return self._runner is not None and self._runner.busy

    def export(self, fmt: OutputFormat) -> None:
        """Ask where, then write the open workshop (or, for an ADR, the selected decision)."""
        from aws_advisor.core.workshops.document import resolve_workshop
        from aws_advisor.qt.diagrams.export import QtDrawing
        from aws_advisor.ui.export_runner import presketched

        c, runner = self._controller, self._runner
        if c is None or runner is None or c.workshop is None or runner.busy:
            return
        self._before()
        w = c.workshop
        decision = c.selected_decision if fmt.family == "adr" else None
        if fmt.family == "adr" and decision is None:
            return
        name = w.title if decision is None else f"{w.title} - {decision.tree_title}"
        path = self.dialogs.save_path([fmt], name)
        if path is None:
            return
        catalog = self.window.catalog
        sketch = None
        if fmt.family == "report" and fmt.suffix != ".md":
            outcomes = [
                s.session.outcome
                for s in resolve_workshop(w, catalog)
                if s.session is not None and s.session.outcome is not None
            ]
            sketch = presketched(outcomes)
        report = ReportInput(
            w,
            catalog,
            c.rules.rules,
            decision_id=decision.id if decision is not None else None,
            sketch_svg=sketch,
        )
        drawing = QtDrawing()
        runner.run(lambda: render_report(fmt, report, drawing), path)
        self.progress = QProgressDialog(
            _tr("Writing {name}…").format(name=path.name), "", 0, 0, self.window
        )
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(_tr("Exporting"))
        self.progress.setMinimumDuration(300)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)

    def _done(self, path: str) -> None:
        self._close_progress()
        self.window.statusBar().showMessage(_tr("Saved {path}").format(path=path), 8000)

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.dialogs.inform(_tr("Export failed"), message)

    def _close_progress(self) -> None:
        if self.progress is not None:
            QTimer.singleShot(0, self.progress.close)
            self.progress = None

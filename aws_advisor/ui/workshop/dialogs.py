"""Dialogs of the workshop feature, and ``Dialogs``: every question the window asks the user.

The window asks through a ``Dialogs`` object it is given, so tests can pass one that answers
without a modal dialog (and without monkeypatching Qt).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from aws_advisor.core.formats import WORKSHOP_FILE, OutputFormat

if TYPE_CHECKING:  # the workshop modules load when a workshop is first used
    from aws_advisor.core.workshops.compare import Comparison
    from aws_advisor.core.workshops.document import Workshop
    from aws_advisor.core.workshops.storage import Autosave
    from aws_advisor.core.workshops.templates import Templates

SaveChoice = Literal["save", "discard", "cancel"]


@dataclass(frozen=True)
class WorkshopDetails:
    title: str
    facilitator: str
    participants: tuple[str, ...]
    template: str | None = None


class DetailsDialog(QDialog):
    """Title, facilitator, participants and (for a new workshop) an agenda template."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        details: WorkshopDetails,
        templates: Templates | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop") if templates else self.tr("Workshop details"))
        self.title = QLineEdit(details.title)
        self.title.setAccessibleName(self.tr("Workshop title"))
        self.facilitator = QLineEdit(details.facilitator)
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.participants = QLineEdit(", ".join(details.participants))
        self.participants.setAccessibleName(self.tr("Participants"))
        self.participants.setPlaceholderText(self.tr("Names, separated by commas (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("&Participants:"), self.participants)
        self.template: QComboBox | None = None
        if templates is not None:
            self.template = QComboBox()
            self.template.setAccessibleName(self.tr("Agenda template"))
            for template in templates.templates.values():
                self.template.addItem(template.title, template.id)
            form.addRow(self.tr("&Agenda:"), self.template)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def details(self) -> WorkshopDetails:
        names = tuple(n.strip() for n in self.participants.text().split(",") if n.strip())
        template = self.template.currentData() if self.template is not None else None
        return WorkshopDetails(
            self.title.text().strip() or self.tr("Untitled workshop"),
            self.facilitator.text().strip(),
            names,
            str(template) if template else None,
        )


class CompareDialog(QDialog):
    """A decision and its what-if side by side."""

    def __init__(self, parent: QWidget | None, comparison: Comparison) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare decisions"))
        self.resize(820, 520)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Comparison"))
        self.view.setHtml(self.render_html(comparison))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def render_html(self, c: Comparison) -> str:
        tr = self.tr

        def outcome(d: object) -> str:
            out = getattr(d, "outcome", None)
            return escape(out.title) if out else tr("(no recommendation yet)")

        first = tr("Original") if c.second.what_if_of == c.first.id else tr("First")
        second = tr("What-if") if c.second.what_if_of else tr("Second")
        rows = [
            f"<tr><th></th><th>{first}</th><th>{second}</th></tr>",
            f"<tr><td><b>{tr('Recommendation')}</b></td><td><b>{outcome(c.first)}</b></td>"
            f"<td><b>{outcome(c.second)}</b></td></tr>",
        ]
        for d in c.differences:
            a = escape(d.first.label) if d.first else "—"
            b = escape(d.second.label) if d.second else "—"
            rows.append(f"<tr><td>{escape(d.prompt)}</td><td>{a}</td><td>{b}</td></tr>")
        rows += [
            f"<tr><td>{escape(r.label)}</td><td>{escape(r.first)}</td><td>{escape(r.second)}</td></tr>"
            for r in c.rows
        ]
        verdict = (
            tr("Both lead to the same recommendation.")
            if c.same_outcome
            else tr("The answers that differ lead to different recommendations.")
        )
        return (
            f"<p>{verdict}</p><table border='1' cellspacing='0' cellpadding='6'>"
            + "".join(rows)
            + "</table>"
        )


class Dialogs:
    """The real, modal dialogs. Tests pass a subclass that answers directly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.folder: Path | None = None
        """Where file dialogs start: the open workshop's folder, once it has one."""

    def open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent,
            _tr("Open workshop"),
            str(self.folder or ""),
            _filter(WORKSHOP_FILE),
        )
        return Path(path) if path else None

    def save_path(self, choices: Sequence[OutputFormat], suggested: str) -> Path | None:
        """Ask where to save; ``choices`` are the formats offered, the first preselected.

        A name typed without an extension gets the one of the format chosen in the dialog.
        """
        filters = [_filter(f) for f in choices]
        name = suggested + choices[0].suffix
        start = str(self.folder / name) if self.folder else name
        path, chosen_filter = QFileDialog.getSaveFileName(
            self.parent, _tr("Save as"), start, ";;".join(filters)
        )
        if not path:
            return None
        chosen = Path(path)
        if chosen.suffix:
            return chosen
        fmt = choices[filters.index(chosen_filter)] if chosen_filter in filters else choices[0]
        return chosen.with_suffix(fmt.suffix)

    def ask_save_changes(self, title: str) -> SaveChoice:
        box = QMessageBox(self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title comes from a file
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(box.tr("Unsaved workshop"))
        box.setText(box.tr("Save the changes to “{title}”?").format(title=title))
        box.setInformativeText(box.tr("An autosaved copy is kept until you choose."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def ask_recover(self, found: Autosave) -> bool:
        when = found.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        box = self._plain_box(
            _tr("Recover workshop"),
            _tr(
                "AWS Advisor did not close properly last time. Recover the workshop "
                "“{title}”, autosaved at {when}?"
            ).format(title=found.workshop.title, when=when),
        )
        box.setIcon(QMessageBox.Icon.Question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _plain_box(self, title: str, text: str) -> QMessageBox:
        """A message box that shows ``text`` as it is: file text is never read as markup."""
        box = QMessageBox(self.parent)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        return box

    def new_workshop(self, templates: Templates) -> WorkshopDetails | None:
        dialog = DetailsDialog(
            self.parent,
            details=WorkshopDetails(_tr("Architecture workshop"), "", ()),
            templates=templates,
        )
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_details(self, workshop: Workshop) -> WorkshopDetails | None:
        dialog = DetailsDialog(
            self.parent,
            details=WorkshopDetails(workshop.title, workshop.facilitator, workshop.participants),
        )
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_park_reason(self, title: str) -> str | None:
        """Why the group parks a decision; "" if they give no reason, None if they cancel."""
        text, ok = QInputDialog.getText(
            self.parent,
            _tr("Park decision"),
            _tr("Why park “{title}”? (optional, shown in the report)").format(title=title),
        )
        return text.strip() if ok else None

    def compare(self, comparison: Comparison) -> None:
        CompareDialog(self.parent, comparison).exec()

    def show_file(self, path: Path) -> None:
        """Open ``path`` in the application the system uses for it (an editor for YAML)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def confirm(self, title: str, text: str) -> bool:
        box = self._plain_box(title, text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        box = self._plain_box(title, text)
        box.setIcon(QMessageBox.Icon.Information)
        box.exec()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def _filter(fmt: OutputFormat) -> str:
    """A file dialog's name filter, e.g. ``Markdown (*.md)``, the name translated."""
    return f"{QCoreApplication.translate('Formats', fmt.label)} (*{fmt.suffix})"

"""Dialogs of the workshop feature, and ``Dialogs``: every question the window asks the user.

The window asks through a ``Dialogs`` object it is given, so tests can pass one that answers
without a modal dialog (and without monkeypatching Qt).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the workshop modules load when a workshop is first used
    from aws_advisor.core.workshops.document import Comparison, Workshop
    from aws_advisor.core.workshops.storage import Autosave
    from aws_advisor.core.workshops.templates import Templates

ExportKind = Literal["workshop", "md", "html", "pdf", "adr", "diagram"]
SaveChoice = Literal["save", "discard", "cancel"]

_FILTERS: dict[ExportKind, tuple[str, str]] = {
    "workshop": ("AWS Advisor workshop (*.awsadvisor)", ".awsadvisor"),
    "md": ("Markdown (*.md)", ".md"),
    "html": ("Web page (*.html)", ".html"),
    "pdf": ("PDF document (*.pdf)", ".pdf"),
    "adr": ("Architecture decision record (*.md)", ".md"),
    "diagram": (
        "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;draw.io diagram (*.drawio)",
        ".png",
    ),
}


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

    def open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent,
            _tr("Open workshop"),
            "",
            _FILTERS["workshop"][0],
        )
        return Path(path) if path else None

    def save_path(self, kind: ExportKind, suggested: str) -> Path | None:
        label, suffix = _FILTERS[kind]
        path, _ = QFileDialog.getSaveFileName(
            self.parent, _tr("Save as"), suggested + suffix, label
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(suffix)

    def ask_save_changes(self, title: str) -> SaveChoice:
        box = QMessageBox(self.parent)
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
        answer = QMessageBox.question(
            self.parent,
            _tr("Recover workshop"),
            _tr(
                "AWS Advisor did not close properly last time. Recover the workshop "
                "“{title}”, autosaved at {when}?"
            ).format(title=found.workshop.title, when=when),
        )
        return answer == QMessageBox.StandardButton.Yes

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

    def compare(self, comparison: Comparison) -> None:
        CompareDialog(self.parent, comparison).exec()

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)

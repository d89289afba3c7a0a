"""Dialogs that answer as a test tells them to, instead of waiting for a person."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from aws_advisor.core.formats import OutputFormat
from aws_advisor.core.workshops.compare import Comparison
from aws_advisor.core.workshops.document import Workshop
from aws_advisor.core.workshops.storage import Autosave
from aws_advisor.core.workshops.templates import Templates
from aws_advisor.ui.workshop.dialogs import Dialogs, SaveChoice, WorkshopDetails


class FakeDialogs(Dialogs):
    def __init__(self) -> None:
        super().__init__(None)
        self.details = WorkshopDetails("Shop platform review", "Dana", ("Ali", "Bo"), "web_app_ec2")
        self.paths: dict[str, Path] = {}
        """Where to save, by family (``workshop``, ``adr``, ``diagram``) or, for reports, by
        suffix without the dot (``md``, ``html``, ``pdf``)."""
        self.offered_formats: list[tuple[str, ...]] = []
        self.open_with: Path | None = None
        self.save_choice: SaveChoice = "discard"
        self.recover = True
        self.messages: list[tuple[str, str]] = []
        self.comparisons: list[Comparison] = []
        self.asked_to_save: list[str] = []
        self.offered: list[Autosave] = []
        self.park_reason: str | None = ""
        self.confirm_answer = True
        self.shown_files: list[Path] = []
        self.confirmed: list[str] = []
        """What the park dialog answers; None cancels it."""

    def open_path(self) -> Path | None:
        return self.open_with

    def save_path(self, choices: Sequence[OutputFormat], suggested: str) -> Path | None:
        self.offered_formats.append(tuple(f.suffix for f in choices))
        first = choices[0]
        key = first.suffix.lstrip(".") if first.family == "report" else first.family
        return self.paths.get(key)

    def ask_save_changes(self, title: str) -> SaveChoice:
        self.asked_to_save.append(title)
        return self.save_choice

    def ask_recover(self, found: Autosave) -> bool:
        self.offered.append(found)
        return self.recover

    def new_workshop(self, templates: Templates) -> WorkshopDetails | None:
        assert self.details.template is None or self.details.template in templates.templates
        return self.details

    def edit_details(self, workshop: Workshop) -> WorkshopDetails | None:
        return self.details

    def ask_park_reason(self, title: str) -> str | None:
        return self.park_reason

    def compare(self, comparison: Comparison) -> None:
        self.comparisons.append(comparison)

    def show_file(self, path: Path) -> None:
        self.shown_files.append(path)

    def confirm(self, title: str, text: str) -> bool:
        self.confirmed.append(title)
        return self.confirm_answer

    def inform(self, title: str, text: str) -> None:
        self.messages.append((title, text))

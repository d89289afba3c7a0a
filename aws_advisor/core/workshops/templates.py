"""Workshop agenda templates: ``resources/workshops/*.yaml``, one template a file.

A template is data: a title, a summary and the decisions (tree ids) to work through, in
order. Files are read by the one YAML loader (``load_data_file``) and their tree ids are
checked against the catalogue, each problem located as file:line:col.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from aws_advisor.core.errors import DataFileError, Problem
from aws_advisor.core.resources import resource_path
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.tree.loader import iter_yaml_files, load_data_file
from aws_advisor.core.tree.model import ID_PATTERN, Located, Marks
from aws_advisor.core.workshops.document import Workshop, new_workshop

_INTERNAL: dict[str, Any] = {"internal": True}


@dataclass(frozen=True)
class AgendaItem(Located):
    """One decision on a template's agenda."""

    tree: str = field(metadata={"doc": "Id of the decision tree.", "pattern": ID_PATTERN})
    context: str | None = field(
        default=None,
        metadata={"doc": "Why this decision is on the agenda; becomes the decision's context."},
    )
    marks: Marks | None = field(default=None, compare=False, repr=False, metadata=_INTERNAL)


@dataclass(frozen=True)
class WorkshopTemplate(Located):
    """A ready-made agenda for a kind of system."""

    id: str = field(metadata={"doc": "Unique across templates.", "pattern": ID_PATTERN})
    title: str = field(metadata={"doc": "The template's name in the New Workshop dialog."})
    summary: str = field(metadata={"doc": "One or two sentences: what system it is for."})
    decisions: tuple[AgendaItem, ...] = field(
        default=(), metadata={"doc": "The decisions, in the order to take them."}
    )
    marks: Marks | None = field(default=None, compare=False, repr=False, metadata=_INTERNAL)
    file: str | None = field(default=None, compare=False, repr=False, metadata=_INTERNAL)


@dataclass
class Templates:
    """Templates by id in load order, and the problems of files that did not load."""

    templates: dict[str, WorkshopTemplate] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def shipped_template_dir() -> Path:
    return resource_path("workshops")


def check_template(template: WorkshopTemplate, catalog: Catalog) -> list[Problem]:
    """Every agenda item must name a tree the catalogue knows."""
    problems: list[Problem] = []
    for item in template.decisions:
        if item.tree not in catalog.trees:
            pos = item.where("tree")
            problems.append(
                Problem(
                    pos.file,
                    pos.line,
                    pos.col,
                    f"template {template.id!r}: no tree has the id {item.tree!r}",
                )
            )
    return problems


def load_templates(folder: Path | None, catalog: Catalog) -> Templates:
    """Load and check every template in ``folder`` (default: the shipped ones).

    A broken file is reported in ``problems`` and the others still load.
    """
    folder = shipped_template_dir() if folder is None else folder
    result = Templates()
    for path in iter_yaml_files(folder) if folder.is_dir() else ():
        try:
            template = load_data_file(WorkshopTemplate, path)
        except DataFileError as exc:
            result.problems.extend(exc.problems)
            continue
        problems = check_template(template, catalog)
        if template.id in result.templates:
            pos = template.where("id")
            first = result.templates[template.id].file
            message = f"template id {template.id!r} is already used by {first}"
            problems.append(Problem(pos.file, pos.line, pos.col, message))
        if problems:
            result.problems.extend(problems)
            continue
        result.templates[template.id] = replace(template, file=str(path), marks=template.marks)
    return result


def workshop_from_template(
    template: WorkshopTemplate,
    catalog: Catalog,
    *,
    title: str | None = None,
    facilitator: str = "",
    participants: Iterable[str] = (),
    date: dt.date | None = None,
    workshop_id: str | None = None,
) -> Workshop:
    """A new workshop with the template's agenda, every decision not started.

    Raises:
        UnknownTreeError: an agenda item names a tree the catalogue does not have.
    """
    workshop = new_workshop(
        title or template.title,
        facilitator=facilitator,
        participants=participants,
        date=date,
        template=template.id,
        workshop_id=workshop_id,
    )
    for item in template.decisions:
        workshop = workshop.add_decision(catalog.get(item.tree), context=item.context or "")
    return workshop

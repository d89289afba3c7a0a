"""Workshop commands for the command line: ``report`` and ``adr``.

``cli.main.build_parser`` registers them; ``configure_report`` and ``configure_adr`` add
their arguments.
Exit codes follow ``cli``: 0 ok; 1 a workshop file that cannot be read, or invalid data;
2 usage errors (a missing file, an unknown output extension, a decision out of range).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from aws_advisor.cli.common import EXIT_OK, UsageError, catalog_for
from aws_advisor.core.formats import (
    Drawing,
    ReportInput,
    format_for,
    format_problem,
    names,
    render_report,
    sketch_svg_of,
    suffixes,
)
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.workshops.document import Workshop
from aws_advisor.core.workshops.report_render import SketchSvg
from aws_advisor.core.workshops.rules import Rule, load_rules
from aws_advisor.core.workshops.storage import open_workshop, write_atomic


class CliDrawing:
    """The ``Drawing`` the command line offers: Qt, imported only when something is painted."""

    def qt(self) -> Drawing:
        """Qt's drawing, on an offscreen application.

        Raises:
            UsageError: Qt is not installed, or a Qt application without widgets runs.
        """
        try:
            from PySide6.QtWidgets import QApplication

            from aws_advisor.qt.diagrams.export import QtDrawing
            from aws_advisor.qt.workshop_pdf import ensure_gui_app
        except ImportError as exc:
            raise UsageError(f"drawing needs Qt (PySide6), which is not available: {exc}") from exc
        if not isinstance(ensure_gui_app(), QApplication):
            raise UsageError("drawing needs a Qt application with widgets")
        return QtDrawing()

    def diagram(self, target: object, suffix: str, *, font_scale: float = 1.0) -> bytes:
        return self.qt().diagram(target, suffix, font_scale=font_scale)

    def report_pdf(self, report: ReportInput) -> bytes:
        return self.qt().report_pdf(report)


def cli_sketch_renderer() -> SketchSvg | None:
    """The sketch SVG for command-line reports, drawn by Qt offscreen.

    Returns None when Qt or the diagram package is unavailable; reports then describe each
    sketch in words.
    """
    try:
        drawing = CliDrawing().qt()
    except UsageError:
        return None
    return sketch_svg_of(drawing)


def _load(args: argparse.Namespace, err: TextIO) -> tuple[Workshop, Catalog, list[Rule]]:
    path = Path(args.workshop_file)
    if not path.is_file():
        what = (
            "is a folder, not a workshop file"
            if path.is_dir()
            else "is not a regular file (a pipe or a device?)"
            if path.exists()
            else "does not exist"
        )
        raise UsageError(f"{path} {what}")
    workshop = open_workshop(path)
    catalog = catalog_for(args)
    used = {d.tree for d in workshop.decisions}
    for problem in catalog.problems:  # a decision's tree that failed to load says why
        if used - set(catalog.trees):
            err.write(f"aws-advisor: tree file not loaded: {problem}\n")
    book = load_rules(None, catalog)
    for problem in book.problems:
        err.write(f"aws-advisor: rule skipped: {problem}\n")
    return workshop, catalog, book.rules


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise UsageError(f"--out {path}: cannot write it ({exc.strerror or exc})") from None


def cmd_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    target = Path(args.out)
    if format_problem("report", target) is not None:
        raise UsageError(
            f"--out {args.out}: the file name must end in {', '.join(suffixes('report'))} "
            f"to choose {names('report')}"
        )
    fmt = format_for("report", target)
    workshop, catalog, rules = _load(args, err)
    sketch = None
    if fmt.suffix != ".md" and not args.no_sketches:
        sketch = cli_sketch_renderer()
    report = ReportInput(workshop, catalog, rules, sketch_svg=sketch)
    _write(target, render_report(fmt, report, CliDrawing()))
    out.write(f"Wrote {target}\n")
    return EXIT_OK


def cmd_adr(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if format_problem("adr", args.out) is not None:
        raise UsageError(f"--out {args.out}: an ADR is Markdown; the file name must end in .md")
    workshop, catalog, _rules = _load(args, err)
    decision = workshop.by_number(args.decision)
    if decision is None:
        numbers = list(workshop.numbers().values())
        agenda = ", ".join(numbers) if numbers else "none: the agenda is empty"
        raise UsageError(
            f"--decision {args.decision}: the workshop has no decision numbered so "
            f"(choose {agenda})"
        )
    report = ReportInput(workshop, catalog, decision_id=decision.id)
    _write(Path(args.out), render_report(format_for("adr", args.out), report, CliDrawing()))
    out.write(f"Wrote {args.out}\n")
    return EXIT_OK


def configure_report(p: argparse.ArgumentParser) -> None:
    """The arguments of ``aws-advisor report WORKSHOP_FILE --out FILE``."""
    p.description = (
        "Write the whole workshop (.awsadvisor file) as a report. The --out extension "
        "chooses the format: .md, .html or .pdf."
    )
    p.add_argument("workshop_file", metavar="WORKSHOP_FILE", help="a .awsadvisor workshop file")
    p.add_argument("--out", required=True, metavar="FILE", help="the report file to write")
    p.add_argument(
        "--no-sketches", action="store_true", help="describe sketches in words, draw no diagrams"
    )
    p.set_defaults(func=cmd_report)


def configure_adr(p: argparse.ArgumentParser) -> None:
    """The arguments of ``aws-advisor adr WORKSHOP_FILE --decision N --out FILE.md``."""
    p.add_argument("workshop_file", metavar="WORKSHOP_FILE", help="a .awsadvisor workshop file")
    p.add_argument(
        "--decision",
        required=True,
        metavar="N",
        help="the decision's number on the agenda: 1, 2, 3…, or 2a for a what-if copy of 2",
    )
    p.add_argument("--out", required=True, metavar="FILE.md", help="the Markdown file to write")
    p.set_defaults(func=cmd_adr)

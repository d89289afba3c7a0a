"""Workshop commands for the command line: ``report`` and ``adr``.

``cli.main.build_parser`` registers them with ``add_report_command`` and ``add_adr_command``.
Exit codes follow ``cli``: 0 ok; 1 a workshop file that cannot be read, or invalid data;
2 usage errors (a missing file, an unknown output extension, a decision out of range).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import TextIO

from aws_advisor.cli.common import EXIT_OK, UsageError, catalog_for
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.tree.model import Outcome
from aws_advisor.core.workshops.adr import adr_markdown
from aws_advisor.core.workshops.document import Workshop
from aws_advisor.core.workshops.report import html_report, markdown_report
from aws_advisor.core.workshops.report_render import SketchSvg
from aws_advisor.core.workshops.rules import Rule, load_rules
from aws_advisor.core.workshops.storage import open_workshop, write_atomic

REPORT_SUFFIXES = (".md", ".html", ".pdf")


def cli_sketch_renderer() -> SketchSvg | None:
    """HOOK: the sketch SVG for command-line reports, from the diagram package's export.

    Uses ``aws_advisor.qt.diagrams.export.export_diagram`` (an ``Outcome`` to ``.svg``) on an
    offscreen Qt application. Returns None when Qt or the diagram package is unavailable;
    reports then describe each sketch in words.
    """
    try:
        from PySide6.QtWidgets import QApplication

        from aws_advisor.qt.diagrams.export import export_diagram
        from aws_advisor.qt.workshop_pdf import ensure_gui_app
    except ImportError:
        return None
    if not isinstance(ensure_gui_app(), QApplication):
        return None  # diagram scenes need widgets; a bare QGuiApplication is running

    def render(outcome: Outcome) -> str:
        with tempfile.TemporaryDirectory(prefix="aws-advisor-sketch-") as folder:
            path = export_diagram(outcome, Path(folder) / "sketch.svg")
            return path.read_text(encoding="utf-8")

    return render


def _load(args: argparse.Namespace, err: TextIO) -> tuple[Workshop, Catalog, list[Rule]]:
    path = Path(args.session_file)
    if not path.is_file():
        raise UsageError(f"no such workshop file: {path}")
    workshop = open_workshop(path)
    catalog = catalog_for(args)
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
    suffix = target.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise UsageError(
            f"--out {args.out}: the file name must end in {', '.join(REPORT_SUFFIXES)} "
            "to choose Markdown, HTML or PDF"
        )
    workshop, catalog, rules = _load(args, err)
    if suffix == ".md":
        _write(target, markdown_report(workshop, catalog, rules).encode("utf-8"))
    elif suffix == ".html":
        sketch = None if args.no_sketches else cli_sketch_renderer()
        _write(target, html_report(workshop, catalog, rules, sketch_svg=sketch).encode("utf-8"))
    else:
        try:
            from aws_advisor.qt.workshop_pdf import report_pdf_bytes
        except ImportError as exc:
            raise UsageError(
                f"PDF reports need Qt (PySide6), which is not available: {exc}"
            ) from exc
        sketch = None if args.no_sketches else cli_sketch_renderer()
        _write(target, report_pdf_bytes(workshop, catalog, rules, sketch_svg=sketch))
    out.write(f"Wrote {target}\n")
    return EXIT_OK


def cmd_adr(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if Path(args.out).suffix.lower() != ".md":
        raise UsageError(f"--out {args.out}: an ADR is Markdown; the file name must end in .md")
    workshop, catalog, _rules = _load(args, err)
    count = len(workshop.decisions)
    if not 1 <= args.decision <= count:
        agenda = f"1 to {count}" if count else "none: the agenda is empty"
        raise UsageError(
            f"--decision {args.decision}: the workshop has {count} decision"
            f"{'' if count == 1 else 's'} (choose {agenda})"
        )
    decision = workshop.decisions[args.decision - 1]
    _write(Path(args.out), adr_markdown(workshop, decision.id, catalog).encode("utf-8"))
    out.write(f"Wrote {args.out}\n")
    return EXIT_OK


def add_report_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Register ``aws-advisor report SESSION_FILE --out FILE``."""
    p = sub.add_parser(
        "report",
        parents=[common],
        help="write a workshop report as Markdown, HTML or PDF",
        description="Write the whole workshop (.awsadvisor file) as a report. The --out "
        "extension chooses the format: .md, .html or .pdf.",
    )
    p.add_argument("session_file", metavar="SESSION_FILE", help="a .awsadvisor workshop file")
    p.add_argument("--out", required=True, metavar="FILE", help="the report file to write")
    p.add_argument(
        "--no-sketches", action="store_true", help="describe sketches in words, draw no diagrams"
    )
    p.set_defaults(func=cmd_report)


def add_adr_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Register ``aws-advisor adr SESSION_FILE --decision N --out FILE.md``."""
    p = sub.add_parser(
        "adr",
        parents=[common],
        help="write one workshop decision as an architecture decision record (MADR)",
    )
    p.add_argument("session_file", metavar="SESSION_FILE", help="a .awsadvisor workshop file")
    p.add_argument(
        "--decision", required=True, type=int, metavar="N", help="agenda position, from 1"
    )
    p.add_argument("--out", required=True, metavar="FILE.md", help="the Markdown file to write")
    p.set_defaults(func=cmd_adr)

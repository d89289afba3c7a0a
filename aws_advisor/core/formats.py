"""Every kind of file the app writes, in one registry: suffix, dialog label, and how it is made.

The command line, the save dialogs and the menus all read ``FORMATS``; adding a format is
one entry here (and, if Qt must paint it, one branch in ``aws_advisor.qt.drawing``).

Core imports no Qt, so a format that needs painting (PNG, SVG, PDF) asks a ``Drawing`` for
its bytes; the Qt layer supplies one (``aws_advisor.qt.drawing.QtDrawing``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from aws_advisor.core.errors import AdvisorError

if TYPE_CHECKING:
    from aws_advisor.core.tree.catalog import Catalog
    from aws_advisor.core.tree.model import Outcome
    from aws_advisor.core.workshops.document import Workshop
    from aws_advisor.core.workshops.report_render import SketchSvg
    from aws_advisor.core.workshops.rules import Rule

Family = Literal["workshop", "report", "adr", "diagram"]
"""What is written: a workshop file, a whole-workshop report, one decision's ADR, a diagram."""


class FormatError(AdvisorError):
    """A file name asks for a format that cannot be written for this kind of file."""


class Drawing(Protocol):
    """What core asks the Qt layer to paint. Core names the format; Qt draws it."""

    def diagram(self, target: object, suffix: str, *, font_scale: float = 1.0) -> bytes:
        """A decision map, sketch layout, outcome, scene or view as ``suffix`` data."""
        ...

    def report_pdf(self, report: ReportInput) -> bytes:
        """The whole workshop report as a PDF document."""
        ...


@dataclass(frozen=True)
class ReportInput:
    """Everything a report or an ADR is made from."""

    workshop: Workshop
    catalog: Catalog
    rules: Sequence[Rule] = ()
    decision_id: str | None = None
    """The decision an ADR records; unused by whole-workshop reports."""
    sketch_svg: SketchSvg | None = None
    """Draws an outcome's sketch as SVG; None describes sketches in words."""


@dataclass(frozen=True)
class OutputFormat:
    """One kind of file: its family, suffix, the label a save dialog shows, and what it
    needs painted by Qt (``painted``), so the command line can refuse early without Qt."""

    family: Family
    suffix: str
    label: str
    """What a save dialog calls it: ``Markdown``, ``Web page``."""
    short: str
    """What a menu or a message calls it: ``Markdown``, ``HTML``."""
    painted: bool = False


def _markdown_report(report: ReportInput, _drawing: Drawing) -> bytes:
    from aws_advisor.core.workshops.report import markdown_report

    return markdown_report(report.workshop, report.catalog, report.rules).encode("utf-8")


def _html_report(report: ReportInput, _drawing: Drawing) -> bytes:
    from aws_advisor.core.workshops.report import html_report

    html = html_report(report.workshop, report.catalog, report.rules, sketch_svg=report.sketch_svg)
    return html.encode("utf-8")


def _pdf_report(report: ReportInput, drawing: Drawing) -> bytes:
    return drawing.report_pdf(report)


def _adr(report: ReportInput, _drawing: Drawing) -> bytes:
    from aws_advisor.core.workshops.adr import adr_markdown

    if report.decision_id is None:
        raise FormatError("an ADR records one decision, and none was chosen")
    return adr_markdown(report.workshop, report.decision_id, report.catalog).encode("utf-8")


WORKSHOP_FILE = OutputFormat("workshop", ".awsadvisor", "AWS Advisor workshop", "workshop")

FORMATS: tuple[OutputFormat, ...] = (
    WORKSHOP_FILE,
    OutputFormat("report", ".md", "Markdown", "Markdown"),
    OutputFormat("report", ".html", "Web page", "HTML"),
    OutputFormat("report", ".pdf", "PDF document", "PDF", painted=True),
    OutputFormat("adr", ".md", "Architecture decision record", "ADR"),
    OutputFormat("diagram", ".png", "PNG image", "PNG", painted=True),
    OutputFormat("diagram", ".svg", "SVG drawing", "SVG", painted=True),
    OutputFormat("diagram", ".pdf", "PDF document", "PDF", painted=True),
    OutputFormat("diagram", ".drawio", "draw.io diagram", "draw.io"),
)
"""Every format, in the order menus and dialogs offer them (the first of a family is its
default)."""

_REPORT_RENDERERS: dict[tuple[Family, str], Callable[[ReportInput, Drawing], bytes]] = {
    ("report", ".md"): _markdown_report,
    ("report", ".html"): _html_report,
    ("report", ".pdf"): _pdf_report,
    ("adr", ".md"): _adr,
}


def formats(family: Family) -> tuple[OutputFormat, ...]:
    """The formats of one family, default first."""
    return tuple(f for f in FORMATS if f.family == family)


def suffixes(family: Family) -> tuple[str, ...]:
    """The file name endings one family can be written as, e.g. ``('.md', '.html', '.pdf')``."""
    return tuple(f.suffix for f in formats(family))


def names(family: Family) -> str:
    """The family's formats for a sentence: ``Markdown, HTML or PDF``."""
    shorts = [f.short for f in formats(family)]
    return shorts[0] if len(shorts) == 1 else f"{', '.join(shorts[:-1])} or {shorts[-1]}"


def find_format(family: Family, suffix: str) -> OutputFormat:
    """The format of ``family`` written with ``suffix`` (e.g. ``'.svg'``).

    Raises:
        FormatError: no format of the family has that suffix.
    """
    for fmt in formats(family):
        if fmt.suffix == suffix.lower():
            return fmt
    raise FormatError(f"no {family} format is written as {suffix!r}")


_NOUNS: dict[Family, str] = {
    "workshop": "a workshop",
    "report": "a report",
    "adr": "an ADR",
    "diagram": "a diagram",
}


def format_problem(family: Family, path: Path | str) -> str | None:
    """Why ``path`` cannot be written as a ``family`` file, or None when its suffix works."""
    suffix = Path(path).suffix.lower()
    if suffix in suffixes(family):
        return None
    what = f"extension {suffix!r}" if suffix else "no extension"
    return (
        f"cannot export {_NOUNS[family]} to {Path(path).name!r}: {what} is not supported; "
        f"use one of {' '.join(suffixes(family))}"
    )


def format_for(family: Family, path: Path | str) -> OutputFormat:
    """The format a file name asks for.

    Raises:
        FormatError: naming the suffixes that work.
    """
    problem = format_problem(family, path)
    if problem is not None:
        raise FormatError(problem)
    return find_format(family, Path(path).suffix)


def render_report(fmt: OutputFormat, report: ReportInput, drawing: Drawing) -> bytes:
    """A report or ADR as file data in ``fmt``."""
    try:
        renderer = _REPORT_RENDERERS[fmt.family, fmt.suffix]
    except KeyError:
        raise FormatError(f"{fmt.label} is not a report format") from None
    return renderer(report, drawing)


def render_diagram(
    fmt: OutputFormat, target: object, drawing: Drawing, *, font_scale: float = 1.0
) -> bytes:
    """A diagram as file data in ``fmt``. draw.io is written here; the rest Qt paints.

    ``target`` is a decision map, a sketch layout or an outcome; for painted formats it may
    also be whatever the ``drawing`` paints (the GUI passes the view on screen).
    """
    if fmt.family != "diagram":
        raise FormatError(f"{fmt.label} is not a diagram format")
    if fmt.suffix == ".drawio":
        from aws_advisor.core.diagrams.decision_map import DecisionMap
        from aws_advisor.core.diagrams.drawio import to_drawio
        from aws_advisor.core.diagrams.sketch_layout import layout_sketch
        from aws_advisor.core.diagrams.sketch_parts import SketchLayout
        from aws_advisor.core.tree.model import Outcome

        model = layout_sketch(target) if isinstance(target, Outcome) else target
        if not isinstance(model, DecisionMap | SketchLayout):
            raise FormatError("only the decision map and sketches export to .drawio")
        return to_drawio(model).encode("utf-8")
    return drawing.diagram(target, fmt.suffix, font_scale=font_scale)


def sketch_svg_of(drawing: Drawing, *, font_scale: float = 1.0) -> Callable[[Outcome], str]:
    """Draws an outcome's sketch as SVG text, for the HTML and PDF reports."""

    def draw(outcome: Outcome) -> str:
        return drawing.diagram(outcome, ".svg", font_scale=font_scale).decode("utf-8")

    return draw

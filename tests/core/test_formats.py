"""The registry of output formats: what the CLI, dialogs and menus offer comes from one place."""

from __future__ import annotations

import pytest

from aws_advisor.core.formats import (
    FORMATS,
    FormatError,
    ReportInput,
    find_format,
    format_for,
    format_problem,
    formats,
    names,
    render_diagram,
    render_report,
    suffixes,
)


class RecordingDrawing:
    """A ``Drawing`` that records what core asked it to paint."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def diagram(self, target: object, suffix: str, *, font_scale: float = 1.0) -> bytes:
        self.asked.append(f"diagram{suffix}@{font_scale}")
        return b"painted"

    def report_pdf(self, report: ReportInput) -> bytes:
        self.asked.append("report.pdf")
        return b"%PDF"


def test_each_family_offers_its_suffixes_default_first() -> None:
    assert suffixes("report") == (".md", ".html", ".pdf")
    assert suffixes("adr") == (".md",)
    assert suffixes("diagram") == (".png", ".svg", ".pdf", ".drawio")
    assert suffixes("workshop") == (".awsadvisor",)
    assert names("report") == "Markdown, HTML or PDF"


def test_suffixes_are_unique_within_a_family_and_labels_are_set() -> None:
    for family in ("report", "adr", "diagram", "workshop"):
        assert len(set(suffixes(family))) == len(suffixes(family))
    assert all(f.label and f.short and f.suffix.startswith(".") for f in FORMATS)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("map.jpg", "extension '.jpg' is not supported; use one of .png .svg .pdf .drawio"),
        ("map", "no extension is not supported"),
    ],
)
def test_a_wrong_suffix_names_the_ones_that_work(name: str, problem: str) -> None:
    message = format_problem("diagram", name)
    assert message is not None and problem in message and repr(name) in message
    with pytest.raises(FormatError, match=problem.split(";")[0].replace(".", r"\.")):
        format_for("diagram", name)


def test_suffixes_match_whatever_their_case() -> None:
    assert format_for("diagram", "Map.PNG").suffix == ".png"
    assert format_problem("report", "REPORT.HTML") is None


def test_painted_formats_go_to_the_drawing_and_the_rest_are_made_in_core() -> None:
    drawing = RecordingDrawing()
    assert render_diagram(find_format("diagram", ".svg"), object(), drawing, font_scale=2) == (
        b"painted"
    )
    assert drawing.asked == ["diagram.svg@2"]
    with pytest.raises(FormatError, match="only the decision map and sketches"):
        render_diagram(find_format("diagram", ".drawio"), object(), drawing)
    assert drawing.asked == ["diagram.svg@2"]  # draw.io never needs Qt


def test_a_report_format_is_not_rendered_as_a_diagram_nor_the_reverse() -> None:
    drawing = RecordingDrawing()
    with pytest.raises(FormatError, match="not a diagram format"):
        render_diagram(find_format("report", ".md"), object(), drawing)
    with pytest.raises(FormatError, match="not a report format"):
        render_report(find_format("diagram", ".png"), None, drawing)  # type: ignore[arg-type]
    assert drawing.asked == []


def test_every_painted_report_format_asks_the_drawing() -> None:
    drawing = RecordingDrawing()
    painted = [f for f in formats("report") if f.painted]
    assert painted
    for fmt in painted:
        render_report(fmt, None, drawing)  # type: ignore[arg-type]
    assert drawing.asked == ["report.pdf"] * len(painted)


def test_an_unknown_suffix_is_a_format_error() -> None:
    with pytest.raises(FormatError, match=r"no report format is written as '\.docx'"):
        find_format("report", ".docx")

"""``aws-advisor report`` and ``aws-advisor adr`` through the real entry point."""

from __future__ import annotations

import io
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aws_advisor.cli.main import main
from aws_advisor.core.workshops.rules import load_rules
from aws_advisor.core.workshops.storage import save_workshop
from tests.helpers.workshops import CATALOG, svg_renderer, workshop


@pytest.fixture
def workshop_file(tmp_path: Path) -> Path:
    return save_workshop(workshop(), tmp_path / "shop.awsadvisor")


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--no-user-trees"], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_report_markdown(workshop_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    code, out, err = run("report", str(workshop_file), "--out", str(target))
    assert (code, out, err) == (0, f"Wrote {target}\n", "")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Shop \\<b\\>2026\\</b\\>\n")
    assert "## Warnings" in text and "## Open items" in text and "## Decisions" in text


def test_report_html_without_sketches(workshop_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, _, err = run("report", str(workshop_file), "--out", str(target), "--no-sketches")
    assert code == 0, err
    root = ET.fromstring(target.read_text(encoding="utf-8"))
    assert [e.text for e in root.iter("h2")] == ["Warnings", "Open items", "Decisions"]


def test_report_html_draws_the_sketches_with_the_diagram_package(
    workshop_file: Path, tmp_path: Path
) -> None:
    pytest.importorskip("PySide6")
    from aws_advisor.cli.workshop import cli_sketch_renderer

    assert cli_sketch_renderer() is not None, "the diagram package draws sketches as SVG"
    target = tmp_path / "report.html"
    code, _, err = run("report", str(workshop_file), "--out", str(target))
    assert code == 0, err
    root = ET.fromstring(target.read_text(encoding="utf-8"))
    drawings = [d for d in root.iter("div") if d.get("class") == "drawing"]
    assert len(drawings) == 4
    assert all(d.find("{http://www.w3.org/2000/svg}svg") is not None for d in drawings)


def test_report_pdf_has_pages(workshop_file: Path, tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    target = tmp_path / "report.pdf"
    code, _, err = run("report", str(workshop_file), "--out", str(target), "--no-sketches")
    assert code == 0, err
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and pages(data) >= 2


def test_pdf_embeds_the_sketches(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    from aws_advisor.qt.workshop_pdf import report_pdf_bytes

    rules = load_rules(None, CATALOG).rules
    data = report_pdf_bytes(workshop(), CATALOG, rules, sketch_svg=svg_renderer)
    assert data.startswith(b"%PDF") and pages(data) >= 2
    assert data.count(b"/Subtype /Image") == 4  # one per decided outcome


@pytest.mark.parametrize("page_height", range(300, 1500, 37))
def test_no_heading_is_left_alone_at_the_foot_of_a_pdf_page(page_height: int) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from aws_advisor.core.workshops.report import html_report
    from aws_advisor.qt.workshop_pdf import (
        ensure_gui_app,
        first_line_bottom,
        keep_headings_with_next,
    )

    ensure_gui_app()
    doc = QTextDocument()
    doc.setHtml(html_report(workshop(), CATALOG, load_rules(None, CATALOG).rules))
    doc.setPageSize(QSizeF(500, page_height))
    keep_headings_with_next(doc, page_height)
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        after = block.next()
        if block.blockFormat().headingLevel() and after.isValid():
            page = layout.blockBoundingRect(block).top() // page_height
            assert first_line_bottom(after) // page_height == page, block.text()
        block = after


def test_the_cli_sketch_hook_draws_svg_with_the_diagram_package() -> None:
    pytest.importorskip("PySide6")
    from aws_advisor.cli.workshop import cli_sketch_renderer

    render = cli_sketch_renderer()
    assert render is not None, "the diagram package draws sketches as SVG"
    svg = render(CATALOG.get("elb_type").outcomes[0])
    root = ET.fromstring(svg.split("?>", 1)[-1])
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


@pytest.mark.parametrize("name", ["report.txt", "report", "report.docx"])
def test_report_with_an_unknown_extension_is_a_usage_error(
    workshop_file: Path, tmp_path: Path, name: str
) -> None:
    code, _, err = run("report", str(workshop_file), "--out", str(tmp_path / name))
    assert code == 2
    assert "the file name must end in .md, .html, .pdf" in err
    assert not (tmp_path / name).exists()


def test_report_into_a_missing_folder_is_a_usage_error(workshop_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "report.md"
    code, _, err = run("report", str(workshop_file), "--out", str(target))
    assert (code, err) == (
        2,
        f"aws-advisor: error: --out {target}: cannot write it (No such file or directory)\n",
    )


def test_report_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("report", str(tmp_path / "none.awsadvisor"), "--out", "x.md")
    assert (code, err) == (
        2,
        f"aws-advisor: error: {tmp_path / 'none.awsadvisor'} does not exist\n",
    )


def test_report_of_a_folder_or_a_pipe_says_what_it_is(tmp_path: Path) -> None:
    code, _, err = run("report", str(tmp_path), "--out", "x.md")
    assert code == 2 and "is a folder, not a workshop file" in err
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe.awsadvisor"
        os.mkfifo(pipe)
        code, _, err = run("report", str(pipe), "--out", "x.md")
        assert code == 2 and "is not a regular file" in err


def test_report_of_a_damaged_file_fails_and_leaves_it_alone(tmp_path: Path) -> None:
    bad = tmp_path / "bad.awsadvisor"
    bad.write_bytes(b'{"format_version": 1, "title": ')
    code, _, err = run("report", str(bad), "--out", str(tmp_path / "r.md"))
    assert code == 1
    assert err.startswith(f"aws-advisor: Cannot open {bad}: it is damaged or not a workshop file")
    assert bad.read_bytes() == b'{"format_version": 1, "title": '
    assert not (tmp_path / "r.md").exists()


def test_adr(workshop_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "0001-load-balancer.md"
    code, out, err = run("adr", str(workshop_file), "--decision", "2", "--out", str(target))
    assert (code, out, err) == (0, f"Wrote {target}\n", "")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("---\nstatus: accepted\n")
    assert "# Choose a load balancer type: Classic Load Balancer, only until you migrate" in text
    assert "## Decision Outcome" in text


@pytest.mark.parametrize("n", ["0", "5", "-1", "two", "1a", "2b"])
def test_adr_of_a_number_not_on_the_agenda_is_a_usage_error(
    workshop_file: Path, tmp_path: Path, n: str
) -> None:
    code, _, err = run(
        "adr", str(workshop_file), f"--decision={n}", "--out", str(tmp_path / "a.md")
    )
    assert code == 2
    assert (
        f"--decision {n}: the workshop has no decision numbered so (choose 1, 2, 2a, 3, 4)" in err
    )


def test_adr_of_a_what_if_copy_by_its_agenda_number(tmp_path: Path) -> None:
    source = save_workshop(workshop(), tmp_path / "w.awsadvisor")
    target = tmp_path / "adr.md"
    code, _, err = run("adr", str(source), "--decision", "2a", "--out", str(target))
    assert (code, err) == (0, "")
    assert "# Choose a load balancer type: Application Load Balancer" in target.read_text(
        encoding="utf-8"
    )


def test_adr_needs_a_markdown_file_and_a_number(workshop_file: Path, tmp_path: Path) -> None:
    code, _, err = run("adr", str(workshop_file), "--decision", "1", "--out", "a.html")
    assert code == 2 and "an ADR is Markdown" in err


def test_report_says_why_a_decisions_tree_did_not_load(tmp_path: Path) -> None:
    from aws_advisor.core.tree.loader import load_tree_text
    from aws_advisor.core.workshops.document import new_workshop
    from tests.helpers.trees import REASONED

    tree = load_tree_text(REASONED, "sample.yaml")
    source = save_workshop(new_workshop("Mine").add_decision(tree), tmp_path / "w.awsadvisor")
    folder = tmp_path / "trees"
    folder.mkdir()
    (folder / "sample.yaml").write_text(REASONED.replace("start: shared", "start: nope"))
    code, _, err = run(
        "report", str(source), "--trees", str(folder), "--out", str(tmp_path / "r.md")
    )
    assert code == 0
    assert "tree file not loaded:" in err and "start: no question has the id 'nope'" in err

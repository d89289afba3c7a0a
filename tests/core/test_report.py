"""Workshop reports: Markdown with its headings, HTML that parses, escaping of user text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

from aws_advisor.core.workshops.report import html_report, markdown_report
from tests.helpers.workshops import (
    BUMP_FRONT_DOOR,
    FIXTURE_CATALOG,
    FIXTURE_RULES,
    OLD,
    RENAME_LEGACY,
    changed_catalog,
    svg_renderer,
)
from tests.helpers.workshops import fixture_agenda as agenda
from tests.helpers.workshops import fixture_answer as answer
from tests.helpers.workshops import fixture_workshop as workshop

CATALOG = FIXTURE_CATALOG
RULES = FIXTURE_RULES


def headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_markdown_has_the_sections_a_reader_expects() -> None:
    md = markdown_report(workshop(), CATALOG, RULES)
    assert headings(md)[:4] == [
        r"# Shop \<b\>2026\</b\>",
        "## Warnings",
        "## Open items",
        "## Decisions",
    ]
    assert "### 1. Choose storage for the servers" in headings(md)
    assert "### 2a. Choose a front door" in headings(md)  # the what-if copy
    sections = (
        "Answers",
        "Recommendation",
        "Why this fits your answers",
        "Also fits",
        "Why not the others",
        "Watch out for",
        "Sources",
    )
    for section in (*sections, "Sketch"):
        assert f"#### {section}" in headings(md)
    assert "**Date:** 2026-05-04" in md and "**Facilitator:** Ann" in md
    assert "**Warning: A fast disk behind the old balancer**" in md
    assert "**Warning: Old balancer chosen**" in md
    assert "**Note: Shared files cost more per gigabyte**" in md
    assert r"- 4\. Choose a front door: parked" in md
    assert "#### Compared with 2. Choose a front door" in md
    # The what-if copy took another path; the note copied with it is still shown.
    earlier = md.split("### 2a. ")[1].split("Notes on questions no longer on the path:")[1]
    assert earlier.startswith("\n\n- Does the application already run behind the old balancer?")


def test_markdown_shows_notes_literally() -> None:
    md = markdown_report(workshop(), CATALOG, RULES)
    assert r"\<script\>alert('x')\</script\> \& \*\*bold\*\* # not a heading" in md
    assert "<script>" not in md
    assert "  - **Dissent:** Eve \\\n    says no" in md
    assert not any(line.startswith("# not") for line in md.splitlines())


def test_html_is_well_formed_and_escapes_every_note() -> None:
    page = html_report(workshop(), CATALOG, RULES)
    root = ET.fromstring(page)  # well-formed XML, so well-formed HTML
    assert root.tag == "html"
    assert [e.tag for e in root.iter() if e.tag == "script"] == []
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert root.findtext("head/title") == "Shop <b>2026</b>"
    assert root.find("head/style") is not None and "@media print" in (
        root.findtext("head/style") or ""
    )
    h3 = [e.text for e in root.iter("h3")]
    assert h3[:3] == [
        "1. Choose storage for the servers",
        "2. Choose a front door",
        "2a. Choose a front door",
    ]
    warnings = [e for e in root.iter("div") if e.get("class") == "callout warning"]
    assert len(warnings) == 2
    # Links from warnings and open items lead to the decisions.
    anchors = {e.get("id") for e in root.iter("h3")}
    links = {e.get("href", "")[1:] for e in root.iter("a") if e.get("href", "").startswith("#")}
    assert links and links <= anchors


def test_html_also_parses_with_the_html_parser() -> None:
    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.tags.append(tag)

    parser = Tags()
    parser.feed(html_report(workshop(), CATALOG, RULES))
    assert "script" not in parser.tags and parser.tags.count("h2") == 3


def test_html_has_inline_svg_sketches_when_a_renderer_is_given() -> None:
    page = html_report(workshop(), CATALOG, RULES, sketch_svg=svg_renderer)
    assert "<?xml" not in page
    root = ET.fromstring(page)
    svgs = list(root.iter("{http://www.w3.org/2000/svg}svg"))
    titles = [s.findtext("{http://www.w3.org/2000/svg}title") for s in svgs]
    assert titles == ["fast_disk", "old_balancer", "router", "shared_files"]
    without = ET.fromstring(html_report(workshop(), CATALOG, RULES))
    assert list(without.iter("{http://www.w3.org/2000/svg}svg")) == []
    sketches = [d for d in without.iter("div") if d.get("class") == "sketch"]
    assert len(sketches) == 4 and all(d.find("ul/li") is not None for d in sketches)


def test_drifted_decisions_are_flagged_and_listed_as_open(tmp_path: Path) -> None:
    catalog = changed_catalog(tmp_path, "front_door", BUMP_FRONT_DOOR, RENAME_LEGACY)
    w = agenda("front_door")
    w = answer(w, "d1", OLD)
    md = markdown_report(w, catalog, RULES)
    assert "**Needs answering again.**" in md
    assert "no longer fits: option 'legacy' no longer exists" in md
    assert "**Old balancer, only until you move** (as recorded)" in md
    assert r"- 1\. Choose a front door: the tree has changed; answer again" in md
    root = ET.fromstring(html_report(w, catalog, RULES))
    assert [e.get("class") for e in root.iter("div") if "drift" in (e.get("class") or "")] == [
        "callout drift"
    ]


def test_an_empty_workshop_still_reports() -> None:
    md = markdown_report(agenda(), CATALOG, RULES)
    assert "The agenda is empty." in md and "No cross-decision warnings." in md
    ET.fromstring(html_report(agenda(), CATALOG, RULES))


def test_every_decision_is_in_the_report() -> None:
    w = workshop()
    md = markdown_report(w, CATALOG, RULES)
    numbers = re.findall(r"^### (\w+)\. ", md, re.MULTILINE)
    assert numbers == ["1", "2", "2a", "3", "4"]  # a what-if copy renumbers nothing
    assert "**Decisions:** 4 (3 decided, 1 parked; 1 what-if variant)" in md

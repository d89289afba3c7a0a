"""The Markdown report and ADR show a stranger's text as text: rendered by a real CommonMark
parser, nothing from a workshop or tree file becomes an HTML tag, a link or a code span
that swallows what follows."""

from __future__ import annotations

import dataclasses
import re

import pytest
import yaml
from markdown_it import MarkdownIt

from aws_advisor.core.workshops.adr import adr_markdown
from aws_advisor.core.workshops.document import Workshop
from aws_advisor.core.workshops.report import markdown_report
from aws_advisor.core.workshops.report_render import md_code, md_url
from aws_advisor.core.workshops.rules import load_rules
from tests.helpers.workshops import CATALOG, workshop

HOSTILE = "`<img src=x onerror=alert(1)>` <script>x</script> [link](https://evil.example) *em*"
TAGS = re.compile(r"<(img|script|a href=\"https://evil)", re.IGNORECASE)


def hostile_workshop() -> Workshop:
    w = workshop()
    w = dataclasses.replace(w, title=HOSTILE, facilitator=HOSTILE, participants=(HOSTILE,))
    first = w.decisions[0]
    w = w.replace_decision(
        dataclasses.replace(
            first,
            context=HOSTILE,
            content_hash="`<img src=y>`" + first.content_hash,
            tree_version=HOSTILE,
        ).with_note(first.answers[0].question, why=HOSTILE, dissent=HOSTILE)
    )
    unknown = dataclasses.replace(w.decisions[2], tree=HOSTILE, tree_title=HOSTILE)
    return w.replace_decision(unknown)


def rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").render(markdown)


def test_the_markdown_report_renders_no_tag_or_link_from_the_file() -> None:
    html = rendered(markdown_report(hostile_workshop(), CATALOG, load_rules(None, CATALOG).rules))
    assert not TAGS.search(html), TAGS.search(html)
    assert "&lt;script&gt;x&lt;/script&gt;" in html


@pytest.mark.parametrize("index", [0, 2])
def test_an_adr_renders_no_tag_or_link_from_the_file(index: int) -> None:
    w = hostile_workshop()
    markdown = adr_markdown(w, w.decisions[index].id, CATALOG)
    html = rendered(markdown)
    assert not TAGS.search(html), TAGS.search(html)
    front = yaml.safe_load(markdown.split("---\n")[1])  # the front matter still reads right
    assert front["decision-makers"] == f"{HOSTILE} (facilitator), {HOSTILE}"


@pytest.mark.parametrize(
    "text", ["plain", "a`b", "``x``", "`", " spaced ", "line\n# heading", "<b>x</b>"]
)
def test_a_code_span_shows_its_text_exactly(text: str) -> None:
    html = rendered(f"Tree {md_code(text)} here")
    code = re.search(r"<code>(.*?)</code>", html, re.DOTALL)
    assert code is not None
    expected = " ".join(text.splitlines()).replace("&", "&amp;").replace("<", "&lt;")
    assert code.group(1) == expected.replace(">", "&gt;").replace('"', "&quot;")


def test_a_link_destination_cannot_be_closed_early() -> None:
    html = rendered(f"[source]({md_url('https://docs.aws.amazon.com/x><img src=z>')})")
    assert "<img" not in html and 'href="https://docs.aws.amazon.com/x%3E%3Cimg' in html

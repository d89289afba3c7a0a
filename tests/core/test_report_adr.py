"""One decision as an ADR in MADR format."""

from __future__ import annotations

import re
from pathlib import Path

from aws_advisor.core.engine.session import Explanation, Session
from aws_advisor.core.engine.wording import reason_of
from aws_advisor.core.workshops.adr import adr_markdown
from aws_advisor.core.workshops.report_render import md_text
from tests.helpers.workshops import (
    ALB,
    BUMP_ELB,
    CATALOG,
    CLB,
    ELB_VERSION,
    agenda,
    answer,
    changed_catalog,
)

MADR_SECTIONS = [
    "## Context and Problem Statement",
    "## Decision Drivers",
    "## Considered Options",
    "## Decision Outcome",
    "### Consequences",
    "## Pros and Cons of the Options",
    "## More Information",
]


def front_matter(text: str) -> dict[str, str]:
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    assert match, text[:200]
    return dict(line.split(": ", 1) for line in match.group(1).splitlines())


def _explanation() -> Explanation:
    session = Session(CATALOG.get("elb_type"))
    for option in ALB:
        session.answer(option)
    return session.explain()


def decided() -> str:
    w = agenda("elb_type")
    w = answer(w, "d1", ALB)
    w = w.replace_decision(
        w.decision("d1").with_note(
            "http_features", why="Path routing for /api <script>", dissent="Dan: an NLB is simpler"
        )
    )
    return adr_markdown(w, "d1", CATALOG)


def test_a_decided_decision_is_an_accepted_madr_record() -> None:
    text = decided()
    assert front_matter(text) == {
        "status": "accepted",
        "date": "2026-05-04",
        "decision-makers": '"Ann (facilitator)"',
    }
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[0] == "# Choose a load balancer type: Application Load Balancer (ALB)"
    assert [h for h in headings if h in MADR_SECTIONS] == MADR_SECTIONS
    assert "Chosen option: “Application Load Balancer (ALB)”, because it fits our answers:" in text


def test_the_record_carries_answers_notes_options_and_sources() -> None:
    text = decided()
    drivers = text.split("## Decision Drivers")[1].split("## Considered Options")[0]
    assert "* What kind of traffic do clients send to the application? → Web requests" in drivers
    assert r"  * Why: Path routing for /api \<script\>" in drivers
    assert "  * Dissent: Dan: an NLB is simpler" in drivers
    options = text.split("## Considered Options")[1].split("## Decision Outcome")[0]
    titles = [o.title for o in CATALOG.get("elb_type").outcomes]
    assert [line[2:] for line in options.split("\n") if line.startswith("* ")] == [
        titles[0],
        *titles[1:],
    ]
    assert "### Network Load Balancer (NLB)" in text
    nlb = text.split("### Network Load Balancer (NLB)")[1].split("### ")[0]
    (ruled,) = [r for r in _explanation().why_not if "nlb" in {o.id for o in r.outcomes}]
    assert f"* Bad: {md_text(reason_of(ruled))}" in nlb  # the reason the page gives
    assert "* Good: It works at layer 7" in text  # from the reasons, as written
    assert "* Bad: " in text.split("### Consequences")[1]  # from the caveats
    assert "(<https://docs.aws.amazon.com/elasticloadbalancing/" in text
    assert f"tree `elb_type`, version {ELB_VERSION}" in text


def test_an_undecided_or_drifted_decision_is_only_proposed(tmp_path: Path) -> None:
    w = answer(agenda("elb_type"), "d1", ALB[:2])
    text = adr_markdown(w, "d1", CATALOG)
    assert front_matter(text)["status"] == "proposed"
    assert "No option has been chosen yet." in text

    w = answer(agenda("elb_type"), "d1", CLB)
    catalog = changed_catalog(tmp_path, "elb_type", BUMP_ELB, ("- id: legacy", "- id: old"))
    text = adr_markdown(w, "d1", catalog)
    assert front_matter(text)["status"] == "proposed"
    assert "* Needs answering again: The tree has changed since the answers were given" in text
    assert "Chosen option: “Classic Load Balancer, only until you migrate”" in text

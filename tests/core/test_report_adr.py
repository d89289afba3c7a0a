"""One decision as an ADR in MADR format."""

from __future__ import annotations

import re
from pathlib import Path

from aws_advisor.core.engine.session import Explanation, Session
from aws_advisor.core.engine.wording import reason_of
from aws_advisor.core.workshops.adr import adr_markdown
from aws_advisor.core.workshops.report_render import md_text
from tests.helpers.workshops import (
    BUMP_FRONT_DOOR,
    FIXTURE_CATALOG,
    FRONT_DOOR_VERSION,
    OLD,
    RENAME_LEGACY,
    ROUTER,
    changed_catalog,
)
from tests.helpers.workshops import fixture_agenda as agenda
from tests.helpers.workshops import fixture_answer as answer

CATALOG = FIXTURE_CATALOG

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
    session = Session(CATALOG.get("front_door"))
    for option in ROUTER:
        session.answer(option)
    return session.explain()


def decided() -> str:
    w = agenda("front_door")
    w = answer(w, "d1", ROUTER)
    w = w.replace_decision(
        w.decision("d1").with_note(
            "routing", why="Path routing for /api <script>", dissent="Dan: a forwarder is simpler"
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
    assert headings[0] == "# Choose a front door: Request router"
    assert [h for h in headings if h in MADR_SECTIONS] == MADR_SECTIONS
    assert "Chosen option: “Request router”, because it fits our answers:" in text


def test_the_record_carries_answers_notes_options_and_sources() -> None:
    text = decided()
    drivers = text.split("## Decision Drivers")[1].split("## Considered Options")[0]
    assert "* What do clients send to the application? → Web requests from browsers" in drivers
    assert r"  * Why: Path routing for /api \<script\>" in drivers
    assert "  * Dissent: Dan: a forwarder is simpler" in drivers
    options = text.split("## Considered Options")[1].split("## Decision Outcome")[0]
    titles = [o.title for o in CATALOG.get("front_door").outcomes]
    assert [line[2:] for line in options.split("\n") if line.startswith("* ")] == [
        titles[0],
        *titles[1:],
    ]
    assert "### Connection forwarder" in text
    forwarder = text.split("### Connection forwarder")[1].split("### ")[0]
    (ruled,) = [r for r in _explanation().why_not if "forwarder" in {o.id for o in r.outcomes}]
    assert f"* Bad: {md_text(reason_of(ruled))}" in forwarder  # the reason the page gives
    assert "* Good: It reads each web request" in text  # from the reasons, as written
    consequences = text.split("### Consequences")[1].split("## ")[0]
    assert "* Bad: Its IP addresses change" in consequences  # from the caveats
    assert "(<https://docs.aws.amazon.com/elasticloadbalancing/latest/application/" in text
    assert f"tree `front_door`, version {FRONT_DOOR_VERSION}" in text


def test_an_undecided_or_drifted_decision_is_only_proposed(tmp_path: Path) -> None:
    w = answer(agenda("front_door"), "d1", ROUTER[:2])
    text = adr_markdown(w, "d1", CATALOG)
    assert front_matter(text)["status"] == "proposed"
    assert "No option has been chosen yet." in text

    w = answer(agenda("front_door"), "d1", OLD)
    catalog = changed_catalog(tmp_path, "front_door", BUMP_FRONT_DOOR, RENAME_LEGACY)
    text = adr_markdown(w, "d1", catalog)
    assert front_matter(text)["status"] == "proposed"
    assert "* Needs answering again: The tree has changed since the answers were given" in text
    assert "Chosen option: “Old balancer, only until you move”" in text

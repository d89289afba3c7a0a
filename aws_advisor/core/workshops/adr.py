"""One workshop decision as an Architecture Decision Record in MADR format (Markdown).

MADR 4: front matter (status, date, decision-makers), then Context and Problem Statement,
Decision Drivers, Considered Options, Decision Outcome with Consequences, Pros and Cons of
the Options and More Information. See https://adr.github.io/madr/.
"""

from __future__ import annotations

import json
import re

from aws_advisor.core.engine.explain import LinkedStatement
from aws_advisor.core.engine.wording import phrase, reason_of
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.tree.model import Outcome, Statement
from aws_advisor.core.workshops.document import DecisionState, Workshop, resolve_decision
from aws_advisor.core.workshops.report_render import md_code, md_text, md_url


def _bullet(text: str, indent: str = "") -> str:
    return f"{indent}* " + md_text(text).replace(" \\\n", " \\\n" + indent + "  ")


def _heading(level: int, text: str) -> str:
    return "#" * level + " " + md_text(text).replace(" \\\n", " ")


def adr_status(state: DecisionState) -> str:
    """The MADR status: accepted once decided and still valid, proposed otherwise."""
    return "accepted" if state.decision.status == "decided" and not state.drifted else "proposed"


def _front_matter_text(text: str) -> str:
    """A YAML string for the front matter that a renderer without front matter support,
    which shows it as Markdown, cannot read as HTML either."""
    quoted = json.dumps(text, ensure_ascii=False)[1:-1]
    return '"' + re.sub(r"[`*_\[\]<>&!|~#]", lambda m: f"\\u{ord(m.group()):04x}", quoted) + '"'


def adr_markdown(workshop: Workshop, decision_id: str, catalog: Catalog) -> str:
    """The decision as a MADR record.

    Raises:
        WorkshopError: the workshop has no such decision.
    """
    decision = workshop.decision(decision_id)
    state = resolve_decision(decision, catalog)
    tree = state.tree
    recorded = decision.outcome
    outcome: Outcome | None = tree.outcome(recorded.id) if tree and recorded else None
    expl = state.explanation()
    date = max((a.at.date() for a in decision.answers), default=workshop.date)
    makers = [f"{workshop.facilitator} (facilitator)"] if workshop.facilitator else []
    makers += list(workshop.participants)

    title = decision.tree_title + (f": {recorded.title}" if recorded else "")
    lines = [
        "---",
        f"status: {adr_status(state)}",
        f"date: {date.isoformat()}",
        f"decision-makers: {_front_matter_text(', '.join(makers))}",
        "---",
        "",
        _heading(1, title),
        "",
        "## Context and Problem Statement",
        "",
    ]
    if tree:
        lines += [md_text(tree.summary), ""]
    if decision.context:
        lines += [md_text(decision.context), ""]
    lines += [
        md_text(
            f"Taken in the workshop “{workshop.title}” on {workshop.date.isoformat()}"
            + (f", facilitated by {workshop.facilitator}." if workshop.facilitator else ".")
        ),
        "",
        "## Decision Drivers",
        "",
    ]
    for a in decision.answers:
        lines.append(_bullet(f"{a.prompt} → {a.label}"))
        note = decision.note_for(a.question)
        if note and note.why:
            lines.append(_bullet(f"Why: {note.why}", "  "))
        if note and note.dissent:
            lines.append(_bullet(f"Dissent: {note.dissent}", "  "))
    if not decision.answers:
        lines.append("* No questions answered yet.")

    lines += ["", "## Considered Options", ""]
    others = [o for o in tree.outcomes if not recorded or o.id != recorded.id] if tree else []
    lines += [_bullet(recorded.title)] if recorded else []
    lines += [_bullet(o.title) for o in others]

    good: tuple[Statement | LinkedStatement, ...] = ()
    bad: tuple[Statement | LinkedStatement, ...] = ()
    if expl:
        good, bad = expl.why, expl.caveats
    elif outcome:
        good, bad = outcome.reasons, outcome.caveats
    lines += ["", "## Decision Outcome", ""]
    if recorded is None:
        lines.append("No option has been chosen yet.")
    else:
        because = "it fits our answers:" if expl else "it was the recommendation for our answers."
        lines.append(md_text(f"Chosen option: “{recorded.title}”, because {because}"))
        if expl:
            lines += [""] + [_bullet(w.text) for w in expl.why]
        if outcome:
            lines += ["", md_text(outcome.summary)]
        lines += ["", "### Consequences", ""]
        if outcome:
            lines += [_bullet(f"Good: {r.text}") for r in good]
            lines += [_bullet(f"Bad: {c.text}") for c in bad]
        else:
            lines.append("* The recommendation is no longer in the tree; review it.")

    lines += ["", "## Pros and Cons of the Options", ""]
    if outcome:
        lines += [_heading(3, outcome.title), "", md_text(outcome.summary), ""]
        lines += [_bullet(f"Good: {r.text}") for r in good]
        lines += [_bullet(f"Bad: {c.text}") for c in bad]
        lines.append("")
    ruled = {o.id: r for r in expl.why_not for o in r.outcomes} if expl else {}
    beside = {b.outcome.id: b for b in (*expl.part_of_plan, *expl.also_fits)} if expl else {}
    for other in others:
        lines += [_heading(3, other.title), "", md_text(other.summary), ""]
        lines += [_bullet(f"Good: {r.text}") for r in other.reasons[:2]]
        r = ruled.get(other.id)
        b = beside.get(other.id)
        if b:
            kind = "heading.part_of_plan" if b.kind == "includes" else "heading.also_fits"
            lines.append(_bullet(f"{phrase(kind)}: {b.note}"))
        elif r:
            lines.append(_bullet(f"Bad: {reason_of(r)}"))
        lines.append("")

    lines += ["## More Information", ""]
    if state.drifted:
        lines += [_bullet(f"Needs answering again: {m}") for m in state.drift_messages()]
    if decision.status == "parked":
        lines.append("* The group parked this decision to come back to it.")
    if outcome:
        lines += [f"* [{md_text(s.title)}]({md_url(s.url)})" for s in outcome.sources]
    lines.append(
        f"* Recorded with AWS Advisor from the tree {md_code(decision.tree)}, version "
        f"{md_text(decision.tree_version)} (content {md_code(decision.content_hash[:12])}), on "
        f"{date.isoformat()}."
    )
    if outcome:
        lines.append(f"* Facts checked as of {outcome.as_of.isoformat()}.")
    return "\n".join(lines).rstrip() + "\n"

"""The workshop report, as Markdown or as one self-contained HTML page.

Both are rendered from the same list of blocks (``report_blocks``), so they always say the
same things: the title, who took part and when; per decision the answers with the group's
notes, the recommendation, why, why not, the caveats, the sources and the sketch; the
cross-decision warnings; and the open items (decisions not decided, parked or drifted).

Every piece of user text is escaped. The sketch SVG comes from a renderer the caller passes
in, so the core never imports Qt; without one, the sketch is described in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from aws_advisor.core.engine.wording import phrase, quoted, reason_of, titles
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.workshops.compare import compare_decisions
from aws_advisor.core.workshops.document import (
    STATUS_LABELS,
    AnswerNote,
    DecisionState,
    RecordedOutcome,
    Workshop,
    resolve_workshop,
)
from aws_advisor.core.workshops.report_render import (
    Block,
    Callout,
    Code,
    EmbedSvg,
    Figure,
    Heading,
    Inline,
    Item,
    Line,
    Link,
    Para,
    SketchSvg,
    Strong,
    items,
    render_html,
    render_markdown,
)
from aws_advisor.core.workshops.rules import Finding, Rule, check_workshop

# --- Content ------------------------------------------------------------------------------


def _anchor(decision_id: str) -> str:
    return f"decision-{decision_id}"


def _decision_blocks(state: DecisionState, workshop: Workshop) -> list[Block]:
    d = state.decision
    meta: list[Inline] = [Strong(STATUS_LABELS[d.status])]
    if d.what_if_of:
        original = workshop.decision(d.what_if_of)
        meta += [
            " · what-if of ",
            Link(_name_of(original.id, workshop), f"#{_anchor(original.id)}"),
        ]
    meta += [" · tree ", Code(d.tree), f", version {d.tree_version}"]
    out: list[Block] = [
        Heading(3, _name_of(d.id, workshop), _anchor(d.id)),
        Para(tuple(meta), "meta"),
    ]
    if d.context:
        out.append(Para((d.context,)))
    if d.status == "parked" and d.park_reason:
        out.append(Para((Strong("Parked because: "), d.park_reason)))
    if state.drifted:
        out.append(
            Callout(
                "drift",
                (
                    Para((Strong("Needs answering again."),)),
                    items([(m,) for m in state.drift_messages()]),
                ),
            )
        )
    out.append(Heading(4, "Answers"))
    answered = {a.question for a in d.answers}
    rows: list[Item] = []
    for a in d.answers:
        line: list[Inline] = [f"{a.prompt} → ", Strong(a.label)]
        problem = state.unfit_answer(a.question)
        if problem:
            line.append(f" (no longer fits: {problem.message})")
        rows.append(Item(tuple(line), _notes(d.note_for(a.question))))
    out.append(items(rows) if rows else Para(("No answers yet.",)))
    earlier = [n for n in d.notes if n.question not in answered]
    if earlier:
        out.append(Para(("Notes on questions no longer on the path:",)))
        out.append(items([Item((_prompt(state, n.question),), _notes(n)) for n in earlier]))
    out += _recommendation(state)
    if d.what_if_of:
        out += _comparison(state, workshop)
    return out


def _prompt(state: DecisionState, question_id: str) -> str:
    question = state.tree.question(question_id) if state.tree else None
    return question.prompt if question else question_id


def _name_of(decision_id: str, workshop: Workshop) -> str:
    d = workshop.decision(decision_id)
    return f"{workshop.number(d.id)}. {d.tree_title}"


def _notes(note: AnswerNote | None) -> tuple[Line, ...]:
    if note is None:
        return ()
    lines: list[Line] = []
    if note.why:
        lines.append((Strong("Why we chose this: "), note.why))
    if note.dissent:
        lines.append((Strong("Dissent: "), note.dissent))
    return tuple(lines)


def _recommendation(state: DecisionState) -> list[Block]:
    d = state.decision
    out: list[Block] = [Heading(4, "Recommendation")]
    if d.outcome is None:
        return [*out, Para(("No recommendation yet.",))]
    outcome = state.tree.outcome(d.outcome.id) if state.tree else None
    recorded = " (as recorded)" if state.drifted else ""
    out.append(Para((Strong(d.outcome.title), recorded)))
    if outcome is None:
        return out
    out.append(Para((outcome.summary,)))
    expl = state.explanation()
    if expl is not None:
        out += [Heading(4, phrase("heading.why"))]
        out.append(
            items([(s.text, _answered(tuple(a.option.label for a in s.answers))) for s in expl.why])
        )
        for key, beside in (
            ("heading.part_of_plan", expl.part_of_plan),
            ("heading.also_fits", expl.also_fits),
        ):
            if beside:
                out += [Heading(4, phrase(key))]
                out.append(items([(Strong(b.outcome.title), f": {b.note}") for b in beside]))
        if expl.why_not:
            out += [Heading(4, phrase("heading.why_not"))]
            out.append(
                items(
                    [
                        (Strong(titles(o.title for o in r.outcomes)), f": {reason_of(r)}")
                        for r in expl.why_not
                    ]
                )
            )
    caveats = [c.text for c in expl.caveats] if expl else [c.text for c in outcome.caveats]
    if caveats:
        out += [Heading(4, phrase("heading.caveats")), items([(c,) for c in caveats])]
    out += [
        Heading(4, phrase("heading.sources")),
        items([(Link(s.title, s.url),) for s in outcome.sources]),
    ]
    if expl is not None:
        out += [Heading(4, "Sketch"), Figure(outcome)]
    return out


def _answered(labels: tuple[str, ...]) -> str:
    return " " + phrase("you_answered", labels=quoted(labels)) if labels else ""


def _comparison(state: DecisionState, workshop: Workshop) -> list[Block]:
    d = state.decision
    assert d.what_if_of is not None
    original = workshop.decision(d.what_if_of)
    cmp = compare_decisions(original, d, state.tree)

    def title(o: RecordedOutcome | None) -> str:
        return o.title if o else "no recommendation yet"

    lines: list[Line] = [
        (
            "Original: ",
            Strong(title(original.outcome)),
            "; this what-if: ",
            Strong(title(d.outcome)),
            ".",
        )
    ]
    for diff in cmp.differences:
        a = diff.first.label if diff.first else "not answered"
        b = diff.second.label if diff.second else "not answered"
        lines.append((f"{diff.prompt}: ", Strong(a), " → ", Strong(b)))
    return [Heading(4, f"Compared with {_name_of(original.id, workshop)}"), items(lines)]


def _finding_blocks(finding: Finding, workshop: Workshop) -> Callout:
    rule = finding.rule
    where: list[Inline] = ["Decisions: "]
    for i, d in enumerate(finding.decisions):
        where += [", " if i else "", Link(_name_of(d.id, workshop), f"#{_anchor(d.id)}")]
    label = "Warning" if rule.severity == "warning" else "Note"
    return Callout(
        rule.severity,
        (
            Para((Strong(f"{label}: {rule.title}"),)),
            Para((rule.message,)),
            Para((Strong("What to do: "), rule.advice)),
            Para(tuple(where)),
            items([(Link(s.title, s.url),) for s in rule.sources]),
        ),
    )


def _count(n: int, noun: str) -> str:
    return f"{n or 'no'} {noun}{'' if n == 1 else 's'}"


def report_blocks(
    workshop: Workshop, states: Sequence[DecisionState], findings: Sequence[Finding]
) -> list[Block]:
    """The report's content, before it is written as Markdown or HTML."""
    originals = [x for x in states if x.decision.what_if_of is None]
    variants = len(states) - len(originals)
    counts = {s: sum(1 for x in originals if x.decision.status == s) for s in STATUS_LABELS}
    summary = ", ".join(f"{n} {STATUS_LABELS[s].lower()}" for s, n in counts.items() if n)
    if variants:
        summary += f"; {_count(variants, 'what-if variant')}"
    meta: list[Line] = [(Strong("Date: "), workshop.date.isoformat())]
    if workshop.facilitator:
        meta.append((Strong("Facilitator: "), workshop.facilitator))
    if workshop.participants:
        meta.append((Strong("Participants: "), ", ".join(workshop.participants)))
    meta.append((Strong("Decisions: "), f"{len(originals)}" + (f" ({summary})" if summary else "")))
    warnings = sum(1 for f in findings if f.rule.severity == "warning")
    infos = len(findings) - warnings
    found = f"{_count(warnings, 'warning')}, {_count(infos, 'point')} worth a look"
    meta.append((Strong("Cross-decision checks: "), found))
    out: list[Block] = [Heading(1, workshop.title), *(Para(m, "meta") for m in meta)]

    out.append(Heading(2, "Warnings"))
    if findings:
        out += [_finding_blocks(f, workshop) for f in findings]
    else:
        out.append(Para(("No cross-decision warnings.",)))

    out.append(Heading(2, "Open items"))
    open_items: list[Line] = []
    for s in states:
        link = Link(_name_of(s.decision.id, workshop), f"#{_anchor(s.decision.id)}")
        if s.drifted:
            open_items.append((link, ": the tree has changed; answer again to confirm"))
        elif s.decision.status != "decided":
            open_items.append((link, f": {STATUS_LABELS[s.decision.status].lower()}"))
    out.append(items(open_items) if open_items else Para(("None: every decision is made.",)))

    out.append(Heading(2, "Decisions"))
    if not states:
        out.append(Para(("The agenda is empty.",)))
    for s in states:
        out += _decision_blocks(s, workshop)
    return out


def markdown_report(workshop: Workshop, catalog: Catalog, rules: Sequence[Rule]) -> str:
    """The whole workshop as Markdown."""
    states = resolve_workshop(workshop, catalog)
    return render_markdown(report_blocks(workshop, states, check_workshop(workshop, rules)))


def html_report(
    workshop: Workshop,
    catalog: Catalog,
    rules: Sequence[Rule],
    *,
    sketch_svg: SketchSvg | None = None,
    embed_svg: EmbedSvg | None = None,
) -> str:
    """The whole workshop as one self-contained HTML page, sketches inline as SVG."""
    states = resolve_workshop(workshop, catalog)
    blocks = report_blocks(workshop, states, check_workshop(workshop, rules))
    return render_html(blocks, workshop.title, sketch_svg=sketch_svg, embed_svg=embed_svg)

"""The one wording of every phrase an explanation uses, in every renderer.

Renderers fill these templates with ``phrase``; the GUI passes its translator, so each
phrase is translatable and still written once. Values are inserted after translation;
a renderer that makes markup escapes them first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from aws_advisor.core.engine.explain import Alternative, RuledOut

Translate = Callable[[str], str]

PHRASES: dict[str, str] = {
    "heading.why": "Why this fits your answers",
    "heading.also_fits": "Also fits",
    "heading.part_of_plan": "Part of this plan",
    "heading.changed": "What changed since 2020-era guides",
    "heading.caveats": "Watch out for",
    "heading.why_not": "Why not the others",
    "heading.what_if": "What would change it",
    "heading.compare": "How the options compare",
    "heading.sources": "Sources",
    "heading.answers": "Your answers",
    "legend.new": (
        "NEW: newer than most 2020-era guides and courses; checked against AWS documentation "
        "on {date}."
    ),
    "you_answered": "(you answered {labels})",
    "why_not.item": "{titles}: {reason}",
    "why_not.no_reason": (
        "the tree gives no reason; after your answer “{label}” to “{prompt}” it can no "
        "longer lead there."
    ),
    "why_not.change": "Change this answer",
    "what_if.leads_to": "Answering “{label}” to “{prompt}” leads to: {titles}",
    "what_if.opens": (
        "Answering “{label}” to “{prompt}” then asks “{next}”, which decides between: {titles}"
    ),
    "footer": "{title}, content version {version}, checked {date}. Not affiliated with AWS.",
}


def _same(text: str) -> str:
    return text


def phrase(key: str, tr: Translate = _same, **values: str) -> str:
    """The phrase ``key`` in the reader's language, with ``values`` filled in."""
    return tr(PHRASES[key]).format(**values)


def quoted(labels: Iterable[str]) -> str:
    """Answer labels as the pages quote them: “A”, “B”."""
    return ", ".join(f"“{label}”" for label in labels)


def titles(names: Iterable[str]) -> str:
    """Outcome titles on one why-not line."""
    return "; ".join(names)


def reason_of(ruled: RuledOut, tr: Translate = _same) -> str:
    """The reason shown for a why-not line, as plain text."""
    if ruled.reason:
        return ruled.reason
    return phrase("why_not.no_reason", tr, label=ruled.chosen.label, prompt=ruled.question.prompt)


def what_if_text(alt: Alternative, tr: Translate = _same) -> str:
    """One what-if line as plain text."""
    names = ", ".join(o.title for o in alt.outcomes)
    if alt.opens is None:
        return phrase(
            "what_if.leads_to", tr, label=alt.option.label, prompt=alt.question.prompt, titles=names
        )
    return phrase(
        "what_if.opens",
        tr,
        label=alt.option.label,
        prompt=alt.question.prompt,
        next=alt.opens.prompt,
        titles=names,
    )

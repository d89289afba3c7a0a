"""The terminal's rendering of an explanation: plain text wrapped for a console."""

from __future__ import annotations

import textwrap

from aws_advisor.core.engine.session import Explanation
from aws_advisor.core.tree.model import DecisionTree


def wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)


def format_explanation(tree: DecisionTree, expl: Explanation) -> str:
    out = expl.outcome
    lines = [f"Recommendation: {out.title}", wrap(out.summary, "  "), "", "Your answers:"]
    lines += [f"  {s.question.prompt}  ->  {s.option.label}" for s in expl.path]
    lines += ["", "Why:"]
    for item in expl.why:
        mark = " [NEW]" if item.provenance == "current" else ""
        lines.append(wrap(f"- {item.text}{mark}", "  "))
        lines += [f'      (you answered "{a.option.label}")' for a in item.answers]
    if expl.why_not:
        lines += ["", "Why not:"]
        for r in expl.why_not:
            lines.append(
                wrap(
                    f'- {r.outcome.title}: ruled out when you answered "{r.chosen.label}" '
                    f'to "{r.question.prompt}"',
                    "  ",
                )
            )
    if expl.what_if:
        lines += ["", "What would change it:"]
        for alt in expl.what_if:
            titles = ", ".join(o.title for o in alt.outcomes)
            then = f'then "{alt.opens.prompt}" decides between ' if alt.opens else "leads to "
            lines.append(
                wrap(f'- "{alt.option.label}" for "{alt.question.prompt}": {then}{titles}', "  ")
            )
    if expl.caveats:
        lines += ["", "Caveats:"]
        for item in expl.caveats:
            lines.append(wrap(f"- {item.text}", "  "))
    if out.changed:
        lines += ["", "What changed since 2020-era guides:"]
        lines += [wrap(f"- {c}", "  ") for c in out.changed]
    if out.changed or any(s.provenance == "current" for s in (*expl.why, *expl.caveats)):
        lines += [
            "",
            wrap(
                f"NEW: newer than most 2020-era guides and courses; checked against AWS "
                f"documentation on {out.as_of}.",
                "",
            ),
        ]
    lines += ["", "Sources:"]
    lines += [f"  - {s.title}: {s.url}" for s in out.sources]
    lines.append(f"\n{tree.title}, content version {tree.version}, checked {tree.as_of}")
    return "\n".join(lines) + "\n"

"""The terminal's rendering of an explanation: plain text wrapped for a console."""

from __future__ import annotations

import shutil
import textwrap

from aws_advisor.core.engine.session import Explanation
from aws_advisor.core.engine.wording import phrase, quoted, reason_of, titles, what_if_text
from aws_advisor.core.tree.model import DecisionTree


def width() -> int:
    """The terminal's width (88 when it cannot be told), kept between 40 and 100."""
    return max(40, min(100, shutil.get_terminal_size((88, 24)).columns))


def wrap(text: str, indent: str, *, hang: str | None = None) -> str:
    """``text`` filled to the terminal, never breaking a word; later lines start at ``hang``
    (by default under the text after a leading "- ")."""
    if hang is None:
        hang = indent + ("  " if text.startswith("- ") else "")
    return textwrap.fill(
        text,
        width=width(),
        initial_indent=indent,
        subsequent_indent=hang,
        break_long_words=False,
        break_on_hyphens=False,
    )


def format_explanation(tree: DecisionTree, expl: Explanation) -> str:
    out = expl.outcome
    lines = [wrap(f"Recommendation: {out.title}", ""), wrap(out.summary, "  "), ""]
    lines.append(phrase("heading.answers") + ":")
    for n, s in enumerate(expl.path, 1):
        lines.append(wrap(f"{n}. {s.question.prompt}", "  ", hang="     "))
        lines.append(wrap(f"-> {s.option.label}", "     ", hang="        "))

    def section(key: str) -> None:
        lines.extend(["", phrase(key) + ":"])

    section("heading.why")
    for item in expl.why:
        mark = " [NEW]" if item.provenance == "current" else ""
        lines.append(wrap(f"- {item.text}{mark}", "  "))
        if item.answers:
            answered = phrase("you_answered", labels=quoted(a.option.label for a in item.answers))
            lines.append(wrap(answered, "      "))
    for key, items in (
        ("heading.part_of_plan", expl.part_of_plan),
        ("heading.also_fits", expl.also_fits),
    ):
        if items:
            section(key)
            lines += [wrap(f"- {b.outcome.title}: {b.note}", "  ") for b in items]
    if expl.why_not:
        section("heading.why_not")
        for r in expl.why_not:
            text = phrase(
                "why_not.item", titles=titles(o.title for o in r.outcomes), reason=reason_of(r)
            )
            lines.append(wrap(f"- {text}", "  "))
    if expl.what_if:
        section("heading.what_if")
        lines += [wrap(f"- {what_if_text(alt)}", "  ") for alt in expl.what_if]
    if expl.caveats:
        section("heading.caveats")
        for item in expl.caveats:
            mark = " [NEW]" if item.provenance == "current" else ""
            lines.append(wrap(f"- {item.text}{mark}", "  "))
    if out.changed:
        section("heading.changed")
        lines += [wrap(f"- {c}", "  ") for c in out.changed]
    if expl.marks_new:
        lines += ["", wrap(phrase("legend.new", date=out.as_of.isoformat()), "")]
    section("heading.sources")
    lines += [wrap(f"- {s.title}: {s.url}", "  ") for s in out.sources]
    lines += ["", wrap(f"{tree.title}, content version {tree.version}, checked {tree.as_of}", "")]
    return "\n".join(lines) + "\n"

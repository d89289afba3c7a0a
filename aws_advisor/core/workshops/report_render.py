"""Writing report blocks as Markdown or as a self-contained HTML page.

``report.py`` decides what a report says, as a list of blocks; this module only writes
them. All text is escaped here: in Markdown so it shows literally (no markup, no raw HTML),
in HTML so that a note containing ``<script>`` is shown, not run.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from aws_advisor.core.tree.model import Outcome, Sketch

SketchSvg = Callable[[Outcome], str]
"""Draws an outcome's sketch as SVG markup (the GUI passes its Qt renderer)."""

EmbedSvg = Callable[[str, Outcome], str]
"""Turns a sketch's SVG into the HTML placed in the page (default: the SVG inline)."""


@dataclass(frozen=True)
class Strong:
    text: str


@dataclass(frozen=True)
class Code:
    text: str


@dataclass(frozen=True)
class Link:
    text: str
    url: str  # "#..." links within the HTML page; Markdown shows the text only


Inline = str | Strong | Code | Link
Line = tuple[Inline, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str | None = None


@dataclass(frozen=True)
class Para:
    parts: Line
    css: str = ""


@dataclass(frozen=True)
class Item:
    line: Line
    notes: tuple[Line, ...] = ()


@dataclass(frozen=True)
class Items:
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Figure:
    outcome: Outcome


@dataclass(frozen=True)
class Callout:
    kind: str  # warning, info, drift
    blocks: tuple[Block, ...]


Block = Heading | Para | Items | Figure | Callout


def items(lines: Sequence[Line | Item]) -> Items:
    return Items(tuple(x if isinstance(x, Item) else Item(x) for x in lines))


def sketch_words(sketch: Sketch) -> list[str]:
    """The sketch in words, one arrow a line, for Markdown and for HTML without a renderer."""
    names = {n.id: n.label or n.kind.replace("_", " ") for n in sketch.nodes}
    lines = [
        f"{names[e.source]} → {names[e.target]}" + (f": {e.label}" if e.label else "")
        for e in sketch.edges
    ]
    linked = {e.source for e in sketch.edges} | {e.target for e in sketch.edges}
    lines += [names[n.id] for n in sketch.nodes if n.id not in linked]
    return list(dict.fromkeys(lines))


# --- Markdown -----------------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^( *)(?:([#>+=-])|(\d+)([.)]))", re.MULTILINE)
_BREAK = " \\\n"


def md_text(text: str) -> str:
    """Escape text for inline Markdown; line breaks become hard breaks."""
    return re.sub(r"\s*\n\s*", _BREAK, _MD_INLINE.sub(r"\\\1", text.strip("\n")))


def md_code(text: str) -> str:
    """``text`` as a Markdown code span that shows it exactly: fenced with more backticks
    than it holds in a row, on one line (a line break could start a new block)."""
    text = " ".join(text.splitlines()) or " "
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text[0] in "` " or text[-1] in "` " else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_url(url: str) -> str:
    """A link destination in angle brackets that nothing in ``url`` can close early."""
    flat = "".join(url.splitlines())
    return "<" + re.sub(r"([\\<>])", r"\\\1", flat) + ">"


def _md_inline(parts: Line, indent: str = "") -> str:
    out = []
    for p in parts:
        if isinstance(p, Strong):
            text = md_text(p.text)
            core = text.strip()  # emphasis may not start or end with a space
            start = text.index(core[:1]) if core else 0
            out.append(f"{text[:start]}**{core}**{text[start + len(core) :]}")
        elif isinstance(p, Code):
            out.append(md_code(p.text))
        elif isinstance(p, Link):
            text = md_text(p.text)
            out.append(text if p.url.startswith("#") else f"[{text}]({md_url(p.url)})")
        else:
            out.append(md_text(p))
    text = "".join(out).replace(_BREAK, _BREAK + indent)
    # Text that would start a list, heading or quote at the start of a line is escaped.
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(m: re.Match[str]) -> str:
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"  # "1\." : a digit cannot be escaped


def _md_block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return ["#" * block.level + " " + md_text(block.text).replace(_BREAK, " "), ""]
    if isinstance(block, Para):
        return [_md_inline(block.parts), ""]
    if isinstance(block, Items):
        lines = []
        for item in block.items:
            lines.append("- " + _md_inline(item.line, "  "))
            lines += ["  - " + _md_inline(n, "    ") for n in item.notes]
        return [*lines, ""]
    if isinstance(block, Figure):
        return [*(f"- {_md_inline((x,))}" for x in sketch_words(block.outcome.sketch)), ""]
    inner = [x for b in block.blocks for x in _md_block(b)]
    while inner and not inner[-1]:
        inner.pop()
    return [("> " + x) if x else ">" for x in "\n".join(inner).split("\n")] + [""]


def render_markdown(blocks: Sequence[Block]) -> str:
    lines = [x for b in blocks for x in _md_block(b)]
    return "\n".join(lines).rstrip() + "\n"


# --- HTML ---------------------------------------------------------------------------------

CSS = """
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; color: #1b1f24;
  max-width: 52em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #d0d7de; padding-bottom: 0.2em; margin-top: 1.6em; }
h3 { margin-top: 1.6em; border-top: 1px solid #d0d7de; padding-top: 0.8em; }
h4 { margin: 1em 0 0.3em; font-size: 1em; color: #444c56; }
p.meta { margin: 0.1em 0; color: #444c56; }
ul { margin: 0.2em 0 0.6em; }
code { font-family: Consolas, Menlo, monospace; font-size: 0.92em; }
.note { margin: 0.15em 0 0.15em 1em; color: #444c56; }
.callout { border-left: 4px solid #8c959f; background: #f6f8fa; padding: 0.4em 0.9em;
  margin: 0.8em 0; }
.callout.warning { border-color: #bf8700; background: #fff8c5; }
.callout.drift { border-color: #cf222e; background: #ffebe9; }
.callout p { margin: 0.3em 0; }
div.sketch { margin: 0.5em 0; }
div.sketch svg { max-width: 100%; height: auto; }
p.caption { font-size: 0.9em; color: #444c56; margin-top: 0.2em; }
a { color: #0550ae; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  h2, h3, h4 { page-break-after: avoid; }
  .callout, div.sketch, li { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""

_XML_PROLOGUE = re.compile(r"^\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?", re.IGNORECASE)


def _esc(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br/>")


def _html_inline(parts: Line) -> str:
    out = []
    for p in parts:
        if isinstance(p, Strong):
            out.append(f"<strong>{_esc(p.text)}</strong>")
        elif isinstance(p, Code):
            out.append(f"<code>{_esc(p.text)}</code>")
        elif isinstance(p, Link):
            out.append(f'<a href="{html.escape(p.url, quote=True)}">{_esc(p.text)}</a>')
        else:
            out.append(_esc(p))
    return "".join(out)


def _html_block(block: Block, figure: Callable[[Outcome], str]) -> str:
    if isinstance(block, Heading):
        anchor = f' id="{html.escape(block.anchor)}"' if block.anchor else ""
        return f"<h{block.level}{anchor}>{_esc(block.text)}</h{block.level}>"
    if isinstance(block, Para):
        css = f' class="{block.css}"' if block.css else ""
        return f"<p{css}>{_html_inline(block.parts)}</p>"
    if isinstance(block, Items):
        rows = []
        for item in block.items:
            notes = "".join(f'<div class="note">{_html_inline(n)}</div>' for n in item.notes)
            rows.append(f"<li>{_html_inline(item.line)}{notes}</li>")
        return "<ul>" + "".join(rows) + "</ul>"
    if isinstance(block, Figure):
        return figure(block.outcome)
    inner = "\n".join(_html_block(b, figure) for b in block.blocks)
    return f'<div class="callout {block.kind}">{inner}</div>'


def render_html(
    blocks: Sequence[Block],
    title: str,
    *,
    sketch_svg: SketchSvg | None = None,
    embed_svg: EmbedSvg | None = None,
) -> str:
    """Write blocks as a self-contained, well-formed (XML-parsable) HTML page.

    Args:
        blocks: The content.
        title: The page title.
        sketch_svg: Draws an outcome's sketch as SVG; without it the sketch is in words.
        embed_svg: Turns the SVG into the HTML placed in the page (default: inline). The
            PDF export uses it to put images in place of inline SVG.
    """

    # div and p rather than figure/figcaption: Qt's rich text (the PDF export) knows only these.
    def figure(outcome: Outcome) -> str:
        caption = f'<p class="caption">Sketch: {_esc(outcome.title)}</p>'
        if sketch_svg is None:
            words = "".join(f"<li>{_esc(x)}</li>" for x in sketch_words(outcome.sketch))
            return f'<div class="sketch"><ul>{words}</ul>{caption}</div>'
        svg = _XML_PROLOGUE.sub("", sketch_svg(outcome), count=1)
        body = embed_svg(svg, outcome) if embed_svg else svg
        return f'<div class="sketch"><div class="drawing">{body}</div>{caption}</div>'

    body = "\n".join(_html_block(b, figure) for b in blocks)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8"/>\n'
        f"<title>{_esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
        "</body>\n</html>\n"
    )

"""Text from files shown as it is written, never as markup: Qt guesses rich text for
labels, tooltips and message boxes, so a title such as ``<img src="file:///…">`` would load
a local file. Labels get ``Qt.TextFormat.PlainText``; tooltips, which have no such switch,
get the text escaped inside ``<qt>``, which Qt always reads as rich text."""

from __future__ import annotations

from html import escape


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally, line breaks kept."""
    if not text:
        return ""
    return "<qt>" + escape(text).replace("\n", "<br/>") + "</qt>"

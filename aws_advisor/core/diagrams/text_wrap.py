"""Wrapping diagram labels by character count, fast enough for thousands of labels.

``textwrap`` is exact but slow for a map of thousands of boxes; diagrams need only
greedy word wrapping, hard breaks inside over-long words, and an ellipsis when a label
has more lines than its box may show (the full text stays available for hover).
"""

from __future__ import annotations

ELLIPSIS = "…"


def wrap_text(text: str, max_chars: int, max_lines: int = 0) -> tuple[str, ...]:
    """Split ``text`` into lines of at most ``max_chars`` characters.

    Args:
        text: Any text; runs of whitespace count as one space.
        max_chars: Longest line, at least 2.
        max_lines: Most lines kept (0: no limit); the last kept line then ends in "…".
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    lines: list[str] = []
    current = ""
    for word in text.split():
        while len(word) > max_chars:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:max_chars])
            word = word[max_chars:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= max_chars:
            current = f"{current} {word}"
        else:
            lines.append(current)
            current = word
    if current or not lines:
        lines.append(current)
    if max_lines and len(lines) > max_lines:
        last = lines[max_lines - 1]
        if len(last) >= max_chars:
            last = last[: max_chars - 1]
        lines = [*lines[: max_lines - 1], last.rstrip() + ELLIPSIS]
    return tuple(lines)


def _weights() -> bytes:
    """Tenths of an average character, for every Latin-1 character."""
    table = bytearray([12] * 256)  # letters and digits of running text: about 1.2
    for chars, weight in (
        ("ijlIJ.,;:'!| ", 6),
        ('frt()[]/-\\"`', 8),
        ("ABCDEGHKNOPQRSUVXYZ#&+<=>~^w", 15),
        ("mMW%@", 19),
    ):
        for char in chars:
            table[ord(char)] = weight
    return bytes(table)


_WEIGHTS = _weights()
"""Widths in a typical sans-serif font relative to an average character of running text."""


def text_width(line: str) -> float:
    """Estimated width of ``line`` in average characters (close enough to size boxes)."""
    return sum(line.encode("latin-1", "replace").translate(_WEIGHTS)) / 10

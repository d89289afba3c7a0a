"""Characters that text from a file may not carry: C0 controls other than tab and newline,
DEL and the C1 controls (a terminal obeys them: ``\\x1b[2J`` clears the screen, OSC 8 makes
links), and the bidirectional overrides and isolates that make text read other than it is
stored. Trees and workshop files are refused with the place of the first one; text a user
types or pastes is cleaned before it is kept; terminal output is cleaned once more."""

from __future__ import annotations

import re

FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def first_forbidden(text: str) -> int | None:
    """The index of the first forbidden character in ``text``, or None."""
    match = FORBIDDEN.search(text)
    return match.start() if match else None


def describe(char: str) -> str:
    """How messages name a character: ``U+001B``."""
    return f"U+{ord(char):04X}"


def clean(text: str) -> str:
    """``text`` without forbidden characters (a carriage return becomes a newline)."""
    return FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))

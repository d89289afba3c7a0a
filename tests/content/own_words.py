"""Runs of words and their digests, shared by the own-words test and its fingerprint script."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

NOTES = Path(__file__).resolve().parents[3] / "shared" / "notes" / "aws-study-notes.md"
FINGERPRINT = Path(__file__).with_name("notes-fingerprint.txt")
RUN = 8


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def runs(items: list[str]) -> set[tuple[str, ...]]:
    return {tuple(items[i : i + RUN]) for i in range(len(items) - RUN + 1)}


def note_runs(text: str) -> set[tuple[str, ...]]:
    """Every run of eight words within one line of the notes."""
    found: set[tuple[str, ...]] = set()
    for line in text.splitlines():
        found |= runs(words(line))
    return found


def digest(run: tuple[str, ...]) -> str:
    return hashlib.sha256(" ".join(run).encode("utf-8")).hexdigest()[:16]

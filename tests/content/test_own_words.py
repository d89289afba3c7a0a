"""Facts carry over from the study notes; their sentences do not.

No run of eight words from the notes may appear in shipped content, and none of the
notes' misspelled service names may appear at all. The repository ships a fingerprint of
the notes (digests of their runs, not their text), so the check works on any clone; where
the notes are beside the repository (as in CI), the test also proves the fingerprint is
current.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.loader import iter_yaml_files
from tests.content.own_words import FINGERPRINT, NOTES, digest, note_runs, runs, words

MISSPELLED = [
    "ElasticCache",
    "Autorora",
    "postgress",
    "POSTRESQL",
    "Cognite",
    "cloutwatch",
    "Clasic",
    "AWs ",
    "abailability",
    "Encryyption",
    "persistant",
    "dependancies",
]


@pytest.fixture(scope="module")
def note_digests() -> set[str]:
    return set(FINGERPRINT.read_text(encoding="ascii").split())


def test_the_fingerprint_matches_the_notes(note_digests: set[str]) -> None:
    if not NOTES.exists():
        pytest.skip(f"the study notes are not beside the repository ({NOTES})")
    current = {digest(r) for r in note_runs(NOTES.read_text(encoding="utf-8"))}
    assert current == note_digests, "run scripts/notes_fingerprint.py to refresh it"


def test_a_copied_sentence_is_caught(note_digests: set[str]) -> None:
    """The check can fail: a line taken from the notes is found through the fingerprint."""
    if not NOTES.exists():
        pytest.skip(f"the study notes are not beside the repository ({NOTES})")
    line = max(NOTES.read_text(encoding="utf-8").splitlines(), key=lambda s: len(words(s)))
    assert {digest(r) for r in runs(words(line))} & note_digests


@pytest.mark.parametrize("path", list(iter_yaml_files(shipped_tree_dir())), ids=lambda p: p.stem)
def test_no_sentence_is_copied_from_the_notes(path: Path, note_digests: set[str]) -> None:
    text = path.read_text(encoding="utf-8")
    copied = [" ".join(r) for r in runs(words(text)) if digest(r) in note_digests]
    assert copied == []
    for typo in MISSPELLED:
        assert typo not in text

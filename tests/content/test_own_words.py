"""Facts carry over from the study notes; their sentences do not.

No run of eight words from the notes may appear in shipped content, and none of the
notes' misspelled service names may appear at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aws_advisor.core.loader import iter_tree_files
from aws_advisor.core.resources import shipped_tree_dir

NOTES = Path(__file__).resolve().parents[3] / "shared" / "notes" / "aws-study-notes.md"
RUN = 8
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


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.fixture(scope="module")
def note_runs() -> set[tuple[str, ...]]:
    if not NOTES.exists():
        pytest.fail(f"the study notes are expected beside the repository at {NOTES}")
    runs: set[tuple[str, ...]] = set()
    for line in NOTES.read_text(encoding="utf-8").splitlines():
        runs |= _runs(_words(line))
    return runs


@pytest.mark.parametrize("path", list(iter_tree_files(shipped_tree_dir())), ids=lambda p: p.stem)
def test_no_sentence_is_copied_from_the_notes(path: Path, note_runs: set[tuple[str, ...]]) -> None:
    text = path.read_text(encoding="utf-8")
    copied = [" ".join(r) for r in _runs(_words(text)) & note_runs]
    assert copied == []
    for typo in MISSPELLED:
        assert typo not in text

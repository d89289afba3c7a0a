"""Write the fingerprint of the study notes that the own-words test compares against.

The fingerprint holds a short digest of every run of eight words in the notes, never the
words themselves, so a clone without the notes can still check that no sentence was
copied. Run it whenever the notes change, with the notes beside the repository:

    uv run python scripts/notes_fingerprint.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.content.own_words import FINGERPRINT, NOTES, digest, note_runs  # noqa: E402


def main() -> int:
    if not NOTES.exists():
        print(f"the study notes are not at {NOTES}", file=sys.stderr)
        return 1
    digests = sorted({digest(run) for run in note_runs(NOTES.read_text(encoding="utf-8"))})
    FINGERPRINT.write_text("\n".join(digests) + "\n", encoding="ascii")
    print(f"{len(digests)} digests written to {FINGERPRINT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

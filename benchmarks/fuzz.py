"""A longer fuzz of the tree loader and the workshop reader than the test suite runs.

Run: ``uv run python benchmarks/fuzz.py [EXAMPLES]`` (default 5,000 per target). Prints how
many inputs each target took and how many were refused with the project's own errors; any
other exception is a bug and stops the run with hypothesis's smallest failing input.
"""

from __future__ import annotations

import sys
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aws_advisor.core.errors import AdvisorError
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.workshops.file_format import workshop_from_data
from tests.helpers.hostile_json import JSON
from tests.helpers.trees import BASE


def main(examples: int) -> int:
    counts = {"tree bytes": [0, 0], "tree edits": [0, 0], "workshop json": [0, 0]}
    fuzz = settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck))

    def attempt(name: str, call: object) -> None:
        counts[name][0] += 1
        try:
            call()  # type: ignore[operator]
        except AdvisorError:
            counts[name][1] += 1

    @fuzz
    @given(st.binary(max_size=4000))
    def tree_bytes(data: bytes) -> None:
        attempt("tree bytes", lambda: load_tree_text(data, "fuzz.yaml"))

    @fuzz
    @given(st.integers(0, len(BASE) - 1), st.integers(0, 60), st.text(max_size=20))
    def tree_edits(at: int, cut: int, insert: str) -> None:
        text = (BASE[:at] + insert + BASE[at + cut :]).encode("utf-8", "surrogatepass")
        attempt("tree edits", lambda: load_tree_text(text, "fuzz.yaml"))

    @fuzz
    @given(JSON)
    def workshop_json(value: object) -> None:
        attempt("workshop json", lambda: workshop_from_data(value))

    started = time.perf_counter()
    for run in (tree_bytes, tree_edits, workshop_json):
        run()
    for name, (tried, refused) in counts.items():
        print(f"{name:14} {tried:6,} inputs, {refused:6,} refused with a clear message, 0 crashes")
    print(f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000))

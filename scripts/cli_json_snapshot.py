"""Print the CLI's JSON output for every path of every shipped tree, one record per line.

Used to prove that a refactor changes no behaviour: run it before and after, then compare::

    uv run python scripts/cli_json_snapshot.py > before.jsonl
    # ... refactor ...
    uv run python scripts/cli_json_snapshot.py > after.jsonl
    cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

from aws_advisor.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


def run(*argv: str) -> str:
    """Run the CLI in this process and return what it printed (exit status included)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = main(["--no-user-trees", *argv])
    # The checkout's location is not behaviour: two checkouts must compare equal.
    return f"{status}\n{out.getvalue()}".replace(str(ROOT), "<checkout>")


def main_snapshot() -> None:
    write = sys.stdout.write
    listing = run("list", "--json")
    write(json.dumps(["list"]) + "\t" + json.dumps(listing) + "\n")
    write(json.dumps(["schema"]) + "\t" + json.dumps(run("schema")) + "\n")
    tree_ids = [tree["id"] for tree in json.loads(listing.split("\n", 1)[1])["trees"]]
    for tree_id in tree_ids:
        paths = run("paths", tree_id, "--json")
        write(json.dumps(["paths", tree_id]) + "\t" + json.dumps(paths) + "\n")
        for path in json.loads(paths.split("\n", 1)[1])["paths"]:
            argv = ["recommend", tree_id, "--json"]
            for answer in path["answers"]:
                argv += ["--answer", answer]
            write(json.dumps(argv) + "\t" + json.dumps(run(*argv)) + "\n")


if __name__ == "__main__":
    main_snapshot()

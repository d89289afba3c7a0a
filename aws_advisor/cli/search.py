"""``aws-advisor search QUERY``: the decisions that fit a question, best first.

``cli.main.build_parser`` registers it and ``configure_search`` adds its arguments. Exit codes
follow ``cli``: 0 some decision matches; 1 none does; 2 a query with no words to search for.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from aws_advisor.cli.common import EXIT_INVALID, EXIT_OK, UsageError, catalog_for
from aws_advisor.cli.text import wrap
from aws_advisor.core.tree.search import SearchHit


def hit_data(hit: SearchHit) -> dict[str, object]:
    """One result as ``search --json`` prints it (docs/cli.md)."""
    return {
        "id": hit.tree.id,
        "title": hit.tree.title,
        "summary": hit.tree.summary,
        "score": hit.score,
        "matched": list(hit.fields),
        "terms": [
            {"query": m.term, "matched": m.word, "field": m.field, "how": m.how}
            for m in hit.matches
        ],
        "missing": list(hit.missing),
    }


def cmd_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    query = " ".join(args.query)
    catalog = catalog_for(args)
    for problem in catalog.problems:
        err.write(f"aws-advisor: tree file not loaded: {problem}\n")
    hits = catalog.search(query)
    if hits and not any(hit.matches for hit in hits):
        raise UsageError(
            f"nothing to search for in {query.strip()!r}: it has only common words such as "
            "'which' or 'the'; add what the decision is about, such as 'load balancer'"
        )
    if args.json:
        json.dump([hit_data(hit) for hit in hits], out, indent=2)
        out.write("\n")
    else:
        for hit in hits:
            out.write(f"{hit.tree.id:<32} {hit.tree.title}\n")
            out.write(wrap(hit.tree.summary, "    ") + "\n")
    if not hits:
        err.write(
            f"aws-advisor: no decision matches {query.strip()!r}; try other or fewer words, "
            "or see every decision with 'aws-advisor list'\n"
        )
        return EXIT_INVALID
    return EXIT_OK


def configure_search(p: argparse.ArgumentParser) -> None:
    """The arguments of ``aws-advisor search QUERY [--json]``."""
    p.description = (
        "Rank the decisions for a question as you would ask it, such as 'which load "
        "balancer' or 'gp2 or gp3'. Typos, abbreviations (ALB, RI, EIP) and run-together "
        "words (route53) are understood."
    )
    p.add_argument(
        "query", nargs="+", metavar="QUERY", help="words to search for (quotes optional)"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_search)

"""How fast is catalogue search, and which typo matcher should it use?

    uv run python benchmarks/search.py [--runs 5]
    uv run --with rapidfuzz python benchmarks/search.py   # adds rapidfuzz to the comparison

Prints, for the shipped catalogue:

- build: building the search index (once per catalogue);
- keystroke: every prefix of typical queries, as typed one key at a time, searched against a
  fresh index each run (so typo look-ups are not cached yet): median, p95 and worst;
- typos: for 32 misspellings of words in the trees, how many of them find the intended word
  first, and the time per word, for difflib (the standard library, what search uses) and,
  when installed, rapidfuzz, each with the same candidate filter; and both without it.

Budget: a keystroke well under 5 ms. Nothing here fails a test.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import statistics
import time
from collections.abc import Callable

from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.search import SearchIndex, search_trees
from aws_advisor.core.tree.search_index import closest_words, typo_candidates, typo_cutoff

QUERIES = [
    "which load balancer should I use",
    "laod balancer",
    "route53 routing",
    "gp2 or gp3",
    "reserved instances convertible",
    "encrypt s3 bucket",
    "how should users log in to my mobile app",
    "redis or memcached",
    "why can't I reach my instance",
    "purple elephant banana",
]

TYPOS = {
    "laod": "load",
    "balancr": "balancer",
    "memcahced": "memcached",
    "elasticahce": "elasticache",
    "aurra": "aurora",
    "dynamdb": "dynamodb",
    "cognitio": "cognito",
    "stiky": "sticky",
    "placment": "placement",
    "tenency": "tenancy",
    "hibrenate": "hibernate",
    "grafiton": "graviton",
    "securty": "security",
    "certifcate": "certificate",
    "replca": "replica",
    "strage": "storage",
    "lambada": "lambda",
    "fargaet": "fargate",
    "beanstlak": "beanstalk",
    "rotuing": "routing",
    "failvoer": "failover",
    "encyption": "encryption",
    "authorizr": "authorizer",
    "endpiont": "endpoint",
    "cloudfrnt": "cloudfront",
    "snapshto": "snapshot",
    "insatnce": "instance",
    "reseved": "reserved",
    "convertable": "convertible",
    "provisoned": "provisioned",
    "througput": "throughput",
    "olad": "load",
}

Matcher = Callable[[SearchIndex, str], str | None]


def difflib_filtered(index: SearchIndex, word: str) -> str | None:
    found = closest_words(index.by_initial, word)
    return found[0][0] if found else None


def difflib_unfiltered(index: SearchIndex, word: str) -> str | None:
    found = difflib.get_close_matches(word, index.vocabulary, n=1, cutoff=typo_cutoff(word))
    return found[0] if found else None


def rapidfuzz_matchers() -> dict[str, Matcher]:
    try:
        from rapidfuzz import fuzz, process
    except ImportError:
        return {}

    def filtered(index: SearchIndex, word: str) -> str | None:
        found = process.extractOne(
            word,
            list(typo_candidates(index.by_initial, word)),
            scorer=fuzz.ratio,
            score_cutoff=typo_cutoff(word) * 100,
        )
        return found[0] if found else None

    def unfiltered(index: SearchIndex, word: str) -> str | None:
        found = process.extractOne(
            word, index.vocabulary, scorer=fuzz.ratio, score_cutoff=typo_cutoff(word) * 100
        )
        return found[0] if found else None

    return {"rapidfuzz, filtered": filtered, "rapidfuzz, whole vocabulary": unfiltered}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    trees = list(load_catalog(shipped_tree_dir()).trees.values())

    builds = []
    for _ in range(runs):
        start = time.perf_counter()
        index = SearchIndex(trees)
        builds.append((time.perf_counter() - start) * 1000)
    print(f"trees: {len(trees)}, index words: {len(index.vocabulary):,}")
    print(f"build: median {statistics.median(builds):.1f} ms")

    keys = []
    for _ in range(runs):
        index = SearchIndex(trees)
        gc.collect()  # as after the catalogue opens, before anyone types
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                start = time.perf_counter()
                search_trees(index, query[:end])
                keys.append((time.perf_counter() - start) * 1000)
    print(
        f"keystroke ({len(keys) // runs} searches x {runs}): median "
        f"{statistics.median(keys):.2f} ms, p95 {percentile(keys, 0.95):.2f} ms, "
        f"worst {max(keys):.2f} ms"
    )

    matchers: dict[str, Matcher] = {
        "difflib, filtered (used)": difflib_filtered,
        "difflib, whole vocabulary": difflib_unfiltered,
        **rapidfuzz_matchers(),
    }
    if len(matchers) == 2:
        print("typos: rapidfuzz is not installed; run with `uv run --with rapidfuzz` to compare")
    for name, match in matchers.items():
        times, right, missed = [], 0, []
        for typo, meant in TYPOS.items():
            start = time.perf_counter()
            for _ in range(runs):
                found = match(index, typo)
            times.append((time.perf_counter() - start) * 1000 / runs)
            right += found == meant
            if found != meant:
                missed.append(f"{typo} -> {found or 'nothing'}")
        print(
            f"typos, {name}: {right} of {len(TYPOS)} right, "
            f"median {statistics.median(times):.3f} ms a word, worst {max(times):.3f} ms"
            + (f" (missed: {', '.join(missed)})" if missed else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The search index of a set of trees: every word with where it occurs, built once per
catalogue and read by ``search.search_trees`` on every keystroke.

Words are lower-cased, without punctuation and without a plural "s"; two neighbouring words
are also kept run together ("load balancer" as "loadbalancer", "route 53" as "route53").
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.core.tree.search_words import STOP_WORDS

Field = Literal["title", "keywords", "summary", "outcomes", "text"]

FIELDS: tuple[Field, ...] = ("title", "keywords", "summary", "outcomes", "text")
"""Where a word can match, best first."""
WEIGHTS = (10.0, 7.0, 5.0, 4.0, 1.0)
SPAN = 1 << 20
"""Positions of words in field k of a tree start at k * SPAN: ``position // SPAN`` is the
field, and a word's first position in a tree is its best field there."""
_GAP = 4  # between two texts of one field, so no phrase runs from one into the next
_WORD = re.compile(r"[^\W_]+")
_CONTRACTIONS = (  # "can't" -> cannot, "isn't" -> is not, "app's" -> app
    (re.compile(r"\b(can)['’]t\b"), r"\1not"),
    (re.compile(r"n['’]t\b"), " not"),
    (re.compile(r"['’](s|re|ve|ll|d|m)\b"), ""),
)

# Typos: difflib's ratio against the index's words of similar length that share the first
# letter (or swap the first two). Measured with benchmarks/search.py on the shipped catalogue
# (33 trees, 5,474 index words, 32 misspellings): difflib found the meant word first for 31,
# in 0.29 ms a word (4.6 ms without the filter); rapidfuzz 3's ratio with the same filter for
# 30, in 0.05 ms (0.32 ms without it). Both are far inside a keystroke's budget, a word is
# looked up once per index, and the app needs no extra dependency: difflib it is.


def normalise(text: str) -> list[str]:
    """Lower-case words of ``text``, punctuation dropped (``"SSE-KMS"`` -> sse, kms)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return _WORD.findall(text)


def stem(word: str) -> str:
    """The word without a plural ending: policies -> policy, balancers -> balancer."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("xes", "shes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def joins(first: str, second: str) -> bool:
    """Whether two neighbouring words are also indexed run together: "load balancer",
    "route 53" and "raid 0", but not "a load" or the "M family" that would make "mfa" a
    start of "mfamily"."""
    if first in STOP_WORDS or second in STOP_WORDS or len(first) < 2:
        return False
    return len(second) >= 2 or second.isdigit()


def stems(text: str) -> list[str]:
    """The words of ``text`` as the index keeps them."""
    return [stem(w) for w in normalise(text)]


def tree_texts(tree: DecisionTree) -> Iterator[tuple[int, str]]:
    """Every searchable text of a tree with the number of its field in ``FIELDS``."""
    yield 0, tree.title
    for keyword in tree.keywords:
        yield 1, keyword
    yield 2, tree.summary
    for outcome in tree.outcomes:
        yield 3, outcome.title
    yield 4, tree.category
    for question in tree.questions:
        yield 4, question.prompt
        for option in question.options:
            yield 4, option.label
            yield 4, option.detail
    for outcome in tree.outcomes:
        yield 4, outcome.summary


def _frozen(table: dict[str, dict[int, list[int]]]) -> dict[str, dict[int, tuple[int, ...]]]:
    return {word: {n: tuple(p) for n, p in where.items()} for word, where in table.items()}


class SearchIndex:
    """Every word of a set of trees with where it occurs, built once and searched per
    keystroke. Word positions encode the field (``position // SPAN``), so the first
    position of a word in a tree is its best field there."""

    def __init__(self, trees: Iterable[DecisionTree]) -> None:
        self.trees = tuple(trees)
        words: dict[str, dict[int, list[int]]] = {}
        pairs: dict[str, dict[int, list[int]]] = {}
        self.first_of_pair: dict[str, int] = {}  # how long the first of the two words is
        self.title_words: list[frozenset[str]] = []
        for number, tree in enumerate(self.trees):
            ends = [k * SPAN for k in range(len(FIELDS))]
            for field_no, text in tree_texts(tree):
                found = stems(text)
                at = ends[field_no]
                for i, word in enumerate(found):
                    words.setdefault(word, {}).setdefault(number, []).append(at + i)
                    if i and joins(found[i - 1], word):
                        joined = found[i - 1] + word
                        pairs.setdefault(joined, {}).setdefault(number, []).append(at + i - 1)
                        first = self.first_of_pair.get(joined, len(found[i - 1]))
                        self.first_of_pair[joined] = min(first, len(found[i - 1]))
                ends[field_no] = at + len(found) + _GAP
            self.title_words.append(frozenset(stems(tree.title)) - STOP_WORDS)
        # word -> tree number -> sorted positions; two words run together ("loadbalancer")
        # sit at the first word's position in ``pairs``. Tuples of ints, which the garbage
        # collector soon stops scanning: lists would make a full collection take milliseconds.
        self.words = _frozen(words)
        self.pairs = _frozen(pairs)
        self.vocabulary = sorted(self.words.keys() | self.pairs.keys())
        self.by_initial: dict[str, list[str]] = {}
        for word in self.vocabulary:
            self.by_initial.setdefault(word[0], []).append(word)
        self._typos: dict[str, list[tuple[str, float]]] = {}

    def covers(self, trees: Iterable[DecisionTree]) -> bool:
        """True when the index was built from exactly these tree objects."""
        given = tuple(trees)
        return len(given) == len(self.trees) and all(
            a is b for a, b in zip(given, self.trees, strict=True)
        )

    def occurrences(self, word: str) -> dict[int, list[tuple[int, int]]]:
        """Tree number -> (position, length in words) for a word or two run together."""
        found: dict[int, list[tuple[int, int]]] = {}
        for table, length in ((self.words, 1), (self.pairs, 2)):
            for number, positions in table.get(word, {}).items():
                found.setdefault(number, []).extend((p, length) for p in positions)
        return found

    def phrase(self, words: tuple[str, ...]) -> dict[int, list[tuple[int, int]]]:
        """Tree number -> (position, length) where the words stand one after another."""
        if len(words) == 1:
            return self.occurrences(words[0])
        tables = [self.words.get(w, {}) for w in words]
        found: dict[int, list[tuple[int, int]]] = {}
        for number in set.intersection(*(set(t) for t in tables)):
            later = [set(t[number]) for t in tables[1:]]
            starts = [
                p for p in tables[0][number] if all(p + k in s for k, s in enumerate(later, 1))
            ]
            if starts:
                found[number] = [(p, len(words)) for p in starts]
        return found

    def starting_with(self, start: str) -> Iterator[str]:
        """Words of the index that begin with ``start`` and are longer than it. Two words run
        together count only when ``start`` reaches into the second ("loadbal" for "load
        balancer"; "load" is the first word itself)."""
        i = bisect_left(self.vocabulary, start)
        while i < len(self.vocabulary) and self.vocabulary[i].startswith(start):
            word = self.vocabulary[i]
            if word != start and (word in self.words or len(start) > self.first_of_pair[word]):
                yield word
            i += 1

    def typos(self, word: str) -> list[tuple[str, float]]:
        """Index words ``word`` is probably a misspelling of, most alike first; looked up
        once per word and index."""
        if word not in self._typos:
            self._typos[word] = closest_words(self.by_initial, word)[:3]
        return self._typos[word]


def closest_words(by_initial: Mapping[str, Sequence[str]], word: str) -> list[tuple[str, float]]:
    """Words alike enough to ``word`` to be what was meant, with difflib's ratio, most alike
    first; of equally alike words, one with the same letters (a swap: "laod", "load") first."""
    cutoff = typo_cutoff(word)
    letters = sorted(word)
    found = []
    matcher = difflib.SequenceMatcher(b=word, autojunk=False)
    for candidate in typo_candidates(by_initial, word):
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
            continue
        ratio = matcher.ratio()
        if ratio >= cutoff:
            found.append((candidate, ratio))
    found.sort(key=lambda c: (-c[1], sorted(c[0]) != letters, c[0]))
    return found


def typo_cutoff(word: str) -> float:
    """How alike a misspelling must be: one slip in a short word, a little more in a longer
    one ("laod" is 0.75 like "load", "tenency" 0.86 like "tenancy"; "purple" is only 0.77 like
    "purpose" and "secure" 0.8 like "sure")."""
    return 0.75 if len(word) <= 5 else 0.85


def typo_candidates(by_initial: Mapping[str, Sequence[str]], word: str) -> Iterator[str]:
    """Words worth comparing with ``word``, from words grouped by their first letter: of
    similar length, and starting with its first letter or with its first two swapped ("olad"
    for "load")."""
    swapped = word[1::-1]
    for candidate in by_initial.get(word[0], ()):
        if abs(len(candidate) - len(word)) <= 2:
            yield candidate
    if len(word) > 1 and word[1] != word[0]:
        for candidate in by_initial.get(word[1], ()):
            if abs(len(candidate) - len(word)) <= 2 and candidate[:2] == swapped:
                yield candidate

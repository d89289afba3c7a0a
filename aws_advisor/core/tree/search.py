"""Catalogue search that reads a query the way people ask: "which load balancer", "route53",
"laod balancer", "gp2 or gp3".

``search_trees(index, query)`` ranks the trees of a ``SearchIndex`` (built once per catalogue)
and says where each matched. Filler words ("which", "should I use") are skipped; a tree is
found when the other words match it (a longer question may miss one word in three), and it
ranks by where they matched: the title counts most, then the keywords, the summary, the
outcomes' titles, and last the questions, answers and outcome summaries.

A query word matches a tree's word when, after lower-casing and dropping a plural "s", it is
the same word, a synonym or abbreviation (``search_words.SYNONYMS``), the start of a word
(the word still being typed, or "encrypt" for "encryption"), two words run together
("loadbalancer", "route53") or split ("dynamo db"), or, for a word found nowhere, a close
misspelling ("laod").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.core.tree.search_index import (
    FIELDS,
    SPAN,
    WEIGHTS,
    Field,
    SearchIndex,
    normalise,
    stem,
    stems,
)
from aws_advisor.core.tree.search_words import STOP_WORDS, SYNONYMS

__all__ = ["SearchHit", "SearchIndex", "TermMatch", "search_trees"]

How = Literal["word", "synonym", "prefix", "typo"]
QUALITY: dict[How, float] = {"word": 1.0, "synonym": 0.9, "prefix": 0.75, "typo": 0.7}

MAX_TERMS = 12
"""Words of a query beyond this are ignored: a pasted paragraph stays fast."""
_ROOT_ENDINGS = ("ations", "ation", "ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "e", "y")
_MIN_TYPO_LENGTH = 4


@dataclass(frozen=True)
class TermMatch:
    """How one word of the query matched a tree: what it matched, where, and how."""

    term: str
    word: str
    field: Field
    how: How


@dataclass(frozen=True)
class SearchHit:
    """A tree that fits the query, how well, what of the query it matched and what not."""

    tree: DecisionTree
    score: float
    matches: tuple[TermMatch, ...]
    missing: tuple[str, ...]

    @property
    def fields(self) -> tuple[Field, ...]:
        """The fields the query matched, best first."""
        found = {m.field for m in self.matches}
        return tuple(f for f in FIELDS if f in found)


def _root(word: str) -> str:
    """A shorter start to look words up by: encryption -> encrypt, scaling and scale -> scal."""
    for ending in _ROOT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


_SYNONYM_GROUPS: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = {}
for _group in SYNONYMS:
    _phrases = frozenset(tuple(stems(p)) for p in _group)
    for _phrase in _phrases:
        _SYNONYM_GROUPS[_phrase] = _SYNONYM_GROUPS.get(_phrase, frozenset()) | _phrases
_LONGEST_SYNONYM = max(len(p) for p in _SYNONYM_GROUPS)


@dataclass(frozen=True)
class _Term:
    """One meaningful word or phrase of the query, with what it may match."""

    typed: str
    phrases: tuple[tuple[tuple[str, ...], How], ...]
    word: str | None  # a single typed word, looked up by its start and for typos too
    typing: bool  # the last word with no space after it: the user may still be typing it


def _terms(index: SearchIndex, query: str) -> list[_Term]:
    raw = normalise(query)[: MAX_TERMS * 3]
    stems = [stem(w) for w in raw]
    typing = bool(query) and not query[-1].isspace()
    terms: list[_Term] = []
    i = 0
    while i < len(stems) and len(terms) < MAX_TERMS:
        key: tuple[str, ...] = (stems[i],)
        n = 1
        if i + 1 < len(stems) and stems[i] + stems[i + 1] in index.words:
            n, key = 2, (stems[i] + stems[i + 1],)  # "dynamo db", "cloud front"
        else:
            for size in range(min(_LONGEST_SYNONYM, len(stems) - i), 1, -1):
                if tuple(stems[i : i + size]) in _SYNONYM_GROUPS:
                    n, key = size, tuple(stems[i : i + size])
                    break
        group = _SYNONYM_GROUPS.get(key, frozenset())
        if n == 1 and not group and (raw[i] in STOP_WORDS or key[0] in STOP_WORDS):
            i += 1
            continue
        phrases: tuple[tuple[tuple[str, ...], How], ...] = (
            (key, "word"),
            *((p, "synonym") for p in sorted(group) if p != key),
        )
        last = i + n == len(stems)
        terms.append(
            _Term(" ".join(raw[i : i + n]), phrases, key[0] if n == 1 else None, typing and last)
        )
        i += n
    return terms


Spots = list[tuple[int, int]]
Found = dict[int, tuple[float, TermMatch, Spots]]
"""Tree number -> (score, what matched, every (position, length) it matched at)."""


def _match(index: SearchIndex, term: _Term) -> Found:
    found: Found = {}

    def add(hits: dict[int, list[tuple[int, int]]], word: str, how: How, quality: float) -> None:
        for number, spots in hits.items():
            best = min(spots)[0]
            score = WEIGHTS[best // SPAN] * quality
            field = FIELDS[best // SPAN]
            if number not in found:
                found[number] = (score, TermMatch(term.typed, word, field, how), list(spots))
                continue
            old_score, _, old_spots = found[number]
            old_spots.extend(spots)
            if score > old_score:
                found[number] = (score, TermMatch(term.typed, word, field, how), old_spots)

    for phrase, how in term.phrases:
        add(index.phrase(phrase), " ".join(phrase), how, QUALITY[how])
    word = term.word
    if word is None:
        return found
    starts = {_root(word)} if len(_root(word)) >= _MIN_TYPO_LENGTH else set()
    if term.typing and len(word) >= 2:
        starts.add(word)
    for start in starts:
        for n, longer in enumerate(index.starting_with(start)):
            if n == 200:
                break
            add(index.occurrences(longer), longer, "prefix", QUALITY["prefix"])
    if not found and len(word) >= _MIN_TYPO_LENGTH:
        for candidate, ratio in index.typos(word):
            add(index.occurrences(candidate), candidate, "typo", QUALITY["typo"] * ratio)
    return found


def search_trees(index: SearchIndex, query: str) -> list[SearchHit]:
    """The trees that match the meaningful words of ``query``, best first.

    A tree must match every word of a short query. Of three words or more it may miss one in
    three, ranking lower for it, so one unusual word does not hide the decision the rest
    describe; a word that matches no tree at all ("zzzz") is left out the same way, as long as
    most words match something. A query of only filler words ("which", "should I") or none at
    all filters nothing: every tree comes back in catalogue order, with score 0.
    """
    terms = _terms(index, query)
    if not terms:
        return [SearchHit(tree, 0.0, (), ()) for tree in index.trees]
    matched = [_match(index, term) for term in terms]
    known = [(t, m) for t, m in zip(terms, matched, strict=True) if m]
    if not known or len(known) * 2 <= len(terms):
        return []
    total = len(index.trees)
    rarity = {id(m): 1 + 0.75 * math.log(total / len(m)) for _, m in known}
    allowed = len(known) // 3
    candidates: set[int] = set().union(*(m.keys() for _, m in known))
    hits = []
    for number in candidates:
        here = [m for _, m in known if number in m]
        if len(known) - len(here) > allowed:
            continue
        score = _score(index, number, [(rarity[id(m)], m[number]) for m in here])
        coverage = sum(rarity[id(m)] for m in here) / sum(rarity[id(m)] for _, m in known)
        score *= coverage * coverage
        missing = tuple(t.typed for t, m in zip(terms, matched, strict=True) if number not in m)
        found = tuple(m[number][1] for m in here)
        hits.append(
            (-score, number, SearchHit(index.trees[number], round(score, 2), found, missing))
        )
    return [hit for _, _, hit in sorted(hits, key=lambda h: (h[0], h[1]))]


def _score(
    index: SearchIndex, number: int, matched: list[tuple[float, tuple[float, TermMatch, Spots]]]
) -> float:
    """How well the query words a tree matched describe it: each word by its best field and
    rarity, more for a word the tree keeps coming back to, for words standing together as
    typed, for all words in one field, and for covering most of a short title."""
    score = 0.0
    for rarity, (best, _, spots) in matched:
        fields = {p // SPAN for p, _ in spots}
        score += rarity * best + 0.5 * math.log1p(len(spots))
        score += 0.25 * (sum(WEIGHTS[f] for f in fields) - WEIGHTS[min(fields)])
    for (_, (_, _, before)), (_, (_, _, after)) in pairwise(matched):
        next_starts = {p for p, _ in after}
        joined = [p for p, n in before if p + n in next_starts]
        if joined:  # "load balancer", as typed
            score += 0.5 * WEIGHTS[min(joined) // SPAN]
    shared = set.intersection(*({p // SPAN for p, _ in m[2]} for _, m in matched))
    if shared and len(matched) > 1:  # every word in one field, as in one sentence
        score += 0.5 * WEIGHTS[min(shared)] * (len(matched) - 1)
    in_title = {p + k for _, m in matched for p, n in m[2] if p < SPAN for k in range(n)}
    title_size = max(1, len(index.title_words[number]))
    return score + 2.0 * min(1.0, len(in_title) / title_size)  # "load" fits a short title

"""The headings of the trees (id, title, category, summary, version, date) for
``aws-advisor list``, read without building the trees themselves.

Each heading comes from the tree cache when the file's bytes were validated before, and
from a full load and validation otherwise, so the list shows exactly the trees, origins and
problems ``catalog.load_catalog`` would (both go through ``gather``); it is only faster.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from aws_advisor.core.errors import Problem
from aws_advisor.core.tree.gather import Origin, by_category, gather, tree_sources

if TYPE_CHECKING:
    from aws_advisor.core.tree.model import DecisionTree


class IdPlace(NamedTuple):
    """Where a heading's id is written: an ``errors.Place`` without importing the model."""

    file: str
    line: int
    col: int


class TreeHeading(NamedTuple):
    """What a list of trees shows of one, and where its ``id`` is written."""

    id: str
    title: str
    category: str
    summary: str
    version: str
    as_of: str  # ISO date
    file: str
    id_line: int
    id_col: int

    def where(self, key: str = "") -> IdPlace:
        """Where the tree's id is written: the one place a heading keeps, whatever ``key``."""
        return IdPlace(self.file, self.id_line, self.id_col)

    @classmethod
    def of(cls, tree: DecisionTree) -> TreeHeading:
        pos = tree.where("id")
        return cls(
            tree.id,
            tree.title,
            tree.category,
            tree.summary,
            tree.version,
            tree.as_of.isoformat(),
            tree.file,
            pos.line,
            pos.col,
        )


@dataclass
class Listing:
    """Tree headings by id in load order, where each came from, and what failed to load."""

    trees: dict[str, TreeHeading] = field(default_factory=dict)
    origins: dict[str, Origin] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def by_category(self) -> dict[str, list[TreeHeading]]:
        """Headings grouped by category; categories and trees sorted by name."""
        return by_category(self.trees.values())


class HeadingSource(Protocol):
    """Where headings come from: ``cache.TreeCache``."""

    def heading(self, path: Path, *, check_graph: bool = True) -> TreeHeading: ...


def load_listing(
    shipped_dir: Path | None, user_dirs: Sequence[Path] = (), *, cache: HeadingSource
) -> Listing:
    """The headings of every tree that loads, and the problems of those that do not."""
    trees, origins, problems = gather(
        tree_sources(shipped_dir, user_dirs),
        lambda path, check: cache.heading(path, check_graph=check),
    )
    return Listing(trees, origins, problems)

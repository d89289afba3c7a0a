"""All trees the app knows: the shipped ones and the user's own."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from aws_advisor.core.errors import Problem, UnknownTreeError
from aws_advisor.core.tree.cache import TreeCache
from aws_advisor.core.tree.files import iter_yaml_files
from aws_advisor.core.tree.gather import Origin, by_category, gather, tree_sources
from aws_advisor.core.tree.model import DecisionTree

if TYPE_CHECKING:  # the search modules are imported on the first search (start-up time)
    from aws_advisor.core.tree.search import SearchHit, SearchIndex


@dataclass
class Catalog:
    """Trees by id in load order, where each came from, and what failed to load."""

    trees: dict[str, DecisionTree] = field(default_factory=dict)
    origins: dict[str, Origin] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    _search_index: SearchIndex | None = field(default=None, repr=False, compare=False)

    def get(self, tree_id: str) -> DecisionTree:
        """The tree with this id.

        Raises:
            UnknownTreeError: naming the known ids.
        """
        try:
            return self.trees[tree_id]
        except KeyError:
            known = ", ".join(sorted(self.trees)) or "none"
            raise UnknownTreeError(f"no tree with id {tree_id!r}; known trees: {known}") from None

    def by_category(self) -> dict[str, list[DecisionTree]]:
        """Trees grouped by category; categories and trees sorted by name."""
        return by_category(self.trees.values())

    @property
    def search_index(self) -> SearchIndex:
        """The search index of the trees, built on first use and again after they change."""
        from aws_advisor.core.tree.search import SearchIndex

        if self._search_index is None or not self._search_index.covers(self.trees.values()):
            self._search_index = SearchIndex(self.trees.values())
        return self._search_index

    def search(self, text: str) -> list[SearchHit]:
        """Trees ranked for a query as people type it; see ``search.search_trees``."""
        from aws_advisor.core.tree.search import search_trees

        return search_trees(self.search_index, text)


def tree_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their tree files; files are kept as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(iter_yaml_files(path))
        else:
            found.append(path)
    return found


def load_catalog(
    shipped_dir: Path | None,
    user_dirs: Sequence[Path] = (),
    *,
    check_shipped: bool = True,
    cache: TreeCache | None = None,
) -> Catalog:
    """Load every tree; a broken file is recorded in ``problems`` and the rest still load.

    A user tree whose id is already taken (by a shipped tree or an earlier user file) is
    reported, never silently preferred (``gather``). With a ``cache``, unchanged files are
    not parsed again.
    """
    load: Callable[..., DecisionTree]
    if cache is not None:
        load = cache.load
    else:
        from aws_advisor.core.tree.loader import load_tree

        load = load_tree
    trees, origins, problems = gather(
        tree_sources(shipped_dir, user_dirs),
        lambda path, check: load(path, check_graph=check),
        check_shipped=check_shipped,
    )
    return Catalog(trees, origins, problems)

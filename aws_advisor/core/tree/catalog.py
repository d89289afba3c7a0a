"""All trees the app knows: the shipped ones and the user's own."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from aws_advisor.core.errors import DataFileError, Problem, UnknownTreeError
from aws_advisor.core.tree.cache import TreeCache
from aws_advisor.core.tree.files import iter_yaml_files
from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.core.tree.search import SearchHit, SearchIndex, search_trees

Origin = Literal["shipped", "user"]


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
        groups: dict[str, list[DecisionTree]] = {}
        for tree in sorted(self.trees.values(), key=lambda t: (t.category, t.title)):
            groups.setdefault(tree.category, []).append(tree)
        return groups

    @property
    def search_index(self) -> SearchIndex:
        """The search index of the trees, built on first use and again after they change."""
        if self._search_index is None or not self._search_index.covers(self.trees.values()):
            self._search_index = SearchIndex(self.trees.values())
        return self._search_index

    def search(self, text: str) -> list[SearchHit]:
        """Trees ranked for a query as people type it; see ``search.search_trees``."""
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
    reported, never silently preferred. With a ``cache``, unchanged files are not parsed again.
    """
    load: Callable[..., DecisionTree]
    if cache is not None:
        load = cache.load
    else:
        from aws_advisor.core.tree.loader import load_tree

        load = load_tree
    catalog = Catalog()
    sources: list[tuple[Path, Origin]] = []
    if shipped_dir is not None and shipped_dir.is_dir():
        sources += [(p, "shipped") for p in iter_yaml_files(shipped_dir)]
    for folder in user_dirs:
        if folder.is_dir():
            sources += [(p, "user") for p in iter_yaml_files(folder)]
        elif folder.exists():
            sources.append((folder, "user"))
    for path, origin in sources:
        try:
            tree = load(path, check_graph=check_shipped or origin == "user")
        except DataFileError as exc:
            catalog.problems.extend(exc.problems)
            continue
        if tree.id in catalog.trees:
            pos = tree.where("id")
            first = catalog.trees[tree.id].file
            catalog.problems.append(
                Problem(
                    pos.file,
                    pos.line,
                    pos.col,
                    f"tree id {tree.id!r} is already used by {first}; this file is ignored "
                    "until it gets an id of its own",
                )
            )
            continue
        catalog.trees[tree.id] = tree
        catalog.origins[tree.id] = origin
    return catalog

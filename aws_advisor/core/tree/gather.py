"""Putting the trees of the shipped folder and the user's folders together by id.

Shared by the catalogue of whole trees (``catalog.load_catalog``) and the list of their
headings (``listing.load_listing``), so both report the same problems in the same order: a
file that does not load, and a user tree whose id is already taken (by a shipped tree or an
earlier user file), which is reported and never silently preferred.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Literal, Protocol, TypeVar

from aws_advisor.core.errors import DataFileError, Place, Problem
from aws_advisor.core.gc_pause import collector_paused
from aws_advisor.core.tree.files import iter_yaml_files

Origin = Literal["shipped", "user"]


class Identified(Protocol):
    """A loaded tree, or its heading: its id, its file and where in the file a key is."""

    @property
    def id(self) -> str: ...
    @property
    def file(self) -> str: ...
    def where(self, key: str = "") -> Place: ...


T = TypeVar("T", bound=Identified)


class Headed(Protocol):
    @property
    def category(self) -> str: ...
    @property
    def title(self) -> str: ...


H = TypeVar("H", bound=Headed)


def by_category(trees: Iterable[H]) -> dict[str, list[H]]:
    """Trees (or their headings) grouped by category; categories and trees sorted by name,
    the one order the catalogue and ``list`` show."""
    groups: dict[str, list[H]] = {}
    for tree in sorted(trees, key=lambda t: (t.category, t.title)):
        groups.setdefault(tree.category, []).append(tree)
    return groups


def tree_sources(shipped_dir: Path | None, user_dirs: Sequence[Path]) -> list[tuple[Path, Origin]]:
    """Every tree file in load order: the shipped ones, then each user folder's."""
    sources: list[tuple[Path, Origin]] = []
    if shipped_dir is not None and shipped_dir.is_dir():
        sources += [(p, "shipped") for p in iter_yaml_files(shipped_dir)]
    for folder in user_dirs:
        if folder.is_dir():
            sources += [(p, "user") for p in iter_yaml_files(folder)]
        elif folder.exists():
            sources.append((folder, "user"))
    return sources


def gather(
    sources: Sequence[tuple[Path, Origin]],
    load: Callable[[Path, bool], T],
    *,
    check_shipped: bool = True,
) -> tuple[dict[str, T], dict[str, Origin], list[Problem]]:
    """Load each source (``load(path, check_graph)``); the trees by id, their origins and
    the problems, a broken file or a taken id each recorded while the rest still load."""
    with collector_paused():  # tens of thousands of objects and no garbage cycles
        return _gather(sources, load, check_shipped=check_shipped)


def _gather(
    sources: Sequence[tuple[Path, Origin]],
    load: Callable[[Path, bool], T],
    *,
    check_shipped: bool,
) -> tuple[dict[str, T], dict[str, Origin], list[Problem]]:
    trees: dict[str, T] = {}
    origins: dict[str, Origin] = {}
    problems: list[Problem] = []
    for path, origin in sources:
        try:
            tree = load(path, check_shipped or origin == "user")
        except DataFileError as exc:
            problems.extend(exc.problems)
            continue
        if tree.id in trees:
            pos = tree.where("id")
            problems.append(
                Problem(
                    pos.file,
                    pos.line,
                    pos.col,
                    f"tree id {tree.id!r} is already used by {trees[tree.id].file}; this file "
                    "is ignored until it gets an id of its own",
                )
            )
            continue
        trees[tree.id] = tree
        origins[tree.id] = origin
    return trees, origins, problems

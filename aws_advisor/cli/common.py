"""What the CLI's commands share: exit codes, the usage error, the common options, the
catalog and tree a command works on, and ``--answer`` parsing."""

from __future__ import annotations

import argparse
import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from aws_advisor.core.errors import AdvisorError, UnknownTreeError
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.text_safety import clean, first_forbidden

if TYPE_CHECKING:  # imported by the commands that load whole trees (``list`` needs none)
    from aws_advisor.core.tree.cache import TreeCache
    from aws_advisor.core.tree.catalog import Catalog
    from aws_advisor.core.tree.listing import Listing
    from aws_advisor.core.tree.model import DecisionTree

WORKSHOP_SUFFIX = ".awsadvisor"
EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70


class UsageError(AdvisorError):
    """The command line itself is wrong (exit code 2)."""


def user_dirs(args: argparse.Namespace) -> list[Path]:
    dirs = [Path(d) for d in (args.trees or [])]
    for folder in dirs:
        if not folder.is_dir():
            what = "is not a folder" if folder.exists() else "does not exist"
            raise UsageError(f"--trees {folder}: the folder {what}")
    if not args.no_user_trees:
        from aws_advisor.core.paths import user_tree_dir

        dirs.insert(0, user_tree_dir())
    return dirs


def catalog_for(args: argparse.Namespace, *, cached: bool = True) -> Catalog:
    """Every tree, fully validated; files unchanged since an earlier check come from the
    cache of validated trees (``cached=False`` parses and checks everything again)."""
    from aws_advisor.core.tree.catalog import load_catalog

    return load_catalog(shipped_tree_dir(), user_dirs(args), cache=tree_cache() if cached else None)


def listing_for(args: argparse.Namespace) -> Listing:
    """The headings of every tree, as ``catalog_for`` would load them, without building
    the trees from the cache (``aws-advisor list``)."""
    from aws_advisor.core.tree.listing import load_listing

    return load_listing(shipped_tree_dir(), user_dirs(args), cache=tree_cache())


def tree_cache() -> TreeCache:
    from aws_advisor.core.paths import cache_dir
    from aws_advisor.core.tree.cache import TreeCache

    return TreeCache(cache_dir() / "trees")


def tree_for(args: argparse.Namespace, out: TextIO) -> DecisionTree:
    catalog = catalog_for(args)
    try:
        return catalog.get(args.tree_id)
    except UnknownTreeError as exc:
        if catalog.problems:
            out.write("Some tree files could not be loaded:\n")
            out.writelines(f"  {p}\n" for p in catalog.problems)
        raise UsageError(str(exc)) from None


def parse_answers(items: Sequence[str] | None) -> dict[str, str]:
    """``--answer QUESTION_ID=OPTION_ID`` values as question id to option id."""
    given: dict[str, str] = {}
    for item in items or []:
        question_id, sep, option_id = item.partition("=")
        if not sep or not question_id or not option_id:
            raise UsageError(f"--answer {item!r}: expected QUESTION_ID=OPTION_ID")
        if question_id in given:
            raise UsageError(f"--answer: question {question_id!r} is answered twice")
        given[question_id] = option_id
    return given


def common_options() -> argparse.ArgumentParser:
    """The parent parser of every command: which tree folders to load."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--trees",
        action="append",
        metavar="DIR",
        help="also load trees from this folder (repeatable)",
    )
    common.add_argument(
        "--no-user-trees",
        action="store_true",
        help="ignore the user tree folder in the app-data location",
    )
    return common


class CleanWriter(io.TextIOBase):
    """A text stream that passes everything on to ``target`` without the control
    characters ``core.text_safety`` forbids: the second line of defence after loading, so
    no tree or workshop text can clear, recolour or retitle the user's terminal."""

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self.target = target

    def write(self, text: str) -> int:
        self.target.write(clean(text) if first_forbidden(text) is not None else text)
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def isatty(self) -> bool:
        return self.target.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", "utf-8") or "utf-8"

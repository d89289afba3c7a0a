"""The cache of validated trees: same trees out, and a changed file is never served stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from aws_advisor.core.errors import DataFileError
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.cache import TreeCache
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.loader import load_tree
from tests.helpers.trees import BASE


def test_cached_trees_equal_freshly_loaded_ones(tmp_path: Path) -> None:
    first = load_catalog(shipped_tree_dir(), cache=TreeCache(tmp_path))
    cache = TreeCache(tmp_path)
    second = load_catalog(shipped_tree_dir(), cache=cache)
    assert cache.hits == len(second.trees) and cache.misses == 0
    assert list(second.trees) == list(first.trees)
    for tree in second.trees.values():
        fresh = load_tree(tree.file)
        assert tree == fresh
        assert tree.content_hash == fresh.content_hash and tree.file == fresh.file


def test_a_changed_file_is_loaded_again(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(BASE, encoding="utf-8")
    cache = TreeCache(tmp_path / "cache")
    assert cache.load(path).title == "Sample decision"
    path.write_text(BASE.replace("Sample decision", "Renamed decision"), encoding="utf-8")
    assert cache.load(path).title == "Renamed decision"
    assert cache.misses == 2
    path.write_text(BASE.replace("start: shared", "start: nowhere"), encoding="utf-8")
    with pytest.raises(DataFileError):
        cache.load(path)


def test_entry_without_graph_checks_does_not_serve_a_full_check(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(
        BASE.replace("        next: block_fast", "        next: shared"), encoding="utf-8"
    )
    cache = TreeCache(tmp_path / "cache")
    cache.load(path, check_graph=False)  # structurally fine, but it has a cycle
    with pytest.raises(DataFileError, match="closes a cycle"):
        cache.load(path, check_graph=True)


def test_a_damaged_cache_entry_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(BASE, encoding="utf-8")
    folder = tmp_path / "cache"
    TreeCache(folder).load(path)
    for entry in folder.glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    cache = TreeCache(folder)
    assert cache.load(path).id == "sample"
    assert cache.misses == 1


def test_a_cached_tree_still_knows_where_its_id_is(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(BASE, encoding="utf-8")
    TreeCache(tmp_path / "cache").load(path)
    cached = TreeCache(tmp_path / "cache")
    tree = cached.load(path)
    assert cached.hits == 1
    assert tree.where("id") == load_tree(path).where("id")

"""The tree list (``aws-advisor list``): the same trees, origins and problems as the full
catalogue, whether the cache is cold, warm or damaged; a changed file is never listed stale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.cache import TreeCache
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.listing import Listing, TreeHeading, load_listing
from tests.helpers.trees import BASE


def user_folder(tmp_path: Path) -> Path:
    """A user folder with a good tree, a broken one, and one reusing the good one's id."""
    folder = tmp_path / "user"
    folder.mkdir()
    (folder / "a_sample.yaml").write_text(BASE, encoding="utf-8")
    (folder / "b_broken.yaml").write_text(BASE.replace("start: shared", "start: nowhere"))
    (folder / "c_copy.yaml").write_text(BASE.replace("Sample decision", "Copy"), encoding="utf-8")
    return folder


def as_catalogue_shows(listing: Listing) -> tuple[object, ...]:
    return (list(listing.trees.values()), listing.origins, [str(p) for p in listing.problems])


def catalogue_view(tmp_path: Path, folder: Path) -> tuple[object, ...]:
    catalog = load_catalog(shipped_tree_dir(), [folder])
    heads = [TreeHeading.of(t) for t in catalog.trees.values()]
    return (heads, catalog.origins, [str(p) for p in catalog.problems])


@pytest.mark.parametrize("warm", [False, True])
def test_the_list_shows_what_the_catalogue_loads(tmp_path: Path, warm: bool) -> None:
    folder = user_folder(tmp_path)
    cache = TreeCache(tmp_path / "cache")
    if warm:
        load_listing(shipped_tree_dir(), [folder], cache=cache)
        cache = TreeCache(tmp_path / "cache")
    listing = load_listing(shipped_tree_dir(), [folder], cache=cache)
    assert as_catalogue_shows(listing) == catalogue_view(tmp_path, folder)
    assert any("already used" in str(p) for p in listing.problems)
    assert any("nowhere" in str(p) for p in listing.problems)
    if warm:  # every valid file from its heading; the broken one is checked again
        assert cache.misses == 1 and cache.hits == len(listing.trees) + 1


def test_a_changed_file_is_listed_as_it_is_now(tmp_path: Path) -> None:
    path = tmp_path / "user" / "t.yaml"
    path.parent.mkdir()
    path.write_text(BASE, encoding="utf-8")
    cache = TreeCache(tmp_path / "cache")
    assert load_listing(None, [path.parent], cache=cache).trees["sample"].title == "Sample decision"
    path.write_text(BASE.replace("Sample decision", "Renamed decision"), encoding="utf-8")
    listing = load_listing(None, [path.parent], cache=TreeCache(tmp_path / "cache"))
    assert listing.trees["sample"].title == "Renamed decision"


def test_a_damaged_heading_entry_is_ignored(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    load_listing(None, [folder], cache=TreeCache(tmp_path / "cache"))
    for entry in (tmp_path / "cache").glob("*.heading.json"):
        entry.write_text('{"checked_graph": true, "heading": [1]}', encoding="utf-8")
    listing = load_listing(None, [folder], cache=TreeCache(tmp_path / "cache"))
    assert listing.trees["sample"].title == "Sample decision"
    assert listing.trees["sample"].where("id") == (str(folder / "a_sample.yaml"), 1, 5)


def test_list_loads_no_whole_tree_when_the_cache_is_warm(tmp_path: Path) -> None:
    """Start-up time: ``list`` from a warm cache imports neither the model nor YAML."""
    probe = (
        "import sys\n"
        "from aws_advisor.cli.main import main\n"
        "main(['list', '--no-user-trees'])\n"
        "print(sorted(m for m in ('aws_advisor.core.tree.model', 'yaml') if m in sys.modules))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [
        subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
        for _ in range(2)
    ]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr
    cold, warm = (r.stdout.strip().splitlines()[-1] for r in runs)
    assert cold == "['aws_advisor.core.tree.model', 'yaml']"  # the first run validates
    assert warm == "[]"


def test_a_missing_heading_entry_is_written_again(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    load_listing(None, [folder], cache=TreeCache(tmp_path / "cache"))
    for entry in (tmp_path / "cache").glob("*.heading.json"):
        entry.unlink()
    load_listing(None, [folder], cache=TreeCache(tmp_path / "cache"))  # whole trees, cached
    cache = TreeCache(tmp_path / "cache")
    load_listing(None, [folder], cache=cache)
    assert list((tmp_path / "cache").glob("*.heading.json"))
    assert cache.hits == 2 and cache.misses == 1  # sample and copy; the broken file again

"""Finding data files. Kept apart from the loader so listing files never imports YAML."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

DATA_SUFFIXES = frozenset({".yaml", ".yml"})


def iter_yaml_files(folder: Path) -> Iterator[Path]:
    """Data files in a folder, sorted by name: ``*.yaml`` and ``*.yml``."""
    yield from sorted(p for p in folder.iterdir() if p.suffix in DATA_SUFFIXES and p.is_file())

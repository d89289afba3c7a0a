"""Finding and reading data files. Kept apart from the YAML parser so that listing files,
and the tree cache serving unchanged files, never import YAML."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

from aws_advisor.core.errors import DataFileError, Problem

DATA_SUFFIXES = frozenset({".yaml", ".yml"})


def iter_yaml_files(folder: Path) -> Iterator[Path]:
    """Data files in a folder, sorted by name: ``*.yaml`` and ``*.yml``."""
    yield from sorted(p for p in folder.iterdir() if p.suffix in DATA_SUFFIXES and p.is_file())


MAX_FILE_BYTES = 512 * 1024
"""Data files are hand-written text; anything larger is a mistake or an attack."""


def too_big(name: str, size: int, what: str) -> DataFileError:
    """The problem of a file larger than ``MAX_FILE_BYTES``."""
    return DataFileError(
        [
            Problem(
                name,
                1,
                1,
                f"file is {size:,} bytes; {what} may be at most {MAX_FILE_BYTES:,} bytes",
            )
        ]
    )


def read_data_file(path: Path, what: str) -> bytes:
    """The bytes of ``path``, refused before reading when larger than ``MAX_FILE_BYTES``.

    ``what`` names the kind of file in messages (``a tree file``).

    Raises:
        DataFileError: the file is too large or cannot be read.
    """
    name = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device would hang or never end
            raise DataFileError([Problem(name, 1, 1, "not a regular file")])
        if info.st_size > MAX_FILE_BYTES:
            raise too_big(name, info.st_size, what)
        with path.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)  # bounded, even if the file grew meanwhile
        if len(raw) > MAX_FILE_BYTES:
            raise too_big(name, len(raw), what)
        return raw
    except OSError as exc:
        raise DataFileError([Problem(name, 1, 1, f"cannot read file: {exc.strerror}")]) from exc

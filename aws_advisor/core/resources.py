"""Where the shipped resources (trees, schema, icons) are.

Found through ``importlib.resources``. An installed wheel carries them inside the
package (``aws_advisor/resources``); in a source checkout, including an editable
install, they are the top-level ``resources/`` folder beside the package.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def resource_root() -> Path:
    package = Path(str(files("aws_advisor")))
    packaged = package / "resources"
    if packaged.is_dir():
        return packaged
    return package.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path below the resource root, such as ``resource_path("trees")``."""
    return resource_root().joinpath(*parts)


def shipped_tree_dir() -> Path:
    return resource_path("trees")

"""Help for writing trees in the user trees folder: the JSON Schema beside them, so editors
that read the ``$schema`` modeline autocomplete and check, and a starter tree to edit.

Both write atomically, create the folder if needed, and never replace a tree that exists.
"""

from __future__ import annotations

from pathlib import Path

from aws_advisor.core.resources import resource_path
from aws_advisor.core.tree.schema import schema_text
from aws_advisor.core.workshops.storage import write_atomic

SCHEMA_NAME = "tree.schema.json"
"""The starter's modeline names this file in the same folder."""
STARTER_ID = "my_decision"


def install_schema(folder: Path) -> Path:
    """Write the current schema into ``folder`` (replacing an older copy); its path.

    Raises:
        OSError: the folder cannot be created or written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SCHEMA_NAME
    write_atomic(path, schema_text().encode("utf-8"))
    return path


def new_starter_tree(folder: Path) -> Path:
    """A new starter tree in ``folder``, named ``my_decision.yaml`` or the first free
    ``my_decision_N.yaml`` (its id matches), with the schema beside it; its path.

    Raises:
        OSError: the folder cannot be created or written.
    """
    install_schema(folder)
    text = resource_path("schema", "starter-tree.yaml").read_text(encoding="utf-8")
    n = 1
    while True:
        tree_id = STARTER_ID if n == 1 else f"{STARTER_ID}_{n}"
        path = folder / f"{tree_id}.yaml"
        if not path.exists():
            break
        n += 1
    text = text.replace(f"id: {STARTER_ID}\n", f"id: {tree_id}\n", 1)
    write_atomic(path, text.encode("utf-8"))
    return path

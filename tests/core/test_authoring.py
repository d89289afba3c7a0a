"""The schema and a starter tree in the user trees folder: the starter validates as it is,
its modeline finds the schema beside it, and an existing tree is never replaced."""

from __future__ import annotations

import json
from pathlib import Path

from aws_advisor.core.authoring import SCHEMA_NAME, install_schema, new_starter_tree
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.reason_checks import check_reasons
from aws_advisor.core.tree.schema import schema_text


def test_the_starter_tree_loads_with_full_checks_and_points_at_the_schema(tmp_path: Path) -> None:
    path = new_starter_tree(tmp_path / "trees")
    assert path.name == "my_decision.yaml"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={SCHEMA_NAME}"
    assert (path.parent / SCHEMA_NAME).read_text(encoding="utf-8") == schema_text()
    catalog = load_catalog(None, [path.parent])
    assert catalog.problems == [] and list(catalog.trees) == ["my_decision"]
    assert check_reasons(catalog.trees["my_decision"]) == []


def test_a_second_starter_gets_its_own_name_and_id_and_the_first_is_kept(tmp_path: Path) -> None:
    first = new_starter_tree(tmp_path)
    first.write_text(first.read_text(encoding="utf-8") + "# my edits\n", encoding="utf-8")
    second = new_starter_tree(tmp_path)
    assert second.name == "my_decision_2.yaml"
    assert first.read_text(encoding="utf-8").endswith("# my edits\n")
    catalog = load_catalog(None, [tmp_path])
    assert catalog.problems == [] and set(catalog.trees) == {"my_decision", "my_decision_2"}


def test_installing_the_schema_replaces_an_older_copy(tmp_path: Path) -> None:
    (tmp_path / SCHEMA_NAME).write_text("{}", encoding="utf-8")
    path = install_schema(tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["title"] == "AWS Advisor decision tree"

"""``aws-advisor schema --install`` and ``--new-tree``: the schema and a starter tree in the
user trees folder, where ``list`` then finds the starter."""

from __future__ import annotations

import io

import pytest

from aws_advisor.cli.main import main
from aws_advisor.core.paths import user_tree_dir

pytestmark = pytest.mark.usefixtures("user_dirs")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_schema_install_and_new_tree_write_into_the_user_trees_folder() -> None:
    code, out, _ = run("schema", "--install")
    assert code == 0 and (user_tree_dir() / "tree.schema.json").is_file()
    assert str(user_tree_dir() / "tree.schema.json") in out
    assert "my_decision" not in run("list")[1]
    code, out, _ = run("schema", "--new-tree")
    assert code == 0 and "my_decision.yaml" in out
    code, out, err = run("list")
    assert code == 0, err
    assert "my_decision" in out and "(user tree)" in out

"""Odd input at the command line gets a clear message and a usage exit code (2), never an
internal error (70)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from aws_advisor.cli.main import main


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--no-user-trees"], stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("where", ["missing/dir/schema.json", "."])
def test_schema_out_where_it_cannot_be_written(tmp_path: Path, where: str) -> None:
    code, _, err = run("schema", "--out", str(tmp_path / where))
    assert code == 2 and "cannot write it" in err


def test_schema_out_dash_is_stdout() -> None:
    code, out, _ = run("schema", "--out", "-")
    assert code == 0 and out.startswith("{")


@pytest.mark.parametrize("typed", ["²", "1" * 5000, "٣", "-1", "1.0"])
def test_ask_takes_an_odd_number_as_no_choice(typed: str) -> None:
    code, out, err = run("ask", "elb_type", stdin=f"{typed}\nq\n")
    assert code == 0 and err == ""
    assert "Please type a number from 1 to" in out


def test_trees_folder_that_does_not_exist(tmp_path: Path) -> None:
    code, _, err = run("list", "--trees", str(tmp_path / "nowhere"))
    assert code == 2 and "the folder does not exist" in err


def test_validate_a_folder_without_trees_says_so(tmp_path: Path) -> None:
    code, _, err = run("validate", str(tmp_path))
    assert code == 2 and f"found no tree files (*.yaml) in {tmp_path}" in err

"""A character YAML forbids gets the same located message in every kind of YAML file."""

from __future__ import annotations

from pathlib import Path

import pytest

from aws_advisor.core.errors import DataFileError
from aws_advisor.core.tree.loader import load_data_file, load_tree_text
from aws_advisor.core.workshops.templates import WorkshopTemplate

# Every message is pinned with libyaml and with the pure-Python fallback alike.
pytestmark = pytest.mark.usefixtures("each_yaml_loader")

BELL = "\x07"


def test_a_control_character_in_a_template_is_located(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(f"id: bad\ntitle: Ring {BELL} the bell\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_data_file(WorkshopTemplate, path)
    [problem] = caught.value.problems
    assert (problem.line, problem.col) == (2, 13)
    assert f"{path}:2:13: character 0x0007 is not allowed in YAML text" in str(caught.value)


def test_a_tree_reports_the_same_message() -> None:
    with pytest.raises(DataFileError) as caught:
        load_tree_text(f"id: t\ntitle: x{BELL}\n", "tree.yaml")
    assert "tree.yaml:2:9: character 0x0007 is not allowed in YAML text" in str(caught.value)

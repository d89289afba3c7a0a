"""Terminal escapes and text-reversing characters from a file never reach the screen:
trees and workshop files that hold them are refused with the place of the first one, text
a user types is cleaned before it is kept, and the command line cleans its output too."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from aws_advisor.cli.common import CleanWriter
from aws_advisor.cli.main import main
from aws_advisor.core.errors import AdvisorError, DataFileError
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.workshops.document import new_workshop
from aws_advisor.core.workshops.file_format import workshop_to_data
from aws_advisor.core.workshops.storage import open_workshop, save_workshop
from tests.helpers.trees import BASE

# As a tree author would write them in YAML, and the character each one makes.
ESCAPES = [
    (r"\e[2J", "U+001B"),  # clear the screen
    (r"\e]8;;https://evil.example\e\\link\e]8;;\e\\", "U+001B"),  # OSC 8 hyperlink
    (r"\x9b2J", "U+009B"),  # the C1 control sequence introducer
    (r"\u202Efdp.exe", "U+202E"),  # right-to-left override
    (r"\u2066isolated\u2069", "U+2066"),
    (r"\0", "U+0000"),
    (r"\x7f", "U+007F"),
    (r"line\rover", "U+000D"),
]


@pytest.mark.parametrize(("escape", "named"), ESCAPES)
def test_a_tree_with_an_escaped_control_character_is_refused_where_it_is(
    escape: str, named: str
) -> None:
    text = BASE.replace("title: Sample decision", f'title: "Sample {escape} decision"')
    with pytest.raises(DataFileError) as caught:
        load_tree_text(text, "evil.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.col) == (2, 8)
    assert f"control character {named}" in problem.message


def test_validate_names_every_place_and_fails(tmp_path: Path) -> None:
    path = tmp_path / "evil.yaml"
    text = BASE.replace("title: Sample decision", r'title: "\e[2J"').replace(
        "prompt: How fast must it be?", r'prompt: "\u202Eslow"'
    )
    path.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["validate", str(path)], stdout=out, stderr=err) == 1
    assert f"{path}:2:8: text holds the control character U+001B" in err.getvalue()
    assert "U+202E" in err.getvalue()
    assert "\x1b" not in out.getvalue() + err.getvalue()


def test_tab_newline_and_ordinary_unicode_are_fine() -> None:
    text = BASE.replace("title: Sample decision", 'title: "Café\\tmenu – 日本 ✓"')
    assert load_tree_text(text, "fine.yaml").title == "Café\tmenu – 日本 ✓"


def test_a_workshop_file_with_a_control_character_is_refused(tmp_path: Path) -> None:
    data = workshop_to_data(new_workshop("Quarterly review"))
    data["facilitator"] = "Ann\x1b[2J"
    path = tmp_path / "evil.awsadvisor"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AdvisorError) as caught:
        open_workshop(path)
    assert "facilitator: the text holds the control character U+001B" in str(caught.value)


def test_the_app_never_writes_a_character_it_would_refuse(tmp_path: Path) -> None:
    path = save_workshop(new_workshop("Paste\x1b[31m from \u202eelsewhere"), tmp_path / "w")
    assert open_workshop(path).title == "Paste[31m from elsewhere"


def test_terminal_output_is_cleaned_as_a_second_line_of_defence() -> None:
    target = io.StringIO()
    writer = CleanWriter(target)
    writer.write("title \x1b[2J\x9b\u202e done\n")
    assert target.getvalue() == "title [2J done\n"

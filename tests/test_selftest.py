"""The self-test an installed app or a bundle runs (``aws-advisor --self-test``)."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from aws_advisor import selftest
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.loader import iter_yaml_files

PASSED = re.compile(
    r"self-test passed: (\d+) trees valid, path walked, map\+sketch rendered, "
    r"PDF\+SVG exported in \d+\.\d s\n"
)


def test_passes_on_the_shipped_trees(qapp: QApplication) -> None:
    out = io.StringIO()

    assert selftest.run_self_test(out) == 0

    match = PASSED.fullmatch(out.getvalue())
    assert match, out.getvalue()
    assert int(match[1]) == len(list(iter_yaml_files(shipped_tree_dir())))


def test_fails_with_the_reason_when_a_shipped_tree_is_broken(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trees = tmp_path / "trees"
    shutil.copytree(shipped_tree_dir(), trees)
    broken = next(iter_yaml_files(trees))
    text = broken.read_text(encoding="utf-8")
    # A dangling start loads, but fails the cross-reference checks that the app itself
    # skips for shipped trees: the self-test must run them.
    text, replaced = re.subn(r"(?m)^start: .*$", "start: no_such_question", text, count=1)
    assert replaced == 1
    broken.write_text(text, encoding="utf-8")
    monkeypatch.setattr(selftest, "shipped_tree_dir", lambda: trees)
    out = io.StringIO()

    assert selftest.run_self_test(out) == 1

    line = out.getvalue()
    assert line.startswith("self-test failed: 1 problem in the shipped trees: "), line
    assert f"{broken.name}:" in line
    assert "start: no question has the id 'no_such_question'" in line
    assert line.count("\n") == 1


def test_fails_when_the_tree_folder_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest, "shipped_tree_dir", lambda: tmp_path / "nowhere")
    out = io.StringIO()

    assert selftest.run_self_test(out) == 1

    assert out.getvalue() == (
        f"self-test failed: the shipped tree folder {tmp_path / 'nowhere'} does not exist\n"
    )


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("map.pdf", b"", "the exported map.pdf is empty"),
        ("map.pdf", b"<svg/>", "map.pdf is not a complete PDF file"),
        ("map.pdf", b"%PDF-1.4\n1 0 obj", "map.pdf is not a complete PDF file"),
        ("map.svg", b"<svg><g></svg>", "map.svg is not well-formed XML"),
        ("map.svg", b"<html/>", "map.svg is XML but not an SVG image"),
    ],
)
def test_rejects_broken_export_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    check = selftest.check_pdf if name.endswith(".pdf") else selftest.check_svg

    with pytest.raises(selftest.SelfTestError, match=re.escape(reason)):
        check(path)

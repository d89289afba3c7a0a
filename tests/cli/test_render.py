"""``aws-advisor render``: every format, and the errors a user can make."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from aws_advisor.cli.main import main
from tests.helpers.files import check_file
from tests.helpers.trees import BASE


@pytest.fixture
def trees(tmp_path: Path) -> Path:
    folder = tmp_path / "trees"
    folder.mkdir()
    (folder / "sample.yaml").write_text(BASE, encoding="utf-8")
    return folder


def render(trees: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = ["render", "sample", "--trees", str(trees), "--no-user-trees", *argv]
    code = main(args, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".drawio"])
def test_render_a_map_with_a_partial_path(trees: Path, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"map{suffix}"
    code, out, err = render(trees, "--answer", "shared=one", "--diagram", "map", "--out", str(path))
    assert code == 0, err
    assert out == f"wrote the decision map of sample to {path}\n"
    root = check_file(path)
    if root is not None:  # 5 boxes, 4 answers, and the 2 root cells
        assert len(root.findall("mxCell")) == 5 + 4 + 2


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".drawio"])
def test_render_the_sketch_of_the_outcome_reached(trees: Path, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"sketch{suffix}"
    code, out, err = render(
        trees,
        "--answer",
        "shared=one",
        "--answer",
        "speed=normal",
        "--diagram",
        "sketch",
        "--out",
        str(path),
    )
    assert code == 0, err
    assert out == f"wrote the sketch of 'block' of sample to {path}\n"
    root = check_file(path)
    if root is not None:  # 1 group, 2 nodes, 1 arrow, and the 2 root cells
        cells = root.findall("mxCell")
        assert len(cells) == 1 + 2 + 1 + 2
        assert {c.get("id") for c in cells} >= {"g-az", "n-vm", "n-vol"}


def test_the_map_is_the_default_diagram(trees: Path, tmp_path: Path) -> None:
    code, out, err = render(trees, "--out", str(tmp_path / "map.svg"))
    assert code == 0, err
    assert "decision map" in out


def test_a_bad_extension_is_a_usage_error_naming_the_formats(trees: Path, tmp_path: Path) -> None:
    code, out, err = render(trees, "--out", str(tmp_path / "map.jpg"))
    assert code == 2 and out == ""
    assert err == (
        "aws-advisor: error: --out: cannot export a diagram to 'map.jpg': extension '.jpg' "
        "is not supported; use one of .png .svg .pdf .drawio\n"
    )
    assert not (tmp_path / "map.jpg").exists()


def test_a_sketch_needs_answers_that_reach_a_recommendation(trees: Path, tmp_path: Path) -> None:
    code, out, err = render(
        trees, "--answer", "shared=one", "--diagram", "sketch", "--out", str(tmp_path / "s.png")
    )
    assert code == 1 and out == ""
    assert err == (
        "aws-advisor: sample: --diagram sketch needs answers that reach a recommendation; "
        "question 'speed' (How fast must it be?) has no answer; add --answer speed=OPTION "
        "with one of: fast, normal\n"
    )
    assert not (tmp_path / "s.png").exists()


def test_answers_off_the_path_and_malformed_answers_are_reported(
    trees: Path, tmp_path: Path
) -> None:
    out_file = str(tmp_path / "m.png")
    code, _, err = render(
        trees, "--answer", "shared=many", "--answer", "speed=fast", "--out", out_file
    )
    assert code == 1
    assert "not on the path the others lead to: speed=fast" in err
    code, _, err = render(trees, "--answer", "shared", "--out", out_file)
    assert code == 2 and "expected QUESTION_ID=OPTION_ID" in err
    code, _, err = render(trees, "--answer", "shared=nope", "--out", out_file)
    assert code == 1 and "'nope' is not an option of question 'shared'" in err


def test_an_unwritable_file_is_a_clear_error(trees: Path, tmp_path: Path) -> None:
    for name in ("map.drawio", "map.png"):
        code, _, err = render(trees, "--out", str(tmp_path / "missing" / name))
        assert code == 1
        assert err == (
            f"aws-advisor: cannot write {tmp_path / 'missing' / name}: "
            f"the folder {tmp_path / 'missing'} does not exist\n"
        )


def test_render_runs_without_a_display(trees: Path, tmp_path: Path) -> None:
    """A fresh process with no QT_QPA_PLATFORM and no DISPLAY still draws (offscreen)."""
    path = tmp_path / "fresh.png"
    code = (
        "import os, sys; os.environ.pop('QT_QPA_PLATFORM', None); os.environ.pop('DISPLAY', None);"
        "from aws_advisor.cli.main import main;"
        f"sys.exit(main(['render', 'sample', '--trees', {str(trees)!r}, '--no-user-trees',"
        f"'--out', {str(path)!r}]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    check_file(path)


def test_an_exported_svg_names_only_fonts_a_browser_has(trees: Path, tmp_path: Path) -> None:
    path = tmp_path / "map.svg"
    code, _, err = render(trees, "--diagram", "map", "--out", str(path))
    assert code == 0, err
    text = path.read_text(encoding="utf-8")
    families = set(re.findall(r'font-family="([^"]*)"', text))
    assert families and all(f.endswith("Arial, 'DejaVu Sans', sans-serif") for f in families)

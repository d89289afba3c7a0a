"""The window on a projector's screen: 1024x768 and 1280x720, text at 1x and 2x.

Each case is its own app process (tests/helpers/screen_child.py), since Qt fixes the screen
size when the application starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from tests.helpers.screen_child import WIDEST

ROOT = Path(__file__).resolve().parents[2]

CASES = [
    pytest.param(1024, 768, 1.0, 1, id="1024x768-text1x"),
    pytest.param(1024, 768, 2.0, 1, id="1024x768-text2x"),
    pytest.param(1280, 720, 1.0, 1, id="1280x720-text1x"),
    pytest.param(1280, 720, 2.0, 2, id="1280x720-text2x-hidpi"),
]


def on_screen(width: int, height: int, scale: float, dpr: int, work: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [str(a) for a in (width, height, scale, dpr, work)]
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.screen_child", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize(("width", "height", "scale", "dpr"), CASES)
def test_the_window_and_presentation_mode_fit_the_screen(
    tmp_path: Path, width: int, height: int, scale: float, dpr: int
) -> None:
    result = on_screen(width, height, scale, dpr, tmp_path)
    for mode in ("normal", "presenting", "after", "larger", "back"):
        seen = result[mode]
        assert seen["outside"] == [], (mode, seen["outside"])
        assert seen["horizontal_bars"] == [], (mode, seen["horizontal_bars"])
        assert seen["answers"]["question"] == WIDEST[1]
    presenting = result["presenting"]["answers"]
    assert presenting["count"] == 4 and presenting["cut"] == []
    assert not presenting["scrolls"]
    assert result["presenting"]["window"] == [0, 0, width, height]  # the whole screen
    assert result["after"]["window"] == result["normal"]["window"]  # put back as it was
    # Text four sizes larger and back: the window stays on the screen, and a map shown
    # beside the page again gets its room back.
    assert result["back"]["window"] == result["normal"]["window"]
    assert result["back"]["map_width"] is None or result["back"]["map_width"] >= 320
    # Readable from the back of a room, even on the question with the longest answers.
    assert result["px"]["answer"] >= 24 and result["px"]["question"] >= 30
    assert result["px"]["room_map"] >= 20


def test_the_screen_tests_use_the_question_with_the_longest_answers() -> None:
    catalog = load_catalog(shipped_tree_dir())
    room = {
        (t.id, q.id): (len(q.options), sum(len(o.label) for o in q.options))
        for t in catalog.trees.values()
        for q in t.questions
    }
    assert max(room, key=lambda place: room[place]) == WIDEST

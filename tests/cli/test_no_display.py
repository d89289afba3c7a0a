"""Without a display the app says so in one line instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from aws_advisor.cli.launch import has_display


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland systems only")
def test_a_launch_without_a_display_prints_a_short_message() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "aws_advisor", "--no-user-trees"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "no display" in result.stderr and "aws-advisor --help" in result.stderr
    assert "Traceback" not in result.stderr and "Aborted" not in result.stderr


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_which_systems_have_a_display(env: dict[str, str], platform: str, expected: bool) -> None:
    assert has_display(env, platform) is expected

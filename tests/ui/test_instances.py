"""Real processes: a kill -9 loses no note typed more than 300 ms earlier, and only one
running instance owns the autosave folder."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aws_advisor.core.workshops.document import new_workshop
from aws_advisor.core.workshops.storage import autosave
from tests.helpers.fake_dialogs import FakeDialogs
from tests.helpers.windows import WindowFactory

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL and fork semantics are POSIX"
)
ROOT = Path(__file__).resolve().parents[2]


def child(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.instance_child", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


def first_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return process.stdout.readline().strip()


NOTE = "Bo wants to keep the GPU option open"


def killed_while_typing(tmp_path: Path, children: list[subprocess.Popen[str]]) -> Path:
    """A real app process that typed a note, killed with SIGKILL 300 ms later."""
    data = tmp_path / "data"
    process = child("type", str(data), str(tmp_path / "settings.ini"), NOTE)
    children.append(process)
    assert first_line(process) == "typed"
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    return data


def test_kill_9_keeps_a_note_typed_300_ms_before_and_recovery_reopens_it(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    children: list[subprocess.Popen[str]],
) -> None:
    data = killed_while_typing(tmp_path, children)
    (saved,) = (data / "autosave").glob("*.awsadvisor")
    notes = json.loads(saved.read_text(encoding="utf-8"))["decisions"][0]["notes"]
    assert [n["why"] for n in notes] == [NOTE]
    dialogs = FakeDialogs()
    window = make_window(dialogs=dialogs, data_dir=data)
    window.after_start()
    assert [a.workshop.title for a in dialogs.offered] == ["Shop platform review"]
    recovered = window.workshops.workshop
    assert recovered is not None and window.workshops.controller.dirty
    first = recovered.decisions[0]
    assert len(first.answers) == 1 and first.notes[0].why == NOTE
    # It reopens on the decision in use, with the note on screen.
    assert window.workshops.controller.selected_id == first.id
    assert window.workshops.panel.note_why.toPlainText() == NOTE


def test_declined_recovery_is_not_offered_again(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    children: list[subprocess.Popen[str]],
) -> None:
    data = killed_while_typing(tmp_path, children)
    dialogs = FakeDialogs()
    dialogs.recover = False
    window = make_window(dialogs=dialogs, data_dir=data)
    window.after_start()
    assert len(dialogs.offered) == 1
    window.close()
    again = FakeDialogs()
    make_window(dialogs=again, data_dir=data).after_start()
    assert again.offered == []


def test_a_second_instance_never_offers_or_deletes_a_live_autosave(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    children: list[subprocess.Popen[str]],
) -> None:
    data = tmp_path / "data"
    first = child("own", str(data))
    children.append(first)
    assert first_line(first) == "owned"
    live = autosave(new_workshop("Live in the first window"), data)
    dialogs = FakeDialogs()
    dialogs.recover = False  # were it offered, declining would delete it
    second = make_window(dialogs=dialogs, data_dir=data)
    assert not second.workshops.autosaves.owned
    second.after_start()
    assert dialogs.offered == []
    assert live.exists()
    second.close()
    assert not (data / "autosave" / "clean-exit").exists()
    # Once the first instance is gone (even killed), the next one owns the folder.
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    third = make_window(dialogs=FakeDialogs(), data_dir=data)
    assert third.workshops.autosaves.owned
    third.after_start()
    assert [found.path for found in third.workshops.dialogs.offered] == [live]  # type: ignore[attr-defined]

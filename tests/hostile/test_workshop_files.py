"""Workshop files that are not what they claim: each gets a clear message, none hangs."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from aws_advisor.core.workshops.document import new_workshop
from aws_advisor.core.workshops.file_format import workshop_to_data
from aws_advisor.core.workshops.storage import (
    MAX_FILE_BYTES,
    DamagedWorkshopError,
    open_workshop,
    save_workshop,
)
from aws_advisor.core.workshops.temp_files import remove_stale_temporaries


def _valid_text() -> str:
    return json.dumps(workshop_to_data(new_workshop("Valid")))


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs on Windows")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.awsadvisor"
    os.mkfifo(fifo)
    with pytest.raises(DamagedWorkshopError, match="not a regular file"):
        open_workshop(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_without_reading_it() -> None:
    with pytest.raises(DamagedWorkshopError, match="not a regular file"):
        open_workshop(Path("/dev/zero"))


def test_a_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    with pytest.raises(DamagedWorkshopError, match="it is a folder"):
        open_workshop(tmp_path)


def test_a_huge_sparse_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.awsadvisor"
    with huge.open("wb") as handle:
        handle.truncate(3 * 1024**3)  # 3 GB on paper, nothing on disk
    with pytest.raises(DamagedWorkshopError, match="too large for a workshop"):
        open_workshop(huge)
    assert huge.stat().st_size > MAX_FILE_BYTES


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"format_version": 1' + ', "n": ' + "9" * 5000 + "}", "number that is too long"),
        (None, "the key 'title' appears twice"),
    ],
    ids=["deep", "long-number", "duplicate-key"],
)
def test_malformed_json_gets_a_clear_message(
    tmp_path: Path, text: str | None, message: str
) -> None:
    path = tmp_path / "bad.awsadvisor"
    path.write_text(text or _valid_text().replace('"title":', '"title": "x", "title":'), "utf-8")
    before = path.read_bytes()
    with pytest.raises(DamagedWorkshopError, match=message):
        open_workshop(path)
    assert path.read_bytes() == before


def test_temporary_files_left_by_a_crash_are_removed_and_a_fresh_one_is_kept(
    tmp_path: Path,
) -> None:
    import time

    target = tmp_path / "shop.awsadvisor"
    stale = tmp_path / ".shop.awsadvisor.k3j4h5.tmp"
    fresh = tmp_path / ".shop.awsadvisor.abcdef.tmp"  # another write, in progress
    other = tmp_path / ".notes.txt.tmp.keep"  # not ours: never touched
    for path in (stale, fresh, other):
        path.write_bytes(b"partial")
    hours_ago = time.time() - 7200
    os.utime(stale, (hours_ago, hours_ago))
    os.utime(other, (hours_ago, hours_ago))
    save_workshop(new_workshop("Shop"), target)
    assert not stale.exists() and fresh.exists() and other.exists()
    os.utime(fresh, (hours_ago, hours_ago))
    assert remove_stale_temporaries(tmp_path) == 1 and not fresh.exists()

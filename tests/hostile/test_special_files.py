"""Special and huge files among the trees: refused by their size or kind before any byte
is read, so nothing hangs or fills memory."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

import pytest

from aws_advisor.cli.main import main
from aws_advisor.core.errors import DataFileError
from aws_advisor.core.tree.yaml_text import read_data_file

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")


def test_a_huge_sparse_tree_file_is_refused_without_being_read(tmp_path: Path) -> None:
    folder = tmp_path / "trees"
    folder.mkdir()
    with (folder / "huge.yaml").open("wb") as f:
        f.truncate(3 * 1024**3)  # 3 GB that take no disk space
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    code = main(["list", "--trees", str(folder), "--no-user-trees"], stdout=out, stderr=err)
    assert time.perf_counter() - started < 5  # it took 26 s and 6 GB of memory
    assert code == 1 and "elb_type" in out.getvalue()  # the rest is listed; exit 1 says one is bad
    assert "file is 3,221,225,472 bytes; a tree file may be at most 524,288 bytes" in (
        out.getvalue() + err.getvalue()
    )


@posix_only
def test_a_pipe_named_like_a_tree_is_not_read(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    with pytest.raises(DataFileError) as caught:
        read_data_file(pipe, "a tree file")
    assert "not a regular file" in str(caught.value)
    out, err = io.StringIO(), io.StringIO()
    assert main(["list", "--trees", str(tmp_path), "--no-user-trees"], stdout=out, stderr=err) == 0


@posix_only
def test_render_out_onto_a_symlink_never_writes_through_it(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"my only copy")
    link = tmp_path / "map.svg"
    link.symlink_to(precious)
    out, err = io.StringIO(), io.StringIO()
    args = ["render", "elb_type", "--diagram", "map", "--out", str(link), "--no-user-trees"]
    assert main(args, stdout=out, stderr=err) == 0, err.getvalue()
    assert precious.read_bytes() == b"my only copy"
    assert not link.is_symlink() and link.read_bytes().startswith(b"<?xml")

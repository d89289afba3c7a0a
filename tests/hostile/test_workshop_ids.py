"""A workshop file's id is data from a stranger: it never chooses where the app writes.

Each case opens a workshop whose id tries to reach outside the autosave folder, autosaves
it and discards the autosave, as one edit and a close would, then checks that nothing but
the autosave folder changed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aws_advisor.core.text_safety import clean
from aws_advisor.core.workshops.document import new_workshop
from aws_advisor.core.workshops.storage import (
    autosave,
    autosave_dir,
    discard_autosave,
    discard_offered,
    find_recoverable,
    save_workshop,
)


def _snapshot(root: Path, skip: Path) -> dict[str, bytes]:
    """Every file below ``root`` with its bytes, leaving out the folder ``skip``."""
    found: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        if skip in path.parents or path == skip or not path.is_file():
            continue
        found[str(path.relative_to(root))] = path.read_bytes()
    return found


def _hostile_ids(tmp_path: Path, own_file: Path) -> list[str]:
    return [
        "../../documents/precious",
        "../precious",
        str(tmp_path / "documents" / "precious"),
        str(own_file.with_suffix("")),
        "bad\x00id",
        "x" * 5000,
        "lone \udc80 surrogate",
    ]


@pytest.mark.parametrize("case", range(7))
def test_a_hostile_id_touches_nothing_outside_the_autosave_folder(
    tmp_path: Path, case: int
) -> None:
    data_dir = tmp_path / "data"
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "precious.awsadvisor").write_bytes(b"my only copy")
    own_file = documents / "shared-by-a-colleague.awsadvisor"
    save_workshop(new_workshop("From a colleague"), own_file)
    hostile = _hostile_ids(tmp_path, own_file)[case]
    workshop = new_workshop("From a colleague", workshop_id=hostile)
    before = _snapshot(tmp_path, autosave_dir(data_dir))

    written = autosave(workshop, data_dir, source=own_file)
    assert written.parent == autosave_dir(data_dir)
    assert len(written.name) < 100
    [found] = find_recoverable(data_dir).autosaves
    assert found.workshop.id == clean(hostile)  # a NUL is never written
    discard_autosave(data_dir, workshop.id)

    assert not written.exists()
    assert _snapshot(tmp_path, autosave_dir(data_dir)) == before


def test_recovery_skips_a_dangling_link_and_recovers_the_rest(tmp_path: Path) -> None:
    kept = autosave(new_workshop("Kept"), tmp_path)
    os.symlink(tmp_path / "gone", autosave_dir(tmp_path) / "dangling.awsadvisor")
    recovery = find_recoverable(tmp_path)
    assert [a.path for a in recovery.autosaves] == [kept]


def test_declining_removes_an_autosave_named_by_an_earlier_version(tmp_path: Path) -> None:
    workshop = new_workshop("From before the upgrade", workshop_id="plain-old-id")
    old_style = autosave_dir(tmp_path) / "plain-old-id.awsadvisor"
    autosave(workshop, tmp_path).rename(old_style)
    [found] = find_recoverable(tmp_path).autosaves
    assert found.path == old_style
    discard_offered(found)
    assert not old_style.exists() and find_recoverable(tmp_path).autosaves == ()


def test_recovery_takes_naive_times_and_odd_sources_and_recovers_everything(
    tmp_path: Path,
) -> None:
    import json

    first = autosave(new_workshop("Aware"), tmp_path)
    second = autosave(new_workshop("Naive"), tmp_path)
    data = json.loads(second.read_text(encoding="utf-8"))
    data["autosave"]["saved_at"] = "2026-01-01T10:00:00"  # no time zone
    data["autosave"]["source"] = ["not", "text"]
    second.write_text(json.dumps(data), encoding="utf-8")
    recovery = find_recoverable(tmp_path)
    assert sorted(a.workshop.title for a in recovery.autosaves) == ["Aware", "Naive"]
    assert {a.path for a in recovery.autosaves} == {first, second}
    naive = next(a for a in recovery.autosaves if a.workshop.title == "Naive")
    assert naive.source is None and naive.saved_at.tzinfo is not None

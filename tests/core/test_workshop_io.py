"""Workshop files: save/open, atomic writes, bad files left alone, autosave and recovery."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from aws_advisor.core.workshops.document import Workshop
from aws_advisor.core.workshops.file_format import FORMAT_VERSION, workshop_to_data
from aws_advisor.core.workshops.storage import (
    DamagedWorkshopError,
    NewerWorkshopError,
    WorkshopSaveError,
    autosave,
    autosave_path,
    discard_autosave,
    find_recoverable,
    forget_recent_file,
    mark_clean_exit,
    open_workshop,
    recent_files,
    remember_recent_file,
    save_workshop,
)
from tests.helpers.workshops import NEW_BUILD, OLD, ROUTER
from tests.helpers.workshops import fixture_agenda as agenda
from tests.helpers.workshops import fixture_answer as answer

FIXTURES = Path(__file__).parent / "fixtures" / "workshops"
ROOT = Path(__file__).parents[2]


def full_workshop() -> Workshop:
    """A workshop with every field set to something other than its default."""
    w = agenda("front_door", "storage", "front_door")
    w = dataclasses.replace(w, participants=("Bob", "Zoë"), template="web_app_ec2")
    w = answer(w, "d1", OLD)
    w = w.replace_decision(
        w.decision("d1").with_note(
            "existing",
            why="Partner firewall rules\nname the old load balancer.",
            dissent="Eve: migrate now <script>alert(1)</script>",
        )
    )
    w = w.duplicate_decision("d1")
    w = answer(w, w.decisions[1].id, NEW_BUILD)
    w = w.replace_decision(
        dataclasses.replace(w.decision("d2"), context="Only if sessions move off the servers.")
    )
    w = answer(w, "d2", ["one"])  # in progress when it was parked
    return w.replace_decision(w.decision("d2").with_status("parked"))


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


# --- Save and open ------------------------------------------------------------------------


def test_save_and_open_keep_every_field(tmp_path: Path) -> None:
    w = full_workshop()
    path = save_workshop(w, tmp_path / "shop.awsadvisor")
    again = open_workshop(path)
    assert again == w
    assert workshop_to_data(again) == workshop_to_data(w)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == FORMAT_VERSION == 2
    assert "Zoë" in path.read_text(encoding="utf-8")  # readable text, not \u escapes
    # Each decision records the tree id, version and content hash.
    assert {k: data["decisions"][0][k] for k in ("tree", "tree_version")} == {
        "tree": "front_door",
        "tree_version": w.decisions[0].tree_version,
    }
    assert w.decisions[0].tree_version
    assert len(data["decisions"][0]["content_hash"]) == 64


def test_the_format_1_fixture_still_opens() -> None:
    w = open_workshop(FIXTURES / "format1.awsadvisor")
    assert (w.title, w.facilitator, w.participants) == ("Shop", "Ann", ("Bob", "Zoë"))
    assert [(d.tree, d.status) for d in w.decisions] == [
        ("elb_type", "decided"),
        ("elb_type", "decided"),
        ("cache_engine", "parked"),
    ]
    note = w.decisions[0].note_for("existing_clb")
    assert note is not None and note.dissent == "Eve: migrate now <script>alert(1)</script>"
    assert w.decisions[1].what_if_of == "d1"
    assert w.decisions[1].outcome is not None and w.decisions[1].outcome.id == "alb"


def test_saving_replaces_the_old_file_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "shop.awsadvisor"
    save_workshop(agenda("front_door"), path)
    save_workshop(full_workshop(), path)
    assert open_workshop(path) == full_workshop()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.awsadvisor"]


def test_a_failed_save_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = save_workshop(agenda("front_door"), tmp_path / "shop.awsadvisor")
    before = path.read_bytes()

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(WorkshopSaveError, match="No space left on device"):
        save_workshop(full_workshop(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.awsadvisor"]


DAMAGED: dict[str, tuple[bytes, str]] = {
    "truncated": (
        b'{"format_version": 1, "id": "w1", "title": "Sh',
        "not valid JSON at line 1, column 44 (Unterminated string starting at)",
    ),
    "empty": (b"", "the file is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00", "it is not text (not UTF-8)"),
    "not_a_workshop": (b'{"name": "x"}', "no format_version; this is not an AWS Advisor workshop"),
    "wrong_type": (
        b'{"format_version": 1, "id": "w1", "title": "S", "date": "2026-05-04", '
        b'"decisions": [{"id": "d1", "tree": "elb_type", "tree_version": "1.0", '
        b'"content_hash": "x", "answers": "none"}]}',
        "decisions[1].answers: expected a list, got text",
    ),
    "unknown_status": (
        b'{"format_version": 1, "id": "w1", "title": "S", "date": "2026-05-04", '
        b'"decisions": [{"id": "d1", "tree": "elb_type", "tree_version": "1.0", '
        b'"content_hash": "x", "answers": [], "status": "done"}]}',
        "decisions[1].status: 'done' is not one of not_started, in_progress, decided, parked",
    ),
    "bad_date": (
        b'{"format_version": 1, "id": "w1", "title": "S", "date": "May", "decisions": []}',
        "date: 'May' is not a date (YYYY-MM-DD)",
    ),
}


@pytest.mark.parametrize("case", sorted(DAMAGED))
def test_a_damaged_file_is_refused_with_a_clear_message_and_left_untouched(
    tmp_path: Path, case: str
) -> None:
    content, reason = DAMAGED[case]
    path = tmp_path / f"{case}.awsadvisor"
    path.write_bytes(content)
    before = snapshot(path)
    with pytest.raises(DamagedWorkshopError) as info:
        open_workshop(path)
    message = str(info.value)
    assert message.startswith(f"Cannot open {path}: ")
    assert reason in message
    assert message.endswith("The file was left unchanged.")
    assert snapshot(path) == before
    # Saving elsewhere does not touch it; saving over it is refused.
    save_workshop(full_workshop(), tmp_path / "other.awsadvisor")
    with pytest.raises(WorkshopSaveError, match="could not be read as a workshop"):
        save_workshop(full_workshop(), path)
    assert snapshot(path) == before


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    data = workshop_to_data(full_workshop())
    data["format_version"] = 7
    data["something_new"] = {"kept": True}
    path = tmp_path / "future.awsadvisor"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(path)
    with pytest.raises(NewerWorkshopError) as info:
        open_workshop(path)
    assert str(info.value) == (
        f"Cannot open {path}: it was saved by a newer version of AWS Advisor (workshop format "
        "7; this version reads format 2 and older); update AWS Advisor to open it. The file "
        "was left unchanged."
    )
    save_workshop(full_workshop(), tmp_path / "copy.awsadvisor")
    with pytest.raises(WorkshopSaveError):
        save_workshop(full_workshop(), path)
    assert snapshot(path) == before


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DamagedWorkshopError, match="there is no such file"):
        open_workshop(tmp_path / "nothing.awsadvisor")


# --- Autosave and recovery ----------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import dataclasses, sys, time
    from pathlib import Path
    from aws_advisor.core.engine.session import Session
    from aws_advisor.core.workshops.storage import autosave
    from tests.helpers.workshops import FIXTURE_CATALOG, fixture_agenda

    folder = Path(sys.argv[1])
    w = dataclasses.replace(fixture_agenda("front_door", "storage"), id="crashy")
    autosave(w, folder, source=Path("/work/shop.awsadvisor"))
    print("saved 0", flush=True)
    steps = [("d1", "clients", "browsers"), ("d1", "fixed_address", "name_ok"),
             ("d1", "routing", "plain"), ("d1", "existing", "new_build"),
             ("d2", "sharing", "one"), ("d2", "speed", "fast")]
    sessions = {d.id: Session(FIXTURE_CATALOG.get(d.tree)) for d in w.decisions}
    for n, (decision_id, question, option) in enumerate(steps, 1):
        session = sessions[decision_id]
        session.answer(option)
        decision = w.decision(decision_id).with_session(session)
        decision = decision.with_note(question, why=f"note {n} <b>&</b>", dissent=f"dissent {n}")
        w = w.replace_decision(decision)
        autosave(w, folder, source=Path("/work/shop.awsadvisor"))
        print(f"saved {n}", flush=True)
        if n >= 5:
            time.sleep(0.2)
    print("done", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_session_is_recovered_with_every_answer_and_note(tmp_path: Path) -> None:
    folder = tmp_path / "appdata"
    mark_clean_exit(folder)  # the previous run exited cleanly
    time.sleep(0.01)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.strip() == "saved 5":
                break
        else:
            pytest.fail("the child process ended before its fifth change")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    recovery = find_recoverable(folder)
    assert recovery.unreadable == ()
    [found] = recovery.autosaves
    assert found.source == Path("/work/shop.awsadvisor")
    w = found.workshop
    assert w.id == "crashy"
    # Every change made before the kill was autosaved: at least the first five steps.
    front_door = w.decision("d1")
    assert [a.option for a in front_door.answers] == ["browsers", "name_ok", "plain", "new_build"]
    assert front_door.outcome is not None and front_door.outcome.id == "router"
    assert front_door.status == "decided"
    storage = w.decision("d2")
    assert [a.option for a in storage.answers][:1] == ["one"]
    notes = [n for d in w.decisions for n in d.notes]
    assert len(notes) >= 5
    for n, note in enumerate(notes, 1):
        assert (note.why, note.dissent) == (f"note {n} <b>&</b>", f"dissent {n}")
    # No temporary files are left behind, even after a kill.
    assert [p.name for p in autosave_path(folder, "x").parent.iterdir() if p.suffix == ".tmp"] == []


def test_a_clean_exit_hides_older_autosaves(tmp_path: Path) -> None:
    autosave(full_workshop(), tmp_path)
    assert len(find_recoverable(tmp_path).autosaves) == 1  # no clean exit recorded yet
    time.sleep(0.01)
    mark_clean_exit(tmp_path)
    assert find_recoverable(tmp_path).autosaves == ()
    time.sleep(0.01)
    path = autosave(full_workshop(), tmp_path, now=dt.datetime(2026, 5, 4, 11, 0, tzinfo=dt.UTC))
    [found] = find_recoverable(tmp_path).autosaves
    assert found.path == path and found.workshop == full_workshop()
    assert found.saved_at == dt.datetime(2026, 5, 4, 11, 0, tzinfo=dt.UTC) and found.source is None
    discard_autosave(tmp_path, full_workshop().id)
    assert find_recoverable(tmp_path).autosaves == () and not path.exists()
    discard_autosave(tmp_path, full_workshop().id)  # already gone: fine


def test_an_unreadable_autosave_is_reported_and_kept(tmp_path: Path) -> None:
    broken = autosave_path(tmp_path, "broken")
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b'{"format_version": 1, "id": ')
    recovery = find_recoverable(tmp_path)
    assert recovery.autosaves == ()
    [error] = recovery.unreadable
    assert error.path == broken and "not valid JSON" in str(error)
    assert broken.exists()


def test_autosaves_can_be_opened_like_workshop_files(tmp_path: Path) -> None:
    w = answer(agenda("front_door"), "d1", ROUTER)
    assert open_workshop(autosave(w, tmp_path)) == w


def test_recent_files_are_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    assert recent_files(tmp_path) == []
    a, b = tmp_path / "a.awsadvisor", tmp_path / "b.awsadvisor"
    remember_recent_file(tmp_path, a)
    remember_recent_file(tmp_path, b)
    assert remember_recent_file(tmp_path, a) == [a, b]
    assert recent_files(tmp_path) == [a, b]
    assert forget_recent_file(tmp_path, a) == [b]
    many = [tmp_path / f"{n}.awsadvisor" for n in range(15)]
    for p in many:
        remember_recent_file(tmp_path, p, limit=10)
    assert recent_files(tmp_path) == many[::-1][:10]

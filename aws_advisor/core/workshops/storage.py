"""The ``.awsadvisor`` file: JSON with a ``format_version``, written atomically.

- ``save_workshop`` writes to a temporary file in the same folder, flushes and fsyncs it,
  then renames it over the target, so a crash leaves either the old file or the new one.
  It refuses to replace a file that exists but cannot be read as a workshop (damaged, or
  from a newer version): a file that could not be read is never overwritten.
- ``open_workshop`` raises a ``WorkshopFileError`` naming the file and what is wrong; it
  never writes.
- Autosave: ``autosave`` after every change, into ``<folder>/autosave/`` (the caller passes
  the app-data folder). ``mark_clean_exit`` on a clean exit; on the next start
  ``find_recoverable`` lists the autosaves written after the last clean exit.

The format is documented in docs/workshop-format.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aws_advisor.core.workshops.document import Workshop, WorkshopError
from aws_advisor.core.workshops.file_format import (
    FutureFormatError,
    WorkshopDataError,
    encode_data,
    workshop_from_data,
    workshop_to_data,
)
from aws_advisor.core.workshops.temp_files import remove_stale_temporaries

FILE_SUFFIX = ".awsadvisor"
MAX_FILE_BYTES = 16 * 1024 * 1024
AUTOSAVE_DIR = "autosave"
CLEAN_EXIT_MARKER = "clean-exit"
RECENT_FILE = "recent-workshops.json"


class WorkshopFileError(WorkshopError):
    """A workshop file could not be opened. The file was not changed."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"Cannot open {path}: {reason}. The file was left unchanged.")


class DamagedWorkshopError(WorkshopFileError):
    """The file is not a readable workshop: not JSON, truncated, or fields missing."""


class NewerWorkshopError(WorkshopFileError):
    """The file was saved by a newer version of the app."""


class WorkshopSaveError(WorkshopError):
    """A workshop could not be written; whatever was at the target is unchanged."""


# --- Files --------------------------------------------------------------------------------


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old file or the new one.

    Args:
        path: The target file.
        data: The complete new content.
        mode: Permission bits for a new file (default 0o644); an existing file keeps its own.

    Raises:
        OSError: the write failed; the target is unchanged and no temporary file is left.
    """
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            keep = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            keep = 0o644 if mode is None else mode
        os.chmod(tmp, keep)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":  # make the rename itself durable
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    remove_stale_temporaries(folder, f".{path.name}.")


def _read_json(path: Path) -> Any:
    raw = _read_bounded(path)
    if not raw.strip():
        raise DamagedWorkshopError(path, "the file is empty")
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except UnicodeDecodeError:
        raise DamagedWorkshopError(path, "it is not text (not UTF-8)") from None
    except json.JSONDecodeError as exc:
        raise DamagedWorkshopError(
            path,
            f"it is damaged or not a workshop file: not valid JSON at line {exc.lineno}, "
            f"column {exc.colno} ({exc.msg})",
        ) from None
    except _DuplicateKeyError as exc:
        raise DamagedWorkshopError(
            path, f"it is damaged or not a workshop file: the key {exc.key!r} appears twice"
        ) from None
    except RecursionError:
        raise DamagedWorkshopError(
            path, "it is damaged or not a workshop file: its data is nested too deeply"
        ) from None
    except ValueError:  # a number with thousands of digits
        raise DamagedWorkshopError(
            path, "it is damaged or not a workshop file: it holds a number that is too long"
        ) from None


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, checked to be a regular file within the size limit before reading.

    A FIFO, a device such as /dev/zero or a huge file is refused without being read, so
    opening one can neither hang nor fill memory.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DamagedWorkshopError(path, "there is no such file") from None
    except OSError as exc:
        raise DamagedWorkshopError(path, f"it cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise DamagedWorkshopError(path, "it is a folder, not a workshop file")
    if not stat.S_ISREG(info.st_mode):
        raise DamagedWorkshopError(path, "it is not a regular file (a pipe or a device)")
    if info.st_size > MAX_FILE_BYTES:
        raise DamagedWorkshopError(path, f"it is {info.st_size:,} bytes, too large for a workshop")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DamagedWorkshopError(path, f"it cannot be read ({exc.strerror})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise DamagedWorkshopError(path, "it grew past the size limit for a workshop")
    return raw


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKeyError(key)
        found[key] = value
    return found


def _workshop(path: Path, data: Any) -> Workshop:
    try:
        return workshop_from_data(data)
    except FutureFormatError as exc:
        raise NewerWorkshopError(path, str(exc)) from None
    except WorkshopDataError as exc:
        raise DamagedWorkshopError(path, f"it is damaged or not a workshop file: {exc}") from None


def open_workshop(path: Path | str) -> Workshop:
    """Read a workshop file. Never writes to it.

    Raises:
        NewerWorkshopError: saved by a newer version of the app.
        DamagedWorkshopError: missing, unreadable, not JSON, or fields missing or wrong.
    """
    path = Path(path)
    return _workshop(path, _read_json(path))


def save_workshop(workshop: Workshop, path: Path | str) -> Path:
    """Write the workshop atomically to ``path`` and return it.

    Raises:
        WorkshopSaveError: the write failed, or ``path`` holds a file that cannot be read
            as a workshop (it is never overwritten).
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        try:
            open_workshop(path)
        except WorkshopFileError as exc:
            raise WorkshopSaveError(
                f"Not saved: {path} already exists and could not be read as a workshop "
                f"({exc.reason}), so it was left untouched. Save under another name."
            ) from None
    try:
        write_atomic(path, encode_data(workshop_to_data(workshop)))
    except OSError as exc:
        raise WorkshopSaveError(
            f"Could not save {path}: {exc.strerror or exc}. Nothing was changed there."
        ) from None
    return path


# --- Autosave and recovery ----------------------------------------------------------------


@dataclass(frozen=True)
class Autosave:
    """A workshop found in the autosave folder."""

    path: Path
    workshop: Workshop
    saved_at: dt.datetime
    source: Path | None
    """The file the workshop was last saved to or opened from; None if never saved."""
    current: str | None = None
    """The decision the group was working on, so recovery reopens it."""


@dataclass(frozen=True)
class Recovery:
    """What ``find_recoverable`` found: workshops to offer, and autosaves it could not read."""

    autosaves: tuple[Autosave, ...]
    unreadable: tuple[WorkshopFileError, ...]


def autosave_dir(folder: Path) -> Path:
    return folder / AUTOSAVE_DIR


def autosave_path(folder: Path, workshop_id: str) -> Path:
    """The autosave file of a workshop: always directly inside ``folder/autosave``.

    A workshop's id comes from a file that may have come from anyone, so it is data, never
    part of a path: the name is a digest of the id. Ids with ``..``, slashes, NUL or
    thousands of characters all map to one short, safe file name.
    """
    digest = hashlib.sha256(workshop_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return autosave_dir(folder) / f"workshop-{digest}{FILE_SUFFIX}"


def autosave(
    workshop: Workshop,
    folder: Path,
    *,
    source: Path | None = None,
    current: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write the workshop to its autosave file in ``folder/autosave``; call after each change.

    Args:
        workshop: The current state.
        folder: The app-data folder (created if missing).
        source: The file the workshop belongs to, so recovery can name it.
        current: The decision being worked on, so recovery can reopen it.
        now: The time to record (default: now, UTC).

    Raises:
        WorkshopSaveError: the autosave could not be written.
    """
    data = workshop_to_data(workshop)
    data["autosave"] = {
        "source": str(source) if source else None,
        "current": current,
        "saved_at": (now or dt.datetime.now(dt.UTC)).isoformat(),
    }
    path = autosave_path(folder, workshop.id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, encode_data(data), mode=0o600)
    except OSError as exc:
        raise WorkshopSaveError(f"Could not autosave to {path}: {exc.strerror or exc}") from None
    return path


def discard_autosave(folder: Path, workshop_id: str) -> None:
    """Remove a workshop's autosave (after a save, or when the user declines recovery)."""
    with contextlib.suppress(FileNotFoundError):
        autosave_path(folder, workshop_id).unlink()


def discard_offered(found: Autosave) -> None:
    """Remove an autosave the user declined to recover: the very file that was offered.

    That may be an autosave named by an earlier version of the app, so it is removed by its
    path, not by the workshop's id. A link is removed, never what it points to.
    """
    with contextlib.suppress(FileNotFoundError):
        found.path.unlink()


def mark_clean_exit(folder: Path) -> None:
    """Record a clean exit: autosaves older than this are not offered for recovery."""
    marker = autosave_dir(folder) / CLEAN_EXIT_MARKER
    marker.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(marker, dt.datetime.now(dt.UTC).isoformat().encode("ascii") + b"\n")


def find_recoverable(folder: Path) -> Recovery:
    """Autosaves written after the last clean exit, newest first. Reads only, never deletes."""
    where = autosave_dir(folder)
    if not where.is_dir():
        return Recovery((), ())
    marker = where / CLEAN_EXIT_MARKER
    since = marker.stat().st_mtime_ns if marker.exists() else -1
    found: list[Autosave] = []
    unreadable: list[WorkshopFileError] = []
    for path in sorted(where.glob(f"*{FILE_SUFFIX}")):
        try:
            if not path.is_file() or path.stat().st_mtime_ns <= since:
                continue  # a dangling link or a folder is nothing to recover
        except OSError:
            continue
        try:
            data = _read_json(path)
            workshop = _workshop(path, data)
        except WorkshopFileError as exc:
            unreadable.append(exc)
            continue
        meta = data.get("autosave") if isinstance(data.get("autosave"), dict) else {}
        try:
            saved_at = dt.datetime.fromisoformat(str(meta.get("saved_at")))
        except ValueError:
            saved_at = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        if saved_at.tzinfo is None:  # written by hand or another tool: read it as UTC
            saved_at = saved_at.replace(tzinfo=dt.UTC)
        source = meta.get("source")
        current = meta.get("current")
        found.append(
            Autosave(
                path,
                workshop,
                saved_at,
                Path(source) if isinstance(source, str) and source else None,
                current if isinstance(current, str) else None,
            )
        )
    found.sort(key=lambda a: a.saved_at, reverse=True)
    return Recovery(tuple(found), tuple(unreadable))


# --- Recent files -------------------------------------------------------------------------


def recent_files(folder: Path) -> list[Path]:
    """The recently opened or saved workshop files, most recent first (may include gone ones)."""
    try:
        data = json.loads((folder / RECENT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    items = data.get("recent") if isinstance(data, dict) else None
    return [Path(p) for p in items if isinstance(p, str)] if isinstance(items, list) else []


def remember_recent_file(folder: Path, path: Path, *, limit: int = 10) -> list[Path]:
    """Put ``path`` first in the recent list (kept to ``limit`` entries) and return the list."""
    path = Path(os.path.abspath(path))
    items = [path, *(p for p in recent_files(folder) if p != path)][:limit]
    _write_recent(folder, items)
    return items


def forget_recent_file(folder: Path, path: Path) -> list[Path]:
    """Drop ``path`` from the recent list (for a file that has gone) and return the list."""
    path = Path(os.path.abspath(path))
    items = [p for p in recent_files(folder) if p != path]
    _write_recent(folder, items)
    return items


def _write_recent(folder: Path, items: list[Path]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / RECENT_FILE, encode_data({"recent": [str(p) for p in items]}))

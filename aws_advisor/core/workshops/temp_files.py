"""Temporary files that ``write_atomic`` leaves behind when a crash stops it mid-write."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

STALE_AFTER = 3600.0
"""A temporary file of ours this many seconds old was left by a crash, not by a write in
progress (which takes well under a second)."""


def remove_stale_temporaries(folder: Path, prefix: str = ".") -> int:
    """Delete the temporary files ``write_atomic`` names (``.NAME.XXXX.tmp``) that a crash
    left in ``folder`` more than an hour ago; returns how many. Nothing else is touched."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_AFTER:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed

"""Who owns the autosave folder: one running instance at a time, held with a lock file.

Only the owner offers crash recovery and records a clean exit, so a second window never
offers, or deletes, the autosave of a workshop that is open in the first one. A lock left
by a crashed instance is stale (its process is gone) and is taken over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile

from aws_advisor.core.workshops.storage import Autosave, autosave_dir
from aws_advisor.core.workshops.temp_files import remove_stale_temporaries

log = logging.getLogger("aws_advisor")

LOCK_NAME = "autosave.lock"


class AutosaveOwner:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._lock: QLockFile | None = None
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            log.warning("cannot create %s; autosaves are not owned", data_dir)
            return
        lock = QLockFile(str(data_dir / LOCK_NAME))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if lock.tryLock(0):
            self._lock = lock
            # Temporary files a crash left mid-write; only the owner may tidy the folder.
            remove_stale_temporaries(autosave_dir(data_dir))
        else:
            log.info("another AWS Advisor window owns the autosaves in %s", data_dir)

    @property
    def owned(self) -> bool:
        return self._lock is not None

    def offer_recovery(self, ask: Callable[[Autosave], bool]) -> Autosave | None:
        """After a crash: offer each autosave newer than the last clean exit, newest first;
        the one accepted is returned, each declined one is removed. None when not owned."""
        from aws_advisor.core.workshops.storage import discard_offered, find_recoverable

        if self._lock is None:
            return None
        recovery = find_recoverable(self.data_dir)
        for problem in recovery.unreadable:
            log.warning("unreadable autosave: %s", problem)
        for found in recovery.autosaves:
            if ask(found):
                return found
            discard_offered(found)
        return None

    def release(self) -> None:
        """On a clean exit: record it (if owned) and let the next instance own the folder."""
        from aws_advisor.core.workshops.storage import mark_clean_exit

        if self._lock is None:
            return
        try:
            mark_clean_exit(self.data_dir)
        except OSError:
            log.warning("could not record a clean exit in %s", self.data_dir)
        self._lock.unlock()
        self._lock = None

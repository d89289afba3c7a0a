"""Report and ADR exports run on a worker thread; the window shows progress and stays live.

Sketches are drawn to SVG on the UI thread first (Qt scenes belong to it), then the text
and PDF work and the file writing happen on a pool thread. Results and errors come back as
signals on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from aws_advisor.core.errors import AdvisorError
from aws_advisor.core.tree.model import Outcome

log = logging.getLogger("aws_advisor")

Job = Callable[[], bytes]


class _Signals(QObject):
    finished = Signal(str)  # the path written
    failed = Signal(str)  # a message for the user


class _Task(QRunnable):
    def __init__(self, job: Job, path: Path, signals: _Signals) -> None:
        super().__init__()
        self._job = job
        self._path = path
        self._signals = signals

    def run(self) -> None:
        from aws_advisor.core.workshops.storage import write_atomic

        try:
            data = self._job()
            write_atomic(self._path, data)
        except (AdvisorError, OSError) as exc:
            self._signals.failed.emit(str(exc))
            return
        except Exception as exc:  # an unexpected failure still reaches the user, not stderr
            log.exception("export to %s failed", self._path)
            self._signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._signals.finished.emit(str(self._path))


class ExportRunner(QObject):
    """Runs one export at a time; ``busy`` tells whether one is under way."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._done)
        self._signals.failed.connect(self._failed)
        self.busy = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def run(self, job: Job, path: Path) -> bool:
        if self.busy:
            return False
        self.busy = True
        self._pool.start(_Task(job, path, self._signals))
        return True

    def wait(self, msecs: int = 30_000) -> bool:
        return bool(self._pool.waitForDone(msecs))

    def _done(self, path: str) -> None:
        self.busy = False
        self.finished.emit(path)

    def _failed(self, message: str) -> None:
        self.busy = False
        self.failed.emit(message)


def presketched(outcomes: list[Outcome], font_scale: float = 1.0) -> Callable[[Outcome], str]:
    """Draw each outcome's sketch to SVG now, on the calling (UI) thread.

    Returns the lookup a report needs, safe to call from the worker thread. Outcome ids
    repeat across trees, so the outcomes themselves (the catalogue's objects) are the keys.
    """
    from aws_advisor.core.formats import sketch_svg_of
    from aws_advisor.qt.diagrams.export import QtDrawing

    draw = sketch_svg_of(QtDrawing(), font_scale=font_scale)
    found: dict[int, str] = {}
    for outcome in outcomes:
        if id(outcome) not in found:
            found[id(outcome)] = draw(outcome)
    kept = list(outcomes)  # keeps the keys' objects alive as long as the lookup

    def lookup(outcome: Outcome) -> str:
        assert kept
        return found.get(id(outcome), "")

    return lookup

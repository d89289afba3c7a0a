"""Practice scores kept across runs: ``practice-scores.json`` in the app's data folder.

Totals per category (right, acceptable, missed) and the last rounds. Written atomically;
a file that cannot be read is never overwritten: the store says it is damaged, keeps this
run's scores in memory, and only ``reset`` (from the settings) replaces it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aws_advisor.core.practice.round import Verdict
from aws_advisor.core.workshops.storage import write_atomic

FILE_NAME = "practice-scores.json"
FORMAT = 1
MAX_BYTES = 1_000_000
KEEP_ROUNDS = 50
VERDICTS: tuple[Verdict, ...] = ("right", "acceptable", "missed")


@dataclass(frozen=True)
class Tally:
    right: int = 0
    acceptable: int = 0
    missed: int = 0

    @property
    def total(self) -> int:
        return self.right + self.acceptable + self.missed

    @property
    def ratio(self) -> float:
        """Right counts 1, acceptable a half."""
        return (self.right + self.acceptable / 2) / self.total if self.total else 0.0

    def add(self, verdict: Verdict) -> Tally:
        counts = {v: getattr(self, v) for v in VERDICTS}
        counts[verdict] += 1
        return Tally(**counts)


@dataclass
class ScoreStore:
    """Scores in ``path``; ``damaged`` holds why the file on disk was not read."""

    path: Path
    categories: dict[str, Tally] = field(default_factory=dict)
    rounds: list[dict[str, object]] = field(default_factory=list)
    damaged: str | None = None

    @classmethod
    def open(cls, folder: Path) -> ScoreStore:
        store = cls(folder / FILE_NAME)
        try:
            size = store.path.stat().st_size
        except FileNotFoundError:
            return store
        except OSError as exc:
            store.damaged = f"cannot read it ({exc.strerror or exc})"
            return store
        try:
            if size > MAX_BYTES:
                raise ValueError(f"it is {size:,} bytes, more than scores ever need")
            data = json.loads(store.path.read_bytes().decode("utf-8"))
            store._load(data)
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            store.categories, store.rounds = {}, []
            store.damaged = str(exc) or type(exc).__name__
        return store

    def _load(self, data: object) -> None:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a practice scores file of this version")
        for name, counts in dict(data["categories"]).items():
            values = {v: counts.get(v, 0) for v in VERDICTS}
            if not isinstance(name, str) or not all(
                isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in values.values()
            ):
                raise ValueError(f"category {name!r} has counts that are not whole numbers")
            self.categories[name] = Tally(**values)
        self.rounds = [r for r in list(data.get("rounds", [])) if isinstance(r, dict)]

    def record(self, results: Sequence[tuple[str, Verdict]], *, when: dt.datetime) -> None:
        """Add a finished round, ``(category, verdict)`` per situation, and save it."""
        for category, verdict in results:
            self.categories[category] = self.categories.get(category, Tally()).add(verdict)
        entry: dict[str, object] = {"at": when.isoformat(timespec="seconds")}
        entry.update({v: sum(1 for _, got in results if got == v) for v in VERDICTS})
        self.rounds = [*self.rounds, entry]
        self.rounds = self.rounds[-KEEP_ROUNDS:]
        self.save()

    def weakest(self, known: Sequence[str], n: int = 2) -> list[str]:
        """Categories to practise next: the lowest share right, untried ones first."""
        ranked = sorted(
            known,
            key=lambda c: (
                self.categories.get(c, Tally()).total > 0,
                self.categories.get(c, Tally()).ratio,
            ),
        )
        return ranked[:n]

    def save(self) -> None:
        """Write the scores, unless the file on disk is damaged (it is left as it is).

        Raises:
            OSError: the folder or file cannot be written.
        """
        if self.damaged is not None:
            return
        data = {
            "format": FORMAT,
            "categories": {
                c: {v: getattr(t, v) for v in VERDICTS} for c, t in self.categories.items()
            },
            "rounds": self.rounds,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))

    def reset(self) -> None:
        """Forget every score and start a new file, replacing a damaged one too."""
        self.categories, self.rounds, self.damaged = {}, [], None
        if self.path.exists():
            os.replace(self.path, self.path.with_suffix(".json.old"))
        self.save()

"""The error types the core raises. Every expected failure is an ``AdvisorError``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


class AdvisorError(Exception):
    """Base for every error the app expects and can explain to a user."""


class Place(Protocol):
    """Anything located in a file: a model ``Pos``, a tree heading's id."""

    @property
    def file(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def col(self) -> int: ...


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file (tree, rules, templates), located as ``file:line:col``."""

    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"

    @classmethod
    def at(cls, pos: Place, message: str) -> Problem:
        """A problem at ``pos`` (a ``model.Pos``)."""
        return cls(pos.file, pos.line, pos.col, message)


class DataFileError(AdvisorError):
    """A tree, rule or template file could not be loaded; ``problems`` says every reason found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class AnswerError(AdvisorError):
    """An answer does not fit the current question (or there is no current question)."""


class UnknownTreeError(AdvisorError):
    """No tree with the requested id is known."""

"""The practice bank: situations to solve, ``resources/practice/*.yaml``, one tree a file.

A situation is data: a description a learner reads, the answers an experienced architect
would give to the tree's questions, the outcome those answers reach, outcomes that are
acceptable too, a difficulty and a short debrief. Files are read by the one YAML loader
(``load_data_file``) and checked against the catalogue like trees are checked against
themselves: the tree exists, the architect's answers walk the tree from its first question
to the expected outcome, the alternates are outcomes of the tree; every problem located as
file:line:col.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from aws_advisor.core.errors import DataFileError, Problem
from aws_advisor.core.resources import resource_path
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.tree.files import iter_yaml_files
from aws_advisor.core.tree.limits import LONG_TEXT, PROMPT_TEXT
from aws_advisor.core.tree.model import ID_PATTERN, DecisionTree, Located, Marks

_INTERNAL: dict[str, Any] = {"internal": True}
MAX_SITUATIONS = 200
"""Situations in one file: far above any shipped file; past it a file is a mistake."""
SITUATION_TEXT = PROMPT_TEXT * 2
"""A situation is read aloud in a workshop: a few sentences."""

Difficulty = Literal["easy", "medium", "hard"]


@dataclass(frozen=True)
class Situation(Located):
    """One situation to solve with a tree, and what an architect would choose."""

    id: str = field(metadata={"doc": "Unique across the bank.", "pattern": ID_PATTERN})
    text: str = field(
        metadata={"doc": "The situation as a participant would describe it, without jargon."}
    )
    answers: tuple[str, ...] = field(
        metadata={"doc": "The architect's answers, QUESTION=OPTION, in the order asked."}
    )
    expect: str = field(metadata={"doc": "The outcome the answers reach.", "pattern": ID_PATTERN})
    difficulty: Difficulty = field(metadata={"doc": "easy, medium or hard."})
    debrief: str = field(metadata={"doc": "What to take away, in two or three sentences."})
    alternates: tuple[str, ...] = field(
        default=(), metadata={"doc": "Other outcomes an architect would accept."}
    )
    marks: Marks | None = field(default=None, compare=False, repr=False, metadata=_INTERNAL)
    tree: str = field(default="", compare=False, metadata=_INTERNAL)

    def answer_pairs(self) -> tuple[tuple[str, str], ...]:
        """The architect's answers as (question id, option id); malformed items left out."""
        pairs = (a.partition("=") for a in self.answers)
        return tuple((q.strip(), o.strip()) for q, sep, o in pairs if sep)


@dataclass(frozen=True)
class PracticeFile(Located):
    """The situations for one tree."""

    tree: str = field(metadata={"doc": "Id of the decision tree.", "pattern": ID_PATTERN})
    situations: tuple[Situation, ...] = field(metadata={"doc": "The situations, easiest first."})
    marks: Marks | None = field(default=None, compare=False, repr=False, metadata=_INTERNAL)


@dataclass
class Bank:
    """Situations by id in load order, and the problems of files that did not load."""

    situations: dict[str, Situation] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    def for_tree(self, tree_id: str) -> list[Situation]:
        return [s for s in self.situations.values() if s.tree == tree_id]


def shipped_practice_dir() -> Path:
    return resource_path("practice")


def check_situation(situation: Situation, tree: DecisionTree) -> list[Problem]:
    """The architect's answers must walk ``tree`` to the expected outcome, every one used."""
    problems: list[Problem] = []

    def say(key: str, message: str) -> None:
        problems.append(Problem.at(situation.where(key), f"situation {situation.id!r}: {message}"))

    if len(situation.text) > SITUATION_TEXT:
        say("text", f"text is {len(situation.text):,} characters; at most {SITUATION_TEXT:,}")
    if len(situation.debrief) > LONG_TEXT:
        say("debrief", f"debrief is {len(situation.debrief):,} characters; at most {LONG_TEXT:,}")
    if not situation.text.strip() or not situation.debrief.strip():
        say("text" if not situation.text.strip() else "debrief", "text and debrief are needed")
    expected = tree.outcome(situation.expect)
    if expected is None:
        say("expect", f"tree {tree.id!r} has no outcome {situation.expect!r}")
    for alternate in situation.alternates:
        if tree.outcome(alternate) is None:
            say("alternates", f"tree {tree.id!r} has no outcome {alternate!r}")
        elif alternate == situation.expect:
            say("alternates", f"{alternate!r} is the expected outcome, not an alternate")
    malformed = [a for a in situation.answers if "=" not in a]
    if malformed:
        say("answers", f"answers are QUESTION=OPTION; {malformed[0]!r} is not")
        return problems
    given = dict(situation.answer_pairs())
    if len(given) != len(situation.answers):
        say("answers", "a question is answered twice")
        return problems
    node, used = tree.start, []
    while (question := tree.question(node)) is not None:
        option_id = given.get(question.id)
        if option_id is None:
            say("answers", f"the answers stop before question {question.id!r}")
            return problems
        option = next((o for o in question.options if o.id == option_id), None)
        if option is None:
            say("answers", f"question {question.id!r} has no option {option_id!r}")
            return problems
        used.append(question.id)
        node = option.next
    unused = [q for q in given if q not in used]
    if unused:
        say("answers", f"the path never asks {', '.join(map(repr, unused))}")
    if expected is not None and node != expected.id:
        say("answers", f"the answers reach {node!r}, not the expected {expected.id!r}")
    return problems


def check_file(practice: PracticeFile, catalog: Catalog) -> list[Problem]:
    tree = catalog.trees.get(practice.tree)
    if tree is None:
        return [Problem.at(practice.where("tree"), f"no tree has the id {practice.tree!r}")]
    if len(practice.situations) > MAX_SITUATIONS:
        message = f"{len(practice.situations):,} situations; at most {MAX_SITUATIONS} allowed"
        return [Problem.at(practice.where("situations"), message)]
    return [p for s in practice.situations for p in check_situation(s, tree)]


def load_bank(folder: Path | None, catalog: Catalog, files: Iterable[Path] = ()) -> Bank:
    """Load and check every practice file in ``folder`` (default: the shipped bank), or
    the given ``files``. A broken file is reported in ``problems``; the others still load."""
    paths = list(files)
    if not paths:
        folder = shipped_practice_dir() if folder is None else folder
        paths = list(iter_yaml_files(folder)) if folder.is_dir() else []
    bank = Bank()
    for path in paths:
        bank.files += 1
        try:
            from aws_advisor.core.tree.loader import load_data_file  # YAML, when used

            practice = load_data_file(PracticeFile, path)
        except DataFileError as exc:
            bank.problems.extend(exc.problems)
            continue
        problems = check_file(practice, catalog)
        for situation in practice.situations:
            if situation.id in bank.situations:
                first = bank.situations[situation.id].where().file
                message = f"situation id {situation.id!r} is already used in {first}"
                problems.append(Problem.at(situation.where("id"), message))
        if problems:
            bank.problems.extend(problems)
            continue
        for situation in practice.situations:
            bank.situations[situation.id] = replace(situation, tree=practice.tree)
    return bank

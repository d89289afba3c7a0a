"""Cross-decision checks: rules over the outcomes and answers of a workshop's decisions.

Rules are data in ``resources/rules/*.yaml`` (format in docs/workshop-format.md). A rule's
``when`` lists conditions, each on one tree; the rule fires when every condition is met by
a different decision of the workshop. A condition is met by a decision of its tree whose
recorded outcome is in ``outcome_in`` (when given) and whose recorded answer to
``question`` is in ``option_in`` (when given); with neither, any outcome reached will do.
What-if copies are hypothetical and are not checked.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from aws_advisor.core.errors import DataFileError, Problem
from aws_advisor.core.resources import resource_path
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.tree.loader import iter_yaml_files, load_data_file
from aws_advisor.core.tree.model import ID_PATTERN, Located, Marks, Source
from aws_advisor.core.workshops.document import Decision, Workshop

Severity = Literal["warning", "info"]
_INTERNAL: dict[str, Any] = {"internal": True}


@dataclass(frozen=True)
class Condition(Located):
    """What one decision must have recorded for the rule to apply."""

    tree: str = field(metadata={"doc": "Id of the decision tree.", "pattern": ID_PATTERN})
    outcome_in: tuple[str, ...] = field(
        default=(), metadata={"doc": "The decision's outcome is one of these outcome ids."}
    )
    question: str | None = field(
        default=None, metadata={"doc": "Id of a question; use with option_in."}
    )
    option_in: tuple[str, ...] = field(
        default=(), metadata={"doc": "The answer to ``question`` is one of these option ids."}
    )
    marks: Marks | None = field(default=None, compare=False, repr=False, metadata=_INTERNAL)

    def matches(self, decision: Decision) -> bool:
        if decision.tree != self.tree:
            return False
        outcome = decision.outcome.id if decision.outcome else None
        if self.outcome_in and outcome not in self.outcome_in:
            return False
        if self.question is not None:
            answer = next((a for a in decision.answers if a.question == self.question), None)
            return answer is not None and answer.option in self.option_in
        return bool(self.outcome_in) or outcome is not None


@dataclass(frozen=True)
class Rule(Located):
    """An architectural concern that shows when decisions combine badly."""

    id: str = field(metadata={"doc": "Unique across all rule files.", "pattern": ID_PATTERN})
    title: str = field(metadata={"doc": "The concern in a few words."})
    severity: Severity = field(metadata={"doc": "warning: likely a mistake; info: worth a look."})
    when: tuple[Condition, ...] = field(
        metadata={
            "doc": "Every condition must be met, each by a different decision.",
            "min_items": 1,
        }
    )
    message: str = field(metadata={"doc": "What is wrong with this combination, and why."})
    advice: str = field(metadata={"doc": "What to do about it."})
    sources: tuple[Source, ...] = field(
        metadata={"doc": "Official AWS documentation.", "min_items": 1}
    )
    marks: Marks | None = field(default=None, compare=False, repr=False, metadata=_INTERNAL)


@dataclass(frozen=True)
class RuleFile(Located):
    """One rules file: a list of rules."""

    rules: tuple[Rule, ...] = field(metadata={"doc": "The rules.", "min_items": 1})
    marks: Marks | None = field(default=None, compare=False, repr=False, metadata=_INTERNAL)


@dataclass
class RuleBook:
    """The rules that loaded and checked, and the problems of those that did not."""

    rules: list[Rule] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Finding:
    """A rule that fires, and the decisions (one per condition) that make it fire."""

    rule: Rule
    decisions: tuple[Decision, ...]


def shipped_rule_dir() -> Path:
    return resource_path("rules")


def _problem(item: Located, key: str, message: str) -> Problem:
    pos = item.where(key)
    return Problem(pos.file, pos.line, pos.col, message)


def check_rule(rule: Rule, catalog: Catalog) -> list[Problem]:
    """Every tree, outcome, question and option a rule names must exist in the catalogue."""
    problems: list[Problem] = []
    name = f"rule {rule.id!r}"
    for cond in rule.when:
        tree = catalog.trees.get(cond.tree)
        if tree is None:
            problems.append(_problem(cond, "tree", f"{name}: no tree has the id {cond.tree!r}"))
            continue
        for outcome_id in cond.outcome_in:
            if tree.outcome(outcome_id) is None:
                known = ", ".join(o.id for o in tree.outcomes)
                problems.append(
                    _problem(
                        cond,
                        "outcome_in",
                        f"{name}: tree {tree.id!r} has no outcome {outcome_id!r}; "
                        f"its outcomes: {known}",
                    )
                )
        if (cond.question is None) != (not cond.option_in):
            problems.append(_problem(cond, "", f"{name}: write question and option_in together"))
            continue
        if cond.question is None:
            continue
        question = tree.question(cond.question)
        if question is None:
            known = ", ".join(q.id for q in tree.questions)
            problems.append(
                _problem(
                    cond,
                    "question",
                    f"{name}: tree {tree.id!r} has no question {cond.question!r}; "
                    f"its questions: {known}",
                )
            )
            continue
        for option_id in cond.option_in:
            if question.option(option_id) is None:
                known = ", ".join(o.id for o in question.options)
                problems.append(
                    _problem(
                        cond,
                        "option_in",
                        f"{name}: question {question.id!r} of tree {tree.id!r} has no option "
                        f"{option_id!r}; its options: {known}",
                    )
                )
    return problems


def load_rule_files(paths: Iterable[Path], catalog: Catalog) -> RuleBook:
    """Load and check rule files; a rule with a problem is left out and reported."""
    book = RuleBook()
    seen: dict[str, Rule] = {}
    for path in paths:
        try:
            rule_file = load_data_file(RuleFile, path)
        except DataFileError as exc:
            book.problems.extend(exc.problems)
            continue
        for rule in rule_file.rules:
            problems = check_rule(rule, catalog)
            if rule.id in seen:
                first = seen[rule.id].where("id")
                problems.append(
                    _problem(
                        rule,
                        "id",
                        f"rule id {rule.id!r} is already used at {first.file}:{first.line}",
                    )
                )
            if problems:
                book.problems.extend(problems)
                continue
            seen[rule.id] = rule
            book.rules.append(rule)
    return book


def load_rules(folder: Path | None, catalog: Catalog) -> RuleBook:
    """Load every ``*.yaml`` rule file in ``folder`` (default: the shipped rules)."""
    folder = shipped_rule_dir() if folder is None else folder
    return load_rule_files(iter_yaml_files(folder) if folder.is_dir() else (), catalog)


def check_workshop(workshop: Workshop, rules: Sequence[Rule]) -> tuple[Finding, ...]:
    """Every rule that fires on the workshop's recorded decisions.

    Warnings come before notes; within each, findings follow the agenda order.
    """
    decisions = [d for d in workshop.decisions if d.what_if_of is None]
    place = {d.id: i for i, d in enumerate(decisions)}
    found: list[Finding] = []
    for rule in rules:
        candidates = [[d for d in decisions if c.matches(d)] for c in rule.when]
        seen: set[frozenset[str]] = set()
        for combo in itertools.product(*candidates):
            ids = frozenset(d.id for d in combo)
            if len(ids) < len(combo) or ids in seen:
                continue
            seen.add(ids)
            found.append(Finding(rule, tuple(combo)))
    found.sort(key=lambda f: (f.rule.severity != "warning", min(place[d.id] for d in f.decisions)))
    return tuple(found)

"""The decision-tree model: immutable values built by the loader.

The dataclasses here are the single source of truth for the tree format: the loader
reads YAML into them field by field, and ``schema.py`` derives the JSON Schema from
them. Field metadata carries what the type alone cannot say:

- ``doc``: a description for the schema and the format documentation;
- ``key``: the YAML key when it differs from the Python name (``from``);
- ``pattern`` / ``min_items``: constraints checked by the loader and in the schema;
- ``internal``: set by the loader, never written in a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
VERSION_PATTERN = r"^\d+\.\d+(\.\d+)?$"
URL_PATTERN = r"^https://[^\s/]+\.[^\s/]+(/\S*)?$"

WHEN_DOC = (
    "Only on paths with these answers, each written question=option. Answers to the same "
    "question are alternatives; answers to different questions must all be on the path."
)

Provenance = Literal["notes", "current"]
"""How new a fact is: ``notes``, long-standing guidance that is still true; ``current``, newer
than most 2020-era guides and courses (shown marked NEW)."""

GroupKind = Literal["cloud", "region", "az", "vpc", "subnet", "account", "on_premises", "edge"]

NodeKind = Literal[
    "users",
    "internet",
    "on_premises",
    "route53",
    "cloudfront",
    "global_accelerator",
    "alb",
    "nlb",
    "gwlb",
    "clb",
    "appliance",
    "ec2",
    "asg",
    "spot",
    "dedicated_host",
    "lambda",
    "fargate",
    "ecs",
    "eks",
    "beanstalk",
    "ebs",
    "instance_store",
    "efs",
    "fsx",
    "s3",
    "glacier",
    "backup",
    "snapshot",
    "rds",
    "aurora",
    "elasticache",
    "dynamodb",
    "api_gateway",
    "sqs",
    "sns",
    "eventbridge",
    "step_functions",
    "kinesis",
    "cognito",
    "iam",
    "kms",
    "secrets_manager",
    "waf",
    "nat_gateway",
    "internet_gateway",
    "vpc_endpoint",
    "eni",
    "elastic_ip",
    "cloudwatch",
    "billing",
    "directory",
]


def _internal() -> Any:
    return field(default=None, compare=False, repr=False, metadata={"internal": True})


@dataclass(frozen=True)
class Pos:
    """A 1-based place in a source file."""

    file: str
    line: int
    col: int


Marks = dict[str, Pos]
"""Where each key of a mapping was written; ``""`` is the mapping itself."""


@dataclass(frozen=True)
class Located:
    """Base for values that remember where in the file they were written."""

    def where(self, key: str = "") -> Pos:
        marks: Marks | None = getattr(self, "marks", None)
        if not marks:
            return Pos("<unknown>", 1, 1)
        return marks.get(key) or marks[""]


@dataclass(frozen=True)
class Source(Located):
    """An official reference that backs an outcome."""

    title: str = field(metadata={"doc": "The page title as the reader will see it."})
    url: str = field(metadata={"doc": "An https address of the page.", "pattern": URL_PATTERN})
    marks: Marks = _internal()


@dataclass(frozen=True)
class Statement(Located):
    """A reason or caveat. In YAML either a plain string or a mapping."""

    text: str = field(metadata={"doc": "One or two sentences in plain language."})
    because: tuple[str, ...] = field(
        default=(),
        metadata={
            "doc": "Ids of the questions whose answers this statement depends on; the "
            "app shows the user's answer beside it."
        },
    )
    provenance: Provenance | None = field(
        default=None,
        metadata={"doc": "Overrides the outcome's provenance for this statement."},
    )
    when: tuple[str, ...] = field(default=(), metadata={"doc": WHEN_DOC})
    marks: Marks = _internal()


@dataclass(frozen=True)
class Exclusion(Located):
    """Outcomes an answer rules out, with the reason a person would give."""

    outcomes: tuple[str, ...] = field(
        metadata={"doc": "Ids of the outcomes this answer rules out.", "min_items": 1}
    )
    reason: str = field(
        metadata={
            "doc": "Why, in terms of the user's need and what those outcomes lack; one or two "
            "sentences."
        }
    )
    when: tuple[str, ...] = field(default=(), metadata={"doc": WHEN_DOC})
    marks: Marks = _internal()


@dataclass(frozen=True)
class Related(Located):
    """Another outcome shown beside the recommendation instead of as ruled out."""

    outcome: str = field(metadata={"doc": "Id of the other outcome."})
    note: str = field(metadata={"doc": "How it fits with the recommendation, in one sentence."})
    when: tuple[str, ...] = field(default=(), metadata={"doc": WHEN_DOC})
    marks: Marks = _internal()


@dataclass(frozen=True)
class Option(Located):
    """One answer to a question, leading to another question or an outcome."""

    id: str = field(metadata={"doc": "Unique within its question.", "pattern": ID_PATTERN})
    label: str = field(metadata={"doc": "The answer as a short phrase."})
    detail: str = field(metadata={"doc": "One sentence that tells this answer apart."})
    next: str = field(metadata={"doc": "Id of the question or outcome this answer leads to."})
    rules_out: tuple[Exclusion, ...] = field(
        default=(),
        metadata={
            "doc": "Outcomes this answer rules out and why. Every other outcome must get a "
            "reason from some answer on each path."
        },
    )
    marks: Marks = _internal()


@dataclass(frozen=True)
class Question(Located):
    """A question about the workload, with two or more answers."""

    id: str = field(metadata={"doc": "Unique within the tree.", "pattern": ID_PATTERN})
    prompt: str = field(metadata={"doc": "The question, in terms of requirements."})
    options: tuple[Option, ...] = field(metadata={"doc": "The answers.", "min_items": 2})
    help: str | None = field(
        default=None, metadata={"doc": "Explains any term a newcomer may not know."}
    )
    marks: Marks = _internal()

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class SketchGroup(Located):
    """A box in the architecture sketch: a region, an AZ, a VPC, a subnet..."""

    id: str = field(metadata={"doc": "Unique within the sketch.", "pattern": ID_PATTERN})
    kind: GroupKind = field(metadata={"doc": "What the box stands for."})
    label: str | None = field(default=None, metadata={"doc": "Text on the box."})
    parent: str | None = field(default=None, metadata={"doc": "Id of the enclosing group."})
    marks: Marks = _internal()


@dataclass(frozen=True)
class SketchNode(Located):
    """A service or actor in the architecture sketch."""

    id: str = field(metadata={"doc": "Unique within the sketch.", "pattern": ID_PATTERN})
    kind: NodeKind = field(metadata={"doc": "Which service or actor; picks the icon."})
    label: str | None = field(
        default=None, metadata={"doc": "Text under the icon; the service name if omitted."}
    )
    group: str | None = field(default=None, metadata={"doc": "Id of the enclosing group."})
    marks: Marks = _internal()


@dataclass(frozen=True)
class SketchEdge(Located):
    """A labelled arrow between two sketch nodes."""

    source: str = field(metadata={"doc": "Id of the node the arrow starts at.", "key": "from"})
    target: str = field(metadata={"doc": "Id of the node the arrow ends at.", "key": "to"})
    label: str | None = field(default=None, metadata={"doc": "Text on the arrow."})
    marks: Marks = _internal()


@dataclass(frozen=True)
class Sketch(Located):
    """A small architecture diagram of the recommended setup."""

    nodes: tuple[SketchNode, ...] = field(metadata={"doc": "Services.", "min_items": 1})
    groups: tuple[SketchGroup, ...] = field(default=(), metadata={"doc": "Boxes."})
    edges: tuple[SketchEdge, ...] = field(default=(), metadata={"doc": "Arrows."})
    marks: Marks = _internal()


@dataclass(frozen=True)
class Outcome(Located):
    """A recommendation at the end of a path."""

    id: str = field(metadata={"doc": "Unique within the tree.", "pattern": ID_PATTERN})
    title: str = field(metadata={"doc": "The recommendation in a few words."})
    summary: str = field(metadata={"doc": "One or two sentences: what to do."})
    provenance: Provenance = field(
        metadata={
            "doc": "notes: long-standing guidance, still true; "
            "current: newer than most 2020-era guides (marked NEW)."
        }
    )
    reasons: tuple[Statement, ...] = field(
        metadata={"doc": "Why it fits the answers.", "min_items": 1}
    )
    sources: tuple[Source, ...] = field(
        metadata={"doc": "Official AWS documentation.", "min_items": 1}
    )
    as_of: dt.date = field(metadata={"doc": "When the facts were last checked (YYYY-MM-DD)."})
    sketch: Sketch = field(metadata={"doc": "Architecture sketch of the recommended setup."})
    caveats: tuple[Statement, ...] = field(default=(), metadata={"doc": "What to watch out for."})
    changed: tuple[str, ...] = field(
        default=(),
        metadata={"doc": "What changed since 2020-era guides, in plain words."},
    )
    compare: dict[str, str] = field(
        default_factory=dict,
        metadata={"doc": "This outcome's row of the comparison table: criterion id to cell."},
    )
    also_fits: tuple[Related, ...] = field(
        default=(),
        metadata={"doc": "Outcomes that fit equally well; shown as such, never as ruled out."},
    )
    includes: tuple[Related, ...] = field(
        default=(),
        metadata={"doc": "Outcomes that are part of this plan; shown as such, never as ruled out."},
    )
    marks: Marks = _internal()


@dataclass(frozen=True)
class Criterion(Located):
    """A column of the comparison table."""

    id: str = field(metadata={"doc": "Unique within the table.", "pattern": ID_PATTERN})
    label: str = field(metadata={"doc": "Column heading."})
    marks: Marks = _internal()


@dataclass(frozen=True)
class DecisionTree(Located):
    """One decision: questions leading to outcomes, a DAG with a single start."""

    id: str = field(metadata={"doc": "Unique across all trees.", "pattern": ID_PATTERN})
    title: str = field(metadata={"doc": "The decision, as the catalogue shows it."})
    category: str = field(metadata={"doc": "Catalogue group, such as Storage or Networking."})
    summary: str = field(metadata={"doc": "One line: what this tree helps decide."})
    version: str = field(
        metadata={"doc": "Content version, raised on every change.", "pattern": VERSION_PATTERN}
    )
    as_of: dt.date = field(metadata={"doc": "When the content was last checked (YYYY-MM-DD)."})
    keywords: tuple[str, ...] = field(metadata={"doc": "Search words.", "min_items": 1})
    start: str = field(metadata={"doc": "Id of the first question."})
    questions: tuple[Question, ...] = field(metadata={"doc": "The questions.", "min_items": 1})
    outcomes: tuple[Outcome, ...] = field(metadata={"doc": "The recommendations.", "min_items": 2})
    comparison: tuple[Criterion, ...] = field(
        default=(),
        metadata={"doc": "Columns of the comparison table; each outcome fills its row."},
    )
    marks: Marks = _internal()
    file: str = _internal()
    content_hash: str = _internal()

    @cached_property
    def nodes(self) -> dict[str, Question | Outcome]:
        """Every question and outcome by id."""
        found: dict[str, Question | Outcome] = {}
        items: list[Question | Outcome] = [*self.questions, *self.outcomes]
        for item in items:
            found.setdefault(item.id, item)
        return found

    def question(self, question_id: str) -> Question | None:
        node = self.nodes.get(question_id)
        return node if isinstance(node, Question) else None

    def outcome(self, outcome_id: str) -> Outcome | None:
        node = self.nodes.get(outcome_id)
        return node if isinstance(node, Outcome) else None

    @cached_property
    def reachable_outcomes(self) -> dict[str, frozenset[str]]:
        """For every node id, the outcomes some path from it can still reach."""
        memo: dict[str, frozenset[str]] = {}
        for root in self.nodes:  # depth first with an explicit stack: a long chain is fine
            stack = [(root, False)]
            while stack:
                node_id, children_done = stack.pop()
                if node_id in memo and not children_done:
                    continue
                node = self.nodes.get(node_id)
                if not isinstance(node, Question):
                    memo[node_id] = (
                        frozenset({node_id}) if isinstance(node, Outcome) else frozenset()
                    )
                elif children_done:
                    memo[node_id] = frozenset().union(
                        *(memo.get(o.next, frozenset()) for o in node.options)
                    )
                else:
                    memo[node_id] = frozenset()  # guards against cycles in unvalidated trees
                    stack.append((node_id, True))
                    stack.extend((o.next, False) for o in node.options if o.next not in memo)
        return memo

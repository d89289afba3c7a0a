"""A workshop: one system, an agenda of decisions, the answers, notes and outcomes.

Every value here is immutable: an edit returns a new ``Workshop``, so the GUI's adapter
holds the current value, replaces it on each change and autosaves it. The file format
lives in ``storage`` and ``file_format``, and is documented in docs/workshop-format.md.

A decision keeps what the group recorded (answers, outcome, tree version and content hash)
and never changes it by itself: ``resolve_decision`` replays the answers on today's tree and
reports the drift, and only a new answer (``Decision.with_session``) records anything new.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, get_args

from aws_advisor.core.engine.session import Explanation, ReplayProblem, Session
from aws_advisor.core.errors import AdvisorError
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.core.workshops.numbering import agenda_numbers

Status = Literal["not_started", "in_progress", "decided", "parked"]
STATUSES: tuple[Status, ...] = get_args(Status)
STATUS_LABELS: dict[Status, str] = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "decided": "Decided",
    "parked": "Parked",
}


class WorkshopError(AdvisorError):
    """An edit that does not fit the workshop (an unknown decision, an impossible status)."""


@dataclass(frozen=True)
class RecordedAnswer:
    """One answer as the group gave it, with the question and option text of the time."""

    question: str
    option: str
    at: dt.datetime
    prompt: str
    label: str


@dataclass(frozen=True)
class AnswerNote:
    """What the group said about one answer: why they chose it, and any dissent."""

    question: str
    why: str = ""
    dissent: str = ""


@dataclass(frozen=True)
class RecordedOutcome:
    """The recommendation the group reached, as it was titled at the time."""

    id: str
    title: str


@dataclass(frozen=True)
class Decision:
    """One agenda item: a tree, the answers given, the notes and the outcome reached."""

    id: str
    tree: str
    tree_title: str
    tree_version: str
    content_hash: str
    answers: tuple[RecordedAnswer, ...] = ()
    outcome: RecordedOutcome | None = None
    status: Status = "not_started"
    notes: tuple[AnswerNote, ...] = ()
    context: str = ""
    what_if_of: str | None = None
    park_reason: str = ""
    """Why the group parked the decision (optional); cleared when it is resumed."""

    def note_for(self, question_id: str) -> AnswerNote | None:
        return next((n for n in self.notes if n.question == question_id), None)

    def session_data(self) -> dict[str, Any]:
        """The recorded answers in ``Session.to_data`` shape, for ``Session.replay``."""
        return {
            "tree": self.tree,
            "tree_version": self.tree_version,
            "content_hash": self.content_hash,
            "answers": [
                {"question": a.question, "option": a.option, "at": a.at.isoformat()}
                for a in self.answers
            ],
        }

    def with_session(self, session: Session) -> Decision:
        """Record the session's path and outcome; the status follows from them.

        Notes are kept even for questions no longer on the path, so nothing typed is lost.
        """
        if session.tree.id != self.tree:
            raise WorkshopError(
                f"decision {self.id} is about tree {self.tree!r}, not {session.tree.id!r}"
            )
        answers = tuple(
            RecordedAnswer(s.question.id, s.option.id, s.at, s.question.prompt, s.option.label)
            for s in session.path
        )
        out = session.outcome
        status: Status = "decided" if out else "in_progress" if answers else "not_started"
        return dataclasses.replace(
            self,
            tree_title=session.tree.title,
            tree_version=session.tree.version,
            content_hash=session.tree.content_hash,
            answers=answers,
            outcome=RecordedOutcome(out.id, out.title) if out else None,
            status=status,
        )

    def with_note(
        self, question_id: str, *, why: str | None = None, dissent: str | None = None
    ) -> Decision:
        """Set the note on one answer; ``None`` leaves a part as it is, ``""`` clears it."""
        old = self.note_for(question_id) or AnswerNote(question_id)
        new = AnswerNote(
            question_id,
            old.why if why is None else why,
            old.dissent if dissent is None else dissent,
        )
        kept = [n for n in self.notes if n.question != question_id]
        if new.why or new.dissent:
            index = next((i for i, n in enumerate(self.notes) if n.question == question_id), None)
            kept.insert(len(kept) if index is None else index, new)
        return dataclasses.replace(self, notes=tuple(kept))

    @property
    def natural_status(self) -> Status:
        """The status the answers alone give: decided, in progress or not started."""
        return "decided" if self.outcome else "in_progress" if self.answers else "not_started"

    def toggled_park(self, reason: str = "") -> Decision:
        """Park the decision (saying why, if the group wants to), or bring a parked one back
        to where its answers left it."""
        if self.status == "parked":
            return dataclasses.replace(self.with_status(self.natural_status), park_reason="")
        return dataclasses.replace(self.with_status("parked"), park_reason=reason.strip())

    def with_status(self, status: Status) -> Decision:
        """Set the status by hand: park a decision, reopen one, confirm it as decided."""
        if status not in STATUSES:
            raise WorkshopError(f"unknown status {status!r}; expected one of {STATUSES}")
        if status == "decided" and self.outcome is None:
            raise WorkshopError("a decision without a recommendation cannot be marked decided")
        if status == "not_started" and self.answers:
            raise WorkshopError("a decision with answers cannot be marked not started")
        return dataclasses.replace(self, status=status)


@dataclass(frozen=True)
class Workshop:
    """The whole session: who, when, and the agenda of decisions in order."""

    id: str
    title: str
    date: dt.date
    facilitator: str = ""
    participants: tuple[str, ...] = ()
    template: str | None = None
    decisions: tuple[Decision, ...] = ()

    def decision(self, decision_id: str) -> Decision:
        for d in self.decisions:
            if d.id == decision_id:
                return d
        raise WorkshopError(f"the workshop has no decision {decision_id!r}")

    def position(self, decision_id: str) -> int:
        """The decision's 1-based place on the agenda."""
        return self.decisions.index(self.decision(decision_id)) + 1

    @property
    def originals(self) -> tuple[Decision, ...]:
        """The decisions on the agenda, without their what-if copies."""
        return tuple(d for d in self.decisions if d.what_if_of is None)

    def numbers(self) -> dict[str, str]:
        """Each decision's number on the agenda, in agenda order (see ``agenda_numbers``)."""
        return agenda_numbers(self.decisions)

    def number(self, decision_id: str) -> str:
        """The agenda number of one decision (see ``numbers``)."""
        return self.numbers()[self.decision(decision_id).id]

    def by_number(self, number: str) -> Decision | None:
        """The decision the agenda numbers ``number`` ("3", "3a"), if any."""
        wanted = number.strip().casefold()
        found = [i for i, n in self.numbers().items() if n == wanted]
        return self.decision(found[0]) if found else None

    def on_agenda(self, tree_id: str) -> Decision | None:
        """The first decision (not a what-if copy) that uses the tree ``tree_id``."""
        return next((d for d in self.originals if d.tree == tree_id), None)

    def numbers_by_tree(self) -> dict[str, list[str]]:
        """For each tree on the agenda, the numbers of its decisions and copies."""
        numbers = self.numbers()
        found: dict[str, list[str]] = {}
        for d in self.decisions:
            found.setdefault(d.tree, []).append(numbers[d.id])
        return found

    def counts(self) -> dict[Status, int]:
        """How many decisions have each status; what-if copies are variants, not counted."""
        return {status: sum(d.status == status for d in self.originals) for status in STATUSES}

    def first_open(self) -> Decision | None:
        """Where to continue: the first decision not decided or parked, else the first one."""
        pending = [d for d in self.decisions if d.status in ("not_started", "in_progress")]
        return pending[0] if pending else (self.decisions[0] if self.decisions else None)

    def _next_id(self) -> str:
        used = {d.id for d in self.decisions}
        n = len(self.decisions) + 1
        while f"d{n}" in used:
            n += 1
        return f"d{n}"

    def add_decision(
        self, tree: DecisionTree, *, index: int | None = None, context: str = ""
    ) -> Workshop:
        """Add a new, unanswered decision at ``index`` (0-based; default: the end)."""
        new = Decision(
            self._next_id(), tree.id, tree.title, tree.version, tree.content_hash, context=context
        )
        items = list(self.decisions)
        items.insert(len(items) if index is None else index, new)
        return dataclasses.replace(self, decisions=tuple(items))

    def replace_decision(self, decision: Decision) -> Workshop:
        """Put an edited decision back in its place (matched by id)."""
        self.decision(decision.id)
        items = tuple(decision if d.id == decision.id else d for d in self.decisions)
        return dataclasses.replace(self, decisions=items)

    def remove_decision(self, decision_id: str) -> Workshop:
        """Remove a decision; its what-if copies stay, as decisions of their own."""
        self.decision(decision_id)
        items = tuple(
            dataclasses.replace(d, what_if_of=None) if d.what_if_of == decision_id else d
            for d in self.decisions
            if d.id != decision_id
        )
        return dataclasses.replace(self, decisions=items)

    def move_decision(self, decision_id: str, index: int) -> Workshop:
        """Move a decision to ``index`` (0-based, clamped to the agenda)."""
        moving = self.decision(decision_id)
        items = [d for d in self.decisions if d.id != decision_id]
        items.insert(max(0, min(index, len(items))), moving)
        return dataclasses.replace(self, decisions=tuple(items))

    def duplicate_decision(self, decision_id: str) -> Workshop:
        """Copy a decision as a what-if, right after the original, answers and notes included."""
        original = self.decision(decision_id)
        copy = dataclasses.replace(
            original, id=self._next_id(), what_if_of=original.what_if_of or original.id
        )
        items = list(self.decisions)
        items.insert(items.index(original) + 1, copy)
        return dataclasses.replace(self, decisions=tuple(items))


def new_workshop(
    title: str,
    *,
    facilitator: str = "",
    participants: Iterable[str] = (),
    date: dt.date | None = None,
    template: str | None = None,
    workshop_id: str | None = None,
) -> Workshop:
    """An empty workshop with a fresh id (a digest of the id names its autosave file)."""
    return Workshop(
        id=workshop_id or uuid.uuid4().hex,
        title=title,
        date=date or dt.date.today(),
        facilitator=facilitator,
        participants=tuple(p.strip() for p in participants if p.strip()),
        template=template,
    )


# --- Today's tree against the record ------------------------------------------------------


@dataclass(frozen=True, eq=False)
class DecisionState:
    """A decision replayed on today's tree: what still fits and what has drifted.

    ``session`` is a live session on the current tree (None when the tree is gone), with
    the answers that still fit; ``unfit`` lists the recorded answers that need answering
    again. The recorded decision itself is unchanged.
    """

    decision: Decision
    tree: DecisionTree | None
    session: Session | None
    unfit: tuple[ReplayProblem, ...]

    @property
    def missing_tree(self) -> bool:
        return self.tree is None

    @property
    def tree_changed(self) -> bool:
        """The tree's version or content differs from the one the answers were given on."""
        return self.tree is not None and (
            self.tree.version != self.decision.tree_version
            or self.tree.content_hash != self.decision.content_hash
        )

    @property
    def outcome_changed(self) -> bool:
        """Replaying the answers today does not lead to the recorded outcome."""
        if self.session is None:
            return False
        now = self.session.outcome
        recorded = self.decision.outcome
        return (now.id if now else None) != (recorded.id if recorded else None)

    @property
    def drifted(self) -> bool:
        """The record no longer matches today's tree and must be answered again."""
        return self.missing_tree or bool(self.unfit) or self.outcome_changed

    def unfit_answer(self, question_id: str) -> ReplayProblem | None:
        return next((p for p in self.unfit if p.question_id == question_id), None)

    def explanation(self) -> Explanation | None:
        """Why the recorded outcome, on today's tree; None while undecided or drifted."""
        if self.drifted or self.session is None or self.session.outcome is None:
            return None
        return self.session.explain()

    def drift_messages(self) -> tuple[str, ...]:
        """What changed, in words a facilitator can read out."""
        d = self.decision
        if self.tree is None:
            return (
                f"The tree {d.tree!r} is no longer installed; the recorded answers and "
                "outcome are shown as they were.",
            )
        lines: list[str] = []
        if self.tree_changed:
            lines.append(
                f"The tree has changed since the answers were given (version "
                f"{d.tree_version} then, {self.tree.version} now)."
            )
        prompts = {a.question: a.prompt for a in d.answers}
        for p in self.unfit:
            lines.append(f'"{prompts.get(p.question_id, p.question_id)}": {p.message}.')
        if self.outcome_changed and self.session is not None:
            now = self.session.outcome
            was = d.outcome.title if d.outcome else "no recommendation yet"
            lines.append(
                f"Recorded: {was}. Today the same answers lead to "
                f"{now.title if now else 'further questions'}; answer again to confirm."
            )
        return tuple(lines)


def resolve_decision(decision: Decision, catalog: Catalog) -> DecisionState:
    """Replay a decision's recorded answers on the catalogue's current tree."""
    tree = catalog.trees.get(decision.tree)
    if tree is None:
        return DecisionState(decision, None, None, ())
    session, unfit = Session.replay(tree, decision.session_data())
    return DecisionState(decision, tree, session, unfit)


def resolve_workshop(workshop: Workshop, catalog: Catalog) -> tuple[DecisionState, ...]:
    return tuple(resolve_decision(d, catalog) for d in workshop.decisions)

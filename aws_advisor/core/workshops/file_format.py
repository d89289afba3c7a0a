"""The workshop format: a ``Workshop`` to JSON-ready data and back, every field checked.

Kept apart from the file handling in ``storage`` so each stays small. The format is
documented in docs/workshop-format.md; raise ``FORMAT_VERSION`` for any change to it, so an
older app refuses a newer file instead of dropping what it does not know.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from aws_advisor.core.text_safety import clean, describe, first_forbidden
from aws_advisor.core.workshops.document import (
    STATUSES,
    AnswerNote,
    Decision,
    RecordedAnswer,
    RecordedOutcome,
    Workshop,
    WorkshopError,
)

FORMAT_VERSION = 2
"""The ``format_version`` this app writes and the newest it reads."""


class WorkshopDataError(WorkshopError):
    """Workshop data does not have the expected shape; the message names the field."""


class FutureFormatError(WorkshopDataError):
    """The data was written by a newer app, in a format version this one cannot read."""

    def __init__(self, found: int) -> None:
        self.found = found
        super().__init__(
            f"it was saved by a newer version of AWS Advisor (workshop format {found}; this "
            f"version reads format {FORMAT_VERSION} and older); update AWS Advisor to open it"
        )


def workshop_to_data(workshop: Workshop) -> dict[str, Any]:
    """The workshop as JSON-ready data, ``format_version`` first."""

    def decision(d: Decision) -> dict[str, Any]:
        return {
            "id": d.id,
            "tree": d.tree,
            "tree_title": d.tree_title,
            "tree_version": d.tree_version,
            "content_hash": d.content_hash,
            "status": d.status,
            "what_if_of": d.what_if_of,
            "context": d.context,
            "park_reason": d.park_reason,
            "answers": [
                {
                    "question": a.question,
                    "option": a.option,
                    "at": a.at.isoformat(),
                    "prompt": a.prompt,
                    "label": a.label,
                }
                for a in d.answers
            ],
            "notes": [
                {"question": n.question, "why": n.why, "dissent": n.dissent} for n in d.notes
            ],
            "outcome": {"id": d.outcome.id, "title": d.outcome.title} if d.outcome else None,
        }

    return {
        "format_version": FORMAT_VERSION,
        "id": workshop.id,
        "title": workshop.title,
        "date": workshop.date.isoformat(),
        "facilitator": workshop.facilitator,
        "participants": list(workshop.participants),
        "template": workshop.template,
        "decisions": [decision(d) for d in workshop.decisions],
    }


_REQUIRED = object()


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, int | float) else "a value")


def _object(value: Any, where: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Check an object's keys; missing optional keys get their defaults."""
    if not isinstance(value, dict):
        raise WorkshopDataError(f"{where}: expected an object, got {_kind(value)}")
    for key in value:
        if key not in fields:
            raise WorkshopDataError(f"{where}: unknown field {key!r}")
    out = dict(value)
    for key, default in fields.items():
        if key not in out:
            if default is _REQUIRED:
                raise WorkshopDataError(f"{where}: missing field {key!r}")
            out[key] = default
    return out


def _text(value: Any, where: str, *, optional: bool = False) -> Any:
    if isinstance(value, str):
        at = first_forbidden(value)
        if at is not None:
            raise WorkshopDataError(
                f"{where}: the text holds the control character {describe(value[at])}, "
                "which is not allowed"
            )
        return value
    if optional and value is None:
        return value
    raise WorkshopDataError(f"{where}: expected text, got {_kind(value)}")


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise WorkshopDataError(f"{where}: expected a list, got {_kind(value)}")
    return value


def _answer(value: Any, where: str) -> RecordedAnswer:
    o = _object(
        value, where, dict.fromkeys(("question", "option", "at", "prompt", "label"), _REQUIRED)
    )
    try:
        at = dt.datetime.fromisoformat(_text(o["at"], f"{where}.at"))
    except ValueError:
        raise WorkshopDataError(f"{where}.at: {o['at']!r} is not a date and time") from None
    return RecordedAnswer(
        _text(o["question"], f"{where}.question"),
        _text(o["option"], f"{where}.option"),
        at,
        _text(o["prompt"], f"{where}.prompt"),
        _text(o["label"], f"{where}.label"),
    )


def _decision(value: Any, where: str) -> Decision:
    o = _object(
        value,
        where,
        {
            **dict.fromkeys(("id", "tree", "tree_version", "content_hash", "answers"), _REQUIRED),
            "tree_title": None,
            "status": "not_started",
            "what_if_of": None,
            "context": "",
            "park_reason": "",
            "notes": [],
            "outcome": None,
        },
    )
    if o["status"] not in STATUSES:
        raise WorkshopDataError(
            f"{where}.status: {o['status']!r} is not one of {', '.join(STATUSES)}"
        )
    notes = []
    for i, item in enumerate(_list(o["notes"], f"{where}.notes"), 1):
        n = _object(item, f"{where}.notes[{i}]", {"question": _REQUIRED, "why": "", "dissent": ""})
        notes.append(
            AnswerNote(
                _text(n["question"], f"{where}.notes[{i}].question"),
                _text(n["why"], f"{where}.notes[{i}].why"),
                _text(n["dissent"], f"{where}.notes[{i}].dissent"),
            )
        )
    outcome = None
    if o["outcome"] is not None:
        r = _object(o["outcome"], f"{where}.outcome", {"id": _REQUIRED, "title": _REQUIRED})
        outcome = RecordedOutcome(
            _text(r["id"], f"{where}.outcome.id"), _text(r["title"], f"{where}.outcome.title")
        )
    tree = _text(o["tree"], f"{where}.tree")
    return Decision(
        id=_text(o["id"], f"{where}.id"),
        tree=tree,
        tree_title=_text(o["tree_title"], f"{where}.tree_title", optional=True) or tree,
        tree_version=_text(o["tree_version"], f"{where}.tree_version"),
        content_hash=_text(o["content_hash"], f"{where}.content_hash"),
        answers=tuple(
            _answer(a, f"{where}.answers[{i}]")
            for i, a in enumerate(_list(o["answers"], f"{where}.answers"), 1)
        ),
        outcome=outcome,
        status=o["status"],
        notes=tuple(notes),
        context=_text(o["context"], f"{where}.context"),
        what_if_of=_text(o["what_if_of"], f"{where}.what_if_of", optional=True),
        park_reason=_text(o["park_reason"], f"{where}.park_reason"),
    )


def workshop_from_data(data: Any) -> Workshop:
    """Rebuild a workshop from ``workshop_to_data`` output, checking every field.

    Raises:
        FutureFormatError: the data is from a newer format version.
        WorkshopDataError: naming the first field that is missing or of the wrong kind.
    """
    if not isinstance(data, dict):
        raise WorkshopDataError(f"expected a JSON object, got {_kind(data)}")
    version = data.get("format_version")
    if version is None:
        raise WorkshopDataError("no format_version; this is not an AWS Advisor workshop")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WorkshopDataError(f"format_version {version!r} is not a workshop format")
    if version > FORMAT_VERSION:
        raise FutureFormatError(version)
    o = _object(
        data,
        "workshop",
        {
            **dict.fromkeys(("format_version", "id", "title", "date", "decisions"), _REQUIRED),
            "facilitator": "",
            "participants": [],
            "template": None,
            "autosave": None,  # written by ``autosave``; not part of the workshop
        },
    )
    try:
        date = dt.date.fromisoformat(_text(o["date"], "date"))
    except ValueError:
        raise WorkshopDataError(f"date: {o['date']!r} is not a date (YYYY-MM-DD)") from None
    decisions = tuple(
        _decision(d, f"decisions[{i}]") for i, d in enumerate(_list(o["decisions"], "decisions"), 1)
    )
    ids = [d.id for d in decisions]
    for i, d in enumerate(decisions, 1):
        if ids.index(d.id) != i - 1:
            raise WorkshopDataError(f"decisions[{i}].id: {d.id!r} is used twice")
        if d.what_if_of is not None and d.what_if_of not in ids:
            raise WorkshopDataError(
                f"decisions[{i}].what_if_of: there is no decision {d.what_if_of!r}"
            )
    return Workshop(
        id=_text(o["id"], "id"),
        title=_text(o["title"], "title"),
        date=date,
        facilitator=_text(o["facilitator"], "facilitator"),
        participants=tuple(
            _text(p, f"participants[{i}]")
            for i, p in enumerate(_list(o["participants"], "participants"), 1)
        ),
        template=_text(o["template"], "template", optional=True),
        decisions=decisions,
    )


def encode_data(data: dict[str, Any]) -> bytes:
    """UTF-8 JSON text for a file, without the characters the reader refuses, so the app
    never writes what it cannot read back."""
    data = _cleaned(data)
    try:
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in pasted text: keep it, escaped
        return (json.dumps(data, indent=2) + "\n").encode("ascii")


def _cleaned(value: Any) -> Any:
    """``value`` with every string in it cleaned (``core.text_safety``)."""
    if isinstance(value, str):
        return clean(value) if first_forbidden(value) is not None else value
    if isinstance(value, dict):
        return {_cleaned(k): _cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    return value

"""How the agenda numbers its decisions: 1, 2, 3… for the decisions themselves, and a
what-if copy its original's number and a letter (2a, 2b…), so adding a copy never
renumbers the rest and a copy is never counted as a decision of its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Numbered(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def what_if_of(self) -> str | None: ...


def agenda_numbers(decisions: Sequence[Numbered]) -> dict[str, str]:
    """Decision id to agenda number, in agenda order."""
    originals = [d for d in decisions if d.what_if_of is None]
    number = {d.id: str(n) for n, d in enumerate(originals, 1)}
    copies: dict[str, int] = {}
    found: dict[str, str] = {}
    for d in decisions:
        if d.what_if_of is None:
            found[d.id] = number[d.id]
        else:
            k = copies.get(d.what_if_of, 0)
            copies[d.what_if_of] = k + 1
            found[d.id] = number.get(d.what_if_of, "") + letters(k)
    return found


def letters(k: int) -> str:
    """0 → a, 25 → z, 26 → aa: the letter of the k-th what-if copy."""
    text = ""
    k += 1
    while k:
        k, rest = divmod(k - 1, 26)
        text = chr(ord("a") + rest) + text
    return text

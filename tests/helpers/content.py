"""Shipped trees whose authored why-not reasons are not written yet (issue 12).

Their content tests are expected to fail (strict xfail), so each tree leaves this list in
the commit that gives it reasons, and CI stays green in between.
"""

from __future__ import annotations

from typing import Any

import pytest

AWAITING_REASONS: frozenset[str] = frozenset()
"""Trees still without an authored reason for every exclusion, and still citing "the notes"."""

AWAITING_SCENARIOS = AWAITING_REASONS
"""Trees without two scenarios that pin a why-not reason and a what-if result."""


def tree_params(tree_ids: Any, awaiting: frozenset[str] = AWAITING_REASONS) -> list[Any]:
    """``tree_ids`` as pytest params; the awaiting ones marked as expected (strict) failures."""
    return [
        pytest.param(
            t,
            marks=pytest.mark.xfail(strict=True, reason="issue 12: reasons not written yet"),
        )
        if t in awaiting
        else t
        for t in sorted(tree_ids)
    ]

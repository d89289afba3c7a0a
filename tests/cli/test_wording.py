"""Words a first-time user can place: no reference to material they have never seen."""

from __future__ import annotations

import pytest

from aws_advisor.cli.text import format_explanation
from aws_advisor.core.engine.session import Session, enumerate_paths
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from tests.helpers.content import tree_params

SHIPPED = load_catalog(shipped_tree_dir())


def _texts(tree_id: str) -> list[str]:
    tree = SHIPPED.trees[tree_id]
    found = []
    for trail, _outcome in enumerate_paths(tree):
        session = Session(tree)
        for _, option in trail:
            session.answer(option)
        found.append(format_explanation(tree, session.explain()))
    return found


@pytest.mark.parametrize("tree_id", sorted(SHIPPED.trees))
def test_the_new_legend_appears_exactly_when_a_new_mark_does(tree_id: str) -> None:
    for text in _texts(tree_id):
        assert ("[NEW]" in text) == ("NEW: newer than most 2020-era guides" in text), text
        assert "study notes" not in text


@pytest.mark.parametrize("tree_id", tree_params(SHIPPED.trees))
def test_no_recommendation_mentions_notes_a_user_has_never_seen(tree_id: str) -> None:
    for text in _texts(tree_id):
        assert " the notes" not in text.lower()

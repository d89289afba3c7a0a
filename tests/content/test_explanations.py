"""Every page of every shipped tree is true to the answers that led to it.

For each path: every outcome not recommended is either set beside the recommendation or
ruled out by a reason the author wrote; nothing is both; what-if never offers the current
recommendation; no statement cites a question that is not on the path; and no statement
on the page names an outcome that the same page rules out as something to use.
"""

from __future__ import annotations

import re

import pytest

from aws_advisor.core.engine.session import Explanation, Session, enumerate_paths
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog
from aws_advisor.core.tree.model import DecisionTree, Outcome
from aws_advisor.core.tree.reason_checks import check_reasons
from tests.helpers.content import tree_params

SHIPPED = load_catalog(shipped_tree_dir())


def pages(tree: DecisionTree) -> list[Explanation]:
    found = []
    for trail, _ in enumerate_paths(tree):
        session = Session(tree)
        for _, option in trail:
            session.answer(option)
        found.append(session.explain())
    return found


@pytest.mark.parametrize("tree_id", tree_params(SHIPPED.trees))
def test_the_validator_finds_no_missing_or_contradicting_reason(tree_id: str) -> None:
    problems = check_reasons(SHIPPED.trees[tree_id])
    assert not problems, "\n".join(str(p) for p in problems)


@pytest.mark.parametrize("tree_id", tree_params(SHIPPED.trees))
def test_every_page_accounts_for_every_other_outcome_once(tree_id: str) -> None:
    tree = SHIPPED.trees[tree_id]
    for expl in pages(tree):
        ruled = [o.id for r in expl.why_not for o in r.outcomes]
        beside = [b.outcome.id for b in (*expl.also_fits, *expl.part_of_plan)]
        others = sorted(o.id for o in tree.outcomes if o.id != expl.outcome.id)
        assert sorted(ruled + beside) == others, expl.outcome.id
        assert all(r.reason for r in expl.why_not), "every why-not has an authored reason"
        lines = [(r.chosen.id, r.reason) for r in expl.why_not]
        assert len(lines) == len(set(lines)), "one line per answer and reason"
        for alt in expl.what_if:
            assert expl.outcome.id not in {o.id for o in alt.outcomes}


@pytest.mark.parametrize("tree_id", sorted(SHIPPED.trees))
def test_no_statement_cites_a_question_off_the_path(tree_id: str) -> None:
    for expl in pages(SHIPPED.trees[tree_id]):
        on_path = {s.question.id for s in expl.path}
        for statement in (*expl.why, *expl.caveats):
            assert {a.question.id for a in statement.answers} <= on_path
            if statement.statement.because:
                assert statement.answers, (expl.outcome.id, statement.text)


def _names(outcome: Outcome) -> set[str]:
    """How a sentence would name an outcome: its title, and a short form in parentheses."""
    names = {outcome.title.split(" (")[0].split(",")[0].strip()}
    names |= set(re.findall(r"\(([A-Z][A-Za-z0-9 ]{1,20})\)", outcome.title))
    return {n for n in names if len(n) > 3}


@pytest.mark.parametrize("tree_id", sorted(SHIPPED.trees))
def test_no_caveat_tells_the_user_to_use_what_the_page_rules_out(tree_id: str) -> None:
    """A caveat that names a ruled-out outcome must not tell the user to use it, unless it
    says in the same sentence when that would become right ("if you later need ...")."""
    advice = re.compile(r"\b(use|check|add|switch to|move to|pick|choose|consider)\b", re.I)
    condition = re.compile(r"\b(if|when|unless|once|for that|instead of)\b", re.I)
    for expl in pages(SHIPPED.trees[tree_id]):
        ruled = [o for r in expl.why_not for o in r.outcomes]
        for caveat in expl.caveats:
            for outcome in ruled:
                for name in _names(outcome):
                    sentence = next(
                        (s for s in re.split(r"(?<=[.;])\s", caveat.text) if name in s), None
                    )
                    if (
                        sentence
                        and advice.search(sentence.split(name)[0][-30:])
                        and not condition.search(sentence)
                    ):
                        pytest.fail(
                            f"{expl.outcome.id}: the caveat “{caveat.text}” advises "
                            f"{name!r}, which the same page rules out"
                        )

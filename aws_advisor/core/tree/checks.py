"""Cross-reference and graph checks on a structurally valid tree.

Imported only when a tree is validated: it pulls in networkx, which the GUI's
start-up path for already-validated shipped trees does not need.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from aws_advisor.core.errors import Problem
from aws_advisor.core.tree.limits import check_limits
from aws_advisor.core.tree.model import DecisionTree, Located, Outcome, Pos, Sketch
from aws_advisor.core.tree.reason_checks import check_references


def check_tree(tree: DecisionTree) -> list[Problem]:
    """Every problem found, in file order; an empty list means the tree can be walked.

    Whether every page is true to the answers (``reason_checks.check_reasons``) walks every
    path, so it runs when a tree is validated, not each time one is loaded.
    """
    problems = check_limits(tree)  # first: past them the other checks would be slow
    if problems:
        return sorted(problems, key=lambda p: (p.line, p.col, p.message))
    problems += _check_ids(tree)
    problems += _check_questions(tree)
    problems += _check_outcomes(tree)
    if not problems:
        problems += check_references(tree)
    if not problems:
        problems += _check_graph(tree)
    return sorted(problems, key=lambda p: (p.line, p.col, p.message))


def _duplicates(items: Iterable[Located], what: str, attr: str = "id") -> list[Problem]:
    """``what`` names the namespace, e.g. "id" or "question 'x': duplicate option id"."""
    seen: dict[str, Pos] = {}
    found = []
    for item in items:
        value = getattr(item, attr)
        if value in seen:
            first = seen[value]
            found.append(
                Problem.at(
                    item.where(attr), f"{what} {value!r}; first defined at line {first.line}"
                )
            )
        else:
            seen[value] = item.where(attr)
    return found


def _check_ids(tree: DecisionTree) -> list[Problem]:
    problems = _duplicates((*tree.questions, *tree.outcomes), "duplicate id")
    problems += _duplicates(tree.comparison, "comparison: duplicate criterion id")
    if tree.start not in tree.nodes:
        problems.append(
            Problem.at(tree.where("start"), f"start: no question has the id {tree.start!r}")
        )
    elif tree.outcome(tree.start) is not None:
        problems.append(
            Problem.at(
                tree.where("start"), f"start: {tree.start!r} is an outcome; expected a question"
            )
        )
    return problems


def _check_questions(tree: DecisionTree) -> list[Problem]:
    problems: list[Problem] = []
    question_ids = {q.id for q in tree.questions}
    for q in tree.questions:
        problems += _duplicates(q.options, f"question {q.id!r}: duplicate option id")
        seen_labels: dict[str, Pos] = {}
        for option in q.options:
            key = " ".join(option.label.casefold().split())
            if key in seen_labels:
                problems.append(
                    Problem.at(
                        option.where("label"),
                        f"question {q.id!r}: duplicate option label {option.label!r}; "
                        f"first used at line {seen_labels[key].line}",
                    )
                )
            else:
                seen_labels[key] = option.where("label")
            if option.next not in tree.nodes:
                problems.append(
                    Problem.at(
                        option.where("next"),
                        f"option {option.id!r}: next {option.next!r} is not the id of any "
                        "question or outcome",
                    )
                )
    for outcome in tree.outcomes:
        for statement in (*outcome.reasons, *outcome.caveats):
            for ref in statement.because:
                if ref not in question_ids:
                    problems.append(
                        Problem.at(
                            statement.where("because"),
                            f"outcome {outcome.id!r}: because {ref!r} is not the id of a question",
                        )
                    )
    return problems


def _check_outcomes(tree: DecisionTree) -> list[Problem]:
    problems: list[Problem] = []
    criteria = [c.id for c in tree.comparison]
    for outcome in tree.outcomes:
        if criteria:
            missing = [c for c in criteria if c not in outcome.compare]
            if missing:
                problems.append(
                    Problem.at(
                        outcome.where("compare") if outcome.compare else outcome.where(),
                        f"outcome {outcome.id!r}: compare is missing "
                        + ", ".join(repr(m) for m in missing),
                    )
                )
        extra = [c for c in outcome.compare if c not in criteria]
        if extra:
            problems.append(
                Problem.at(
                    outcome.where("compare"),
                    f"outcome {outcome.id!r}: compare names "
                    + ", ".join(repr(e) for e in extra)
                    + (
                        "; the tree's comparison has no such criterion"
                        if criteria
                        else "; the tree has no comparison criteria"
                    ),
                )
            )
        problems += _check_sketch(outcome, outcome.sketch)
    return problems


def _check_sketch(outcome: Outcome, sketch: Sketch) -> list[Problem]:
    where = f"outcome {outcome.id!r}: sketch"
    problems = _duplicates((*sketch.groups, *sketch.nodes), f"{where}: duplicate id")
    group_ids = {g.id for g in sketch.groups}
    node_ids = {n.id for n in sketch.nodes}
    for group in sketch.groups:
        if group.parent is not None and group.parent not in group_ids:
            problems.append(
                Problem.at(
                    group.where("parent"), f"{where}: parent {group.parent!r} is not a group"
                )
            )
    for node in sketch.nodes:
        if node.group is not None and node.group not in group_ids:
            problems.append(
                Problem.at(node.where("group"), f"{where}: group {node.group!r} is not a group")
            )
    for edge in sketch.edges:
        for key, ref in (("from", edge.source), ("to", edge.target)):
            if ref not in node_ids:
                problems.append(
                    Problem.at(edge.where(key), f"{where}: {key} {ref!r} is not a node")
                )
    if not problems:
        cycle = _parent_cycle({g.id: g.parent for g in sketch.groups if g.parent})
        if cycle:
            first = next(g for g in sketch.groups if g.id == cycle[0])
            names = " -> ".join([*cycle, cycle[0]])
            problems.append(
                Problem.at(first.where("parent"), f"{where}: groups nest in a cycle: {names}")
            )
    return problems


def _parent_cycle(parents: dict[str, str]) -> list[str]:
    """The first cycle of groups that contain each other, from the first group in it that
    the chain of parents reaches; empty when the nesting is a proper hierarchy."""
    done: set[str] = set()
    for start in parents:
        chain: list[str] = []
        node: str | None = start
        while node is not None and node not in done and node not in chain:
            chain.append(node)
            node = parents.get(node)
        if node is not None and node in chain:
            return chain[chain.index(node) :]
        done.update(chain)
    return []


def _check_graph(tree: DecisionTree) -> list[Problem]:
    graph = nx.DiGraph()
    graph.add_nodes_from(tree.nodes)
    for q in tree.questions:
        for option in q.options:
            graph.add_edge(q.id, option.next)
    problems: list[Problem] = []

    try:
        cycle = nx.find_cycle(graph, source=tree.start)
    except nx.NetworkXNoCycle:
        cycle = None
    if cycle is None:
        try:
            cycle = nx.find_cycle(graph)
        except nx.NetworkXNoCycle:
            cycle = None
    if cycle:
        source_id, target_id = cycle[-1][0], cycle[-1][1]
        source_q = tree.question(source_id)
        assert source_q is not None
        option = next(o for o in source_q.options if o.next == target_id)
        names = " -> ".join(a for a, _ in cycle) + f" -> {cycle[0][0]}"
        problems.append(
            Problem.at(
                option.where("next"),
                f"option {option.id!r}: next {target_id!r} closes a cycle ({names}); "
                "a tree must never lead back to an earlier question",
            )
        )
        return problems

    reachable = nx.descendants(graph, tree.start) | {tree.start}
    for q in tree.questions:
        if q.id in reachable:
            continue
        if graph.in_degree(q.id) == 0:
            problems.append(
                Problem.at(
                    q.where("id"),
                    f"question {q.id!r}: no option leads here, so it would be a second start; "
                    f"a tree has one start ({tree.start!r})",
                )
            )
        else:
            problems.append(
                Problem.at(q.where("id"), f"question {q.id!r}: cannot be reached from the start")
            )
    for outcome in tree.outcomes:
        if outcome.id not in reachable:
            problems.append(
                Problem.at(
                    outcome.where("id"), f"outcome {outcome.id!r}: cannot be reached from the start"
                )
            )
    return problems

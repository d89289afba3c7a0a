"""The decision map's state: which boxes the user's answers light, rule out or leave open.

``apply_state`` costs one pass over a laid-out map, so answering a question only re-styles
it; ``DecisionMapCache`` keeps the costly layouts per tree id, version and content.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from aws_advisor.core.diagrams.decision_map import (
    LIT_STATES,
    DecisionMap,
    EdgeState,
    MapMetrics,
    MapState,
    NodeState,
    PathInput,
    layout_decision_map,
)
from aws_advisor.core.engine.session import Session, Step
from aws_advisor.core.errors import AnswerError
from aws_advisor.core.tree.model import DecisionTree


def path_pairs(path: PathInput) -> list[tuple[str, str]]:
    """(question id, option id) pairs from a session, its steps or pairs."""
    if isinstance(path, Session):
        path = path.path
    pairs: list[tuple[str, str]] = []
    for item in path:
        if isinstance(item, Step):
            pairs.append((item.question.id, item.option.id))
        else:
            pairs.append((item[0], item[1]))
    return pairs


def map_state(dmap: DecisionMap, path: PathInput = ()) -> MapState:
    """Light the path the answers take; dim what they rule out.

    Raises:
        AnswerError: when the answers do not follow the map's tree from its start.
    """
    nodes = dmap.nodes
    index = dmap.index
    at = 0
    lit = [0]
    for question_id, option_id in path_pairs(path):
        node = nodes[at]
        if node.collapsed and node.same_as is not None:
            at = index[node.same_as]  # continue in the expanded original
            node = nodes[at]
            lit.append(at)
        if node.kind != "question" or node.ref != question_id:
            raise AnswerError(
                f"{dmap.tree_id}: the answer {question_id}={option_id} does not follow the "
                f"path; the map is at {node.ref!r}"
            )
        child = next((c for c in node.children if nodes[index[c]].option == option_id), None)
        if child is None:
            raise AnswerError(
                f"{dmap.tree_id}: {option_id!r} is not an option of question {question_id!r}"
            )
        at = index[child]
        lit.append(at)

    end = nodes[at]
    states: list[NodeState] = ["ruled_out"] * len(nodes)
    if end.kind == "question":
        states[at + 1 : at + end.size] = ["open"] * (end.size - 1)
    for i in lit:
        states[i] = "on_path"
    states[at] = "current" if end.kind == "question" else "reached"
    edge_states: list[EdgeState] = []
    for s in states[1:]:
        edge_states.append("on_path" if s in LIT_STATES else "open" if s == "open" else "ruled_out")
    return MapState(
        nodes=tuple(states),
        edges=tuple(edge_states),
        path=tuple(nodes[i].key for i in lit),
        current=end.key if end.kind == "question" else None,
        reached=end.key if end.kind == "outcome" else None,
    )


def apply_state(dmap: DecisionMap, state: MapState) -> DecisionMap:
    """The same map with every node and edge carrying its state."""
    nodes = tuple(
        n if n.state == s else n._replace(state=s)
        for n, s in zip(dmap.nodes, state.nodes, strict=True)
    )
    edges = tuple(
        e if e.state == s else e._replace(state=s)
        for e, s in zip(dmap.edges, state.edges, strict=True)
    )
    return replace(
        dmap,
        nodes=nodes,
        edges=edges,
        path=state.path,
        current=state.current,
        reached=state.reached,
    )


class DecisionMapCache:
    """Layouts by tree id, version and content, so answering only re-styles the map."""

    def __init__(self, metrics: MapMetrics | None = None, max_trees: int = 8) -> None:
        self.metrics = metrics or MapMetrics()
        self._max = max_trees
        self._layouts: OrderedDict[tuple[object, ...], DecisionMap] = OrderedDict()

    def layout(self, tree: DecisionTree) -> DecisionMap:
        key = (tree.id, tree.version, tree.content_hash, self.metrics)
        found = self._layouts.get(key)
        if found is None:
            found = layout_decision_map(tree, self.metrics)
            self._layouts[key] = found
            while len(self._layouts) > self._max:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return found

    def decision_map(self, tree: DecisionTree, path: PathInput = ()) -> DecisionMap:
        """The laid-out map of ``tree`` with the states for ``path``."""
        dmap = self.layout(tree)
        return apply_state(dmap, map_state(dmap, path))


def decision_map(
    tree: DecisionTree, path: PathInput = (), metrics: MapMetrics | None = None
) -> DecisionMap:
    """Lay out ``tree`` and mark the states for ``path`` (no caching)."""
    dmap = layout_decision_map(tree, metrics)
    return apply_state(dmap, map_state(dmap, path))


def keys_for_ref(dmap: DecisionMap, ref: str) -> list[str]:
    """Keys of every box that shows question or outcome ``ref``; the first is the original."""
    return [n.key for n in dmap.nodes if n.ref == ref]

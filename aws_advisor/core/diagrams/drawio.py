"""Export a decision map or a sketch as a draw.io (diagrams.net) file.

The file is mxGraph XML: the two root cells every draw.io diagram has, then one cell per
node (a vertex) and per edge; sketch groups are container vertices holding their members,
whose geometry is relative to the container as draw.io expects. Built with
``xml.etree`` so the output is always well-formed.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from pathlib import Path

from aws_advisor.core.diagrams.decision_map import DecisionMap, MapEdge, MapNode
from aws_advisor.core.diagrams.sketch_kinds import CATEGORY_COLOURS
from aws_advisor.core.diagrams.sketch_parts import PlacedGroup, PlacedNode, SketchLayout
from aws_advisor.core.resources import resource_path
from aws_advisor.core.tree.model import GroupKind

SCALE = 20.0
"""draw.io pixels per layout unit (one text line)."""

GROUP_COLOURS: dict[GroupKind, str] = {
    "cloud": "#232f3e",
    "region": "#1c918d",
    "az": "#2f6bc9",
    "vpc": "#7a4fc4",
    "subnet": "#3a9a3f",
    "account": "#cc3f86",
    "on_premises": "#6b7280",
    "edge": "#e07a10",
}

_MAP_NODE_STYLE = {
    "open": "fillColor=#ffffff;strokeColor=#6b7280;fontColor=#1f2328;",
    "on_path": "fillColor=#dbe9ff;strokeColor=#1f6feb;fontColor=#1f2328;strokeWidth=2;",
    "current": "fillColor=#dbe9ff;strokeColor=#1f6feb;fontColor=#1f2328;strokeWidth=4;",
    "reached": "fillColor=#1f6feb;strokeColor=#0b3d91;fontColor=#ffffff;strokeWidth=3;",
    "ruled_out": "fillColor=#f6f8fa;strokeColor=#d0d7de;fontColor=#8c959f;",
}
_MAP_EDGE_STYLE = {
    "open": "strokeColor=#6b7280;fontColor=#1f2328;",
    "on_path": "strokeColor=#1f6feb;strokeWidth=3;fontColor=#1f2328;fontStyle=1;",
    "ruled_out": "strokeColor=#d0d7de;fontColor=#8c959f;",
}


def to_drawio(model: DecisionMap | SketchLayout, *, name: str | None = None) -> str:
    """The draw.io file text for a decision map or a sketch layout."""
    if isinstance(model, DecisionMap):
        mxfile, root = _document(name or model.tree_id, model.width, model.height)
        _map_cells(model, root)
    else:
        mxfile, root = _document(name or model.outcome_id or "sketch", model.width, model.height)
        _sketch_cells(model, root)
    ET.indent(mxfile)
    return ET.tostring(mxfile, encoding="unicode", xml_declaration=True) + "\n"


def write_drawio(model: DecisionMap | SketchLayout, path: Path | str) -> None:
    Path(path).write_text(to_drawio(model), encoding="utf-8")


def _document(name: str, width: float, height: float) -> tuple[ET.Element, ET.Element]:
    mxfile = ET.Element("mxfile", host="aws-advisor", type="device")
    diagram = ET.SubElement(mxfile, "diagram", id=_safe_id(name), name=name)
    graph = ET.SubElement(
        diagram,
        "mxGraphModel",
        grid="0",
        gridSize="10",
        guides="1",
        tooltips="1",
        connect="1",
        arrows="1",
        fold="1",
        page="0",
        pageScale="1",
        pageWidth=_num(width * SCALE),
        pageHeight=_num(height * SCALE),
        math="0",
        shadow="0",
    )
    root = ET.SubElement(graph, "root")
    ET.SubElement(root, "mxCell", id="0")
    ET.SubElement(root, "mxCell", {"id": "1", "parent": "0"})
    return mxfile, root


def _vertex(
    root: ET.Element,
    cell_id: str,
    value: str,
    style: str,
    box: tuple[float, float, float, float],
    parent: str = "1",
) -> ET.Element:
    attrib = {"id": cell_id, "value": value, "style": style, "vertex": "1", "parent": parent}
    cell = ET.SubElement(root, "mxCell", attrib)
    x, y, w, h = box
    ET.SubElement(
        cell,
        "mxGeometry",
        {
            "x": _num(x * SCALE),
            "y": _num(y * SCALE),
            "width": _num(w * SCALE),
            "height": _num(h * SCALE),
            "as": "geometry",
        },
    )
    return cell


def _edge(
    root: ET.Element,
    cell_id: str,
    value: str,
    style: str,
    source: str,
    target: str,
    points: tuple[tuple[float, float], ...] = (),
) -> ET.Element:
    attrib = {
        "id": cell_id,
        "value": value,
        "style": style,
        "edge": "1",
        "parent": "1",
        "source": source,
        "target": target,
    }
    cell = ET.SubElement(root, "mxCell", attrib)
    geometry = ET.SubElement(cell, "mxGeometry", {"relative": "1", "as": "geometry"})
    if points:
        array = ET.SubElement(geometry, "Array", {"as": "points"})
        for x, y in points:
            ET.SubElement(array, "mxPoint", x=_num(x * SCALE), y=_num(y * SCALE))
    return cell


def _map_cells(dmap: DecisionMap, root: ET.Element) -> None:
    for node in dmap.nodes:
        _vertex(root, node.key, node.text, _map_node_style(node), (node.x, node.y, node.w, node.h))
    for edge in dmap.edges:
        _edge(
            root,
            f"e-{edge.key}",
            edge.label,
            _map_edge_style(edge),
            edge.source,
            edge.target,
            edge.points[1:-1],
        )


def _map_node_style(node: MapNode) -> str:
    shape = "rounded=1;arcSize=20;" if node.kind == "question" else "rounded=0;"
    style = f"{shape}whiteSpace=wrap;html=0;fontSize=12;{_MAP_NODE_STYLE[node.state]}"
    if node.shared:
        style += "dashed=1;"
    return style


def _map_edge_style(edge: MapEdge) -> str:
    return (
        "edgeStyle=orthogonalEdgeStyle;rounded=0;html=0;endArrow=block;endSize=6;"
        "labelBackgroundColor=#ffffff;fontSize=11;" + _MAP_EDGE_STYLE[edge.state]
    )


def _sketch_cells(layout: SketchLayout, root: ET.Element) -> None:
    groups = {g.id: g for g in layout.groups}
    icons: dict[str, str] = {}  # kind: style fragment of its image

    def origin(group_id: str | None) -> tuple[str, float, float]:
        if group_id is None or group_id not in groups:
            return "1", 0.0, 0.0
        g = groups[group_id]
        return f"g-{g.id}", g.x, g.y

    for group in layout.groups:  # outer first, so a container exists before its members
        parent, ox, oy = origin(group.parent)
        _vertex(
            root,
            f"g-{group.id}",
            group.label,
            _group_style(group),
            (group.x - ox, group.y - oy, group.w, group.h),
            parent,
        )
    for node in layout.nodes:
        parent, ox, oy = origin(node.group)
        x, y, size = node.icon
        if node.kind not in icons:
            icons[node.kind] = _icon_style(node)
        _vertex(
            root,
            f"n-{node.id}",
            node.text,
            "html=0;whiteSpace=wrap;verticalLabelPosition=bottom;verticalAlign=top;"
            f"labelPosition=center;align=center;aspect=fixed;fontSize=12;{icons[node.kind]}",
            (x - ox, y - oy, size, size),
            parent,
        )
    for n, edge in enumerate(layout.edges):
        _edge(
            root,
            f"e{n}-{edge.source}-{edge.target}",
            edge.label,
            "html=0;endArrow=block;endSize=6;labelBackgroundColor=#ffffff;fontSize=11;"
            "strokeColor=#57606a;",
            f"n-{edge.source}",
            f"n-{edge.target}",
        )


def _group_style(group: PlacedGroup) -> str:
    colour = GROUP_COLOURS[group.kind]
    dashed = "1" if group.kind in ("az", "region", "edge") else "0"
    return (
        "container=1;collapsible=0;rounded=1;arcSize=4;html=0;whiteSpace=wrap;"
        f"fillColor=none;strokeColor={colour};fontColor={colour};dashed={dashed};"
        "verticalAlign=top;align=left;spacingLeft=8;spacingTop=2;fontStyle=1;fontSize=12;"
    )


def _icon_style(node: PlacedNode) -> str:
    """The kind's icon embedded as a data URI (draw.io wants no ';base64' in a style)."""
    path = resource_path("icons", "kinds", f"{node.kind}.svg")
    try:
        data = base64.b64encode(path.read_bytes()).decode("ascii")
    except OSError:  # an installation without icons still exports: a coloured tile
        colour = CATEGORY_COLOURS[node.category]
        return f"rounded=1;arcSize=20;fillColor={colour};strokeColor=none;"
    return f"shape=image;imageAspect=0;image=data:image/svg+xml,{data};"


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _safe_id(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name) or "diagram"

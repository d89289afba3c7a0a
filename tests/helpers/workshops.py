"""A shared catalogue and workshop builders for the workshop, report, ADR and CLI tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from aws_advisor.core.engine.session import Session
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import Catalog, load_catalog
from aws_advisor.core.tree.model import Outcome
from aws_advisor.core.workshops.document import Workshop, new_workshop

CATALOG = load_catalog(shipped_tree_dir())
ELB_VERSION = CATALOG.get("elb_type").version
BUMP_ELB = (f'version: "{ELB_VERSION}"', 'version: "9.9"')
"""Replacement that raises the shipped elb_type's version, for drift tests."""
DAY = dt.date(2026, 5, 4)


def clock() -> dt.datetime:
    return dt.datetime(2026, 5, 4, 10, 30, tzinfo=dt.UTC)


def answer(
    workshop: Workshop, decision_id: str, options: list[str], catalog: Catalog = CATALOG
) -> Workshop:
    """Answer a decision's questions from the start, as the GUI would, and record it."""
    decision = workshop.decision(decision_id)
    session = Session(catalog.get(decision.tree), clock=clock)
    for option in options:
        session.answer(option)
    return workshop.replace_decision(decision.with_session(session))


def agenda(*tree_ids: str) -> Workshop:
    w = new_workshop("Shop", facilitator="Ann", date=DAY, workshop_id="w1")
    for tree_id in tree_ids:
        w = w.add_decision(CATALOG.get(tree_id))
    return w


ALB = ["app_servers", "web", "dns", "needs_features"]
CLB = ["app_servers", "web", "dns", "plain", "legacy"]


def changed_catalog(tmp_path: Path, tree_id: str, *edits: tuple[str, str]) -> Catalog:
    """A catalogue over a modified copy of one shipped tree."""
    text = (shipped_tree_dir() / f"{tree_id}.yaml").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    folder = tmp_path / "trees"
    folder.mkdir(exist_ok=True)
    (folder / f"{tree_id}.yaml").write_text(text, encoding="utf-8")
    catalog = load_catalog(None, [folder])
    assert not catalog.problems, catalog.problems
    return catalog


SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
    '<rect width="40" height="20"/></svg>'
)
XSS = "<script>alert('x')</script> & **bold** # not a heading"


def workshop() -> Workshop:
    w = agenda("ec2_purchase_option", "elb_type", "ebs_volume_type", "dns_record_type")
    w = dataclasses.replace(w, participants=("Bob", XSS), title="Shop <b>2026</b>")
    w = answer(w, "d1", ["shared_ok", "any_instance"])
    w = answer(w, "d2", CLB)
    w = w.replace_decision(
        w.decision("d2").with_note("existing_clb", why=XSS, dissent="Eve\nsays no")
    )
    w = answer(w, "d3", ["single", "must_persist", "random", "critical", "fits_one", "new"])
    w = w.replace_decision(w.decision("d4").with_status("parked"))
    w = w.duplicate_decision("d2")
    return answer(w, w.decisions[2].id, ALB)


def svg_renderer(outcome: Outcome) -> str:
    return '<?xml version="1.0"?>\n' + SVG.replace("<rect", f"<title>{outcome.id}</title><rect")

"""Catalogues and workshop builders for the workshop, report, ADR, rule and CLI tests.

Core tests use ``FIXTURE_CATALOG``: the small trees in ``tests/core/fixtures/trees`` and
the rules beside them, so edits to the shipped trees cannot break them. ``CATALOG`` (the
shipped trees) is for tests that are about shipped content: templates, shipped rules, CLI.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

from aws_advisor.core.engine.session import Session
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import Catalog, load_catalog
from aws_advisor.core.tree.model import Outcome
from aws_advisor.core.workshops.document import Workshop, new_workshop
from aws_advisor.core.workshops.rules import load_rules

CATALOG = load_catalog(shipped_tree_dir())
DAY = dt.date(2026, 5, 4)

FIXTURES = Path(__file__).parents[1] / "core" / "fixtures"
FIXTURE_TREES = FIXTURES / "trees"
FIXTURE_RULE_DIR = FIXTURES / "rules"
FIXTURE_CATALOG = load_catalog(FIXTURE_TREES)
FIXTURE_RULES = load_rules(FIXTURE_RULE_DIR, FIXTURE_CATALOG).rules

# Answer lists for the fixture trees: front_door, then storage.
ROUTER = ["browsers", "name_ok", "by_path"]
"""front_door → the request router, chosen because requests are routed by path."""
OLD = ["browsers", "name_ok", "plain", "legacy"]
"""front_door → the old balancer, kept because the application already runs behind it."""
NEW_BUILD = [*OLD[:3], "new_build"]
"""front_door → the request router again, one answer away from ``OLD``."""
DEVICES = ["devices"]
"""front_door → the connection forwarder, after a single answer."""
SHARED = ["many"]
FAST = ["one", "fast"]
GENERAL = ["one", "normal"]

FRONT_DOOR_VERSION = FIXTURE_CATALOG.get("front_door").version
BUMP_FRONT_DOOR = (f'version: "{FRONT_DOOR_VERSION}"', 'version: "9.9"')
"""Replacement that raises the fixture front_door's version, for drift tests."""
RENAME_LEGACY = ("- id: legacy", "- id: old")
"""Replacement that renames the answer ``OLD`` ends with, so recorded answers no longer fit."""


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


def agenda(*tree_ids: str, catalog: Catalog = CATALOG) -> Workshop:
    w = new_workshop("Shop", facilitator="Ann", date=DAY, workshop_id="w1")
    for tree_id in tree_ids:
        w = w.add_decision(catalog.get(tree_id))
    return w


def fixture_answer(
    workshop: Workshop, decision_id: str, options: list[str], catalog: Catalog = FIXTURE_CATALOG
) -> Workshop:
    """``answer`` on the fixture trees (or on a changed copy of them)."""
    return answer(workshop, decision_id, options, catalog)


def fixture_agenda(*tree_ids: str) -> Workshop:
    """``agenda`` of fixture trees."""
    return agenda(*tree_ids, catalog=FIXTURE_CATALOG)


def changed_catalog(tmp_path: Path, tree_id: str, *edits: tuple[str, str]) -> Catalog:
    """A catalogue over a copy of the fixture trees, with one of them edited."""
    folder = tmp_path / "trees"
    shutil.copytree(FIXTURE_TREES, folder, dirs_exist_ok=True)
    path = folder / f"{tree_id}.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    catalog = load_catalog(None, [folder])
    assert not catalog.problems, catalog.problems
    return catalog


SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
    '<rect width="40" height="20"/></svg>'
)
XSS = "<script>alert('x')</script> & **bold** # not a heading"


def workshop() -> Workshop:
    """A workshop on shipped trees with notes full of markup, for the CLI and hostile tests."""
    w = agenda("ec2_purchase_option", "elb_type", "ebs_volume_type", "dns_record_type")
    w = dataclasses.replace(w, participants=("Bob", XSS), title="Shop <b>2026</b>")
    w = answer(w, "d1", ["shared_ok", "any_instance"])
    w = answer(w, "d2", ["app_servers", "web", "dns", "plain", "legacy"])
    w = w.replace_decision(
        w.decision("d2").with_note("existing_clb", why=XSS, dissent="Eve\nsays no")
    )
    w = answer(w, "d3", ["single", "must_persist", "random", "critical", "fits_one", "new"])
    w = w.replace_decision(w.decision("d4").with_status("parked"))
    w = w.duplicate_decision("d2")
    return answer(w, w.decisions[2].id, ["app_servers", "web", "dns", "needs_features"])


def fixture_workshop() -> Workshop:
    """The same shape on the fixture trees: decided, noted, a what-if copy, a parked item.

    1 storage: fast disk; 2 front_door: old balancer, with a note; 2a its what-if copy:
    request router; 3 storage: shared files; 4 front_door: parked. Two warnings fire
    (the old balancer, and a fast disk behind it) and one info note (shared files).
    """
    w = fixture_agenda("storage", "front_door", "storage", "front_door")
    w = dataclasses.replace(w, participants=("Bob", XSS), title="Shop <b>2026</b>")
    w = fixture_answer(w, "d1", FAST)
    w = fixture_answer(w, "d2", OLD)
    w = w.replace_decision(w.decision("d2").with_note("existing", why=XSS, dissent="Eve\nsays no"))
    w = fixture_answer(w, "d3", SHARED)
    w = w.replace_decision(w.decision("d4").with_status("parked"))
    w = w.duplicate_decision("d2")
    return fixture_answer(w, w.decisions[2].id, ROUTER)


def svg_renderer(outcome: Outcome) -> str:
    return '<?xml version="1.0"?>\n' + SVG.replace("<rect", f"<title>{outcome.id}</title><rect")

"""Write the sample workshop in docs/examples/: the .awsadvisor file, its report and an ADR.

Run: ``uv run python scripts/examples.py`` (offscreen). The workshop is the kind a
facilitator runs for a small online shop moving to EC2; notes and dissent are invented.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "examples"

# tree id -> (answers in order, {question: (why, dissent)})
PLAN: list[tuple[str, list[str], dict[str, tuple[str, str]]]] = [
    (
        "instance_family",
        ["cpu_only", "network_disks", "steady", "balanced"],
        {
            "busy_pattern": ("The shop's API servers sit at 40-60% CPU all day.", ""),
        },
    ),
    (
        "ec2_purchase_option",
        ["shared_ok", "peaks_only"],
        {
            "interruption": (
                "Only the Black Friday extra capacity may be taken away.",
                "Chen would rather avoid Spot until the checkout is stateless.",
            ),
        },
    ),
    (
        "elb_type",
        ["app_servers", "web", "dns", "needs_features"],
        {
            "http_features": ("We route /api and /static to different target groups.", ""),
        },
    ),
    (
        "lb_stickiness",
        ["on_server", "changeable"],
        {
            "can_change": ("Sessions move to the cache cluster decided below.", ""),
        },
    ),
    ("ebs_volume_type", ["single", "must_persist", "random", "general", "new"], {}),
    (
        "dns_record_type",
        ["aws_resource", "yes"],
        {
            "hosting": ("The domain moves to Route 53 in the same sprint.", ""),
        },
    ),
    (
        "rds_vs_aurora",
        ["mysql_pg", "one_region", "simple_cost", "steady"],
        {
            "demands": (
                "Order volume is modest; price matters more than failover speed.",
                "Priya expects growth and would start on Aurora.",
            ),
        },
    ),
    ("cache_engine", ["data_lost", "few_seconds", "no", "forecast"], {}),
]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from aws_advisor.core.engine.session import Session
    from aws_advisor.core.resources import shipped_tree_dir
    from aws_advisor.core.tree.catalog import load_catalog
    from aws_advisor.core.workshops.document import new_workshop
    from aws_advisor.core.workshops.storage import save_workshop

    catalog = load_catalog(shipped_tree_dir())
    workshop = new_workshop(
        "Shop platform: moving to EC2",
        facilitator="Dana Ruiz",
        participants=("Ali Haddad", "Bo Lindqvist", "Chen Wei", "Priya Nair"),
        date=dt.date(2026, 11, 26),
        workshop_id="example-shop-platform",
    )
    for tree_id, answers, notes in PLAN:
        tree = catalog.get(tree_id)
        workshop = workshop.add_decision(tree)
        session = Session(tree, clock=lambda: dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC))
        for option in answers:
            question = session.current_question
            if question is None or question.option(option) is None:
                valid = [o.id for o in question.options] if question else []
                raise SystemExit(f"{tree_id}: {option!r} does not fit; options: {valid}")
            session.answer(option)
        decision = workshop.decisions[-1].with_session(session)
        for question_id, (why, dissent) in notes.items():
            decision = decision.with_note(question_id, why=why, dissent=dissent)
        workshop = workshop.replace_decision(decision)
    last = catalog.get("route53_routing_policy")
    workshop = workshop.add_decision(last)  # left open: shows as an open item
    parked = workshop.decisions[-1].with_status("parked")
    workshop = workshop.replace_decision(parked)
    OUT.mkdir(parents=True, exist_ok=True)
    source = save_workshop(workshop, OUT / "shop-platform.awsadvisor")
    cli = [sys.executable, "-m", "aws_advisor"]
    for suffix in (".md", ".html", ".pdf"):
        target = OUT / f"shop-platform-report{suffix}"
        subprocess.run([*cli, "report", str(source), "--out", str(target)], check=True)
        print(target)
    adr = OUT / "shop-platform-adr-load-balancer.md"
    subprocess.run([*cli, "adr", str(source), "--decision", "3", "--out", str(adr)], check=True)
    print(adr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

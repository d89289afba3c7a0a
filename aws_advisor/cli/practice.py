"""``aws-advisor practice``: situations to solve in the terminal, scored against the
architect's answers, with the tree's own reasons as feedback.

``cli.main.build_parser`` registers it and ``configure_practice`` adds its arguments. The
scores go to the same store as the app's (``core.practice.scores``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TextIO

from aws_advisor.cli.ask import ask_questions
from aws_advisor.cli.common import EXIT_INVALID, EXIT_OK, UsageError, catalog_for
from aws_advisor.cli.text import wrap
from aws_advisor.core.engine.session import Session
from aws_advisor.core.practice.bank import Bank, load_bank
from aws_advisor.core.practice.round import Feedback, Verdict, categories, grade, pick, score_line
from aws_advisor.core.tree.catalog import Catalog

VERDICT_TEXT = {
    "right": "Right: you reached what an architect would choose.",
    "acceptable": "Acceptable: an architect would accept this, though another fits better.",
    "missed": "Missed: an architect would choose something else.",
}


def format_feedback(feedback: Feedback) -> str:
    """The feedback on one situation, as the terminal prints it."""
    lines = [wrap(VERDICT_TEXT[feedback.verdict], "")]
    lines.append(wrap(f"You reached: {feedback.reached.title}", "  "))
    if feedback.verdict != "right":
        lines.append(wrap(f"The architect's choice: {feedback.expected.title}", "  "))
    split = feedback.divergence
    if split is not None and feedback.verdict != "right":
        lines.append(wrap(f"Where your path left the architect's: {split.question.prompt}", "  "))
        lines.append(wrap(f"You answered: {split.chosen.label}", "    "))
        if split.architect is not None:
            lines.append(wrap(f"The architect answered: {split.architect.label}", "    "))
        else:
            lines.append(wrap("The architect's answers never led to this question.", "    "))
    if feedback.ruled_out_expected:
        lines.append(wrap(f"Why your answers rule out {feedback.expected.title}:", "  "))
        lines.append(wrap(feedback.ruled_out_expected, "    "))
    if feedback.ruled_out_reached:
        lines.append(wrap(f"Why the architect's answers rule out {feedback.reached.title}:", "  "))
        lines.append(wrap(feedback.ruled_out_reached, "    "))
    lines.append(wrap(f"Debrief: {feedback.situation.debrief}", "  ", hang="    "))
    return "\n".join(lines) + "\n"


def _bank(args: argparse.Namespace, err: TextIO) -> tuple[Catalog, Bank]:
    catalog = catalog_for(args)
    bank = load_bank(None, catalog)
    for problem in bank.problems:
        err.write(f"aws-advisor: practice file not loaded: {problem}\n")
    return catalog, bank


def cmd_practice(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    catalog, bank = _bank(args, err)
    if args.list:
        rows = [
            {"id": s.id, "tree": s.tree, "difficulty": s.difficulty, "expect": s.expect}
            for s in bank.situations.values()
        ]
        if args.json:
            json.dump(
                {"situations": rows, "problems": [str(p) for p in bank.problems]}, out, indent=2
            )
            out.write("\n")
        else:
            for row in rows:
                out.write(f"{row['id']:<36} {row['tree']:<28} {row['difficulty']}\n")
        return EXIT_INVALID if bank.problems else EXIT_OK
    if args.tree_id is not None and args.tree_id not in catalog.trees:
        raise UsageError(f"no tree with id {args.tree_id!r}; see 'aws-advisor list'")
    known = categories(bank, catalog)
    if args.category is not None and args.category not in known:
        raise UsageError(f"--category {args.category!r}: choose one of " + "; ".join(known))
    if args.count < 1:
        raise UsageError("--count must be at least 1")
    round_ = pick(
        bank, catalog, tree=args.tree_id, category=args.category, count=args.count, seed=args.seed
    )
    if not round_:
        raise UsageError("no practice situations for that choice yet")
    out.write("Type a number to answer, b to go back, q to quit.\n")
    results: list[tuple[str, Verdict]] = []
    for n, situation in enumerate(round_, 1):
        tree = catalog.trees[situation.tree]
        out.write(f"\nSituation {n} of {len(round_)} ({situation.difficulty}): {tree.title}\n")
        out.write(wrap(situation.text, "  ") + "\n")
        session = Session(tree)
        if not ask_questions(session, out, args.stdin):
            out.write("Stopped.\n")
            break
        feedback = grade(tree, situation, session)
        out.write("\n" + format_feedback(feedback))
        results.append((tree.category, feedback.verdict))
    verdicts = [v for _, v in results]
    out.write(f"\nScore: {score_line(verdicts)}.\n")
    if results and not args.no_save:
        _keep(results, known, out, err)
    return EXIT_OK


def _keep(results: list[tuple[str, Verdict]], known: list[str], out: TextIO, err: TextIO) -> None:
    from aws_advisor.core.paths import app_data_dir
    from aws_advisor.core.practice.scores import ScoreStore

    store = ScoreStore.open(app_data_dir())
    if store.damaged is not None:
        err.write(
            f"aws-advisor: scores not kept: {store.path} is damaged ({store.damaged}); it is "
            "left as it is (reset the scores in the app's settings to start a new file)\n"
        )
        return
    try:
        store.record(results, when=dt.datetime.now(dt.UTC))
    except OSError as exc:
        err.write(f"aws-advisor: scores not kept: cannot write {store.path} ({exc})\n")
        return
    weakest = store.weakest(known)
    if weakest:
        out.write(wrap("Practise next: " + "; ".join(weakest) + ".", "") + "\n")


def configure_practice(p: argparse.ArgumentParser) -> None:
    """The arguments of ``aws-advisor practice [TREE_ID | --category NAME] [--count N]``."""
    p.description = (
        "Read a situation, answer the questions as you would decide, and see whether you "
        "reached what an architect would choose, and if not, which answer took you "
        "elsewhere and why."
    )
    p.add_argument("tree_id", nargs="?", metavar="TREE_ID", help="only this decision")
    p.add_argument("--category", metavar="NAME", help="only decisions of this category")
    p.add_argument("--count", type=int, default=5, metavar="N", help="situations (default 5)")
    p.add_argument("--seed", type=int, metavar="S", help="the same situations again")
    p.add_argument("--no-save", action="store_true", help="do not keep the score")
    p.add_argument("--list", action="store_true", help="list the situations instead")
    p.add_argument("--json", action="store_true", help="with --list: print JSON")
    p.set_defaults(func=cmd_practice)

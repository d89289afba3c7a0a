"""``aws-advisor render``: draw a decision map or a sketch to a file, without a window.

    aws-advisor render TREE_ID [--answer Q=O ...] --diagram map|sketch --out FILE

The extension of FILE picks the format (.png .svg .pdf .drawio). Drawing uses Qt
offscreen; Qt is imported only when the command runs, so the rest of the command line
never pays for it.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, TextIO

from aws_advisor.cli.common import EXIT_OK, UsageError, parse_answers, tree_for
from aws_advisor.core.engine.session import Session
from aws_advisor.core.errors import AdvisorError, AnswerError
from aws_advisor.core.formats import format_problem, suffixes
from aws_advisor.core.tree.model import DecisionTree


class RenderFormatError(UsageError):
    """The output file's extension names no format the diagrams can be saved in."""


class IncompletePathError(AnswerError):
    """A sketch was asked for, but the answers stop before a recommendation."""


class RenderError(AdvisorError):
    """The diagram could not be drawn or written."""


def configure_render(p: argparse.ArgumentParser) -> None:
    """The arguments of ``aws-advisor render``."""
    p.description = (
        "Draw the decision map (with the answers' path lit) or the architecture sketch of "
        "the recommendation the answers reach. The extension of --out picks the format: "
        f"{' '.join(suffixes('diagram'))}."
    )
    p.add_argument("tree_id", metavar="TREE_ID")
    p.add_argument(
        "--answer", action="append", metavar="QUESTION_ID=OPTION_ID", help="one answer (repeat)"
    )
    p.add_argument(
        "--diagram",
        choices=("map", "sketch"),
        default="map",
        help="map: every question and outcome, the path lit (default); sketch: the "
        "recommended architecture (the answers must reach a recommendation)",
    )
    p.add_argument(
        "--out", required=True, metavar="FILE", help=f"output file: {' '.join(suffixes('diagram'))}"
    )
    p.add_argument(
        "--font-scale",
        type=float,
        default=1.0,
        metavar="SCALE",
        help="text size relative to normal (default 1.0)",
    )
    p.set_defaults(func=cmd_render)


def cmd_render(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    problem = format_problem("diagram", args.out)
    if problem is not None:
        raise RenderFormatError(f"--out: {problem}")
    if not 0.5 <= args.font_scale <= 4.0:
        raise UsageError(f"--font-scale {args.font_scale}: expected a number from 0.5 to 4")
    tree = tree_for(args, err)
    session = _walk(tree, parse_answers(args.answer))
    outcome = session.outcome
    if args.diagram == "sketch" and outcome is None:
        question = session.current_question
        assert question is not None
        options = ", ".join(o.id for o in question.options)
        raise IncompletePathError(
            f"{tree.id}: --diagram sketch needs answers that reach a recommendation; "
            f"question {question.id!r} ({question.prompt}) has no answer; add "
            f"--answer {question.id}=OPTION with one of: {options}"
        )

    _app = _qt_app()  # a QApplication created here must live while drawing
    from aws_advisor.core.diagrams.decision_map import MapMetrics
    from aws_advisor.core.diagrams.map_state import DecisionMapCache
    from aws_advisor.qt.diagrams.export import save_diagram
    from aws_advisor.qt.diagrams.style import DiagramStyle

    path = Path(args.out)
    if args.diagram == "map":
        from PySide6.QtGui import QGuiApplication

        style = DiagramStyle.create(
            QGuiApplication.palette(), QGuiApplication.font(), args.font_scale
        )
        cache = DecisionMapCache(MapMetrics(char_width=style.char_width))
        target: Any = cache.decision_map(tree, session)
    else:
        target = outcome
    save_diagram(target, path, font_scale=args.font_scale)
    if outcome is not None and args.diagram == "sketch":
        what = f"sketch of {outcome.id!r}"
    else:
        what = "decision map"
    out.write(f"wrote the {what} of {tree.id} to {path}\n")
    return EXIT_OK


def _walk(tree: DecisionTree, given: dict[str, str]) -> Session:
    """Answer as far as the given answers go; answers off that path are an error."""
    session = Session(tree)
    pending = dict(given)
    while (question := session.current_question) is not None and question.id in pending:
        session.answer(pending.pop(question.id))
    if pending:
        unused = ", ".join(f"{q}={o}" for q, o in pending.items())
        raise AnswerError(
            f"{tree.id}: these answers are not on the path the others lead to: {unused}"
        )
    return session


def _qt_app() -> Any:
    """The running QApplication, or a new offscreen one when there is none."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["aws-advisor"])
    elif not isinstance(app, QApplication):
        raise RenderError("drawing needs a QApplication, but a non-GUI Qt application runs")
    return app

"""The command line: the same engine as the app, headless.

Exit codes: 0 success; 1 invalid trees, answers that do not fit or a search that finds
nothing; 2 usage errors (unknown command, option, tree id or a malformed argument); 70 an
unexpected error (a bug).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TextIO, cast

from aws_advisor import version
from aws_advisor.cli.common import (
    EXIT_BUG,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    CleanWriter,
    UsageError,
    common_options,
    listing_for,
    parse_answers,
    tree_for,
)
from aws_advisor.cli.launch import gui_parser, is_plain_launch, run_gui
from aws_advisor.core.errors import AdvisorError, AnswerError

# Commands whose modules are imported only when the command runs (or its help is asked
# for), so that ``list`` and the others start like a script: name, one-line help (as in
# ``aws-advisor --help``), module, the function that adds its arguments.
LAZY_COMMANDS: tuple[tuple[str, str, str, str], ...] = (
    (
        "search",
        "find the decisions that fit a question, best first",
        "search",
        "configure_search",
    ),
    (
        "practice",
        "solve situations and compare your choices with an architect's",
        "practice",
        "configure_practice",
    ),
    (
        "render",
        "draw a tree's decision map or a recommendation's sketch to a file",
        "render",
        "configure_render",
    ),
    (
        "report",
        "write a workshop report as Markdown, HTML or PDF",
        "workshop",
        "configure_report",
    ),
    (
        "adr",
        "write one workshop decision as an architecture decision record (MADR)",
        "workshop",
        "configure_adr",
    ),
)

# --- commands ---------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    catalog = listing_for(args)
    if args.json:
        rows = [
            {
                "id": t.id,
                "title": t.title,
                "category": t.category,
                "summary": t.summary,
                "version": t.version,
                "as_of": t.as_of,
                "origin": catalog.origins[t.id],
                "file": t.file,
            }
            for t in catalog.trees.values()
        ]
        json.dump({"trees": rows, "problems": [str(p) for p in catalog.problems]}, out, indent=2)
        out.write("\n")
    else:
        for category, trees in catalog.by_category().items():
            out.write(f"{category}\n")
            for t in trees:
                mark = "" if catalog.origins[t.id] == "shipped" else "  (user tree)"
                out.write(f"  {t.id:<32} {t.title}{mark}\n")
    for p in catalog.problems:
        err.write(f"{p}\n")
    return EXIT_INVALID if catalog.problems else EXIT_OK


def cmd_recommend(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from aws_advisor.cli.text import format_explanation
    from aws_advisor.core.engine.session import Session, explanation_data

    tree = tree_for(args, err)
    given = parse_answers(args.answer)
    session = Session(tree)
    pending = dict(given)
    while (question := session.current_question) is not None:
        if question.id not in pending:
            options = ", ".join(o.id for o in question.options)
            raise AnswerError(
                f"{tree.id}: question {question.id!r} ({question.prompt}) has no answer; "
                f"add --answer {question.id}=OPTION with one of: {options}"
            )
        session.answer(pending.pop(question.id))
    if pending:
        unused = ", ".join(f"{q}={o}" for q, o in pending.items())
        raise AnswerError(
            f"{tree.id}: these answers are not on the path the others lead to: {unused}"
        )
    expl = session.explain()
    if args.json:
        json.dump(
            {"tree": tree.id, "version": tree.version, **explanation_data(expl)}, out, indent=2
        )
        out.write("\n")
    else:
        out.write(format_explanation(tree, expl))
    return EXIT_OK


def cmd_paths(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from aws_advisor.core.engine.session import enumerate_paths

    tree = tree_for(args, err)
    paths = enumerate_paths(tree)
    if args.json:
        json.dump(
            {
                "tree": tree.id,
                "paths": [
                    {"answers": [f"{q}={o}" for q, o in trail], "outcome": outcome}
                    for trail, outcome in paths
                ],
            },
            out,
            indent=2,
        )
        out.write("\n")
    else:
        for trail, outcome in paths:
            answers = " ".join(f"{q}={o}" for q, o in trail)
            out.write(f"{outcome:<28} {answers}\n")
    return EXIT_OK


def _checks(name: str, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``validate`` and ``schema``, imported when they run."""
    from aws_advisor.cli import checks

    command: Callable[[argparse.Namespace, TextIO, TextIO], int] = getattr(checks, name)
    return command(args, out, err)


# --- entry points -----------------------------------------------------------------------------


class _VersionAction(argparse.Action):
    """``--version``, reading the package metadata only when asked (it costs start-up time)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        sys.stdout.write(f"{parser.prog} {version()}\n")
        parser.exit()


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of the whole command line, with the full parser of ``command`` only (the
    other commands' modules are not imported)."""
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="aws-advisor",
        description="Guided decisions about AWS architecture. With no command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check offscreen that this installation works (trees, diagrams, exports), then exit",
    )
    parser.add_argument(
        "--exit-after-first-paint",
        action="store_true",
        help="open the app, wait for the main window's first paint, then exit (for timing)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("list", parents=[common], help="list every tree")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("validate", parents=[common], help="validate tree files or folders")
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (default: all); - reads one tree from standard input",
    )
    p.set_defaults(func=partial(_checks, "cmd_validate"))

    p = sub.add_parser("ask", parents=[common], help="answer a tree's questions in the terminal")
    p.add_argument("tree_id", metavar="TREE_ID")

    p = sub.add_parser("recommend", parents=[common], help="the recommendation for given answers")
    p.add_argument("tree_id", metavar="TREE_ID")
    p.add_argument(
        "--answer", action="append", metavar="QUESTION_ID=OPTION_ID", help="one answer (repeat)"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_recommend)

    p = sub.add_parser("paths", parents=[common], help="every path through a tree")
    p.add_argument("tree_id", metavar="TREE_ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_paths)

    p = sub.add_parser("schema", parents=[common], help="print the tree format's JSON Schema")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead")
    p.add_argument(
        "--install", action="store_true", help="write it into your trees folder, for editors"
    )
    p.add_argument(
        "--new-tree", action="store_true", help="also create a starter tree in your trees folder"
    )
    p.set_defaults(func=partial(_checks, "cmd_schema"))

    for name, help_text, module, configure in LAZY_COMMANDS:
        p = sub.add_parser(name, parents=[common], help=help_text)
        if name == command:  # only the command given is parsed: only it needs its arguments
            add_arguments: Any = getattr(
                importlib.import_module(f"aws_advisor.cli.{module}"), configure
            )
            add_arguments(p)
    return parser


def command_in(given: Sequence[str]) -> str | None:
    """The command named on a command line (the first word that is not an option or the
    value of ``--trees``), or None."""
    words = iter(given)
    for word in words:
        if word == "--trees":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    out, err, inp = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    out, err = cast(TextIO, CleanWriter(out)), cast(TextIO, CleanWriter(err))  # no escapes
    given = list(sys.argv[1:] if argv is None else argv)
    if is_plain_launch(given):
        # Opening the app: skip building every command's parser (start-up time counts).
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                return run_gui(gui_parser().parse_args(given))
            except SystemExit as exc:
                return int(exc.code or 0)
    parser = build_parser(command_in(given))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed help, the version or a usage error
        return int(exc.code or 0)
    if args.self_test:
        from aws_advisor.selftest import run_self_test

        return run_self_test(out)
    if args.command is None:
        return run_gui(args)
    try:
        args.stdin = inp
        if args.command == "ask":
            from aws_advisor.cli.ask import cmd_ask

            return int(cmd_ask(args, out, err, inp))
        return int(args.func(args, out, err))
    except UsageError as exc:
        err.write(f"aws-advisor: error: {exc}\n")
        return EXIT_USAGE
    except AdvisorError as exc:
        err.write(f"aws-advisor: {exc}\n")
        return EXIT_INVALID
    except KeyboardInterrupt:
        err.write("\nInterrupted.\n")
        return 130
    except BrokenPipeError:  # the reader went away (``aws-advisor paths X | head``)
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (silences the flush at exit)
        return 141
    except Exception as exc:  # a bug: say so plainly; the traceback only on request
        if os.environ.get("AWS_ADVISOR_DEBUG"):
            raise
        err.write(
            f"aws-advisor: unexpected error ({type(exc).__name__}: {exc}). This is a bug; "
            "run again with AWS_ADVISOR_DEBUG=1 to see the details for a report.\n"
        )
        return EXIT_BUG

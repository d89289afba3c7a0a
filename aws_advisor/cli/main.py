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
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from aws_advisor import version
from aws_advisor.cli.common import (
    EXIT_BUG,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    CleanWriter,
    UsageError,
    catalog_for,
    common_options,
    listing_for,
    parse_answers,
    tree_for,
)
from aws_advisor.cli.launch import gui_parser, is_plain_launch, run_gui
from aws_advisor.core.errors import AdvisorError, AnswerError, DataFileError

if TYPE_CHECKING:
    from aws_advisor.core.tree.model import DecisionTree

# Commands whose modules are imported only when the command runs (or its help is asked
# for), so that ``list`` and the others start like a script: name, one-line help (as in
# ``aws-advisor --help``), module, the function that adds its parser.
LAZY_COMMANDS: tuple[tuple[str, str, str, str], ...] = (
    (
        "search",
        "find the decisions that fit a question, best first",
        "search",
        "add_search_command",
    ),
    (
        "practice",
        "solve situations and compare your choices with an architect's",
        "practice",
        "add_practice_command",
    ),
    (
        "render",
        "draw a tree's decision map or a recommendation's sketch to a file",
        "render",
        "add_render_parser",
    ),
    (
        "report",
        "write a workshop report as Markdown, HTML or PDF",
        "workshop",
        "add_report_command",
    ),
    (
        "adr",
        "write one workshop decision as an architecture decision record (MADR)",
        "workshop",
        "add_adr_command",
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


def cmd_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from aws_advisor.core.tree.catalog import tree_files
    from aws_advisor.core.tree.reason_checks import check_reasons

    if args.paths:
        named = [p for p in args.paths if p != "-"]  # "-": one tree read from standard input
        missing = [p for p in named if not Path(p).exists()]
        if missing:
            raise UsageError("no such file or folder: " + ", ".join(missing))
        from aws_advisor.core.tree.loader import MAX_FILE_BYTES, load_tree, load_tree_text

        files = tree_files(Path(p) for p in named)
        practice = [f for f in files if f.parent.name == "practice"]  # situations, not trees
        files = [f for f in files if f not in practice]
        if not files and not practice and len(named) == len(args.paths):
            raise UsageError("found no tree files (*.yaml) in " + ", ".join(args.paths))
        loaders: list[Callable[[], DecisionTree]] = [partial(load_tree, f) for f in files]
        if "-" in args.paths:
            text = args.stdin.read(MAX_FILE_BYTES + 1)
            if len(text.encode("utf-8")) > MAX_FILE_BYTES:
                raise UsageError(f"-: standard input holds more than {MAX_FILE_BYTES} bytes")
            loaders.append(partial(load_tree_text, text, "<stdin>"))
        problems: list[str] = []
        valid = 0
        seen: dict[str, str] = {}
        for load in loaders:
            try:
                tree = load()
            except DataFileError as exc:
                problems.extend(str(p) for p in exc.problems)
                continue
            if tree.id in seen:
                pos = tree.where("id")
                problems.append(
                    f"{pos.file}:{pos.line}:{pos.col}: tree id {tree.id!r} is "
                    f"already used by {seen[tree.id]}"
                )
                continue
            seen[tree.id] = tree.file
            gaps = check_reasons(tree)
            problems.extend(str(p) for p in gaps)
            valid += not gaps
        messages = problems
        total = len(loaders)
        bank_total = bank_bad = 0
        if practice:
            from aws_advisor.core.practice.bank import load_bank

            bank = load_bank(None, catalog_for(args), practice)
            messages += [str(p) for p in bank.problems]
            bank_total, bank_bad = bank.files, len({p.file for p in bank.problems})
    else:
        from aws_advisor.core.practice.bank import load_bank

        catalog = catalog_for(args, cached=False)
        found = list(catalog.problems)
        for tree in catalog.trees.values():
            found += check_reasons(tree)
        total = len(catalog.trees) + len({p.file for p in catalog.problems})
        valid = total - len({p.file for p in found})
        bank = load_bank(None, catalog)
        bank_total, bank_bad = bank.files, len({p.file for p in bank.problems})
        messages = [str(p) for p in (*found, *bank.problems)]
    for m in messages:
        err.write(f"{m}\n")
    counts = _files(valid, total, "tree")
    if bank_total:
        counts += "; " + _files(bank_total - bank_bad, bank_total, "practice")
    if messages:
        out.write(f"{counts} ({len(messages)} problems)\n")
        return EXIT_INVALID
    out.write(f"{counts}\n")
    return EXIT_OK


def _files(valid: int, total: int, kind: str) -> str:
    """ "3 tree files valid", or "1 of 3 practice files invalid"."""
    if valid < total:
        return f"{total - valid} of {total} {kind} files invalid"
    return f"{valid} {kind} file{'s' if valid != 1 else ''} valid"


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


def cmd_schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from aws_advisor.core.tree.schema import schema_text
    from aws_advisor.core.workshops.storage import write_atomic

    if args.install or args.new_tree:
        return _author(args, out)
    text = schema_text()
    if args.out and args.out != "-":
        try:
            write_atomic(Path(args.out), text.encode("utf-8"))
        except OSError as exc:
            raise UsageError(f"--out {args.out}: cannot write it ({exc.strerror or exc})") from None
    else:
        out.write(text)
    return EXIT_OK


def _author(args: argparse.Namespace, out: TextIO) -> int:
    """``schema --install`` / ``--new-tree``: the schema (and a starter) in the trees folder."""
    from aws_advisor.core.authoring import install_schema, new_starter_tree
    from aws_advisor.core.paths import user_tree_dir

    folder = user_tree_dir()
    try:
        if args.new_tree:
            path = new_starter_tree(folder)
            out.write(
                f"Created {path} (and the schema beside it); edit it, then run "
                f"'aws-advisor validate {path}'.\n"
            )
        else:
            out.write(f"Wrote {install_schema(folder)}\n")
    except OSError as exc:
        raise UsageError(f"{folder}: cannot write there ({exc.strerror or exc})") from None
    return EXIT_OK


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
    p.set_defaults(func=cmd_validate)

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
    p.set_defaults(func=cmd_schema)

    for name, help_text, module, adder in LAZY_COMMANDS:
        if name == command:
            add: Any = getattr(importlib.import_module(f"aws_advisor.cli.{module}"), adder)
            add(sub, common)
        else:  # listed in --help; never parsed, as only the command given is
            sub.add_parser(name, help=help_text, add_help=False)
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

"""``aws-advisor validate`` and ``aws-advisor schema``: checking tree and practice files,
and the tree format's JSON Schema (with ``--install`` / ``--new-tree`` for authors).

``cli.main.build_parser`` defines their arguments; this module is imported when one of
them runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from aws_advisor.cli.common import EXIT_INVALID, EXIT_OK, UsageError, catalog_for
from aws_advisor.core.errors import DataFileError

if TYPE_CHECKING:
    from aws_advisor.core.tree.model import DecisionTree


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

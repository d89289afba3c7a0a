"""Opening the app from the command line: ``aws-advisor`` with no command, workshop files
from a file manager, and the ``aws-advisor-gui`` entry point."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from aws_advisor.cli.common import WORKSHOP_SUFFIX

_GUI_FLAGS = {"--no-user-trees", "--exit-after-first-paint"}


def is_plain_launch(argv: Sequence[str]) -> bool:
    """True when the arguments only open the app (options of the window, workshop files)."""
    items = iter(argv)
    for arg in items:
        if arg == "--trees":
            next(items, None)
        elif (
            arg.startswith("--trees=") or arg in _GUI_FLAGS or arg.lower().endswith(WORKSHOP_SUFFIX)
        ):
            continue
        else:
            return False
    return True


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aws-advisor", add_help=False)
    parser.add_argument("--trees", action="append", metavar="DIR")
    parser.add_argument("--no-user-trees", action="store_true")
    parser.add_argument("--exit-after-first-paint", action="store_true")
    parser.add_argument("files", nargs="*", metavar="WORKSHOP.awsadvisor")
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from aws_advisor.ui.app import run_app

    return run_app(
        extra_tree_dirs=[Path(d) for d in (args.trees or [])],
        use_user_trees=not args.no_user_trees,
        exit_after_first_paint=args.exit_after_first_paint,
        open_files=[Path(f) for f in getattr(args, "files", [])],
    )


def gui_main() -> int:
    """Entry point of the ``aws-advisor-gui`` script: the app, whatever the arguments."""
    wanted = [a for a in sys.argv[1:] if is_plain_launch([a])]
    args, _unknown = gui_parser().parse_known_args(wanted)
    return run_gui(args)

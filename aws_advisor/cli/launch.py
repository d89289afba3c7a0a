"""Opening the app from the command line: ``aws-advisor`` with no command, workshop files
from a file manager, and the ``aws-advisor-gui`` entry point."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
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


NO_DISPLAY = (
    "aws-advisor: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).\n"
    "Start it from a desktop session, or use the terminal commands: aws-advisor --help\n"
)


def has_display(env: Mapping[str, str], platform: str) -> bool:
    """Whether Qt can open a window; without one Qt aborts the process (exit 134).

    Only X11 and Wayland systems can lack one; a chosen platform plugin (such as
    ``QT_QPA_PLATFORM=offscreen``) needs no display.
    """
    if platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    if not args.exit_after_first_paint and not has_display(os.environ, sys.platform):
        sys.stderr.write(NO_DISPLAY)
        return 2
    from aws_advisor.core.gc_pause import pause_for_start_up

    pause_for_start_up()  # resumed once the window is painted (ui.app.run_app)
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

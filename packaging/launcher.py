"""Entry script of the frozen app (PyInstaller runs it as ``__main__``).

The same as ``python -m aws_advisor``: no arguments open the app, commands run the CLI.
One addition for the desktop integration: a file manager opening an ``.awsadvisor`` file
starts the app with only that path as argument, which the command parser would reject
with a usage error nobody sees, so such a start opens the app instead.
"""

from __future__ import annotations

import sys

from aws_advisor.cli import gui_main, main

WORKSHOP_SUFFIX = ".awsadvisor"


def launch(argv: list[str]) -> int:
    if argv and all(arg.lower().endswith(WORKSHOP_SUFFIX) for arg in argv):
        return gui_main()
    return main(argv)


if __name__ == "__main__":
    raise SystemExit(launch(sys.argv[1:]))

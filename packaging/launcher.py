"""Entry script of the frozen app (PyInstaller runs it as ``__main__``).

The same as ``python -m aws_advisor``: no arguments open the app, commands run the CLI,
and ``.awsadvisor`` paths (a file manager opening a workshop file) open the app with that
workshop.
"""

from __future__ import annotations

import sys

from aws_advisor.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

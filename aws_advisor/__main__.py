"""Allow ``python -m aws_advisor``."""

from aws_advisor.cli import main

raise SystemExit(main())

"""Allow ``python -m aws_advisor``."""

from aws_advisor.cli.main import main

raise SystemExit(main())

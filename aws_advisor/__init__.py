"""AWS Advisor: guided decision trees for AWS architecture choices."""

from __future__ import annotations

from functools import cache

__all__ = ["__version__", "version"]


@cache
def version() -> str:
    """The installed version, from the package metadata (pyproject's ``version``).

    Looked up on first use: reading package metadata costs start-up time the window does
    not need.
    """
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("aws-advisor")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'aws_advisor' has no attribute {name!r}")

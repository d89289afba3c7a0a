"""The diagram file formats, chosen by file extension. Qt-free, so the CLI can check early."""

from __future__ import annotations

from pathlib import Path

from aws_advisor.core.errors import AdvisorError

EXPORT_SUFFIXES = (".png", ".svg", ".pdf", ".drawio")


class ExportError(AdvisorError):
    """A diagram could not be exported."""


class ExportFormatError(ExportError):
    """The file name asks for a format the diagrams cannot be exported to."""


def format_problem(path: Path | str) -> str | None:
    """Why ``path`` cannot be exported to, or None when its extension is supported."""
    suffix = Path(path).suffix.lower()
    if suffix in EXPORT_SUFFIXES:
        return None
    what = f"extension {suffix!r}" if suffix else "no extension"
    return (
        f"cannot export a diagram to {Path(path).name!r}: {what} is not supported; "
        f"use one of {' '.join(EXPORT_SUFFIXES)}"
    )


def export_format(path: Path | str) -> str:
    """The export format of ``path`` (its lower-case extension).

    Raises:
        ExportFormatError: naming the extensions that work.
    """
    problem = format_problem(path)
    if problem is not None:
        raise ExportFormatError(problem)
    return Path(path).suffix.lower()

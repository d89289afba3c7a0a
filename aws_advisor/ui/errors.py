"""Unexpected errors: a dialog with a copyable report, and a log file. Never a bare traceback."""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from aws_advisor import version

log = logging.getLogger("aws_advisor")
LOG_MAX_BYTES = 1024 * 1024
LOG_BACKUPS = 3


def setup_logging(log_dir: Path) -> Path | None:
    """Log to ``log_dir/aws-advisor.log``; returns the file, or None when it cannot be written."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "aws-advisor.log"
        # Rotates at 1 MiB, keeping three old files: a long-running install never fills a disk.
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def version_details() -> str:
    return (
        f"AWS Advisor {version()}; Python {platform.python_version()}; "
        f"PySide6 {pyside_version}; Qt {qVersion()}; {platform.platform()}"
    )


def error_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return f"{stamp}\n{version_details()}\n\n{trace}"


class ErrorReporter:
    """Installed as ``sys.excepthook`` while the GUI runs."""

    def __init__(
        self, log_file: Path | None, parent: QWidget | None = None, *, modal: bool = True
    ) -> None:
        self.log_file = log_file
        self.parent = parent
        self.modal = modal
        self.last_box: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        report = error_report(exc_type, exc, tb)
        log.error("Unexpected error\n%s", report)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(self.parent)
        self.last_box = box
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(box.tr("Something went wrong"))
        where = (
            box.tr("The details were saved to {path}.").format(path=self.log_file)
            if self.log_file
            else ""
        )
        box.setText(
            box.tr(
                "AWS Advisor hit an unexpected problem. Your answers are still here; you can "
                "carry on. {where}"
            ).format(where=where)
        )
        box.setDetailedText(report)
        box.setInformativeText(box.tr("Use “Show Details…” to copy the report for a bug report."))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(box.tr("Unexpected error"))
        if self.modal:
            box.exec()
        else:
            box.show()

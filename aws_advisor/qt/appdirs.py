"""The app's identity and the per-user folders, as Qt names them on each platform.

Outside ``core`` on purpose: it uses ``QStandardPaths`` so the CLI and the GUI agree
on where user trees live (``AppDataLocation/trees``). Only QtCore is imported.
"""

from __future__ import annotations

from pathlib import Path

ORGANIZATION = "aws-advisor"
ORGANIZATION_DOMAIN = "aws-advisor.github.io"
APPLICATION = "aws-advisor"
DISPLAY_NAME = "AWS Advisor"
APP_ID = "io.github.aws_advisor.AwsAdvisor"


def set_identity() -> None:
    """Name the app for QSettings and QStandardPaths; safe to call before any QApplication."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)  # macOS settings: io.github...
    QCoreApplication.setApplicationName(APPLICATION)


def app_data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    set_identity()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def user_tree_dir() -> Path:
    """Where users put their own trees; it may not exist yet."""
    return app_data_dir() / "trees"


def cache_dir() -> Path:
    """Where the app keeps data it can rebuild, such as validated trees."""
    from PySide6.QtCore import QStandardPaths

    set_identity()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location)

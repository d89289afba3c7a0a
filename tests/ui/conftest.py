"""Fixtures for driving the real main window with settings kept in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aws_advisor.ui.app import build_window, create_app
from aws_advisor.ui.main_window import MainWindow
from aws_advisor.ui.settings import Settings
from aws_advisor.ui.workshop.dialogs import Dialogs
from tests.helpers.fake_dialogs import FakeDialogs
from tests.helpers.windows import WindowFactory


@pytest.fixture
def settings_store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(
    qtbot: QtBot, settings_store: QSettings, user_dirs: Path
) -> Iterator[WindowFactory]:
    def make(
        extra_tree_dirs: tuple[Path, ...] = (),
        store: QSettings | None = None,
        dialogs: Dialogs | None = None,
        data_dir: Path | None = None,
    ) -> MainWindow:
        app = create_app(["aws-advisor-tests"])
        settings = Settings(store if store is not None else settings_store)
        window = build_window(
            app,
            settings,
            extra_tree_dirs,
            use_user_trees=False,
            data_dir=data_dir if data_dir is not None else user_dirs / "appdata",
            dialogs=dialogs if dialogs is not None else FakeDialogs(),
        )
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.waitUntil(lambda: window.focusWidget() is not None)
        return window

    yield make
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setStyleSheet("")


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()

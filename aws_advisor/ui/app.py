"""Start-up of the desktop app: identity, settings, theme, error handling, the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from aws_advisor.core.gc_pause import resume_after_start_up
from aws_advisor.core.resources import resource_path, shipped_tree_dir
from aws_advisor.core.tree.cache import TreeCache
from aws_advisor.core.tree.catalog import Catalog, load_catalog
from aws_advisor.qt.appdirs import (
    APP_ID,
    DISPLAY_NAME,
    app_data_dir,
    cache_dir,
    set_identity,
    user_tree_dir,
)
from aws_advisor.ui.errors import ErrorReporter, setup_logging
from aws_advisor.ui.main_window import MainWindow
from aws_advisor.ui.settings import Settings
from aws_advisor.ui.theme import Appearance
from aws_advisor.ui.workshop.dialogs import Dialogs


class _AfterFirstPaint(QObject):
    """Runs ``then`` once, just after the watched window's first paint (or after
    ``LATEST_MS`` should no paint come, as for a window that starts minimised)."""

    LATEST_MS = 3000

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], object] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(self.LATEST_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


class _FileOpens(QObject):
    """macOS delivers Finder opens (double-click, Open With, a drop on the Dock icon) only as
    ``QFileOpenEvent`` on the application; open each workshop file in the window."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self._window.workshops.open_path(Path(path))
                return True
        return False


def catalog_loader(extra_tree_dirs: Sequence[Path], use_user_trees: bool) -> Catalog:
    """Shipped trees skip the graph checks (CI validates them); user trees get all checks.

    Unchanged files come from the cache of validated trees, so start-up parses nothing twice.
    """
    user_dirs = ([user_tree_dir()] if use_user_trees else []) + list(extra_tree_dirs)
    cache = TreeCache(cache_dir() / "trees")
    return load_catalog(shipped_tree_dir(), user_dirs, check_shipped=False, cache=cache)


def create_app(argv: Sequence[str] | None = None) -> QApplication:
    set_identity()
    QGuiApplication.setApplicationDisplayName(DISPLAY_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    icon = resource_path("icons", "app", "aws-advisor.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(
    app: QApplication,
    settings: Settings,
    extra_tree_dirs: Sequence[Path] = (),
    *,
    use_user_trees: bool = True,
    data_dir: Path | None = None,
    dialogs: Dialogs | None = None,
) -> MainWindow:
    """The window with theme and font scale applied and kept in sync with the settings."""
    appearance = Appearance(app, settings)
    appearance.apply()

    def open_user_folder() -> None:
        folder = user_tree_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    catalog = catalog_loader(extra_tree_dirs, use_user_trees)
    window = MainWindow(
        catalog,
        settings,
        appearance=appearance,
        data_dir=data_dir if data_dir is not None else app_data_dir(),
        dialogs=dialogs,
        reload_catalog=lambda: catalog_loader(extra_tree_dirs, use_user_trees),
        open_user_folder=open_user_folder,
    )
    _FileOpens(app, window)
    return window


def run_app(
    extra_tree_dirs: Sequence[Path] = (),
    *,
    use_user_trees: bool = True,
    exit_after_first_paint: bool = False,
    open_files: Sequence[Path] = (),
) -> int:
    if (
        exit_after_first_paint
        and not os.environ.get("DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_app()
    reporter = ErrorReporter(setup_logging(app_data_dir() / "logs"))
    reporter.install()
    window = build_window(app, Settings(), extra_tree_dirs, use_user_trees=use_user_trees)
    reporter.parent = window
    # Start-up timing ends at the first paint; otherwise the collector paused for start-up
    # (cli.launch) resumes then, before the user can click.
    _AfterFirstPaint(window, QApplication.quit if exit_after_first_paint else resume_after_start_up)
    window.show()
    if not exit_after_first_paint:
        QTimer.singleShot(0, lambda: window.after_start(open_files))
    return int(app.exec())

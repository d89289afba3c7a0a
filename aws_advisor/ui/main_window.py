"""The main window: assembles the screens, the diagram panel, menus and shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from aws_advisor.core.errors import UnknownTreeError
from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.core.window_fit import PREFERRED
from aws_advisor.ui.authoring import TreeAuthoring
from aws_advisor.ui.catalog_page import CatalogPage
from aws_advisor.ui.controller import SessionController
from aws_advisor.ui.diagram_panel import DiagramPanel
from aws_advisor.ui.map_placement import MapPlacement
from aws_advisor.ui.practice import PracticeUi
from aws_advisor.ui.presentation import Presentation
from aws_advisor.ui.question_page import QuestionPage
from aws_advisor.ui.recommendation_page import RecommendationPage
from aws_advisor.ui.screen_fit import fit_to_screen
from aws_advisor.ui.settings import Settings
from aws_advisor.ui.theme import Appearance, theme_actions
from aws_advisor.ui.workshop.actions import WorkshopUi
from aws_advisor.ui.workshop.dialogs import Dialogs
from aws_advisor.ui.workshop.host import WorkshopHost

CatalogLoader = Callable[[], Catalog]


class MainWindow(WorkshopHost):
    def __init__(
        self,
        catalog: Catalog,
        settings: Settings,
        *,
        appearance: Appearance,
        data_dir: Path,
        dialogs: Dialogs | None = None,
        reload_catalog: CatalogLoader | None = None,
        open_user_folder: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("AWS Advisor"))
        self.catalog = catalog
        self.settings = settings
        self.appearance = appearance
        self.dialogs = dialogs if dialogs is not None else Dialogs(self)
        self._reload_catalog = reload_catalog
        self._open_user_folder = open_user_folder or (lambda: None)
        self.controller = SessionController(self)

        self.catalog_page = CatalogPage(catalog)
        self.question_page = QuestionPage()
        self.recommendation_page = RecommendationPage()
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        for page in (self.catalog_page, self.question_page, self.recommendation_page):
            self.pages.addWidget(page)
        self.presentation = Presentation(self, self)
        self.strip = self.presentation.strip
        self.page_pane = left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.strip)
        left_layout.addWidget(self.pages, 1)

        self.diagrams = DiagramPanel(font_scale=settings.font_scale)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.diagrams)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self.map_placement = MapPlacement(
            self, settings, splitter=self.splitter, page=left, diagrams=self.diagrams
        )
        self.workshops = WorkshopUi(self, data_dir, self.dialogs)
        self.practice = PracticeUi(self, data_dir, left_layout)
        self._build_menus()
        self._connect()
        self.practice.connect()  # after the window's own, so it draws over a recommendation
        self._restore_layout()
        self.show_catalogue_page()

    # --- assembly ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        tr = self.tr
        self.back_action = self.make_action(
            tr("&Back"), self.controller.back, ["Backspace", "Alt+Left"]
        )
        self.restart_action = self.make_action(
            tr("&Start again"), self.controller.restart, ["Ctrl+R"]
        )
        self.catalogue_action = self.make_action(tr("All &decisions"), self._escape, ["Esc"])
        self.find_action = self.make_action(tr("&Find a decision…"), self.find_decision, ["Ctrl+K"])
        self.presentation_action = self.make_action(
            tr("&Presentation mode"), self.toggle_presentation, ["F11"]
        )
        self.presentation_action.setCheckable(True)
        self.reload_action = self.make_action(tr("&Reload trees"), self._reload, ["F5"])
        self.authoring = TreeAuthoring(self, self._open_user_folder)
        self.quit_action = self.make_action(tr("&Quit"), self.close, ["Ctrl+Q"])
        self.larger_action = self.make_action(
            tr("&Larger text"), lambda: self.settings.step_font_scale(1), ["Ctrl++", "Ctrl+="]
        )
        self.smaller_action = self.make_action(
            tr("S&maller text"), lambda: self.settings.step_font_scale(-1), ["Ctrl+-"]
        )
        self.reset_text_action = self.make_action(
            tr("&Normal text size"), lambda: self.settings.set_font_scale(1.0), ["Ctrl+Shift+0"]
        )
        self.export_diagram_action = self.make_action(
            tr("&Export diagram…"), self._export_diagram, ["Ctrl+E"]
        )
        self.copy_diagram_action = self.make_action(
            tr("&Copy diagram as image"), self._copy_diagram, ["Ctrl+Shift+C"]
        )
        self.shortcuts_action = self.make_action(
            tr("&Keyboard shortcuts"), self._show_shortcuts, ["F1"]
        )
        self.about_action = self.make_action(tr("&About AWS Advisor"), self._show_about)

        self.theme_actions = theme_actions(self.settings, self)

    def _build_menus(self) -> None:
        from aws_advisor.ui.menus import SEPARATOR, build_menu_bar

        tr = self.tr
        w = self.workshops
        build_menu_bar(
            self.menuBar(),
            [
                (
                    tr("&File"),
                    [
                        *w.file_actions(),
                        (tr("&Export"), w.export_actions()),
                        SEPARATOR,
                        self.find_action,
                        self.reload_action,
                        *self.authoring.actions(),
                        SEPARATOR,
                        self.quit_action,
                    ],
                ),
                (tr("&Edit"), w.edit_actions()),
                (
                    tr("&Decision"),
                    [
                        self.back_action,
                        self.restart_action,
                        self.catalogue_action,
                        SEPARATOR,
                        *w.decision_actions(),
                    ],
                ),
                (
                    tr("&View"),
                    [
                        (tr("&Theme"), list(self.theme_actions.values())),
                        self.larger_action,
                        self.smaller_action,
                        self.reset_text_action,
                        self.presentation_action,
                        SEPARATOR,
                        self.map_placement.action,
                        *self.diagrams.view_actions(),
                        self.export_diagram_action,
                        self.copy_diagram_action,
                    ],
                ),
                (tr("&Practice"), self.practice.actions()),
                (tr("&Help"), [self.shortcuts_action, self.about_action]),
            ],
        )
        toolbar = self.toolbar = self.addToolBar(tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        for action in (self.catalogue_action, self.find_action, self.back_action):
            toolbar.addAction(action)
        toolbar.addAction(self.restart_action)
        toolbar.addAction(self.map_placement.action)  # enabled only when the map is folded

    def _connect(self) -> None:
        c = self.controller
        c.changed.connect(self._render)
        c.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.catalog_page.tree_chosen.connect(self._tree_chosen)
        c.closed.connect(self.show_catalogue_page)
        self.catalog_page.tree_previewed.connect(self._preview)
        self.question_page.answered.connect(c.answer)
        self.question_page.revisit_requested.connect(c.revisit)
        self.recommendation_page.revisit_requested.connect(c.revisit)
        self.recommendation_page.back_requested.connect(c.back)
        self.recommendation_page.restart_requested.connect(c.restart)
        self.recommendation_page.catalogue_requested.connect(self.close_decision)
        self.diagrams.question_clicked.connect(c.revisit)
        self.settings.font_scale_changed.connect(self.diagrams.set_font_scale)
        self.settings.font_scale_changed.connect(lambda _: self.presentation.refit())
        self.settings.theme_changed.connect(lambda _: self.rerender())
        self.settings.font_scale_changed.connect(lambda _: self.rerender())

    # --- intent -----------------------------------------------------------------------

    def open_tree(self, tree_id: str) -> None:
        try:
            tree = self.catalog.get(tree_id)
        except UnknownTreeError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.settings.set_last_tree(tree.id)
        self.controller.start(tree)
        self.question_page.focus_first_option()

    def _preview(self, tree_id: str) -> None:
        tree = self.catalog.trees.get(tree_id)
        if tree is not None and self.pages.currentWidget() is self.catalog_page:
            self.diagrams.preview_later(tree)

    def _tree_chosen(self, tree_id: str) -> None:
        """From the catalogue: with a workshop open, the tree joins its agenda."""
        if self.workshops.active:
            self.workshops.add_tree(tree_id)
        else:
            self.open_tree(tree_id)

    def _escape(self) -> None:
        if self.presenting:
            self.toggle_presentation()
        else:
            self.close_decision()

    def close_decision(self) -> None:
        if self.pages.currentWidget() is self.catalog_page:
            return
        session = self.controller.session
        if session is not None:
            self.catalog_page.select_tree(session.tree.id)
        if self.workshops.active:
            self.workshops.controller.select(None)
        self.controller.close()
        self.settings.set_last_tree(None)
        self.show_catalogue_page()

    def show_catalogue_or_first(self) -> None:
        """After a workshop opens: continue at its first open decision, else the catalogue."""
        workshop = self.workshops.workshop
        if workshop is None:
            return
        first = workshop.first_open()
        if first is not None:
            self.workshops.controller.select(first.id)
        else:
            self.close_decision()
            self.show_catalogue_page()

    @property
    def presenting(self) -> bool:
        return self.presentation.active

    def toggle_presentation(self) -> None:
        """F11: full screen, large high-contrast type, the decision beside a room map."""
        self.presentation.toggle()

    def rerender(self) -> None:
        """Draw the open page again, in the theme and type size now in force."""
        if self.controller.session is not None:
            self._render()
        else:
            self.update_title()

    def update_title(self) -> None:
        """Window title and presentation strip: the tree, and the workshop when one is open."""
        session = self.controller.session
        parts = [session.tree.title] if session is not None else []
        workshop = self.workshops.workshop if hasattr(self, "workshops") else None
        if workshop is not None:
            dirty = " *" if self.workshops.controller.dirty else ""
            parts.append(workshop.title + dirty)
        parts.append(self.tr("AWS Advisor"))
        self.setWindowTitle(" — ".join(parts))
        self.presentation.refresh()

    def after_start(self, open_files: Sequence[Path] = ()) -> None:
        """Once shown: open the workshop given on the command line or by the system, or
        offer crash recovery, or else reopen the last tree."""
        if open_files:
            self.workshops.open_path(open_files[0])
        elif not self.workshops.active:  # a file the system opened (macOS) comes first
            self.workshops.offer_recovery()
        if not self.workshops.active:
            self.restore_last_tree()

    def _export_diagram(self) -> None:
        message = self.diagrams.export_current(self.dialogs, self.appearance.font_scale)
        if message:
            self.statusBar().showMessage(message, 8000)

    def _copy_diagram(self) -> None:
        if self.diagrams.copy_current(self.appearance.font_scale):
            self.statusBar().showMessage(self.tr("Diagram copied as an image."), 5000)

    def _reload(self) -> None:
        if self._reload_catalog is None:
            return
        self.catalog = self._reload_catalog()
        self.catalog_page.set_catalog(self.catalog)
        self.workshops.set_catalog(self.catalog)
        count = len(self.catalog.trees)
        self.statusBar().showMessage(self.tr("Loaded {count} decisions.").format(count=count), 5000)

    # --- rendering --------------------------------------------------------------------

    def show_catalogue_page(self) -> None:
        self.pages.setCurrentWidget(self.catalog_page)
        self.update_title()
        self.diagrams.clear()
        self.catalog_page.ensure_selection()
        tree_id = self.catalog_page.tree_id_of(self.catalog_page.trees.currentItem())
        if tree_id:
            self._preview(tree_id)
        self._update_actions()
        self.catalog_page.trees.setFocus()

    def _render(self) -> None:
        session = self.controller.session
        if session is None:
            return
        if session.outcome is not None:
            self.recommendation_page.show_explanation(session.tree, session.explain())
            self.pages.setCurrentWidget(self.recommendation_page)
            self.recommendation_page.browser.setFocus()
        else:
            self.question_page.show_session(session)
            self.pages.setCurrentWidget(self.question_page)
            self.question_page.focus_first_option()
        self.diagrams.show_session(session)
        self.update_title()
        self._update_actions()

    def _update_actions(self) -> None:
        session = self.controller.session
        self.back_action.setEnabled(bool(session and session.path))
        self.restart_action.setEnabled(bool(session and session.path))
        self.catalogue_action.setEnabled(session is not None or self.presenting)

    # --- dialogs ----------------------------------------------------------------------

    def _show_shortcuts(self) -> None:
        from aws_advisor.ui.help_dialogs import show_shortcuts

        self.shortcuts_box = show_shortcuts(self, [*self.actions(), *self.diagrams.view_actions()])

    def _show_about(self) -> None:
        from aws_advisor.ui.help_dialogs import show_about

        self.about_box = show_about(self)

    # --- window state -----------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.bytes_value("window/geometry")
        fit_to_screen(self, keep_geometry=geometry is not None and self.restoreGeometry(geometry))
        splitter = self.settings.bytes_value("window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([560, 720])

    def restore_last_tree(self) -> None:
        last = self.settings.last_tree
        if last and last in self.catalog.trees:
            self.open_tree(last)

    def save_layout(self) -> None:
        self.settings.set_bytes_value("window/geometry", self.saveGeometry())
        self.settings.set_bytes_value("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.workshops.shutdown():
            event.ignore()
            return
        if self.presenting:
            self.toggle_presentation()
        self.save_layout()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(*PREFERRED)

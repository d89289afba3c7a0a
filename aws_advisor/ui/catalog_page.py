"""The catalogue: every tree grouped by category, search, and problems with user trees."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aws_advisor.core.tree.catalog import Catalog
from aws_advisor.qt.plain import plain_tooltip
from aws_advisor.ui.catalog_delegate import SUMMARY_ROLE, CatalogDelegate

TREE_ID_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


class _SearchBox(QLineEdit):
    """A search field whose Down key hands over to the result list and whose Enter key
    opens the highlighted result."""

    move_to_results = Signal()
    open_highlighted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.move_to_results.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_highlighted.emit()
            return
        super().keyPressEvent(event)


class CatalogPage(QWidget):
    """Lists the trees; emits ``tree_chosen`` with a tree id when the user opens one."""

    tree_chosen = Signal(str)
    tree_previewed = Signal(str)  # the highlighted tree changed (keyboard or mouse)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog

        heading = QLabel(self.tr("Choose a decision"))
        heading.setObjectName("pageHeading")
        heading.setAccessibleName(self.tr("Choose a decision"))

        self.search = _SearchBox()
        self.search.setPlaceholderText(
            self.tr("Search or ask, such as “which load balancer” or “gp3” (Ctrl+K)")
        )
        self.search.setAccessibleName(self.tr("Search decisions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.search.move_to_results.connect(self._focus_first_result)
        self.search.open_highlighted.connect(self._open_highlighted)

        self.trees = QTreeWidget()
        self.trees.setAccessibleName(self.tr("Decisions by category"))
        self.trees.setColumnCount(1)
        self.trees.setHeaderHidden(True)
        self.trees.setRootIsDecorated(False)
        self.trees.setUniformRowHeights(False)
        self.trees.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trees.setItemDelegate(CatalogDelegate(self.trees))
        self.trees.itemActivated.connect(self._activated)
        self.trees.currentItemChanged.connect(self._current_changed)
        self.trees.itemClicked.connect(self._activated)

        self.empty = QLabel(self.tr("No decision matches your search."))
        self.empty.setAccessibleName(self.tr("No matches"))
        self.empty.hide()

        self.problems_box = QGroupBox(self.tr("Problems with your own trees"))
        self.problems_box.setAccessibleName(self.tr("Problems with your own trees"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Tree file problems"))
        self.problems.setWordWrap(True)
        box_layout = QVBoxLayout(self.problems_box)
        hint = QLabel(
            self.tr("These files were not loaded. Fix them and restart; the rest works as usual.")
        )
        hint.setWordWrap(True)
        box_layout.addWidget(hint)
        box_layout.addWidget(self.problems)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.trees, 3)
        layout.addWidget(self.empty)
        layout.addWidget(self.problems_box, 1)
        self.set_catalog(catalog)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.trees.scheduleDelayedItemsLayout()  # wrapped summaries change height with width

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._agenda: Mapping[str, Sequence[str]] = getattr(self, "_agenda", {})
        self.trees.clear()
        self._groups: list[tuple[QTreeWidgetItem, list[tuple[str, QTreeWidgetItem]]]] = []
        for category, trees in catalog.by_category().items():
            group = QTreeWidgetItem([category])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.trees.addTopLevelItem(group)
            children: list[tuple[str, QTreeWidgetItem]] = []
            for tree in trees:
                title = tree.title
                if catalog.origins.get(tree.id) == "user":
                    title = self.tr("{title} (your tree)").format(title=tree.title)
                item = QTreeWidgetItem([title])
                item.setData(0, TITLE_ROLE, title)
                item.setData(0, TREE_ID_ROLE, tree.id)
                item.setData(0, SUMMARY_ROLE, tree.summary)
                item.setToolTip(0, plain_tooltip(tree.summary))
                group.addChild(item)
                children.append((tree.id, item))
            group.setExpanded(True)
            self._groups.append((group, children))
        self.mark_agenda(self._agenda)
        self.problems.clear()
        for problem in catalog.problems:
            self.problems.addItem(str(problem))
        self.problems_box.setVisible(bool(catalog.problems))
        self._apply_filter(self.search.text())

    def mark_agenda(self, numbers: Mapping[str, Sequence[str]]) -> None:
        """Show which decisions are on the open workshop's agenda, by their numbers."""
        self._agenda = numbers
        for _, children in self._groups:
            for tree_id, item in children:
                title = str(item.data(0, TITLE_ROLE))
                on = numbers.get(tree_id)
                if on:
                    title = self.tr("{title} — on the agenda: {numbers}").format(
                        title=title, numbers=", ".join(on)
                    )
                item.setText(0, title)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def visible_tree_ids(self) -> list[str]:
        """Tree ids currently shown, top to bottom."""
        return [
            tid for _, children in self._groups for tid, item in children if not item.isHidden()
        ]

    def _apply_filter(self, text: str) -> None:
        # An empty box filters nothing and needs no index (building it costs start-up time).
        hits = self._catalog.search(text) if text.strip() else []
        matching = {hit.tree.id for hit in hits} if text.strip() else None
        any_shown = False
        for group, children in self._groups:
            shown = 0
            for tree_id, item in children:
                hide = matching is not None and tree_id not in matching
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)
            any_shown = any_shown or shown > 0
        self.empty.setVisible(not any_shown)
        if hits and hits[0].matches:
            self.select_tree(hits[0].tree.id)  # the best match, wherever its category is

    def ensure_selection(self) -> None:
        """Highlight a tree (the first shown) when none is, so Enter opens something."""
        current = self.trees.currentItem()
        if current is None or current.isHidden() or self.tree_id_of(current) is None:
            self._select_first()

    def select_tree(self, tree_id: str) -> None:
        for _, children in self._groups:
            for tid, item in children:
                if tid == tree_id and not item.isHidden():
                    self.trees.setCurrentItem(item)
                    self.trees.scrollToItem(item)
                    return

    def _select_first(self) -> None:
        for _, children in self._groups:
            for _, item in children:
                if not item.isHidden():
                    self.trees.setCurrentItem(item)
                    return

    def _focus_first_result(self) -> None:
        current = self.trees.currentItem()
        if current is None or current.isHidden() or self.tree_id_of(current) is None:
            self._select_first()
        self.trees.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_highlighted(self) -> None:
        current = self.trees.currentItem()
        if current is None or current.isHidden() or self.tree_id_of(current) is None:
            self._select_first()
            current = self.trees.currentItem()
        if current is not None and not current.isHidden():
            self._activated(current)

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        tree_id = self.tree_id_of(item)
        if tree_id:
            self.tree_previewed.emit(tree_id)

    @staticmethod
    def tree_id_of(item: QTreeWidgetItem | None) -> str | None:
        """The tree id of an entry; None for a category heading or no item."""
        if item is None or item.parent() is None:
            return None
        return str(item.data(0, TREE_ID_ROLE))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        tree_id = self.tree_id_of(item)
        if tree_id:
            self.tree_chosen.emit(tree_id)

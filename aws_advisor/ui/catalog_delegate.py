"""Draws a catalogue entry as its title with the one-line summary wrapped beneath it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 6

Index = QModelIndex | QPersistentModelIndex


class CatalogDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._viewport = view.viewport()  # looked up once: the call is costly in Python
        self._indent = view.indentation()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        summary = QFont(option.font)
        if summary.pointSizeF() > 0:
            summary.setPointSizeF(summary.pointSizeF() * 0.92)
        else:  # a style sheet gave the size in pixels
            summary.setPixelSize(max(1, round(summary.pixelSize() * 0.92)))
        return title, summary

    def _text_width(self, index: Index) -> int:
        return max(120, self._viewport.width() - 2 * self._indent - 2 * PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if not index.parent().isValid():  # a category heading: plain text
            return super().sizeHint(option, index)
        summary = index.data(SUMMARY_ROLE)
        title_font, summary_font = self._fonts(option)
        width = self._text_width(index)
        flags = int(Qt.TextFlag.TextWordWrap)
        title_h = (
            QFontMetrics(title_font)
            .boundingRect(QRect(0, 0, width, 10_000), flags, str(index.data()))
            .height()
        )
        summary_h = (
            QFontMetrics(summary_font)
            .boundingRect(QRect(0, 0, width, 10_000), flags, str(summary))
            .height()
        )
        return QSize(width, title_h + summary_h + 3 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not index.parent().isValid():  # a category heading: plain text
            super().paint(painter, option, index)
            return
        summary = index.data(SUMMARY_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        title_font, summary_font = self._fonts(option)
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        used = painter.boundingRect(rect, flags, str(index.data()))
        painter.drawText(rect, flags, str(index.data()))
        painter.setFont(summary_font)
        painter.setPen(palette.color(muted_role))
        painter.drawText(rect.adjusted(0, used.height() + PAD // 2, 0, 0), flags, str(summary))
        painter.restore()

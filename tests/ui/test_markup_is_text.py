"""Text from a stranger's tree or workshop shows exactly as written on every screen: markup
in it is never rendered, and an ``<img src="file:///…">`` never loads a local file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidgetItemIterator, QWidget
from pytestqt.qtbot import QtBot

from aws_advisor.ui.main_window import MainWindow
from aws_advisor.ui.workshop.dialogs import Dialogs
from tests.helpers.fake_dialogs import FakeDialogs
from tests.helpers.trees import BASE
from tests.helpers.windows import WindowFactory, click_tree_in_catalogue

MARK = '<b>bold</b><img src="file:///etc/hostname">'


def hostile_tree() -> str:
    text = BASE
    for plain in (
        "Sample decision",
        "A small tree for tests.",
        "Must several servers share the data?",
        "Sharing means reading and writing at the same time.",
        "Several servers",
        "The files are shared.",
        "Shared file system",
        "Use a shared file system.",
        "Several servers need the same files.",
    ):
        assert plain in text
        text = text.replace(plain, f"'{plain} {MARK}'", 1)
    return text


def assert_shown_as_text(window: MainWindow) -> None:
    """No label renders file text as rich text, and no tooltip carries raw markup."""
    for label in window.findChildren(QLabel):
        if "<img" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    for widget in window.findChildren(QWidget):
        assert "<img" not in widget.toolTip(), widget.objectName()
    items = QTreeWidgetItemIterator(window.catalog_page.trees)
    while items.value() is not None:
        assert "<img" not in items.value().toolTip(0)
        items += 1


def test_markup_in_a_tree_shows_literally_on_every_page(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "trees"
    folder.mkdir()
    (folder / "sample.yaml").write_text(hostile_tree(), encoding="utf-8")
    window = make_window((folder,), dialogs=FakeDialogs())
    assert_shown_as_text(window)
    click_tree_in_catalogue(qtbot, window, "sample")
    page = window.question_page
    assert page.prompt.text().endswith(MARK) and page.prompt.textFormat() == Qt.TextFormat.PlainText
    assert_shown_as_text(window)
    (button,) = [b for b in page.option_buttons if b.option_id == "many"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    recommendation = window.recommendation_page
    assert MARK in recommendation.heading.text()
    assert MARK in recommendation.browser.toPlainText()  # shown, not rendered
    assert "<img" not in recommendation.browser.toHtml()  # no image element was made
    assert_shown_as_text(window)
    qtbot.keyClick(window, Qt.Key.Key_Backspace)  # the breadcrumb's tooltip quotes the prompt
    window.workshops.new()
    window.workshops.add_tree("sample")
    window.workshops.controller.set_details(
        title=f"Workshop {MARK}", facilitator=MARK, participants=(MARK,)
    )
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert MARK in window.strip.text()
    assert_shown_as_text(window)
    qtbot.keyClick(window, Qt.Key.Key_F11)


def test_message_boxes_show_file_text_literally(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = Dialogs(parent)._plain_box("Workshop", f"Save the changes to “{MARK}”?")
    assert box.textFormat() == Qt.TextFormat.PlainText and MARK in box.text()
    assert QApplication.instance() is not None

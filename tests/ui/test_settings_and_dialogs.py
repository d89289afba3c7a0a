"""Preferences that survive a restart, the dialogs, and unexpected errors."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from aws_advisor.ui.errors import ErrorReporter, setup_logging
from aws_advisor.ui.main_window import MainWindow
from aws_advisor.ui.settings import Settings
from tests.helpers.fake_dialogs import FakeDialogs
from tests.helpers.files import check_file
from tests.helpers.windows import WindowFactory


def test_theme_and_font_scale_round_trip(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    window = make_window(store=store)
    base = QApplication.font().pointSizeF()
    window.theme_actions["dark"].trigger()
    assert QApplication.instance().property("darkTheme") is True  # type: ignore[union-attr]
    assert QApplication.palette().window().color().lightness() < 100
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > base
    window.close()
    store.sync()

    again = Settings(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    assert again.theme == "dark"
    assert again.font_scale == 1.15
    window2 = make_window(store=QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    assert window2.theme_actions["dark"].isChecked()
    window2.theme_actions["light"].trigger()
    assert QApplication.palette().window().color().lightness() > 200


def test_window_size_splitter_and_last_tree_are_restored(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = str(tmp_path / "layout.ini")
    window = make_window(store=QSettings(path, QSettings.Format.IniFormat))
    window.resize(796, 570)  # fits the offscreen 800x600 screen with its frame
    window.splitter.setSizes([420, 300])
    window.open_tree("elb_type")
    sizes = window.splitter.sizes()
    window.close()
    window2 = make_window(store=QSettings(path, QSettings.Format.IniFormat))
    window2.restore_last_tree()
    assert (window2.width(), window2.height()) == (796, 570)
    assert window2.splitter.sizes() == sizes
    assert window2.controller.session is not None
    assert window2.controller.session.tree.id == "elb_type"


def test_a_window_saved_larger_than_the_screen_reopens_inside_it(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    path = str(tmp_path / "layout.ini")
    window = make_window(store=QSettings(path, QSettings.Format.IniFormat))
    window.setMinimumSize(0, 0)
    window.setGeometry(300, 200, 1331, 900)  # as after Ctrl++ on a bigger screen
    window.close()
    window2 = make_window(store=QSettings(path, QSettings.Format.IniFormat))
    screen = window2.screen().availableGeometry()
    assert screen.contains(window2.geometry()), (window2.geometry(), screen)
    assert window2.minimumWidth() <= screen.width()


def test_about_says_not_affiliated_with_aws_and_shows_the_licences(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.about_action.trigger()
    box = window.about_box
    assert "not affiliated" in box.text()
    (licences,) = [b for b in box.buttons() if "licences" in b.text().lower()]
    qtbot.mouseClick(licences, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "licences")
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QPlainTextEdit)
    assert text is not None and "PyYAML" in text.toPlainText() and text.isReadOnly()
    dialog.close()


def test_shortcuts_help_lists_every_shortcut_of_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtGui import QKeySequence

    window.show()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    text = window.shortcuts_box.text()
    for written in ("1 – 9", "Backspace", "Ctrl+R", "Esc", "Ctrl+K", "Ctrl+W", "Ctrl+P", "Ctrl+Q"):
        assert written in text
    for action in window.actions():
        for key in action.shortcuts():
            shown = key.toString(QKeySequence.SequenceFormat.NativeText)
            assert shown in text, action.text()
    assert "Save workshop as" in text  # the menu text, its mnemonic marker removed


def test_every_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextBrowser,
    )

    window.workshops.new_action.trigger()  # the workshop dock too, with an answer to note
    qtbot.keyClick(window, Qt.Key.Key_3)
    kinds = (QAbstractButton, QLineEdit, QTextBrowser, QAbstractItemView, QComboBox, QPlainTextEdit)
    controls = [w for kind in kinds for w in window.findChildren(kind) if w.isVisible()]
    panel = window.workshops.panel
    for expected in (panel.agenda, panel.note_why, panel.note_question, window.catalog_page.trees):
        assert expected in controls or not expected.isVisible()
    assert panel.agenda in controls and panel.note_why in controls
    missing = [
        f"{type(w).__name__} {w.objectName()}"
        for w in controls
        if not w.accessibleName() and not getattr(w, "text", lambda: "")()
    ]
    assert missing == []


def test_unexpected_error_shows_a_copyable_report_and_logs_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    log_file = setup_logging(tmp_path / "logs")
    assert log_file is not None
    reporter = ErrorReporter(log_file, window, modal=False)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
    box = reporter.last_box
    assert box is not None and box.isVisible()
    assert "Your answers are still here" in box.text()
    assert "ValueError: boom" in box.detailedText()
    assert str(log_file) in box.text()
    box.close()
    for handler in list(logging.getLogger("aws_advisor").handlers):
        handler.flush()
        logging.getLogger("aws_advisor").removeHandler(handler)
        handler.close()
    assert "ValueError: boom" in log_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".drawio"])
def test_export_the_visible_diagram_from_the_window(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, suffix: str
) -> None:
    dialogs = FakeDialogs()
    dialogs.paths["diagram"] = tmp_path / f"map{suffix}"
    window = make_window(dialogs=dialogs)
    window.open_tree("elb_type")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.messages == []
    check_file(tmp_path / f"map{suffix}")


def test_copy_the_sketch_as_an_image(qtbot: QtBot, window: MainWindow) -> None:
    window.open_tree("elb_type")
    qtbot.keyClick(window, Qt.Key.Key_1)  # straight to the Gateway Load Balancer
    window.diagrams.setCurrentIndex(1)
    QApplication.clipboard().clear()
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    image = QApplication.clipboard().image()
    assert not image.isNull() and image.width() > 100

"""The Help menu's dialogs: the keyboard shortcuts (listed from the window's own actions)
and About."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from aws_advisor import version


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialogs", text)


def _fixed_rows() -> list[tuple[str, str]]:
    """Keys that belong to controls rather than to actions."""
    return [
        ("1 – 9", _tr("Choose an answer")),
        ("Tab, Shift+Tab", _tr("Move between controls")),
        ("Enter, Space", _tr("Press the focused button")),
        ("PgDown, PgUp", _tr("Scroll the question or recommendation by a page")),
        ("Ctrl+Home, Ctrl+End", _tr("Scroll to the top or the bottom of the page")),
        ("Ctrl+0", _tr("Fit the decision map to its panel (when the map has focus)")),
        ("Ctrl++, Ctrl+-", _tr("Zoom the diagram (when it has focus)")),
    ]


def plain_action_text(text: str) -> str:
    """An action's menu text without its mnemonic marker or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, after the fixed keys.

    Generated from the actions themselves, so a new shortcut is listed without an edit here.
    """
    rows = _fixed_rows()
    seen: set[int] = set()
    for action in actions:
        keys = action.shortcuts()
        if not keys or id(action) in seen:
            continue
        seen.add(id(action))
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((shown, plain_action_text(action.text())))
    return rows


def show_shortcuts(parent: QWidget, actions: Iterable[QAction]) -> QMessageBox:
    """The shortcut list, as a non-modal box (returned so the caller can keep it)."""
    table = "".join(
        f"<tr><td><b>{escape(keys)}</b>&nbsp;&nbsp;</td><td>{escape(what)}</td></tr>"
        for keys, what in shortcut_rows(actions)
    )
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Keyboard shortcuts"))
    box.setTextFormat(Qt.TextFormat.RichText)  # our own table; every cell is escaped
    box.setText(f"<table>{table}</table>")
    box.setAccessibleName(_tr("Keyboard shortcuts"))
    box.open()
    return box


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("About AWS Advisor"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        _tr(
            "<h3>AWS Advisor {version}</h3>"
            "<p>Guided decisions about AWS architecture, with the reasoning behind every "
            "recommendation.</p>"
            "<p>AWS Advisor is an independent project. It is not affiliated with, endorsed "
            "by or sponsored by Amazon Web Services. AWS and the names of AWS services are "
            "trademarks of Amazon.com, Inc. or its affiliates.</p>"
            "<p>Recommendations are a starting point: check the linked AWS documentation "
            "before you rely on them.</p>"
        ).format(version=escape(version()))
    )
    box.setAccessibleName(_tr("About AWS Advisor"))
    box.addButton(QMessageBox.StandardButton.Ok)
    licences = box.addButton(_tr("Third-party &licences…"), QMessageBox.ButtonRole.ActionRole)
    box.buttonClicked.connect(lambda button: show_licences(parent) if button is licences else None)
    box.open()
    return box


def show_licences(parent: QWidget) -> QDialog:
    """The licence notices of the software AWS Advisor includes, as plain text."""
    from aws_advisor.core.licences import notices_text

    dialog = QDialog(parent)
    dialog.setObjectName("licences")
    dialog.setWindowTitle(_tr("Third-party licences"))
    text = QPlainTextEdit(notices_text())
    text.setReadOnly(True)
    text.setAccessibleName(_tr("Licence notices"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(720, 520)
    dialog.open()
    return dialog

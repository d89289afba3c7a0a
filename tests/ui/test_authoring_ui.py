"""File ▸ New tree from template: a starter tree and the schema in the user trees folder,
opened in the system's editor."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from aws_advisor.core.paths import user_tree_dir
from tests.helpers.fake_dialogs import FakeDialogs
from tests.helpers.windows import WindowFactory


def test_new_tree_from_template_writes_a_starter_and_opens_it(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    window = make_window(data_dir=tmp_path / "data", dialogs=dialogs)
    window.authoring.new_action.trigger()
    path = user_tree_dir() / "my_decision.yaml"
    assert path.is_file() and (user_tree_dir() / "tree.schema.json").is_file()
    assert dialogs.shown_files == [path]
    assert str(path) in window.statusBar().currentMessage()

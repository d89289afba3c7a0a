"""macOS hands Finder opens to the app as QFileOpenEvent: the workshop must open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aws_advisor.core.workshops.document import new_workshop
from aws_advisor.core.workshops.storage import save_workshop
from tests.helpers.fake_dialogs import FakeDialogs
from tests.helpers.windows import WindowFactory


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def test_a_file_open_event_opens_the_workshop(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = save_workshop(
        new_workshop("Finder review", facilitator="Ana"), tmp_path / "f.awsadvisor"
    )
    window = make_window(data_dir=tmp_path / "data")
    assert window.workshops.controller.workshop is None

    QApplication.sendEvent(_app(), QFileOpenEvent(str(path)))

    workshop = window.workshops.controller.workshop
    assert workshop is not None and workshop.title == "Finder review"
    assert "Finder review" in window.windowTitle()
    window.after_start()  # the launch's own start-up step then offers no recovery over it
    assert window.workshops.controller.workshop is workshop


def test_a_damaged_file_from_the_system_is_reported_not_raised(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.awsadvisor"
    bad.write_text("{not json", encoding="utf-8")
    dialogs = FakeDialogs()
    window = make_window(dialogs=dialogs, data_dir=tmp_path / "data")

    QApplication.sendEvent(_app(), QFileOpenEvent(str(bad)))

    assert window.workshops.controller.workshop is None
    assert any("bad.awsadvisor" in str(m) for m in dialogs.messages)

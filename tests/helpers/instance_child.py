"""A second AWS Advisor process for the process tests (tests/ui/test_instances.py).

``python -m tests.helpers.instance_child own <data dir>`` takes the autosave folder (as a
starting app does), prints ``owned`` or ``not owned`` and waits until killed.

``python -m tests.helpers.instance_child type <data dir> <settings file> <text>`` opens the
real window offscreen, starts a workshop, answers the first question, types ``text`` into
the note field, prints ``typed`` and keeps running its event loop until killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> None:
    mode, data = argv[0], Path(argv[1])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if mode == "own":
        from aws_advisor.ui.workshop.autosaves import AutosaveOwner

        owner = AutosaveOwner(data)
        print("owned" if owner.owned else "not owned", flush=True)
        while True:
            time.sleep(1)
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from aws_advisor.ui.app import build_window, create_app
    from aws_advisor.ui.settings import Settings
    from tests.helpers.fake_dialogs import FakeDialogs

    app = create_app(["aws-advisor-child"])
    store = QSettings(argv[2], QSettings.Format.IniFormat)
    window = build_window(
        app, Settings(store), use_user_trees=False, data_dir=data, dialogs=FakeDialogs()
    )
    window.show()
    window.workshops.new()
    window.question_page.option_buttons[0].click()
    panel = window.workshops.panel
    panel.note_why.setFocus()
    QTest.keyClicks(panel.note_why, argv[3])
    print("typed", flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1:])

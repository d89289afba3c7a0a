"""Take the README screenshots of the real app: catalogue, a question, a recommendation, dark.

Run: ``uv run python scripts/screenshots.py`` (offscreen; or under xvfb-run for a real X
window). Writes PNGs to docs/screenshots/. Settings and data go to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="aws-advisor-shots-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from aws_advisor.ui.app import build_window, create_app
    from aws_advisor.ui.main_window import MainWindow
    from aws_advisor.ui.settings import Settings

    app = create_app(["aws-advisor"])
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window = build_window(app, settings, use_user_trees=False)
    window.resize(1440, 900)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = OUT / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    def answer(*option_ids: str) -> None:
        for option_id in option_ids:
            window.controller.answer(option_id)
            app.processEvents()

    shot("catalogue")
    window.open_tree("ebs_volume_type")
    answer("single", "must_persist")
    shot("question")
    answer("random", "general", "new")
    window.diagrams.setCurrentIndex(0)
    shot("recommendation-map")
    window.diagrams.setCurrentIndex(1)
    shot("recommendation-sketch")
    settings.set_theme("dark")
    window.open_tree("elb_type")
    answer("no_appliances" if False else window.question_page.option_buttons[1].option_id)
    shot("dark-question")
    assert isinstance(window, MainWindow)
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

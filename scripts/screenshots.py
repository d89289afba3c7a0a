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
    window = build_window(app, settings, use_user_trees=False, data_dir=home / "data")
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
    answer("app_servers")
    shot("dark-question")
    settings.set_theme("light")

    from aws_advisor.core.workshops.templates import load_templates, workshop_from_template

    template = load_templates(None, window.catalog).templates["web_app_ec2"]
    workshop = workshop_from_template(
        template,
        window.catalog,
        title="Shop platform review",
        facilitator="Dana",
        participants=("Ali", "Bo", "Chen"),
    )
    window.workshops.controller.open_new(workshop)
    answer("cpu_only", "network_disks")
    controller = window.workshops.controller
    controller.select(workshop.decisions[3].id)
    answer("app_servers", "web", "dns", "plain", "legacy")
    shot("workshop")
    window.toggle_presentation()
    window.resize(1440, 900)
    controller.select(workshop.decisions[1].id)
    shot("presentation")
    window.toggle_presentation()
    assert isinstance(window, MainWindow)
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
